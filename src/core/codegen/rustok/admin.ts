/**
 * Preset "rustok", admin: the file apps/admin/build.rs writes (module_registry_codegen.rs) — core
 * module slugs, runtime metadata (ownership, trust level, admin surfaces, settings schema as JSON)
 * of every module with a package manifest, and navigation, page and dashboard registrations of the
 * modules with `[provides.admin_ui].leptos_crate`. Not feature-dependent.
 */
import { parse } from 'smol-toml'
import { manifestOf, pascalCase, titleCase, underscore, type Refusals, type RustokModule } from './inputs.js'
import { rustDebugString, serdeJsonMap, UnsupportedValue, type ExactTomlValue } from './json.js'

interface ChildPage {
  subpath: string
  title: string
  navLabel: string
}

interface AdminEntry {
  slug: string
  name: string
  crateIdent: string
  component: string
  route: string
  navLabel: string
  navGroup: string
  navOrder: number
  hasSettings: boolean
  children: ChildPage[]
}

interface Metadata {
  slug: string
  ownership: string
  trustLevel: string
  recommended: string[]
  showcase: string[]
  settingsJson: string
}

export interface AdminView {
  core: string[]
  metadata: Metadata[]
  entries: AdminEntry[]
}

const GROUPS = ['content', 'commerce', 'runtime', 'governance', 'automation', 'other']
/** RusToK's defaults for modules whose admin_ui has no nav_group / nav_order: [group, order]. */
const DEFAULTS: Record<string, [string, number]> = {
  pages: ['Content', 10], blog: ['Content', 20], forum: ['Content', 30], comments: ['Content', 40], media: ['Content', 50], seo: ['Content', 60],
  product: ['Commerce', 10], pricing: ['Commerce', 20], inventory: ['Commerce', 30], order: ['Commerce', 40], customer: ['Commerce', 50], commerce: ['Commerce', 60], fulfillment: ['Commerce', 70], region: ['Commerce', 80],
  search: ['Runtime', 10], channel: ['Runtime', 20], index: ['Runtime', 30], outbox: ['Runtime', 40],
  tenant: ['Governance', 10], rbac: ['Governance', 20],
  workflow: ['Automation', 10]
}

function navGroup(raw: string | undefined, slug: string): string {
  if (raw === undefined) return Object.hasOwn(DEFAULTS, slug) ? DEFAULTS[slug]![0] : 'Other'
  const g = raw.trim().replace(/[A-Z]/g, (c) => c.toLowerCase())
  return GROUPS.includes(g) ? g[0]!.toUpperCase() + g.slice(1) : 'Other'
}

const navOrder = (raw: number | undefined, slug: string): number => raw ?? (Object.hasOwn(DEFAULTS, slug) ? DEFAULTS[slug]![1] : 500)

/** The `[settings]` table with integers and floats told apart, as JSON. */
function settingsJson(m: RustokModule): string {
  const data = parse(m.pkg!.doc.text.replace(/^\uFEFF/, ''), { integersAsBigInt: true }) as Record<string, ExactTomlValue>
  return serdeJsonMap((data.settings ?? {}) as { [key: string]: ExactTomlValue })
}

export function adminView(modules: readonly RustokModule[], refuse: Refusals): AdminView {
  const view: AdminView = { core: [], metadata: [], entries: [] }
  for (const m of modules) {
    const p = manifestOf(m)
    if (p === null) continue
    if (m.entry.required) view.core.push(p.module.slug)
    const mod = p.module
    let ok = refuse.literal(m, ['module', 'slug'], mod.slug)
    ok = [...mod.recommended_admin_surfaces.map((s, i) => refuse.literal(m, ['module', 'recommended_admin_surfaces', i], s)), ...mod.showcase_admin_surfaces.map((s, i) => refuse.literal(m, ['module', 'showcase_admin_surfaces', i], s))].every(Boolean) && ok
    let json = ''
    try {
      json = settingsJson(m)
    } catch (err) {
      if (!(err instanceof UnsupportedValue)) throw err
      refuse.refuse(m, ['settings'], `Module '${m.slug}' [settings] holds ${err.message}, which preset "rustok" cannot render as RusToK's build script does`, 'Write the value as a string.')
      ok = false
    }
    view.metadata.push({ slug: mod.slug, ownership: mod.ownership, trustLevel: mod.trust_level, recommended: mod.recommended_admin_surfaces, showcase: mod.showcase_admin_surfaces, settingsJson: json })
    const ui = p.provides?.admin_ui
    if (ui?.leptos_crate === undefined || !ok) continue
    const at = (...k: Array<string | number>) => ['provides', 'admin_ui', ...k]
    if (ui.nav_order !== undefined && ui.nav_order < 0) {
      refuse.refuse(m, at('nav_order'), `Module '${m.slug}' [provides.admin_ui] nav_order ${ui.nav_order} is negative; RusToK reads it as usize`, 'Use 0 or a positive number.')
      continue
    }
    const children: ChildPage[] = []
    ui.child_pages.forEach((c, i) => {
      const subpath = c.subpath.replace(/^\/+|\/+$/g, '')
      if (subpath === '') return
      const fallback = titleCase(subpath.slice(subpath.lastIndexOf('/') + 1))
      const page = { subpath, title: c.title ?? fallback, navLabel: c.nav_label ?? fallback }
      if ([refuse.literal(m, at('child_pages', i, 'subpath'), page.subpath), refuse.literal(m, at('child_pages', i, 'title'), page.title), refuse.literal(m, at('child_pages', i, 'nav_label'), page.navLabel)].every(Boolean)) children.push(page)
      else ok = false
    })
    const entry: AdminEntry = {
      slug: mod.slug,
      name: mod.name,
      crateIdent: underscore(ui.leptos_crate),
      component: `${pascalCase(mod.slug)}Admin`,
      route: ui.route_segment ?? mod.slug,
      navLabel: ui.nav_label ?? mod.name,
      navGroup: navGroup(ui.nav_group, mod.slug),
      navOrder: navOrder(ui.nav_order, mod.slug),
      hasSettings: Object.keys(p.settings).length > 0,
      children
    }
    ok = [refuse.literal(m, ['module', 'name'], entry.name), refuse.literal(m, at('route_segment'), entry.route), refuse.literal(m, at('nav_label'), entry.navLabel)].every(Boolean) && ok
    if (ok) view.entries.push(entry)
  }
  return view
}

const fnPart = (slug: string) => underscore(slug)
const childConst = (slug: string) => `${fnPart(slug).replace(/[a-z]/g, (c) => c.toUpperCase())}_ADMIN_CHILD_PAGES`
const childRef = (e: AdminEntry) => (e.children.length === 0 ? '&[]' : childConst(e.slug))
const strList = (xs: readonly string[]) => (xs.length === 0 ? '&[]' : `&[${xs.map((x) => `"${x}"`).join(', ')}]`)

export function renderAdminRegistry(view: AdminView): string {
  let out = 'use leptos::prelude::*;\n'
  out += 'use crate::app::modules::{register_component, register_page, AdminChildPageRegistration, AdminComponentRegistration, AdminPageRegistration, AdminSlot};\n\n'
  out += 'pub fn core_module_slugs() -> &\'static [&\'static str] {\n    &[\n'
  for (const slug of view.core) out += `        "${slug}",\n`
  out += '    ]\n}\n\n'
  for (const e of view.entries) {
    if (e.children.length === 0) continue
    out += `const ${childConst(e.slug)}: &[AdminChildPageRegistration] = &[\n`
    for (const c of e.children) out += `    AdminChildPageRegistration { subpath: "${c.subpath}", title: "${c.title}", nav_label: "${c.navLabel}" },\n`
    out += '];\n\n'
  }
  out += 'pub fn module_navigation_entries() -> &\'static [super::GeneratedModuleNavigationEntry] {\n    &[\n'
  for (const e of view.entries) {
    out += `        super::GeneratedModuleNavigationEntry { module_slug: "${e.slug}", route_segment: "${e.route}", nav_label: "${e.navLabel}", nav_group: "${e.navGroup}", nav_order: ${e.navOrder}, has_settings: ${e.hasSettings}, child_pages: ${childRef(e)} },\n`
  }
  out += '    ]\n}\n\n'
  out += 'pub fn module_runtime_metadata(slug: &str) -> Option<super::GeneratedModuleRuntimeMetadata> {\n    match slug {\n'
  for (const d of view.metadata) {
    out += `        "${d.slug}" => Some(super::GeneratedModuleRuntimeMetadata { ownership: "${d.ownership}", trust_level: "${d.trustLevel}", recommended_admin_surfaces: ${strList(d.recommended)}, showcase_admin_surfaces: ${strList(d.showcase)}, settings_schema_json: ${rustDebugString(d.settingsJson)} }),\n`
  }
  out += '        _ => None,\n    }\n}\n\n'
  out += 'pub fn register_generated_components() {\n'
  view.entries.forEach((e, i) => {
    out += `    register_component(AdminComponentRegistration { id: "${e.slug}-dashboard", module_slug: Some("${e.slug}"), slot: AdminSlot::DashboardSection, order: ${100 + i}, render: render_${fnPart(e.slug)}_dashboard_section });\n`
    out += `    register_page(AdminPageRegistration { module_slug: "${e.slug}", route_segment: "${e.route}", title: "${e.navLabel}", child_pages: ${childRef(e)}, render: render_${fnPart(e.slug)}_admin_page });\n`
    out += `    register_component(AdminComponentRegistration { id: "${e.slug}-nav", module_slug: Some("${e.slug}"), slot: AdminSlot::NavItem, order: ${200 + i}, render: render_${fnPart(e.slug)}_nav_item });\n`
  })
  out += '}\n\n'
  for (const e of view.entries) out += renderEntryFns(e)
  return out
}

function renderEntryFns(e: AdminEntry): string {
  const component = `${e.crateIdent}::${e.component}`
  const page = e.slug === 'search' ? 'crate::app::modules::SearchAdminComposition' : component
  const link = 'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-all hover:bg-accent hover:text-accent-foreground {}'
  return [
    `fn render_${fnPart(e.slug)}_dashboard_section() -> AnyView {`,
    '    view! {',
    '        <section class="rounded-xl border border-border bg-card p-6 shadow-sm">',
    '            <div class="mb-4 flex items-center justify-between gap-3">',
    `                <h3 class="text-lg font-semibold text-card-foreground">"${e.name}"</h3>`,
    `                <span class="inline-flex items-center rounded-full border border-border px-2.5 py-0.5 text-xs font-medium text-muted-foreground">"${e.slug}"</span>`,
    '            </div>',
    `            <${component} />`,
    '        </section>',
    '    }',
    '    .into_any()',
    '}',
    '',
    `fn render_${fnPart(e.slug)}_admin_page() -> AnyView {`,
    '    view! {',
    `        <${page} />`,
    '    }',
    '    .into_any()',
    '}',
    '',
    `fn render_${fnPart(e.slug)}_nav_item() -> AnyView {`,
    '    use leptos_router::components::A;',
    '    use leptos_router::hooks::use_location;',
    '',
    '    let location = use_location();',
    `    let is_active = move || location.pathname.get().starts_with("/modules/${e.route}");`,
    '',
    '    view! {',
    '        <A',
    `            href="/modules/${e.route}"`,
    '            attr:class=move || format!(',
    `                "${link}",`,
    '                if is_active() { "bg-accent text-accent-foreground shadow-sm" } else { "text-muted-foreground" }',
    '            )',
    '        >',
    '            <svg class="h-4 w-4 shrink-0" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2">',
    '                <path stroke-linecap="round" stroke-linejoin="round" d="M4 7h16M4 12h16M4 17h10" />',
    '            </svg>',
    `            "${e.navLabel}"`,
    '        </A>',
    '    }',
    '    .into_any()',
    '}',
    '',
    ''
  ].join('\n')
}
