/**
 * Retention (pure): which releases `prune --keep N` keeps, and what it deletes.
 *
 * Kept, per component (monolith, server, admin, storefront):
 *   newest      the N newest releases (by publish time, then release_id);
 *   current     what an environment runs: its newest successful deployment (any age);
 *   deployed    every release deployed successfully in any environment within the window;
 *   deploying   a deployment still in progress (no final state yet) names it;
 *   referenced  a kept release reuses its artifacts (artifacts[].release_id points at it), so
 *               deleting it would break the kept release's assets — transitively.
 * Every other release is pruned: its assets and release directory (or GitHub release and tag)
 * are deleted, unless it is immutable — then the release stays and only its images and image
 * tags (its pointers in the registry) are touched.
 *
 * Images of pruned releases, per image repository: a digest is deleted (OCI DELETE by digest,
 * which drops every tag on it) only when no tag other than pruned releases' tags points at it and
 * no kept release records it; otherwise only the pruned release's own tag is removed.
 */
import type { DeploymentRecord } from './model.js'
import { currentPointer, stateOf, succeeded } from './model.js'

export interface PruneImage {
  /** Where the release tag is: `HOST[:PORT]/REPOSITORY` or `oci:DIR` (release-manifest.json images[].location). */
  location: string
  digest: string
  /** The release tag (the release_id). */
  tag: string
}

export interface PruneRelease {
  release_id: string
  /** `monolith`, `server`, `admin`, `storefront`; `unknown` for a schema-1 release. */
  component: string
  /** When it was published (ISO 8601 UTC). */
  published_at: string
  immutable: boolean
  /** Releases holding files of its reused artifacts (artifacts[].release_id other than its own). */
  uses: string[]
  images: PruneImage[]
}

export interface PruneInput {
  releases: readonly PruneRelease[]
  /** Every deployment of every environment (DeploymentHistory.list(null)). */
  deployments: readonly DeploymentRecord[]
  /** How many of the newest releases of each component to keep (≥ 0). */
  keep: number
  /** Deployments newer than this many days keep their release. */
  windowDays: number
  /** The current time (ISO 8601). */
  now: string
  /** Per image location: every tag there and the digest it points at. */
  tags: ReadonlyMap<string, ReadonlyMap<string, string>>
}

export const KEEP_REASONS = ['newest', 'current', 'deployed', 'deploying', 'referenced'] as const
export type KeepReason = (typeof KEEP_REASONS)[number]

export interface KeptRelease {
  release_id: string
  component: string
  reasons: KeepReason[]
}

export interface PrunedRelease {
  release_id: string
  component: string
  published_at: string
  /** `delete`: the release and its assets go; `keep-immutable`: an immutable release stays, only its images are touched. */
  action: 'delete' | 'keep-immutable'
}

export interface ImageAction {
  location: string
  digest: string
  /** `delete-manifest`: DELETE by digest (its tags go with it). `untag`: remove `tag` only; kept tags still point at the digest. */
  action: 'delete-manifest' | 'untag'
  /** The pruned release tags on it (untag: the one to remove). */
  tags: string[]
  /** For untag: what keeps the digest (other tags, or a kept release). */
  kept_by: string[]
}

export interface PrunePlan {
  keep: KeptRelease[]
  prune: PrunedRelease[]
  images: ImageAction[]
}

const byNewest = (a: PruneRelease, b: PruneRelease) => (a.published_at !== b.published_at ? (a.published_at < b.published_at ? 1 : -1) : a.release_id < b.release_id ? -1 : a.release_id > b.release_id ? 1 : 0)

export function selectPrune(input: PruneInput): PrunePlan {
  if (!Number.isInteger(input.keep) || input.keep < 0) throw new RangeError(`keep must be a whole number ≥ 0, not ${input.keep}`)
  if (!(input.windowDays >= 0)) throw new RangeError(`the window must be ≥ 0 days, not ${input.windowDays}`)
  const now = Date.parse(input.now)
  if (Number.isNaN(now)) throw new RangeError(`now is not a time: ${input.now}`)
  const since = now - input.windowDays * 86_400_000
  const reasons = new Map<string, Set<KeepReason>>()
  const mark = (id: string, r: KeepReason) => {
    const set = reasons.get(id) ?? new Set<KeepReason>()
    set.add(r)
    reasons.set(id, set)
  }

  const byComponent = new Map<string, PruneRelease[]>()
  for (const r of input.releases) byComponent.set(r.component, [...(byComponent.get(r.component) ?? []), r])
  for (const list of byComponent.values()) for (const r of [...list].sort(byNewest).slice(0, input.keep)) mark(r.release_id, 'newest')

  const pairs = new Set(input.deployments.map((d) => JSON.stringify([d.environment, d.payload.component])))
  for (const p of pairs) {
    const [env, component] = JSON.parse(p) as [string, string]
    const pointer = currentPointer(input.deployments, env, component)
    if (pointer) mark(pointer.release_id, 'current')
  }
  for (const d of input.deployments) {
    const at = Date.parse(d.statuses.find((s) => s.state === 'success')?.at ?? d.created_at)
    if (succeeded(d) && !(at < since)) mark(d.payload.release_id, 'deployed')
    const state = stateOf(d)
    if (state === null || state === 'in_progress') mark(d.payload.release_id, 'deploying')
  }

  // Reused artifacts: a kept release keeps the releases that hold its files, transitively.
  const all = new Map(input.releases.map((r) => [r.release_id, r]))
  const queue = [...reasons.keys()]
  while (queue.length) {
    for (const used of all.get(queue.pop()!)?.uses ?? []) {
      if (used === undefined || !all.has(used)) continue
      const fresh = !reasons.has(used)
      mark(used, 'referenced')
      if (fresh) queue.push(used)
    }
  }

  const keep: KeptRelease[] = []
  const prune: PrunedRelease[] = []
  for (const r of [...input.releases].sort(byNewest)) {
    const why = reasons.get(r.release_id)
    if (why) keep.push({ release_id: r.release_id, component: r.component, reasons: KEEP_REASONS.filter((k) => why.has(k)) })
    else prune.push({ release_id: r.release_id, component: r.component, published_at: r.published_at, action: r.immutable ? 'keep-immutable' : 'delete' })
  }
  return { keep, prune, images: imageActions(input, new Set(prune.map((p) => p.release_id))) }
}

function imageActions(input: PruneInput, pruned: ReadonlySet<string>): ImageAction[] {
  // Digests kept releases record, per location: never deleted, whatever the tags say.
  const keptDigests = new Map<string, string[]>()
  for (const r of input.releases) {
    if (pruned.has(r.release_id)) continue
    for (const i of r.images) {
      const k = `${i.location}\n${i.digest}`
      keptDigests.set(k, [...(keptDigests.get(k) ?? []), `release ${r.release_id}`])
    }
  }
  const groups = new Map<string, { location: string; digest: string; tags: Set<string> }>()
  for (const r of input.releases) {
    if (!pruned.has(r.release_id)) continue
    for (const i of r.images) {
      const k = `${i.location}\n${i.digest}`
      const g = groups.get(k) ?? { location: i.location, digest: i.digest, tags: new Set<string>() }
      g.tags.add(i.tag)
      groups.set(k, g)
    }
  }
  const out: ImageAction[] = []
  for (const [k, g] of groups) {
    const tags = input.tags.get(g.location)
    // Unknown tags could hide a kept one: never guess (the adapter lists every location first).
    if (!tags) throw new Error(`the tags of ${g.location} are unknown: cannot tell whether a kept tag points at ${g.digest}`)
    const others = [...tags].filter(([tag, digest]) => digest === g.digest && !pruned.has(tag)).map(([tag]) => `tag ${tag}`)
    const keptBy = [...others.sort(), ...[...(keptDigests.get(k) ?? [])].sort()]
    const releaseTags = [...g.tags].sort()
    if (keptBy.length === 0) out.push({ location: g.location, digest: g.digest, action: 'delete-manifest', tags: releaseTags, kept_by: [] })
    else {
      // Only the pruned release tags that still point at this digest need removing.
      const present = releaseTags.filter((t) => tags.get(t) === g.digest)
      if (present.length) out.push({ location: g.location, digest: g.digest, action: 'untag', tags: present, kept_by: keptBy })
    }
  }
  return out.sort((a, b) => (a.location !== b.location ? (a.location < b.location ? -1 : 1) : a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0))
}
