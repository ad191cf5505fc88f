/**
 * Every action input, read and checked once, up front (docker/build-push-action's context.ts).
 * Later code receives one typed object and never calls core.getInput itself.
 */
import * as core from '@actions/core'
import { imageRepositoryProblem } from '../../core/config/images.js'

export const ACTION_COMMANDS = ['validate', 'hash', 'check', 'plan', 'change', 'publish', 'build', 'stage', 'deploy', 'rollback', 'smoke', 'prune'] as const
export const PROFILES = ['monolith', 'headless'] as const
export type ActionCommand = (typeof ACTION_COMMANDS)[number]

export interface Inputs {
  command: ActionCommand
  manifest: string
  workingDirectory: string
  /** `hash` only: a second manifest to list changed sections against. */
  against: string | undefined
  /** `plan` only: overrides [build.server] embed_* (empty: what modules.toml says). */
  profile: (typeof PROFILES)[number] | undefined
  /** `plan` only: base ref of a pull request, for the module delta. */
  base: string | undefined
  /** `plan`: token to look existing releases up (read-only is enough); `change`: contents, pull-requests (and actions) write. */
  token: string | undefined
  /** `change` only: the request as JSON (client_payload or the dispatch inputs). */
  request: string | undefined
  /** `change`, and the RBAC gate of plan/build/deploy/rollback/prune: whose permission is checked (default GITHUB_TRIGGERING_ACTOR). */
  actor: string | undefined
  /** `change` and the RBAC gate: write | maintain | admin (gate default: [rbac] of modules-rebuild.toml). */
  minimumPermission: string | undefined
  /** `change` only: "true" to dispatch modules-rebuild.yml on the change branch. */
  dispatchRebuild: string | undefined
  /** `change` only: run `cargo update --workspace` when Cargo.toml declarations change. */
  updateLockfile: boolean
  /** `publish` only. */
  publish: PublishInputs | undefined
  /** `build` only: the command of release-plan.json. */
  build: BuildInputs | undefined
  /** `stage` only: what to stage and the facts build-info.json records. */
  stage: StageInputs | undefined
  /** `deploy`, `rollback`, `smoke`. */
  deploy: DeployInputs | undefined
  /** `prune` only. */
  prune: PruneInputs | undefined
}

export interface DeployInputs {
  /** deploy: the release; rollback: the release to return to; smoke: the releases to compare with (may be empty). */
  releaseIds: string[]
  /** deploy / rollback: the environment (its name is the image tag). */
  environment: string | undefined
  /** A local release store (relative to working-directory); undefined: GitHub releases and Deployments of GITHUB_REPOSITORY. */
  store: string | undefined
  /** `HOST[:PORT]` or `oci:DIR`; null: where publish tagged the images. */
  registry: string | null
  registryUsername: string | undefined
  registryPassword: string | undefined
  /** Smoke base URL; undefined: [deploy.environments.<environment>] url (deploy / rollback), required by smoke. */
  url: string | undefined
  /** deploy / rollback, headless: go on when the version contract breaks, reporting disabled_ui_modules. */
  allowDegraded: boolean
}

export interface PruneInputs {
  keep: number
  windowDays: number
  dryRun: boolean
  store: string | undefined
  registry: string | null
  registryUsername: string | undefined
  registryPassword: string | undefined
}

export interface PublishInputs {
  plan: string
  artifacts: string
  store: string | undefined
  /** `HOST[:PORT]` or `oci:DIR`; null: the repositories build-info.json names. */
  registry: string | null
  registryUsername: string | undefined
  registryPassword: string | undefined
  reason: string | null
  dryRun: boolean
}

export interface BuildInputs {
  /** Argument vector (matrix.argv), started without a shell. */
  argv: string[]
  /** Extra environment of the build (matrix.env). */
  env: Record<string, string>
}

export interface StageInputs {
  target: string
  buildKey: string
  artifact: string
  /** Repository-relative files or directories to stage (matrix.artifact_path). */
  paths: string[]
  manifestHash: string
  releaseId: string
  /** The image the build job built: its OCI image-layout directory and the repository publish pushes it to. */
  image: { layout: string; repository: string } | undefined
  /** When the build step started (ISO 8601), from the build step's `started_at` output. */
  startedAt: string | undefined
  /** Where to stage (absolute, or relative to working-directory); default RUNNER_TEMP/modules-rebuild-artifact. */
  out: string | undefined
}

const BUILD_ONLY = ['argv', 'env'] as const
const PRUNE_ONLY = ['keep', 'window'] as const
const STAGE_ONLY = ['target', 'build-key', 'artifact', 'artifact-path', 'manifest-hash', 'image', 'image-repository', 'started-at', 'out'] as const
const DEPLOY_COMMANDS: readonly string[] = ['deploy', 'rollback', 'smoke']
const DEPLOY_ONLY = ['environment', 'url', 'allow-degraded'] as const

export function getInputs(): Inputs {
  const command = core.getInput('command') || 'validate'
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new Error(`input 'command' must be one of ${ACTION_COMMANDS.join(', ')}, not '${command}'`)
  }
  const against = core.getInput('against')
  if (against && command !== 'hash') throw new Error(`input 'against' only applies to command 'hash' (command is '${command}'); remove 'against' or set command: hash`)
  const profile = core.getInput('profile')
  if (profile && !(PROFILES as readonly string[]).includes(profile)) throw new Error(`input 'profile' must be empty, monolith or headless, not '${profile}'`)
  const base = core.getInput('base')
  for (const [name, value] of [['profile', profile], ['base', base]] as const) {
    if (value && command !== 'plan') throw new Error(`input '${name}' only applies to command 'plan' (command is '${command}'); remove '${name}' or set command: plan`)
  }
  for (const name of BUILD_ONLY) if (command !== 'build' && core.getInput(name)) throw new Error(`input '${name}' only applies to command 'build' (command is '${command}')`)
  for (const name of PRUNE_ONLY) if (command !== 'prune' && core.getInput(name)) throw new Error(`input '${name}' only applies to command 'prune' (command is '${command}')`)
  for (const name of STAGE_ONLY) if (command !== 'stage' && core.getInput(name)) throw new Error(`input '${name}' only applies to command 'stage' (command is '${command}')`)
  if (command !== 'stage' && !DEPLOY_COMMANDS.includes(command) && core.getInput('release-id')) throw new Error(`input 'release-id' only applies to commands stage, deploy, rollback and smoke (command is '${command}')`)
  for (const name of DEPLOY_ONLY) if (!DEPLOY_COMMANDS.includes(command) && core.getInput(name)) throw new Error(`input '${name}' only applies to commands deploy, rollback and smoke (command is '${command}')`)
  return {
    command: command as ActionCommand,
    manifest: core.getInput('manifest') || 'modules.toml',
    workingDirectory: core.getInput('working-directory') || '.',
    against: against || undefined,
    profile: (profile || undefined) as Inputs['profile'],
    base: base || undefined,
    token: core.getInput('token') || undefined,
    request: core.getInput('request') || undefined,
    actor: core.getInput('actor') || undefined,
    minimumPermission: core.getInput('minimum-permission') || undefined,
    dispatchRebuild: core.getInput('dispatch-rebuild') || undefined,
    updateLockfile: booleanInput('update-lockfile', true),
    publish: command === 'publish' ? publishInputs() : undefined,
    build: command === 'build' ? buildInputs() : undefined,
    stage: command === 'stage' ? stageInputs() : undefined,
    deploy: DEPLOY_COMMANDS.includes(command) ? deployInputs(command) : undefined,
    prune: command === 'prune' ? pruneInputs() : undefined
  }
}

function publishInputs(): PublishInputs {
  const registry = core.getInput('registry')
  return {
    plan: core.getInput('plan') || 'release-plan.json',
    artifacts: core.getInput('artifacts') || 'artifacts',
    store: core.getInput('store') || undefined,
    registry: registry || null,
    registryUsername: core.getInput('registry-username') || undefined,
    registryPassword: core.getInput('registry-password') || undefined,
    reason: core.getInput('reason') || null,
    dryRun: booleanInput('dry-run', false)
  }
}

function pruneInputs(): PruneInputs {
  const whole = (name: string, text: string) => {
    if (!/^\d{1,6}$/.test(text)) throw new Error(`input '${name}' must be a whole number ≥ 0, not '${text}'`)
    return Number(text)
  }
  const registry = core.getInput('registry')
  return {
    keep: whole('keep', required('keep', 'prune')),
    windowDays: whole('window', core.getInput('window') || '90'),
    dryRun: booleanInput('dry-run', true),
    store: core.getInput('store') || undefined,
    registry: registry || null,
    registryUsername: core.getInput('registry-username') || undefined,
    registryPassword: core.getInput('registry-password') || undefined
  }
}

function deployInputs(command: string): DeployInputs {
  const ids = core
    .getInput('release-id')
    .split(/[\s,]+/)
    .filter((x) => x !== '')
  if (command !== 'smoke' && ids.length !== 1) throw new Error(`input 'release-id' is required by command '${command}': one release_id`)
  if (command !== 'smoke' && !core.getInput('environment')) throw new Error(`input 'environment' is required by command '${command}'`)
  if (command === 'smoke' && !core.getInput('url')) throw new Error("input 'url' is required by command 'smoke'")
  const registry = core.getInput('registry')
  return {
    releaseIds: ids,
    environment: core.getInput('environment') || undefined,
    store: core.getInput('store') || undefined,
    registry: registry || null,
    registryUsername: core.getInput('registry-username') || undefined,
    registryPassword: core.getInput('registry-password') || undefined,
    url: core.getInput('url') || undefined,
    allowDegraded: booleanInput('allow-degraded', false)
  }
}

function required(name: string, command: string): string {
  const v = core.getInput(name)
  if (v === '') throw new Error(`input '${name}' is required by command '${command}'`)
  return v
}

/** JSON input; a JSON string holding JSON (toJSON of a value that was already JSON text) is unwrapped once. */
function jsonInput(name: string, text: string): unknown {
  const parse = (t: string) => {
    try {
      return JSON.parse(t) as unknown
    } catch (err) {
      throw new Error(`input '${name}' is not JSON: ${(err as Error).message}`)
    }
  }
  const v = parse(text)
  return typeof v === 'string' && /^\s*[[{]/.test(v) ? parse(v) : v
}

function buildInputs(): BuildInputs {
  const argv = jsonInput('argv', required('argv', 'build'))
  if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string') || argv[0] === '') {
    throw new Error("input 'argv' must be a JSON array of strings with the program first, e.g. ${{ toJSON(matrix.argv) }}")
  }
  const envText = core.getInput('env')
  const env = envText === '' ? {} : jsonInput('env', envText)
  if (env === null || typeof env !== 'object' || Array.isArray(env) || !Object.values(env).every((v) => typeof v === 'string')) {
    throw new Error("input 'env' must be a JSON object of strings, e.g. ${{ toJSON(matrix.env) }}")
  }
  for (const k of Object.keys(env)) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`input 'env': '${k}' is not an environment variable name`)
  return { argv: argv as string[], env: env as Record<string, string> }
}

function stageInputs(): StageInputs {
  const pathText = required('artifact-path', 'stage')
  const raw = /^\s*["[]/.test(pathText) ? jsonInput('artifact-path', pathText) : pathText.split(/\r?\n/)
  const list = typeof raw === 'string' ? raw.split(/\r?\n/) : raw
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) throw new Error("input 'artifact-path' must be a path, one path per line, or a JSON array of paths")
  const paths = (list as string[]).map((p) => p.trim()).filter((p) => p !== '')
  if (paths.length === 0) throw new Error("input 'artifact-path' names no file")
  const image = core.getInput('image')
  const imageRepository = core.getInput('image-repository')
  let parsedImage: StageInputs['image']
  if ((image === '') !== (imageRepository === '')) throw new Error("inputs 'image' (the OCI image layout the build wrote) and 'image-repository' go together")
  if (image !== '') {
    const problem = imageRepositoryProblem(imageRepository)
    if (problem) throw new Error(`input 'image-repository' '${imageRepository}' ${problem}`)
    parsedImage = { layout: image, repository: imageRepository }
  }
  const startedAt = core.getInput('started-at')
  if (startedAt !== '' && Number.isNaN(Date.parse(startedAt))) throw new Error(`input 'started-at' is not an ISO 8601 time: '${startedAt}'`)
  return {
    target: required('target', 'stage'),
    buildKey: required('build-key', 'stage'),
    artifact: required('artifact', 'stage'),
    paths,
    manifestHash: required('manifest-hash', 'stage'),
    releaseId: required('release-id', 'stage'),
    image: parsedImage,
    startedAt: startedAt || undefined,
    out: core.getInput('out') || undefined
  }
}

/** A `true` / `false` input; empty is the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name)
  if (v === '') return fallback
  if (v === 'true' || v === 'false') return v === 'true'
  throw new Error(`input '${name}' must be true or false, not '${v}'`)
}
