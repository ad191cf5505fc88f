/**
 * Surgical edits of an app's Cargo.toml for `install` / `uninstall`: declare (and later remove) a
 * module's optional dependency under `[dependencies]` and its feature under `[features]`, e.g.
 *
 *     shop-newsletter = { version = "0.4.2", optional = true }
 *     mod-newsletter = ["dep:shop-newsletter", "mod-blog"]
 *
 * Every byte outside the inserted / removed line stays as it was (comments, blank lines, key order,
 * CRLF, a missing final line break). A new line goes after the last key/value statement of the
 * plain `[dependencies]` (`[features]`) section — a multi-line value counts up to its last line —
 * or right after the header when the section is empty, or in a new section at the end of the file.
 * Something already declared (any form, or a dependency renamed with `package = "<crate>"`) is left
 * alone. A removal takes only a one-line statement whose value parses to exactly what would be
 * added; anything hand-written differently is kept.
 *
 * Each edit is verified like the modules.toml editor's (edit.ts): the new text is parsed again and
 * must equal the original document with exactly the intended keys added / removed. Otherwise the
 * edit is refused (`edit-verification-failed`). Pure: text in, text or diagnostics out.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { isTable, type TomlTable, type TomlValue } from '../manifest/toml.js'
import { loadForEdit, refusal, sameValue, scanForEdit, tomlKey, tomlValue, verifyEdit, type EditDoc } from '../manifest/toml-write.js'
import type { KeyVal, Statement } from '../manifest/toml-scan.js'

export interface CargoDependency {
  /** The crate name: the key under [dependencies]. */
  key: string
  /** E.g. `{ version: '0.4.2', optional: true }`, `{ git, rev, optional: true }`, `{ path, optional: true }`. */
  table: TomlTable
}
export interface CargoFeature {
  name: string
  items: string[]
}
export interface CargoDeclarations {
  dependency?: CargoDependency
  feature?: CargoFeature
}
export type CargoEditResult = { ok: true; text: string; changes: string[] } | { ok: false; diagnostics: Diagnostic[] }

type Section = 'dependencies' | 'features'
interface Part {
  section: Section
  key: string
  value: TomlValue
}

/** What the declarations are as (section, key, value), dependency first. */
function parts(decl: CargoDeclarations): Part[] {
  const out: Part[] = []
  if (decl.dependency) out.push({ section: 'dependencies', key: decl.dependency.key, value: decl.dependency.table })
  if (decl.feature) out.push({ section: 'features', key: decl.feature.name, value: [...decl.feature.items] })
  return out
}

const label = (p: Part) => `[${p.section}] ${p.key}`

// ───────────────────────────── reading ─────────────────────────────

/** Parses the edited text and compares it with the intended document. */
function verify(file: string, text: string, intended: TomlTable, changes: string[]): CargoEditResult {
  const r = verifyEdit(file, text, intended)
  return r.ok ? { ok: true, text, changes } : r
}

/** Is `p` there already: the key in any form, or (a dependency) another key renaming the crate via `package`? */
function declared(table: TomlTable, p: Part): boolean {
  if (Object.hasOwn(table, p.key)) return true
  return p.section === 'dependencies' && Object.values(table).some((v) => isTable(v) && v.package === p.key)
}

const isHeader = (s: Statement, section: Section) => s.kind === 'header' && !s.array && s.path.length === 1 && s.path[0] === section
/** A statement `key = value` directly under the `[section]` header. */
const isEntry = (s: Statement, section: Section, key: string): s is KeyVal =>
  s.kind === 'keyval' && s.table.length === 1 && s.table[0] === section && s.path.length === 2 && s.path[1] === key

// ───────────────────────────── add ─────────────────────────────

/** Inserts `line` into `[section]` of `doc`: the new text, or why not. */
function insert(doc: EditDoc, file: string, section: Section, line: string): string | Diagnostic {
  const { text, stmts, eol } = doc
  if (stmts.some((s) => s.kind === 'keyval' && s.table.length === 0 && s.path[0] === section)) {
    return refusal(file, `\`${section}\` is written as keys of the root table, not under a [${section}] header`)
  }
  const h = stmts.findIndex((s) => isHeader(s, section))
  if (h < 0) return `${text}${text.length && !text.endsWith('\n') ? eol : ''}${eol}[${section}]${eol}${line}${eol}`
  let at = stmts[h]!.lineEnd
  for (let i = h + 1; i < stmts.length && stmts[i]!.kind === 'keyval'; i++) at = stmts[i]!.lineEnd
  // At the end of a text without a final line break the line break goes before the new line.
  if (at === text.length && !text.endsWith('\n')) return text + eol + line
  return text.slice(0, at) + line + eol + text.slice(at)
}

/** Adds what is missing. `changes`: e.g. ['[dependencies] shop-newsletter', '[features] mod-newsletter']; empty when both exist. */
export function addCargoDeclarations(text: string, file: string, decl: CargoDeclarations): CargoEditResult {
  const original = loadForEdit(text, file)
  if (Array.isArray(original)) return { ok: false, diagnostics: original }
  let doc: EditDoc = original
  let intended: TomlTable = original.data
  const changes: string[] = []
  for (const p of parts(decl)) {
    const table = original.data[p.section]
    if (table !== undefined && !isTable(table)) return { ok: false, diagnostics: [refusal(file, `\`${p.section}\` is not a table`)] }
    if (table && declared(table, p)) continue
    const value = tomlValue(p.value)
    if (value === null) return { ok: false, diagnostics: [refusal(file, `the value of ${label(p)} has a type this editor does not write`)] }
    const next = insert(doc, file, p.section, `${tomlKey(p.key)} = ${value}`)
    if (typeof next !== 'string') return { ok: false, diagnostics: [next] }
    const stmts = scanForEdit(next, file)
    if (!Array.isArray(stmts)) return { ok: false, diagnostics: [stmts] }
    doc = { ...doc, text: next, stmts }
    intended = { ...intended, [p.section]: { ...(table ?? {}), [p.key]: p.value } }
    changes.push(label(p))
  }
  if (!changes.length) return { ok: true, text, changes }
  return verify(file, doc.text, intended, changes)
}

// ───────────────────────────── remove ─────────────────────────────

/** Removes the dependency / feature where it is one line that parses to exactly `decl`; keeps anything else. */
export function removeCargoDeclarations(text: string, file: string, decl: CargoDeclarations): CargoEditResult {
  const doc = loadForEdit(text, file)
  if (Array.isArray(doc)) return { ok: false, diagnostics: doc }
  const ranges: Array<{ start: number; end: number }> = []
  let intended: TomlTable = doc.data
  const changes: string[] = []
  for (const p of parts(decl)) {
    const table = doc.data[p.section]
    if (!isTable(table) || !Object.hasOwn(table, p.key) || !sameValue(table[p.key], p.value)) continue
    const kv = doc.stmts.find((s): s is KeyVal => isEntry(s, p.section, p.key))
    if (!kv || text.slice(kv.lineStart, kv.valueEnd).includes('\n')) continue
    let start = kv.lineStart
    // A last line without a line break takes the break before it.
    if (kv.lineEnd === text.length && !text.endsWith('\n') && start > 0) start -= text[start - 2] === '\r' ? 2 : 1
    ranges.push({ start, end: kv.lineEnd })
    const { [p.key]: _removed, ...rest } = table
    intended = { ...intended, [p.section]: rest }
    changes.push(label(p))
  }
  if (!changes.length) return { ok: true, text, changes }
  let out = text
  for (const r of ranges.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + out.slice(r.end)
  return verify(file, out, intended, changes)
}
