/**
 * Limits with no way around (security review #7): a dotted table header or dotted key nested
 * deeper than LIMITS.keyDepth, more keys than LIMITS.keys, a depends_on chain longer than
 * LIMITS.dependencyChain — each a located limit-exceeded finding, found by a linear pre-scan before
 * the parse; and a long chain in a catalog installs without recursion.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCatalog } from '../src/core/catalog/catalog.js'
import { planInstall } from '../src/core/catalog/install.js'
import { DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { prescanToml } from '../src/core/manifest/prescan.js'
import { LIMITS, parseToml } from '../src/core/manifest/toml.js'
import { cli, type Report } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

const findingOf = (text: string) => {
  try {
    parseToml(text, 'x.toml')
  } catch (err) {
    if (err instanceof DiagnosticError) return err.diagnostics[0]!
    throw err
  }
  return null
}

describe('key depth and key count, before the parse', () => {
  it('the repro: a dotted table header 3.7M keys deep is limit-exceeded at its line and column', () => {
    const text = `schema = 2\n\n  [${Array(3_700_000).fill('a').join('.')}]\nx = 1\n`
    const d = findingOf(text)!
    expect([d.rule, d.file, d.line, d.column]).toEqual(['limit-exceeded', 'x.toml', 3, 3])
    expect(d.message).toContain(`more than ${LIMITS.keyDepth}`)
  })

  it('counts the header and the dotted key together, quoted keys and white space around dots too', () => {
    const header = Array(40).fill('a').join('.')
    const key = Array(30).fill('"b.c"').join(' . ')
    const d = findingOf(`[${header}]\n# [${Array(100).fill('z').join('.')}] a comment\ns = """\n[${Array(100).fill('z').join('.')}]\n"""\n${key} = 1\n`)!
    expect([d.rule, d.line, d.column]).toEqual(['limit-exceeded', 6, 1])
    expect(d.message).toContain('70 levels deep')
  })

  it('accepts the deepest legal document and what the formats really hold', () => {
    const at = Array(LIMITS.keyDepth).fill('k').join('.')
    expect(findingOf(`[${at.split('.').slice(0, 32).join('.')}]\n${at.split('.').slice(32).join('.')} = 1\n`)).toBeNull()
    expect(findingOf('[modules.newsletter.package.provides.http]\naxum_router = "http::router"\nv = 3.14\nd = 1979-05-27T07:32:00Z\na = [\n  [1.5],\n  { x.y = 2 },\n]\n')).toBeNull()
  })

  it('finds a chain too deep only as a header and a key together, each well within on its line', () => {
    const seg = (n: number, c: string) => Array(n).fill(c).join('.')
    // 33 + 32 = 65 keys: each line has fewer separators than one chain too deep needs alone.
    expect(prescanToml(`[${seg(33, 'h')}]\n${seg(32, 'k')} = 1\n`, { keyDepth: 64, keys: 1000 })?.message).toContain('65 levels deep')
    expect(prescanToml(`[${seg(32, 'h')}]\n${seg(32, 'k')} = 1\n`, { keyDepth: 64, keys: 1000 })).toBeNull()
  })

  it('bounds the total number of keys', () => {
    expect(prescanToml('a = 1\nb = 2\nc.d = 3\n', { keyDepth: 64, keys: 3 })).toEqual({ offset: 12, message: 'the document has more than 3 keys' })
    expect(prescanToml('a = 1\nb = 2\nc = 3\n', { keyDepth: 64, keys: 3 })).toBeNull()
  })

  it('validate reports it with file:line:col and exit 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-limits-'))
    temps.push(dir)
    writeFileSync(path.join(dir, 'modules.toml'), `schema = 2\napp = "x"\n[${Array(100_000).fill('a').join('.')}]\n`)
    const r = await cli(['validate', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^modules\.toml:3:1: error\[limit-exceeded\]: modules\.toml: a key is nested \d+ levels deep/)
  })
})

/** A catalog of `n` crates-io modules m0 … m<n-1>, each depending on the previous one. */
function chainCatalog(n: number): string {
  const lines = ['schema = 1', '']
  for (let i = 0; i < n; i++) {
    const dep = i ? `m${i - 1}` : null
    lines.push(
      `[modules.m${i}]`, `slug = "m${i}"`, `name = "M${i}"`, 'source = "crates-io"', `crate = "chain-m${i}"`, 'version = "0.1.0"', `depends_on = [${dep ? `"${dep}"` : ''}]`,
      `[modules.m${i}.package.module]`, `slug = "m${i}"`, `name = "M${i}"`, 'version = "0.1.0"', 'ownership = "third_party"', 'trust_level = "verified"',
      `[modules.m${i}.package.dependencies]`, ...(dep ? [`${dep} = { version_req = ">=0.1.0" }`] : []),
      `[modules.m${i}.package.crate]`, `entry_type = "M${i}Module"`, ''
    )
  }
  return lines.join('\n')
}

describe('depends_on chains of a catalog', () => {
  it('the repro: install --dry-run of the end of a 5,000-long chain is limit-exceeded at a depends_on, without recursion', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-limits-chain-')), 'shop')
    temps.push(path.dirname(dir))
    cpSync(SHOP, dir, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
    const text = chainCatalog(5000)
    writeFileSync(path.join(dir, 'chain.toml'), text)
    const r = await cli(['install', 'm4999', '--catalog', 'chain.toml', '--dry-run', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    const d = (JSON.parse(r.stdout) as Report).errors.find((e) => e.rule === 'limit-exceeded')!
    expect(d.file).toBe('chain.toml')
    expect(d.message).toContain(`longer than ${LIMITS.installModules} modules`)
    const at = 4999 - LIMITS.installModules + 1
    expect(d.line).toBe(text.split('\n').indexOf(`depends_on = ["m${at - 1}"]`) + 1)
  })

  it('a closure within the limit is planned dependencies first; a wide one past it is refused', () => {
    const catalog = readCatalog('chain.toml', chainCatalog(40))
    const base = { manifestFile: 'modules.toml', manifestText: 'schema = 2\napp = "srv"\n[modules]\n', catalog, files: new Map() }
    const ok = planInstall({ ...base, slug: 'm39' })
    expect(ok.ok).toBe(true)
    expect(ok.added.map((a) => a.slug)).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`))
    const capped = planInstall({ ...base, slug: 'm39', maxModules: 10 })
    expect(capped.diagnostics.map((d) => [d.rule, d.line])).toEqual([['limit-exceeded', chainCatalog(40).split('\n').indexOf('depends_on = ["m29"]') + 1]])
  })
})
