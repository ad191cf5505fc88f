/** Shared by the workflow tests: the configurations every generated workflow is tested with, and the security rules. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { readConfig } from '../src/core/config/config.js'
import { WorkflowsConfigSchema, type WorkflowsConfig } from '../src/core/config/workflows-schema.js'
import { configHash, planWorkflows, type PlannedWorkflow, type WorkflowsInput } from '../src/core/workflows/generate.js'
import { PINS } from '../src/core/actions/pins.js'

export const ACTION = 'acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567'
export const ACTION_VERSION = 'v0.1.0'

export function workflowsConfig(extra: Record<string, unknown> = {}): WorkflowsConfig {
  return WorkflowsConfigSchema.parse({ action: ACTION, action_version: ACTION_VERSION, ...extra })
}

/** The repository defaults (RusToK's layout) with only the action set. */
export function defaultInput(): WorkflowsInput {
  const base = readConfig(null).config!
  return { ...base, workflows: workflowsConfig() }
}

/** examples/shop/modules-rebuild.toml, plus the action. */
export function exampleInput(): WorkflowsInput {
  const r = readConfig(readFileSync(path.join('examples', 'shop', 'modules-rebuild.toml'), 'utf8'))
  if (!r.config) throw new Error(JSON.stringify(r.diagnostics))
  const workflows = (r.config as { workflows?: WorkflowsConfig }).workflows
  return { ...r.config, workflows: workflows?.action ? workflows : workflowsConfig() }
}

/** Every extension point and option in use. */
export function everythingInput(): WorkflowsInput {
  const base = readConfig(null).config!
  const codegen = { ...base.codegen, admin: { ...base.codegen.admin, enabled: false, template: 'templates/admin.mustache' }, storefront: { ...base.codegen.storefront, template: 'templates/storefront.mustache' } }
  return {
    ...base,
    codegen,
    // Images of two targets: one with the default repository, one with its own and every option.
    images: {
      server: { dockerfile: 'apps/server/Dockerfile.release', context: '.', build_args: {} },
      storefront: { dockerfile: 'apps/storefront/Dockerfile', context: 'apps/storefront', repository: 'ghcr.io/acme/shop-storefront', platforms: ['linux/amd64', 'linux/arm64'], build_args: { OCI_REVISION: '{source_commit}' } }
    },
    workflows: workflowsConfig({
      manifest: 'platform/modules.toml',
      default_branch: 'trunk',
      runs_on: ['self-hosted', 'linux', 'x64'],
      build_timeout_minutes: 90,
      extra_paths: ['Cargo.lock', 'crates/**', 'apps/*/Trunk.toml'],
      // modules-change.yml with an App token (falling back to GITHUB_TOKEN) and the strictest minimum.
      change_token_secret: 'MODULES_BOT_TOKEN',
      change_minimum_permission: 'admin',
      setup_steps: [
        { name: 'Node for the admin build', uses: `actions/setup-node@${PINS['actions/setup-node'].sha} # ${PINS['actions/setup-node'].version}`, with: { 'node-version': 22 } },
        { name: 'System packages', run: 'sudo apt-get update\nsudo apt-get install -y libssl-dev pkg-config', shell: 'bash' },
        { name: 'Local setup', id: 'local', uses: './.github/actions/setup-platform', with: { profile: 'release' } },
        { name: 'Show the ref safely', env: { REF: '${{ github.head_ref }}', TITLE: '${{ github.event.pull_request.title }}' }, run: 'echo "$REF $TITLE"' }
      ],
      extra_jobs: {
        notify: {
          name: 'Notify chat',
          if: "${{ github.ref == 'refs/heads/trunk' }}",
          'timeout-minutes': 5,
          env: { CHANNEL: 'releases' },
          steps: [{ name: 'Post', env: { RELEASE_ID: '${{ needs.plan.outputs.release_id }}' }, run: 'echo "built $RELEASE_ID for $CHANNEL"' }]
        },
        'deploy-docs': {
          needs: ['notify'],
          'runs-on': 'ubuntu-24.04',
          permissions: { deployments: 'write', pages: 'write', 'id-token': 'write' },
          environment: 'docs',
          'continue-on-error': true,
          steps: [
            { uses: `actions/checkout@${PINS['actions/checkout'].sha} # ${PINS['actions/checkout'].version}`, with: { 'persist-credentials': false } },
            { uses: `actions/download-artifact@${PINS['actions/download-artifact'].sha} # ${PINS['actions/download-artifact'].version}`, with: { name: 'release-plan' } },
            { run: 'cat release-plan.json' }
          ]
        }
      }
    })
  }
}

export const CONFIGS: ReadonlyArray<[string, () => WorkflowsInput]> = [
  ['default config', defaultInput],
  ['examples/shop config', exampleInput],
  ['config with every extension point', everythingInput]
]

export function generated(input: WorkflowsInput): PlannedWorkflow[] {
  return planWorkflows(input, configHash(input))
}

/** Every generated workflow of every test config, plus this repository's own CI. */
export function allWorkflows(): Array<{ name: string; path: string; content: string; input: WorkflowsInput | null }> {
  const out: Array<{ name: string; path: string; content: string; input: WorkflowsInput | null }> = []
  for (const [name, make] of CONFIGS) {
    const input = make()
    for (const f of generated(input)) out.push({ name: `${name}: ${f.path}`, path: f.path, content: f.content, input })
  }
  out.push({ name: '.github/workflows/ci.yml', path: '.github/workflows/ci.yml', content: readFileSync('.github/workflows/ci.yml', 'utf8'), input: null })
  return out
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Obj = { [k: string]: Json }
const obj = (v: Json | undefined): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {})
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : [])

const PR_GUARD = "github.event_name != 'pull_request'"
const UNTRUSTED_IN_RUN = /\$\{\{[^}]*?(github\.event\.|github\.head_ref|inputs\.)/

const OWN_JOBS = ['plan', 'build', 'build_stage1', 'publish', 'images', 'deploy', 'target', 'rollback', 'prune', 'change']
const WRITE_ALLOWED: Record<string, string[]> = {
  publish: ['contents', 'packages', 'id-token', 'attestations'],
  images: ['packages', 'id-token', 'attestations'],
  // deployments: write in these two jobs only (the environment tag: packages).
  deploy: ['deployments', 'packages'],
  rollback: ['deployments', 'packages'],
  prune: ['contents', 'packages'],
  change: ['contents', 'pull-requests', 'actions']
}

/**
 * The security rules of the issue, checked on the text and the parsed YAML of a workflow. Returns
 * one line per violation; `extraPins` are the pins a config may add (its action, its extension steps).
 */
export function securityProblems(text: string, extraPins: ReadonlyMap<string, { sha: string; version: string }> = new Map()): string[] {
  const problems: string[] = []
  const wf = obj(parseYaml(text) as Json)
  // Top-level permissions: exactly contents: read.
  if (JSON.stringify(wf.permissions) !== JSON.stringify({ contents: 'read' })) problems.push(`top-level permissions are ${JSON.stringify(wf.permissions)}`)
  // Triggers.
  const on = wf.on ?? (wf as Record<string, Json>)['true']
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(obj(on))
  if (triggers.includes('pull_request_target')) problems.push('uses pull_request_target')
  if (/pull_request_target/.test(text)) problems.push('mentions pull_request_target')
  if (triggers.includes('workflow_run')) problems.push('uses workflow_run')
  // Concurrency per workflow and ref.
  const conc = obj(wf.concurrency)
  if (typeof conc.group !== 'string' || !conc.group.includes('github.workflow') || !conc.group.includes('github.ref')) problems.push(`concurrency group ${JSON.stringify(conc.group)} is not per workflow and ref`)
  if (!('cancel-in-progress' in conc)) problems.push('concurrency has no cancel-in-progress')

  // Pins: every uses line is ./… or owner/repo@<sha> # vX.Y.Z with the table's (or the config's) sha.
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(\S+))?\s*$/.exec(line)
    if (!m) {
      if (/\buses:/.test(line) && !/^\s*#/.test(line)) problems.push(`line ${i + 1}: unparsed uses: ${line.trim()}`)
      return
    }
    const [, ref, version] = m
    if (ref!.startsWith('./')) return
    const p = /^([^@\s]+)@([0-9a-f]{40})$/.exec(ref!)
    if (!p) return problems.push(`line ${i + 1}: ${ref} is not pinned to a 40-hex sha`)
    if (!version || !/^v\d+\.\d+\.\d+/.test(version)) problems.push(`line ${i + 1}: ${ref} has no # vX.Y.Z comment`)
    const action = p[1]!
    const pin = (PINS as Record<string, { sha: string; version: string }>)[action] ?? extraPins.get(action)
    if (!pin) problems.push(`line ${i + 1}: ${action} is neither in the pin table nor pinned by the config`)
    else if (pin.sha !== p[2] || pin.version !== version) problems.push(`line ${i + 1}: ${action}@${p[2]} # ${version} differs from its pin ${pin.sha} # ${pin.version}`)
  })

  const jobs = obj(wf.jobs)
  for (const [id, jobValue] of Object.entries(jobs)) {
    const job = obj(jobValue)
    const guarded = typeof job.if === 'string' && job.if.includes(PR_GUARD)
    const perms = obj(job.permissions)
    const writes = Object.entries(perms).filter(([, v]) => v === 'write').map(([k]) => k)
    if (typeof job.permissions === 'string') problems.push(`job ${id}: permissions '${job.permissions}'`)
    // Jobs that can run on pull_request hold no write permission.
    if (triggers.includes('pull_request') && !guarded && writes.length) problems.push(`job ${id} runs on pull_request with write permissions ${writes.join(', ')}`)
    // Of modules-rebuild's own jobs, only publish writes (contents: the release; packages: the
    // images; id-token and attestations: their provenance).
    const allowed = WRITE_ALLOWED[id] ?? (OWN_JOBS.includes(id) ? [] : null)
    const extra = allowed === null ? [] : writes.filter((w) => !allowed.includes(w))
    if (extra.length) problems.push(`job ${id} holds write permissions ${extra.join(', ')}; only publish, images, deploy, rollback, prune and change may write, each its own scopes`)
    arr(job.steps).forEach((stepValue, i) => {
      const step = obj(stepValue)
      const where = `job ${id} step ${i + 1}${typeof step.name === 'string' ? ` (${step.name})` : ''}`
      if (typeof step.run === 'string' && UNTRUSTED_IN_RUN.test(step.run)) problems.push(`${where}: untrusted expression inside run:`)
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@') && obj(step.with)['persist-credentials'] !== false) problems.push(`${where}: checkout without persist-credentials: false`)
    })
  }
  return problems
}

/** Pins a config adds: its modules-rebuild action and the remote actions of its extension steps. */
export function configPins(input: WorkflowsInput | null): Map<string, { sha: string; version: string }> {
  const out = new Map<string, { sha: string; version: string }>()
  if (!input) return out
  const w = input.workflows
  const add = (ref: string, version: string | undefined) => {
    const m = /^([^@\s]+)@([0-9a-f]{40})$/.exec(ref)
    if (m && version) out.set(m[1]!, { sha: m[2]!, version })
  }
  if (w.action) add(w.action, w.action_version)
  const steps = [...w.setup_steps, ...Object.values(w.extra_jobs).flatMap((j) => j.steps)]
  for (const s of steps) {
    const m = s.uses ? /^(\S+)\s+#\s*(\S+)$/.exec(s.uses) : null
    if (m) add(m[1]!, m[2]!)
  }
  return out
}
