/**
 * deploy and rollback: verify → deployment → re-point → hook → smoke, for a release that exists.
 * Never builds anything: a release's images are re-pointed by digest (retag = the manifest bytes,
 * whatever the image size), its files only read to verify them.
 *
 *   1. read release-manifest.json (release-not-found), verify every asset against SHA256SUMS
 *      (release-unverified) and every image digest where it was tagged (image-missing) — nothing
 *      moves when any check fails;
 *   2. create a deployment (GitHub Deployment or the local store), status in_progress;
 *   3. re-point the tag `<environment>` of every image at the release digest (deploy-pointer);
 *   4. run the deploy hook (deploy-hook);
 *   5. run the smoke checks when the environment has a URL (smoke-failed);
 *   6. success: status success (earlier ones inactive). Failure after the pointer moved: status
 *      failure, and the environment goes back to what it held before (the previously successful
 *      deployment) by the same path, as a deployment of kind auto-rollback (rollback-failed when
 *      that fails too).
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { compatPreflight } from './compat-preflight.js'
import type { CompatResult } from '../core/deploy/compat.js'
import type { DeployConfig } from '../core/config/deploy.js'
import type { DeploymentHistory } from '../core/deploy/history.js'
import { hookEnvironment, type DeployedImage, type DeploymentKind, type DeploymentPayload, type EnvironmentPointer } from '../core/deploy/model.js'
import { expectationOf, type SmokeReport } from '../core/deploy/smoke.js'
import { verifyReleaseFiles, type ReleaseFiles } from '../core/deploy/verify.js'
import { runHook, type HookResult } from '../adapters/process/hook.js'
import { runSmoke } from '../adapters/http/smoke.js'
import { openImageStore, type ImageStore } from '../adapters/oci/index.js'
import { imageLocation, type ImageDestination } from './images.js'
import type { ReleaseManifestV2 } from '../core/release/manifest.js'
import type { RuleId } from '../core/diagnostics/rules.js'

export interface DeployOptions {
  releaseId: string
  environment: string
  kind: Exclude<DeploymentKind, 'auto-rollback'>
  files: ReleaseFiles
  history: DeploymentHistory
  /** Where the images are: `where` null = where publish tagged them (images[].location). */
  images: ImageDestination
  config: DeployConfig
  /** Base URL of the smoke checks; null: none (the environment has no URL). */
  smokeUrl: string | null
  /** Where the hook runs (the repository root). */
  root: string
  /** The workflow run, for the deployment statuses. */
  logUrl: string | null
  log: (line: string) => void
  /** For messages: the release store. */
  where: string
  /** Headless: deploy a UI/server pair that breaks the version contract anyway, reporting disabled_ui_modules. */
  allowDegraded?: boolean
}

export interface MoveOutcome {
  kind: DeploymentKind
  release_id: string
  deployment_id: number | null
  ok: boolean
  /** Whether any environment tag was touched (false: the environment is as it was). */
  moved: boolean
  images: DeployedImage[]
  hook: HookResult | null
  smoke: SmokeReport | null
}

export interface DeployResult {
  ok: boolean
  /** deployed, refused (nothing moved), failed (moved and returned to the previous release, or nothing to return to), rollback-failed. */
  outcome: 'deployed' | 'refused' | 'failed' | 'rollback-failed'
  environment: string
  component: string | null
  release_id: string
  manifest_hash: string | null
  previous_release: string | null
  diagnostics: Diagnostic[]
  deployment: MoveOutcome | null
  /** The automatic return to the previous release, when the deployment failed after moving. */
  rollback: MoveOutcome | null
  /** Headless: the version contract checks against the environment's other components (app/compat-preflight.ts). */
  compat: CompatResult[]
  /** Headless, --allow-degraded: the UI modules to switch off until the versions align. */
  disabled_ui_modules: string[]
}

interface Prepared {
  manifest: ReleaseManifestV2
  targets: Array<{ image: ReleaseManifestV2['images'][number]; store: ImageStore; location: string }>
}

/** Reads and verifies a release; diagnostics when it cannot be deployed. */
async function prepare(o: DeployOptions, releaseId: string, diagnostics: Diagnostic[]): Promise<Prepared | null> {
  const err = (rule: RuleId, message: string, hint?: string) => diagnostics.push(diagnostic('error', rule, o.where, null, message, hint))
  let m
  try {
    m = await o.files.manifest(releaseId)
  } catch (e) {
    err('release-unverified', `release ${releaseId}: ${(e as Error).message}`)
    return null
  }
  if (m === null) {
    err('release-not-found', `release ${releaseId} is not in ${o.files.label}: never published, deleted or pruned`, 'Deploy a release that exists (modules-rebuild publish lists what it published); a pruned release cannot come back — publish again from its commit.')
    return null
  }
  if (m.schema !== 2) {
    err('release-unverified', `release ${releaseId}: its release-manifest.json is schema 1, which records neither assets nor images`, 'Publish the release again with this version of modules-rebuild.')
    return null
  }
  const problems = await verifyReleaseFiles(o.files, releaseId, m).catch((e: Error) => [e.message])
  for (const p of problems) err('release-unverified', `release ${releaseId}: ${p}`, 'The release changed after it was published, or is incomplete: do not deploy it; publish it again.')
  const targets: Prepared['targets'] = []
  for (const image of m.images) {
    const location = o.images.where === null ? image.location : imageLocation(image.repository, o.images)
    try {
      const store = await openImageStore(location, { cwd: o.images.cwd, ...(o.images.credentials && !location.startsWith('oci:') ? { credentials: o.images.credentials } : {}) })
      if (!(await store.exists(image.digest))) err('image-missing', `release ${releaseId}: image ${store.label}@${image.digest} (${image.target}) is not there any more`, 'Push the image again by digest, or deploy another release.')
      else targets.push({ image, store, location: store.label })
    } catch (e) {
      err('image-missing', `release ${releaseId}: image ${location}@${image.digest} (${image.target}) cannot be checked: ${(e as Error).message}`)
    }
  }
  return problems.length || targets.length !== m.images.length ? null : { manifest: m, targets }
}

/** Steps 2–6 for a prepared release; the deployment ends success or failure. */
async function move(o: DeployOptions, p: Prepared, kind: DeploymentKind, previous: EnvironmentPointer | null, rolledBackFrom: string | null, diagnostics: Diagnostic[]): Promise<MoveOutcome> {
  const m = p.manifest
  const err = (rule: RuleId, message: string, hint?: string) => diagnostics.push(diagnostic('error', rule, o.where, null, message, hint))
  const images: DeployedImage[] = p.targets.map((t) => ({ target: t.image.target, repository: t.image.repository, digest: t.image.digest, location: t.location }))
  const payload: DeploymentPayload = { tool: 'modules-rebuild', schema: 1, kind, release_id: m.release_id, component: m.component, manifest_hash: m.manifest_hash, images, previous_release: previous?.release_id ?? null, rolled_back_from: rolledBackFrom }
  const out: MoveOutcome = { kind, release_id: m.release_id, deployment_id: null, ok: false, moved: false, images, hook: null, smoke: null }
  const status = async (state: 'in_progress' | 'success' | 'failure', description: string) => {
    try {
      await o.history.setStatus(out.deployment_id!, { state, description, logUrl: o.logUrl, environmentUrl: o.smokeUrl })
      return true
    } catch (e) {
      err('deployment-record', `deployment ${out.deployment_id} of ${m.release_id} to ${o.environment}: cannot set status ${state}: ${(e as Error).message}`)
      return false
    }
  }
  try {
    const d = await o.history.create({ environment: o.environment, ref: m.release_id, payload, description: `${kind} ${m.release_id} (${m.component}) to ${o.environment}` })
    out.deployment_id = d.id
  } catch (e) {
    err('deployment-record', `cannot record the deployment of ${m.release_id} to ${o.environment} in ${o.history.label}: ${(e as Error).message}`, o.history.kind === 'github' ? 'The token needs `deployments: write`, and the release tag must exist.' : undefined)
    return out
  }
  if (!(await status('in_progress', `${kind} of ${m.release_id} started`))) {
    await status('failure', 'could not be started')
    return out
  }
  o.log(`${kind} ${m.release_id} → ${o.environment} (deployment ${out.deployment_id})`)
  for (const t of p.targets) {
    out.moved = true
    try {
      const got = await t.store.tag(t.image.digest, o.environment)
      if (got !== t.image.digest) throw new Error(`tagged ${got}, expected ${t.image.digest}`)
      o.log(`  ${t.store.label}:${o.environment} → ${got}`)
    } catch (e) {
      err('deploy-pointer', `${t.store.label}:${o.environment}: cannot point at ${t.image.digest}: ${(e as Error).message}`)
      await status('failure', `re-pointing ${o.environment} failed`)
      return out
    }
  }
  if (o.config.hook.length) {
    out.moved = true // the hook is the move of a release without images
    out.hook = await runHook(o.config.hook, { cwd: o.root, env: hookEnvironment(payload, o.environment, images), timeoutMs: o.config.hook_timeout * 1000, log: (l) => o.log(`  hook: ${l}`) })
    if (!out.hook.ok) {
      err('deploy-hook', `${kind} of ${m.release_id} to ${o.environment}: ${out.hook.message}`)
      await status('failure', out.hook.message)
      return out
    }
    o.log(`  ${out.hook.message}`)
  }
  if (o.smokeUrl) {
    const expected = expectationOf([m])
    out.smoke = await runSmoke({ baseUrl: o.smokeUrl, expected: typeof expected === 'string' ? null : expected, config: o.config.smoke })
    if (!out.smoke.ok) {
      for (const c of out.smoke.checks.filter((x) => !x.ok)) err('smoke-failed', `${kind} of ${m.release_id} to ${o.environment}: ${c.name} ${c.url}: ${c.message}`)
      await status('failure', `smoke checks failed: ${out.smoke.checks.filter((x) => !x.ok).map((x) => x.name).join(', ')}`)
      return out
    }
    o.log(`  smoke checks passed at ${o.smokeUrl}`)
  }
  out.ok = await status('success', `${kind === 'deploy' ? 'deployed' : 'rolled back to'} ${m.release_id}`)
  return out
}

export async function deploy(o: DeployOptions): Promise<DeployResult> {
  const diagnostics: Diagnostic[] = []
  const result = (outcome: DeployResult['outcome'], extra: Partial<DeployResult> = {}): DeployResult => ({ ok: outcome === 'deployed', outcome, environment: o.environment, component: null, release_id: o.releaseId, manifest_hash: null, previous_release: null, diagnostics, deployment: null, rollback: null, compat: [], disabled_ui_modules: [], ...extra })
  const p = await prepare(o, o.releaseId, diagnostics)
  if (!p) return result('refused')
  const component = p.manifest.component
  let previous: EnvironmentPointer | null
  try {
    previous = await o.history.current(o.environment, component)
  } catch (e) {
    diagnostics.push(diagnostic('error', 'deployment-record', o.where, null, `cannot read the deployments of ${o.environment} in ${o.history.label}: ${(e as Error).message}`))
    return result('refused', { component, manifest_hash: p.manifest.manifest_hash })
  }
  const base: Partial<DeployResult> = { component, manifest_hash: p.manifest.manifest_hash, previous_release: previous?.release_id ?? null }
  // Headless: the version contract with what the environment runs of the other components.
  const compat = await compatPreflight({ manifest: p.manifest, environment: o.environment, history: o.history, files: o.files, allowDegraded: o.allowDegraded === true, where: o.where }).catch((e: Error) => ({ checks: [], disabled_ui_modules: [], notes: [], diagnostics: [diagnostic('error', 'incompatible-release', o.where, null, `cannot check the version contract of ${o.releaseId} in ${o.environment}: ${e.message}`)] }))
  for (const n of compat.notes) o.log(n)
  diagnostics.push(...compat.diagnostics)
  if (compat.diagnostics.length) return result('refused', { ...base, compat: compat.checks })
  Object.assign(base, { compat: compat.checks, disabled_ui_modules: compat.disabled_ui_modules })
  const moved = await move(o, p, o.kind, previous, null, diagnostics)
  if (moved.ok) return result('deployed', { ...base, deployment: moved })
  if (!moved.moved) return result('refused', { ...base, deployment: moved })
  if (!previous) {
    o.log(`${o.environment} held no earlier release of ${component}: nothing to return to`)
    return result('failed', { ...base, deployment: moved })
  }
  o.log(`returning ${o.environment} to ${previous.release_id} (deployment ${previous.deployment_id})`)
  const back = await prepare(o, previous.release_id, diagnostics)
  const rollback = back ? await move(o, back, 'auto-rollback', previous, o.releaseId, diagnostics) : { kind: 'auto-rollback' as const, release_id: previous.release_id, deployment_id: null, ok: false, moved: false, images: [], hook: null, smoke: null }
  if (!rollback.ok) diagnostics.push(diagnostic('error', 'rollback-failed', o.where, null, `${o.environment}: the return to ${previous.release_id} failed too; the environment needs a hand`, `modules-rebuild rollback --to ${previous.release_id} --environment ${o.environment} once the cause is fixed.`))
  return result(rollback.ok ? 'failed' : 'rollback-failed', { ...base, deployment: moved, rollback })
}

/**
 * Nothing moved. With a deployment on record it was started and failed before any image tag or
 * hook changed the environment (e.g. the smoke checks of a release without images and hook).
 */
export function refusedText(r: DeployResult, kind: 'deploy' | 'rollback'): string {
  const id = r.deployment?.deployment_id
  return id != null ? `${kind} of ${r.release_id} failed before anything moved: ${r.environment} was not changed (deployment ${id})` : `${kind} refused: ${r.environment} was not changed`
}
