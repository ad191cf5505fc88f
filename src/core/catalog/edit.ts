/**
 * Surgical edits of modules.toml: add or remove a module entry, add or remove an element of
 * `settings.default_enabled`. Every byte outside the edited lines stays as it was — comments
 * (RusToK's Russian banners), blank lines, key order, the formatting of every other entry, CRLF.
 *
 * A new entry follows the file's style: one inline table per line when the entries are inline
 * tables (appended after the last entry line of `[modules]`, before the comments and blank lines
 * that lead to the next table), a `[modules.<slug>]` block when the file uses that form. Keys come
 * in RusToK's order: crate, source, path | git + rev | version, required, depends_on, runtime,
 * features.
 *
 * Each edit is verified: the new text is parsed again and must equal the original document with
 * exactly the intended change applied. Otherwise the edit is refused (`edit-verification-failed`)
 * and the caller writes nothing. Pure: text in, text or diagnostics out.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { crateProblem, slugProblem } from '../manifest/identifiers.js'
import type { Source } from '../manifest/schema.js'
import { isTable, type TomlTable, type TomlValue } from '../manifest/toml.js'
import { scanArray, stringAt, type KeyVal } from '../manifest/toml-scan.js'
import { loadForEdit, refusal, tomlKey, tomlString, tomlValue, verifyEdit, type EditDoc } from '../manifest/toml-write.js'

/** What an install writes for one module (the keys of a modules.toml entry). */
export interface ModuleSpec {
  crate: string
  source: Source
  path?: string | undefined
  git?: string | undefined
  rev?: string | undefined
  version?: string | undefined
  required?: boolean | undefined
  depends_on?: readonly string[] | undefined
  runtime?: 'module' | 'extension' | undefined
  features?: readonly string[] | undefined
}

export type EditResult = { ok: true; text: string; data: TomlTable } | { ok: false; diagnostics: Diagnostic[] }

/** The TOML table an entry is written as, keys in RusToK's order; defaults are left out. */
export function moduleTable(spec: ModuleSpec): TomlTable {
  const t: TomlTable = { crate: spec.crate, source: spec.source }
  if (spec.source === 'path') {
    if (spec.path !== undefined) t.path = spec.path
  } else if (spec.source === 'git') {
    if (spec.git !== undefined) t.git = spec.git
    if (spec.rev !== undefined) t.rev = spec.rev
  } else if (spec.version !== undefined) t.version = spec.version
  if (spec.required) t.required = true
  if (spec.depends_on?.length) t.depends_on = [...spec.depends_on]
  if (spec.runtime === 'extension') t.runtime = 'extension'
  if (spec.features?.length) t.features = [...spec.features]
  return t
}

// ───────────────────────────── line helpers ─────────────────────────────

/** Offset of the start of the line holding `i`. */
const lineStartOf = (s: string, i: number) => s.lastIndexOf('\n', i - 1) + 1
/** Offset just past the line break of the line holding `i` (or the end of the text). */
function lineEndOf(s: string, i: number): number {
  const eol = s.indexOf('\n', i)
  return eol < 0 ? s.length : eol + 1
}
const isBlankLine = (s: string, start: number) => /^[ \t]*\r?$/.test(s.slice(start, lineEndOf(s, start)).replace(/\n$/, '')) && start < s.length

interface Splice {
  start: number
  end: number
  insert: string
}

function apply(text: string, splices: Splice[]): string {
  let out = text
  for (const sp of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, sp.start) + sp.insert + out.slice(sp.end)
  return out
}

/** Inserts whole lines at `at` (a line start, or the end of a text that lacks a final line break). */
function insertLines(ctx: EditDoc, at: number, lines: string[]): Splice {
  const body = lines.join(ctx.eol)
  if (at === ctx.text.length && at > 0 && !ctx.text.endsWith('\n')) return { start: at, end: at, insert: ctx.eol + body }
  return { start: at, end: at, insert: body + ctx.eol }
}

/** Removes the lines start..end (end: a line end). A last line without a line break takes the break before it. */
function removeLines(ctx: EditDoc, start: number, end: number): Splice {
  const t = ctx.text
  if (end === t.length && !t.endsWith('\n') && start > 0) {
    const before = t[start - 2] === '\r' ? start - 2 : start - 1
    return { start: before, end, insert: '' }
  }
  return { start, end, insert: '' }
}

// ───────────────────────────── verification ─────────────────────────────

/** Parses the edited text and compares it with the intended document. */
function verify(ctx: EditDoc, text: string, intended: TomlTable): EditResult {
  const r = verifyEdit(ctx.file, text, intended)
  return r.ok ? { ok: true, text, data: r.data } : r
}

/** A module entry's value as written (moduleTable holds strings, booleans and string arrays only). */
function entryValue(v: TomlValue): string {
  const s = tomlValue(v)
  if (s === null) throw new Error(`unsupported value in a module entry: ${typeof v}`)
  return s
}

const tableAt = (data: TomlTable, key: string): TomlTable | undefined => (isTable(data[key]) ? (data[key] as TomlTable) : undefined)
const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => path[i] === p)

// ───────────────────────────── modules ─────────────────────────────

/** Adds `[modules] <slug>`; refuses an invalid slug or crate, an existing slug, or a layout it cannot follow. */
export function addModule(text: string, file: string, slug: string, spec: ModuleSpec): EditResult {
  const slugWhy = slugProblem(slug)
  if (slugWhy) return { ok: false, diagnostics: [diagnostic('error', 'invalid-slug', file, null, `Module slug '${slug}' ${slugWhy}`, 'Slugs are lowercase ASCII letters, digits, `_` and `-`.')] }
  const crateWhy = crateProblem(spec.crate)
  if (crateWhy) return { ok: false, diagnostics: [diagnostic('error', 'invalid-crate-name', file, null, `Module '${slug}' crate '${spec.crate}' ${crateWhy}`, 'Use the exact Cargo package name of the module crate.')] }
  const ctx = loadForEdit(text, file)
  if (Array.isArray(ctx)) return { ok: false, diagnostics: ctx }
  const modules = ctx.data.modules
  if (modules !== undefined && !isTable(modules)) return { ok: false, diagnostics: [refusal(file, '`modules` is not a table')] }
  if (modules && Object.hasOwn(modules, slug)) return { ok: false, diagnostics: [refusal(file, `module '${slug}' is already there`)] }
  if (ctx.stmts.some((s) => s.kind === 'keyval' && s.path.length === 1 && s.path[0] === 'modules')) return { ok: false, diagnostics: [refusal(file, '`modules` is written as one inline table')] }
  const table = moduleTable(spec)
  const splice = placeModule(ctx, slug, table)
  const intended: TomlTable = { ...ctx.data, modules: { ...(modules ?? {}), [slug]: table } }
  return verify(ctx, apply(ctx.text, [splice]), intended)
}

function placeModule(ctx: EditDoc, slug: string, table: TomlTable): Splice {
  const { stmts, text } = ctx
  const entryVals = stmts.filter((s): s is KeyVal => s.kind === 'keyval' && s.path[0] === 'modules' && s.path.length >= 2)
  const inline = entryVals.filter((s) => s.path.length === 2 && text[s.valueStart] === '{')
  const blocks = stmts.filter((s) => s.kind === 'header' && s.path[0] === 'modules' && s.path.length >= 2)
  const header = stmts.find((s) => s.kind === 'header' && s.path.length === 1 && s.path[0] === 'modules')

  if (inline.length || (!blocks.length && (header || entryVals.length))) {
    // Inline style: after the last entry line of [modules] (or its header), same indentation and spacing.
    const anchor = inline[inline.length - 1]
    const last = [...entryVals].reverse().find((s) => !anchor || sameTable(s, anchor)) ?? anchor
    const at = last ? last.lineEnd : header!.lineEnd
    const style = anchor ? inlineStyle(text, anchor) : { indent: '', eq: ' = ', pad: ' ', innerEq: ' = ', sep: ', ' }
    // The entry's key relative to the table it goes in: `<slug>` under [modules], `modules.<slug>` at the root.
    const key = ['modules', slug].slice(last ? last.table.length : 1).map(tomlKey).join('.')
    const body = Object.entries(table).map(([k, v]) => `${tomlKey(k)}${style.innerEq}${entryValue(v)}`).join(style.sep)
    return insertLines(ctx, at, [`${style.indent}${key}${style.eq}{${style.pad}${body}${style.pad}}`])
  }
  if (blocks.length) {
    // Table style: a new [modules.<slug>] block after the last one.
    const lastHeader = blocks[blocks.length - 1]!
    const index = stmts.indexOf(lastHeader)
    let end = lastHeader.lineEnd
    let eq = ' = '
    for (let i = index + 1; i < stmts.length && stmts[i]!.kind === 'keyval'; i++) {
      const kv = stmts[i] as KeyVal
      if (i === index + 1) eq = text.slice(kv.keyEnd, kv.valueStart)
      end = kv.lineEnd
    }
    const lines = [`[${['modules', slug].map(tomlKey).join('.')}]`, ...Object.entries(table).map(([k, v]) => `${tomlKey(k)}${eq}${entryValue(v)}`)]
    // A blank line before the block when one follows the insertion point (or the file ends there).
    const blankAfter = end >= text.length || isBlankLine(text, end)
    return insertLines(ctx, end, blankAfter ? ['', ...lines] : lines)
  }
  // No [modules] at all: a new table at the end of the file.
  const t = text
  const needBreak = t.length > 0 && !t.endsWith('\n')
  const body = Object.entries(table).map(([k, v]) => `${tomlKey(k)} = ${entryValue(v)}`).join(', ')
  return { start: t.length, end: t.length, insert: `${needBreak ? ctx.eol : ''}${ctx.eol}[modules]${ctx.eol}${tomlKey(slug)} = { ${body} }${ctx.eol}` }
}

const sameTable = (a: KeyVal, b: KeyVal) => a.table.length === b.table.length && startsWith(a.table, b.table)

function inlineStyle(text: string, kv: KeyVal): { indent: string; eq: string; pad: string; innerEq: string; sep: string } {
  const indent = text.slice(kv.lineStart, kv.keyStart)
  const eq = text.slice(kv.keyEnd, kv.valueStart)
  const value = text.slice(kv.valueStart, kv.valueEnd)
  const pad = value[1] === ' ' ? ' ' : ''
  const innerEq = / = /.test(value) || !/=/.test(value) ? ' = ' : '='
  const sep = /,\S/.test(value.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""')) ? ',' : ', '
  return { indent: /^[ \t]*$/.test(indent) ? indent : '', eq, pad, innerEq, sep }
}

/** Removes every line of module `slug`: its inline entry, its dotted keys, its [modules.<slug>…] blocks. */
export function removeModule(text: string, file: string, slug: string): EditResult {
  const ctx = loadForEdit(text, file)
  if (Array.isArray(ctx)) return { ok: false, diagnostics: ctx }
  const modules = tableAt(ctx.data, 'modules')
  if (!modules || !Object.hasOwn(modules, slug)) return { ok: false, diagnostics: [refusal(file, `module '${slug}' is not there`)] }
  const prefix = ['modules', slug]
  const { stmts } = ctx
  const splices: Splice[] = []
  // The last entry of a file without a [modules] header: `modules` must stay, as an empty table.
  const keepTable = !stmts.some((s) => s.path[0] === 'modules' && !startsWith(s.path, prefix))
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!
    if (!startsWith(s.path, prefix)) continue
    const first = keepTable && !splices.length
    if (s.kind === 'keyval') {
      if (s.table.length >= 2 && startsWith(s.table, prefix)) continue // inside a block removed below
      if (first) splices.push({ start: s.lineStart, end: s.lineEnd, insert: `modules = {}${ctx.eol}` })
      else splices.push(removeLines(ctx, s.lineStart, s.lineEnd))
      continue
    }
    // A block: its header and the key/value lines up to the next header.
    let end = s.lineEnd
    let j = i + 1
    for (; j < stmts.length && stmts[j]!.kind === 'keyval'; j++) end = stmts[j]!.lineEnd
    let start = s.lineStart
    const prevLine = start > 0 ? lineStartOf(ctx.text, start - 1) : -1
    const blankBefore = prevLine >= 0 && isBlankLine(ctx.text, prevLine)
    const blankAfter = end < ctx.text.length && isBlankLine(ctx.text, end)
    // Blocks are separated by one blank line: when the block sits between two, the one before it goes
    // too (an insert puts its separator before the new block, so insert + remove restores the text).
    if (first) splices.push({ start, end, insert: `[modules]${ctx.eol}` })
    else {
      if (blankBefore && (blankAfter || end >= ctx.text.length)) start = prevLine
      splices.push(removeLines(ctx, start, end))
    }
  }
  if (!splices.length) return { ok: false, diagnostics: [refusal(file, `the lines of module '${slug}' were not found`)] }
  const { [slug]: _removed, ...rest } = modules
  return verify(ctx, apply(ctx.text, merge(splices)), { ...ctx.data, modules: rest })
}

/** Overlapping removals (a block's trailing blank line shared with the next removal) merged. */
function merge(splices: Splice[]): Splice[] {
  const sorted = [...splices].sort((a, b) => a.start - b.start)
  const out: Splice[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

// ───────────────────────────── default_enabled ─────────────────────────────

function enabledStatement(ctx: EditDoc): KeyVal | undefined {
  return ctx.stmts.find((s): s is KeyVal => s.kind === 'keyval' && s.path.length === 2 && s.path[0] === 'settings' && s.path[1] === 'default_enabled')
}

function enabledOf(data: TomlTable): TomlValue[] | undefined {
  const v = tableAt(data, 'settings')?.default_enabled
  return Array.isArray(v) ? v : undefined
}

function withEnabled(data: TomlTable, list: TomlValue[]): TomlTable {
  return { ...data, settings: { ...(tableAt(data, 'settings') ?? {}), default_enabled: list } }
}

/** Removes every `slug` element of settings.default_enabled (no change when it is not listed). */
export function removeDefaultEnabled(text: string, file: string, slug: string): EditResult {
  const first = loadForEdit(text, file)
  if (Array.isArray(first)) return { ok: false, diagnostics: first }
  const original = first
  let ctx: EditDoc = first
  const list = enabledOf(ctx.data)
  if (!list || !list.includes(slug)) return { ok: true, text, data: ctx.data }
  let current = text
  for (let guard = 0; guard <= list.length; guard++) {
    const kv = enabledStatement(ctx)
    if (!kv || ctx.text[kv.valueStart] !== '[') return { ok: false, diagnostics: [refusal(file, '`settings.default_enabled` is not written as `default_enabled = [...]`')] }
    const arr = scanArray(ctx.text, kv.valueStart)
    const i = arr.elements.findIndex((e) => stringAt(ctx.text, e.start, e.end) === slug)
    if (i < 0) break
    current = apply(ctx.text, removeElement(ctx.text, arr, i))
    const next = loadForEdit(current, file)
    if (Array.isArray(next)) return { ok: false, diagnostics: [refusal(file, 'removing an element of default_enabled broke the document')] }
    ctx = next
  }
  return verify(original, current, withEnabled(original.data, list.filter((s) => s !== slug)))
}

/** Is element `i` alone on its line (nothing but white space, its comma and a comment around it)? */
function alone(s: string, arr: ReturnType<typeof scanArray>, i: number): boolean {
  const e = arr.elements[i]!
  const start = lineStartOf(s, e.start)
  if (start <= arr.open || !/^[ \t]*$/.test(s.slice(start, e.start))) return false
  let j = e.comma >= 0 ? e.comma + 1 : e.end
  if (e.comma >= 0 && !/^[ \t]*$/.test(s.slice(e.end, e.comma))) return false
  while (s[j] === ' ' || s[j] === '\t') j++
  if (s[j] === '#') return arr.close > j && s.indexOf('\n', j) < arr.close
  return s[j] === '\n' || (s[j] === '\r' && s[j + 1] === '\n')
}

function removeElement(s: string, arr: ReturnType<typeof scanArray>, i: number): Splice[] {
  const els = arr.elements
  const e = els[i]!
  const k = els.length
  if (alone(s, arr, i)) {
    const out: Splice[] = [{ start: lineStartOf(s, e.start), end: lineEndOf(s, e.start), insert: '' }]
    const prev = els[i - 1]
    if (i === k - 1 && e.comma < 0 && prev && prev.comma >= 0) out.push({ start: prev.comma, end: prev.comma + 1, insert: '' })
    return out
  }
  if (k === 1) {
    const inner = s.slice(arr.open + 1, e.start) + s.slice(e.comma >= 0 ? e.comma + 1 : e.end, arr.close)
    if (/^[ \t]*$/.test(inner)) return [{ start: arr.open + 1, end: arr.close, insert: '' }]
    return [{ start: e.start, end: e.comma >= 0 ? e.comma + 1 : e.end, insert: '' }]
  }
  if (i < k - 1) return [{ start: e.start, end: els[i + 1]!.start, insert: '' }]
  return [{ start: els[i - 1]!.end, end: e.end, insert: '' }]
}

/** Appends `slug` to settings.default_enabled in the array's own style (no change when listed). */
export function addDefaultEnabled(text: string, file: string, slug: string): EditResult {
  const ctx = loadForEdit(text, file)
  if (Array.isArray(ctx)) return { ok: false, diagnostics: ctx }
  const list = enabledOf(ctx.data)
  if (list?.includes(slug)) return { ok: true, text, data: ctx.data }
  const s = ctx.text
  const kv = enabledStatement(ctx)
  const intended = withEnabled(ctx.data, [...(list ?? []), slug])
  const value = tomlString(slug)
  if (!kv) {
    if (list !== undefined || (ctx.data.settings !== undefined && !isTable(ctx.data.settings))) return { ok: false, diagnostics: [refusal(file, '`settings.default_enabled` is not written as `default_enabled = [...]`')] }
    const header = ctx.stmts.find((st) => st.kind === 'header' && st.path.length === 1 && st.path[0] === 'settings')
    if (header) return verify(ctx, apply(s, [insertLines(ctx, header.lineEnd, [`default_enabled = [${value}]`])]), intended)
    const needBreak = s.length > 0 && !s.endsWith('\n')
    return verify(ctx, apply(s, [{ start: s.length, end: s.length, insert: `${needBreak ? ctx.eol : ''}${ctx.eol}[settings]${ctx.eol}default_enabled = [${value}]${ctx.eol}` }]), intended)
  }
  if (s[kv.valueStart] !== '[') return { ok: false, diagnostics: [refusal(file, '`settings.default_enabled` is not an array')] }
  const arr = scanArray(s, kv.valueStart)
  const els = arr.elements
  const splices: Splice[] = []
  if (!els.length) {
    const inner = s.slice(arr.open + 1, arr.close)
    const closeLine = lineStartOf(s, arr.close)
    if (inner.includes('\n') && closeLine > arr.open && /^[ \t]*$/.test(s.slice(closeLine, arr.close))) {
      const indent = s.slice(closeLine, arr.close) + '    '
      splices.push({ start: closeLine, end: closeLine, insert: `${indent}${value},${ctx.eol}` })
    } else if (/^[ \t]*$/.test(inner)) splices.push({ start: arr.open + 1, end: arr.close, insert: value })
    else splices.push({ start: arr.open + 1, end: arr.open + 1, insert: value })
  } else {
    const lastI = els.length - 1
    const last = els[lastI]!
    if (alone(s, arr, lastI)) {
      const lineStart = lineStartOf(s, last.start)
      const indent = s.slice(lineStart, last.start)
      const comma = last.comma >= 0
      if (!comma) splices.push({ start: last.end, end: last.end, insert: ',' })
      const at = lineEndOf(s, last.start)
      splices.push({ start: at, end: at, insert: `${indent}${value}${comma ? ',' : ''}${ctx.eol}` })
    } else {
      const prev = els[lastI - 1]
      const between = prev ? s.slice(prev.end, last.start) : ''
      const sep = prev && /^[ \t]*,[ \t]*$/.test(between) ? between : ', '
      splices.push({ start: last.end, end: last.end, insert: `${sep}${value}` })
    }
  }
  return verify(ctx, apply(s, splices), intended)
}
