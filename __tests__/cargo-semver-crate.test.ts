import { describe, expect, it } from '@jest/globals'
import semver from 'semver'
import { parseCargoReq, satisfiesCargo } from '../src/core/manifest/cargo-semver.js'

// Answers of the Rust `semver` crate itself, version 1.0.14 (Debian's librust-semver-dev 1.0.14-1),
// from a throwaway offline program printing `VersionReq::parse(req).matches(&Version::parse(v))`.
// Recorded here as plain expectations: no Rust toolchain is needed to run this test.
//
// Regression: fast-check seed 133559786 (path "7432:2:3:3:6") of the pre-release property in
// cargo-semver.test.ts found `>=0, 0.0.0-alpha.1` accepting 0.0.0-rc.1. The conversion emitted
// `>=0.0.0 >=0.0.0-alpha.1 <0.0.1-0`, and node-semver's Range drops a `>=0.0.0` comparator as
// "any", so nothing excluded the pre-releases of 0.0.0 that the crate's partial `>=0` rejects
// (`matches_exact` wants an equal pre-release, `matches_greater` is false on a missing minor).
// The same hole showed with `>=0.0.0`, `>=0.0`, `~0`, `~0.0`, `=0` next to a 0.0.0 pre-release.
const crate: [req: string, version: string, matches: boolean][] = [
  ['>=0, 0.0.0-alpha.1', '0.0.0-rc.1', false], // the counterexample
  ['>=0, 0.0.0-alpha.1', '0.0.0-alpha.1', false],
  ['>=0, 0.0.0-alpha.1', '0.0.0', true],
  ['>=0, 0.0.0-alpha.1', '0.5.0', false],
  ['>=0', '0.5.0-rc.1', false],
  ['>=0', '0.0.0-rc.1', false],
  ['>=0.0', '0.0.0-rc.1', false],
  ['>=0.0, 0.0.0-alpha.1', '0.0.0-rc.1', false],
  ['>=0.0.0, 0.0.0-alpha.1', '0.0.0-rc.1', false],
  ['>=0.0.0, 0.0.0-alpha.1', '0.0.0', true],
  ['>0', '0.0.0-rc.1', false],
  ['>0, 0.0.0-alpha.1', '0.0.0-rc.1', false],
  ['~0, 0.0.0-alpha.1', '0.0.0-rc.1', false],
  ['~0.0, 0.0.0-alpha.1', '0.0.0-beta', false],
  ['=0, 0.0.0-alpha.1', '0.0.0-rc.1', false],
  ['~0, 0.0, >0.0.0-0', '0.0.0-alpha', false],
  // the partial comparators that do accept 0.0.0 pre-releases: caret without minor, less-than
  ['^0, 0.0.0-alpha.1', '0.0.0-rc.1', true],
  ['<1, 0.0.0-alpha.1', '0.0.0-rc.1', true],
  ['<=0.0.0, 0.0.0-alpha.1', '0.0.0-rc.1', true],
  ['0.0.0-alpha.1', '0.0.0-rc.1', true]
]

describe('answers recorded from the semver crate 1.0.14', () => {
  it.each(crate)('%s matches %s: %s', (req, version, matches) => {
    expect(satisfiesCargo(version, req)).toBe(matches)
    // the npm text alone (what users and other tools see) means the same
    const r = parseCargoReq(req)
    if (!r.ok) throw new Error(r.reason)
    expect(semver.satisfies(version, r.npm)).toBe(matches)
  })
})
