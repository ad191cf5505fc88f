/**
 * The constants of modules-rebuild.toml (file name, apps, presets, RusToK's layout), apart from its
 * zod schema (schema.ts, which re-exports them) so code that only needs them does not load zod.
 */
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
