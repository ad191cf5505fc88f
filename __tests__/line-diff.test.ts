/**
 * unifiedDiff prints the `diff` library's createTwoFilesPatch byte for byte, also where it takes its
 * linear path (one side's lines a subsequence of the other's): random texts over a few repeated
 * lines (the hard case for where an addition goes), with and without a final newline, CRLF and
 * lone CR, empty sides, and the 5,000-module sizes the fast path exists for.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { oneWayHunks, unifiedDiff } from '../src/core/diagnostics/line-diff.js'

const library = (file: string, have: string | null, want: string | null) =>
  createTwoFilesPatch(have === null ? '/dev/null' : `a/${file}`, want === null ? '/dev/null' : `b/${file}`, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY })

const line = fc.constantFrom('a', 'b', 'c', '', ' ', '}', 'x\r', 'fn main() {')
const sep = fc.constantFrom('\n', '\n', '\n', '\r\n')
const text = (lines: string[], seps: string[], end: boolean) => lines.map((l, i) => l + (i < lines.length - 1 || end ? seps[i % seps.length] : '')).join('')

/** A text, and another that adds lines to it at random places (or, swapped, removes them). */
const oneWay = fc
  .record({
    base: fc.array(line, { maxLength: 30 }),
    extra: fc.array(fc.tuple(fc.nat(), line), { maxLength: 30 }),
    seps: fc.array(sep, { minLength: 1, maxLength: 3 }),
    endA: fc.boolean(),
    endB: fc.boolean(),
    swap: fc.boolean()
  })
  .map(({ base, extra, seps, endA, endB, swap }) => {
    const more = [...base]
    for (const [at, l] of extra) more.splice(at % (more.length + 1), 0, l)
    const a = text(base, seps, endA)
    const b = text(more, seps, endB)
    return swap ? { have: b, want: a } : { have: a, want: b }
  })

describe('unifiedDiff', () => {
  it('added-only or removed-only lines: the linear path, the library bytes', () => {
    let fast = 0
    fc.assert(
      fc.property(oneWay, ({ have, want }) => {
        if (oneWayHunks(have, want, 3) !== null) fast++
        expect(unifiedDiff('f.rs', have, want)).toBe(library('f.rs', have, want))
      }),
      { numRuns: 3000 }
    )
    expect(fast).toBeGreaterThan(1000) // the linear path is really taken (half the time: a changed final newline is a change of its own)
  })

  it('any two texts: the library bytes', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.array(line, { maxLength: 20 }), fc.array(sep, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (a, b, seps, endA, endB) => {
        const have = text(a, seps, endA)
        const want = text(b, seps, endB)
        expect(unifiedDiff('f.rs', have, want)).toBe(library('f.rs', have, want))
      }),
      { numRuns: 2000 }
    )
  })

  it('a missing or deleted file', () => {
    for (const t of ['', 'a\n', 'a\nb', '\n\n']) {
      expect(unifiedDiff('f.rs', null, t)).toBe(library('f.rs', null, t))
      expect(unifiedDiff('f.rs', t, null)).toBe(library('f.rs', t, null))
    }
  })

  it('a 20,000-line file that does not exist yet, and 1,500 lines added to a region', () => {
    const registry = Array.from({ length: 20_000 }, (_, i) => (i % 7 ? `    m${i}::register(&mut r);` : '')).join('\n') + '\n'
    expect(oneWayHunks('', registry, 3)).not.toBeNull()
    const cargo = ['[features]', 'default = [', '    # BEGIN', '    # END', ']', ...Array.from({ length: 1500 }, (_, i) => `mod-m${i} = []`), ''].join('\n')
    const region = Array.from({ length: 1500 }, (_, i) => `    "mod-m${i}",`)
    const generated = cargo.replace('    # BEGIN\n', ['    # BEGIN', ...region, ''].join('\n'))
    expect(unifiedDiff('Cargo.toml', cargo, generated)).toBe(library('Cargo.toml', cargo, generated))
    expect(unifiedDiff('Cargo.toml', generated, cargo)).toBe(library('Cargo.toml', generated, cargo))
  })
})
