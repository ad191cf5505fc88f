/**
 * Preset "rustok", server: the three files apps/server/build.rs writes — the module registry, the
 * merged GraphQL roots with their runtime-data factories, and the axum router merges. Only
 * optional (non-required) modules appear, each statement behind `#[cfg(feature = "mod-<slug>")]`:
 * like the script, the output does not depend on the features being built; cargo applies the gates.
 */
import { fileText, manifestOf, pascalCase, underscore, type RustokInput, type RustokModule } from './inputs.js'

export interface ServerEntry {
  feature: string
  module: string | null
  query: string | null
  mutation: string | null
  subscription: string | null
  factory: string | null
  router: string | null
  webhookRouter: string | null
}

/** `<crate_ident>::<value>` for a non-blank value (a leading `crate::` dropped), else null. */
function qualify(crate: string, value: string | undefined): string | null {
  const v = value?.trim()
  if (!v) return null
  return `${underscore(crate)}::${v.startsWith('crate::') ? v.slice('crate::'.length) : v}`
}

/** The type named by the first `impl RusToKModule for <Ident>` in src/lib.rs. */
function inferModule(crate: string, lib: string | null): string | null {
  if (lib === null) return null
  const marker = 'impl RusToKModule for '
  const at = lib.indexOf(marker)
  if (at < 0) return null
  const ident = /^[A-Za-z0-9_]*/.exec(lib.slice(at + marker.length))![0]
  return ident ? `${underscore(crate)}::${ident}` : null
}

export function serverEntries(input: RustokInput, modules: readonly RustokModule[]): ServerEntry[] {
  return modules
    .filter((m) => !m.entry.required)
    .map((m) => {
      const crate = m.entry.crate
      const p = manifestOf(m)
      const stem = pascalCase(m.slug)
      const ident = underscore(crate)
      const has = (f: string) => fileText(input, m.dir, f) !== null
      const probedGraphql = p === null && m.dir !== null && (has('src/graphql/mod.rs') || has('src/graphql.rs'))
      const g = p?.provides?.graphql
      const h = p?.provides?.http
      const call = (v: string | null) => (v === null ? null : `${v}(runtime)`)
      return {
        feature: `mod-${m.slug}`,
        module: qualify(crate, p?.crate?.entry_type) ?? inferModule(crate, fileText(input, m.dir, 'src/lib.rs')) ?? (p === null ? `${ident}::${stem}Module` : null),
        query: qualify(crate, g?.query) ?? (probedGraphql ? `${ident}::graphql::${stem}Query` : null),
        mutation: qualify(crate, g?.mutation) ?? (probedGraphql ? `${ident}::graphql::${stem}Mutation` : null),
        subscription: qualify(crate, g?.subscription),
        factory: qualify(crate, g?.runtime_data_factory),
        router: call(qualify(crate, h?.axum_router)),
        webhookRouter: call(qualify(crate, h?.axum_webhook_router))
      }
    })
}

const gated = (feature: string, statement: string) => `    #[cfg(feature = "${feature}")]\n    {\n        ${statement}\n    }\n`

export function renderModulesRegistry(entries: readonly ServerEntry[]): string {
  let out = '#[allow(unused_mut)]\npub fn register_optional_modules(mut registry: rustok_core::ModuleRegistry) -> rustok_core::ModuleRegistry {\n'
  for (const e of entries) if (e.module !== null) out += gated(e.feature, `registry = registry.register(${e.module});`)
  return out + '    registry\n}\n'
}

function merged(derive: string, name: string, items: ReadonlyArray<[string, string]>): string {
  if (items.length === 0) return `#[derive(${derive}, Default)]\npub struct ${name}();\n`
  return `#[derive(${derive}, Default)]\npub struct ${name}(\n${items.map(([f, e]) => `    #[cfg(feature = "${f}")] ${e},\n`).join('')});\n`
}

export function renderGraphqlSchema(entries: readonly ServerEntry[]): string {
  const pick = (k: 'query' | 'mutation' | 'subscription'): Array<[string, string]> => entries.flatMap((e) => (e[k] === null ? [] : [[e.feature, e[k]] as [string, string]]))
  const schema = 'async_graphql::SchemaBuilder<super::Query, super::Mutation, super::Subscription>'
  let out = 'use async_graphql::{MergedObject, MergedSubscription};\n\n'
  out += merged('MergedObject', 'OptionalModuleQuery', pick('query')) + '\n'
  out += merged('MergedObject', 'OptionalModuleMutation', pick('mutation'))
  out += '\n' + merged('MergedSubscription', 'OptionalModuleSubscription', pick('subscription'))
  out += '\n/// Runtime-data factories declared by installed capability manifests.\n'
  out += 'pub const MODULE_GRAPHQL_RUNTIME_DATA_FACTORIES: &[&str] = &[\n'
  for (const e of entries) if (e.factory !== null) out += `    "${e.factory}",\n`
  out += '];\n'
  out += `\npub fn attach_module_graphql_data(\n    mut builder: ${schema},\n    inputs: &rustok_api::graphql::GraphqlRuntimeInputs,\n) -> Result<${schema}, String> {\n`
  for (const e of entries) if (e.factory !== null) out += gated(e.feature, `builder = builder.data(${e.factory}(inputs)?);`)
  return out + '    Ok(builder)\n}\n'
}

export function renderAppRoutes(entries: readonly ServerEntry[]): string {
  let out = '#[allow(unused_mut, unused_variables)]\npub fn append_optional_module_axum_routers(\n    mut router: axum::Router,\n    runtime: &rustok_api::HostRuntimeContext,\n) -> anyhow::Result<axum::Router> {\n'
  for (const e of entries) {
    if (e.router !== null) out += gated(e.feature, `router = router.merge(${e.router}?);`)
    if (e.webhookRouter !== null) out += gated(e.feature, `router = router.merge(${e.webhookRouter}?);`)
  }
  return out + '    Ok(router)\n}\n'
}
