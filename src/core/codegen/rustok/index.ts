/**
 * Preset "rustok": the files RusToK's apps/{server,admin,storefront}/build.rs generate, computed from
 * the project model and written to the committed paths of `[codegen.rustok]`, each with the
 * modules-rebuild header line on top (the only difference from the scripts' output; the
 * differential test __tests__/e2e/rustok-oracle.e2e.test.ts holds the rest to byte equality). Pure.
 */
import type { Config, Preset, RustokOutput } from '../../config/schema.js'
import { RUSTOK_OUTPUT_KEYS, RUSTOK_OUTPUTS } from '../../config/constants.js'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { adminView, renderAdminRegistry } from './admin.js'
import { Refusals, rustokModules, type RustokInput } from './inputs.js'
import { renderAppRoutes, renderGraphqlSchema, renderModulesRegistry, serverEntries } from './server.js'
import { CLIENT_ONLY_STOREFRONT, renderStorefrontUi, storefrontEntries } from './storefront.js'

export { rustokFiles } from './inputs.js'

/** The file whose content tells `init` which preset a repository needs. */
export const PRESET_SIGNAL_FILE = 'apps/server/build.rs'
const SIGNAL = ['modules_registry_codegen.rs', 'graphql_schema_codegen.rs', 'app_routes_codegen.rs']

/**
 * "rustok" when apps/server/build.rs names all three files RusToK's server script writes (its
 * registry generator: committed files from the preset replace it), else "default".
 */
export function presetFor(serverBuildScript: string | null): Preset {
  return serverBuildScript !== null && SIGNAL.every((f) => serverBuildScript.includes(f)) ? 'rustok' : 'default'
}

export interface RustokFile {
  key: RustokOutput
  path: string
  content: string
}

/** Every enabled app's files, in [codegen.rustok] key order; none when a value is refused. */
export function planRustok(input: RustokInput & { config: Config; header: string }): { files: RustokFile[]; diagnostics: Diagnostic[] } {
  const { config } = input
  const modules = rustokModules(input)
  const refuse = new Refusals()
  const on = (k: RustokOutput) => config.codegen[RUSTOK_OUTPUTS[k].app].enabled
  const body: Partial<Record<RustokOutput, string>> = {}
  if (config.codegen.server.enabled) {
    const entries = serverEntries(input, modules)
    body.server_registry = renderModulesRegistry(entries)
    body.server_graphql = renderGraphqlSchema(entries)
    body.server_routes = renderAppRoutes(entries)
  }
  if (config.codegen.admin.enabled) body.admin_registry = renderAdminRegistry(adminView(modules, refuse))
  if (config.codegen.storefront.enabled) {
    const cargo = input.files.get(config.codegen.storefront.cargo_toml) ?? ''
    body.storefront_ui = renderStorefrontUi(storefrontEntries(modules, cargo, refuse))
    body.storefront_ui_client = CLIENT_ONLY_STOREFRONT
  }
  if (refuse.diagnostics.length) return { files: [], diagnostics: refuse.diagnostics }
  const files = RUSTOK_OUTPUT_KEYS.filter(on).map((key) => ({ key, path: config.codegen.rustok[key], content: `${input.header}\n${body[key]!}` }))
  return { files, diagnostics: [] }
}
