/**
 * The per-module package manifest (`<module path>/rustok-module.toml`, or `module.toml`), as RusToK
 * writes it. Unknown top-level sections (RusToK's `[fba.*]`) are kept as they are.
 */
import { z } from 'zod'
import { CRATE_PATTERN, RUNTIMES, SLUG_PATTERN } from './constants.js'
import { OWNERSHIP, TRUST_LEVELS, UI_CLASSIFICATIONS } from './package-lookup.js'

export { DEFAULT_LOOKUP, DEFAULT_PACKAGE_DIR, OWNERSHIP, PACKAGE_MANIFEST_NAMES, packageDirOf, TRUST_LEVELS, UI_CLASSIFICATIONS, type PackageLookup } from './package-lookup.js'

const rustPath = z.string().meta({ description: 'A Rust path relative to the module crate, e.g. `graphql::BlogQuery`.' })
const versionReq = z.object({
  version_req: z.string().describe('Cargo version requirement, e.g. ">=0.1.0".'),
  module: z.string().optional().describe('Display name of the provider module.'),
  mode: z.string().optional().describe('How the dependency is used, e.g. "capability_provider".'),
  required_capabilities: z.array(z.string()).default([]),
  contract: z.string().optional(),
  contract_version: z.string().optional()
})
const i18n = z.object({
  default_locale: z.string(),
  supported_locales: z.array(z.string()).default([]),
  leptos_locales_path: z.string().optional()
})

const AdminUiSchema = z.object({
  leptos_crate: z.string().optional().meta({ pattern: CRATE_PATTERN, description: 'Package name of the admin UI crate at `<module>/admin/`.' }),
  route_segment: z.string().optional(),
  nav_label: z.string().optional(),
  nav_group: z.string().optional(),
  nav_order: z.number().int().optional(),
  next_package: z.string().optional(),
  i18n: i18n.optional(),
  child_pages: z.array(z.object({ subpath: z.string(), title: z.string(), nav_label: z.string().optional() })).default([])
})

const StorefrontUiSchema = z.object({
  leptos_crate: z.string().optional().meta({ pattern: CRATE_PATTERN, description: 'Package name of the storefront UI crate at `<module>/storefront/`.' }),
  slot: z.string().optional(),
  route_segment: z.string().optional(),
  page_title: z.string().optional(),
  next_package: z.string().optional(),
  i18n: i18n.optional(),
  components: z
    .array(z.object({ id: z.string(), slot: z.string(), component: rustPath, order: z.number().int().optional() }))
    .default([])
})

export const PackageManifestSchema = z
  .looseObject({
    module: z.object({
      slug: z.string().meta({ pattern: SLUG_PATTERN }),
      name: z.string(),
      version: z.string().describe('Semver version of the module.'),
      description: z.string().optional(),
      ownership: z.enum(OWNERSHIP),
      trust_level: z.enum(TRUST_LEVELS),
      ui_classification: z.enum(UI_CLASSIFICATIONS).optional(),
      runtime: z.enum(RUNTIMES).optional(),
      recommended_admin_surfaces: z.array(z.string()).default([]),
      showcase_admin_surfaces: z.array(z.string()).default([]),
      rustok_min_version: z.string().optional().describe('Lowest server version this module supports (semver).'),
      rustok_max_version: z.string().optional().describe('Highest server version this module supports (semver).')
    }),
    crate: z.object({ entry_type: rustPath.optional().describe('The type that implements the module, e.g. `BlogModule`.') }).optional(),
    dependencies: z.record(z.string(), versionReq).default({}).describe('Keys must equal depends_on in modules.toml.'),
    co_requisites: z.record(z.string(), versionReq).default({}),
    conflicts: z.object({ modules: z.array(z.string()).default([]) }).optional(),
    compat: z.object({ server: z.string().optional().describe('Cargo requirement on the server version, e.g. ">=0.1, <0.2".') }).optional(),
    marketplace: z
      .object({ category: z.string().optional(), tags: z.array(z.string()).default([]), publisher: z.string().optional(), description: z.string().optional() })
      .optional(),
    settings: z.record(z.string(), z.looseObject({ type: z.string() })).default({}).describe('Typed settings schema of the module.'),
    provides: z
      .object({
        graphql: z.object({ query: rustPath.optional(), mutation: rustPath.optional(), subscription: rustPath.optional(), runtime_data_factory: rustPath.optional() }).optional(),
        http: z.object({ axum_router: rustPath.optional(), axum_webhook_router: rustPath.optional() }).optional(),
        cli: z.object({ namespace: z.string(), factory: rustPath }).optional(),
        admin_ui: AdminUiSchema.optional(),
        storefront_ui: StorefrontUiSchema.optional()
      })
      .optional()
  })
  .meta({ title: 'rustok-module.toml', description: 'The package manifest of one module crate.' })

export type PackageManifest = z.output<typeof PackageManifestSchema>
