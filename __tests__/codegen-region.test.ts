// parseRegionInPlace parses a Cargo.toml once with a probe in its managed region; where it answers,
// the answer must be what parsing the text as it is gives.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { BEGIN_LINE, END_MARKER, findRegion, parseRegionInPlace } from '../src/core/codegen/region.js'
import { parseToml } from '../src/core/manifest/toml.js'

const item = fc.constantFrom('"mod-a",', '"mod-b", # kept', '"redis-cache",', '# a comment', '')
const items = fc.array(item, { maxLength: 4 })
const eol = fc.constantFrom('\n', '\r\n')

function cargo(before: string[], inside: string[], after: string[], where: 'default' | 'other' | 'table', nl: string): string {
  const region = [`    ${BEGIN_LINE}`, ...inside.map((l) => `    ${l}`), `    ${END_MARKER}`]
  const list = (name: string, body: string[]) => [`${name} = [`, ...before.map((l) => `    ${l}`), ...body, ...after.map((l) => `    ${l}`), ']']
  const lines = ['[package]', 'name = "server"', '', '[features]']
  if (where === 'default') lines.push(...list('default', region), 'mod-a = []')
  else if (where === 'other') lines.push('default = ["mod-a"]', ...list('other', region), 'mod-a = []')
  else lines.push('default = []', ...region, 'mod-a = []')
  return lines.join(nl) + nl
}

const found = (text: string) => {
  const r = findRegion(text)
  if (r.kind !== 'found') throw new Error(`region ${r.kind}`)
  return r
}

describe('parseRegionInPlace', () => {
  it('gives what parseToml gives for the text as it is, when the region sits inside default', () => {
    fc.assert(
      fc.property(items, items, items, eol, (before, inside, after, nl) => {
        const text = cargo(before, inside, after, 'default', nl)
        let expected
        try {
          expected = parseToml(text, 'Cargo.toml')
        } catch {
          expected = null // e.g. an item after the region without a comma before it
        }
        const got = parseRegionInPlace(found(text), 'Cargo.toml')
        if (got !== null) expect(got).toEqual(expected)
        else if (expected !== null && inside.every((l) => !l.startsWith('"') || l.includes(','))) expect(got).not.toBeNull()
      })
    )
  })

  it('is null when the markers sit in another array or outside any array', () => {
    fc.assert(
      fc.property(items, items, eol, fc.constantFrom('other' as const, 'table' as const), (inside, after, nl, where) => {
        expect(parseRegionInPlace(found(cargo([], inside, after, where, nl)), 'Cargo.toml')).toBeNull()
      })
    )
  })
})
