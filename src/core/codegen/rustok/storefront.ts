/**
 * Preset "rustok", storefront: apps/storefront/build.rs writes module_ui_codegen.rs in one of two
 * forms, chosen by the cargo features of the build: client-only builds (csr or hydrate without
 * ssr) get an empty `register_generated_components()`; every other build gets the page and slot
 * registrations of the modules whose `[provides.storefront_ui].leptos_crate` the storefront's
 * Cargo.toml names. A committed file cannot follow the features, so the preset writes both forms
 * (`storefront_ui`, `storefront_ui_client`) and the storefront picks one with `#[cfg]`.
 */
import { manifestOf, pascalCase, underscore, type Refusals, type RustokModule } from './inputs.js'

const SLOTS: Record<string, string> = {
  header_navigation: 'HeaderNavigation',
  header_actions: 'HeaderActions',
  home_after_hero: 'HomeAfterHero',
  home_after_catalog: 'HomeAfterCatalog',
  home_before_footer: 'HomeBeforeFooter',
  footer_navigation: 'FooterNavigation',
  checkout_payment_handoff: 'CheckoutPaymentHandoff',
  checkout_result_handoff: 'CheckoutResultHandoff',
  checkout_shipping_handoff: 'CheckoutShippingHandoff'
}

interface Component {
  id: string
  path: string
  slot: string
  order: number
}

interface StorefrontEntry {
  slug: string
  crateIdent: string
  component: string
  slot: string
  route: string
  title: string
  components: Component[]
}

export const CLIENT_ONLY_STOREFRONT = 'pub fn register_generated_components() {}\n'

const RUST_PATH = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*$/

export function storefrontEntries(modules: readonly RustokModule[], cargoToml: string, refuse: Refusals): StorefrontEntry[] {
  const out: StorefrontEntry[] = []
  for (const m of modules) {
    const p = manifestOf(m)
    const ui = p?.provides?.storefront_ui
    if (!p || ui?.leptos_crate === undefined) continue
    const crate = ui.leptos_crate
    if (!cargoToml.includes(`${crate} =`) && !cargoToml.includes(`"${crate}"`)) continue
    const slug = p.module.slug
    const at = (...k: Array<string | number>) => ['provides', 'storefront_ui', ...k]
    let ok = true
    const slotOf = (raw: string | undefined, path: Array<string | number>): string => {
      const s = raw?.trim() || 'home_after_hero'
      if (Object.hasOwn(SLOTS, s)) return SLOTS[s]!
      refuse.refuse(m, path, `Module '${slug}' declares unsupported storefront slot \`${s}\``, `Use one of ${Object.keys(SLOTS).join(', ')}.`)
      ok = false
      return ''
    }
    const ids = new Set<string>()
    const components = ui.components.map((c, i): Component => {
      const id = c.id.trim()
      const path = c.component.trim()
      if (id === '' || path === '') {
        refuse.refuse(m, at('components', i), `Module '${slug}' storefront component ${id === '' ? 'id' : `'${id}' Rust component`} must not be empty`, 'Fill in `id` and `component`.')
        ok = false
      } else if (ids.has(id)) {
        refuse.refuse(m, at('components', i, 'id'), `Module '${slug}' declares duplicate storefront component id '${id}'`, 'Give every component its own id.')
        ok = false
      } else if (!RUST_PATH.test(path)) {
        refuse.refuse(m, at('components', i, 'component'), `Module '${slug}' declares invalid storefront Rust component '${path}'`, 'Write a Rust path such as `BlogTeaser` or `widgets::BlogTeaser`.')
        ok = false
      }
      ids.add(id)
      ok = refuse.literal(m, at('components', i, 'id'), id) && ok
      return { id, path, slot: slotOf(c.slot, at('components', i, 'slot')), order: c.order ?? 1000 + i }
    })
    const entry: StorefrontEntry = {
      slug,
      crateIdent: underscore(crate),
      component: `${pascalCase(slug)}View`,
      slot: slotOf(ui.slot, at('slot')),
      route: ui.route_segment ?? slug,
      title: ui.page_title ?? p.module.name,
      components
    }
    ok = [refuse.literal(m, ['module', 'slug'], slug), refuse.literal(m, at('route_segment'), entry.route), refuse.literal(m, at('page_title'), entry.title)].every(Boolean) && ok
    if (components.some((c) => c.order < 0)) {
      refuse.refuse(m, at('components'), `Module '${slug}' has a storefront component with a negative order; RusToK reads it as usize`, 'Use 0 or a positive number.')
      ok = false
    }
    if (ok) out.push(entry)
  }
  return out
}

const fragment = (s: string) => [...s].map((ch) => (/^[A-Za-z0-9]$/.test(ch) ? ch.toLowerCase() : '_')).join('')
const viewFn = (slug: string) => `render_${underscore(slug)}_storefront_view`
const componentFn = (slug: string, id: string) => `render_${fragment(slug)}_${fragment(id)}_storefront_component`
const render = (name: string, path: string) => `fn ${name}() -> AnyView {\n    view! {\n        <${path} />\n    }\n    .into_any()\n}\n\n`
const SPECIAL: Record<string, string> = { search: 'crate::modules::SearchStorefrontComposition', forum: 'crate::modules::ForumStorefrontComposition' }

export function renderStorefrontUi(entries: readonly StorefrontEntry[]): string {
  let out = 'use leptos::prelude::*;\n'
  out += 'use crate::modules::{register_component, register_page, StorefrontComponentRegistration, StorefrontPageRegistration, StorefrontSlot};\n\n'
  out += 'pub fn register_generated_components() {\n'
  entries.forEach((e, i) => {
    out += `    register_component(StorefrontComponentRegistration { id: "${e.slug}-slot", module_slug: Some("${e.slug}"), slot: StorefrontSlot::${e.slot}, order: ${100 + i}, render: ${viewFn(e.slug)} });\n`
    out += `    register_page(StorefrontPageRegistration { module_slug: "${e.slug}", route_segment: "${e.route}", title: "${e.title}", render: ${viewFn(e.slug)} });\n`
    for (const c of e.components) {
      out += `    register_component(StorefrontComponentRegistration { id: "${c.id}", module_slug: Some("${e.slug}"), slot: StorefrontSlot::${c.slot}, order: ${c.order}, render: ${componentFn(e.slug, c.id)} });\n`
    }
  })
  out += '}\n\n'
  for (const e of entries) {
    out += render(viewFn(e.slug), Object.hasOwn(SPECIAL, e.slug) ? SPECIAL[e.slug]! : `${e.crateIdent}::${e.component}`)
    for (const c of e.components) out += render(componentFn(e.slug, c.id), `${e.crateIdent}::${c.path}`)
  }
  return out
}
