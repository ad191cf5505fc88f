// coverPaths and nestedExclusions answer with set lookups of ancestors; these properties hold them
// to the pairwise definitions in their doc comments, on random path trees.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { coverPaths, nestedExclusions } from '../src/core/plan/inputs.js'

const inside = (p: string, q: string) => p.startsWith(q + '/')
// Short segments from a tiny alphabet, so that paths share prefixes, nest, and look alike ("a" and "a-b").
const segment = fc.constantFrom('a', 'b', 'a-b', 'a.b', 'ab', 'c')
const pathArb = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'))
const paths = fc.array(pathArb, { maxLength: 25 })

describe('coverPaths', () => {
  it('keeps, sorted, each path that no other path of the list contains', () => {
    fc.assert(
      fc.property(paths, (ps) => {
        const unique = [...new Set(ps)].sort()
        expect(coverPaths(ps)).toEqual(unique.filter((p) => !unique.some((q) => inside(p, q))))
      })
    )
  })
})

describe('nestedExclusions', () => {
  it('is every outermost candidate inside an input path that the target neither reaches nor holds something it reaches in', () => {
    fc.assert(
      fc.property(paths, paths, paths, (ps, reach, candidates) => {
        const out = [...new Set(candidates)].filter((k) => ps.some((p) => inside(k, p)) && !reach.includes(k) && !reach.some((r) => inside(r, k)))
        expect(nestedExclusions(ps, reach, candidates)).toEqual(out.filter((k) => !out.some((q) => inside(k, q))).sort())
      })
    )
  })

  it('leaves out the admin crate inside a server module but not one the target reaches', () => {
    expect(nestedExclusions(['crates/blog'], ['crates/blog'], ['crates/blog/admin', 'crates/blog/admin/x'])).toEqual(['crates/blog/admin'])
    expect(nestedExclusions(['crates/blog'], ['crates/blog', 'crates/blog/admin/x'], ['crates/blog/admin'])).toEqual([])
  })
})
