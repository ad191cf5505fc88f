/**
 * The Cargo feature set of each app, and how it reaches cargo (examples/shop/GENERATED.md §6):
 *
 *  - the set: configured base features, then (server) `embed-admin` / `embed-storefront` as
 *    [build.server] says, then `<prefix><slug>` of every non-required module the app gates (server:
 *    all; admin: those with admin_ui leptos_crate; storefront: those with storefront_ui
 *    leptos_crate), in canonical order;
 *  - managed mode: the set is written between the markers of `[features] default`; cargo's own
 *    default is then right, so no extra cargo arguments are needed;
 *  - flags mode: Cargo.toml is left alone; the build passes `--no-default-features --features …`.
 *
 * Drift is reported either way, on `default` as cargo will see it (managed: after the rewrite):
 * module/embed features the manifest selects that `default` lacks, and ones it has that the
 * manifest does not select.
 */
import type { Config, GateMode } from '../config/schema.js'
import { DiagnosticError, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { documentOf, readDocument, type TomlDocument } from '../manifest/document.js'
import type { LoadedPackage } from '../manifest/packages.js'
import type { Manifest } from '../manifest/schema.js'
import { locate } from '../manifest/shape.js'
import { isTable, parseToml, type TomlCache, type TomlTable, type TomlValue } from '../manifest/toml.js'
import { tomlKey, tomlValue } from '../manifest/toml-write.js'
import { checkDeclarations, dependencyIndex, fixLine, type AppModule, type Dependency } from './declarations.js'
import { findRegion, parseRegionInPlace, parseWithRegion, regionPlacementProblem, replaceRegion, type Region } from './region.js'
import { type TargetName } from '../values/values.js'

export const EMBED_FEATURES = ['embed-admin', 'embed-storefront'] as const

export interface FeatureDrift {
  /** Selected module/embed features that `[features] default` lacks. */
  missing: string[]
  /** Module/embed features in `[features] default` that the manifest does not select. */
  unexpected: string[]
}

/** A feature of `[features] default` that is neither a module nor an embed feature (e.g. `redis-cache`). */
export interface KeptFeature {
  feature: string
  /** The module/embed features it enables, directly or through other features. */
  enables: string[]
}

export interface FeatureSet {
  /** Whether the app's generated code gates optional modules on their features (config `gate`). */
  gated: boolean
  enabled: boolean
  /** How the set reaches cargo; null for a disabled app. */
  mode: 'managed' | 'flags' | null
  features: string[]
  /** Extra cargo arguments for building this app: `[]` in managed mode. */
  cargoArgs: string[]
  drift: FeatureDrift
  /**
   * The non-module features of `[features] default` a flags build keeps (`--no-default-features`
   * would drop them); in flags mode they are part of `features`.
   */
  kept: KeptFeature[]
  /** Optional modules compiled in whatever the features say: their crate is a non-optional dependency. */
  alwaysCompiled: string[]
}

export interface AppFeaturesInput {
  app: TargetName
  manifest: Manifest
  packages: ReadonlyMap<string, LoadedPackage>
  /** Canonical module order. */
  order: readonly string[]
  config: Config
  /** The app's Cargo.toml, or null when it does not exist. */
  cargoText: string | null
  /** The command's parsed files, shared with its other steps. */
  toml?: TomlCache
}

export interface AppFeaturesPlan {
  set: FeatureSet
  /** The rewritten Cargo.toml (managed mode only). */
  file: { path: string; content: string } | null
  diagnostics: Diagnostic[]
}

/** The modules whose feature the app's generated code gates, with the crate the feature pulls in. */
export function appModules(app: TargetName, m: Manifest, packages: ReadonlyMap<string, LoadedPackage>, order: readonly string[]): AppModule[] {
  const out: AppModule[] = []
  for (const slug of order) {
    const e = m.modules[slug]!
    const provides = packages.get(slug)?.manifest.provides
    const crate = app === 'server' ? e.crate : app === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate
    const path = app === 'server' && e.source === 'path' ? e.path : undefined
    if (crate !== undefined) out.push({ slug, crate, required: e.required, depends_on: e.depends_on, ...(path !== undefined ? { path } : {}) })
  }
  return out
}

export const cargoArgsFor = (features: readonly string[]): string[] => (features.length ? ['--no-default-features', '--features', features.join(',')] : ['--no-default-features'])

/** Severity of a finding about the hand-maintained Cargo.toml: a warning unless `strict = true`. */
export const treeSeverity = (config: Config): 'error' | 'warning' => (config.strict && !config.allow_dirty.includes('features') ? 'error' : 'warning')

export function planAppFeatures(input: AppFeaturesInput): AppFeaturesPlan {
  const { app, manifest: m, config } = input
  const a = config.codegen[app]
  const file = a.cargo_toml
  const prefix = config.codegen.feature_prefix
  const noDrift: FeatureDrift = { missing: [], unexpected: [] }
  if (!a.enabled) return { set: { enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: noDrift, kept: [], alwaysCompiled: [] }, file: null, diagnostics: [] }

  // Parsed once: whether the app gates modules is read from the same document, and a managed
  // region's placement is proven by the same parse (parseRegionInPlace).
  const mode = config.features.mode
  const region: Region = input.cargoText === null || mode === 'flags' ? { kind: 'absent' } : findRegion(input.cargoText)
  const inPlace = region.kind === 'found' ? parseRegionInPlace(region, file) : null
  let doc: TomlDocument | null = null
  let unreadable: DiagnosticError | null = null
  if (input.cargoText !== null) {
    try {
      doc = inPlace ? documentOf(file, input.cargoText, inPlace) : readDocument(file, input.cargoText, {}, input.toml)
    } catch (err) {
      if (!(err instanceof DiagnosticError)) throw err
      unreadable = err
    }
  }
  const gated = gatesModules(app, a.gate, prefix, input.cargoText, doc ? doc.data : null)
  const modules = gated ? appModules(app, m, input.packages, input.order) : []
  const optional = modules.filter((x) => !x.required)
  const embed = app === 'server' ? EMBED_FEATURES.filter((f) => (f === 'embed-admin' ? m.build.server.embed_admin : m.build.server.embed_storefront)) : []
  const base = config.features.base_features[app]
  const setOf = (moduleFeatures: readonly string[], kept: readonly string[]) => [...new Set([...base, ...kept, ...embed, ...moduleFeatures])]
  // An app that does not gate modules keeps its own default features: nothing to pass to cargo.
  const argsOf = (features: readonly string[]) => (gated || features.length ? cargoArgsFor(features) : [])
  const fallback = setOf(optional.map((x) => prefix + x.slug), [])
  const flags: FeatureSet = { enabled: true, gated, mode: 'flags', features: fallback, cargoArgs: argsOf(fallback), drift: noDrift, kept: [], alwaysCompiled: [] }
  const out: Diagnostic[] = []

  if (input.cargoText === null) {
    out.push(diagnostic('error', 'io-error', file, null, `${file} does not exist, so the ${app} app's module features cannot be checked`, `Create it, point \`[codegen.${app}] cargo_toml\` of modules-rebuild.toml at the app's Cargo.toml, or set \`[codegen.${app}] enabled = false\`.`))
    return { set: flags, file: null, diagnostics: out }
  }
  if (!doc) return { set: flags, file: null, diagnostics: unreadable!.diagnostics }

  const severity = treeSeverity(config)
  const table = featuresTable(doc.data)
  const deps = dependencyIndex(isTable(doc.data.dependencies) ? doc.data.dependencies : {})
  const declared = (f: string) => Object.hasOwn(table, f)
  const optionalFix = (dep: Dependency) => fixLine('dependencies', `${tomlKey(dep.key)} = ${tomlValue({ ...(isTable(dep.value) ? dep.value : { version: dep.value }), optional: true })}`)

  // A module whose crate is a non-optional dependency is compiled in whatever the features say.
  const moduleFeatures: string[] = []
  const alwaysCompiled: string[] = []
  for (const x of optional) {
    const f = prefix + x.slug
    const dep = deps.get(x.crate)
    const fixed = dep !== undefined && !dep.optional
    if (fixed) alwaysCompiled.push(x.slug)
    if (fixed && !declared(f)) {
      out.push(
        diagnostic(
          severity,
          'feature-declaration',
          file,
          locate(doc, ['dependencies', dep.key]),
          `Module '${x.slug}' is always compiled into the ${app}: ${dep.key} is a non-optional dependency, and ${file} declares no feature ${f}, so the build passes none. Its registration is gated by #[cfg(feature = "${f}")], so the generated registry never registers it`,
          `Declare the feature so the registration compiles in: ${fixLine('features', `${f} = []`)}. Or, to make the module switchable, both lines together: ${optionalFix(dep)} and ${fixLine('features', `${f} = ["dep:${dep.key}"]`)}.`
        )
      )
      continue
    }
    moduleFeatures.push(f)
    if (fixed) {
      const items = Array.isArray(table[f]) ? (table[f] as unknown[]).filter((v): v is string => typeof v === 'string') : []
      out.push(
        diagnostic(
          severity,
          'feature-declaration',
          file,
          locate(doc, ['dependencies', dep.key]),
          `Optional module '${x.slug}' cannot be switched off in the ${app}: ${dep.key} is a non-optional dependency, so ${f} only toggles its registration`,
          `Make the dependency optional and let the feature pull it in, both lines together: ${optionalFix(dep)} and ${fixLine('features', `${f} = ${tomlValue([`dep:${dep.key}`, ...items.filter((i) => i !== `dep:${dep.key}`)])}`)}.`
        )
      )
    }
  }

  const defaults = Array.isArray(table.default) ? table.default.map((v) => (typeof v === 'string' ? v : '')) : []
  const considered = (f: string) => f.startsWith(prefix) || (app === 'server' && (EMBED_FEATURES as readonly string[]).includes(f))
  const selectedNow = new Set([...embed, ...moduleFeatures])
  // Non-module defaults: kept when everything they enable is selected anyway.
  const kept: KeptFeature[] = []
  if (gated) {
    for (const f of defaults) {
      if (!f || considered(f) || base.includes(f)) continue
      const enables = [...closure(f, table)].filter((g) => considered(g) && g !== f).sort()
      const foreign = enables.filter((g) => !selectedNow.has(g))
      if (!foreign.length) kept.push({ feature: f, enables })
      else out.push(diagnostic('warning', 'feature-drift', file, locate(doc, ['features', 'default']), `[features] default enables ${f}, which turns on ${foreign.join(', ')} that modules.toml does not select; the ${app} build leaves ${f} out`, `Select the modules in modules.toml, or drop "${f}" from default.`))
    }
  }

  const managedFeatures = setOf(moduleFeatures, [])
  const markersHint = `Put these two lines inside \`default = [ … ]\` of [features] (README, "Two feature modes"):\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features`
  const managedSet: FeatureSet = { ...flags, mode: 'managed', cargoArgs: [], features: managedFeatures, kept, alwaysCompiled }
  let effective = doc.data
  let planned: AppFeaturesPlan['file'] = null
  if (region.kind === 'broken') {
    out.push(diagnostic('error', 'missing-feature-markers', file, region.line === null ? null : { line: region.line, column: 1 }, `${file} ${region.problem}`, markersHint))
    return { set: managedSet, file: null, diagnostics: out }
  }
  if (region.kind === 'absent' && mode === 'managed') {
    out.push(diagnostic('error', 'missing-feature-markers', file, locate(doc, ['features', 'default']), `${file} has no managed-features markers, but [features] mode = "managed"`, `${markersHint}\nOr set [features] mode = "flags" in modules-rebuild.toml.`))
    return { set: managedSet, file: null, diagnostics: out }
  }
  if (region.kind === 'found') {
    const content = replaceRegion(region, managedFeatures)
    // Up to date (check's usual case): the document parsed above is the result, its placement proven.
    const placed = inPlace && content === input.cargoText ? inPlace : parseWithRegion(region, managedFeatures, file)
    if (placed) effective = placed
    else {
      const problem = regionPlacementProblem(region, file)
      if (problem) {
        out.push(diagnostic('error', 'missing-feature-markers', file, { line: region.begin + 1, column: 1 }, `${file} ${problem}`, markersHint))
        return { set: managedSet, file: null, diagnostics: out }
      }
      try {
        effective = parseToml(content, file)
      } catch (err) {
        // The rewritten file breaks a limit (e.g. more features than one array may hold).
        if (!(err instanceof DiagnosticError)) throw err
        return { set: managedSet, file: null, diagnostics: [...out, ...err.diagnostics] }
      }
    }
    planned = { path: file, content }
  }
  const managed = region.kind === 'found'
  const features = managed ? managedFeatures : setOf(moduleFeatures, kept.map((k) => k.feature))

  const effectiveDefaults = managed ? (Array.isArray(featuresTable(effective).default) ? (featuresTable(effective).default as unknown[]).map((v) => (typeof v === 'string' ? v : '')) : []) : defaults
  const selected = new Set(features)
  const inDefaults = new Set(effectiveDefaults)
  const missing = [...embed, ...moduleFeatures].filter((f) => !inDefaults.has(f))
  const unexpected: string[] = []
  // Locations refer to the file as it is now (the rewrite only changes lines inside the region).
  const original = table.default
  const inRegion = (line: number) => region.kind === 'found' && line > region.begin + 1 && line <= region.end + 1
  let positions: Map<TomlValue, number[]> | undefined // each value's indices in default, built once on first use
  const at = (f: string) => {
    if (!positions) {
      positions = new Map()
      if (Array.isArray(original)) original.forEach((v, j) => (positions!.get(v) ?? positions!.set(v, []).get(v)!).push(j))
    }
    const locs = (positions.get(f) ?? []).map((j) => locate(doc, ['features', 'default', j]))
    return locs.find((l) => l && !inRegion(l.line)) ?? locate(doc, ['features', 'default'])
  }
  const defaultLine = (list: readonly string[]) => fixLine('features', `default = ${tomlValue([...list])}`)
  effectiveDefaults.forEach((f) => {
    if (!considered(f) || selected.has(f)) return
    unexpected.push(f)
    out.push(diagnostic(severity, 'feature-drift', file, at(f), `[features] default enables ${f}, but modules.toml does not select it: ${whyNot(app, f, prefix, m)}`, managed ? `Remove "${f}" from default (it is outside the managed region, which modules-rebuild maintains).` : `Remove "${f}" from default: ${defaultLine(defaults.filter((g) => g !== f))}.`))
  })
  if (missing.length) {
    const notes: string[] = []
    const via = enabledThrough(effectiveDefaults, featuresTable(effective))
    for (const f of missing) if (via.has(f)) notes.push(`${f} is enabled only indirectly, through ${via.get(f)}`)
    const undeclared = missing.filter((f) => !declared(f))
    if (undeclared.length > 1 && undeclared.length === missing.length) notes.push('none of them is even declared in [features]')
    else if (undeclared.length) notes.push(`${undeclared.join(', ')} ${undeclared.length === 1 ? 'is' : 'are'} not even declared in [features]`)
    out.push(
      diagnostic(
        severity,
        'feature-drift',
        file,
        locate(doc, ['features', 'default']),
        `[features] default lacks ${missing.length} feature${missing.length === 1 ? '' : 's'} that modules.toml selects: ${missing.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''}; a plain \`cargo build\` compiles a different module set than the manifest`,
        `modules-rebuild builds with \`--no-default-features --features …\`, so its builds follow the manifest. To make \`cargo build\` agree, ${managed ? 'add them to default' : `write ${defaultLine([...defaults, ...missing.filter((f) => declared(f))])}`}, or put the managed-features markers into default (README, "Two feature modes") and let \`modules-rebuild generate\` maintain the list.`
      )
    )
  }
  out.push(...checkDeclarations({ app, file, doc, features, modules, prefix, managed, deps }))
  return { set: { enabled: true, gated, mode: managed ? 'managed' : 'flags', features, cargoArgs: managed ? [] : argsOf(features), drift: { missing, unexpected }, kept, alwaysCompiled }, file: planned, diagnostics: out }
}

/**
 * Whether the app's generated code gates optional modules on their features (config `gate`).
 * auto: the server always does; admin and storefront do when their Cargo.toml declares any
 * `<prefix>*` feature — RusToK's admin and storefront declare none and compile every UI crate in.
 * `parsed`: the Cargo.toml already parsed (null: it did not parse), to save a second parse.
 */
export function gatesModules(app: TargetName, gate: GateMode, prefix: string, cargoText: string | null, parsed?: TomlTable | null): boolean {
  if (gate !== 'auto') return gate === 'always'
  if (app === 'server' || cargoText === null) return true
  if (parsed === null) return true // the caller's parse failed: reported by planAppFeatures
  try {
    const features = featuresTable(parsed ?? parseToml(cargoText, 'Cargo.toml'))
    return Object.keys(features).some((f) => f.startsWith(prefix))
  } catch {
    return true // an unreadable Cargo.toml is reported by planAppFeatures
  }
}

/** Every plain feature `root` enables through [features], itself included. */
function closure(root: string, table: TomlTable): Set<string> {
  const seen = new Set<string>()
  const stack = [root]
  while (stack.length) {
    const f = stack.pop()!
    if (seen.has(f) || f.includes(':') || f.includes('/')) continue
    seen.add(f)
    const next = table[f]
    if (Array.isArray(next)) for (const v of next) if (typeof v === 'string') stack.push(v)
  }
  return seen
}

function featuresTable(data: TomlTable): TomlTable {
  return isTable(data.features) ? data.features : {}
}

/**
 * Each feature enabled transitively by `roots` through `[features]` (plain feature names only),
 * with the first root that enables it. One walk over the table in all.
 */
function enabledThrough(roots: readonly string[], table: TomlTable): Map<string, string> {
  const via = new Map<string, string>()
  for (const root of roots) {
    const stack = Array.isArray(table[root]) ? [...(table[root] as unknown[])] : []
    while (stack.length) {
      const f = stack.pop()
      if (typeof f !== 'string' || via.has(f) || f.includes(':') || f.includes('/')) continue
      via.set(f, root)
      const next = table[f]
      if (Array.isArray(next)) stack.push(...next)
    }
  }
  return via
}

function whyNot(app: TargetName, f: string, prefix: string, m: Manifest): string {
  if (f === 'embed-admin') return '[build.server] embed_admin is false'
  if (f === 'embed-storefront') return '[build.server] embed_storefront is false'
  const slug = f.slice(prefix.length)
  const e = m.modules[slug]
  if (!e) return `no module '${slug}' is installed`
  if (e.required) return `'${slug}' is required, so it is always compiled in without a feature`
  const section = app === 'admin' ? 'admin_ui' : 'storefront_ui'
  return `module '${slug}' has no [provides.${section}] leptos_crate`
}
