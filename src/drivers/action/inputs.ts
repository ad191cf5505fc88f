/**
 * Every action input, read and checked once, up front (docker/build-push-action's context.ts).
 * getInputs() returns one object per command (Inputs, discriminated on `command`), every value
 * already parsed: booleans, lists, numbers, JSON, enumerations. Later code never calls
 * core.getInput and never parses an input string again.
 */
import * as core from '@actions/core'
import { imageRepositoryProblem } from '../../core/config/images.js'
import { environmentProblem } from '../../core/deploy/model.js'
import { parseChangeRequest, type ParsedRequest } from '../../core/change/request.js'
import { DEFAULT_CHANGE_MINIMUM, isMinimumPermission, isProfileOption, MINIMUM_PERMISSIONS, oneOf, parseBoolean, PROFILE_OPTIONS, type MinimumPermission, type ProfileOption } from '../../core/values/values.js'

export const ACTION_COMMANDS = ['validate', 'hash', 'check', 'plan', 'change', 'publish', 'build', 'stage', 'deploy', 'rollback', 'smoke', 'prune'] as const
export type ActionCommand = (typeof ACTION_COMMANDS)[number]

/** What every command reads. */
interface Common {
  manifest: string
  workingDirectory: string
  /** `plan`: token to look existing releases up (read-only is enough); `change`: contents, pull-requests (and actions) write; publish, deploy, rollback, smoke, prune: the releases of the repository. */
  token: string | undefined
  /** The RBAC gate of plan/build/deploy/rollback/prune: whose permission is checked (default GITHUB_TRIGGERING_ACTOR). */
  actor: string | undefined
  /** The RBAC gate: the least role (default: [rbac] of modules-rebuild.toml). */
  minimumPermission: MinimumPermission | undefined
}

/** The inputs of one command: `command` says which fields exist. */
export type Inputs =
  | (Common & { command: 'validate' })
  | (Common & { command: 'check' })
  /** `against`: a second manifest to list changed sections against. */
  | (Common & { command: 'hash'; against: string | undefined })
  /** `profile` overrides [build.server] embed_* (undefined: what modules.toml says); `base`: base ref of a pull request, for the module delta. */
  | (Common & { command: 'plan'; profile: ProfileOption | undefined; base: string | undefined })
  | (Common & { command: 'change'; change: ChangeInputs })
  | (Common & { command: 'publish'; publish: PublishInputs })
  | (Common & { command: 'build'; build: BuildInputs })
  | (Common & { command: 'stage'; stage: StageInputs })
  | (Common & { command: 'deploy'; deploy: DeployInputs })
  | (Common & { command: 'rollback'; deploy: DeployInputs })
  | (Common & { command: 'smoke'; smoke: SmokeInputs })
  | (Common & { command: 'prune'; prune: PruneInputs })

/** The inputs of command `C`. */
export type InputsOf<C extends ActionCommand> = Extract<Inputs, { command: C }>

export interface ChangeInputs {
  /** The request (client_payload or the dispatch inputs), parsed: a refusal is reported as the outcome `refused`. */
  request: ParsedRequest
  /** Whose permission is checked: input `actor`, else GITHUB_TRIGGERING_ACTOR. */
  actor: string
  token: string
  minimumPermission: MinimumPermission
  /** Dispatch modules-rebuild.yml on the change branch after a push. */
  dispatchRebuild: boolean
  /** Run `cargo update --workspace` when Cargo.toml declarations change. */
  updateLockfile: boolean
}

/** Registry access of publish, deploy, rollback and prune. */
export interface RegistryInputs {
  /** `HOST[:PORT]` or `oci:DIR`; null: the repositories build-info.json names / where publish tagged the images. */
  registry: string | null
  registryUsername: string | undefined
  registryPassword: string | undefined
}

export interface DeployInputs extends RegistryInputs {
  /** deploy: the release; rollback: the release to return to. */
  releaseId: string
  /** The environment (its name is the image tag), checked. */
  environment: string
  /** A local release store (relative to working-directory); undefined: GitHub releases and Deployments of GITHUB_REPOSITORY. */
  store: string | undefined
  /** Smoke base URL (http(s), no credentials); undefined: [deploy.environments.<environment>] url. */
  url: string | undefined
  /** Headless: go on when the version contract breaks, reporting disabled_ui_modules. */
  allowDegraded: boolean
}

export interface SmokeInputs {
  /** The releases the server must run (may be empty: only check that it answers). */
  releaseIds: string[]
  /** Where the releases are read when releaseIds is not empty (see DeployInputs.store). */
  store: string | undefined
  /** Base URL of the server (http(s), no credentials). */
  url: string
}

export interface PruneInputs extends RegistryInputs {
  keep: number
  windowDays: number
  dryRun: boolean
  store: string | undefined
}

export interface PublishInputs extends RegistryInputs {
  plan: string
  artifacts: string
  store: string | undefined
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

/** How an input is read: core.getInput (the runner has filled in action.yml's defaults); tests pass a step's `with:`. */
export type InputReader = (name: string) => string

/** What the runner sets that an input falls back to. */
export type InputsEnv = Partial<Record<'GITHUB_TRIGGERING_ACTOR', string>>

export function getInputs(read: InputReader = (name) => core.getInput(name), env: InputsEnv = process.env): Inputs {
  const command = read('command') || 'validate'
  if (!isCommand(command)) throw new Error(`input 'command' must be one of ${ACTION_COMMANDS.join(', ')}, not '${command}'`)
  const against = read('against')
  if (against && command !== 'hash') throw new Error(`input 'against' only applies to command 'hash' (command is '${command}'); remove 'against' or set command: hash`)
  const profile = read('profile')
  if (profile && !isProfileOption(profile)) throw new Error(`input 'profile' must be empty, ${oneOf(PROFILE_OPTIONS)}, not '${profile}'`)
  const base = read('base')
  for (const [name, value] of [['profile', profile], ['base', base]] as const) {
    if (value && command !== 'plan') throw new Error(`input '${name}' only applies to command 'plan' (command is '${command}'); remove '${name}' or set command: plan`)
  }
  for (const name of BUILD_ONLY) if (command !== 'build' && read(name)) throw new Error(`input '${name}' only applies to command 'build' (command is '${command}')`)
  for (const name of PRUNE_ONLY) if (command !== 'prune' && read(name)) throw new Error(`input '${name}' only applies to command 'prune' (command is '${command}')`)
  for (const name of STAGE_ONLY) if (command !== 'stage' && read(name)) throw new Error(`input '${name}' only applies to command 'stage' (command is '${command}')`)
  if (command !== 'stage' && !DEPLOY_COMMANDS.includes(command) && read('release-id')) throw new Error(`input 'release-id' only applies to commands stage, deploy, rollback and smoke (command is '${command}')`)
  for (const name of DEPLOY_ONLY) if (!DEPLOY_COMMANDS.includes(command) && read(name)) throw new Error(`input '${name}' only applies to commands deploy, rollback and smoke (command is '${command}')`)
  const minimum = read('minimum-permission')
  if (minimum && !isMinimumPermission(minimum)) throw new Error(`input 'minimum-permission' must be one of ${MINIMUM_PERMISSIONS.join(', ')}, not '${minimum}'`)
  const common: Common = {
    manifest: read('manifest') || 'modules.toml',
    workingDirectory: read('working-directory') || '.',
    token: read('token') || undefined,
    actor: read('actor') || undefined,
    minimumPermission: minimum ? (minimum as MinimumPermission) : undefined
  }
  switch (command) {
    case 'validate':
    case 'check':
      return { ...common, command }
    case 'hash':
      return { ...common, command, against: against || undefined }
    case 'plan':
      return { ...common, command, profile: profile ? (profile as ProfileOption) : undefined, base: base || undefined }
    case 'change':
      return { ...common, command, change: changeInputs(read, common, env) }
    case 'publish':
      return { ...common, command, publish: publishInputs(read) }
    case 'build':
      return { ...common, command, build: buildInputs(read) }
    case 'stage':
      return { ...common, command, stage: stageInputs(read) }
    case 'deploy':
    case 'rollback':
      return { ...common, command, deploy: deployInputs(read, command) }
    case 'smoke':
      return { ...common, command, smoke: smokeInputs(read) }
    case 'prune':
      return { ...common, command, prune: pruneInputs(read) }
  }
}

const isCommand = (v: string): v is ActionCommand => (ACTION_COMMANDS as readonly string[]).includes(v)

function changeInputs(read: InputReader, common: Common, env: InputsEnv): ChangeInputs {
  const token = common.token
  if (!token) throw new Error("input 'token' is empty: the change needs contents: write, pull-requests: write (and actions: write to dispatch the rebuild)")
  const actor = common.actor ?? (env.GITHUB_TRIGGERING_ACTOR || undefined)
  if (!actor) throw new Error("input 'actor' is empty: set it to ${{ github.triggering_actor }}")
  return {
    request: parseChangeRequest(read('request')),
    actor,
    token,
    minimumPermission: common.minimumPermission ?? DEFAULT_CHANGE_MINIMUM,
    dispatchRebuild: booleanInput(read, 'dispatch-rebuild', false),
    updateLockfile: booleanInput(read, 'update-lockfile', true)
  }
}

function registryInputs(read: InputReader): RegistryInputs {
  const registry = read('registry')
  if (registry !== '' && !registry.startsWith('oci:') && /\s/.test(registry)) throw new Error(`input 'registry' must be HOST[:PORT] or oci:DIR, not '${registry}'`)
  return {
    registry: registry || null,
    registryUsername: read('registry-username') || undefined,
    registryPassword: read('registry-password') || undefined
  }
}

function publishInputs(read: InputReader): PublishInputs {
  return {
    plan: read('plan') || 'release-plan.json',
    artifacts: read('artifacts') || 'artifacts',
    store: read('store') || undefined,
    ...registryInputs(read),
    reason: read('reason') || null,
    dryRun: booleanInput(read, 'dry-run', false)
  }
}

function pruneInputs(read: InputReader): PruneInputs {
  const whole = (name: string, text: string) => {
    if (!/^\d{1,6}$/.test(text)) throw new Error(`input '${name}' must be a whole number ≥ 0, not '${text}'`)
    return Number(text)
  }
  return {
    keep: whole('keep', required(read, 'keep', 'prune')),
    windowDays: whole('window', read('window') || '90'),
    dryRun: booleanInput(read, 'dry-run', true),
    store: read('store') || undefined,
    ...registryInputs(read)
  }
}

/** `release-id`: release ids separated by white space or commas. */
const releaseIds = (read: InputReader): string[] =>
  read('release-id')
    .split(/[\s,]+/)
    .filter((x) => x !== '')

function deployInputs(read: InputReader, command: 'deploy' | 'rollback'): DeployInputs {
  const ids = releaseIds(read)
  if (ids.length !== 1) throw new Error(`input 'release-id' is required by command '${command}': one release_id`)
  const environment = required(read, 'environment', command)
  const problem = environmentProblem(environment)
  if (problem) throw new Error(`input 'environment' '${environment}' ${problem}`)
  const url = read('url')
  return {
    releaseId: ids[0]!,
    environment,
    store: read('store') || undefined,
    ...registryInputs(read),
    url: url ? checkUrl(url) : undefined,
    allowDegraded: booleanInput(read, 'allow-degraded', false)
  }
}

function smokeInputs(read: InputReader): SmokeInputs {
  return { releaseIds: releaseIds(read), store: read('store') || undefined, url: checkUrl(required(read, 'url', 'smoke')) }
}

/** An http(s) URL without credentials. */
function checkUrl(url: string): string {
  let u: URL | null = null
  try {
    u = new URL(url)
  } catch {
    u = null
  }
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) throw new Error(`input 'url' must be an http(s) URL without credentials, not '${url}'`)
  return url
}

function required(read: InputReader, name: string, command: string): string {
  const v = read(name)
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

function buildInputs(read: InputReader): BuildInputs {
  const argv = jsonInput('argv', required(read, 'argv', 'build'))
  if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string') || argv[0] === '') {
    throw new Error("input 'argv' must be a JSON array of strings with the program first, e.g. ${{ toJSON(matrix.argv) }}")
  }
  const envText = read('env')
  const env = envText === '' ? {} : jsonInput('env', envText)
  if (env === null || typeof env !== 'object' || Array.isArray(env) || !Object.values(env).every((v) => typeof v === 'string')) {
    throw new Error("input 'env' must be a JSON object of strings, e.g. ${{ toJSON(matrix.env) }}")
  }
  for (const k of Object.keys(env)) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`input 'env': '${k}' is not an environment variable name`)
  return { argv: argv as string[], env: env as Record<string, string> }
}

function stageInputs(read: InputReader): StageInputs {
  const pathText = required(read, 'artifact-path', 'stage')
  const raw = /^\s*["[]/.test(pathText) ? jsonInput('artifact-path', pathText) : pathText.split(/\r?\n/)
  const list = typeof raw === 'string' ? raw.split(/\r?\n/) : raw
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) throw new Error("input 'artifact-path' must be a path, one path per line, or a JSON array of paths")
  const paths = (list as string[]).map((p) => p.trim()).filter((p) => p !== '')
  if (paths.length === 0) throw new Error("input 'artifact-path' names no file")
  const image = read('image')
  const imageRepository = read('image-repository')
  let parsedImage: StageInputs['image']
  if ((image === '') !== (imageRepository === '')) throw new Error("inputs 'image' (the OCI image layout the build wrote) and 'image-repository' go together")
  if (image !== '') {
    const problem = imageRepositoryProblem(imageRepository)
    if (problem) throw new Error(`input 'image-repository' '${imageRepository}' ${problem}`)
    parsedImage = { layout: image, repository: imageRepository }
  }
  const startedAt = read('started-at')
  if (startedAt !== '' && Number.isNaN(Date.parse(startedAt))) throw new Error(`input 'started-at' is not an ISO 8601 time: '${startedAt}'`)
  return {
    target: required(read, 'target', 'stage'),
    buildKey: required(read, 'build-key', 'stage'),
    artifact: required(read, 'artifact', 'stage'),
    paths,
    manifestHash: required(read, 'manifest-hash', 'stage'),
    releaseId: required(read, 'release-id', 'stage'),
    image: parsedImage,
    startedAt: startedAt || undefined,
    out: read('out') || undefined
  }
}

/** A boolean input (parseBoolean: true | True | TRUE | false | False | FALSE); empty is the default. */
function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const v = read(name)
  if (v === '') return fallback
  const b = parseBoolean(v)
  if (b === null) throw new Error(`input '${name}' must be true or false, not '${v}'`)
  return b
}
