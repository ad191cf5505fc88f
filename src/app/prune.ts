/**
 * `prune --keep N`: reads every release (a local store or GitHub releases), the deployment history
 * of every environment and the tags of every image repository the releases name, lets the pure
 * selection (core/deploy/prune.ts) decide, and — unless it is a dry run — carries the plan out:
 * images first (a digest by DELETE, or one release tag), then the releases. In that order an
 * interrupted prune is finished by the next one: a release whose images are already gone is
 * still listed and deleted; the reverse would orphan images nothing lists any more.
 */
import type { DeploymentHistory } from '../core/deploy/history.js'
export type { ListedRelease, ReleaseCatalog, ReleaseDeletion } from '../core/deploy/catalog.js'
import { selectPrune, type PruneImage, type PrunePlan, type PruneRelease } from '../core/deploy/prune.js'
import { OciError, openImageStore, type ImageStore, type RegistryCredentials } from '../adapters/oci/index.js'
import type { ReleaseCatalog, ListedRelease } from '../core/deploy/catalog.js'
import { imageLocation } from './images.js'

export interface PruneOptions {
  releases: ReleaseCatalog
  history: DeploymentHistory
  keep: number
  windowDays: number
  dryRun: boolean
  now: () => Date
  /** Where the images are: null = where publish tagged them (release-manifest.json images[].location); else as `publish --registry/--images`. */
  images: { where: string | null; cwd: string; credentials?: RegistryCredentials }
}

export type ImageOutcome = 'deleted' | 'untagged' | 'gone' | 'unsupported' | 'failed' | 'planned'
export type ReleaseOutcome = 'deleted' | 'immutable' | 'gone' | 'failed' | 'planned'

export interface PruneResult {
  ok: boolean
  dry_run: boolean
  source: { kind: 'local' | 'github'; label: string }
  plan: PrunePlan
  releases: Array<{ release_id: string; outcome: ReleaseOutcome; message: string | null }>
  images: Array<{ location: string; digest: string; action: 'delete-manifest' | 'untag'; tags: string[]; outcome: ImageOutcome; message: string | null }>
  notes: string[]
}

export async function prune(o: PruneOptions): Promise<PruneResult> {
  const listed = await o.releases.list()
  const deployments = await o.history.list(null)
  const releases = listed.map((l) => pruneRelease(l, o.images))
  const stores = new Map<string, ImageStore>()
  const open = async (location: string) => {
    let s = stores.get(location)
    if (!s) {
      s = await openImageStore(location, { cwd: o.images.cwd, ...(o.images.credentials && !location.startsWith('oci:') ? { credentials: o.images.credentials } : {}) })
      stores.set(location, s)
    }
    return s
  }
  // The tags of every repository an image of any release is in: a kept tag anywhere protects its digest.
  const tags = new Map<string, Map<string, string>>()
  for (const location of new Set(releases.flatMap((r) => r.images.map((i) => i.location)))) {
    const store = await open(location)
    const map = new Map<string, string>()
    for (const tag of await store.listTags()) {
      const digest = await store.resolve(tag)
      if (digest) map.set(tag, digest)
    }
    tags.set(location, map)
  }
  const plan = selectPrune({ releases, deployments, keep: o.keep, windowDays: o.windowDays, now: o.now().toISOString(), tags })
  const notes: string[] = []
  const immutable = plan.prune.filter((p) => p.action === 'keep-immutable').map((p) => p.release_id)
  if (immutable.length) notes.push(`immutable release(s) stay: ${immutable.join(', ')} — only their images and image tags are pruned`)
  const result: PruneResult = { ok: true, dry_run: o.dryRun, source: { kind: o.releases.kind, label: o.releases.label }, plan, releases: [], images: [], notes }
  if (o.dryRun) {
    result.images = plan.images.map((a) => ({ location: a.location, digest: a.digest, action: a.action, tags: a.tags, outcome: 'planned', message: null }))
    result.releases = plan.prune.map((p) => ({ release_id: p.release_id, outcome: p.action === 'delete' ? 'planned' : 'immutable', message: p.action === 'delete' ? null : 'immutable: the release stays' }))
    return result
  }

  const failedDigests = new Set<string>()
  for (const a of plan.images) {
    const store = await open(a.location)
    const entry = { location: a.location, digest: a.digest, action: a.action, tags: a.tags }
    try {
      if (a.action === 'delete-manifest') {
        result.images.push({ ...entry, outcome: (await store.deleteManifest(a.digest)) ? 'deleted' : 'gone', message: null })
      } else {
        let untagged = 0
        for (const t of a.tags) if (await store.deleteTag(t)) untagged++
        result.images.push({ ...entry, outcome: untagged ? 'untagged' : 'gone', message: null })
      }
    } catch (err) {
      const unsupported = err instanceof OciError && err.code === 'UNSUPPORTED'
      if (a.action === 'untag' && unsupported) {
        result.images.push({ ...entry, outcome: 'unsupported', message: `the registry cannot delete tags; ${a.tags.join(', ')} stay on ${a.digest}, which ${a.kept_by.join(', ')} keep(s) anyway` })
      } else {
        result.ok = false
        failedDigests.add(`${a.location}\n${a.digest}`)
        result.images.push({ ...entry, outcome: 'failed', message: (err as Error).message })
      }
    }
  }
  for (const p of plan.prune) {
    if (p.action === 'keep-immutable') {
      result.releases.push({ release_id: p.release_id, outcome: 'immutable', message: 'immutable: the release stays; its images were pruned' })
      continue
    }
    // An image that could not be deleted keeps its release, so the next prune retries both.
    const own = releases.find((r) => r.release_id === p.release_id)!
    if (own.images.some((i) => failedDigests.has(`${i.location}\n${i.digest}`))) {
      result.releases.push({ release_id: p.release_id, outcome: 'failed', message: 'kept: an image of it could not be deleted (see images)' })
      continue
    }
    try {
      const r = await o.releases.delete(p.release_id)
      result.releases.push({ release_id: p.release_id, outcome: r.outcome, message: r.outcome === 'immutable' ? r.message : null })
    } catch (err) {
      result.ok = false
      result.releases.push({ release_id: p.release_id, outcome: 'failed', message: (err as Error).message })
    }
  }
  const refused = result.releases.filter((r) => r.outcome === 'immutable' && !immutable.includes(r.release_id)).map((r) => r.release_id)
  if (refused.length) notes.push(`${o.releases.label} refused to delete ${refused.join(', ')} (immutable): only their images and image tags were pruned`)
  return result
}

/** What the selection needs of a release. */
function pruneRelease(l: ListedRelease, dest: PruneOptions['images']): PruneRelease {
  const m = l.manifest
  const uses = [...new Set(m.artifacts.map((a) => a.release_id).filter((id): id is string => typeof id === 'string' && id !== m.release_id))]
  const images: PruneImage[] = m.schema === 2 ? m.images.map((i) => ({ location: dest.where === null ? i.location : imageLocation(i.repository, { where: dest.where, cwd: dest.cwd }), digest: i.digest, tag: i.tag })) : []
  return { release_id: m.release_id, component: m.schema === 2 ? m.component : 'unknown', published_at: l.published_at, immutable: l.immutable, uses, images }
}

/** The JSON fields of a prune report (README "Retention"). */
export function pruneJson(r: PruneResult, keep: number, windowDays: number): Record<string, unknown> {
  return { dry_run: r.dry_run, source: r.source, keep_newest: keep, window_days: windowDays, keep: r.plan.keep, prune: r.plan.prune, releases: r.releases, images: r.images, notes: r.notes }
}

/** The text report: the plan (dry run) or what was done, one line per release and image action. */
export function pruneText(r: PruneResult, keep: number, windowDays: number): string {
  const lines = [`prune${r.dry_run ? ' (dry run: nothing deleted)' : ''}: ${r.source.label} — keep the ${keep} newest per component and what was deployed within ${windowDays} days`]
  for (const k of r.plan.keep) lines.push(`  keep    ${k.release_id} (${k.component}): ${k.reasons.join(', ')}`)
  for (const p of r.releases) {
    const planned = r.plan.prune.find((x) => x.release_id === p.release_id)
    const verb = r.dry_run ? (p.outcome === 'immutable' ? 'stays' : 'delete') : p.outcome
    lines.push(`  ${verb.padEnd(7)} ${p.release_id} (${planned?.component ?? '?'}, published ${planned?.published_at ?? '?'})${p.message ? `: ${p.message}` : ''}`)
  }
  for (const i of r.images) {
    const what = i.action === 'delete-manifest' ? `delete ${i.location}@${i.digest} (tags ${i.tags.join(', ')})` : `untag ${i.tags.map((t) => `${i.location}:${t}`).join(', ')} (${i.digest} stays)`
    lines.push(`  image   ${what}${r.dry_run ? '' : `: ${i.outcome}`}${i.message ? ` — ${i.message}` : ''}`)
  }
  if (r.plan.prune.length === 0) lines.push('  nothing to prune')
  for (const n of r.notes) lines.push(`note: ${n}`)
  return lines.join('\n')
}
