/**
 * The retention selection (src/core/deploy/prune.ts): examples, and properties over random release
 * sets, deployment histories and registry tags — a kept or deployed release is never pruned, and
 * no image digest a kept tag or kept release points at is ever deleted.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { currentPointer, type DeploymentRecord, type DeploymentState } from '../src/core/deploy/model.js'
import { selectPrune, type PruneInput, type PruneRelease } from '../src/core/deploy/prune.js'

const D = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString()
const NOW = day(100)

function rel(id: string, published: number, over: Partial<PruneRelease> = {}): PruneRelease {
  return { release_id: id, component: 'monolith', published_at: day(published), immutable: false, uses: [], images: [{ location: 'reg/shop', digest: D(published), tag: id }], ...over }
}

let nextId = 1
function deployment(env: string, release: string, component: string, at: number, states: DeploymentState[]): DeploymentRecord {
  return {
    id: nextId++,
    environment: env,
    ref: release,
    payload: { tool: 'modules-rebuild', schema: 1, kind: 'deploy', release_id: release, component, manifest_hash: 'sha256:' + 'a'.repeat(64), images: [], previous_release: null, rolled_back_from: null },
    creator: 'octo',
    description: '',
    created_at: day(at),
    statuses: states.map((state) => ({ state, description: '', at: day(at), log_url: null, environment_url: null }))
  }
}

const tagsOf = (releases: PruneRelease[], extra: Array<[string, string]> = []) => new Map([['reg/shop', new Map<string, string>([...releases.flatMap((r) => r.images.map((i) => [i.tag, i.digest] as [string, string])), ...extra])]])

describe('selectPrune: examples', () => {
  it('keeps the newest N, the current and recently deployed releases, and what they reuse; deletes the rest and their images', () => {
    const releases = [rel('r1', 1), rel('r2', 2), rel('r3', 3), rel('r4', 4, { uses: ['r1'] }), rel('r5', 5), rel('r6', 6)]
    const deployments = [deployment('production', 'r2', 'monolith', 2, ['in_progress', 'success', 'inactive']), deployment('production', 'r3', 'monolith', 95, ['in_progress', 'success'])]
    const plan = selectPrune({ releases, deployments, keep: 2, windowDays: 30, now: NOW, tags: tagsOf(releases, [['production', D(3)]]) })
    expect(plan.keep).toEqual([
      { release_id: 'r6', component: 'monolith', reasons: ['newest'] },
      { release_id: 'r5', component: 'monolith', reasons: ['newest'] },
      { release_id: 'r3', component: 'monolith', reasons: ['current', 'deployed'] }
    ])
    // r2 was deployed 98 days ago (outside the 30-day window) and is no longer current; r4 is not
    // kept, so what it reuses from r1 does not keep r1.
    expect(plan.prune.map((p) => [p.release_id, p.action])).toEqual([
      ['r4', 'delete'],
      ['r2', 'delete'],
      ['r1', 'delete']
    ])
    expect(plan.images.map((i) => [i.digest, i.action, i.tags])).toEqual([
      [D(1), 'delete-manifest', ['r1']],
      [D(2), 'delete-manifest', ['r2']],
      [D(4), 'delete-manifest', ['r4']]
    ])
  })

  it('an immutable release stays (only its images go); a digest under a kept tag is only untagged', () => {
    const releases = [rel('old', 1, { immutable: true }), rel('mid', 2, { images: [{ location: 'reg/shop', digest: D(9), tag: 'mid' }] }), rel('new', 3, { images: [{ location: 'reg/shop', digest: D(9), tag: 'new' }] })]
    const plan = selectPrune({ releases, deployments: [], keep: 1, windowDays: 30, now: NOW, tags: tagsOf(releases, [['latest', D(1)]]) })
    expect(plan.prune.map((p) => [p.release_id, p.action])).toEqual([
      ['mid', 'delete'],
      ['old', 'keep-immutable']
    ])
    expect(plan.images).toEqual([
      { location: 'reg/shop', digest: D(1), action: 'untag', tags: ['old'], kept_by: ['tag latest'] },
      { location: 'reg/shop', digest: D(9), action: 'untag', tags: ['mid'], kept_by: ['tag new', 'release new'] }
    ])
  })

  it('a kept release reusing artifacts keeps their release, transitively; an in-progress deployment keeps its release', () => {
    const releases = [rel('a', 1), rel('b', 2, { uses: ['a'] }), rel('c', 3, { uses: ['b'] }), rel('d', 4)]
    const plan = selectPrune({ releases, deployments: [deployment('staging', 'd', 'monolith', 99, ['in_progress'])], keep: 0, windowDays: 30, now: NOW, tags: tagsOf(releases) })
    expect(plan.keep.map((k) => [k.release_id, k.reasons])).toEqual([['d', ['deploying']]])
    const plan2 = selectPrune({ releases, deployments: [], keep: 1, windowDays: 30, now: NOW, tags: tagsOf(releases) })
    expect(plan2.keep.map((k) => k.release_id)).toEqual(['d'])
    const plan3 = selectPrune({ releases: releases.map((r) => (r.release_id === 'd' ? { ...r, uses: ['c'] } : r)), deployments: [], keep: 1, windowDays: 30, now: NOW, tags: tagsOf(releases) })
    expect(plan3.keep.map((k) => [k.release_id, k.reasons])).toEqual([
      ['d', ['newest']],
      ['c', ['referenced']],
      ['b', ['referenced']],
      ['a', ['referenced']]
    ])
  })

  it('keeps N per component (headless: server, admin and storefront each keep their own)', () => {
    const releases = [rel('s1', 1, { component: 'server' }), rel('s2', 2, { component: 'server' }), rel('a1', 3, { component: 'admin' })]
    expect(selectPrune({ releases, deployments: [], keep: 1, windowDays: 0, now: NOW, tags: tagsOf(releases) }).prune.map((p) => p.release_id)).toEqual(['s1'])
  })

  it('refuses to plan image deletions without the tags of their location, and nonsense counts', () => {
    const releases = [rel('r1', 1), rel('r2', 2)]
    expect(() => selectPrune({ releases, deployments: [], keep: 1, windowDays: 1, now: NOW, tags: new Map() })).toThrow(/tags of reg\/shop are unknown/)
    expect(() => selectPrune({ releases, deployments: [], keep: -1, windowDays: 1, now: NOW, tags: new Map() })).toThrow(RangeError)
    expect(() => selectPrune({ releases, deployments: [], keep: 1.5, windowDays: 1, now: NOW, tags: new Map() })).toThrow(RangeError)
  })
})

const STATES: DeploymentState[] = ['in_progress', 'success', 'failure', 'error', 'inactive']
const COMPONENTS = ['monolith', 'server', 'admin']
const LOCATIONS = ['reg/a', 'reg/b']

const inputArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    keep: fc.integer({ min: 0, max: 4 }),
    windowDays: fc.integer({ min: 0, max: 120 }),
    seed: fc.array(fc.record({ component: fc.constantFrom(...COMPONENTS), day: fc.integer({ min: 0, max: 100 }), immutable: fc.boolean(), uses: fc.array(fc.nat(11), { maxLength: 2 }), images: fc.array(fc.record({ location: fc.constantFrom(...LOCATIONS), digest: fc.integer({ min: 0, max: 6 }) }), { maxLength: 2 }) }), { minLength: 12, maxLength: 12 }),
    deployments: fc.array(fc.record({ env: fc.constantFrom('production', 'staging'), release: fc.nat(11), day: fc.integer({ min: 0, max: 100 }), states: fc.array(fc.constantFrom(...STATES), { maxLength: 3 }) }), { maxLength: 8 }),
    extraTags: fc.array(fc.record({ location: fc.constantFrom(...LOCATIONS), tag: fc.constantFrom('production', 'staging', 'latest', 'r0', 'r3'), digest: fc.integer({ min: 0, max: 6 }) }), { maxLength: 4 }),
    dropTag: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })
  })
  .map((x): PruneInput => {
    const releases: PruneRelease[] = x.seed.slice(0, x.n).map((s, i) => ({
      release_id: `r${i}`,
      component: s.component,
      published_at: day(s.day),
      immutable: s.immutable,
      uses: s.uses.filter((u) => u < x.n && u !== i).map((u) => `r${u}`),
      images: s.images.map((im) => ({ location: im.location, digest: D(im.digest), tag: `r${i}` }))
    }))
    const deployments = x.deployments.filter((d) => d.release < x.n).map((d) => deployment(d.env, `r${d.release}`, releases[d.release]!.component, d.day, d.states))
    const tags = new Map(LOCATIONS.map((l) => [l, new Map<string, string>()]))
    releases.forEach((r, i) => {
      for (const im of r.images) if (!x.dropTag[i]) tags.get(im.location)!.set(im.tag, im.digest)
    })
    for (const t of x.extraTags) tags.get(t.location)!.set(t.tag, D(t.digest))
    return { releases, deployments, keep: x.keep, windowDays: x.windowDays, now: NOW, tags }
  })

describe('selectPrune: properties', () => {
  it('never prunes a kept, current, recently deployed, deploying or reused release; never deletes a digest a kept tag or kept release points at', () => {
    // How often each conditional invariant below was actually checked: none may be vacuous.
    const checked = { pointer: 0, recent: 0, deploying: 0, reused: 0, deletedDigest: 0 }
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = selectPrune(input)
        const pruned = new Set(plan.prune.map((p) => p.release_id))
        const kept = new Set(plan.keep.map((k) => k.release_id))
        // A partition of the releases.
        expect(pruned.size + kept.size).toBe(input.releases.length)
        for (const id of pruned) expect(kept.has(id)).toBe(false)
        // The newest N of every component.
        for (const c of COMPONENTS) {
          const newest = input.releases.filter((r) => r.component === c).sort((a, b) => (a.published_at !== b.published_at ? (a.published_at < b.published_at ? 1 : -1) : a.release_id < b.release_id ? -1 : 1)).slice(0, input.keep)
          for (const r of newest) expect(pruned.has(r.release_id)).toBe(false)
        }
        // Whatever an environment runs, was deployed within the window, or is being deployed.
        const since = Date.parse(NOW) - input.windowDays * 86_400_000
        for (const d of input.deployments) {
          const pointer = currentPointer(input.deployments, d.environment, d.payload.component)
          if (pointer) {
            checked.pointer++
            expect(pruned.has(pointer.release_id)).toBe(false)
          }
          const ok = d.statuses.find((s) => s.state === 'success')
          if (ok && Date.parse(ok.at) >= since) {
            checked.recent++
            expect(pruned.has(d.payload.release_id)).toBe(false)
          }
          const last = d.statuses.at(-1)?.state
          if (last === undefined || last === 'in_progress') {
            checked.deploying++
            expect(pruned.has(d.payload.release_id)).toBe(false)
          }
        }
        // Releases a kept one reuses.
        for (const r of input.releases)
          if (!pruned.has(r.release_id))
            for (const u of r.uses) {
              checked.reused++
              expect(pruned.has(u)).toBe(false)
            }
        // Images: a deleted digest has no tag but pruned releases' tags, and no kept release records it.
        for (const a of plan.images) {
          if (a.action !== 'delete-manifest') continue
          checked.deletedDigest++
          for (const [tag, digest] of input.tags.get(a.location)!) if (digest === a.digest) expect(pruned.has(tag)).toBe(true)
          for (const r of input.releases) if (!pruned.has(r.release_id)) expect(r.images.some((i) => i.location === a.location && i.digest === a.digest)).toBe(false)
        }
        // Every pruned release tag still on its digest is handled (deleted with it or untagged).
        for (const r of input.releases) {
          if (!pruned.has(r.release_id)) continue
          for (const i of r.images) {
            if (input.tags.get(i.location)!.get(i.tag) !== i.digest) continue
            expect(plan.images.some((a) => a.location === i.location && a.digest === i.digest && a.tags.includes(i.tag))).toBe(true)
          }
        }
      }),
      { numRuns: 400 }
    )
    for (const [premise, n] of Object.entries(checked)) expect([premise, n > 0]).toEqual([premise, true])
  })

  it('is deterministic: the same input gives the same plan whatever the order of releases', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, releases: [...input.releases].reverse() }
        expect(selectPrune(reversed)).toEqual(selectPrune(input))
      }),
      { numRuns: 100 }
    )
  })
})
