/**
 * The deployment model (pure): what one deployment of a release to an environment is, what an
 * environment's pointer is, and the payload a GitHub Deployment carries. One definition (zod) for
 * the local store's files (`<store>/.deploy/…`) and for the payload, so the local history and
 * GitHub's Deployments describe the same thing.
 *
 * An environment holds one release per component (`monolith`, or `server` / `admin` /
 * `storefront` of a headless platform). Moving it means: a deployment record (kind `deploy`,
 * `rollback` or `auto-rollback`) is created `in_progress`, the image tag `<environment>` of each
 * image of the release is re-pointed at the release's digest, the hook runs, the smoke checks run,
 * and the record ends `success` (earlier successful records of the same environment and component
 * become `inactive`) or `failure`.
 */
import { z } from 'zod'

// Environment names are part of [deploy] (core/config/deploy.ts, so config does not depend on deploy).
export { ENVIRONMENT_PATTERN, environmentProblem } from '../config/deploy.js'

export const DEPLOYMENT_KINDS = ['deploy', 'rollback', 'auto-rollback'] as const
export type DeploymentKind = (typeof DEPLOYMENT_KINDS)[number]

/** GitHub's deployment states that modules-rebuild sets (GitHub has also error, queued, pending). */
export const DEPLOYMENT_STATES = ['in_progress', 'success', 'failure', 'error', 'inactive'] as const
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number]

const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex>')

export const DeployedImageSchema = z.looseObject({
  target: z.string().describe('The target the image was built for.'),
  repository: z.string().describe('Image repository as the release records it.'),
  digest: digest.describe('Digest of the release image; the environment tag points at it.'),
  location: z.string().describe('Where the environment tag was set: `HOST[:PORT]/REPOSITORY` or `oci:DIR`.')
})
export type DeployedImage = z.output<typeof DeployedImageSchema>

/** The payload of a GitHub Deployment created by modules-rebuild (also stored locally). */
export const DeploymentPayloadSchema = z.looseObject({
  tool: z.literal('modules-rebuild'),
  schema: z.literal(1),
  kind: z.enum(DEPLOYMENT_KINDS),
  release_id: z.string(),
  component: z.string(),
  manifest_hash: z.string(),
  images: z.array(DeployedImageSchema).describe('The images whose `<environment>` tag points at the release.'),
  /** The release the environment held before (null: first deployment). */
  previous_release: z.string().nullable(),
  /** auto-rollback: the release whose smoke checks failed. */
  rolled_back_from: z.string().nullable()
})
export type DeploymentPayload = z.output<typeof DeploymentPayloadSchema>

export const StatusEntrySchema = z.looseObject({
  state: z.enum(DEPLOYMENT_STATES),
  description: z.string(),
  at: z.string().describe('ISO 8601 UTC.'),
  log_url: z.string().nullable(),
  environment_url: z.string().nullable()
})
export type StatusEntry = z.output<typeof StatusEntrySchema>

/** One deployment, as either history keeps it. `id` is GitHub's deployment id, or a local counter. */
export const DeploymentRecordSchema = z.looseObject({
  id: z.number().int().positive(),
  environment: z.string(),
  /** The git ref (the release tag = release_id). */
  ref: z.string(),
  payload: DeploymentPayloadSchema,
  creator: z.string().nullable(),
  description: z.string(),
  created_at: z.string(),
  /** Newest last. */
  statuses: z.array(StatusEntrySchema)
})
export type DeploymentRecord = z.output<typeof DeploymentRecordSchema>

/** What an environment holds for one component: the release of its newest successful deployment. */
export interface EnvironmentPointer {
  environment: string
  component: string
  release_id: string
  manifest_hash: string
  deployment_id: number
  images: DeployedImage[]
  /** When that deployment succeeded. */
  since: string
}

export const stateOf = (d: DeploymentRecord): DeploymentState | null => d.statuses.at(-1)?.state ?? null
export const succeeded = (d: DeploymentRecord): boolean => d.statuses.some((s) => s.state === 'success')

/**
 * The pointer of `environment`/`component` given every deployment of that environment: the newest
 * deployment that reached `success` (a later `inactive` does not undo that it was deployed). Every
 * move of the pointer is a new deployment that reaches success only after the tags moved and the
 * smoke checks passed, so the newest such deployment is what the environment runs.
 */
export function currentPointer(records: readonly DeploymentRecord[], environment: string, component: string): EnvironmentPointer | null {
  let best: DeploymentRecord | null = null
  for (const d of records) {
    if (d.environment !== environment || d.payload.component !== component || !succeeded(d)) continue
    if (!best || d.id > best.id) best = d
  }
  if (!best) return null
  const since = best.statuses.find((s) => s.state === 'success')!.at
  return { environment, component, release_id: best.payload.release_id, manifest_hash: best.payload.manifest_hash, deployment_id: best.id, images: best.payload.images, since }
}

/** Ids of the records a success of `d` makes inactive: earlier successful ones of the same environment and component, not yet inactive. */
export function supersededBy(records: readonly DeploymentRecord[], d: Pick<DeploymentRecord, 'id' | 'environment' | 'payload'>): number[] {
  return records.filter((o) => o.id !== d.id && o.id < d.id && o.environment === d.environment && o.payload.component === d.payload.component && stateOf(o) === 'success').map((o) => o.id)
}

/** Environment variable name of a target's image: `IMAGE_<TARGET>` with non-alphanumerics as `_`, upper case. */
export function imageEnvName(target: string): string {
  return `IMAGE_${target.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

/**
 * The environment of the deploy hook: RELEASE_ID, MANIFEST_HASH, ENVIRONMENT, COMPONENT,
 * DEPLOY_KIND, PREVIOUS_RELEASE_ID, and per image IMAGE_<TARGET> = `<location>@<digest>` (where the
 * environment tag was set) and IMAGE_<TARGET>_DIGEST.
 */
export function hookEnvironment(p: DeploymentPayload, environment: string, images: readonly DeployedImage[]): Record<string, string> {
  const env: Record<string, string> = {
    RELEASE_ID: p.release_id,
    MANIFEST_HASH: p.manifest_hash,
    ENVIRONMENT: environment,
    COMPONENT: p.component,
    DEPLOY_KIND: p.kind,
    PREVIOUS_RELEASE_ID: p.previous_release ?? ''
  }
  for (const i of images) {
    env[imageEnvName(i.target)] = `${i.location}@${i.digest}`
    env[`${imageEnvName(i.target)}_DIGEST`] = i.digest
  }
  return env
}
