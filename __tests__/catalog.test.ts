/**
 * marketplace.toml reading, validation and search; catalogs fetched from a URL (a local HTTP
 * server on 127.0.0.1 — tests never leave the machine); and the editor on layouts RusToK does not
 * use (`[modules.<slug>]` tables, multi-line default_enabled) and on layouts it refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readCatalog, searchCatalog } from '../src/core/catalog/catalog.js'
import { addDefaultEnabled, addModule, removeDefaultEnabled, removeModule } from '../src/core/catalog/edit.js'
import { tomlString } from '../src/core/manifest/toml-write.js'
import { catalogUrlProblem, fetchCatalogText, loadCatalog } from '../src/app/catalog.js'
import { CatalogFetchError } from '../src/core/diagnostics/errors.js'
import { runCli } from '../src/drivers/cli/main.js'

const FIXTURE = readFileSync(path.join(process.cwd(), '__tests__', 'fixtures', 'catalog', 'rustok-marketplace.toml'), 'utf8')
const SHOP = path.join(process.cwd(), 'examples', 'shop')

describe('reading marketplace.toml', () => {
  it('the test catalog is valid; entries are ordered by slug; defaults are filled in', () => {
    const c = readCatalog('marketplace.toml', FIXTURE)
    expect(c.ok).toBe(true)
    expect(c.diagnostics).toEqual([])
    expect(c.items.map((i) => [i.slug, i.valid])).toEqual([['blog', true], ['coupons', true], ['loyalty', true], ['reviews', true], ['tax', true], ['wishlist', true]])
    // A crates-io entry's package table is read with the entry (the crate's rustok-module.toml).
    expect(c.items.find((i) => i.slug === 'wishlist')!.entry!.package).toMatchObject({ module: { slug: 'wishlist', version: '0.3.1' }, crate: { entry_type: 'WishlistModule' } })
    expect(c.items.find((i) => i.slug === 'tax')!.entry).toMatchObject({ depends_on: [], source: 'path', path: 'crates/rustok-tax' })
  })

  it('a wrong or missing schema makes the whole file unusable', () => {
    for (const [text, message] of [
      ['[modules]\n', 'marketplace.toml has no `schema` key'],
      ['schema = 2\n', 'Unsupported catalog schema: 2'],
      ['schema = "1"\n', 'Unsupported catalog schema: "1"']
    ] as const) {
      const c = readCatalog('marketplace.toml', text)
      expect([c.ok, c.diagnostics.map((d) => [d.rule, d.message])]).toEqual([false, [['unsupported-schema', message]]])
    }
    const syntax = readCatalog('marketplace.toml', 'schema = 1\n[modules\n')
    expect([syntax.ok, syntax.diagnostics[0]!.rule]).toEqual([false, 'toml-syntax'])
  })

  it('each entry is checked on its own, with located findings', () => {
    const c = readCatalog(
      'marketplace.toml',
      [
        'schema = 1',
        'update_at = "x"',
        '[modules.a]',
        'slug = "a"',
        'name = "A"',
        'source = "crates-io"',
        'crate = "a-crate"',
        'version = "1.0.0"',
        'depend_on = ["b"]',
        '[modules.b]',
        'slug = "b"',
        'name = "B"',
        'source = "crates-io"',
        'crate = "b-crate"',
        'version = "1.0.0"',
        'tags = "one"',
        '[modules.c]',
        'slug = "a"',
        'name = "C"',
        'source = "svn"',
        'crate = "c"',
        '[modules.d]',
        'slug = "d"',
        'name = "D"',
        'source = "git"',
        'crate = "d"',
        'git = "git@github.com:o/d.git"',
        'rev = "main"',
        ''
      ].join('\n')
    )
    expect(c.ok).toBe(true)
    // c's shape is broken, but its slug, read raw, duplicates a's: neither is offered.
    expect(c.diagnostics.map((d) => [d.line, d.severity, d.rule, d.message])).toEqual([[2, 'warning', 'unknown-key', 'unknown key `update_at` (did you mean `updated_at`?); it is ignored']])
    const findings = Object.fromEntries(c.items.map((i) => [i.key, [i.valid, i.diagnostics.map((d) => `${d.line} ${d.severity}[${d.rule}]`)]]))
    expect(findings).toEqual({
      a: [false, ['9 warning[unknown-key]', '17 error[catalog-duplicate-slug]']],
      b: [false, ['16 error[invalid-type]']],
      c: [false, ['17 error[catalog-duplicate-slug]', '20 error[invalid-value]']],
      d: [true, ['28 warning[unpinned-git-rev]']]
    })
    expect(readCatalog('m.toml', 'schema = 1\n[modules.x]\nslug = "s"\nname = "X"\nsource = "path"\ncrate = "x"\npath = "x"\n[modules.y]\nslug = "s"\nname = "Y"\nsource = "path"\ncrate = "y"\npath = "y"\n').items.map((i) => [i.key, i.valid, i.diagnostics.map((d) => d.rule)])).toEqual([
      ['x', false, ['catalog-duplicate-slug']],
      ['y', false, ['catalog-duplicate-slug']]
    ])
  })

  it('search: every word must match slug, name, description or a tag, case-insensitively; --tag filters', () => {
    const c = readCatalog('marketplace.toml', FIXTURE)
    const slugs = (q: Parameters<typeof searchCatalog>[1]) => searchCatalog(c, q).map((i) => i.slug)
    expect(slugs({})).toEqual(['blog', 'coupons', 'loyalty', 'reviews', 'tax', 'wishlist'])
    expect(slugs({ query: 'PRODUCT' })).toEqual(['reviews', 'wishlist'])
    expect(slugs({ query: 'points checkout' })).toEqual(['loyalty'])
    expect(slugs({ query: 'points blog' })).toEqual([])
    expect(slugs({ tag: 'marketing' })).toEqual(['coupons', 'loyalty'])
    expect(slugs({ tag: 'commerce', query: 'tax' })).toEqual(['tax'])
    expect(slugs({ tag: 'comm' })).toEqual([])
  })
})

describe('catalogs from a URL (a local server on 127.0.0.1)', () => {
  let server: http.Server
  let base = ''
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/'
      if (url === '/marketplace.toml') res.end(FIXTURE)
      else if (url === '/moved') res.writeHead(302, { location: '/marketplace.toml' }).end()
      else if (url === '/away') res.writeHead(302, { location: 'http://example.com/marketplace.toml' }).end()
      else if (url === '/loop') res.writeHead(302, { location: '/loop' }).end()
      else if (url === '/big') res.end('#'.repeat(5000))
      else if (url === '/big-chunked') {
        res.write('#'.repeat(600))
        res.end('#'.repeat(600))
      } else if (url === '/slow') res.write('# a first byte, then nothing') // never ends
      else res.writeHead(404).end('not found')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('https:// anywhere; http:// only to the loopback interface; nothing else', () => {
    const why = (u: string) => catalogUrlProblem(new URL(u))
    expect(why('https://catalog.example.com/marketplace.toml')).toBeNull()
    expect(why('http://127.0.0.1:8080/m.toml')).toBeNull()
    expect(why('http://localhost/m.toml')).toBeNull()
    expect(why('http://[::1]/m.toml')).toBeNull()
    expect(why('http://example.com/m.toml')).toMatch(/use https:\/\//)
    expect(why('http://127.0.0.1.example.com/m.toml')).toMatch(/use https:\/\//)
    expect(why('file:///etc/passwd')).toMatch(/uses file:/)
    expect(why('ftp://example.com/m.toml')).toMatch(/uses ftp:/)
  })

  it('loads a catalog, following a redirect on the same host', async () => {
    const c = await loadCatalog(SHOP, `${base}/marketplace.toml`, { allowPrivate: true })
    expect([c.file, c.ok, c.items.length]).toEqual([`${base}/marketplace.toml`, true, 6])
    expect((await loadCatalog(SHOP, `${base}/moved`, { allowPrivate: true })).items.length).toBe(6)
  })

  it('refuses what it must, as I/O errors', async () => {
    const fails = async (p: Promise<unknown>, message: RegExp) => {
      const err = await p.then(() => null, (e: unknown) => e)
      expect(err).toBeInstanceOf(CatalogFetchError)
      expect((err as Error).message).toMatch(message)
    }
    await fails(fetchCatalogText('http://example.com/marketplace.toml'), /refusing to fetch the catalog: it uses http:\/\/ to a host other than/)
    await fails(fetchCatalogText(`${base}/away`, { allowPrivate: true }), /http:\/\/example\.com\/marketplace\.toml: refusing to fetch/)
    await fails(fetchCatalogText(`${base}/loop`, { allowPrivate: true }), /more than 5 redirects/)
    await fails(fetchCatalogText(`${base}/nothing-here`, { allowPrivate: true }), /HTTP 404/)
    await fails(fetchCatalogText(`${base}/big`, { maxBytes: 1000, allowPrivate: true }), /larger than 1000 bytes/)
    await fails(fetchCatalogText(`${base}/big-chunked`, { maxBytes: 1000, allowPrivate: true }), /larger than 1000 bytes/)
    await fails(fetchCatalogText(`${base}/slow`, { timeoutMs: 300, allowPrivate: true }), /no complete answer within 300 ms/)
    await fails(fetchCatalogText('https://'), /not a valid URL/)
  })

  it('catalog list --catalog URL through the CLI', async () => {
    const out: string[] = []
    const code = await runCli(['catalog', 'list', '--catalog', `${base}/marketplace.toml`, '--allow-private-catalog', '--root', SHOP, '--format', 'json'], { stdout: (t) => out.push(t), stderr: () => {}, cwd: process.cwd() })
    expect(code).toBe(0)
    const json = JSON.parse(out.join('\n'))
    expect([json.catalog, json.modules.map((m: { slug: string; installed: boolean }) => `${m.slug}:${m.installed}`)]).toEqual([`${base}/marketplace.toml`, ['blog:true', 'coupons:false', 'loyalty:false', 'reviews:false', 'tax:false', 'wishlist:false']])
    const err: string[] = []
    expect(await runCli(['catalog', 'list', '--catalog', 'http://example.com/m.toml', '--root', SHOP], { stdout: () => {}, stderr: (t) => err.push(t), cwd: process.cwd() })).toBe(2)
    expect(err.join('\n')).toMatch(/^error\[catalog-fetch-error\]: http:\/\/example\.com\/m\.toml: refusing to fetch the catalog/)
  })
})

describe('the editor on other layouts', () => {
  const TABLES = [
    '# modules as tables',
    'schema = 2',
    '',
    '[modules.blog]',
    'crate = "shop-blog"',
    'source = "path"',
    'path = "crates/blog"',
    '# forum comes next',
    '',
    '[modules.forum]',
    'crate = "shop-forum"',
    'source = "path"',
    'path = "crates/forum"',
    '',
    '[settings]',
    'default_enabled = [',
    '    "blog",',
    '    "forum",  # community',
    ']',
    ''
  ].join('\n')

  it('[modules.<slug>] style: a new block after the last one; removal keeps the neighbours and their comments', () => {
    const added = addModule(TABLES, 'modules.toml', 'search', { crate: 'shop-search', source: 'registry', version: '0.3', runtime: 'extension', depends_on: ['blog'] })
    if (!added.ok) throw new Error(added.diagnostics[0]!.message)
    expect(added.text).toBe(TABLES.replace('path = "crates/forum"\n', 'path = "crates/forum"\n\n[modules.search]\ncrate = "shop-search"\nsource = "registry"\nversion = "0.3"\ndepends_on = ["blog"]\nruntime = "extension"\n'))
    const blogGone = removeModule(added.text, 'modules.toml', 'blog')
    if (!blogGone.ok) throw new Error(blogGone.diagnostics[0]!.message)
    expect(blogGone.text.startsWith('# modules as tables\nschema = 2\n\n# forum comes next\n\n[modules.forum]\n')).toBe(true)
    const back = removeModule(added.text, 'modules.toml', 'search')
    expect(back.ok && back.text).toBe(TABLES)
  })

  it('multi-line default_enabled: elements go and come line by line, comments stay', () => {
    const gone = removeDefaultEnabled(TABLES, 'modules.toml', 'forum')
    expect(gone.ok && gone.text).toBe(TABLES.replace('    "forum",  # community\n', ''))
    const first = removeDefaultEnabled(TABLES, 'modules.toml', 'blog')
    expect(first.ok && first.text).toBe(TABLES.replace('    "blog",\n', ''))
    const more = addDefaultEnabled(TABLES, 'modules.toml', 'search')
    expect(more.ok && more.text).toBe(TABLES.replace('  # community\n]', '  # community\n    "search",\n]'))
    const noTrailing = TABLES.replace('"forum",  # community', '"forum"  # community')
    const added = addDefaultEnabled(noTrailing, 'modules.toml', 'search')
    expect(added.ok && added.text).toBe(TABLES.replace('  # community\n]', '  # community\n    "search"\n]'))
    const restored = removeDefaultEnabled(added.ok ? added.text : '', 'modules.toml', 'search')
    expect(restored.ok && restored.text).toBe(noTrailing)
  })

  it('single-line default_enabled: first, middle, last and only element', () => {
    const doc = (list: string) => `schema = 2\n[settings]\ndefault_enabled = ${list} # on\n`
    const rm = (list: string, slug: string) => {
      const r = removeDefaultEnabled(doc(list), 'modules.toml', slug)
      return r.ok ? r.text : r.diagnostics[0]!.message
    }
    expect(rm('["a", "b", "c"]', 'a')).toBe(doc('["b", "c"]'))
    expect(rm('["a", "b", "c"]', 'b')).toBe(doc('["a", "c"]'))
    expect(rm('["a", "b", "c"]', 'c')).toBe(doc('["a", "b"]'))
    expect(rm('["a","b",]', 'b')).toBe(doc('["a",]'))
    expect(rm('[ "a" ]', 'a')).toBe(doc('[]'))
    expect(rm("['a', 'b']", 'a')).toBe(doc("['b']"))
    expect(rm('["a", "b", "a"]', 'a')).toBe(doc('["b"]'))
    expect(rm('["a"]', 'x')).toBe(doc('["a"]'))
    const add = (list: string, slug: string) => {
      const r = addDefaultEnabled(doc(list), 'modules.toml', slug)
      return r.ok ? r.text : r.diagnostics[0]!.message
    }
    expect(add('[]', 'a')).toBe(doc('["a"]'))
    expect(add('["a","b"]', 'c')).toBe(doc('["a","b","c"]'))
    expect(add('["a", "b",]', 'c')).toBe(doc('["a", "b", "c",]'))
    expect(add('["a"]', 'a')).toBe(doc('["a"]'))
  })

  it('values are escaped TOML strings; the slug and the crate are checked first', () => {
    expect(tomlString('a"b\\c\n\u0007\u007f\ufffdé')).toBe('"a\\"b\\\\c\\n\\u0007\\u007F\\uFFFDé"')
    const base = 'schema = 2\n[modules]\n'
    const r = addModule(base, 'modules.toml', 'odd', { crate: 'odd', source: 'path', path: 'crates/"quoted"\\dir' })
    expect(r.ok && r.text).toBe(base + 'odd = { crate = "odd", source = "path", path = "crates/\\"quoted\\"\\\\dir" }\n')
    expect(r.ok && (r.data.modules as Record<string, { path: string }>).odd!.path).toBe('crates/"quoted"\\dir')
    const badSlug = addModule(base, 'modules.toml', 'blоg', { crate: 'x', source: 'path', path: 'x' })
    expect(!badSlug.ok && badSlug.diagnostics.map((d) => d.rule)).toEqual(['invalid-slug'])
    const badCrate = addModule(base, 'modules.toml', 'x', { crate: 'x" }\nevil = { crate = "y', source: 'path', path: 'x' })
    expect(!badCrate.ok && badCrate.diagnostics.map((d) => d.rule)).toEqual(['invalid-crate-name'])
  })

  it('no [modules] yet: the table is created; the last entry of a header-less file leaves an empty [modules]', () => {
    const r = addModule('schema = 2', 'modules.toml', 'a', { crate: 'a', source: 'crates-io', version: '1' })
    expect(r.ok && r.text).toBe('schema = 2\n\n[modules]\na = { crate = "a", source = "crates-io", version = "1" }\n')
    const t = removeModule('schema = 2\n\n[modules.a]\ncrate = "a"\nsource = "path"\npath = "a"\n', 'modules.toml', 'a')
    expect(t.ok && t.text).toBe('schema = 2\n\n[modules]\n')
  })

  it('layouts it cannot edit safely are refused with edit-verification-failed', () => {
    const inline = addModule('schema = 2\nmodules = { a = { crate = "a", source = "path", path = "a" } }\n', 'modules.toml', 'b', { crate: 'b', source: 'path', path: 'b' })
    expect(!inline.ok && inline.diagnostics.map((d) => [d.rule, d.message])).toEqual([['edit-verification-failed', 'modules.toml was not edited: `modules` is written as one inline table; nothing was written']])
    const settings = removeDefaultEnabled('schema = 2\nsettings = { default_enabled = ["a"] }\n', 'modules.toml', 'a')
    expect(!settings.ok && settings.diagnostics.map((d) => d.rule)).toEqual(['edit-verification-failed'])
    const twice = addModule('schema = 2\n[modules]\na = { crate = "a", source = "path", path = "a" }\n', 'modules.toml', 'a', { crate: 'a', source: 'path', path: 'a' })
    expect(!twice.ok && twice.diagnostics[0]!.message).toBe("modules.toml was not edited: module 'a' is already there; nothing was written")
    const broken = removeModule('schema = 2\n[modules\n', 'modules.toml', 'a')
    expect(!broken.ok && broken.diagnostics.map((d) => d.rule)).toEqual(['toml-syntax'])
  })
})
