/**
 * Package manifests (`<path>/rustok-module.toml` or `module.toml`), checked against their
 * modules.toml entry. A path module's lives in its directory; a crates-io / git / registry module's
 * is vendored at `<package_dir>/<slug>/rustok-module.toml` (install writes it from the catalog),
 * because the crate's own copy is not in the repository. A vendored one that is absent is not a
 * validation finding (code generation reports it); one that is present is held to the same rules,
 * except those about the crate directory (ownership, UI crates on disk), and for crates-io /
 * registry its version must satisfy the entry's requirement.
 *
 * Pure: the adapter hands in a snapshot of the files this module asks for (`wantedFiles`), with
 * null for files that do not exist.
 */
import { DiagnosticError, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isCargoVersion, parseCargoReq, satisfiesCargo } from './cargo-semver.js'
import { readDocument, releasedDocument, type TomlDocument } from './document.js'
import { crateProblem, repoPathProblem, rustPathProblem } from './identifiers.js'
import type { KeyPath } from './locate.js'
import { DEFAULT_LOOKUP, packageDirOf, type PackageLookup } from './package-lookup.js'
import type { PackageManifest } from './package-schema.js'
import { FAST_PACKAGE_MANIFEST } from './shapes.generated.js'
import { lazySchema } from './zod-registry.js'
import type { Manifest, ModuleEntry } from './schema.js'
import { checkShape, formatPath, locate } from './shape.js'
import { entryLoc, injections } from './validate.js'
import type { RuleId } from '../diagnostics/rules.js'

/** Root-relative path → file text, or null when the file does not exist. */
export type FileSnapshot = ReadonlyMap<string, string | null>

export interface LoadedPackage {
  slug: string
  doc: TomlDocument
  manifest: PackageManifest
  /** True for a vendored package manifest (a module that is not source = "path"). */
  vendored: boolean
}

const PACKAGE_MANIFEST = lazySchema<PackageManifest>('PackageManifestSchema', FAST_PACKAGE_MANIFEST)

/** `dir/name`, trailing slashes of `dir` dropped (the usual dir has none: no regex per call). */
const join = (dir: string, name: string) => `${dir.endsWith('/') ? dir.replace(/\/+$/, '') : dir}/${name}`

/** A module's package manifest directory, or null when it has none that may be read (path-escape is reported elsewhere). */
function dirOf(slug: string, e: ModuleEntry, lookup: PackageLookup): string | null {
  const dir = packageDirOf(slug, e, lookup)
  return dir === null || repoPathProblem(dir) ? null : dir
}

/** The files package checks need: the package manifest candidates and the path modules' UI crates' Cargo.toml. */
export function wantedFiles(m: Manifest, lookup: PackageLookup = DEFAULT_LOOKUP): string[] {
  return wantedFileGroups(m, lookup).flat()
}

/**
 * wantedFiles in groups of alternatives: the package manifest candidates of a module (only the
 * first that exists is used), and each UI crate's Cargo.toml alone.
 */
export function wantedFileGroups(m: Manifest, lookup: PackageLookup = DEFAULT_LOOKUP): string[][] {
  const out: string[][] = []
  for (const slug in m.modules) {
    const e = m.modules[slug]!
    const dir = dirOf(slug, e, lookup)
    if (dir === null) continue
    out.push(lookup.names.map((n) => join(dir, n)))
    if (e.source === 'path') out.push([join(dir, 'admin/Cargo.toml')], [join(dir, 'storefront/Cargo.toml')])
  }
  return out
}

export interface PackagesResult {
  packages: Map<string, LoadedPackage>
  diagnostics: Diagnostic[]
  /** `codegen-package-missing` for each vendored package manifest that does not exist: code generation's to report. */
  missing: Diagnostic[]
}

export function checkPackages(manifestDoc: TomlDocument, m: Manifest, files: FileSnapshot, lookup: PackageLookup = DEFAULT_LOOKUP): PackagesResult {
  const out: Diagnostic[] = []
  const missing: Diagnostic[] = []
  const packages = new Map<string, LoadedPackage>()
  const names = lookup.names
  for (const slug in m.modules) {
    const e = m.modules[slug]!
    const dir = dirOf(slug, e, lookup)
    if (dir === null) continue
    const vendored = e.source !== 'path'
    let file: string | undefined
    for (let i = 0; i < names.length && file === undefined; i++) {
      const f = join(dir, names[i]!)
      if (typeof files.get(f) === 'string') file = f
    }
    if (file === undefined) {
      if (vendored) {
        const want = join(dir, names[0]!)
        missing.push(diagnostic('error', 'codegen-package-missing', manifestDoc.file, entryLoc(manifestDoc, slug, ['source']) ?? entryLoc(manifestDoc, slug), `Module '${slug}' (source = "${e.source}") has no package manifest to generate its registration from: ${names.map((n) => join(dir, n)).join(' or ')} does not exist`, `Run \`modules-rebuild install ${slug}\` to write it from the catalog, or copy the crate's own ${names[0]} (of the version modules.toml names) to ${want}.`))
        continue
      }
      out.push(diagnostic('error', 'package-manifest-missing', manifestDoc.file, entryLoc(manifestDoc, slug, ['path']), `Module '${slug}' has no package manifest: ${names.map((n) => join(dir, n)).join(' or ')} does not exist`, `Create ${join(dir, names[0]!)} with a [module] section, or fix \`path\`.`))
      continue
    }
    let parsed: TomlDocument
    try {
      parsed = readDocument(file, files.get(file)!)
    } catch (err) {
      if (err instanceof DiagnosticError) out.push(...err.diagnostics)
      else throw err
      continue
    }
    append(out, injections(parsed))
    const shape = checkShape(PACKAGE_MANIFEST, parsed)
    append(out, shape.diagnostics)
    if (!shape.data) continue
    // Kept for the later phases without its tree (they read the typed manifest): see releasedDocument.
    const doc = releasedDocument(parsed)
    packages.set(slug, { slug, doc, manifest: shape.data, vendored })
    append(out, checkOne(manifestDoc, slug, e, doc, shape.data, files, vendored))
  }
  out.push(...checkVersions(m, packages))
  return { packages, diagnostics: out, missing }
}

/** `out.push(...more)` without spreading the usual empty list. */
function append(out: Diagnostic[], more: Diagnostic[]): void {
  if (more.length) out.push(...more)
}

function checkOne(manifestDoc: TomlDocument, slug: string, e: ModuleEntry, doc: TomlDocument, p: PackageManifest, files: FileSnapshot, vendored: boolean): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: RuleId, path: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, locate(doc, path), message, hint))
  const mod = p.module
  if (mod.slug !== slug) err('package-slug-mismatch', ['module', 'slug'], `Package manifest slug '${mod.slug}' does not match the modules.toml key '${slug}'`, `Set \`slug = "${slug}"\` here, or rename the entry in modules.toml.`)
  if (!isCargoVersion(mod.version)) err('invalid-version', ['module', 'version'], `Module '${slug}' version '${mod.version}' is not semver`, 'Write MAJOR.MINOR.PATCH, e.g. "0.1.0".')
  for (const key of ['rustok_min_version', 'rustok_max_version'] as const) {
    const v = mod[key]
    if (v !== undefined && !isCargoVersion(v)) err('invalid-version', ['module', key], `\`module.${key}\` '${v}' is not semver`, 'Write MAJOR.MINOR.PATCH.')
  }
  if (e.required !== (mod.trust_level === 'core')) {
    err('required-trust-mismatch', ['module', 'trust_level'], e.required ? `Module '${slug}' is required in modules.toml but its trust_level is '${mod.trust_level}'` : `Module '${slug}' has trust_level 'core' but is not required in modules.toml`, 'Required modules and only they have trust_level = "core".')
  }
  if (vendored) {
    if ((e.source === 'crates-io' || e.source === 'registry') && e.version !== undefined && isCargoVersion(mod.version) && parseCargoReq(e.version).ok && !satisfiesCargo(mod.version, e.version)) {
      err('package-version-mismatch', ['module', 'version'], `Module '${slug}' is ${mod.version} here, which modules.toml's version = "${e.version}" does not admit`, `This file must describe the version cargo builds: write the package manifest of a version matching "${e.version}" here (modules-rebuild install ${slug} writes the catalog's), or change the requirement.`)
    }
  } else if (mod.ownership !== 'first_party') err('path-not-first-party', ['module', 'ownership'], `Module '${slug}' comes from a path in this repository but its ownership is '${mod.ownership}'`, 'Path modules must have ownership = "first_party".')
  const runtime = mod.runtime ?? 'module'
  if (runtime !== e.runtime) err('runtime-mismatch', ['module', 'runtime'], `Module '${slug}' runtime is '${runtime}' here but '${e.runtime}' in modules.toml`, 'Make the two runtime values equal.')

  const declared = Object.keys(p.dependencies)
  if (!sameMembers(declared, e.depends_on)) {
    const missing = e.depends_on.filter((d) => !declared.includes(d))
    const extra = declared.filter((d) => !e.depends_on.includes(d))
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in depends_on: ${extra.join(', ')}` : ''].filter(Boolean)
    out.push(diagnostic('error', 'package-dependencies-mismatch', doc.file, locate(doc, ['dependencies']) ?? locate(doc, ['module']) ?? null, `Module '${slug}' [dependencies] do not match depends_on in modules.toml (${parts.join('; ')})`, `Make [dependencies] list exactly: ${e.depends_on.join(', ') || '(nothing)'}.`))
    const entry = entryLoc(manifestDoc, slug, ['depends_on'])
    if (entry) out[out.length - 1]!.hint += ` depends_on is at ${manifestDoc.file}:${entry.line}.`
  }
  for (const v of valueProblems(p)) {
    const key = formatPath(v.path)
    err(v.rule, v.path, v.rule === 'invalid-rust-path' ? `\`${key}\` '${v.value}' ${v.problem}` : `Module '${slug}' ${key} '${v.value}' ${v.problem}`, VALUE_HINTS[v.rule])
  }
  const server = p.compat?.server
  if (server !== undefined) {
    const r = parseCargoReq(server)
    if (!r.ok) err('invalid-version-req', ['compat', 'server'], `Module '${slug}' compat.server '${server}' is not a Cargo version requirement: ${r.reason}`, 'Write a Cargo requirement such as ">=0.1, <0.2".')
  }
  // A vendored module's UI crates are crates-io / git crates too: only their names can be checked.
  if (!vendored) append(out, checkUi(doc, slug, e.path!, p, files))
  return out
}

/** Whether every element of each list is in the other (the usual [dependencies] against depends_on: equal, in order). */
function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) {
    let i = 0
    while (i < a.length && a[i] === b[i]) i++
    if (i === a.length) return true
  }
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x))
}

export interface ValueProblem {
  rule: 'invalid-version-req' | 'invalid-rust-path' | 'invalid-crate-name'
  path: KeyPath
  value: string
  /** What is wrong, as the end of a sentence about the value (`is not a Cargo version requirement: …`). */
  problem: string
}

export const VALUE_HINTS: Record<ValueProblem['rule'], string> = {
  'invalid-version-req': 'Write a Cargo requirement such as ">=0.1.0" or "0.1".',
  'invalid-rust-path': 'Write a plain Rust path such as `BlogModule` or `graphql::BlogQuery`.',
  'invalid-crate-name': 'Use the Cargo package name of the UI crate.'
}

/**
 * The values of a package manifest that must be valid before anything uses them: the
 * dependencies' and co-requisites' version requirements, the Rust paths generated code names (a
 * hostile value must not inject code), the UI crate names. Validation and the catalog (a package
 * table before install vendors it) both check them; each words the finding for its file.
 */
export function valueProblems(p: PackageManifest): ValueProblem[] {
  const out: ValueProblem[] = []
  for (let s = 0; s < REQ_SECTIONS.length; s++) {
    const section = REQ_SECTIONS[s]!
    const table = p[section]
    for (const dep in table) {
      const version_req = table[dep]!.version_req
      const r = parseCargoReq(version_req)
      if (!r.ok) out.push({ rule: 'invalid-version-req', path: [section, dep, 'version_req'], value: version_req, problem: `is not a Cargo version requirement: ${r.reason}` })
    }
  }
  rustPathProblems(p, out)
  for (let s = 0; s < UI_SECTIONS.length; s++) {
    const section = UI_SECTIONS[s]!
    const value = p.provides?.[section]?.leptos_crate
    const problem = value === undefined ? null : crateProblem(value)
    if (problem) out.push({ rule: 'invalid-crate-name', path: ['provides', section, 'leptos_crate'], value: value!, problem })
  }
  return out
}

const REQ_SECTIONS = ['dependencies', 'co_requisites'] as const
const UI_SECTIONS = ['admin_ui', 'storefront_ui'] as const

/**
 * The findings about every value of a package manifest that becomes a Rust path in generated
 * code. A value's key path is built only for a finding (an array per value of 5,000 package
 * manifests is garbage for the collector).
 */
function rustPathProblems(p: PackageManifest, out: ValueProblem[]): void {
  const check = (value: string, path: () => KeyPath) => {
    const problem = rustPathProblem(value)
    if (problem) out.push({ rule: 'invalid-rust-path', path: path(), value, problem })
  }
  const entry = p.crate?.entry_type
  if (entry !== undefined) check(entry, () => ['crate', 'entry_type'])
  const pr = p.provides
  if (pr === undefined) return
  for (const section of ['graphql', 'http'] as const) {
    const table = pr[section] as Record<string, unknown> | undefined
    for (const k in table) {
      const v = table[k]
      if (typeof v === 'string') check(v, () => ['provides', section, k])
    }
  }
  if (pr.cli) check(pr.cli.factory, () => ['provides', 'cli', 'factory'])
  pr.storefront_ui?.components.forEach((c, i) => check(c.component, () => ['provides', 'storefront_ui', 'components', i, 'component']))
}

const UI_KINDS = [
  ['admin', 'admin_ui', 'admin/Cargo.toml'],
  ['storefront', 'storefront_ui', 'storefront/Cargo.toml']
] as const

function checkUi(doc: TomlDocument, slug: string, dir: string, p: PackageManifest, files: FileSnapshot): Diagnostic[] {
  let out: Diagnostic[] | undefined
  for (let i = 0; i < UI_KINDS.length; i++) {
    const [kind, section, cargoName] = UI_KINDS[i]!
    const declared = p.provides?.[section]?.leptos_crate
    const cargoFile = join(dir, cargoName)
    const cargo = files.get(cargoFile)
    if (declared === undefined && typeof cargo !== 'string') continue // the usual module: no UI crate
    const err = (message: string, hint: string) => (out ??= []).push(diagnostic('error', 'ui-crate-mismatch', doc.file, locate(doc, ['provides', section, 'leptos_crate']) ?? locate(doc, ['module']), message, hint))
    if (declared !== undefined && typeof cargo !== 'string') {
      err(`Module '${slug}' declares provides.${section}.leptos_crate = '${declared}' but ${cargoFile} does not exist`, `Create the ${kind} crate at ${join(dir, kind)}/ or remove [provides.${section}].leptos_crate.`)
    } else if (declared === undefined && typeof cargo === 'string') {
      err(`Module '${slug}' has ${kind === 'admin' ? 'an' : 'a'} ${kind} crate (${cargoFile}) but no [provides.${section}].leptos_crate`, `Add \`leptos_crate = "<package name>"\` under [provides.${section}] so the ${kind} app registers it.`)
    } else if (declared !== undefined && typeof cargo === 'string') {
      const name = cargoPackageName(cargo)
      if (name !== undefined && name !== declared) err(`Module '${slug}' provides.${section}.leptos_crate is '${declared}' but ${cargoFile} names the package '${name}'`, `Set leptos_crate = "${name}".`)
    }
  }
  return out ?? NONE
}

/** The usual answer of a check: no finding (shared; callers only read it). */
const NONE: Diagnostic[] = []

/**
 * `[package].name` of a Cargo.toml, read line by line (a full TOML parse of every UI crate's
 * manifest costs more than the rest of validation); undefined when not written the plain way.
 */
export function cargoPackageName(text: string): string | undefined {
  let inPackage = false
  for (const line of text.split('\n')) {
    const header = /^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]/.exec(line)
    if (header) inPackage = header[1] === 'package'
    else if (inPackage) {
      const name = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?\r?$/.exec(line)
      if (name) return name[1]
    }
  }
  return undefined
}

/** Each dependency's package version must satisfy the dependent's version_req. */
function checkVersions(m: Manifest, packages: Map<string, LoadedPackage>): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const [slug, pkg] of packages) {
    const deps = pkg.manifest.dependencies
    for (const dep in deps) {
      const version_req = deps[dep]!.version_req
      const target = packages.get(dep)
      if (!target || !m.modules[dep] || !parseCargoReq(version_req).ok) continue
      const v = target.manifest.module.version
      if (isCargoVersion(v) && !satisfiesCargo(v, version_req)) {
        out.push(diagnostic('error', 'incompatible-dependency', pkg.doc.file, locate(pkg.doc, ['dependencies', dep]), `Module '${slug}' requires ${dep} ${version_req} but ${dep} is ${v}`, `Install a version of '${dep}' that matches ${version_req}, or relax the requirement.`))
      }
    }
  }
  return out
}
