import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import semver from 'semver'
import {
  isCargoVersion,
  MAX_COMPARATORS,
  parseCargoReq,
  parseCargoVersion,
  satisfiesCargo
} from '../src/core/manifest/cargo-semver.js'

/** [Cargo requirement, expected npm text, versions that match, versions that don't] */
type Row = [string, string, string[], string[]]

// The Cargo book, "Specifying Dependencies": each example with its stated meaning.
const caret: Row[] = [
  ['^1.2.3', '>=1.2.3 <2.0.0-0', ['1.2.3', '1.2.4', '1.3.0', '1.99.99'], ['1.2.2', '2.0.0', '0.9.9']],
  ['^1.2', '>=1.2.0 <2.0.0-0', ['1.2.0', '1.3.0', '1.9.9'], ['1.1.9', '2.0.0']],
  ['^1', '>=1.0.0 <2.0.0-0', ['1.0.0', '1.9.9'], ['0.9.9', '2.0.0']],
  ['^0.2.3', '>=0.2.3 <0.3.0-0', ['0.2.3', '0.2.9'], ['0.2.2', '0.3.0', '1.0.0']],
  ['^0.2', '>=0.2.0 <0.3.0-0', ['0.2.0', '0.2.9'], ['0.1.9', '0.3.0']],
  ['^0.0.3', '>=0.0.3 <0.0.4-0', ['0.0.3'], ['0.0.2', '0.0.4', '0.1.3']],
  ['^0.0', '>=0.0.0 <0.1.0-0', ['0.0.0', '0.0.9'], ['0.1.0', '1.0.0']],
  ['^0', '>=0.0.0 <1.0.0-0', ['0.0.0', '0.9.9'], ['1.0.0']],
  // no operator = caret
  ['1.2.3', '>=1.2.3 <2.0.0-0', ['1.2.3', '1.5.0'], ['1.2.2', '2.0.0']],
  ['0.2', '>=0.2.0 <0.3.0-0', ['0.2.5'], ['0.3.0']],
  ['0.0.3', '>=0.0.3 <0.0.4-0', ['0.0.3'], ['0.0.4']]
]

const tilde: Row[] = [
  ['~1.2.3', '>=1.2.3 <1.3.0-0', ['1.2.3', '1.2.9'], ['1.2.2', '1.3.0']],
  ['~1.2', '>=1.2.0 <1.3.0-0', ['1.2.0', '1.2.9'], ['1.1.9', '1.3.0']],
  ['~1', '>=1.0.0 <2.0.0-0', ['1.0.0', '1.5.0'], ['0.9.0', '2.0.0']],
  ['~0.2.3', '>=0.2.3 <0.3.0-0', ['0.2.3', '0.2.8'], ['0.3.0']],
  ['~0', '>=0.0.0 <1.0.0-0', ['0.0.0', '0.9.0'], ['1.0.0']]
]

const wildcard: Row[] = [
  ['*', '>=0.0.0', ['0.0.0', '1.2.3', '999.0.0'], ['1.0.0-alpha']],
  ['1.*', '>=1.0.0 <2.0.0-0', ['1.0.0', '1.9.0'], ['0.9.0', '2.0.0']],
  ['1.2.*', '>=1.2.0 <1.3.0-0', ['1.2.0', '1.2.9'], ['1.3.0', '1.1.0']],
  ['1.*.*', '>=1.0.0 <2.0.0-0', ['1.3.4'], ['2.0.0']],
  // the crate also accepts x / X as wildcards
  ['x', '>=0.0.0', ['3.0.0'], []],
  ['1.x', '>=1.0.0 <2.0.0-0', ['1.5.0'], ['2.0.0']],
  ['1.2.X', '>=1.2.0 <1.3.0-0', ['1.2.7'], ['1.3.0']],
  // a wildcard after an explicit operator keeps the operator
  ['>=1.*', '>=1.0.0', ['1.0.0', '7.0.0'], ['0.9.9']],
  ['^1.*', '>=1.0.0 <2.0.0-0', ['1.4.0'], ['2.0.0']]
]

const comparison: Row[] = [
  ['>= 1.2.0', '>=1.2.0', ['1.2.0', '2.0.0'], ['1.1.9']],
  ['> 1', '>=2.0.0', ['2.0.0', '3.1.0'], ['1.0.0', '1.9.9']],
  ['>1.2', '>=1.3.0', ['1.3.0'], ['1.2.0', '1.2.9']],
  ['>1.2.3', '>1.2.3', ['1.2.4', '2.0.0'], ['1.2.3']],
  ['< 2', '<2.0.0-0', ['1.9.9', '0.0.0'], ['2.0.0']],
  ['<1.2', '<1.2.0-0', ['1.1.9'], ['1.2.0']],
  ['<1.2.3', '<1.2.3', ['1.2.2'], ['1.2.3']],
  ['<=1', '<2.0.0-0', ['1.0.0', '1.9.9'], ['2.0.0']],
  ['<=1.2', '<1.3.0-0', ['1.2.9'], ['1.3.0']],
  ['<=1.2.3', '<=1.2.3', ['1.2.3'], ['1.2.4']],
  ['= 1.2.3', '1.2.3', ['1.2.3', '1.2.3+build.7'], ['1.2.4', '1.2.2']],
  // partial exact: a prefix match
  ['=1.2', '>=1.2.0 <1.3.0-0', ['1.2.0', '1.2.9'], ['1.3.0', '1.1.0']],
  ['=1', '>=1.0.0 <2.0.0-0', ['1.9.0'], ['2.0.0']],
  ['=1.2.*', '>=1.2.0 <1.3.0-0', ['1.2.4'], ['1.3.0']],
  ['<0', '<0.0.0-0', [], ['0.0.0', '0.1.0']]
]

const multiple: Row[] = [
  ['>= 1.2, < 1.5', '>=1.2.0 <1.5.0-0', ['1.2.0', '1.4.9'], ['1.1.9', '1.5.0']],
  ['>=0.1,<0.2', '>=0.1.0 <0.2.0-0', ['0.1.0', '0.1.9'], ['0.0.9', '0.2.0']],
  ['>=0.1.0', '>=0.1.0', ['0.1.0', '5.0.0'], ['0.0.9']],
  ['  >=1.0.0 ,<2  ', '>=1.0.0 <2.0.0-0', ['1.5.0'], ['2.0.0']],
  ['^1.2, <1.2.5', '>=1.2.0 <2.0.0-0 <1.2.5', ['1.2.4'], ['1.2.5', '1.3.0']],
  ['~1, >=1.5', '>=1.0.0 <2.0.0-0 >=1.5.0', ['1.5.0'], ['1.4.9']]
]

const prerelease: Row[] = [
  // a pre-release version matches only when a comparator names the same x.y.z with a pre-release
  ['^1.2.3-alpha.1', '>=1.2.3-alpha.1 <2.0.0-0', ['1.2.3-alpha.1', '1.2.3-alpha.2', '1.2.3-beta', '1.2.3', '1.9.0'], ['1.2.3-alpha.0', '1.2.4-alpha', '1.3.0-rc.1', '2.0.0-alpha']],
  ['>=1.2.3-rc.1', '>=1.2.3-rc.1', ['1.2.3-rc.1', '1.2.3-rc.2', '1.2.3', '3.0.0'], ['1.2.3-beta', '1.2.4-rc.1']],
  ['=1.2.3-alpha.1', '1.2.3-alpha.1', ['1.2.3-alpha.1', '1.2.3-alpha.1+b'], ['1.2.3-alpha.2', '1.2.3']],
  ['~1.2.3-beta', '>=1.2.3-beta <1.3.0-0', ['1.2.3-beta', '1.2.3-beta.2', '1.2.5'], ['1.2.3-alpha', '1.2.5-beta']],
  ['>=1.2.3-alpha, <1.2.3', '>=1.2.3-alpha <1.2.3', ['1.2.3-alpha', '1.2.3-rc.1'], ['1.2.3', '1.2.2']],
  ['>1.2.3-alpha', '>1.2.3-alpha', ['1.2.3-beta', '1.2.3'], ['1.2.3-alpha']],
  ['^0.0.3-rc.1', '>=0.0.3-rc.1 <0.0.4-0', ['0.0.3-rc.2', '0.0.3'], ['0.0.4-rc.1', '0.0.4']],
  // no comparator with a pre-release: pre-releases never match, not even "inside" the range
  ['^1.2', '>=1.2.0 <2.0.0-0', ['1.3.0'], ['1.3.0-alpha', '1.2.0-alpha', '2.0.0-alpha']],
  ['<1.2.3', '<1.2.3', ['1.2.2'], ['1.2.3-alpha', '1.2.2-alpha']],
  ['*', '>=0.0.0', ['1.0.0'], ['1.0.0-alpha', '0.0.0-0']],
  ['=1.2', '>=1.2.0 <1.3.0-0', ['1.2.1'], ['1.2.1-alpha']],
  // partial comparators judge pre-releases by the crate's rules, not as npm intervals would:
  // `>=1.2` rejects 1.2.5-beta (npm >=1.2.0 accepts it), `^1` / `>1.2` accept x.y.0-beta (npm doesn't)
  ['>=1.2, <=1.2.5-rc.1', '>=1.2.0 <1.2.5', ['1.2.4', '1.2.0'], ['1.2.5-beta', '1.2.5-rc.1', '1.2.5']],
  ['=1.2, >=1.2.3-alpha', '>=1.2.0 <1.3.0-0 >=1.2.3', ['1.2.3', '1.2.9'], ['1.2.3-beta', '1.2.2']],
  ['>1.2, >=1.3.0-alpha', '>=1.3.0 || >=1.3.0-0 <1.3.0 >=1.3.0-alpha', ['1.3.0-beta', '1.3.0', '2.0.0'], ['1.3.0-0', '1.3.1-alpha', '1.2.9']],
  ['^1, >=1.0.0-alpha', '>=1.0.0 <2.0.0-0 || >=1.0.0-0 <1.0.0 >=1.0.0-alpha', ['1.0.0-beta', '1.0.0', '1.9.0'], ['1.0.0-0', '2.0.0-alpha', '2.0.0']],
  ['=1.2.3-alpha, =1.2.3-beta', '1.2.3-alpha 1.2.3-beta', [], ['1.2.3-alpha', '1.2.3-beta', '1.2.3']]
]

describe('parseCargoReq / satisfiesCargo: the Cargo book examples', () => {
  const groups: [string, Row[]][] = [
    ['caret', caret],
    ['tilde', tilde],
    ['wildcard', wildcard],
    ['comparison', comparison],
    ['multiple', multiple],
    ['pre-release', prerelease]
  ]
  for (const [group, rows] of groups) {
    describe(group, () => {
      it.each(rows)('%s', (req, npm, yes, no) => {
        const r = parseCargoReq(req)
        if (!r.ok) throw new Error(r.reason)
        expect(r.npm).toBe(npm)
        // the npm text is a valid node-semver range on its own
        expect(semver.validRange(r.npm)).not.toBeNull()
        for (const v of yes) expect([v, satisfiesCargo(v, req)]).toEqual([v, true])
        for (const v of no) expect([v, satisfiesCargo(v, req)]).toEqual([v, false])
        // and the npm text means the same as the Range (which the functions above used)
        for (const v of [...yes, ...no]) expect(semver.satisfies(v, r.npm)).toBe(yes.includes(v))
      })
    })
  }
})

describe('exactly where Cargo and npm differ', () => {
  it('"1.2" is ^1.2 in Cargo (1.3.0 matches) but 1.2.x in npm', () => {
    expect(satisfiesCargo('1.3.0', '1.2')).toBe(true)
    expect(semver.satisfies('1.3.0', '1.2')).toBe(false)
    expect(parseCargoReq('1.2')).toMatchObject({ ok: true, npm: '>=1.2.0 <2.0.0-0' })
  })

  it('">=0.1,<0.2" is valid Cargo but npm rejects it as is, hence the conversion', () => {
    expect(semver.validRange('>=0.1,<0.2')).toBeNull()
    expect(parseCargoReq('>=0.1,<0.2')).toMatchObject({ ok: true, npm: '>=0.1.0 <0.2.0-0' })
    expect(satisfiesCargo('0.1.7', '>=0.1,<0.2')).toBe(true)
    expect(satisfiesCargo('0.2.0', '>=0.1,<0.2')).toBe(false)
  })

  it('"=1.2" is a prefix match (1.2.*) in Cargo', () => {
    expect(satisfiesCargo('1.2.9', '=1.2')).toBe(true)
    expect(satisfiesCargo('1.3.0', '=1.2')).toBe(false)
  })

  it('"^0.0" is <0.1.0 and "~1" is <2.0.0', () => {
    expect(satisfiesCargo('0.0.5', '^0.0')).toBe(true)
    expect(satisfiesCargo('0.1.0', '^0.0')).toBe(false)
    expect(satisfiesCargo('1.9.9', '~1')).toBe(true)
    expect(satisfiesCargo('2.0.0', '~1')).toBe(false)
  })

  it('bare requirements with a pre-release keep Cargo\'s caret meaning', () => {
    expect(satisfiesCargo('1.4.0', '1.2.3-rc.1')).toBe(true)
    expect(semver.satisfies('1.4.0', '1.2.3-rc.1')).toBe(false)
  })
})

describe('whitespace and build metadata', () => {
  it.each([
    ['  >=  1.2 ,   <  1.5  ', '>=1.2.0 <1.5.0-0'],
    ['>=1.2,<1.5', '>=1.2.0 <1.5.0-0'],
    [' * ', '>=0.0.0'],
    ['^ 1', '>=1.0.0 <2.0.0-0']
  ])('accepts %j', (req, npm) => {
    expect(parseCargoReq(req)).toMatchObject({ ok: true, npm })
  })

  it('accepts build metadata in a requirement, ignores it, and warns as Cargo does', () => {
    const r = parseCargoReq('=1.2.3+build.01')
    expect(r).toMatchObject({ ok: true, npm: '1.2.3' })
    expect(r.ok && r.warnings?.[0]).toMatch(/build metadata.*ignores/)
    expect(satisfiesCargo('1.2.3+other', '=1.2.3+build.01')).toBe(true)
    expect(parseCargoReq('1.2.3')).not.toHaveProperty('warnings')
  })

  it(`accepts ${MAX_COMPARATORS} comparators, not ${MAX_COMPARATORS + 1}`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `>=0.${i}`).join(', ')
    const r = parseCargoReq(many(MAX_COMPARATORS))
    expect(r.ok).toBe(true)
    expect(satisfiesCargo('0.31.0', many(MAX_COMPARATORS))).toBe(true)
    expect(parseCargoReq(many(MAX_COMPARATORS + 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/excessive number of version comparators.*more than 32/)
    })
  })
})

describe('rejections, with their reasons', () => {
  it.each<[string, RegExp]>([
    ['', /empty; use "\*"/],
    ['   ', /empty; use "\*"/],
    ['>=1.0.0 || <0.5', /"\|\|" is npm syntax/],
    ['1 || 2', /"\|\|" is npm syntax/],
    ['1 - 2', /hyphen ranges.*">=1, <=2"/],
    ['1.2.3 - 2.3.4', /hyphen ranges/],
    ['>=1 <2', /expected comma after major version number, found '<'.*separated by commas/],
    ['>=1.2.0 2.0.0', /expected comma.*separated by commas/],
    ['v1.2.3', /unexpected character 'v' while parsing major version number.*no "v" prefix/],
    ['>=v1.2', /no "v" prefix/],
    ['latest', /"latest" is not a Cargo requirement/],
    [',1.2', /leading comma/],
    ['1.2,', /unexpected end of input while parsing major version number.*trailing comma/],
    ['1.2, ', /trailing comma/],
    ['1.2,,1.3', /two commas in a row/],
    ['1.2-alpha', /expected comma after minor version number, found '-'.*full major\.minor\.patch/],
    ['1.2.3.4', /expected comma after patch version number, found '\.'/],
    ['01.2', /invalid leading zero in major version number/],
    ['1.02', /invalid leading zero in minor version number/],
    ['1.2.3-01', /invalid leading zero in pre-release identifier/],
    ['1.2.3-', /empty identifier segment in pre-release identifier/],
    ['1.2.3-alpha..1', /empty identifier segment in pre-release identifier/],
    ['1.2.3+', /empty identifier segment in build metadata/],
    ['*, >=1', /wildcard req \(\*\) must be the only comparator/],
    ['>=1, *', /wildcard req \(\*\) must be the only comparator/],
    ['>=1, x', /wildcard req \(x\) must be the only comparator/],
    ['*.1', /unexpected character after wildcard/],
    ['1.*.3', /unexpected character after wildcard/],
    ['1.2.*-alpha', /expected comma/],
    ['^*', /unexpected character '\*' while parsing major version number/],
    ['> = 1', /unexpected character '=' while parsing major version number.*unknown operator/],
    ['~>1.2', /unexpected character '>' while parsing major version number.*unknown operator/],
    ['!=1.2', /unexpected character '!' while parsing major version number/],
    ['1.2\t', /only spaces/],
    ['1. 2', /unexpected character ' ' while parsing minor version number/],
    ['18446744073709551616', /exceeds u64::MAX/],
    ['9007199254740992', /exceeds 9007199254740991/]
  ])('rejects %j', (req, reason) => {
    const r = parseCargoReq(req)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toMatch(reason)
      expect(r.reason).toContain('is not a valid Cargo version requirement')
    }
    expect(satisfiesCargo('1.2.3', req)).toBe(false)
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,*xX^~<>=- +|avα\t'.split('')) }), (s) => {
        const r = parseCargoReq(s)
        if (r.ok) expect(semver.validRange(r.npm)).not.toBeNull()
        else expect(r.reason.length).toBeGreaterThan(0)
        satisfiesCargo('1.2.3', s)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('parseCargoVersion / isCargoVersion: strict semver 2.0', () => {
  it.each([
    '0.0.0',
    '1.2.3',
    '10.20.30',
    '1.2.3-alpha.1',
    '1.0.0-0.3.7',
    '1.0.0-x.7.z.92',
    '1.0.0-x-y-z.--',
    '1.0.0+20130313144700',
    '1.0.0-beta+exp.sha.5114f85',
    '1.0.0+001',
    '9007199254740991.0.0'
  ])('accepts %j', (v) => {
    expect(isCargoVersion(v)).toBe(true)
    const r = parseCargoVersion(v)
    expect(r.ok && r.version.raw).toBe(v)
  })

  it.each<[string, RegExp]>([
    ['', /empty string/],
    ['v1.2.3', /no "v" prefix/],
    ['1.2', /unexpected end of input while parsing minor version number.*all three numbers/],
    ['1', /all three numbers/],
    ['01.2.3', /leading zero in major/],
    ['1.02.3', /leading zero in minor/],
    ['1.2.03', /leading zero in patch/],
    ['1.2.3-01', /leading zero in pre-release/],
    ['1.2.3-', /empty identifier segment in pre-release/],
    ['1.2.3+', /empty identifier segment in build metadata/],
    ['1.2.3-a..b', /empty identifier segment/],
    [' 1.2.3', /whitespace/],
    ['1.2.3 ', /unexpected character ' ' after patch version number.*whitespace/],
    ['1.2.3.4', /unexpected character '\.' after patch version number/],
    ['1.2.3α', /unexpected character 'α' after patch version number/],
    ['1.2.3-α', /empty identifier segment in pre-release identifier/],
    ['=1.2.3', /not a version requirement/],
    ['^1.2.3', /not a version requirement/],
    ['1.2.*', /unexpected character '\*' while parsing patch version number/],
    ['9007199254740992.0.0', /exceeds 9007199254740991/],
    ['1.2.3-9007199254740992', /exceeds 9007199254740991/],
    ['1.2.3-' + 'a'.repeat(260), /longer than 256/]
  ])('rejects %j', (v, reason) => {
    expect(isCargoVersion(v)).toBe(false)
    const r = parseCargoVersion(v)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
    expect(satisfiesCargo(v, '*')).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------
// Property: agreement with a straightforward reference written from the Cargo book's definitions.

type Tuple = [number, number, number]
type RefOp = '' | '^' | '~' | '=' | '>' | '>=' | '<' | '<='
interface RefCmp {
  op: RefOp
  wildcard: boolean
  parts: number[] // 1 to 3 numbers (a partial version)
}

const cmpTuple = (a: Tuple, b: Tuple): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** The Cargo book: each requirement is a half-open interval [lower, upper) of versions. */
function refMatches(c: RefCmp, v: Tuple): boolean {
  const [M = 0, m, p] = c.parts
  const lower: Tuple = [M, m ?? 0, p ?? 0]
  const ge = (t: Tuple) => cmpTuple(v, t) >= 0
  const lt = (t: Tuple) => cmpTuple(v, t) < 0
  // "next" after a partial version: 1 -> 2.0.0, 1.2 -> 1.3.0, 1.2.3 -> 1.2.4
  const next: Tuple = p !== undefined ? [M, m!, p + 1] : m !== undefined ? [M, m + 1, 0] : [M + 1, 0, 0]
  switch (c.op) {
    case '':
    case '^': {
      if (c.wildcard) return ge(lower) && lt(next) // 1.* / 1.2.*
      // ^1.2.3 := >=1.2.3 <2.0.0; ^0.2.3 := >=0.2.3 <0.3.0; ^0.0.3 := >=0.0.3 <0.0.4;
      // ^0.0 := <0.1.0; ^0 := <1.0.0 — the first non-zero part (or the last given one) is bumped.
      let upper: Tuple
      if (M > 0 || m === undefined) upper = [M + 1, 0, 0]
      else if (m > 0 || p === undefined) upper = [0, m + 1, 0]
      else upper = [0, 0, p! + 1]
      return ge(lower) && lt(upper)
    }
    case '~': {
      // ~1.2.3 := >=1.2.3 <1.3.0; ~1.2 := >=1.2.0 <1.3.0; ~1 := >=1.0.0 <2.0.0
      const upper: Tuple = m !== undefined ? [M, m + 1, 0] : [M + 1, 0, 0]
      return ge(lower) && lt(upper)
    }
    case '=':
      return ge(lower) && lt(next)
    case '>':
      return ge(next)
    case '>=':
      return ge(lower)
    case '<':
      return lt(lower)
    case '<=':
      return lt(next)
  }
}

const refCmpArb: fc.Arbitrary<RefCmp> = fc
  .record({
    op: fc.constantFrom<RefOp>('', '^', '~', '=', '>', '>=', '<', '<='),
    parts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    wildcard: fc.boolean()
  })
  // a wildcard replaces the missing parts: only for 1 or 2 given numbers
  .map((c) => ({ ...c, wildcard: c.wildcard && c.parts.length < 3 && (c.op === '' || c.op === '=') }))

const render = (c: RefCmp, space: string): string => {
  const wild = c.wildcard ? (c.parts.length === 1 ? '.*.*' : '.*') : ''
  return `${c.op}${c.op === '' ? '' : space}${c.parts.join('.')}${wild}`
}

describe('property: agrees with a reference implementation of the Cargo book', () => {
  it('for non-pre-release versions and 1-3 comparators', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })),
        fc.array(refCmpArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' ', '  '),
        (v, cmps, space) => {
          const req = cmps.map((c) => render(c, space)).join(`${space},${space}`)
          const expected = cmps.every((c) => refMatches(c, v))
          expect([req, v.join('.'), satisfiesCargo(v.join('.'), req)]).toEqual([req, v.join('.'), expected])
        }
      ),
      { numRuns: 5000 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Property, pre-releases included: agreement with the matching rules of the semver crate that
// Cargo uses (each comparator, then the pre-release rule), written here over tuples.

interface PreCmp extends RefCmp {
  pre: string
}
interface PreVersion {
  t: Tuple
  pre: string
}

/** semver 2.0 precedence of pre-release tags; '' (a release) is above every pre-release. */
function comparePre(a: string, b: string): number {
  if (a === b) return 0
  if (a === '') return 1
  if (b === '') return -1
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!]
    if (p === q) continue
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)]
    if (pn && qn) return Number(p) - Number(q)
    if (pn !== qn) return pn ? -1 : 1
    return p < q ? -1 : 1
  }
  return x.length - y.length
}

function crateMatches(c: PreCmp, v: PreVersion): boolean {
  const [M = 0, m, p] = c.parts
  const [vM, vm, vp] = v.t
  const pre = comparePre(v.pre, c.pre)
  // compare v with the (possibly partial) version of c; undefined when equal as far as c goes
  const order = (): number | undefined =>
    vM !== M ? vM - M : m === undefined ? undefined : vm !== m ? vm - m : p === undefined ? undefined : vp !== p ? vp - p : pre
  const exact = vM === M && (m === undefined || vm === m) && (p === undefined || vp === p) && pre === 0
  const o = order()
  switch (c.wildcard ? '=' : c.op) {
    case '=':
      return exact
    case '>':
      return o !== undefined && o > 0
    case '>=':
      return exact || (o !== undefined && o > 0)
    case '<':
      return o !== undefined && o < 0
    case '<=':
      return exact || (o !== undefined && o < 0)
    case '~':
      if (vM !== M || (m !== undefined && vm !== m)) return false
      if (p !== undefined && vp !== p) return vp > p
      return pre >= 0
    default: {
      // caret
      if (vM !== M) return false
      if (m === undefined) return true
      if (p === undefined) return M > 0 ? vm >= m : vm === m
      if (M > 0) {
        if (vm !== m) return vm > m
        if (vp !== p) return vp > p
      } else if (m > 0) {
        if (vm !== m) return false
        if (vp !== p) return vp > p
      } else if (vm !== m || vp !== p) return false
      return pre >= 0
    }
  }
}

function crateReqMatches(cmps: PreCmp[], v: PreVersion): boolean {
  if (!cmps.every((c) => crateMatches(c, v))) return false
  if (v.pre === '') return true
  return cmps.some(
    (c) => c.pre !== '' && c.parts[0] === v.t[0] && c.parts[1] === v.t[1] && c.parts[2] === v.t[2]
  )
}

const preTag = fc.constantFrom('', '', '0', '1', 'alpha', 'alpha.1', 'alpha.beta', 'beta', 'rc.1')
const preCmpArb: fc.Arbitrary<PreCmp> = fc
  .tuple(refCmpArb, preTag)
  .map(([c, pre]) => ({ ...c, pre: c.parts.length === 3 && !c.wildcard ? pre : '' }))
const small = fc.integer({ min: 0, max: 2 })

describe('property: agrees with the semver crate, pre-releases included', () => {
  it('for any version and 1-3 comparators', () => {
    fc.assert(
      fc.property(
        fc.record({ t: fc.tuple(small, small, small), pre: preTag }),
        fc.array(preCmpArb, { minLength: 1, maxLength: 3 }),
        (v, cmps) => {
          const req = cmps.map((c) => `${render(c, '')}${c.pre === '' ? '' : `-${c.pre}`}`).join(', ')
          const version = `${v.t.join('.')}${v.pre === '' ? '' : `-${v.pre}`}`
          const expected = crateReqMatches(cmps, v)
          expect([req, version, satisfiesCargo(version, req)]).toEqual([req, version, expected])
        }
      ),
      { numRuns: 10000 }
    )
  })
})
