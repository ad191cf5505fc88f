/** Shared by the codegen tests: loads a project and the generator's inputs from a directory. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { packageLookup, readConfig } from '../src/core/config/config.js'
import type { Config } from '../src/core/config/schema.js'
import { filesForGeneration, planGeneration, type GenerationPlan } from '../src/core/codegen/generate.js'
import { completeProject, filesNeeded, readManifest, type ProjectResult } from '../src/core/project/project.js'

export const SHOP = path.join(process.cwd(), 'examples', 'shop')

export function readOrNull(file: string): string | null {
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null
}

export function snapshot(root: string, files: readonly string[], overrides: ReadonlyMap<string, string | null> = new Map()): Map<string, string | null> {
  return new Map(files.map((f) => [f, overrides.has(f) ? overrides.get(f)! : readOrNull(path.join(root, f))]))
}

/** Validates the project at `root`; `overrides` replaces file contents (path → text, null = missing). */
export function loadProject(root: string, config: Config, overrides: ReadonlyMap<string, string | null> = new Map()): ProjectResult {
  const manifest = overrides.get('modules.toml') ?? readFileSync(path.join(root, 'modules.toml'), 'utf8')
  const stage = readManifest('modules.toml', manifest)
  const lookup = packageLookup(config)
  return completeProject(stage, snapshot(root, filesNeeded(stage, lookup), overrides), lookup)
}

export function configOf(text: string | null): Config {
  const r = readConfig(text)
  if (!r.config) throw new Error(`bad config: ${JSON.stringify(r.diagnostics)}`)
  return r.config
}

export interface Planned {
  plan: GenerationPlan
  config: Config
  project: ProjectResult
}

/** Plans the generation of the project at `root` with its own modules-rebuild.toml (or `configText`). */
export function planAt(root: string, opts: { configText?: string | null; overrides?: ReadonlyMap<string, string | null> } = {}): Planned {
  const config = configOf(opts.configText !== undefined ? opts.configText : readOrNull(path.join(root, 'modules-rebuild.toml')))
  const overrides = opts.overrides ?? new Map()
  const project = loadProject(root, config, overrides)
  const plan = planGeneration({ project, config, files: snapshot(root, filesForGeneration(config), overrides) })
  return { plan, config, project }
}

/** A small in-memory project: `core` (required) and `blog` (optional, admin + storefront UI). */
export const MINI_ROOT = '/nonexistent-modules-rebuild-mini'

export interface MiniOptions {
  blog?: Record<string, string>
  /** An undefined value leaves the key out. */
  admin?: Record<string, string | undefined>
  storefront?: Record<string, string | undefined>
  childPages?: Array<Record<string, string>>
  modulesToml?: string
  extra?: Record<string, string | null>
}

const tomlString = (v: string) => JSON.stringify(v).replace(/[\u007f-\u009f\u2028\u2029\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
const table = (entries: Record<string, string | undefined>) =>
  Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} = ${tomlString(v!)}`)
    .join('\n')

export function miniFiles(o: MiniOptions = {}): Map<string, string | null> {
  const blog = { slug: 'blog', crate: 'demo-blog', entry: 'BlogModule', ...o.blog }
  const admin = { leptos_crate: 'demo-blog-admin', route_segment: 'blog', nav_label: 'Blog', ...o.admin }
  const storefront = { leptos_crate: 'demo-blog-storefront', slot: 'home', route_segment: 'blog', page_title: 'Blog', ...o.storefront }
  const pages = (o.childPages ?? [{ subpath: 'posts', title: 'All posts' }]).map((p) => `\n[[provides.admin_ui.child_pages]]\n${table(p)}\n`).join('')
  const files = new Map<string, string | null>([
    ['modules.toml', o.modulesToml ?? `schema = 2\napp = "demo-server"\n\n[modules]\ncore = { crate = "demo-core", source = "path", path = "crates/core", required = true }\n${tomlString(blog.slug)} = { crate = ${tomlString(blog.crate)}, source = "path", path = "crates/blog", depends_on = ["core"] }\n`],
    ['crates/core/rustok-module.toml', `[module]\nslug = "core"\nname = "Core"\nversion = "0.1.0"\nownership = "first_party"\ntrust_level = "core"\n\n[crate]\nentry_type = "CoreModule"\n`],
    [
      'crates/blog/rustok-module.toml',
      `[module]\nslug = ${tomlString(blog.slug)}\nname = "Blog"\nversion = "0.1.0"\nownership = "first_party"\ntrust_level = "verified"\n\n[dependencies]\ncore = { version_req = ">=0.1.0" }\n\n[crate]\nentry_type = ${tomlString(blog.entry)}\n\n[provides.graphql]\nquery = "graphql::BlogQuery"\n\n[provides.admin_ui]\n${table(admin)}\n${pages}\n[provides.storefront_ui]\n${table(storefront)}\n`
    ],
    ['crates/blog/admin/Cargo.toml', `[package]\nname = ${tomlString(admin.leptos_crate!)}\n`],
    ['crates/blog/storefront/Cargo.toml', `[package]\nname = ${tomlString(storefront.leptos_crate!)}\n`],
    ['apps/server/Cargo.toml', `[package]\nname = "demo-server"\n\n[features]\ndefault = [\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features\n]\nembed-admin = []\nembed-storefront = []\nmod-blog = ["dep:demo-blog"]\n\n[dependencies]\ndemo-core = { path = "../../crates/core" }\ndemo-blog = { path = "../../crates/blog", optional = true }\n`],
    ['apps/admin/Cargo.toml', `[package]\nname = "demo-admin"\n\n[features]\ndefault = [\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features\n]\nmod-blog = ["dep:demo-blog-admin"]\n\n[dependencies]\ndemo-blog-admin = { path = "../../crates/blog/admin", optional = true }\n`],
    ['apps/storefront/Cargo.toml', `[package]\nname = "demo-storefront"\n\n[features]\ndefault = [\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features\n]\nmod-blog = ["dep:demo-blog-storefront"]\n\n[dependencies]\ndemo-blog-storefront = { path = "../../crates/blog/storefront", optional = true }\n`]
  ])
  for (const [k, v] of Object.entries(o.extra ?? {})) files.set(k, v)
  return files
}

export function planMini(o: MiniOptions = {}, configText: string | null = 'schema = 1\n[codegen]\napi_crate = "demo_api"\n'): Planned {
  return planAt(MINI_ROOT, { configText, overrides: miniFiles(o) })
}
