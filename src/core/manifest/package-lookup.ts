/**
 * Where package manifests are and their enums, apart from their zod schema (package-schema.ts
 * re-exports them) so code that only needs them does not load zod.
 */
export const PACKAGE_MANIFEST_NAMES = ['rustok-module.toml', 'module.toml'] as const
/** Where the package manifests of crates-io / git / registry modules live: `<dir>/<slug>/<name>`. */
export const DEFAULT_PACKAGE_DIR = 'modules.d'

/** Where package manifests are looked for (modules-rebuild.toml `codegen.package_manifests` and `codegen.package_dir`). */
export interface PackageLookup {
  /** File names tried in order in each module directory. */
  names: readonly string[]
  /** Directory of the vendored package manifests of modules that are not source = "path". */
  dir: string
}

export const DEFAULT_LOOKUP: PackageLookup = { names: PACKAGE_MANIFEST_NAMES, dir: DEFAULT_PACKAGE_DIR }

/** The directory holding a module's package manifest: its `path`, or `<dir>/<slug>` for the other sources. */
export function packageDirOf(slug: string, e: { source: string; path?: string | undefined }, lookup: PackageLookup): string | null {
  if (e.source === 'path') return e.path ? (e.path.endsWith('/') ? e.path.replace(/\/+$/, '') : e.path) : null
  return `${lookup.dir.replace(/\/+$/, '')}/${slug}`
}
export const OWNERSHIP = ['first_party', 'third_party'] as const
export const TRUST_LEVELS = ['core', 'verified', 'unverified', 'private'] as const
export const UI_CLASSIFICATIONS = ['dual_surface', 'admin_only', 'storefront_only', 'no_ui', 'capability_only', 'future_ui'] as const
