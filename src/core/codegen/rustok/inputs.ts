/**
 * What RusToK's build scripts read, taken from the project model: the modules of modules.toml in
 * `BTreeMap` order (by slug), each with its `<path>/rustok-module.toml` when that file exists
 * (the scripts read no other name and no vendored copy), and the few crate files the server
 * script probes (src/lib.rs, src/graphql/mod.rs, src/graphql.rs). Pure.
 *
 * The scripts write text values into Rust string literals as they are. Where a value would need
 * escaping there (a quote, a backslash, a control or invisible character), their output is broken
 * or injectable Rust, so the preset refuses the module with `rustok-preset-value` instead.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js'
import type { KeyPath } from '../../manifest/locate.js'
import type { FileSnapshot, LoadedPackage } from '../../manifest/packages.js'
import type { PackageManifest } from '../../manifest/package-schema.js'
import type { Manifest, ModuleEntry } from '../../manifest/schema.js'
import { locate } from '../../manifest/shape.js'
import { repoPathProblem } from '../../manifest/identifiers.js'
import { rustString } from '../rust.js'
import { byteOrder } from './json.js'

export const PACKAGE_FILE = 'rustok-module.toml'

export interface RustokModule {
  slug: string
  entry: ModuleEntry
  /** `<path>` without trailing `/`, or null when the entry has no usable path. */
  dir: string | null
  /** The package manifest at `<path>/rustok-module.toml`, or null when there is none. */
  pkg: LoadedPackage | null
}

export interface RustokInput {
  manifest: Manifest
  packages: ReadonlyMap<string, LoadedPackage>
  /** Contents of the files `rustokFiles` names (null: missing). */
  files: FileSnapshot
}

const join = (dir: string, name: string) => `${dir}/${name}`
const CRATE_FILES = ['src/lib.rs', 'src/graphql/mod.rs', 'src/graphql.rs'] as const

function dirOf(e: ModuleEntry): string | null {
  if (e.path === undefined) return null
  const dir = e.path.replace(/\/+$/, '')
  return dir === '' || repoPathProblem(dir) ? null : dir
}

/** The crate files the server script probes, for every module with a path. */
export function rustokFiles(m: Manifest): string[] {
  return Object.values(m.modules).flatMap((e) => {
    const dir = dirOf(e)
    return dir === null ? [] : CRATE_FILES.map((f) => join(dir, f))
  })
}

/** Modules in the scripts' order: slugs sorted as Rust sorts `String` keys. */
export function rustokModules(input: Pick<RustokInput, 'manifest' | 'packages'>): RustokModule[] {
  return Object.keys(input.manifest.modules)
    .sort(byteOrder)
    .map((slug) => {
      const entry = input.manifest.modules[slug]!
      const dir = dirOf(entry)
      const pkg = input.packages.get(slug)
      const own = dir !== null && pkg !== undefined && !pkg.vendored && pkg.doc.file === join(dir, PACKAGE_FILE) ? pkg : null
      return { slug, entry, dir, pkg: own }
    })
}

export const fileText = (input: RustokInput, dir: string | null, file: string): string | null => (dir === null ? null : (input.files.get(join(dir, file)) ?? null))

export function manifestOf(m: RustokModule): PackageManifest | null {
  return m.pkg?.manifest ?? null
}

/** `page_builder` → `PageBuilder`: split at `-` and `_`, first character of each part in ASCII upper case. */
export function pascalCase(value: string): string {
  return value
    .split(/[-_]/)
    .filter(Boolean)
    .map((p) => asciiUpper(p[0]!) + p.slice(1))
    .join('')
}

/** `rename-slug` → `Rename Slug`. */
export function titleCase(value: string): string {
  return value
    .split(/[-_]/)
    .filter(Boolean)
    .map((p) => asciiUpper(p[0]!) + p.slice(1))
    .join(' ')
}

const asciiUpper = (ch: string) => (/[a-z]/.test(ch) ? ch.toUpperCase() : ch)

/** `blog-admin` → `blog_admin`. */
export const underscore = (s: string): string => s.replace(/-/g, '_')

/** Collects `rustok-preset-value` findings for one package manifest. */
export class Refusals {
  readonly diagnostics: Diagnostic[] = []

  /** A value the scripts paste into a Rust string literal as is; true when that is safe. */
  literal(m: RustokModule, path: KeyPath, value: string): boolean {
    if (rustString(value) === value) return true
    this.refuse(m, path, `Module '${m.slug}' ${path.join('.')} ${JSON.stringify(value)} contains a character (quote, backslash, control or invisible character) that RusToK's build script would write unescaped into a Rust string literal`, 'Remove the character; preset "rustok" reproduces the build script exactly and will not write broken or injectable Rust.')
    return false
  }

  refuse(m: RustokModule, path: KeyPath, message: string, hint: string): void {
    const doc = m.pkg?.doc
    this.diagnostics.push(diagnostic('error', 'rustok-preset-value', doc?.file ?? 'modules.toml', doc ? locate(doc, path) : null, message, hint))
  }
}
