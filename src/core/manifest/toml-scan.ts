/**
 * A statement scanner for surgical TOML edits: the source offsets of every table header and every
 * top-level key/value line, and of the elements of one array. The key index (manifest/locate.ts)
 * answers "which line and column"; an edit also needs "which bytes": where a statement's line
 * starts, where its value ends, where its line (trailing comment and line break included) ends.
 *
 * The input is TOML that parseToml already accepted, so the scanner relies on that; anything it
 * does not expect throws a ToolError edit-verification-failed, and the editor refuses rather than guessing. One pass, no
 * regular expressions over the text; nesting recurses at most as deep as parseToml allows (64).
 */

import { ToolError } from '../diagnostics/errors.js'

/** The layout is not what the scanner expects: the edit is refused (exit 1), never guessed. */
const scanError = (message: string): ToolError => new ToolError('edit-verification-failed', message)

export interface Header {
  kind: 'header'
  /** The table's key path (`[modules.blog]` → ["modules", "blog"]). */
  path: string[]
  /** `[[…]]`. */
  array: boolean
  /** Offset of the first character of the header's line. */
  lineStart: number
  /** Offset just past the line break that ends the header's line (or the end of the text). */
  lineEnd: number
}

export interface KeyVal {
  kind: 'keyval'
  /** Full key path: the table's path followed by the (dotted) key. */
  path: string[]
  /** The path of the table the line belongs to. */
  table: string[]
  lineStart: number
  keyStart: number
  keyEnd: number
  valueStart: number
  /** Offset just past the value (trailing spaces and a comment excluded). */
  valueEnd: number
  /** Offset just past the line break after the value (or the end of the text). */
  lineEnd: number
}

export type Statement = Header | KeyVal

export interface ArrayElement {
  start: number
  end: number
  /** Offset of the comma after the element, or -1. */
  comma: number
}

export interface ArrayLayout {
  /** Offset of `[`. */
  open: number
  /** Offset of `]`. */
  close: number
  elements: ArrayElement[]
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t'
const isBare = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-'

/** Every header and top-level key/value statement, in source order. */
export function scanStatements(s: string): Statement[] {
  const out: Statement[] = []
  let table: string[] = []
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    i = skipVoid(s, i)
    if (i >= s.length) return out
    const lineStart = s.lastIndexOf('\n', i - 1) + 1
    if (s[i] === '[') {
      const array = s[i + 1] === '['
      i += array ? 2 : 1
      const key = readKey(s, i)
      i = skipSpaces(s, key.end)
      if (s[i] !== ']' || (array && s[i + 1] !== ']')) throw scanError(`unexpected character at offset ${i} in a table header`)
      i += array ? 2 : 1
      const lineEnd = toLineEnd(s, i)
      table = key.segments
      out.push({ kind: 'header', path: key.segments, array, lineStart, lineEnd })
      i = lineEnd
      continue
    }
    const key = readKey(s, i)
    let j = skipSpaces(s, key.end)
    if (s[j] !== '=') throw scanError(`expected '=' at offset ${j}`)
    j = skipSpaces(s, j + 1)
    const valueEnd = skipValue(s, j)
    const lineEnd = toLineEnd(s, valueEnd)
    out.push({ kind: 'keyval', path: [...table, ...key.segments], table, lineStart, keyStart: i, keyEnd: key.end, valueStart: j, valueEnd, lineEnd })
    i = lineEnd
  }
}

/** The elements of the array whose `[` is at `open`. */
export function scanArray(s: string, open: number): ArrayLayout {
  if (s[open] !== '[') throw scanError(`no array at offset ${open}`)
  const elements: ArrayElement[] = []
  let i = open + 1
  for (;;) {
    i = skipVoid(s, i)
    if (i >= s.length) throw scanError('unterminated array')
    if (s[i] === ']') return { open, close: i, elements }
    const start = i
    const end = skipValue(s, i)
    i = skipVoid(s, end)
    let comma = -1
    if (s[i] === ',') {
      comma = i
      i++
    } else if (s[i] !== ']') throw scanError(`expected ',' or ']' at offset ${i}`)
    elements.push({ start, end, comma })
  }
}

/** The string value of a basic or literal TOML string starting at `start` (not multi-line), or null. */
export function stringAt(s: string, start: number, end: number): string | null {
  const q = s[start]
  if ((q !== '"' && q !== "'") || s[end - 1] !== q || end - start < 2) return null
  if (s.startsWith(q.repeat(3), start)) return null
  return q === "'" ? s.slice(start + 1, end - 1) : decodeBasic(s.slice(start + 1, end - 1))
}

function skipSpaces(s: string, i: number): number {
  while (isSpace(s[i])) i++
  return i
}

/** Skips white space, line breaks and comments. */
function skipVoid(s: string, i: number): number {
  for (;;) {
    const c = s[i]
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
    else if (c === '#') {
      const eol = s.indexOf('\n', i)
      i = eol < 0 ? s.length : eol + 1
    } else return i
  }
}

/** After a statement: spaces, an optional comment, the line break. Returns the offset past it. */
function toLineEnd(s: string, i: number): number {
  i = skipSpaces(s, i)
  if (s[i] === '#') {
    const eol = s.indexOf('\n', i)
    return eol < 0 ? s.length : eol + 1
  }
  if (i >= s.length) return i
  if (s[i] === '\n') return i + 1
  if (s[i] === '\r' && s[i + 1] === '\n') return i + 2
  throw scanError(`unexpected character at offset ${i} after a statement`)
}

function readKey(s: string, i: number): { segments: string[]; end: number } {
  const segments: string[] = []
  for (;;) {
    i = skipSpaces(s, i)
    const c = s[i]
    if (c === '"' || c === "'") {
      const end = skipString(s, i)
      const v = stringAt(s, i, end)
      if (v === null) throw scanError(`malformed quoted key at offset ${i}`)
      segments.push(v)
      i = end
    } else {
      const start = i
      while (i < s.length && isBare(s[i]!)) i++
      if (i === start) throw scanError(`expected a key at offset ${i}`)
      segments.push(s.slice(start, i))
    }
    const j = skipSpaces(s, i)
    if (s[j] !== '.') return { segments, end: i }
    i = j + 1
  }
}

function skipString(s: string, i: number): number {
  const q = s[i]!
  const triple = q.repeat(3)
  if (s.startsWith(triple, i)) {
    let j = i + 3
    for (;;) {
      if (j >= s.length) throw scanError('unterminated multi-line string')
      if (q === '"' && s[j] === '\\') j += 2
      else if (s.startsWith(triple, j)) {
        j += 3
        // Up to two more quotes belong to the content.
        if (s[j] === q) j++
        if (s[j] === q) j++
        return j
      } else j++
    }
  }
  let j = i + 1
  for (;;) {
    const c = s[j]
    if (c === undefined || c === '\n') throw scanError('unterminated string')
    if (c === q) return j + 1
    j += c === '\\' && q === '"' ? 2 : 1
  }
}

/** Skips one value starting at `i`; returns the offset just past it. */
function skipValue(s: string, i: number): number {
  const c = s[i]
  if (c === '"' || c === "'") return skipString(s, i)
  if (c === '[') return scanArray(s, i).close + 1
  if (c === '{') {
    i++
    for (;;) {
      i = skipVoid(s, i)
      if (s[i] === '}') return i + 1
      const key = readKey(s, i)
      i = skipSpaces(s, key.end)
      if (s[i] !== '=') throw scanError(`expected '=' at offset ${i}`)
      i = skipValue(s, skipSpaces(s, i + 1))
      i = skipVoid(s, i)
      if (s[i] === ',') i++
      else if (s[i] !== '}') throw scanError(`expected ',' or '}' at offset ${i}`)
    }
  }
  // Number, boolean or date-time (which may contain a space): up to a delimiter.
  let j = i
  while (j < s.length && !',]}#\r\n'.includes(s[j]!)) j++
  while (j > i && isSpace(s[j - 1])) j--
  if (j === i) throw scanError(`expected a value at offset ${i}`)
  return j
}

const SHORT_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' }

function decodeBasic(body: string): string | null {
  let out = ''
  for (let i = 0; i < body.length; ) {
    const c = body[i]!
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const e = body[i + 1] ?? ''
    if (SHORT_ESCAPES[e] !== undefined) {
      out += SHORT_ESCAPES[e]
      i += 2
      continue
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
    const hex = body.slice(i + 2, i + 2 + len)
    if (len === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) return null
    const cp = Number.parseInt(hex, 16)
    if (cp > 0x10ffff) return null
    out += String.fromCodePoint(cp)
    i += 2 + len
  }
  return out
}
