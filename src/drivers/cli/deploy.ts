/**
 * `deploy`, `rollback` and `smoke` on the command line. Exit codes: 0 deployed / smoke passed,
 * 1 refused, failed or smoke failed (the findings say which), 2 usage or I/O.
 */
import path from 'node:path'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { loadConfig } from '../../app/config.js'
import { deploy, refusedText, type DeployResult } from '../../app/deploy.js'
import { deployJson, githubSource, localSource, type DeploySource } from '../../app/deploy-source.js'
import { smoke } from '../../app/smoke.js'
import type { Command, CliIo } from './command.js'
import type { DeployConfig } from '../../core/config/deploy.js'
import { environmentProblem } from '../../core/deploy/model.js'
import { smokeText } from '../../core/deploy/smoke.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { runContext } from '../../core/release/record.js'
import { cliGate, GATE_OPTIONS, GATE_USAGE } from './gate.js'

type Values = Record<string, string | boolean | string[] | undefined>

const SOURCE = { store: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' } } as const
const IMAGES = { registry: { type: 'string' }, images: { type: 'string' } } as const
const COMMON = { root: { type: 'string', default: '.' }, url: { type: 'string' }, format: { type: 'string', default: 'text' } } as const
/** deploy and rollback only: the headless escape hatch and the RBAC gate. */
const MOVE = { 'allow-degraded': { type: 'boolean', default: false }, ...GATE_OPTIONS } as const
const MOVE_USAGE = `[--allow-degraded] ${GATE_USAGE}`
const SOURCE_USAGE = '[--store DIR | --repo OWNER/NAME [--github-api URL]]'

interface Source extends DeploySource {
  where: string
}

/** The release store and deployment history: a local store directory (default ./releases) or GitHub (--repo, token in GITHUB_TOKEN). */
export async function openSource(values: Values, io: CliIo): Promise<Source> {
  if (values.repo !== undefined && values.store !== undefined) throw new ArgumentError('--store and --repo exclude each other')
  if (values['github-api'] !== undefined && values.repo === undefined) throw new ArgumentError('--github-api goes with --repo OWNER/NAME')
  if (typeof values.repo === 'string') {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) throw new ArgumentError(`--repo must be OWNER/NAME, not '${values.repo}'`)
    const token = process.env.GITHUB_TOKEN
    if (!token) throw new ArgumentError('--repo needs a token in GITHUB_TOKEN (contents: read, deployments: write)')
    const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined
    return { ...(await githubSource({ token, repository: values.repo, ...(baseUrl ? { baseUrl } : {}), log: (m) => io.stderr(m) })), where: values.repo }
  }
  const dir = path.resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases')
  return { ...localSource(dir, runContext(process.env).requested_by), where: path.relative(io.cwd, dir).split(path.sep).join('/') || '.' }
}

async function deployConfig(root: string, io: CliIo): Promise<DeployConfig | null> {
  const r = await loadConfig(root)
  for (const d of r.diagnostics) io.stderr(renderText(d))
  return r.config?.deploy ?? null
}

function imagesOption(values: Values): string | null {
  if (values.registry !== undefined && values.images !== undefined) throw new ArgumentError('--registry and --images exclude each other')
  if (typeof values.images === 'string' && !values.images.startsWith('oci:')) throw new ArgumentError(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`)
  return typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : null
}

function checkUrl(url: string): string {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new ArgumentError(`--url '${url}' is not a URL`)
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) throw new ArgumentError(`--url must be an http(s) URL without credentials, not '${url}'`)
  return url
}

function printResult(r: DeployResult, kind: 'deploy' | 'rollback', values: Values, io: CliIo): number {
  if (values.format === 'json') io.stdout(jsonReport(r.ok, r.manifest_hash, r.diagnostics, deployJson(r)))
  else {
    for (const d of r.diagnostics) io.stderr(renderText(d))
    for (const s of [r.deployment?.smoke, r.rollback?.smoke]) if (s) io.stderr(smokeText(s))
    const what = kind === 'rollback' ? 'rolled back' : 'deployed'
    if (r.outcome === 'deployed') io.stdout(`${what}: ${r.release_id} (${r.component}) → ${r.environment}${r.previous_release ? `, was ${r.previous_release}` : ''}${r.deployment?.deployment_id ? ` (deployment ${r.deployment.deployment_id})` : ''}`)
    else if (r.outcome === 'refused') io.stderr(refusedText(r, kind))
    else if (r.outcome === 'failed') io.stderr(r.rollback ? `${r.release_id} failed in ${r.environment}; ${r.environment} is back on ${r.rollback.release_id}` : `${r.release_id} failed in ${r.environment}, which held nothing before`)
    else io.stderr(`${r.release_id} failed in ${r.environment} and the return to ${r.previous_release} failed too`)
  }
  return r.ok ? 0 : 1
}

async function runMove(kind: 'deploy' | 'rollback', releaseId: string, values: Values, io: CliIo): Promise<number> {
  if (typeof values.environment !== 'string') throw new ArgumentError(`${kind} needs --environment NAME`)
  const problem = environmentProblem(values.environment)
  if (problem) throw new ArgumentError(`--environment '${values.environment}' ${problem}`)
  // RBAC (src/drivers/cli/gate.ts): with --repo and --actor, the actor's permission first.
  const refused = await cliGate(kind, values, io)
  if (refused) {
    if (values.format === 'json') io.stdout(jsonReport(false, null, refused, {}))
    else for (const d of refused) io.stderr(renderText(d))
    return 1
  }
  const root = path.resolve(io.cwd, typeof values.root === 'string' ? values.root : '.')
  const config = await deployConfig(root, io)
  if (!config) return 1
  const source = await openSource(values, io)
  const where = imagesOption(values)
  const user = process.env.REGISTRY_USERNAME
  const password = process.env.REGISTRY_PASSWORD
  const smokeUrl = typeof values.url === 'string' ? checkUrl(values.url) : (config.environments[values.environment]?.url ?? null)
  const r = await deploy({
    releaseId,
    environment: values.environment,
    kind,
    files: source.files,
    history: source.history,
    images: { where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) },
    config,
    smokeUrl,
    root,
    logUrl: runContext(process.env).logs_url,
    log: (l) => io.stderr(l),
    where: source.where,
    allowDegraded: values['allow-degraded'] === true
  })
  return printResult(r, kind, values, io)
}

export const deployCommand: Command = {
  usage: `modules-rebuild deploy --release RELEASE_ID --environment NAME ${SOURCE_USAGE} [--registry HOST[:PORT] | --images oci:DIR] [--url BASE] ${MOVE_USAGE} [--root DIR] [--format text|json]`,
  summary:
    'Deploy a published release: verify its assets against SHA256SUMS and its image digests, record a deployment (GitHub Deployment with --repo, else in the store), point the image tag NAME at the release digests, run the [deploy] hook, run the smoke checks when the environment has a URL (--url or [deploy.environments.NAME] url); a failure returns the environment to its previous release.',
  options: { release: { type: 'string' }, environment: { type: 'string' }, ...SOURCE, ...IMAGES, ...COMMON, ...MOVE },
  async run(values, io) {
    if (typeof values.release !== 'string') throw new ArgumentError('deploy needs --release RELEASE_ID')
    return runMove('deploy', values.release, values, io)
  }
}

export const rollbackCommand: Command = {
  usage: `modules-rebuild rollback --to RELEASE_ID --environment NAME ${SOURCE_USAGE} [--registry HOST[:PORT] | --images oci:DIR] [--url BASE] ${MOVE_USAGE} [--root DIR] [--format text|json]`,
  summary: 'Return an environment to an earlier release by the same path as deploy (verify → deployment → re-point → hook → smoke). Never rebuilds: the images are re-pointed by digest. Refuses a release that is gone (pruned) or fails verification.',
  options: { to: { type: 'string' }, environment: { type: 'string' }, ...SOURCE, ...IMAGES, ...COMMON, ...MOVE },
  async run(values, io) {
    if (typeof values.to !== 'string') throw new ArgumentError('rollback needs --to RELEASE_ID')
    return runMove('rollback', values.to, values, io)
  }
}

export const smokeCommand: Command = {
  usage: `modules-rebuild smoke --url BASE [--release RELEASE_ID …] ${SOURCE_USAGE} [--root DIR] [--format text|json]`,
  summary: 'Smoke-check a running server: the health endpoint answers 200 before the deadline (retried with backoff); the modules endpoint reports the manifest_hash and exactly the modules of the release(s) given; the migrations endpoint, when configured, reports nothing pending. Paths and deadline: [deploy.smoke].',
  options: { release: { type: 'string', multiple: true }, ...SOURCE, ...COMMON },
  async run(values, io) {
    if (typeof values.url !== 'string') throw new ArgumentError('smoke needs --url BASE')
    const url = checkUrl(values.url)
    const root = path.resolve(io.cwd, typeof values.root === 'string' ? values.root : '.')
    const config = await deployConfig(root, io)
    if (!config) return 1
    const ids = (values.release as unknown as string[] | undefined) ?? []
    const source = ids.length ? await openSource(values, io) : null
    const r = await smoke({ baseUrl: url, releaseIds: ids, files: source?.files ?? null, config: config.smoke, where: source?.where ?? url })
    if (values.format === 'json') io.stdout(jsonReport(r.ok, r.expected?.manifest_hash ?? r.report?.observed.manifest_hash ?? null, r.diagnostics, { smoke: r.report }))
    else if (!r.report) for (const d of r.diagnostics) io.stderr(renderText(d))
    else (r.ok ? io.stdout : io.stderr)(smokeText(r.report))
    return r.ok ? 0 : 1
  }
}
