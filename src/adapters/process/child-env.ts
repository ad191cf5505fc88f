/**
 * The environment of every child process modules-rebuild starts (cargo, git): the parent's, minus
 * what a child must never see or use. In the action that is the job's credentials — the inputs
 * (`INPUT_TOKEN` is the change job's write token), GITHUB_TOKEN / GH_TOKEN, the runner's
 * ACTIONS_* tokens and URLs (cache, results, OIDC) — and the runner's command files (GITHUB_ENV,
 * GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), through which a child could
 * set variables or outputs for later steps. A build script of a crate pulled by `cargo update`
 * sees none of it.
 */
const DROP_EXACT = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'])
/** ACTIONS_STEP_DEBUG and ACTIONS_RUNNER_DEBUG are switches, not credentials; every other ACTIONS_* goes. */
const KEEP_ACTIONS = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG'])

export function isSecretEnv(name: string): boolean {
  const n = name.toUpperCase()
  return n.startsWith('INPUT_') || DROP_EXACT.has(n) || (n.startsWith('ACTIONS_') && !KEEP_ACTIONS.has(n))
}

export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !isSecretEnv(k)))
}
