/**
 * `[workflows]` of modules-rebuild.toml: how the generated GitHub workflows call modules-rebuild,
 * where they run, and the two extension points (setup steps before the build, jobs after it) that
 * replace hand edits. The single definition of the section; the lead mounts
 * `WorkflowsConfigSchema` into ConfigSchema as `workflows`. Shape is zod's job; everything a
 * workflow could be attacked through (action pins, expressions in `run:`, credentials left on
 * disk) is checked by `checkWorkflowsConfig`, which both config reading and `planWorkflows` call.
 */
import { z } from 'zod'
import { DEFAULT_CHANGE_MINIMUM, MINIMUM_PERMISSIONS, parseBoolean } from '../values/values.js'
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { repoPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import { RESERVED_JOBS } from '../actions/constants.js'
import { ALLOWED_CONTEXTS, ALLOWED_GITHUB, unsafeExpressions } from '../actions/expressions.js'
import { isPinnedAction, PINS } from '../actions/pins.js'
import type { RuleId } from '../diagnostics/rules.js'

/** `with:` inputs that hold code whatever the action (github-script's `script` is matched by action). */
const SCRIPT_INPUTS: ReadonlySet<string> = new Set(['script', 'run', 'command', 'commands'])

/** `owner/repo[/path]@<40 hex>`: the only form a remote action may take in a generated workflow. */
export const ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100})((?:\/[A-Za-z0-9._-]+)*)@([0-9a-f]{40})$/
/** `vX.Y.Z` with an optional pre-release: the comment after a pinned `uses:`. */
export const ACTION_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/
/** Job ids GitHub accepts, kept to a lowercase-friendly subset. */
export const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/
/** Runner labels: `ubuntu-latest`, `ubuntu-24.04`, `self-hosted`, `linux`, `x64`, `gpu_large`. */
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
/** A branch name the `branches:` filter matches literally. */
const BRANCH = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,200}$/

export const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
] as const
export const PERMISSION_LEVELS = ['read', 'write', 'none'] as const
/** A secret name GitHub accepts (letters, digits, `_`; not starting with a digit or GITHUB_). */
export const SECRET_NAME = /^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)(?![0-9])[A-Za-z0-9_]{1,200}$/

const scalar = z.union([z.string(), z.number(), z.boolean()])
const runsOn = z.union([z.string(), z.array(z.string()).min(1)])

/** One workflow step, as a TOML table with the keys of the step's YAML. */
export const StepSchema = z
  .object({
    name: z.string().optional(),
    id: z.string().optional(),
    if: z.string().optional(),
    uses: z
      .string()
      .optional()
      .describe('`owner/repo@<40-hex sha> # vX.Y.Z` (the comment is rendered as a YAML comment and is required), `./local/path`, or `docker://image@sha256:<64 hex>`.'),
    with: z.record(z.string(), scalar).optional(),
    shell: z.string().optional(),
    'working-directory': z.string().optional(),
    env: z.record(z.string(), scalar).optional(),
    run: z.string().optional().describe('Never `${{ github.event.* }}`, `github.head_ref` or `inputs.*` here: pass them through `env` and use "$VAR".'),
    'continue-on-error': z.boolean().optional(),
    'timeout-minutes': z.number().int().min(1).max(360).optional()
  })
  .describe('A workflow step; exactly one of `uses` and `run`.')

/** One job after `build`, as a TOML table with the keys of the job's YAML. */
export const ExtraJobSchema = z
  .object({
    name: z.string().optional(),
    needs: z.array(z.string()).default([]).describe('Jobs besides plan and build (always needed) that must finish first: other extra jobs.'),
    if: z.string().optional().describe('Extra condition; the job never runs on pull_request events whatever it says.'),
    'runs-on': runsOn.optional().describe('Default: [workflows] runs_on.'),
    'timeout-minutes': z.number().int().min(1).max(360).optional(),
    permissions: z
      .partialRecord(z.enum(PERMISSION_SCOPES), z.enum(PERMISSION_LEVELS))
      .optional()
      .describe('Raised for this job only. Default: contents: read.'),
    environment: z.string().optional(),
    env: z.record(z.string(), scalar).optional(),
    'continue-on-error': z.boolean().optional(),
    steps: z.array(StepSchema).min(1)
  })
  .describe('A job that runs after build (never on pull requests).')

export const WorkflowsConfigSchema = z
  .object({
    action: z
      .string()
      .optional()
      .meta({
        pattern: ACTION_REF.source,
        description: 'The modules-rebuild action the workflows call, pinned: "<owner>/<repo>@<40-hex commit>". Required by `workflows generate`.'
      }),
    action_version: z
      .string()
      .optional()
      .meta({ pattern: ACTION_VERSION.source, description: 'The release `action` points at, e.g. "v0.1.0"; rendered as the `# v0.1.0` comment after `uses:`.' }),
    manifest: z.string().default('modules.toml').describe("The manifest the workflows pass to the action, repository-relative, '/' between directories."),
    default_branch: z.string().default('main').describe('Pushes to this branch plan and build.'),
    runs_on: runsOn.default('ubuntu-latest').describe('Runner label (or labels) of every job.'),
    build_timeout_minutes: z.number().int().min(1).max(360).default(120).describe('timeout-minutes of each build job.'),
    extra_paths: z
      .array(z.string())
      .default([])
      .describe('More path filters that start the workflow (e.g. "Cargo.lock", "crates/**"), besides the manifest, package manifests, generated files and this file.'),
    setup_steps: z.array(StepSchema).default([]).describe('Steps run in every build job after checkout and before the cargo cache and the build (e.g. a toolchain or system packages).'),
    extra_jobs: z
      .record(z.string(), ExtraJobSchema)
      .default({})
      .describe('Jobs after build, keyed by job id (`[workflows.extra_jobs.notify]`). They never run on pull requests.'),
    // modules-change.yml. Optional without a default, so configurations that do not set them keep
    // their config hash (and their modules-rebuild.yml byte for byte).
    change_minimum_permission: z
      .enum(MINIMUM_PERMISSIONS)
      .optional()
      .describe(`modules-change.yml: the least permission on the repository whoever starts a change must hold (read through the API). Default "${DEFAULT_CHANGE_MINIMUM}".`),
    change_token_secret: z
      .string()
      .optional()
      .meta({ pattern: SECRET_NAME.source })
      .describe(
        'modules-change.yml: name of a secret of the modules-change environment holding a GitHub App (or fine-grained) token, e.g. "MODULES_BOT_TOKEN". It pushes the change branch and opens the pull request, whose checks then start without a dispatch; the job\'s own GITHUB_TOKEN only reads. An empty secret fails the run.'
      ),
    // Deploy, rollback and prune. Optional without a default (see above); the defaults live in
    // DEPLOY_DEFAULTS and are applied by the generator.
    deploy_environment: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'an environment name: 1–64 letters, digits, `_`, `.` or `-` (it becomes the image tag)')
      .optional()
      .describe('modules-rebuild.yml: the GitHub environment the deploy job deploys each published release to (its protection rules apply; its variable MODULES_SMOKE_URL is the smoke checks\' base URL). Default "production".'),
    prune_keep: z.number().int().min(0).max(1000).optional().describe('modules-prune.yml: how many of the newest releases of each component to keep. Default 10.'),
    prune_schedule: z
      .string()
      .regex(/^\S+( \S+){4}$/, 'a cron expression of five fields')
      .optional()
      .describe('modules-prune.yml: when the scheduled prune runs (cron, UTC). Default "27 4 * * 1" (Mondays 04:27).'),
    prune_dry_run: z.boolean().optional().describe('modules-prune.yml: false to let the scheduled run delete; by default it only reports the plan (a dispatch chooses with its dry_run input). Default true.')
  })
  .describe('The generated GitHub workflows (`modules-rebuild workflows generate`).')

export type WorkflowsConfig = z.output<typeof WorkflowsConfigSchema>
export type WorkflowStep = z.output<typeof StepSchema>
export type ExtraJob = z.output<typeof ExtraJobSchema>

export const DEFAULT_WORKFLOWS_CONFIG: WorkflowsConfig = WorkflowsConfigSchema.parse({})

/** The defaults of the deploy, rollback and prune keys of [workflows]. */
export const DEPLOY_DEFAULTS = { deploy_environment: 'production', prune_keep: 10, prune_schedule: '27 4 * * 1', prune_dry_run: true } as const

/** Where a key of the file is (null: unknown); config reading passes `(p) => locate(doc, p)`. */
export type Locator = (path: KeyPath) => Location | null

/** A parsed `uses:` of a remote action. */
export interface ActionRef {
  /** `owner/repo` */
  repo: string
  /** `owner/repo` plus the sub-path of an action in a subdirectory, e.g. `actions/cache/restore`. */
  action: string
  sha: string
}

export function parseActionRef(ref: string): ActionRef | null {
  const m = ACTION_REF.exec(ref)
  return m ? { repo: m[1]!, action: m[1]! + m[2]!, sha: m[3]! } : null
}

/** `owner/repo@sha # v1.2.3` → ref and version (null when the comment is missing). */
export function splitUses(uses: string): { ref: string; version: string | null } {
  const m = /^(\S+)\s+#\s*(\S+)\s*$/.exec(uses.trim())
  return m ? { ref: m[1]!, version: m[2]! } : { ref: uses.trim(), version: null }
}

/**
 * Every check beyond shape: the action reference, paths, branch and runner labels, and the
 * safety of each setup step and extra job. `requireAction`: `workflows generate` needs `action`;
 * plain config reading does not (a repository may not use the workflows).
 */
export function checkWorkflowsConfig(w: WorkflowsConfig, file: string, where: Locator = () => null, requireAction = false): Diagnostic[] {
  const out: Diagnostic[] = []
  const at = (p: KeyPath) => where(['workflows', ...p])
  const err = (rule: RuleId, p: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, file, at(p), message, hint))
  const key = (p: KeyPath) => ['workflows', ...p].map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z0-9_-]+$/.test(k) ? `.${k}` : `."${k}"`)).join('').slice(1)
  const noExpression = (p: KeyPath, value: string) => {
    if (!value.includes('${{')) return true
    err('expression-injection', p, `\`${key(p)}\` contains \`\${{\`, which the workflow would evaluate`, 'Write a literal value here.')
    return false
  }

  // The modules-rebuild action.
  if (w.action === undefined) {
    if (requireAction) err('config-invalid-action', ['action'], '`workflows.action` is not set: the workflows need to know which modules-rebuild to call', 'Add `action = "<owner>/modules-rebuild@<40-hex commit>"` and `action_version = "vX.Y.Z"` under [workflows] (the commit of the release tag).')
  } else if (noExpression(['action'], w.action) && !parseActionRef(w.action)) {
    err('config-invalid-action', ['action'], `\`workflows.action\` '${w.action}' is not "<owner>/<repo>@<40-hex commit>"`, 'Pin the action to the full commit id of a release, e.g. "acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567"; tags and branches can be moved.')
  }
  if (w.action_version === undefined) {
    if (requireAction || w.action !== undefined) err('config-invalid-action', ['action_version'], '`workflows.action_version` is not set', 'Add the release the commit belongs to, e.g. `action_version = "v0.1.0"`; it becomes the `# v0.1.0` comment readers and update bots rely on.')
  } else if (!ACTION_VERSION.test(w.action_version)) {
    err('config-invalid-action', ['action_version'], `\`workflows.action_version\` '${w.action_version}' is not a release tag of the form vX.Y.Z`, 'Write the tag the pinned commit belongs to, e.g. "v0.1.0".')
  }

  // Paths, branch, runners.
  if (noExpression(['manifest'], w.manifest)) {
    const problem = repoPathProblem(w.manifest)
    if (problem) err('config-invalid-path', ['manifest'], `\`workflows.manifest\` '${w.manifest}' ${problem}`, 'Write the manifest path relative to the repository root, e.g. "modules.toml".')
  }
  w.extra_paths.forEach((p, i) => {
    if (!noExpression(['extra_paths', i], p)) return
    const problem = globProblem(p)
    if (problem) err('config-invalid-path', ['extra_paths', i], `\`workflows.extra_paths[${i}]\` '${p}' ${problem}`, 'Write a repository-relative path or glob, e.g. "Cargo.lock" or "crates/**".')
  })
  if (noExpression(['default_branch'], w.default_branch) && !BRANCH.test(w.default_branch)) {
    err('invalid-value', ['default_branch'], `\`workflows.default_branch\` '${w.default_branch}' is not a branch name`, 'Write the branch pushes to which release, e.g. "main".')
  }
  checkRunsOn(w.runs_on, ['runs_on'])
  if (w.change_token_secret !== undefined && noExpression(['change_token_secret'], w.change_token_secret) && !SECRET_NAME.test(w.change_token_secret)) {
    err('invalid-value', ['change_token_secret'], `\`workflows.change_token_secret\` '${w.change_token_secret}' is not a secret name`, 'Write the name of a repository secret, e.g. "MODULES_BOT_TOKEN": letters, digits and `_`, not starting with a digit or GITHUB_.')
  }

  // Extension points.
  w.setup_steps.forEach((s, i) => checkStep(s, ['setup_steps', i]))
  const ids = Object.keys(w.extra_jobs)
  for (const [id, job] of Object.entries(w.extra_jobs)) {
    const p: KeyPath = ['extra_jobs', id]
    if (!JOB_ID.test(id)) err('invalid-workflow-extension', p, `Extra job id '${id}' is not a valid job id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.')
    else if ((RESERVED_JOBS as readonly string[]).includes(id)) err('invalid-workflow-extension', p, `Extra job id '${id}' is reserved for modules-rebuild's own jobs (${RESERVED_JOBS.join(', ')})`, `Rename the job, e.g. "${id}-extra".`)
    job.needs.forEach((n, j) => {
      if (n === 'plan' || n === 'build') return
      if (n === id) err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs itself`, 'Remove it from `needs`.')
      else if (!ids.includes(n)) err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs '${n}', which is not a job of the workflow`, `Name plan, build or another extra job (${ids.filter((x) => x !== id).join(', ') || 'none defined'}).`)
    })
    if (job['runs-on'] !== undefined) checkRunsOn(job['runs-on'], [...p, 'runs-on'])
    if (job.environment !== undefined) noExpression([...p, 'environment'], job.environment)
    job.steps.forEach((s, i) => checkStep(s, [...p, 'steps', i]))
  }
  return out

  function checkRunsOn(v: string | string[], p: KeyPath) {
    const labels = typeof v === 'string' ? [v] : v
    labels.forEach((l, i) => {
      const lp = typeof v === 'string' ? p : [...p, i]
      if (noExpression(lp, l) && !RUNNER_LABEL.test(l)) err('invalid-value', lp, `\`${key(lp)}\` '${l}' is not a runner label`, 'Write a label such as "ubuntu-latest", "ubuntu-24.04" or "self-hosted".')
    })
  }

  function checkStep(s: WorkflowStep, p: KeyPath) {
    const label = `${key(p)}${s.name ? ` ('${s.name}')` : ''}`
    if ((s.uses === undefined) === (s.run === undefined)) {
      err('invalid-workflow-extension', p, `Step ${label} must have exactly one of \`uses\` and \`run\``, 'A step either calls an action (`uses`) or runs a script (`run`).')
      return
    }
    if (s.id !== undefined && !JOB_ID.test(s.id)) err('invalid-workflow-extension', [...p, 'id'], `Step id '${s.id}' is not a valid step id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.')
    if (s.shell !== undefined) noExpression([...p, 'shell'], s.shell)
    if (s['working-directory'] !== undefined) noExpression([...p, 'working-directory'], s['working-directory'])
    if (s.run !== undefined) codeExpressions([...p, 'run'], label, '`run:`', s.run)
    const script = s.uses !== undefined && splitUses(s.uses).ref.toLowerCase().startsWith('actions/github-script@')
    for (const [k, v] of Object.entries(s.with ?? {})) {
      if (typeof v === 'string' && (SCRIPT_INPUTS.has(k.toLowerCase()) || (script && k.toLowerCase() === 'script'))) codeExpressions([...p, 'with', k], label, `\`with.${k}\``, v)
    }
    if (s.uses !== undefined) checkUses(s, p, label)
  }

  /** Expressions in text that becomes code (a run: script, a script input): the allow-list only. */
  function codeExpressions(p: KeyPath, label: string, where: string, text: string) {
    const bad = unsafeExpressions(text)
    if (bad.length) {
      err('expression-injection', p, `Step ${label} puts ${bad.join(', ')} inside ${where}, where a crafted value becomes code`, `Pass the value through \`env\` (\`env = { TITLE = "\${{ github.event.pull_request.title }}" }\`) and read "$TITLE" (process.env.TITLE in a script); inside code, expressions may name only ${[...ALLOWED_CONTEXTS].join(', ')} and github.{${[...ALLOWED_GITHUB].slice(0, 8).join(', ')}, …}.`)
    }
  }

  function checkUses(s: WorkflowStep, p: KeyPath, label: string) {
    const up = [...p, 'uses']
    const uses = s.uses!
    if (!noExpression(up, uses)) return
    if (uses.startsWith('./')) return
    if (uses.startsWith('docker://')) {
      if (!/^docker:\/\/[^\s@]+@sha256:[0-9a-f]{64}$/.test(uses)) err('invalid-workflow-extension', up, `Step ${label}: docker action '${uses}' is not pinned to a digest`, 'Write `docker://image@sha256:<64 hex>`.')
      return
    }
    const { ref, version } = splitUses(uses)
    const parsed = parseActionRef(ref)
    if (!parsed) {
      err('invalid-workflow-extension', up, `Step ${label}: '${ref}' is not pinned to a full commit id`, 'Write `uses = "owner/repo@<40-hex commit> # vX.Y.Z"`: a tag or branch can be moved to other code.')
      return
    }
    if (version === null || !ACTION_VERSION.test(version)) {
      err('invalid-workflow-extension', up, `Step ${label}: '${ref}' has no \`# vX.Y.Z\` comment naming its release`, `Append the release tag of the commit: "${ref} # v1.2.3".`)
    }
    if (isPinnedAction(parsed.action) && (parsed.sha !== PINS[parsed.action].sha || (version !== null && version !== PINS[parsed.action].version))) {
      const pin = PINS[parsed.action]
      err('invalid-workflow-extension', up, `Step ${label}: ${parsed.action} is pinned to ${parsed.sha.slice(0, 12)}… but modules-rebuild's pin table has ${pin.version} (${pin.sha.slice(0, 12)}…)`, `Use "${parsed.action}@${pin.sha} # ${pin.version}" so every job runs the same reviewed code.`)
    }
    // actions/checkout reads the input with getBooleanInput: `false`, `False` or `FALSE` (a TOML boolean or string).
    const persist = s.with?.['persist-credentials']
    if (parsed.action === 'actions/checkout' && !(persist === false || (typeof persist === 'string' && parseBoolean(persist) === false))) {
      err('invalid-workflow-extension', up, `Step ${label}: actions/checkout without persist-credentials = false leaves the token in .git/config for every later step`, 'Add `with = { persist-credentials = false }`.')
    }
  }
}

/** Path filters: repository-relative paths with `*`, `**` and `?` wildcards; no negation, no `..`. */
function globProblem(p: string): string | null {
  if (p.startsWith('!')) return "is a negated filter ('!'), which would stop the workflow for files the tool needs"
  const problem = repoPathProblem(p.replace(/\*\*?|\?/g, 'x'))
  return problem
}
