/**
 * modules-rebuild.toml, schema 1 — the tool's own configuration at the repository root. The single
 * definition of the format: the TypeScript type and the published JSON Schema
 * (schema/modules-rebuild.schema.json) are derived from it. Every key is optional; a repository
 * without the file gets RusToK's layout. Checks that need more than shape (paths, identifiers,
 * distinct outputs) live in config.ts.
 */
import { z } from 'zod'
import { RbacConfigSchema } from './rbac.js'
import { DeployConfigSchema } from './deploy.js'
import { PlanConfigSchema } from './plan.js'
import { WorkflowsConfigSchema } from './workflows.js'
import { ImagesConfigSchema } from './images.js'
import type { TargetName } from '../values/values.js'

export const CONFIG_FILE = 'modules-rebuild.toml'
export const FEATURE_MODES = ['auto', 'managed', 'flags'] as const
export const DIRTY_KINDS = ['registry', 'features', 'workflows'] as const
export const GATE_MODES = ['auto', 'always', 'never'] as const
export const PRESETS = ['default', 'rustok'] as const

export type FeatureMode = (typeof FEATURE_MODES)[number]
export type DirtyKind = (typeof DIRTY_KINDS)[number]
export type GateMode = (typeof GATE_MODES)[number]
export type Preset = (typeof PRESETS)[number]

/** Cargo feature names: `mod-blog`, `redis-cache`, and in a default list also `crate/feature`. */
export const FEATURE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_+.-]*(/[A-Za-z0-9_][A-Za-z0-9_+.-]*)?$'

const repoPath = (description: string) => z.string().meta({ description: `${description} Repository-relative, '/' between directories.` })
const feature = z.string().meta({ pattern: FEATURE_PATTERN, description: 'A Cargo feature name.' })

/** RusToK's layout: where each app keeps its generated registry and its Cargo.toml. */
export const APP_DEFAULTS: Record<TargetName, { output: string; cargo_toml: string }> = {
  server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml' },
  admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml' },
  storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml' }
}

/**
 * The files of preset "rustok": the ones the build scripts of RusToK's apps (apps/server/build.rs, …) write into OUT_DIR, committed
 * instead (the app `include!`s them). Key → app and default path.
 */
export const RUSTOK_OUTPUTS = {
  server_registry: { app: 'server', path: 'apps/server/src/generated/modules_registry_codegen.rs' },
  server_graphql: { app: 'server', path: 'apps/server/src/generated/graphql_schema_codegen.rs' },
  server_routes: { app: 'server', path: 'apps/server/src/generated/app_routes_codegen.rs' },
  admin_registry: { app: 'admin', path: 'apps/admin/src/generated/module_registry_codegen.rs' },
  storefront_ui: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen.rs' },
  storefront_ui_client: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen_client.rs' }
} as const satisfies Record<string, { app: TargetName; path: string }>
export type RustokOutput = keyof typeof RUSTOK_OUTPUTS
export const RUSTOK_OUTPUT_KEYS = Object.keys(RUSTOK_OUTPUTS) as RustokOutput[]

const RUSTOK_WHAT: Record<RustokOutput, string> = {
  server_registry: 'register_optional_modules(): what apps/server/build.rs writes as modules_registry_codegen.rs.',
  server_graphql: 'OptionalModuleQuery/Mutation/Subscription and attach_module_graphql_data(): graphql_schema_codegen.rs.',
  server_routes: 'append_optional_module_axum_routers(): app_routes_codegen.rs.',
  admin_registry: 'Admin navigation, pages, components and module metadata: what apps/admin/build.rs writes as module_registry_codegen.rs.',
  storefront_ui: 'Storefront pages and slot components: what apps/storefront/build.rs writes as module_ui_codegen.rs in an SSR build.',
  storefront_ui_client: 'The client-only variant of module_ui_codegen.rs (features csr/hydrate without ssr): an empty register_generated_components().'
}

const rustokSchema = z
  .object(Object.fromEntries(RUSTOK_OUTPUT_KEYS.map((k) => [k, repoPath(RUSTOK_WHAT[k]).default(RUSTOK_OUTPUTS[k].path)])) as { [K in RustokOutput]: z.ZodDefault<z.ZodString> })
  .describe('Where preset "rustok" writes each file (an app with enabled = false gets none of its files).')

const WHAT: Record<TargetName, string> = {
  server: 'The server app: module registrations, GraphQL and HTTP merges of every installed module.',
  admin: 'The admin app: navigation entries of the modules with [provides.admin_ui] leptos_crate.',
  storefront: 'The storefront app: slot entries of the modules with [provides.storefront_ui] leptos_crate.'
}

const appSchema = (app: TargetName) =>
  z
    .object({
      output: repoPath('The generated Rust file (preset "default"; preset "rustok" uses [codegen.rustok]).').default(APP_DEFAULTS[app].output),
      cargo_toml: repoPath("The app's Cargo.toml, whose `[features] default` holds the module features.").default(APP_DEFAULTS[app].cargo_toml),
      template: repoPath('A Mustache template to render instead of the built-in one (see docs/templates.md); preset "default" only.').optional(),
      enabled: z.boolean().default(true).describe('false: generate nothing for this app and leave its Cargo.toml alone (e.g. a headless platform without an admin).'),
      gate: z
        .enum(GATE_MODES)
        .default('auto')
        .describe(
          'always: each optional module\'s statements are gated by #[cfg(feature = "<prefix><slug>")] and the module features join the feature set. never: no gates; the app compiles every installed module in (RusToK\'s admin and storefront today). auto: always for the server; for admin and storefront, always when their Cargo.toml declares any <prefix>* feature, else never.'
        )
    })
    .describe(WHAT[app])

export const CodegenSchema = z
  .object({
    preset: z
      .enum(PRESETS)
      .default('default')
      .describe(
        'default: one registry file per app from the built-in (or a user) Mustache template. rustok: exactly the files RusToK\'s apps/{server,admin,storefront}/build.rs generate (modules_registry_codegen.rs, graphql_schema_codegen.rs, app_routes_codegen.rs, module_registry_codegen.rs, module_ui_codegen.rs) plus a header line, at the paths of [codegen.rustok], for RusToK to include! instead of OUT_DIR.'
      ),
    rustok: rustokSchema.prefault({}),
    package_manifests: z
      .array(repoPath('File name of a package manifest inside a module directory.'))
      .min(1)
      .default(['rustok-module.toml', 'module.toml'])
      .describe('Package manifest names tried in order in each module directory.'),
    package_dir: repoPath(
      'Directory of the vendored package manifests of the modules that are not source = "path" (crates-io, git, registry): `<package_dir>/<slug>/rustok-module.toml`. `install` writes them from the catalog; code generation reads them.'
    ).default('modules.d'),
    feature_prefix: z
      .string()
      .default('mod-')
      .meta({ pattern: '^[A-Za-z0-9_][A-Za-z0-9_+.-]*$', description: 'Prefix of the per-module Cargo features: `<prefix><slug>`, e.g. `mod-blog`.' }),
    api_crate: z
      .string()
      .default('rustok_api')
      .meta({ description: 'Rust path (crate identifier, `_` not `-`; may go deeper, e.g. `rustok_core::modules`) that exports the registry types the generated `use` lines import.' }),
    server: appSchema('server').prefault({}),
    admin: appSchema('admin').prefault({}),
    storefront: appSchema('storefront').prefault({})
  })
  .describe('What `modules-rebuild generate` writes and `check` compares.')

export const FeaturesSchema = z
  .object({
    mode: z
      .enum(FEATURE_MODES)
      .default('auto')
      .describe(
        'managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features …`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'
      ),
    base_features: z
      .object({
        server: z.array(feature).default([]).describe('Features of the server besides the module features, e.g. "redis-cache".'),
        admin: z.array(feature).default([]).describe('Features of the admin besides the module features, e.g. "ssr".'),
        storefront: z.array(feature).default([]).describe('Features of the storefront besides the module features, e.g. "ssr".')
      })
      .prefault({})
      .describe('Per app, the features that always come first in the feature set: written at the top of the managed region, and passed with --features in flags mode (where --no-default-features drops the rest of `default`).')
  })
  .describe('How the module set reaches cargo.')

export const ConfigSchema = z
  .object({
    schema: z.literal(1).default(1).describe('Format version; this tool reads schema 1.'),
    codegen: CodegenSchema.prefault({}),
    features: FeaturesSchema.prefault({}),
    workflows: WorkflowsConfigSchema.prefault({}),
    plan: PlanConfigSchema.prefault({}),
    rbac: RbacConfigSchema.optional(),
    deploy: DeployConfigSchema.prefault({}),
    // Optional, not defaulted: without [images] the configuration (and its hash in the workflow header) is what it was.
    images: ImagesConfigSchema.optional(),
    strict: z
      .boolean()
      .default(false)
      .describe(
        'false (default): findings about the hand-maintained Cargo.toml that predate modules-rebuild (feature-drift, and the feature-declaration findings the build works around: a module that cannot be switched off, a gate naming an undeclared feature) are warnings with an exact fix. true: they are errors, so `check` and `plan` fail until Cargo.toml agrees with modules.toml.'
      ),
    allow_dirty: z
      .array(z.enum(DIRTY_KINDS))
      .default([])
      .describe('Findings that `check` reports as warnings instead of errors: "registry" (stale generated.rs), "features" (stale managed region, feature drift), "workflows" (stale workflows).')
  })
  .meta({ title: 'modules-rebuild.toml', description: 'Configuration of modules-rebuild (schema 1). Every key is optional.' })

export type Config = z.output<typeof ConfigSchema>
export type AppConfig = Config['codegen'][TargetName]
