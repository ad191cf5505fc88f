/**
 * marketplace.toml: reading, validation and search. Pure: the text comes in (the adapter reads it
 * from a file or an https:// URL), the catalog and located diagnostics go out.
 *
 * The whole file is checked once (schema, top-level shape); then each entry on its own, so one
 * broken entry does not hide the rest of the catalog. An entry is held to the rules modules.toml
 * holds its entries to — slug grammar, Cargo package name, repository-relative path, safe git URL,
 * semver version, no `${{` — because an install copies it into modules.toml. An entry with an
 * error is never installed; `list` and `search` leave it out and say why.
 */
import { z } from 'zod'
import { DiagnosticError, diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isCargoVersion } from '../manifest/cargo-semver.js'
import { readDocument, type TomlDocument } from '../manifest/document.js'
import { crateProblem, gitRevProblem, gitUrlProblem, repoPathProblem, slugProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import { checkShape, locate, suggest } from '../manifest/shape.js'
import { isTable, type TomlTable } from '../manifest/toml.js'
import { injections } from '../manifest/validate.js'
import { checkCatalogPackage } from './package.js'
import { CatalogEntrySchema, CatalogSchema, type CatalogEntry } from './schema.js'
import type { RuleId } from '../diagnostics/rules.js'

/** The catalog file used when --catalog is not given, relative to the root. */
export const DEFAULT_CATALOG = 'marketplace.toml'

export interface CatalogItem {
  /** The key under [modules] in marketplace.toml. */
  key: string
  /** The slug the module installs under (the entry's `slug`, else the key). */
  slug: string
  /** The entry, when its shape is right. */
  entry: CatalogEntry | null
  /** This entry's own findings. */
  diagnostics: Diagnostic[]
  valid: boolean
}

export interface LoadedCatalog {
  /** Root-relative path or URL, as shown in diagnostics. */
  file: string
  doc: TomlDocument | null
  /** Every entry, ordered by slug. */
  items: CatalogItem[]
  /** Findings about the file as a whole (syntax, schema, top-level keys, duplicate slugs). */
  diagnostics: Diagnostic[]
  /** False when the file as a whole is unusable. */
  ok: boolean
}

const TopSchema = CatalogSchema.extend({ modules: z.record(z.string(), z.unknown()).default({}) })
const EntryWrap = z.object({ modules: z.record(z.string(), CatalogEntrySchema) })

export function readCatalog(file: string, text: string): LoadedCatalog {
  let doc: TomlDocument
  try {
    doc = readDocument(file, text, { schema: 1 })
  } catch (err) {
    if (err instanceof DiagnosticError) return { file, doc: null, items: [], diagnostics: err.diagnostics, ok: false }
    throw err
  }
  const top: Diagnostic[] = []
  const schema = doc.data.schema
  if (schema !== 1) {
    const shown = schema === undefined ? `${file} has no \`schema\` key` : `Unsupported catalog schema: ${typeof schema === 'string' ? JSON.stringify(schema) : String(schema)}`
    top.push(diagnostic('error', 'unsupported-schema', file, locate(doc, ['schema']), shown, 'This version of modules-rebuild reads marketplace.toml `schema = 1`.'))
    return { file, doc, items: [], diagnostics: top, ok: false }
  }
  const shape = checkShape(TopSchema, doc)
  const rawModules = isTable(doc.data.modules) ? doc.data.modules : {}
  // Injections outside the entries (entries report their own below).
  top.push(...shape.diagnostics, ...injections(view(doc, { ...doc.data, modules: {} })))
  const items: CatalogItem[] = []
  for (const [key, raw] of Object.entries(rawModules)) items.push(checkEntry(doc, key, raw as TomlTable))
  items.sort((a, b) => cmp(a.slug, b.slug) || cmp(a.key, b.key))
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!
    const b = items[i]!
    if (a.slug !== b.slug) continue
    const d = diagnostic('error', 'catalog-duplicate-slug', file, locate(doc, ['modules', b.key]), `Catalog entries '${a.key}' and '${b.key}' both install the slug '${b.slug}'`, 'Each slug may be offered once; remove or rename one of the entries.')
    for (const item of [a, b]) {
      item.diagnostics = sortDiagnostics([...item.diagnostics, d])
      item.valid = false
    }
  }
  return { file, doc, items, diagnostics: sortDiagnostics(top), ok: !hasErrors(top) }
}

/** The document with other data but the same source and key positions. */
function view(doc: TomlDocument, data: TomlTable): TomlDocument {
  return {
    file: doc.file,
    text: doc.text,
    data,
    get keys() {
      return doc.keys
    }
  }
}

function checkEntry(doc: TomlDocument, key: string, raw: TomlTable): CatalogItem {
  const sub = view(doc, { modules: { [key]: raw } })
  const out: Diagnostic[] = [...injections(sub)]
  const rawSlug = isTable(raw) && typeof raw.slug === 'string' ? raw.slug : key
  const shape = checkShape(EntryWrap, sub)
  out.push(...shape.diagnostics)
  const entry = shape.data?.modules[key] ?? null
  if (entry) out.push(...checkFields(doc, key, entry))
  const diagnostics = sortDiagnostics(out)
  return { key, slug: entry?.slug ?? rawSlug, entry, diagnostics, valid: entry !== null && !hasErrors(diagnostics) }
}

function checkFields(doc: TomlDocument, key: string, e: CatalogEntry): Diagnostic[] {
  const out: Diagnostic[] = []
  const at = (...sub: KeyPath) => locate(doc, ['modules', key, ...sub])
  const err = (rule: RuleId, sub: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, doc.file, at(...sub), message, hint))
  const name = `Catalog entry '${key}'`
  const slug = slugProblem(e.slug)
  if (slug) err('invalid-slug', ['slug'], `${name} slug '${e.slug}' ${slug}`, 'Slugs are lowercase ASCII letters, digits, `_` and `-`.')
  const crate = crateProblem(e.crate)
  if (crate) err('invalid-crate-name', ['crate'], `${name} crate '${e.crate}' ${crate}`, 'Use the exact Cargo package name of the module crate.')
  e.depends_on.forEach((d, i) => {
    const p = slugProblem(d)
    if (p) err('invalid-slug', ['depends_on', i], `${name} depends_on '${d}' ${p}`, 'List the slugs of the modules it needs.')
  })
  const need = (field: 'path' | 'git' | 'rev' | 'version', example: string) => {
    if (!e[field]) err('missing-source-field', ['source'], `${name} has source='${e.source}' but no ${field} specified`, `Add \`${field} = ${example}\` to the entry.`)
  }
  if (e.source === 'path') {
    need('path', `"crates/${e.slug}"`)
    const p = e.path ? repoPathProblem(e.path) : null
    if (p) err('path-escape', ['path'], `${name} path '${e.path}' ${p}`, 'Point `path` at a directory inside the repository, e.g. "crates/<name>".')
  } else if (e.source === 'git') {
    need('git', '"https://github.com/owner/repo.git"')
    need('rev', '"<40-hex commit id>"')
    const p = e.git ? gitUrlProblem(e.git) : null
    if (p) err('invalid-git-url', ['git'], `${name} git URL '${e.git}' ${p}`, 'Use https://host/owner/repo.git, ssh://host/owner/repo.git or git@host:owner/repo.git.')
    const rev = e.rev ? gitRevProblem(e.rev) : null
    if (rev) err('invalid-git-rev', ['rev'], `${name} rev ${JSON.stringify(e.rev)} ${rev}`, 'Pin `rev` to the 40-hex commit id.')
    else if (e.rev && !/^[0-9a-f]{40}$/.test(e.rev)) out.push(diagnostic('warning', 'unpinned-git-rev', doc.file, at('rev'), `${name} rev '${e.rev}' is not a full commit id, so the build can change without the manifest changing`, 'Pin `rev` to the 40-hex commit id.'))
  } else need('version', '"1.2.3"')
  out.push(...checkCatalogPackage(doc, key, e))
  if (e.version !== undefined && !isCargoVersion(e.version)) err('invalid-version', ['version'], `${name} version '${e.version}' is not semver`, 'Write the module version as MAJOR.MINOR.PATCH, e.g. "0.3.1".')
  return out
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function findItem(catalog: LoadedCatalog, slug: string): CatalogItem | undefined {
  return catalog.items.find((i) => i.slug === slug)
}

/** `catalog-unknown-module`, with the nearest slug the catalog offers. */
export function unknownModule(catalog: LoadedCatalog, slug: string): Diagnostic {
  const near = suggest(slug, catalog.items.map((i) => i.slug))
  return diagnostic('error', 'catalog-unknown-module', catalog.file, null, `The catalog offers no module '${slug}'${near ? ` (did you mean '${near}'?)` : ''}`, near ? `Install '${near}', or run \`modules-rebuild catalog search\` to find a module.` : 'Run `modules-rebuild catalog list` to see the modules the catalog offers.')
}

export interface SearchQuery {
  /** Words that must all occur (case-insensitive) in the slug, name, description or a tag. */
  query?: string | undefined
  /** A tag the entry must carry (case-insensitive). */
  tag?: string | undefined
}

/** The valid entries matching `q`, ordered by slug. */
export function searchCatalog(catalog: LoadedCatalog, q: SearchQuery = {}): CatalogItem[] {
  const words = (q.query ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const tag = q.tag?.toLowerCase()
  return catalog.items.filter((item) => {
    const e = item.entry
    if (!item.valid || !e) return false
    if (tag !== undefined && !e.tags.some((t) => t.toLowerCase() === tag)) return false
    const hay = [e.slug, e.name, e.description ?? '', ...e.tags].map((s) => s.toLowerCase())
    return words.every((w) => hay.some((h) => h.includes(w)))
  })
}
