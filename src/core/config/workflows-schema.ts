/**
 * `[workflows]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `workflows`). Only loaded to word findings and to publish the JSON Schema; the
 * constants and checks are in config.ts.
 */
import { z } from 'zod'
import { ACTION_REF, ACTION_VERSION, PERMISSION_LEVELS, PERMISSION_SCOPES, SECRET_NAME } from './workflows.js'
import { DEFAULT_CHANGE_MINIMUM, MINIMUM_PERMISSIONS } from '../values/values.js'

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
