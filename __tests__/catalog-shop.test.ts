/**
 * The catalog commands on examples/shop (its marketplace.toml), in temp copies: uninstall of a leaf
 * (forum) followed by generate leaves a checkout that `check` accepts; installing it back from the
 * catalog does too; the crates-io newsletter installs with its vendored package manifest and its
 * Cargo.toml declarations, and uninstalls back to the same bytes.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCatalog } from '../src/core/catalog/catalog.js'
import { parseToml } from '../src/core/manifest/toml.js'
import { cli, tree } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const ORIGINAL = readFileSync(path.join(SHOP, 'modules.toml'), 'utf8')

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function copyOfShop(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-catalog-shop-')), 'shop')
  temps.push(path.dirname(dir))
  cpSync(SHOP, dir, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
  return dir
}

describe('examples/shop/marketplace.toml', () => {
  it('is a valid catalog without findings, offering the shop modules and a crates-io one', () => {
    const c = readCatalog('marketplace.toml', readFileSync(path.join(SHOP, 'marketplace.toml'), 'utf8'))
    expect(c.diagnostics).toEqual([])
    expect(c.items.map((i) => [i.slug, i.valid, i.diagnostics])).toEqual(
      ['blog', 'comments', 'content', 'forum', 'newsletter', 'search'].map((s) => [s, true, []])
    )
  })

  it('catalog list / search in the shop: installed modules are marked', async () => {
    const r = await cli(['catalog', 'list', '--root', SHOP, '--format', 'json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.modules.map((m: { slug: string; installed: boolean }) => [m.slug, m.installed])).toEqual([
      ['blog', true], ['comments', true], ['content', true], ['forum', true], ['newsletter', false], ['search', true]
    ])
    const s = await cli(['catalog', 'search', 'EDITORIAL', '--root', SHOP])
    expect(s.stdout.split('\n')).toEqual([
      'blog        path crates/blog          Blog — Blog posts built on content, with comment threads [blog, content, editorial] (installed)',
      'newsletter  crates-io 0.4.2           Newsletter — Email digests of new blog posts [email, editorial]',
      '2 of 6 modules in marketplace.toml'
    ])
    const t = await cli(['catalog', 'list', '--tag', 'Community', '--root', SHOP, '--format', 'json'])
    expect(JSON.parse(t.stdout).modules.map((m: { slug: string }) => m.slug)).toEqual(['comments', 'forum'])
  })

  it('catalog list reports a modules.toml that is not TOML (file:line:col, toml-syntax, exit 1) instead of listing nothing as installed', async () => {
    const dir = copyOfShop()
    writeFileSync(path.join(dir, 'modules.toml'), 'schema = 2\n\n[modules]\nblog = { crate = "shop-blog", source = \n')
    const text = await cli(['catalog', 'list', '--root', dir])
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/^modules\.toml:4:\d+: error\[toml-syntax\]: invalid TOML/m)
    expect(text.stderr).toContain('modules.toml: cannot tell which modules are installed (1 error, 0 warnings)')
    const json = await cli(['catalog', 'list', '--root', dir, '--format', 'json'])
    expect(json.code).toBe(1)
    const r = JSON.parse(json.stdout)
    expect(r.ok).toBe(false)
    expect(r.errors).toEqual([expect.objectContaining({ rule: 'toml-syntax', file: 'modules.toml', line: 4 })])
    expect(r.modules.every((m: { installed: boolean | null }) => m.installed === null)).toBe(true)
    // No manifest at all: the catalog is listed, nothing is known to be installed, no finding.
    rmSync(path.join(dir, 'modules.toml'))
    const none = await cli(['catalog', 'list', '--root', dir, '--format', 'json'])
    expect(none.code).toBe(0)
    expect(JSON.parse(none.stdout)).toMatchObject({ ok: true, errors: [] })
  })
})

describe('uninstall and install in a copy of examples/shop', () => {
  it('uninstall forum (a leaf): its line and its default_enabled element go, generate runs, check passes', async () => {
    const dir = copyOfShop()
    const r = await cli(['uninstall', 'forum', '--root', dir])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')).toEqual([
      'removed forum (and from settings.default_enabled)',
      'wrote modules.toml',
      'wrote apps/server/src/modules/generated.rs',
      'wrote apps/server/Cargo.toml',
      'wrote apps/admin/src/generated.rs',
      'wrote apps/storefront/src/generated.rs',
      'wrote apps/storefront/Cargo.toml',
      '6 files written (0 errors, 0 warnings)'
    ])
    const text = readFileSync(path.join(dir, 'modules.toml'), 'utf8')
    expect(text).toBe(
      ORIGINAL.replace('forum = { crate = "shop-forum", source = "path", path = "crates/forum", depends_on = ["content"] }\n', '').replace(
        'default_enabled = ["blog", "comments", "forum"]',
        'default_enabled = ["blog", "comments"]'
      )
    )
    expect(readFileSync(path.join(dir, 'apps/storefront/src/generated.rs'), 'utf8')).not.toContain('forum')
    const check = await cli(['check', '--root', dir])
    expect([check.code, check.stderr]).toEqual([0, ''])
    expect(check.stdout).toContain('generated files are up to date (0 errors, 0 warnings)')

    // …and back from the catalog: the entry goes after the last one (the catalog does not enable it).
    const back = await cli(['install', 'forum', '--root', dir, '--format', 'json'])
    expect(back.code).toBe(0)
    expect(JSON.parse(back.stdout)).toMatchObject({ ok: true, applied: true, added: [{ slug: 'forum', source: 'path', path: 'crates/forum', version: '0.1.0', depends_on: ['content'], dependency_of: null }] })
    const again = readFileSync(path.join(dir, 'modules.toml'), 'utf8')
    expect(again).toBe(
      text.replace(
        'search = { crate = "shop-search", source = "path", path = "crates/search", runtime = "extension" }\n',
        'search = { crate = "shop-search", source = "path", path = "crates/search", runtime = "extension" }\nforum = { crate = "shop-forum", source = "path", path = "crates/forum", depends_on = ["content"] }\n'
      )
    )
    expect((await cli(['check', '--root', dir])).code).toBe(0)
    expect(readFileSync(path.join(dir, 'apps/storefront/src/generated.rs'), 'utf8')).toContain('shop_forum_storefront::ForumStorefront')
  })

  it('install of an already installed module changes nothing and exits 0', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['install', 'search', '--root', dir])
    expect(r).toEqual({ code: 0, stdout: 'search 0.3.0 is already installed (modules.toml:41); nothing to do', stderr: '' })
    expect(tree(dir)).toEqual(before)
  })

  it('install of the crates-io newsletter: vendors its package manifest, declares it in the server, generates; uninstall restores every byte', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['install', 'newsletter', '--root', dir, '--format', 'json'])
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ ok: true, applied: true, refused: false, vendored: ['modules.d/newsletter/rustok-module.toml'], deleted: [] })
    expect(json.declared).toEqual(['apps/server/Cargo.toml: [dependencies] shop-newsletter', 'apps/server/Cargo.toml: [features] mod-newsletter'])
    expect(json.written).toEqual(['modules.toml', 'modules.d/newsletter/rustok-module.toml', 'apps/server/Cargo.toml', 'apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs'])
    // Cargo.lock does not lock shop-newsletter yet, and the tool says so.
    expect(json.warnings.map((w: { rule: string }) => w.rule)).toEqual(['lockfile-outdated'])
    const vendored = readFileSync(path.join(dir, 'modules.d/newsletter/rustok-module.toml'), 'utf8')
    expect(vendored.split('\n')[0]).toBe("# Package manifest of the crates-io module 'newsletter' (shop-newsletter 0.4.2).")
    // The vendored file is the crate's own package manifest, as the catalog carries it.
    const crateOwn = readFileSync(path.join(process.cwd(), '__tests__/fixtures/registry/shop-newsletter-0.4.2/rustok-module.toml'), 'utf8')
    expect(parseToml(vendored, 'v')).toEqual(parseToml(crateOwn, 'c'))
    const server = readFileSync(path.join(dir, 'apps/server/Cargo.toml'), 'utf8')
    expect(server).toContain('mod-search = ["dep:shop-search"]\nmod-newsletter = ["dep:shop-newsletter", "mod-blog"]\n')
    expect(server.endsWith('shop-storefront = { workspace = true, optional = true }\nshop-newsletter = { version = "0.4.2", optional = true }\n')).toBe(true)
    expect(readFileSync(path.join(dir, 'apps/server/src/modules/generated.rs'), 'utf8')).toContain('    #[cfg(feature = "mod-newsletter")]\n    router.merge(shop_newsletter::http::router());\n')
    expect((await cli(['check', '--root', dir])).code).toBe(0)

    const u = await cli(['uninstall', 'newsletter', '--root', dir])
    expect(u.code).toBe(0)
    expect(u.stdout).toContain('removed its vendored package manifest: modules.d/newsletter/rustok-module.toml')
    expect(u.stderr).toContain('warning[lockfile-outdated]')
    expect(tree(dir)).toEqual(before)
    expect(existsSync(path.join(dir, 'modules.d'))).toBe(false)
  })

  it('--dry-run of the newsletter install shows all six files and writes nothing', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['install', 'newsletter', '--root', dir, '--dry-run'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--- /dev/null\n+++ b/modules.d/newsletter/rustok-module.toml\n')
    expect(r.stdout).toContain('+shop-newsletter = { version = "0.4.2", optional = true }')
    expect(r.stdout).toContain('dry run: nothing written; 6 files would change (0 errors, 0 warnings)')
    expect(tree(dir)).toEqual(before)
  })

  it('--update-lockfile: a cargo failure (offline, shop-newsletter in no registry) undoes the whole change', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['install', 'newsletter', '--root', dir, '--update-lockfile', '--offline', '--format', 'json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ ok: false, refused: true })
    expect(json.errors.map((e: { rule: string }) => e.rule)).toEqual(['lockfile-update-failed'])
    expect(json.errors[0].message).toContain('shop-newsletter')
    expect(tree(dir)).toEqual(before)
    expect(existsSync(path.join(dir, 'modules.d'))).toBe(false)
  })

  it('uninstall of a required module / a module with dependents is refused, naming why', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['uninstall', 'content', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stderr.split('\n').filter((l) => !l.startsWith('  hint'))).toEqual([
      "modules.toml:34:1: error[module-has-dependents]: Module 'content' cannot be uninstalled: blog, forum depend on it",
      "modules.toml:34:1: error[module-required]: Module 'content' is required (a core module, always active) and cannot be uninstalled",
      'refused: nothing written (2 errors, 0 warnings)'
    ])
    const c = await cli(['uninstall', 'comments', '--root', dir])
    expect(c.stderr).toContain("error[module-has-dependents]: Module 'comments' cannot be uninstalled: blog depends on it")
    expect(tree(dir)).toEqual(before)
  })

  it('--dry-run of uninstall forum prints every diff and writes nothing', async () => {
    const dir = copyOfShop()
    const before = tree(dir)
    const r = await cli(['uninstall', 'forum', '--root', dir, '--dry-run'])
    expect(r.code).toBe(0)
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('+++ '))
    expect(headers).toEqual(['+++ b/modules.toml', '+++ b/apps/server/src/modules/generated.rs', '+++ b/apps/server/Cargo.toml', '+++ b/apps/admin/src/generated.rs', '+++ b/apps/storefront/src/generated.rs', '+++ b/apps/storefront/Cargo.toml'])
    expect(r.stdout).toContain('-    "mod-forum",')
    expect(r.stdout).toMatch(/dry run: nothing written; 6 files would change \(0 errors, 0 warnings\)$/)
    expect(tree(dir)).toEqual(before)
  })
})
