/**
 * The hand-maintained rest of an app's Cargo.toml, checked and never edited (examples/shop/GENERATED.md §6):
 *
 *  - always: every feature the build selects is declared in [features] (cargo refuses unknown
 *    `--features`, and rustc's check-cfg warns about an undeclared `feature = "mod-…"`);
 *  - managed mode, in addition: each gated module's optional dependency and its feature
 *    `<prefix><slug> = ["dep:<crate>", …]` (server: plus `<prefix><d>` for every optional d in
 *    depends_on); server: required modules are non-optional dependencies, and `embed-admin` /
 *    `embed-storefront` exist.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { TomlDocument } from '../manifest/document.js'
import type { KeyPath } from '../manifest/locate.js'
import { locate } from '../manifest/shape.js'
import { tomlKey, tomlValue } from '../manifest/toml-write.js'
import { isTable, type TomlTable, type TomlValue } from '../manifest/toml.js'
import { type TargetName } from '../values/values.js'

export interface AppModule {
  slug: string
  /** The crate the app depends on for this module: the module crate (server) or its UI crate. */
  crate: string
  required: boolean
  depends_on: readonly string[]
  /** The module's directory (server, source = "path"), for a dependency line that cargo accepts. */
  path?: string
}

/** A [dependencies] entry, by the crate it names. */
export interface Dependency {
  key: string
  optional: boolean
  value: TomlValue
}

export interface DeclarationInput {
  app: TargetName
  file: string
  doc: TomlDocument
  features: readonly string[]
  modules: readonly AppModule[]
  prefix: string
  managed: boolean
  deps: ReadonlyMap<string, Dependency>
}

/** How a hint names one Cargo.toml line to write: `under [section]: `line``; tests apply exactly these. */
export const fixLine = (section: string, line: string): string => `under [${section}]: \`${line}\``

export function checkDeclarations(input: DeclarationInput): Diagnostic[] {
  const { app, file, doc, prefix } = input
  const out: Diagnostic[] = []
  const err = (path: KeyPath, message: string, hint: string) => out.push(diagnostic('error', 'feature-declaration', file, locate(doc, path), message, hint))
  const table = isTable(doc.data.features) ? doc.data.features : {}
  const declared = (f: string) => Object.hasOwn(table, f)

  const undeclared = input.features.filter((f) => !f.includes('/') && !declared(f))
  if (undeclared.length) {
    const bySlug = new Map(input.modules.map((x) => [prefix + x.slug, x]))
    const fixes = undeclared.map((f) => {
      const x = bySlug.get(f)
      if (!x) return fixLine('features', `${f} = []`)
      const dep = input.deps.get(x.crate)
      if (dep) return fixLine('features', `${f} = ["dep:${dep.key}"]`)
      // No dependency at all: declare one (path modules get their path, relative to the app).
      const where: TomlTable = x.path !== undefined ? { path: relativeTo(file, x.path) } : { version: '*' }
      return `${fixLine('dependencies', `${tomlKey(x.crate)} = ${tomlValue({ ...where, optional: true })}`)} and ${fixLine('features', `${f} = ["dep:${x.crate}"]`)}`
    })
    err(['features'], `${file} does not declare ${undeclared.length === 1 ? 'the feature' : `${undeclared.length} features`} the ${app} build selects: ${undeclared.join(', ')}`, `cargo refuses undeclared features; declare ${undeclared.length === 1 ? 'it' : 'each'}: ${fixes.join('; ')}.`)
  }
  if (!input.managed) return out

  const byCrate = input.deps
  for (const x of input.modules) {
    const dep = byCrate.get(x.crate) ?? null
    if (x.required) {
      if (app !== 'server') continue
      if (!dep) err(['dependencies'], `Required module '${x.slug}' needs the dependency ${x.crate}, but [dependencies] has none`, `Add \`${x.crate}.workspace = true\` (or a path/version) under [dependencies].`)
      else if (dep.optional) err(['dependencies', dep.key], `Required module '${x.slug}': dependency ${dep.key} is optional, but required modules are always compiled in`, 'Remove `optional = true`.')
      continue
    }
    const feature = prefix + x.slug
    if (!dep) err(['dependencies'], `Module '${x.slug}': ${feature} needs an optional dependency on ${x.crate}, but [dependencies] has none`, `Add \`${x.crate} = { workspace = true, optional = true }\` under [dependencies].`)
    // A non-optional dependency is reported (in both modes) by planAppFeatures.
    if (!declared(feature)) continue // reported above
    const value = table[feature]
    const items = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
    const want = [`dep:${dep?.key ?? x.crate}`]
    if (app === 'server') want.push(...x.depends_on.filter((d) => input.modules.some((o) => o.slug === d && !o.required)).map((d) => prefix + d))
    const lacking = want.filter((w) => !items.includes(w))
    if (lacking.length) err(['features', feature], `${feature} lacks ${lacking.map((w) => `"${w}"`).join(', ')}`, `Write \`${feature} = [${[...want, ...items.filter((i) => !want.includes(i))].map((w) => `"${w}"`).join(', ')}]\`.`)
  }
  if (app === 'server') {
    for (const f of ['embed-admin', 'embed-storefront']) {
      if (!declared(f) && !undeclared.includes(f)) err(['features'], `${file} does not declare the feature ${f} ([build.server] of modules.toml switches it)`, `Add \`${f} = [...]\` under [features], enabling the embedded ${f.slice(6)} crate.`)
    }
  }
  return out
}

/** [dependencies] by crate name (the key, or `package = "<crate>"` when renamed); the first entry wins. */
export function dependencyIndex(deps: TomlTable): Map<string, Dependency> {
  const index = new Map<string, Dependency>()
  for (const [key, v] of Object.entries(deps)) {
    const pkg = isTable(v) && typeof v.package === 'string' ? v.package : key
    if (!index.has(pkg)) index.set(pkg, { key, optional: isTable(v) && v.optional === true, value: v })
  }
  return index
}

/** `target` (root-relative) as seen from the directory of `file` (root-relative). */
function relativeTo(file: string, target: string): string {
  const from = file.split('/').slice(0, -1)
  const to = target.replace(/\/+$/, '').split('/')
  let i = 0
  while (i < from.length && i < to.length && from[i] === to[i]) i++
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || '.'
}
