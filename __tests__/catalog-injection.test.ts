/**
 * Catalog values that reach a file: a `rev` is a git revision by grammar, and the vendored header
 * never splices raw text (security review #3). The repro: a rev with newlines that opens a
 * `[provides.graphql]` table in the vendored package manifest.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCatalog } from '../src/core/catalog/catalog.js'
import { vendoredText } from '../src/core/catalog/package.js'
import { commentText, gitRevProblem } from '../src/core/manifest/identifiers.js'
import { parseToml } from '../src/core/manifest/toml.js'
import { cli, tree, type Report } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const HOSTILE_REV = 'main).\n[provides.graphql]\nquery = "graphql::X"\n#'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** examples/shop with newsletter offered as a git module at `rev` (a TOML string literal). */
function shopWithGitNewsletter(revToml: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-catalog-inject-')), 'shop')
  temps.push(path.dirname(dir))
  cpSync(SHOP, dir, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
  const file = path.join(dir, 'marketplace.toml')
  const text = readFileSync(file, 'utf8').replace('source = "crates-io"\ncrate = "shop-newsletter"\nversion = "0.4.2"', `source = "git"\ncrate = "shop-newsletter"\ngit = "https://example.com/shop/newsletter.git"\nrev = ${revToml}`)
  expect(text).toContain('source = "git"')
  writeFileSync(file, text)
  return dir
}

describe('a catalog rev that is not a git revision', () => {
  it('the repro: is an invalid-git-rev error at the rev, and install writes nothing', async () => {
    const dir = shopWithGitNewsletter(JSON.stringify(HOSTILE_REV))
    const before = tree(dir)
    const c = readCatalog('marketplace.toml', readFileSync(path.join(dir, 'marketplace.toml'), 'utf8'))
    const item = c.items.find((i) => i.slug === 'newsletter')!
    expect(item.valid).toBe(false)
    expect(item.diagnostics.map((d) => [d.rule, d.severity])).toContainEqual(['invalid-git-rev', 'error'])
    const r = await cli(['install', 'newsletter', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    expect((JSON.parse(r.stdout) as Report).errors.map((e) => e.rule)).toContain('invalid-git-rev')
    expect(tree(dir)).toEqual(before)
    expect(existsSync(path.join(dir, 'modules.d', 'newsletter'))).toBe(false)
  })

  it('a valid ref name still installs (with unpinned-git-rev), and the vendored header holds one comment per line', async () => {
    const dir = shopWithGitNewsletter('"release/0.4"')
    const r = await cli(['install', 'newsletter', '--root', dir, '--format', 'json'])
    const report = JSON.parse(r.stdout) as Report
    expect(report.errors).toEqual([])
    expect(report.warnings.map((w) => w.rule)).toContain('unpinned-git-rev')
    const vendored = readFileSync(path.join(dir, 'modules.d', 'newsletter', 'rustok-module.toml'), 'utf8')
    expect(vendored.split('\n').slice(0, 4).every((l) => l.startsWith('# '))).toBe(true)
    expect(vendored).toContain('shop-newsletter from https://example.com/shop/newsletter.git at release/0.4')
    expect(parseToml(readFileSync(path.join(dir, 'modules.toml'), 'utf8'), 'modules.toml')).toMatchObject({ modules: { newsletter: { source: 'git', rev: 'release/0.4' } } })
  })

  it('modules.toml is held to the same grammar', async () => {
    const dir = shopWithGitNewsletter('"0123456789abcdef0123456789abcdef01234567"')
    expect((await cli(['install', 'newsletter', '--root', dir])).code).toBe(0)
    const file = path.join(dir, 'modules.toml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('rev = "0123456789abcdef0123456789abcdef01234567"', 'rev = "--upload-pack=touch /tmp/x"'))
    const v = JSON.parse((await cli(['validate', '--root', dir, '--format', 'json'])).stdout) as Report
    expect(v.errors.map((e) => [e.rule, e.file])).toContainEqual(['invalid-git-rev', 'modules.toml'])
  })
})

describe('gitRevProblem', () => {
  it.each(['0123456789abcdef0123456789abcdef01234567', 'abcd', 'main', 'v1.2.3', 'release/0.4', 'refs/tags/v1.0.0', 'feature_x-y'])('accepts %s', (rev) => {
    expect(gitRevProblem(rev)).toBeNull()
  })
  it.each([HOSTILE_REV, 'a\rb', 'a\tb', 'a b', 'a..b', 'a@{1}', '@', '-x', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '/a', 'a/', 'a//b', 'a.', '.a', 'a/.b', 'a.lock', 'x\u001b[2J', 'x\u0085', ''])('refuses %j', (rev) => {
    expect(gitRevProblem(rev)).toEqual(expect.any(String))
  })
})

describe('vendoredText', () => {
  it('quotes no line break into a comment, whatever it is given', () => {
    const text = vendoredText({ slug: 'x', name: 'X', source: 'git', crate: 'x', git: 'https://h/o/r.git', rev: HOSTILE_REV, depends_on: [], tags: [] }, { module: { slug: 'x' } }, 'https://h/cat\r\n[evil]\u0000.toml')
    const data = parseToml(text, 'v.toml')
    expect(data).toEqual({ module: { slug: 'x' } })
    expect(commentText('a\nb\u007f\tc')).toBe('a\\u000Ab\\u007F\tc')
  })
})

describe('an empty catalog', () => {
  it('is told to start with schema = 1 (catalogs are schema 1), a remote one too', () => {
    const c = readCatalog('https://127.0.0.1:1/marketplace.toml', '# nothing yet\n')
    expect(c.diagnostics.map((d) => [d.rule, d.hint])).toEqual([['empty-file', 'Start with `schema = 1`; see the README for a complete example.']])
  })
})
