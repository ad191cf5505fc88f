/**
 * The package manifest a catalog entry carries (`[modules.<key>.package]`) for a module that is not
 * source = "path": a crates-io, git or registry crate's rustok-module.toml is not in the repository,
 * yet code generation needs it (entry_type, provides.*). Install vendors it to
 * `<codegen.package_dir>/<slug>/rustok-module.toml`, where review sees it and validation and code
 * generation read it like a path module's.
 *
 * The catalog checks what it can place on its own lines: the shape, the Rust paths and crate names
 * that reach generated code (a hostile catalog must not inject code), the slug and the version
 * agreeing with the entry, and version requirements. The rest (runtime, required ⇔ core,
 * dependencies ⇔ depends_on) is checked on the edited project before anything is written.
 */
import { stringify } from 'smol-toml'
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isCargoVersion } from '../manifest/cargo-semver.js'
import { commentText } from '../manifest/identifiers.js'
import type { TomlDocument } from '../manifest/document.js'
import type { KeyPath } from '../manifest/locate.js'
import { VALUE_HINTS, valueProblems } from '../manifest/packages.js'
import { formatPath, locate } from '../manifest/shape.js'
import { isTable, type TomlTable } from '../manifest/toml.js'
import type { CatalogEntry } from './schema.js'
import type { RuleId } from '../diagnostics/rules.js'

/** Checks entry `key`'s package table (its shape is checked with the entry's). */
export function checkCatalogPackage(doc: TomlDocument, key: string, e: CatalogEntry): Diagnostic[] {
  const out: Diagnostic[] = []
  const base: KeyPath = ['modules', key, 'package']
  const at = (...sub: KeyPath) => locate(doc, [...base, ...sub])
  const err = (rule: RuleId, sub: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, at(...sub), message, hint))
  const name = `Catalog entry '${key}'`
  if (e.source === 'path' && e.package) {
    err('catalog-package-mismatch', [], `${name} is source = "path" but carries a package table`, `A path module's package manifest is the rustok-module.toml in its directory (${e.path ?? 'path'}); remove [modules.${key}.package].`)
    return out
  }
  const p = e.package
  if (!p) return out
  const mod = p.module
  if (mod.slug !== e.slug) err('catalog-package-mismatch', ['module', 'slug'], `${name} installs the slug '${e.slug}' but its package manifest's slug is '${mod.slug}'`, `Set package.module.slug = "${e.slug}".`)
  if (!isCargoVersion(mod.version)) err('invalid-version', ['module', 'version'], `${name} package.module.version '${mod.version}' is not semver`, 'Write MAJOR.MINOR.PATCH, e.g. "0.4.2".')
  else if (e.version !== undefined && (e.source === 'crates-io' || e.source === 'registry') && mod.version !== e.version) {
    err('catalog-package-mismatch', ['module', 'version'], `${name} offers version ${e.version} but its package manifest is version ${mod.version}`, "The package table must be the rustok-module.toml of the version the entry offers; copy that version's file.")
  }
  for (const v of valueProblems(p)) {
    const key = `package.${formatPath(v.path)}`
    err(v.rule, v.path, `${name} ${v.rule === 'invalid-rust-path' ? `\`${key}\`` : key} '${v.value}' ${v.problem}`, VALUE_HINTS[v.rule])
  }
  return out
}

/** The package table of a catalog entry as written in the catalog, or null. */
export function packageTable(catalogData: TomlTable, key: string): TomlTable | null {
  const modules = isTable(catalogData.modules) ? catalogData.modules : {}
  const entry = isTable(modules[key]) ? modules[key] : null
  return entry && isTable(entry.package) ? entry.package : null
}

/** The vendored file: a header saying where it came from, then the catalog's table as TOML. */
export function vendoredText(e: CatalogEntry, table: TomlTable, catalogFile: string): string {
  const what = e.source === 'git' ? `${e.crate} from ${e.git} at ${e.rev}` : `${e.crate} ${e.version ?? ''}`.trim()
  // Every value is validated by the catalog, and still passes commentText: a comment line can
  // never be ended by what it quotes.
  const header = [
    `# Package manifest of the ${e.source} module '${e.slug}' (${what}).`,
    `# Written by \`modules-rebuild install ${e.slug}\` from ${catalogFile}: the crate is not in this`,
    '# repository, and code generation reads its registration from here. Review it like code;',
    '# `modules-rebuild uninstall` removes it.',
    ''
  ].map(commentText)
  const body = stringify(table)
  return `${header.join('\n')}\n${body}${body.endsWith('\n') ? '' : '\n'}`
}
