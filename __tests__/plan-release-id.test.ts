// release_id grammar: valid as a git tag and an OCI tag, deterministic, readable.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { RELEASE_PREFIX_PATTERN } from '../src/core/config/plan.js'
import { planComponents, type KeyedTarget, type TargetSpec } from '../src/core/plan/plan.js'
import { defaultPrefix, RELEASE_ID_PATTERN, releaseId, sanitizePrefix } from '../src/core/plan/release-id.js'
import { PROFILES } from '../src/core/values/values.js'

const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const key = fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`)
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), fc.constantFrom('', '.', '..', '-x', 'a..b', 'x.lock', 'rustok-server', 'ü', '../../etc', 'a/b', '@{', 'x.'))

const validTag = (id: string) => {
  try {
    execFileSync('git', ['check-ref-format', `refs/tags/${id}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function keyed(targets: Array<'server' | 'admin' | 'storefront'>, embed: { admin: boolean; storefront: boolean }, keys: string[]): Map<'server' | 'admin' | 'storefront', KeyedTarget> {
  const out = new Map<'server' | 'admin' | 'storefront', KeyedTarget>()
  targets.forEach((t, i) => {
    const spec = { target: t, embeddedIn: t !== 'server' && targets.includes('server') && embed[t] ? 'server' : null } as TargetSpec
    out.set(t, { spec, inputs: {} as KeyedTarget['inputs'], key: keys[i]! })
  })
  return out
}

describe('release_id', () => {
  it('any prefix, label and parts give an id in the grammar (≤ 128, git tag, OCI tag)', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.dictionary(fc.string(), key), (prefix, label, parts) => {
        const id = releaseId(prefix, label, parts)
        expect(id).toMatch(RELEASE_ID_PATTERN)
        expect(id).toMatch(OCI_TAG)
        expect(id.length).toBeLessThanOrEqual(128)
        expect(id).not.toMatch(/\.\.|\.lock$|\.$/)
        expect(releaseId(prefix, label, parts)).toBe(id)
      }),
      { numRuns: 500 }
    )
  })

  it('git itself accepts them as tag names', () => {
    const samples = fc.sample(fc.tuple(anyText, anyText, fc.dictionary(fc.string(), key)), { numRuns: 60, seed: 7 })
    const rejected = samples.map(([prefix, label, parts]) => releaseId(prefix, label, parts)).filter((id) => !validTag(id))
    expect(rejected).toEqual([])
  })

  it('random profiles and build keys: every component id and the release_id are valid and deterministic; other keys → other ids', () => {
    const targets = fc.subarray(['server', 'admin', 'storefront'] as const, { minLength: 1 })
    fc.assert(
      fc.property(anyText, fc.constantFrom(...PROFILES), targets, fc.record({ admin: fc.boolean(), storefront: fc.boolean() }), fc.array(key, { minLength: 3, maxLength: 3 }), key, (prefix, profile, ts, embed, keys, other) => {
        const a = planComponents(keyed([...ts], embed, keys), profile, sanitizePrefix(prefix))
        const b = planComponents(keyed([...ts], embed, keys), profile, sanitizePrefix(prefix))
        expect(b).toEqual(a)
        for (const id of [a.releaseId, ...a.components.map((c) => c.release_id)]) {
          expect(id).toMatch(RELEASE_ID_PATTERN)
          expect(id.length).toBeLessThanOrEqual(128)
        }
        expect(a.components.flatMap((c) => c.targets).sort()).toEqual([...ts].sort())
        const changed = [...keys]
        if (changed[0] === other) return
        changed[0] = other
        expect(planComponents(keyed([...ts], embed, changed), profile, sanitizePrefix(prefix)).releaseId).not.toBe(a.releaseId)
      }),
      { numRuns: 300 }
    )
  })

  it('the profile is part of the id', () => {
    const ks = keyed(['server'], { admin: false, storefront: false }, ['sha256:' + 'a'.repeat(64)])
    expect(planComponents(ks, 'monolith', 'p').releaseId).not.toBe(planComponents(ks, 'headless', 'p').releaseId)
  })

  it('is readable: prefix, label, 12 hex', () => {
    expect(defaultPrefix('rustok-server')).toBe('rustok')
    expect(defaultPrefix('shop')).toBe('shop')
    expect(releaseId('rustok', 'monolith', { a: 'b' })).toMatch(/^rustok-monolith-[0-9a-f]{12}$/)
    expect(sanitizePrefix('../../etc/passwd')).toBe('etc-passwd')
    expect(sanitizePrefix('')).toBe('release')
    expect(sanitizePrefix('x'.repeat(300))).toHaveLength(64)
  })

  it('sanitizePrefix is idempotent and keeps valid prefixes', () => {
    fc.assert(fc.property(anyText, (p) => expect(sanitizePrefix(sanitizePrefix(p))).toBe(sanitizePrefix(p))))
    expect(sanitizePrefix('rustok.v2_x-y')).toBe('rustok.v2_x-y')
  })

  it('a prefix [plan] release_prefix accepts is used as it is', () => {
    const pattern = new RegExp(RELEASE_PREFIX_PATTERN)
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/), (p) => {
        // fc.pre, not if: fast-check fails the property when too few generated prefixes qualify.
        fc.pre(pattern.test(p))
        expect(sanitizePrefix(p)).toBe(p)
      }),
      { numRuns: 2000 }
    )
    expect(pattern.test('rustok.v2')).toBe(true)
    for (const bad of ['-x', '.x', 'x.', 'a..b', '']) expect(pattern.test(bad)).toBe(false)
  })
})
