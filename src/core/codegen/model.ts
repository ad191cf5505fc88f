/**
 * The view model every registry template renders (built-in and user templates alike; the fields
 * are documented in docs/templates.md). Pure. Modules appear in canonical order (examples/shop/GENERATED.md §1:
 * Kahn's algorithm with ties broken by [modules] file order).
 *
 * Safety: identifiers come from values the core validated (crate names, entry types, provides
 * paths). Every other string is pre-escaped for the inside of a Rust `"…"` literal, and
 * route_segment / slot / subpath must match a grammar (rust.ts) or the module is refused with a
 * diagnostic located in its package manifest.
 */
import type { Config } from '../config/schema.js'
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { dependencyOrder } from '../graph/graph.js'
import type { KeyPath } from '../manifest/locate.js'
import type { LoadedPackage } from '../manifest/packages.js'
import type { Manifest } from '../manifest/schema.js'
import { formatPath, locate } from '../manifest/shape.js'
import { VERSION } from '../../version.js'
import { crateIdent, pascal, rustString, textProblem, valueProblem, type ValueKind } from './rust.js'
import type { RuleId } from '../diagnostics/rules.js'

export interface ListItem {
  value: string
  first: boolean
  last: boolean
}

export interface Gate {
  /** The app's Cargo feature of this module: `<feature_prefix><slug>`. */
  feature: string
  /** false for required modules, which are always compiled in. */
  gated: boolean
}

export interface Statement extends Gate {
  slug: string
  /** `query` | `mutation` | `subscription` (graphql), `axum_router` | `axum_webhook_router` (http), `entry_type` (registrations). */
  kind: string
  /** Full Rust path: `<crate_ident>::<value>`. */
  path: string
}

export interface AdminChildPageView {
  subpath: string
  title: string
  /** The page's nav_label, or its title when it has none. */
  nav_label: string
  first: boolean
  last: boolean
}

export interface AdminEntryView extends Gate {
  slug: string
  crate: string
  crate_ident: string
  route_segment: string
  nav_label: string
  nav_group: string | null
  nav_order: number | null
  child_pages: AdminChildPageView[]
  has_child_pages: boolean
  /** `<crate_ident>::<Pascal(slug)>Admin`. */
  component: string
}

export interface StorefrontEntryView extends Gate {
  slug: string
  crate: string
  crate_ident: string
  slot: string
  route_segment: string
  page_title: string
  /** `<crate_ident>::<Pascal(slug)>Storefront`. */
  component: string
}

export interface ModuleView extends Gate {
  slug: string
  name: string
  crate: string
  crate_ident: string
  version: string
  required: boolean
  runtime: 'module' | 'extension'
  runtime_variant: 'Module' | 'Extension'
  enabled_by_default: boolean
  depends_on: ListItem[]
  has_depends_on: boolean
  pascal: string
  entry_type: string | null
  graphql: Statement[]
  http: Statement[]
  admin: AdminEntryView | null
  storefront: StorefrontEntryView | null
}

export interface CodegenModel {
  /** The complete first line of every generated file. */
  header: string
  tool_version: string
  manifest_file: string
  manifest_hash: string
  api_crate: string
  feature_prefix: string
  modules: ModuleView[]
  has_modules: boolean
  registrations: Statement[]
  has_registrations: boolean
  graphql: Statement[]
  has_graphql: boolean
  http: Statement[]
  has_http: boolean
  admin: AdminEntryView[]
  has_admin: boolean
  storefront: StorefrontEntryView[]
  has_storefront: boolean
}

export interface ModelInput {
  manifest: Manifest
  packages: ReadonlyMap<string, LoadedPackage>
  manifestHash: string
  config: Config
  /** Shown in the header line; default `modules.toml`. */
  manifestFile?: string
  /** canonicalOrder(manifest), when the caller has it already (a topological sort: 30 ms at 5,000 modules). */
  order?: readonly string[]
}

const GRAPHQL = ['query', 'mutation', 'subscription'] as const
const HTTP = ['axum_router', 'axum_webhook_router'] as const

/** Canonical order of the module slugs (examples/shop/GENERATED.md §1). */
export function canonicalOrder(m: Manifest): string[] {
  const slugs = Object.keys(m.modules)
  return dependencyOrder(slugs, new Map(slugs.map((s) => [s, m.modules[s]!.depends_on])))
}

export function buildModel(input: ModelInput): { model: CodegenModel | null; diagnostics: Diagnostic[] } {
  const { manifest: m, packages, config } = input
  const out: Diagnostic[] = []
  const prefix = config.codegen.feature_prefix
  const enabled = new Set(m.settings.default_enabled)
  const manifestFile = headerFile(input.manifestFile ?? 'modules.toml')
  const modules: ModuleView[] = []
  for (const slug of input.order ?? canonicalOrder(m)) {
    const e = m.modules[slug]!
    const pkg = packages.get(slug)
    if (!pkg) {
      // planGeneration stops first (package-manifest-missing / codegen-package-missing); kept for direct callers.
      out.push(diagnostic('error', 'codegen-package-missing', manifestFile, null, `Module '${slug}' (source = "${e.source}") has no package manifest to generate its registration from`, `Write its rustok-module.toml (modules-rebuild install ${slug} does, from the catalog).`))
      continue
    }
    const p = pkg.manifest
    const ident = crateIdent(e.crate)
    const gate: Gate = { feature: prefix + slug, gated: !e.required }
    const statements = (section: 'graphql' | 'http', keys: readonly string[]): Statement[] => {
      const table = p.provides?.[section] as Record<string, string | undefined> | undefined
      if (table === undefined) return [] // the usual module provides neither
      return keys.filter((k) => table[k] !== undefined).map((k) => ({ feature: gate.feature, gated: gate.gated, slug, kind: k, path: `${ident}::${table[k]}` }))
    }
    const ui = checkUi(pkg, slug, gate, out)
    modules.push({
      feature: gate.feature, // not `...gate`: a spread followed by more keys is V8's slow path (0.3 s for 5,000 modules)
      gated: gate.gated,
      slug: rustString(slug),
      name: rustString(p.module.name),
      crate: rustString(e.crate),
      crate_ident: ident,
      version: rustString(p.module.version),
      required: e.required,
      runtime: e.runtime,
      runtime_variant: e.runtime === 'extension' ? 'Extension' : 'Module',
      enabled_by_default: e.required || enabled.has(slug),
      depends_on: listItems(e.depends_on.map(rustString)),
      has_depends_on: e.depends_on.length > 0,
      pascal: pascal(slug),
      entry_type: p.crate?.entry_type ?? null,
      graphql: statements('graphql', GRAPHQL),
      http: statements('http', HTTP),
      admin: ui.admin,
      storefront: ui.storefront
    })
  }
  if (out.some((d) => d.severity === 'error')) return { model: null, diagnostics: out }
  const registrations = modules.filter((v) => v.entry_type !== null).map((v) => ({ feature: v.feature, gated: v.gated, slug: v.slug, kind: 'entry_type', path: `${v.crate_ident}::${v.entry_type}` }))
  const graphql = modules.flatMap((v) => v.graphql)
  const http = modules.flatMap((v) => v.http)
  const admin = modules.flatMap((v) => (v.admin ? [v.admin] : []))
  const storefront = modules.flatMap((v) => (v.storefront ? [v.storefront] : []))
  return {
    model: {
      header: generatedHeader(manifestFile, input.manifestHash),
      tool_version: VERSION,
      manifest_file: manifestFile,
      manifest_hash: input.manifestHash,
      api_crate: config.codegen.api_crate,
      feature_prefix: prefix,
      modules,
      has_modules: modules.length > 0,
      registrations,
      has_registrations: registrations.length > 0,
      graphql,
      has_graphql: graphql.length > 0,
      http,
      has_http: http.length > 0,
      admin,
      has_admin: admin.length > 0,
      storefront,
      has_storefront: storefront.length > 0
    },
    diagnostics: out
  }
}

/** A value as shown in a message: quoted, and JSON-escaped when it holds line breaks or control characters. */
const show = (v: string) => (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v) ? JSON.stringify(v) : `'${v}'`)

function listItems(values: string[]): ListItem[] {
  return values.map((value, i) => ({ value, first: i === 0, last: i === values.length - 1 }))
}

/** The first line of every generated Rust file. */
export function generatedHeader(manifestFile: string, manifestHash: string): string {
  return `// @generated by modules-rebuild ${VERSION} from ${headerFile(manifestFile)} — manifest_hash: ${manifestHash} — DO NOT EDIT`
}

/** The header names the manifest; a name that could break out of the `//` comment is not used. */
function headerFile(file: string): string {
  return /^[A-Za-z0-9._/@+-]+$/.test(file) ? file : 'modules.toml'
}

function checkUi(pkg: LoadedPackage, slug: string, gate: Gate, out: Diagnostic[]): { admin: AdminEntryView | null; storefront: StorefrontEntryView | null } {
  const { doc, manifest: p } = pkg
  let ok = true
  const fail = (rule: RuleId, path: KeyPath, message: string, hint: string) => {
    ok = false
    out.push(diagnostic('error', rule, doc.file, locate(doc, path), message, hint))
  }
  const required = (section: 'admin_ui' | 'storefront_ui', key: string, value: string | undefined): string => {
    if (value === undefined) fail('missing-ui-field', ['provides', section], `Module '${slug}' has [provides.${section}] leptos_crate but no \`${key}\``, `Add \`${key} = "…"\` under [provides.${section}]; the generated ${section === 'admin_ui' ? 'admin' : 'storefront'} registry needs it.`)
    return value ?? ''
  }
  const grammar = (path: KeyPath, kind: ValueKind, value: string) => {
    const problem = valueProblem(kind, value)
    if (problem) fail('invalid-ui-value', path, `Module '${slug}' ${formatPath(path.slice(1))} ${show(value)} ${problem}`, `Write the ${kind} in lowercase ASCII, e.g. "${kind === 'slot' ? 'home_after_catalog' : 'page-builder'}".`)
  }
  const text = (path: KeyPath, value: string) => {
    const problem = textProblem(value)
    if (problem) fail('invalid-ui-value', path, `Module '${slug}' ${formatPath(path.slice(1))} ${problem}`, 'Write the label as plain UTF-8 text.')
    return rustString(value)
  }
  const component = (section: 'admin_ui' | 'storefront_ui', suffix: string) => {
    const name = pascal(slug) + suffix
    if (!/^[A-Za-z_]/.test(name)) fail('invalid-ui-value', ['provides', section, 'leptos_crate'], `Module '${slug}' cannot name its ${suffix.toLowerCase()} component: \`${name}\` is not a Rust identifier`, 'Start the slug with a letter, or register this UI with a user template.')
    return name
  }

  let admin: AdminEntryView | null = null
  const a = p.provides?.admin_ui
  if (a?.leptos_crate !== undefined) {
    const route = required('admin_ui', 'route_segment', a.route_segment)
    const label = required('admin_ui', 'nav_label', a.nav_label)
    if (a.route_segment !== undefined) grammar(['provides', 'admin_ui', 'route_segment'], 'route_segment', route)
    const pages = a.child_pages.map((c, i) => {
      const at: KeyPath = ['provides', 'admin_ui', 'child_pages', i]
      grammar([...at, 'subpath'], 'subpath', c.subpath)
      return { subpath: rustString(c.subpath), title: text([...at, 'title'], c.title), nav_label: text([...at, 'nav_label'], c.nav_label ?? c.title), first: i === 0, last: i === a.child_pages.length - 1 }
    })
    const ident = crateIdent(a.leptos_crate)
    admin = {
      feature: gate.feature,
      gated: gate.gated,
      slug: rustString(slug),
      crate: rustString(a.leptos_crate),
      crate_ident: ident,
      route_segment: rustString(route),
      nav_label: text(['provides', 'admin_ui', 'nav_label'], label),
      nav_group: a.nav_group === undefined ? null : text(['provides', 'admin_ui', 'nav_group'], a.nav_group),
      nav_order: a.nav_order ?? null,
      child_pages: pages,
      has_child_pages: pages.length > 0,
      component: `${ident}::${component('admin_ui', 'Admin')}`
    }
  }

  let storefront: StorefrontEntryView | null = null
  const s = p.provides?.storefront_ui
  if (s?.leptos_crate !== undefined) {
    const slot = required('storefront_ui', 'slot', s.slot)
    const route = required('storefront_ui', 'route_segment', s.route_segment)
    const title = required('storefront_ui', 'page_title', s.page_title)
    if (s.slot !== undefined) grammar(['provides', 'storefront_ui', 'slot'], 'slot', slot)
    if (s.route_segment !== undefined) grammar(['provides', 'storefront_ui', 'route_segment'], 'route_segment', route)
    const ident = crateIdent(s.leptos_crate)
    storefront = {
      feature: gate.feature,
      gated: gate.gated,
      slug: rustString(slug),
      crate: rustString(s.leptos_crate),
      crate_ident: ident,
      slot: rustString(slot),
      route_segment: rustString(route),
      page_title: text(['provides', 'storefront_ui', 'page_title'], title),
      component: `${ident}::${component('storefront_ui', 'Storefront')}`
    }
  }
  return ok ? { admin, storefront } : { admin: null, storefront: null }
}
