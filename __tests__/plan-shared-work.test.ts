/**
 * Work a plan shares between its steps instead of repeating it: TomlCache (a text parsed once per
 * revision) and compareUtf8 (git's byte order of names without a Buffer per comparison).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { parseToml, TomlCache } from '../src/core/manifest/toml.js'
import { compareUtf8, objectId, treeId } from '../src/core/plan/git-objects.js'

describe('TomlCache', () => {
  it('parses a text once: the same text gives the same table, whatever file name it is read under', () => {
    const cache = new TomlCache()
    const text = '[package]\nname = "a"\nversion = "1.0.0"\n[dependencies]\nb = { path = "../b" }\n'
    const first = cache.parse(text, 'apps/server/Cargo.toml')
    expect(first).toEqual(parseToml(text, 'apps/server/Cargo.toml'))
    expect(cache.parse(text, 'Cargo.toml')).toBe(first)
    expect(cache.parse(text.replace('1.0.0', '1.0.1'), 'Cargo.toml')).not.toBe(first)
  })

  it('does not remember a failure: each parse of a broken text throws its own diagnostic, naming its file', () => {
    const cache = new TomlCache()
    const broken = '[package\nname = "a"\n'
    for (const file of ['a/Cargo.toml', 'b/Cargo.toml']) {
      let err: unknown
      try {
        cache.parse(broken, file)
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(DiagnosticError)
      expect((err as DiagnosticError).diagnostics[0]!.file).toBe(file)
    }
  })
})

describe('compareUtf8', () => {
  const bytes = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)))

  it('orders as the UTF-8 bytes do (surrogate pairs, lone surrogates and characters above U+E000 included)', () => {
    const char = fc.oneof(fc.constantFrom('a', 'z', '/', '-', '.', '\u00e9', '\ue000', '\uffff', '\ud83d\ude00', '\ud800', '\udfff'), fc.string({ unit: 'binary', maxLength: 2 }))
    const name = fc.array(char, { maxLength: 6 }).map((xs) => xs.join(''))
    fc.assert(fc.property(name, name, (a, b) => Math.sign(compareUtf8(a, b)) === bytes(a, b)), { numRuns: 2000 })
  })

  it('git sorts U+E000 before U+1F600 (UTF-16 order would not): the tree id follows the bytes', () => {
    expect(compareUtf8('\ue000', '\ud83d\ude00')).toBeLessThan(0)
    const id = Buffer.alloc(20, 1)
    const entries = [
      { name: '\ud83d\ude00', mode: '100644', id },
      { name: '\ue000', mode: '100644', id }
    ]
    const entry = (name: string) => Buffer.concat([Buffer.from(`100644 ${name}\0`), id])
    expect(treeId(entries)).toEqual(objectId('tree', Buffer.concat([entry('\ue000'), entry('\ud83d\ude00')])))
  })
})
