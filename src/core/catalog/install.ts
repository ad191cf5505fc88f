/**
 * Install and uninstall plans: which modules.toml entries change, and the edited text. Pure: the
 * manifest text, the catalog and a snapshot of the package manifests of the catalog's path modules
 * come in; the plan (or the refusal, as diagnostics) goes out. The adapter then validates the edited
 * project, plans the generation, and writes everything or nothing.
 *
 *   install:   catalog entry → modules.toml entry (crates-io → version; git → git + rev; path → path),
 *              plus every missing dependency the catalog knows (dependencies first); a crates-io /
 *              git / registry module's package manifest (the entry's `package` table) is vendored to
 *              `<package_dir>/<slug>/rustok-module.toml`. Refused when a dependency is neither
 *              installed nor offered, when an entry is invalid, when such a module has no package
 *              manifest (neither in the catalog nor vendored already), or when --version is not
 *              satisfied.
 *   uninstall: refused for a required module and for a module others depend on; otherwise its
 *              entry, its default_enabled element and its vendored package manifest go.
 */
import { DiagnosticError, diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isCargoVersion, parseCargoReq, satisfiesCargo } from '../manifest/cargo-semver.js'
import type { FileSnapshot } from '../manifest/packages.js'
import { DEFAULT_LOOKUP, packageDirOf, type PackageLookup, type PackageManifest } from '../manifest/package-schema.js'
import { repoPathProblem } from '../manifest/identifiers.js'
import { locate, suggest } from '../manifest/shape.js'
import { isTable, LIMITS, parseToml, type TomlTable } from '../manifest/toml.js'
import { entryLoc } from '../manifest/validate.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { findItem, unknownModule, type CatalogItem, type LoadedCatalog } from './catalog.js'
import { addModule, moduleTable, removeDefaultEnabled, removeModule, type ModuleSpec } from './edit.js'
import { packageTable, vendoredText } from './package.js'
import type { CatalogEntry } from './schema.js'

export interface PlannedModule {
  slug: string
  spec: ModuleSpec
  /** The module version the catalog (or the package manifest) names, if any. */
  version: string | null
  /** null for the module asked for; else the module that needs this one. */
  dependencyOf: string | null
}

export interface EditPlan {
  /** False when refused. */
  ok: boolean
  diagnostics: Diagnostic[]
  /** The edited manifest; equal to the input when nothing changes, null when refused. */
  text: string | null
  changed: boolean
  added: PlannedModule[]
  removed: string[]
  /** Also removed from settings.default_enabled (uninstall). */
  disabled: string[]
  /** A note for the user when nothing changes ("already installed"). */
  message: string | null
  /** Vendored package manifests to write (install), root-relative. */
  writes: VendoredFile[]
  /** Vendored package manifests to delete (uninstall), root-relative. */
  deletes: string[]
}

export interface VendoredFile {
  path: string
  content: string
}

const refused = (diagnostics: Diagnostic[]): EditPlan => ({ ok: false, diagnostics: sortDiagnostics(diagnostics), text: null, changed: false, added: [], removed: [], disabled: [], message: null, writes: [], deletes: [] })

function join(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name}`
}

/** The package manifest candidates of a module's directory (its path, or its vendored directory). */
export function packageCandidates(slug: string, e: { source: string; path?: string | undefined }, lookup: PackageLookup): string[] {
  const dir = packageDirOf(slug, e, lookup)
  return dir === null || repoPathProblem(dir) ? [] : lookup.names.map((n) => join(dir, n))
}

/** The package manifest candidates of every catalog entry: what planInstall may consult. */
export function catalogPackageFiles(catalog: LoadedCatalog, lookup: PackageLookup = DEFAULT_LOOKUP): string[] {
  return [...new Set(catalog.items.flatMap((item) => (item.entry ? packageCandidates(item.slug, item.entry, lookup) : [])))]
}

interface PackageInfo {
  file: string
  dependencies: string[]
  runtime: 'module' | 'extension' | undefined
  core: boolean
  version: string | undefined
}

/** What an install needs from a package manifest on disk, read leniently (validation comes later). */
function packageInfo(candidates: readonly string[], files: FileSnapshot): PackageInfo | null {
  const file = candidates.find((f) => typeof files.get(f) === 'string')
  if (file === undefined) return null
  let data: TomlTable
  try {
    data = parseToml(files.get(file)!, file)
  } catch (err) {
    if (err instanceof DiagnosticError) return null
    throw err
  }
  return infoOf(file, data)
}

/** The same from a catalog entry's package table (validated with the catalog). */
function catalogInfo(file: string, p: PackageManifest): PackageInfo {
  return { file, dependencies: Object.keys(p.dependencies), runtime: p.module.runtime, core: p.module.trust_level === 'core', version: p.module.version }
}

function infoOf(file: string, data: TomlTable): PackageInfo {
  const mod = isTable(data.module) ? data.module : {}
  const deps = isTable(data.dependencies) ? Object.keys(data.dependencies) : []
  return {
    file,
    dependencies: deps,
    runtime: mod.runtime === 'extension' || mod.runtime === 'module' ? mod.runtime : undefined,
    core: mod.trust_level === 'core',
    version: typeof mod.version === 'string' ? mod.version : undefined
  }
}

interface Manifest {
  doc: TomlDocument
  modules: TomlTable
}

function readManifestText(file: string, text: string): Manifest | Diagnostic[] {
  try {
    const doc = readDocument(file, text)
    return { doc, modules: isTable(doc.data.modules) ? doc.data.modules : {} }
  } catch (err) {
    if (err instanceof DiagnosticError) return err.diagnostics
    throw err
  }
}

export interface InstallInput {
  manifestFile: string
  manifestText: string
  catalog: LoadedCatalog
  slug: string
  /** `--version`: a Cargo requirement the installed version must satisfy. */
  versionReq?: string | undefined
  /** The package manifest candidates of the catalog's entries (catalogPackageFiles); null for a missing file. */
  files: FileSnapshot
  /** Where package manifests are (modules-rebuild.toml `codegen.package_manifests` / `package_dir`). */
  lookup?: PackageLookup
  /** Most modules one install adds, so also the longest depends_on chain it follows (default LIMITS.installModules). */
  maxModules?: number
}

export function planInstall(input: InstallInput): EditPlan {
  const { catalog, slug, manifestFile: file } = input
  const lookup = input.lookup ?? DEFAULT_LOOKUP
  const m = readManifestText(file, input.manifestText)
  if (Array.isArray(m)) return refused(m)
  if (!catalog.ok) return refused(catalog.diagnostics)
  const target = findItem(catalog, slug)
  if (!target) return refused([unknownModule(catalog, slug)])
  if (!target.valid || !target.entry) return refused(target.diagnostics)

  const vendor = vendoring(catalog, input.files, lookup)
  const info = (item: CatalogItem): PackageInfo | null => {
    if (!item.entry) return null
    const e = item.entry
    if (e.source !== 'path' && e.package) return catalogInfo(`the package table [modules.${item.key}.package]`, e.package)
    return packageInfo(packageCandidates(item.slug, e, lookup), input.files)
  }
  const versionOf = (item: CatalogItem) => item.entry?.version ?? info(item)?.version ?? null

  if (input.versionReq !== undefined) {
    const req = parseCargoReq(input.versionReq)
    if (!req.ok) return refused([diagnostic('error', 'invalid-version-req', '--version', null, `--version ${req.reason}`, 'Write a Cargo requirement such as "0.3", "=0.3.1" or ">=0.3, <0.5".')])
    const v = versionOf(target)
    if (v === null || !isCargoVersion(v) || !satisfiesCargo(v, input.versionReq)) {
      const what = v === null ? 'names no version' : `offers version ${v}`
      return refused([diagnostic('error', 'version-mismatch', catalog.file, locate(catalog.doc!, ['modules', target.key, 'version']) ?? locate(catalog.doc!, ['modules', target.key]), `The catalog ${what} for '${slug}', which does not satisfy --version ${input.versionReq}`, 'Drop --version, or use a catalog that offers a matching version.')])
    }
  }

  if (Object.hasOwn(m.modules, slug)) return alreadyInstalled(m, target, versionOf(target), vendor)

  // The dependency closure, dependencies first; only modules that are not installed yet.
  const diagnostics: Diagnostic[] = []
  const planned: PlannedModule[] = []
  const writes: VendoredFile[] = []
  const seen = new Set<string>()
  const missing = new Map<string, string[]>() // requiring slug → missing slugs
  const bySlug = new Map<string, CatalogItem>()
  for (const i of catalog.items) if (!bySlug.has(i.slug)) bySlug.set(i.slug, i) // as findItem: the first
  interface Frame {
    item: CatalogItem
    e: CatalogEntry
    pkg: PackageInfo | null
    deps: string[]
    next: number
    dependencyOf: string | null
  }
  const enter = (item: CatalogItem, dependencyOf: string | null): Frame | null => {
    seen.add(item.slug)
    if (!item.valid || !item.entry) {
      diagnostics.push(...item.diagnostics)
      return null
    }
    const e = item.entry
    const pkg = info(item)
    let deps = e.depends_on
    if (pkg) {
      if (!sameSet(pkg.dependencies, e.depends_on)) {
        diagnostics.push(diagnostic('warning', 'package-dependencies-mismatch', catalog.file, locate(catalog.doc!, ['modules', item.key, 'depends_on']) ?? locate(catalog.doc!, ['modules', item.key]), `Catalog entry '${item.key}' depends_on (${e.depends_on.join(', ') || 'nothing'}) differs from the [dependencies] of ${pkg.file} (${pkg.dependencies.join(', ') || 'nothing'}); the package manifest wins`, 'Make the catalog entry list the package manifest\'s dependencies.'))
      }
      deps = pkg.dependencies
    }
    return { item, e, pkg, deps, next: 0, dependencyOf }
  }
  const leave = ({ item, e, pkg, deps, dependencyOf }: Frame) => {
    const spec: ModuleSpec = { crate: e.crate, source: e.source, depends_on: deps, required: pkg?.core ?? false, runtime: pkg?.runtime }
    if (e.source === 'path') spec.path = e.path
    else if (e.source === 'git') Object.assign(spec, { git: e.git, rev: e.rev })
    else spec.version = e.version
    if (e.source !== 'path') {
      const w = vendor.write(item)
      if (w) writes.push(w)
      else if (!pkg) diagnostics.push(vendor.missing(item))
    }
    planned.push({ slug: item.slug, spec, version: versionOf(item), dependencyOf })
  }
  // Depth first, dependencies before dependents; an explicit stack, so a long chain is no recursion.
  const max = input.maxModules ?? LIMITS.installModules
  const root = enter(target, null)
  const stack: Frame[] = root ? [root] : []
  while (stack.length) {
    const f = stack[stack.length - 1]!
    if (f.next === f.deps.length) {
      leave(stack.pop()!)
      continue
    }
    const dep = f.deps[f.next++]!
    if (Object.hasOwn(m.modules, dep) || seen.has(dep)) continue
    const next = bySlug.get(dep)
    if (!next) {
      missing.set(f.item.slug, [...(missing.get(f.item.slug) ?? []), dep])
      continue
    }
    if (stack.length + planned.length >= max) {
      const loc = locate(catalog.doc!, ['modules', f.item.key, 'depends_on']) ?? locate(catalog.doc!, ['modules', f.item.key])
      const what = stack.length >= max ? `follows a depends_on chain longer than ${max} modules` : `would add more than ${max} modules`
      return refused([diagnostic('error', 'limit-exceeded', catalog.file, loc, `Installing '${slug}' ${what} (at '${f.item.slug}' → '${dep}')`, `One install adds at most ${max} modules; install the dependencies in steps, or check the catalog: is it generated by mistake or hostile?`)])
    }
    const g = enter(next, f.item.slug)
    if (g) stack.push(g)
  }

  for (const [by, deps] of missing) {
    const item = findItem(catalog, by)!
    const loc = locate(catalog.doc!, ['modules', item.key, 'depends_on']) ?? locate(catalog.doc!, ['modules', item.key])
    diagnostics.push(diagnostic('error', 'missing-dependency', catalog.file, loc, `Module '${by}' depends on ${deps.map((d) => `'${d}'`).join(', ')}, which ${deps.length > 1 ? 'are' : 'is'} neither installed nor offered by the catalog`, `Install ${deps.join(', ')} first (add ${deps.length > 1 ? 'entries' : 'an entry'} under [modules] of ${file}), or use a catalog that offers ${deps.length > 1 ? 'them' : 'it'}.`))
  }
  if (hasErrors(diagnostics)) return refused(diagnostics)

  let text = input.manifestText
  for (const p of planned) {
    const r = addModule(text, file, p.slug, p.spec)
    if (!r.ok) return refused([...diagnostics, ...r.diagnostics])
    text = r.text
  }
  return { ok: true, diagnostics: sortDiagnostics(diagnostics), text, changed: true, added: planned, removed: [], disabled: [], message: null, writes, deletes: [] }
}

interface Vendoring {
  /** Whether a vendored package manifest of the entry exists. */
  exists(item: CatalogItem): boolean
  /** The file to write for an entry that carries a package table and is not vendored identically already. */
  write(item: CatalogItem): VendoredFile | null
  /** `catalog-package-missing` for an entry without a package table or a vendored file. */
  missing(item: CatalogItem): Diagnostic
}

function vendoring(catalog: LoadedCatalog, files: FileSnapshot, lookup: PackageLookup): Vendoring {
  const candidates = (item: CatalogItem) => packageCandidates(item.slug, item.entry!, lookup)
  /** Where an entry's package manifest is vendored: the existing candidate, else the first name. */
  const target = (item: CatalogItem) => {
    const all = candidates(item)
    return all.find((f) => typeof files.get(f) === 'string') ?? all[0]!
  }
  return {
    exists: (item) => candidates(item).some((f) => typeof files.get(f) === 'string'),
    write(item) {
      const table = catalog.doc ? packageTable(catalog.doc.data, item.key) : null
      if (!table || !item.entry) return null
      const path = target(item)
      const content = vendoredText(item.entry, table, catalog.file)
      return files.get(path) === content ? null : { path, content }
    },
    missing(item) {
      const e = item.entry!
      return diagnostic('error', 'catalog-package-missing', catalog.file, locate(catalog.doc!, ['modules', item.key]), `Catalog entry '${item.key}' (source = "${e.source}") carries no package manifest, and ${candidates(item).join(' or ')} does not exist: code generation cannot register the module`, `Add the crate's rustok-module.toml (version ${e.version ?? e.rev ?? 'offered'}) to the catalog as [modules.${item.key}.package], or write it to ${target(item)}.`)
    }
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x))

/**
 * Already installed: nothing to do when the entry agrees with the catalog, `install-conflict` when
 * it does not. A vendored package manifest that is missing is written (the repair `codegen-package-missing` suggests).
 */
function alreadyInstalled(m: Manifest, target: CatalogItem, version: string | null, vendor: Vendoring): EditPlan {
  const e = target.entry!
  const have = isTable(m.modules[target.slug]) ? (m.modules[target.slug] as TomlTable) : {}
  const want = moduleTable({ crate: e.crate, source: e.source, path: e.path, git: e.git, rev: e.rev, version: e.version })
  const differences: string[] = []
  for (const k of ['crate', 'source', 'path', 'git', 'rev'] as const) {
    if (want[k] !== undefined && have[k] !== want[k]) differences.push(`${k} is ${JSON.stringify(have[k] ?? null)} here but ${JSON.stringify(want[k])} in the catalog`)
  }
  if (e.version !== undefined && (e.source === 'crates-io' || e.source === 'registry') && have.source === e.source) {
    const req = typeof have.version === 'string' ? have.version : null
    if (req === null || !satisfiesCargo(e.version, req)) differences.push(`version ${JSON.stringify(req)} here does not admit the catalog's ${e.version}`)
  }
  const at = entryLoc(m.doc, target.slug)
  if (differences.length) {
    return refused([diagnostic('error', 'install-conflict', m.doc.file, at, `Module '${target.slug}' is already installed differently: ${differences.join('; ')}`, `Uninstall '${target.slug}' first (modules-rebuild uninstall ${target.slug}), or edit its entry by hand.`)])
  }
  const what = version ? `${target.slug} ${version}` : target.slug
  const where = `${m.doc.file}${at ? `:${at.line}` : ''}`
  const repair = e.source !== 'path' ? vendor.write(target) : null
  if (repair && !vendor.exists(target)) {
    return { ok: true, diagnostics: [], text: m.doc.text, changed: true, added: [], removed: [], disabled: [], message: `${what} is already installed (${where}); writing its missing package manifest ${repair.path}`, writes: [repair], deletes: [] }
  }
  return { ok: true, diagnostics: [], text: m.doc.text, changed: false, added: [], removed: [], disabled: [], message: `${what} is already installed (${where}); nothing to do`, writes: [], deletes: [] }
}

export interface UninstallInput {
  manifestFile: string
  manifestText: string
  slug: string
  /** The module's package manifest candidates (uninstallPackageFiles); null for a missing file. */
  files?: FileSnapshot
  lookup?: PackageLookup
}

/** The files planUninstall consults: the vendored package manifest candidates of an installed module. */
export function uninstallPackageFiles(manifestFile: string, manifestText: string, slug: string, lookup: PackageLookup = DEFAULT_LOOKUP): string[] {
  const m = readManifestText(manifestFile, manifestText)
  if (Array.isArray(m) || !isTable(m.modules[slug])) return []
  const e = m.modules[slug] as TomlTable
  return typeof e.source === 'string' && e.source !== 'path' ? packageCandidates(slug, { source: e.source }, lookup) : []
}

export function planUninstall(input: UninstallInput): EditPlan {
  const { slug, manifestFile: file } = input
  const m = readManifestText(file, input.manifestText)
  if (Array.isArray(m)) return refused(m)
  const installed = Object.keys(m.modules)
  if (!Object.hasOwn(m.modules, slug)) {
    const near = suggest(slug, installed)
    return refused([diagnostic('error', 'module-not-installed', file, locate(m.doc, ['modules']), `Module '${slug}' is not installed${near ? ` (did you mean '${near}'?)` : ''}`, near ? `Uninstall '${near}'.` : `The installed modules are the keys under [modules] of ${file}.`)])
  }
  const entry = isTable(m.modules[slug]) ? (m.modules[slug] as TomlTable) : {}
  const at = entryLoc(m.doc, slug)
  const out: Diagnostic[] = []
  if (entry.required === true) {
    out.push(diagnostic('error', 'module-required', file, entryLoc(m.doc, slug, ['required']) ?? at, `Module '${slug}' is required (a core module, always active) and cannot be uninstalled`, 'Required modules are part of the platform; only optional modules can be removed.'))
  }
  const dependents = installed.filter((s) => {
    const deps = isTable(m.modules[s]) ? (m.modules[s] as TomlTable).depends_on : undefined
    return s !== slug && Array.isArray(deps) && deps.includes(slug)
  })
  if (dependents.length) {
    out.push(diagnostic('error', 'module-has-dependents', file, at, `Module '${slug}' cannot be uninstalled: ${dependents.join(', ')} ${dependents.length > 1 ? 'depend' : 'depends'} on it`, `Uninstall ${dependents.join(', ')} first, or keep '${slug}'.`))
  }
  if (out.length) return refused(out)
  const removed = removeModule(input.manifestText, file, slug)
  if (!removed.ok) return refused(removed.diagnostics)
  const enabled = isTable(removed.data.settings) && Array.isArray(removed.data.settings.default_enabled) && removed.data.settings.default_enabled.includes(slug)
  const disabled = removeDefaultEnabled(removed.text, file, slug)
  if (!disabled.ok) return refused(disabled.diagnostics)
  const deletes = uninstallPackageFiles(file, input.manifestText, slug, input.lookup).filter((f) => typeof input.files?.get(f) === 'string')
  return { ok: true, diagnostics: [], text: disabled.text, changed: true, added: [], removed: [slug], disabled: enabled ? [slug] : [], message: null, writes: [], deletes }
}
