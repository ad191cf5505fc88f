/**
 * planDeclarations / planUndeclarations (src/core/catalog/declare.ts): which line each app's Cargo.toml
 * gets for a module, by source, gate and requiredness; what uninstall takes back.
 */
import { describe, expect, it } from '@jest/globals'
import { declarationFiles, planDeclarations, planUndeclarations, type DeclareInput } from '../src/core/catalog/declare.js'
import { readConfig } from '../src/core/config/config.js'
import type { Config } from '../src/core/config/schema.js'
import type { LoadedPackage } from '../src/core/manifest/packages.js'
import type { ModuleEntry } from '../src/core/manifest/schema.js'

const config = (text = ''): Config => readConfig(`schema = 1\n${text}`).config!

const entry = (e: Partial<ModuleEntry> & Pick<ModuleEntry, 'crate' | 'source'>): ModuleEntry => ({ required: false, depends_on: [], runtime: 'module', features: [], ...e }) as ModuleEntry

/** Only `provides` is read from the package manifest. */
const pkg = (provides: Record<string, unknown>): LoadedPackage => ({ manifest: { provides } }) as unknown as LoadedPackage

const SERVER = '[package]\nname = "server"\n\n[features]\ndefault = []\nmod-blog = ["dep:blog"]\n\n[dependencies]\nblog = { workspace = true, optional = true }\n'
const ADMIN_UNGATED = '[package]\nname = "admin"\n\n[dependencies]\nleptos = "0.8"\n'
const ADMIN_GATED = '[package]\nname = "admin"\n\n[features]\nmod-blog = ["dep:blog-admin"]\n\n[dependencies]\nblog-admin = { workspace = true, optional = true }\n'
const WORKSPACE = '[workspace]\nmembers = ["apps/*"]\n\n[workspace.dependencies]\nblog = { path = "crates/blog" }\nshop-forum = { path = "crates/forum" }\n'

function input(modules: DeclareInput['modules'], files: Record<string, string>, c = config()): DeclareInput {
  const all: Record<string, ModuleEntry> = { blog: entry({ crate: 'blog', source: 'path', path: 'crates/blog' }) }
  for (const m of modules) all[m.slug] = m.entry
  return { config: c, modules, all, files: new Map(declarationFiles(c).map((f) => [f, files[f] ?? null])) }
}

const added = (text: string, after: string) => after.split('\n').filter((l) => !text.split('\n').includes(l))

describe('planDeclarations', () => {
  it('crates-io: optional version dependency and feature in the server, with the features of its optional dependencies', () => {
    const news = entry({ crate: 'shop-newsletter', source: 'crates-io', version: '0.4.2', depends_on: ['blog'] })
    const plan = planDeclarations(input([{ slug: 'newsletter', entry: news, pkg: pkg({}) }], { 'apps/server/Cargo.toml': SERVER, 'apps/admin/Cargo.toml': ADMIN_UNGATED }))
    expect(plan.diagnostics).toEqual([])
    expect(plan.changes).toEqual(['apps/server/Cargo.toml: [dependencies] shop-newsletter', 'apps/server/Cargo.toml: [features] mod-newsletter'])
    expect(added(SERVER, plan.writes[0]!.content)).toEqual(['mod-newsletter = ["dep:shop-newsletter", "mod-blog"]', 'shop-newsletter = { version = "0.4.2", optional = true }'])
  })

  it('git: git + rev; a UI crate goes to the admin too — a plain dependency where the admin does not gate modules', () => {
    const seo = entry({ crate: 'rustok-seo', source: 'git', git: 'https://github.com/x/seo.git', rev: 'a'.repeat(40) })
    const p = pkg({ admin_ui: { leptos_crate: 'rustok-seo-admin' } })
    const plan = planDeclarations(input([{ slug: 'seo', entry: seo, pkg: p }], { 'apps/server/Cargo.toml': SERVER, 'apps/admin/Cargo.toml': ADMIN_UNGATED }))
    expect(plan.writes.map((w) => w.path)).toEqual(['apps/server/Cargo.toml', 'apps/admin/Cargo.toml'])
    expect(added(SERVER, plan.writes[0]!.content)).toEqual(['mod-seo = ["dep:rustok-seo"]', `rustok-seo = { git = "https://github.com/x/seo.git", rev = "${'a'.repeat(40)}", optional = true }`])
    expect(added(ADMIN_UNGATED, plan.writes[1]!.content)).toEqual([`rustok-seo-admin = { git = "https://github.com/x/seo.git", rev = "${'a'.repeat(40)}" }`])
  })

  it('an admin that gates modules gets an optional UI dependency and its feature', () => {
    const seo = entry({ crate: 'rustok-seo', source: 'crates-io', version: '1.0.0' })
    const plan = planDeclarations(input([{ slug: 'seo', entry: seo, pkg: pkg({ admin_ui: { leptos_crate: 'rustok-seo-admin' } }) }], { 'apps/server/Cargo.toml': SERVER, 'apps/admin/Cargo.toml': ADMIN_GATED }))
    expect(added(ADMIN_GATED, plan.writes[1]!.content)).toEqual(['mod-seo = ["dep:rustok-seo-admin"]', 'rustok-seo-admin = { version = "1.0.0", optional = true }'])
  })

  it('path modules: workspace = true when the workspace declares the crate, else a relative path; required ones are not optional and get no feature', () => {
    const forum = entry({ crate: 'shop-forum', source: 'path', path: 'crates/forum' })
    const tax = entry({ crate: 'shop-tax', source: 'path', path: 'crates/tax', required: true })
    const plan = planDeclarations(input([{ slug: 'forum', entry: forum, pkg: pkg({}) }, { slug: 'tax', entry: tax, pkg: pkg({}) }], { 'Cargo.toml': WORKSPACE, 'apps/server/Cargo.toml': SERVER }))
    expect(added(SERVER, plan.writes[0]!.content)).toEqual(['mod-forum = ["dep:shop-forum"]', 'shop-forum = { workspace = true, optional = true }', 'shop-tax = { path = "../../crates/tax" }'])
  })

  it('already declared (here: under another key, package = …) or a registry module: nothing to add', () => {
    const blog = entry({ crate: 'blog', source: 'path', path: 'crates/blog' })
    const renamed = SERVER.replace('blog = { workspace = true, optional = true }', 'b = { package = "blog", workspace = true, optional = true }').replace('dep:blog', 'dep:b')
    expect(planDeclarations(input([{ slug: 'blog', entry: blog, pkg: pkg({}) }], { 'apps/server/Cargo.toml': renamed }))).toEqual({ writes: [], changes: [], diagnostics: [] })
    const reg = entry({ crate: 'corp-audit', source: 'registry', version: '2.0.0' })
    const plan = planDeclarations(input([{ slug: 'audit', entry: reg, pkg: pkg({}) }], { 'apps/server/Cargo.toml': SERVER }))
    expect(plan).toEqual({ writes: [], changes: [], diagnostics: [] })
  })

  it('disabled apps and missing Cargo.tomls are left alone', () => {
    const news = entry({ crate: 'shop-newsletter', source: 'crates-io', version: '0.4.2' })
    const c = config('[codegen.server]\nenabled = false\n')
    expect(declarationFiles(c)).toEqual(['Cargo.toml', 'apps/admin/Cargo.toml', 'apps/storefront/Cargo.toml'])
    expect(planDeclarations(input([{ slug: 'newsletter', entry: news, pkg: pkg({}) }], { 'apps/server/Cargo.toml': SERVER }, c)).writes).toEqual([])
  })
})

describe('planUndeclarations', () => {
  it('takes back exactly what install added for a crates-io module, byte for byte', () => {
    const news = entry({ crate: 'shop-newsletter', source: 'crates-io', version: '0.4.2', depends_on: ['blog'] })
    const mods = [{ slug: 'newsletter', entry: news, pkg: pkg({}) }]
    const after = planDeclarations(input(mods, { 'apps/server/Cargo.toml': SERVER })).writes[0]!.content
    const back = planUndeclarations(input(mods, { 'apps/server/Cargo.toml': after }))
    expect(back.changes).toEqual(['apps/server/Cargo.toml: [dependencies] shop-newsletter', 'apps/server/Cargo.toml: [features] mod-newsletter'])
    expect(back.writes[0]!.content).toBe(SERVER)
  })

  it('keeps a path module\'s lines and lines edited by hand', () => {
    const blog = entry({ crate: 'blog', source: 'path', path: 'crates/blog' })
    expect(planUndeclarations(input([{ slug: 'blog', entry: blog, pkg: pkg({}) }], { 'Cargo.toml': WORKSPACE, 'apps/server/Cargo.toml': SERVER })).writes).toEqual([])
    const news = entry({ crate: 'shop-newsletter', source: 'crates-io', version: '0.4.2' })
    const edited = SERVER + 'shop-newsletter = { version = "0.4.3", optional = true }\n'
    expect(planUndeclarations(input([{ slug: 'newsletter', entry: news, pkg: pkg({}) }], { 'apps/server/Cargo.toml': edited })).writes).toEqual([])
  })
})
