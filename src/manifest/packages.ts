/**
 * Package manifests (`<path>/rustok-module.toml` or `module.toml`) of path modules, checked against
 * their modules.toml entry. Pure: the adapter hands in a snapshot of the files this module asks
 * for (`wantedFiles`), with null for files that do not exist.
 */
import { DiagnosticError, diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { isCargoVersion, parseCargoReq, satisfiesCargo } from './cargo-semver.js'
import { readDocument, type TomlDocument } from './document.js'
import { crateProblem, repoPathProblem, rustPathProblem } from './identifiers.js'
import type { KeyPath } from './locate.js'
import { PACKAGE_MANIFEST_NAMES, PackageManifestSchema, type PackageManifest } from './package-schema.js'
import type { Manifest, ModuleEntry } from './schema.js'
import { checkShape, formatPath, locate } from './shape.js'
import { entryLoc, injections } from './validate.js'

/** Root-relative path → file text, or null when the file does not exist. */
export type FileSnapshot = ReadonlyMap<string, string | null>

export interface LoadedPackage {
  slug: string
  doc: TomlDocument
  manifest: PackageManifest
}

const join = (dir: string, name: string) => `${dir.replace(/\/+$/, '')}/${name}`

/** The files package checks need: the package manifest candidates and the UI crates' Cargo.toml. */
export function wantedFiles(m: Manifest, names: readonly string[] = PACKAGE_MANIFEST_NAMES): string[] {
  const out: string[] = []
  for (const e of Object.values(m.modules)) {
    if (e.source !== 'path' || !e.path || repoPathProblem(e.path)) continue
    for (const n of names) out.push(join(e.path, n))
    out.push(join(e.path, 'admin/Cargo.toml'), join(e.path, 'storefront/Cargo.toml'))
  }
  return out
}

export function checkPackages(manifestDoc: TomlDocument, m: Manifest, files: FileSnapshot, names: readonly string[] = PACKAGE_MANIFEST_NAMES): { packages: Map<string, LoadedPackage>; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = []
  const packages = new Map<string, LoadedPackage>()
  for (const [slug, e] of Object.entries(m.modules)) {
    if (e.source !== 'path' || !e.path || repoPathProblem(e.path)) continue // path-escape is reported already
    const file = names.map((n) => join(e.path!, n)).find((f) => typeof files.get(f) === 'string')
    if (file === undefined) {
      out.push(diagnostic('error', 'package-manifest-missing', manifestDoc.file, entryLoc(manifestDoc, slug, ['path']), `Module '${slug}' has no package manifest: ${names.map((n) => join(e.path!, n)).join(' or ')} does not exist`, `Create ${join(e.path, names[0]!)} with a [module] section, or fix \`path\`.`))
      continue
    }
    let doc: TomlDocument
    try {
      doc = readDocument(file, files.get(file)!)
    } catch (err) {
      if (err instanceof DiagnosticError) out.push(...err.diagnostics)
      else throw err
      continue
    }
    out.push(...injections(doc))
    const shape = checkShape(PackageManifestSchema, doc)
    out.push(...shape.diagnostics)
    if (!shape.data) continue
    packages.set(slug, { slug, doc, manifest: shape.data })
    out.push(...checkOne(manifestDoc, slug, e, doc, shape.data, files))
  }
  out.push(...checkVersions(m, packages))
  return { packages, diagnostics: out }
}

function checkOne(manifestDoc: TomlDocument, slug: string, e: ModuleEntry, doc: TomlDocument, p: PackageManifest, files: FileSnapshot): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: string, path: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, locate(doc, path), message, hint))
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
  if (mod.ownership !== 'first_party') err('path-not-first-party', ['module', 'ownership'], `Module '${slug}' comes from a path in this repository but its ownership is '${mod.ownership}'`, 'Path modules must have ownership = "first_party".')
  const runtime = mod.runtime ?? 'module'
  if (runtime !== e.runtime) err('runtime-mismatch', ['module', 'runtime'], `Module '${slug}' runtime is '${runtime}' here but '${e.runtime}' in modules.toml`, 'Make the two runtime values equal.')

  const declared = Object.keys(p.dependencies)
  const missing = e.depends_on.filter((d) => !declared.includes(d))
  const extra = declared.filter((d) => !e.depends_on.includes(d))
  if (missing.length || extra.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in depends_on: ${extra.join(', ')}` : ''].filter(Boolean)
    out.push(diagnostic('error', 'package-dependencies-mismatch', doc.file, locate(doc, ['dependencies']) ?? locate(doc, ['module']) ?? null, `Module '${slug}' [dependencies] do not match depends_on in modules.toml (${parts.join('; ')})`, `Make [dependencies] list exactly: ${e.depends_on.join(', ') || '(nothing)'}.`))
    const entry = entryLoc(manifestDoc, slug, ['depends_on'])
    if (entry) out[out.length - 1]!.hint += ` depends_on is at ${manifestDoc.file}:${entry.line}.`
  }
  for (const section of ['dependencies', 'co_requisites'] as const) {
    for (const [dep, { version_req }] of Object.entries(p[section])) {
      const r = parseCargoReq(version_req)
      if (!r.ok) err('invalid-version-req', [section, dep, 'version_req'], `Module '${slug}' ${section}.${dep}.version_req '${version_req}' is not a Cargo version requirement: ${r.reason}`, 'Write a Cargo requirement such as ">=0.1.0" or "0.1".')
    }
  }
  const server = p.compat?.server
  if (server !== undefined) {
    const r = parseCargoReq(server)
    if (!r.ok) err('invalid-version-req', ['compat', 'server'], `Module '${slug}' compat.server '${server}' is not a Cargo version requirement: ${r.reason}`, 'Write a Cargo requirement such as ">=0.1, <0.2".')
  }
  for (const [path, value] of rustPaths(p)) {
    const problem = rustPathProblem(value)
    if (problem) err('invalid-rust-path', path, `\`${formatPath(path)}\` '${value}' ${problem}`, 'Write a plain Rust path such as `BlogModule` or `graphql::BlogQuery`.')
  }
  out.push(...checkUi(doc, slug, e.path!, p, files))
  return out
}

function rustPaths(p: PackageManifest): Array<[KeyPath, string]> {
  const out: Array<[KeyPath, string]> = []
  if (p.crate?.entry_type !== undefined) out.push([['crate', 'entry_type'], p.crate.entry_type])
  const pr = p.provides
  for (const [section, table] of [['graphql', pr?.graphql], ['http', pr?.http]] as const) {
    for (const [k, v] of Object.entries(table ?? {})) if (typeof v === 'string') out.push([['provides', section, k], v])
  }
  if (pr?.cli) out.push([['provides', 'cli', 'factory'], pr.cli.factory])
  pr?.storefront_ui?.components.forEach((c, i) => out.push([['provides', 'storefront_ui', 'components', i, 'component'], c.component]))
  return out
}

function checkUi(doc: TomlDocument, slug: string, dir: string, p: PackageManifest, files: FileSnapshot): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const [kind, section] of [['admin', 'admin_ui'], ['storefront', 'storefront_ui']] as const) {
    const declared = p.provides?.[section]?.leptos_crate
    const cargoFile = join(dir, `${kind}/Cargo.toml`)
    const cargo = files.get(cargoFile)
    const at = (): Location | null => locate(doc, ['provides', section, 'leptos_crate']) ?? locate(doc, ['module'])
    const err = (rule: string, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, at(), message, hint))
    if (declared !== undefined) {
      const problem = crateProblem(declared)
      if (problem) err('invalid-crate-name', `Module '${slug}' provides.${section}.leptos_crate '${declared}' ${problem}`, 'Use the Cargo package name of the UI crate.')
    }
    if (declared !== undefined && typeof cargo !== 'string') {
      err('ui-crate-mismatch', `Module '${slug}' declares provides.${section}.leptos_crate = '${declared}' but ${cargoFile} does not exist`, `Create the ${kind} crate at ${join(dir, kind)}/ or remove [provides.${section}].leptos_crate.`)
    } else if (declared === undefined && typeof cargo === 'string') {
      err('ui-crate-mismatch', `Module '${slug}' has ${kind === 'admin' ? 'an' : 'a'} ${kind} crate (${cargoFile}) but no [provides.${section}].leptos_crate`, `Add \`leptos_crate = "<package name>"\` under [provides.${section}] so the ${kind} app registers it.`)
    } else if (declared !== undefined && typeof cargo === 'string') {
      const name = cargoPackageName(cargo)
      if (name !== undefined && name !== declared) err('ui-crate-mismatch', `Module '${slug}' provides.${section}.leptos_crate is '${declared}' but ${cargoFile} names the package '${name}'`, `Set leptos_crate = "${name}".`)
    }
  }
  return out
}

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
    for (const [dep, { version_req }] of Object.entries(pkg.manifest.dependencies)) {
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
