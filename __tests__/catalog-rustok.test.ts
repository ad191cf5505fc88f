/**
 * install / uninstall on RusToK's real modules.toml (../shared/fixtures/rustok, read in place; edits
 * happen in memory or in temp copies). Golden diffs: an install adds exactly its lines, an uninstall
 * removes exactly its line and its default_enabled element, and install + uninstall restores the
 * file byte for byte — Russian banners, comments and one-line inline entries untouched.
 */
import { afterAll, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { readCatalog } from '../src/core/catalog/catalog.js'
import { planInstall, planUninstall, catalogPackageFiles } from '../src/core/catalog/install.js'
import { cli, tree } from './cli-helpers.js'
import { describeRustok, RUSTOK_DIR } from './rustok-fixture.js'

const RUSTOK = RUSTOK_DIR ?? ''
const ORIGINAL = RUSTOK_DIR ? readFileSync(path.join(RUSTOK_DIR, 'modules.toml'), 'utf8') : ''
const CATALOG_FILE = path.join(process.cwd(), '__tests__', 'fixtures', 'catalog', 'rustok-marketplace.toml')
const CATALOG = readCatalog('marketplace.toml', readFileSync(CATALOG_FILE, 'utf8'))

function files(catalog = CATALOG): Map<string, string | null> {
  return new Map(catalog.items.length ? catalogPackageFiles(catalog).map((f) => [f, readOrNull(path.join(RUSTOK, f))]) : [])
}
function readOrNull(p: string): string | null {
  try {
    return readFileSync(p, 'utf8')
  } catch {
    return null
  }
}

const install = (slug: string, text = ORIGINAL, versionReq?: string) => planInstall({ manifestFile: 'modules.toml', manifestText: text, catalog: CATALOG, slug, files: files(), versionReq })
const uninstall = (slug: string, text = ORIGINAL) => planUninstall({ manifestFile: 'modules.toml', manifestText: text, slug })
const diffOf = (before: string, after: string) => createTwoFilesPatch('a/modules.toml', 'b/modules.toml', before, after, undefined, undefined, { context: 1, headerOptions: FILE_HEADERS_ONLY })

describeRustok('install on RusToK modules.toml (pure plan)', () => {
  it('a crates-io module that needs installed modules adds exactly one line, after the last entry', () => {
    const plan = install('wishlist')
    expect(plan.ok).toBe(true)
    expect(plan.added.map((a) => [a.slug, a.dependencyOf])).toEqual([['wishlist', null]])
    expect(diffOf(ORIGINAL, plan.text!)).toBe(
      [
        '--- a/modules.toml',
        '+++ b/modules.toml',
        '@@ -89,2 +89,3 @@',
        ' iggy_connector = { crate = "rustok-iggy-connector", source = "path", path = "crates/rustok-iggy-connector", runtime = "extension" }',
        '+wishlist = { crate = "rustok-wishlist", source = "crates-io", version = "0.3.1", depends_on = ["product", "customer"] }',
        ' ',
        ''
      ].join('\n')
    )
  })

  it('a git module brings along the catalog dependency that is not installed yet (dependencies first)', () => {
    const plan = install('loyalty')
    expect(plan.ok).toBe(true)
    expect(plan.added.map((a) => [a.slug, a.dependencyOf])).toEqual([['wishlist', 'loyalty'], ['loyalty', null]])
    expect(diffOf(ORIGINAL, plan.text!)).toBe(
      [
        '--- a/modules.toml',
        '+++ b/modules.toml',
        '@@ -89,2 +89,4 @@',
        ' iggy_connector = { crate = "rustok-iggy-connector", source = "path", path = "crates/rustok-iggy-connector", runtime = "extension" }',
        '+wishlist = { crate = "rustok-wishlist", source = "crates-io", version = "0.3.1", depends_on = ["product", "customer"] }',
        '+loyalty = { crate = "rustok-loyalty", source = "git", git = "https://github.com/example/rustok-loyalty.git", rev = "0123456789abcdef0123456789abcdef01234567", depends_on = ["wishlist", "order"] }',
        ' ',
        ''
      ].join('\n')
    )
  })

  it('install then uninstall restores the file byte for byte', () => {
    const one = install('wishlist')
    expect(uninstall('wishlist', one.text!).text).toBe(ORIGINAL)
    const two = install('loyalty')
    const back = uninstall('wishlist', uninstall('loyalty', two.text!).text!)
    expect(back.text).toBe(ORIGINAL)
  })

  it('--version: the catalog version must satisfy the Cargo requirement', () => {
    expect(install('wishlist', ORIGINAL, '0.3').ok).toBe(true)
    expect(install('wishlist', ORIGINAL, '>=0.3, <0.4').ok).toBe(true)
    const r = install('wishlist', ORIGINAL, '^0.4')
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['version-mismatch', 12]])
    expect(r.diagnostics[0]!.message).toBe("The catalog offers version 0.3.1 for 'wishlist', which does not satisfy --version ^0.4")
    // Cargo reads a bare 0.3 as ^0.3 (npm would read 0.3.x — the same here), and `1.2 || 2` is not Cargo syntax.
    expect(install('wishlist', ORIGINAL, '0.3 || 0.4').diagnostics[0]!.rule).toBe('invalid-version-req')
  })

  it('an installed module with the catalog spec: nothing to do', () => {
    const r = install('blog')
    expect(r).toMatchObject({ ok: true, changed: false, text: ORIGINAL, added: [] })
    expect(r.message).toBe('blog 0.1.0 is already installed (modules.toml:71); nothing to do')
  })

  it('an installed module that differs from the catalog: install-conflict', () => {
    const other = ORIGINAL.replace('path = "crates/rustok-blog"', 'path = "crates/blog-fork"')
    const r = install('blog', other)
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}: ${d.message}`)).toEqual([
      `modules.toml:71: install-conflict: Module 'blog' is already installed differently: path is "crates/blog-fork" here but "crates/rustok-blog" in the catalog`
    ])
  })
})

describeRustok('refusals (pure plan)', () => {
  it('unknown slug: catalog-unknown-module with a suggestion', () => {
    const r = install('wishlst')
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => [d.rule, d.message])).toEqual([['catalog-unknown-module', "The catalog offers no module 'wishlst' (did you mean 'wishlist'?)"]])
  })

  it('a dependency nobody offers: missing-dependency names it, nothing planned', () => {
    const r = install('reviews')
    expect(r).toMatchObject({ ok: false, text: null, added: [] })
    // Every reason at once: the missing dependency, and no package manifest to vendor.
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}: ${d.message}`)).toEqual([
      'marketplace.toml:82: catalog-package-missing: Catalog entry \'reviews\' (source = "crates-io") carries no package manifest, and modules.d/reviews/rustok-module.toml or modules.d/reviews/module.toml does not exist: code generation cannot register the module',
      "marketplace.toml:89: missing-dependency: Module 'reviews' depends on 'ratings', which is neither installed nor offered by the catalog"
    ])
  })

  it('a catalog entry failing validation is refused with its located error (also when it is only a dependency)', () => {
    const bad = readCatalog('bad-marketplace.toml', readFileSync(path.join(process.cwd(), '__tests__', 'fixtures', 'catalog', 'bad-marketplace.toml'), 'utf8'))
    const run = (slug: string) => planInstall({ manifestFile: 'modules.toml', manifestText: ORIGINAL, catalog: bad, slug, files: new Map() })
    const cases: Array<[string, string, number]> = [
      ['evil', 'invalid-crate-name', 16],
      ['escape', 'path-escape', 24],
      ['helper', 'invalid-git-url', 31],
      ['inject', 'expression-injection', 36],
      ['noversion', 'missing-source-field', 44],
      ['badversion', 'invalid-version', 52],
      ['needs-evil', 'invalid-crate-name', 16],
      ['hostile', 'invalid-rust-path', 83],
      ['wrongslug', 'catalog-package-mismatch', 91],
      ['wrongversion', 'catalog-package-mismatch', 99],
      ['pathpkg', 'catalog-package-mismatch', 107]
    ]
    for (const [slug, rule, line] of cases) {
      const r = run(slug)
      expect([slug, r.ok, r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.rule, d.line])]).toEqual([slug, false, [['bad-marketplace.toml', rule, line]]])
    }
    // The look-alike slug is not even found under its ASCII spelling.
    expect(run('blog').diagnostics.map((d) => d.rule)).toEqual(['catalog-unknown-module'])
    expect(run('good').ok).toBe(true)
  })

  it('uninstall of a required module: module-required, at its line', () => {
    const r = uninstall('outbox')
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual([
      "42:1 module-has-dependents: Module 'outbox' cannot be uninstalled: events, rbac, social_graph, reactions, blog, notifications, pages, navigation, taxonomy, media depend on it",
      "42:1 module-required: Module 'outbox' is required (a core module, always active) and cannot be uninstalled"
    ])
  })

  it('uninstall of a module others depend on: module-has-dependents names them', () => {
    const r = uninstall('taxonomy')
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([['module-has-dependents', 78, "Module 'taxonomy' cannot be uninstalled: product, profiles, blog, forum depend on it"]])
  })

  it('uninstall of a module that is not installed', () => {
    expect(uninstall('navigaton').diagnostics.map((d) => [d.rule, d.message])).toEqual([['module-not-installed', "Module 'navigaton' is not installed (did you mean 'navigation'?)"]])
  })
})

describeRustok('uninstall on RusToK modules.toml (pure plan)', () => {
  it('an optional leaf: exactly its line and its default_enabled element go', () => {
    const plan = uninstall('navigation')
    expect(plan).toMatchObject({ ok: true, removed: ['navigation'], disabled: ['navigation'] })
    expect(diffOf(ORIGINAL, plan.text!)).toBe(
      [
        '--- a/modules.toml',
        '+++ b/modules.toml',
        '@@ -75,3 +75,2 @@',
        ' pages = { crate = "rustok-pages", source = "path", path = "crates/rustok-pages", depends_on = ["content", "outbox", "page_builder"] }',
        '-navigation = { crate = "rustok-navigation", source = "path", path = "crates/rustok-navigation", depends_on = ["channel", "outbox"] }',
        ' page_builder = { crate = "rustok-page-builder", source = "path", path = "crates/rustok-page-builder" }',
        '@@ -91,2 +90,2 @@',
        ' [settings]',
        '-default_enabled = ["content", "cart", "customer", "product", "taxonomy", "region", "pricing", "inventory", "order", "payment", "fulfillment", "commerce", "pages", "navigation", "page_builder"]',
        '+default_enabled = ["content", "cart", "customer", "product", "taxonomy", "region", "pricing", "inventory", "order", "payment", "fulfillment", "commerce", "pages", "page_builder"]',
        ''
      ].join('\n')
    )
  })

  it('an optional leaf that is not in default_enabled: only its line', () => {
    const plan = uninstall('iggy_connector')
    expect(plan).toMatchObject({ ok: true, removed: ['iggy_connector'], disabled: [] })
    expect(diffOf(ORIGINAL, plan.text!)).toBe(
      [
        '--- a/modules.toml',
        '+++ b/modules.toml',
        '@@ -88,3 +88,2 @@',
        ' ai = { crate = "rustok-ai", source = "path", path = "crates/rustok-ai", runtime = "extension" }',
        '-iggy_connector = { crate = "rustok-iggy-connector", source = "path", path = "crates/rustok-iggy-connector", runtime = "extension" }',
        ' ',
        ''
      ].join('\n')
    )
  })

  it('CRLF stays CRLF, and install + uninstall still restores every byte', () => {
    const crlf = ORIGINAL.replace(/\n/g, '\r\n')
    const one = install('loyalty', crlf)
    expect(one.ok).toBe(true)
    expect(one.text!.replace(/\r\n/g, '').includes('\n')).toBe(false)
    expect(uninstall('wishlist', uninstall('loyalty', one.text!).text!).text).toBe(crlf)
    const gone = uninstall('commerce', crlf)
    expect(gone.text!.replace(/\r\n/g, '').includes('\n')).toBe(false)
    expect(gone.text).not.toContain('"commerce"')
  })
})

// ───────────────────────────── through the CLI, on a temp copy ─────────────────────────────

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function copyOfRustok(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-catalog-rustok-')), 'rustok')
  temps.push(path.dirname(dir))
  cpSync(RUSTOK, dir, { recursive: true })
  cpSync(CATALOG_FILE, path.join(dir, 'marketplace.toml'))
  return dir
}

/** Every file under `dir` with its content: what "nothing written" is checked against. */

describeRustok('install / uninstall through the CLI (temp copy of RusToK)', () => {
  it('install tax: refused by validation (its package manifest has ui_classification = "none"); nothing written', async () => {
    const dir = copyOfRustok()
    const before = tree(dir)
    const r = await cli(['install', 'tax', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ ok: false, applied: false, refused: true, files: [], written: [] })
    expect(json.errors.map((e: { file: string; line: number; rule: string }) => [e.file, e.line, e.rule])).toEqual([['crates/rustok-tax/rustok-module.toml', 8, 'invalid-value']])
    expect(tree(dir)).toEqual(before)
  })

  it('--dry-run prints the diffs of modules.toml and of the generated files, and writes nothing', async () => {
    const dir = copyOfRustok()
    const before = tree(dir)
    const r = await cli(['uninstall', 'navigation', '--root', dir, '--dry-run'])
    expect(r.stdout).toContain('-navigation = { crate = "rustok-navigation"')
    expect(r.stdout).toContain('--- /dev/null\n+++ b/apps/server/src/modules/generated.rs')
    expect(r.stdout).toMatch(/would remove navigation \(and from settings.default_enabled\)\ndry run: nothing written; 4 files would change/)
    expect(tree(dir)).toEqual(before)
    const json = JSON.parse((await cli(['uninstall', 'navigation', '--root', dir, '--dry-run', '--format', 'json'])).stdout)
    expect(json).toMatchObject({ applied: false, refused: false, dry_run: true, removed: ['navigation'], disabled: ['navigation'], written: [] })
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['modules.toml', 'apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs'])
    expect(tree(dir)).toEqual(before)
  })

  it('a valid path module: install writes its line and the generated registry, uninstall restores modules.toml byte for byte', async () => {
    const dir = copyOfRustok()
    const pkg = path.join(dir, 'crates', 'rustok-tax', 'rustok-module.toml')
    writeFileSync(pkg, readFileSync(pkg, 'utf8').replace('ui_classification = "none"', 'ui_classification = "no_ui"'))
    const r = await cli(['install', 'tax', '--root', dir, '--format', 'json'])
    const json = JSON.parse(r.stdout)
    // Applied: exit 0. The Cargo.toml findings RusToK's snapshot has without this change are warnings,
    // reported as existing before it; the drift now names mod-tax too (a new warning).
    expect(r.code).toBe(0)
    expect(json).toMatchObject({ ok: true, applied: true, refused: false, preexisting: 2, added: [{ slug: 'tax', source: 'path', path: 'crates/rustok-tax', version: '0.1.0', dependency_of: null }] })
    expect(json.errors).toEqual([])
    expect(json.warnings.map((e: { rule: string }) => e.rule).sort()).toEqual(['feature-declaration', 'feature-declaration', 'feature-drift'])
    expect(json.written).toEqual(['modules.toml', 'apps/server/Cargo.toml', 'apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs'])
    // The workspace declares rustok-tax, so the server's new dependency points at it.
    expect(json.declared).toEqual(['apps/server/Cargo.toml: [dependencies] rustok-tax', 'apps/server/Cargo.toml: [features] mod-tax'])
    const cargo = readFileSync(path.join(dir, 'apps/server/Cargo.toml'), 'utf8')
    expect(cargo).toContain('\nmod-tax = ["dep:rustok-tax"]\n')
    expect(cargo).toContain('\nrustok-tax = { workspace = true, optional = true }\n')
    const text = readFileSync(path.join(dir, 'modules.toml'), 'utf8')
    expect(diffOf(ORIGINAL, text)).toContain('+tax = { crate = "rustok-tax", source = "path", path = "crates/rustok-tax" }\n')
    expect(readFileSync(path.join(dir, 'apps/server/src/modules/generated.rs'), 'utf8')).toContain('registry.register::<rustok_tax::TaxModule>();')

    const u = JSON.parse((await cli(['uninstall', 'tax', '--root', dir, '--format', 'json'])).stdout)
    expect(u).toMatchObject({ ok: true, applied: true, removed: ['tax'], disabled: [] })
    expect(readFileSync(path.join(dir, 'modules.toml'), 'utf8')).toBe(ORIGINAL)
    expect(readFileSync(path.join(dir, 'apps/server/src/modules/generated.rs'), 'utf8')).not.toContain('rustok_tax::')
    // A path module's crate stays a workspace member: its declarations stay too.
    expect(u.declared).toEqual([])
    expect(readFileSync(path.join(dir, 'apps/server/Cargo.toml'), 'utf8')).toBe(cargo)
  })

  it('a crates-io module: vendored package manifest, server and (ungated) admin declarations, registry; uninstall restores every byte', async () => {
    const dir = copyOfRustok()
    const before = tree(dir)
    const r = await cli(['install', 'wishlist', '--root', dir, '--format', 'json'])
    const json = JSON.parse(r.stdout)
    // Applied: exit 0; the Cargo.toml findings of RusToK's snapshot predate the change.
    expect(r.code).toBe(0)
    expect(json).toMatchObject({ ok: true, applied: true, refused: false, vendored: ['modules.d/wishlist/rustok-module.toml'] })
    expect(json.errors).toEqual([])
    expect(json.declared).toEqual(['apps/server/Cargo.toml: [dependencies] rustok-wishlist', 'apps/server/Cargo.toml: [features] mod-wishlist', 'apps/admin/Cargo.toml: [dependencies] rustok-wishlist-admin'])
    const server = readFileSync(path.join(dir, 'apps/server/Cargo.toml'), 'utf8')
    expect(server).toContain('\nmod-wishlist = ["dep:rustok-wishlist", "mod-product", "mod-customer"]\n')
    expect(server).toContain('\nrustok-wishlist = { version = "0.3.1", optional = true }\n')
    // RusToK's admin compiles every UI crate in (gate auto → never): a plain dependency, no feature.
    expect(readFileSync(path.join(dir, 'apps/admin/Cargo.toml'), 'utf8')).toContain('\nrustok-wishlist-admin = { version = "0.3.1" }\n')
    expect(readFileSync(path.join(dir, 'apps/server/src/modules/generated.rs'), 'utf8')).toContain('    #[cfg(feature = "mod-wishlist")]\n    registry.register::<rustok_wishlist::WishlistModule>();\n')
    expect(readFileSync(path.join(dir, 'apps/admin/src/generated.rs'), 'utf8')).toContain('rustok_wishlist_admin::')
    expect(readFileSync(path.join(dir, 'modules.d/wishlist/rustok-module.toml'), 'utf8')).toContain('entry_type = "WishlistModule"')

    const u = JSON.parse((await cli(['uninstall', 'wishlist', '--root', dir, '--format', 'json'])).stdout)
    expect(u).toMatchObject({ ok: true, applied: true, removed: ['wishlist'], vendored: ['modules.d/wishlist/rustok-module.toml'], deleted: ['modules.d/wishlist/rustok-module.toml'] })
    // RusToK generates in build.rs, so the fixture has no generated files: everything else is as before.
    const generated = new Set(['apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs'].map((p) => path.normalize(p)))
    expect(new Map([...tree(dir)].filter(([p]) => !generated.has(p)))).toEqual(before)
  })

  it('a crates-io entry without a package table: refused on its catalog line, nothing written', async () => {
    const dir = copyOfRustok()
    const before = tree(dir)
    const r = await cli(['install', 'coupons', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^marketplace\.toml:\d+:\d+: error\[catalog-package-missing\]: Catalog entry 'coupons' \(source = "crates-io"\) carries no package manifest/m)
    expect(tree(dir)).toEqual(before)
  })

  it('an installed crates-io module whose vendored package manifest is missing: install writes it back', async () => {
    const dir = copyOfRustok()
    expect((await cli(['install', 'wishlist', '--root', dir])).stdout).toContain('wrote modules.d/wishlist/rustok-module.toml')
    const vendored = readFileSync(path.join(dir, 'modules.d/wishlist/rustok-module.toml'), 'utf8')
    rmSync(path.join(dir, 'modules.d'), { recursive: true })
    const check = await cli(['check', '--root', dir])
    expect(check.stderr).toContain("error[codegen-package-missing]: Module 'wishlist' (source = \"crates-io\")")
    const r = await cli(['install', 'wishlist', '--root', dir])
    expect(r.stdout).toContain('wishlist 0.3.1 is already installed (modules.toml:90); writing its missing package manifest modules.d/wishlist/rustok-module.toml')
    expect(readFileSync(path.join(dir, 'modules.d/wishlist/rustok-module.toml'), 'utf8')).toBe(vendored)
    expect((await cli(['install', 'wishlist', '--root', dir])).stdout).toContain('nothing to do')
  })

  it('refusals through the CLI exit 1 and write nothing; usage errors exit 2', async () => {
    const dir = copyOfRustok()
    const before = tree(dir)
    const expectRule = async (argv: string[], rule: string) => {
      const r = await cli([...argv, '--root', dir])
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 1])
      expect(r.stderr).toContain(`error[${rule}]`)
    }
    await expectRule(['uninstall', 'outbox'], 'module-required')
    await expectRule(['uninstall', 'taxonomy'], 'module-has-dependents')
    await expectRule(['uninstall', 'nope'], 'module-not-installed')
    await expectRule(['install', 'nope'], 'catalog-unknown-module')
    await expectRule(['install', 'reviews'], 'missing-dependency')
    await expectRule(['install', 'wishlist', '--version', '^1'], 'version-mismatch')
    expect(tree(dir)).toEqual(before)
    expect((await cli(['install', '--root', dir])).code).toBe(2)
    expect((await cli(['install', 'a', 'b', '--root', dir])).code).toBe(2)
    const bad = await cli(['install', 'wishlist', '--version', '1.2 || 2', '--root', dir])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('error[usage-error]: --version "1.2 || 2" is not a valid Cargo version requirement')
    expect((await cli(['install', 'wishlist', '--catalog', 'missing.toml', '--root', dir])).code).toBe(2)
    expect(tree(dir)).toEqual(before)
  })
})
