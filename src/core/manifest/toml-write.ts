/**
 * Writing and checking TOML text for the surgical editors (edit.ts for modules.toml, cargo-edit.ts
 * for Cargo.toml): values as one-line TOML, and the verification every edit ends with — the new
 * text parses to exactly the intended document, or the edit is refused (`edit-verification-failed`).
 */
import { DiagnosticError, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { isTable, parseToml, type TomlTable, type TomlValue } from './toml.js'
import { ToolError } from '../diagnostics/errors.js'
import { scanStatements, type Statement } from './toml-scan.js'

/** A file about to be edited: its text, parsed data, statements and line ending. */
export interface EditDoc {
  file: string
  text: string
  data: TomlTable
  stmts: Statement[]
  eol: string
}

/** Parses and scans `text`; its diagnostics when it does not parse, a refusal when its layout cannot be read. */
export function loadForEdit(text: string, file: string): EditDoc | Diagnostic[] {
  let data: TomlTable
  try {
    data = parseToml(text, file)
  } catch (err) {
    if (err instanceof DiagnosticError) return err.diagnostics
    throw err
  }
  const stmts = scanForEdit(text, file)
  if (!Array.isArray(stmts)) return [stmts]
  return { file, text, data, stmts, eol: text.includes('\r\n') ? '\r\n' : '\n' }
}

/** The statements of `text`, or the refusal when its layout cannot be read. */
export function scanForEdit(text: string, file: string): Statement[] | Diagnostic {
  try {
    return scanStatements(text)
  } catch (err) {
    if (err instanceof ToolError && err.rule === 'edit-verification-failed') return refusal(file, `its layout could not be read (${err.message})`)
    throw err
  }
}

/** A TOML basic string: `"`, `\`, control characters, DEL and U+FFFD escaped; the rest as is. */
export function tomlString(s: string): string {
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' }
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (short[ch] !== undefined) out += short[ch]
    else if (cp < 0x20 || cp === 0x7f || cp === 0xfffd || (cp >= 0xd800 && cp <= 0xdfff)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`
    else out += ch
  }
  return out + '"'
}

/** A key as written: bare when it can be, quoted otherwise. */
export const tomlKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k))

/** A value on one line: strings, booleans, safe integers, arrays, inline tables; null otherwise. */
export function tomlValue(v: TomlValue): string | null {
  if (typeof v === 'string') return tomlString(v)
  if (typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v))) return String(v)
  if (Array.isArray(v)) {
    const items = v.map(tomlValue)
    return items.includes(null) ? null : `[${items.join(', ')}]`
  }
  if (isTable(v)) {
    const items = Object.entries(v).map(([k, x]) => {
      const s = tomlValue(x)
      return s === null ? null : `${tomlKey(k)} = ${s}`
    })
    if (items.includes(null)) return null
    return items.length ? `{ ${items.join(', ')} }` : '{}'
  }
  return null
}

/** Deep equality of parsed TOML values (date-times by kind and instant). */
export function sameValue(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === b) return true
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.constructor === b.constructor && a.toISOString() === b.toISOString()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  }
  if (isTable(a) && isTable(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
  }
  return false
}

export function refusal(file: string, why: string): Diagnostic {
  return diagnostic('error', 'edit-verification-failed', file, null, `${file} was not edited: ${why}; nothing was written`, 'Make the change by hand, or report the file layout as an issue of modules-rebuild.')
}

/** Parses the edited text and compares it with the intended document: its data, or the refusal. */
export function verifyEdit(file: string, text: string, intended: TomlTable): { ok: true; data: TomlTable } | { ok: false; diagnostics: Diagnostic[] } {
  let data: TomlTable
  try {
    data = parseToml(text, file)
  } catch (err) {
    if (err instanceof DiagnosticError) return { ok: false, diagnostics: [refusal(file, `the edited text does not parse (${err.diagnostics[0]?.message ?? 'invalid TOML'})`)] }
    throw err
  }
  if (!sameValue(data, intended)) return { ok: false, diagnostics: [refusal(file, 'the edited text does not parse to the intended document')] }
  return { ok: true, data }
}
