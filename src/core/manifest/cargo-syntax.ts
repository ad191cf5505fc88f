/**
 * The grammar of Cargo versions and version requirements, rule for rule as the Rust `semver` crate
 * (1.0.x, the parser Cargo uses) — the same accepted inputs, the same error messages. cargo-semver.ts
 * converts what this parses into node-semver ranges. Pure, no I/O.
 */
// The classes alone, not semver's index (which loads and builds every function and class it has).
import type Range from 'semver/classes/range.js'
import SemVer from 'semver/classes/semver.js'

export type CargoReqResult =
  | { ok: true; range: Range; npm: string; warnings?: string[] }
  | { ok: false; reason: string }

export type CargoVersionResult = { ok: true; version: SemVer } | { ok: false; reason: string }

/** The `semver` crate refuses requirements with more comparators than this. */
export const MAX_COMPARATORS = 32
/** Largest version number (and numeric pre-release identifier) the `semver` library handles. */
export const MAX_NUMBER = Number.MAX_SAFE_INTEGER
/** Longest version string the `semver` library accepts. */
export const MAX_VERSION_LENGTH = 256

type Position =
  | 'major version number'
  | 'minor version number'
  | 'patch version number'
  | 'pre-release identifier'
  | 'build metadata'

type Op = '=' | '>' | '>=' | '<' | '<=' | '~' | '^' | '*'

export interface Comparator {
  op: Op
  major: number
  minor: number | undefined
  patch: number | undefined
  pre: string
  build: string
}

type ErrorKind =
  | 'Empty'
  | 'UnexpectedEnd'
  | 'UnexpectedChar'
  | 'UnexpectedCharAfter'
  | 'ExpectedCommaFound'
  | 'LeadingZero'
  | 'Overflow'
  | 'EmptySegment'
  | 'WildcardNotTheOnlyComparator'
  | 'UnexpectedAfterWildcard'
  | 'ExcessiveComparators'
  | 'TooLarge'

/** Internal: parse failure, with the kind (for hints) and a message worded like the crate's. */
export class ParseFailure {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
    readonly found?: string
  ) {}
}

const quote = (ch: string): string => {
  const json = JSON.stringify(ch)
  return `'${json.slice(1, -1).replace(/'/g, "\\'")}'`
}

const fail = {
  empty: () => new ParseFailure('Empty', 'empty string, expected a semver version'),
  unexpectedEnd: (pos: Position) =>
    new ParseFailure('UnexpectedEnd', `unexpected end of input while parsing ${pos}`),
  unexpectedChar: (pos: Position, ch: string) =>
    new ParseFailure('UnexpectedChar', `unexpected character ${quote(ch)} while parsing ${pos}`, ch),
  unexpectedCharAfter: (pos: Position, ch: string) =>
    new ParseFailure('UnexpectedCharAfter', `unexpected character ${quote(ch)} after ${pos}`, ch),
  expectedCommaFound: (pos: Position, ch: string) =>
    new ParseFailure('ExpectedCommaFound', `expected comma after ${pos}, found ${quote(ch)}`, ch),
  leadingZero: (pos: Position) => new ParseFailure('LeadingZero', `invalid leading zero in ${pos}`),
  overflow: (pos: Position) => new ParseFailure('Overflow', `value of ${pos} exceeds u64::MAX`),
  emptySegment: (pos: Position) =>
    new ParseFailure('EmptySegment', `empty identifier segment in ${pos}`),
  wildcardNotOnly: (ch: string) =>
    new ParseFailure(
      'WildcardNotTheOnlyComparator',
      `wildcard req (${ch}) must be the only comparator in the version req`,
      ch
    ),
  unexpectedAfterWildcard: () =>
    new ParseFailure('UnexpectedAfterWildcard', 'unexpected character after wildcard in version req'),
  excessive: () => new ParseFailure('ExcessiveComparators', 'excessive number of version comparators'),
  tooLarge: (what: string) => new ParseFailure('TooLarge', what)
}

/** One code point at `i` (so error messages quote whole characters). */
const charAt = (s: string, i: number): string => String.fromCodePoint(s.codePointAt(i) ?? 0)

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isIdentChar = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '-')
const isWildcard = (c: string | undefined): boolean => c === '*' || c === 'x' || c === 'X'

/** The crate trims only U+0020, not tabs or newlines. */
const skipSpaces = (s: string, i: number): number => {
  while (s[i] === ' ') i++
  return i
}

const U64_MAX = '18446744073709551615'

/** A number without leading zeros. Returns [value, next index]. */
function numericIdentifier(s: string, i: number, pos: Position): [number, number] {
  let j = i
  while (isDigit(s[j])) {
    if (s[i] === '0' && j > i) throw fail.leadingZero(pos)
    j++
  }
  if (j === i) {
    if (i < s.length) throw fail.unexpectedChar(pos, charAt(s, i))
    throw fail.unexpectedEnd(pos)
  }
  const digits = s.slice(i, j)
  if (digits.length > U64_MAX.length || (digits.length === U64_MAX.length && digits > U64_MAX)) {
    throw fail.overflow(pos)
  }
  const value = Number(digits)
  if (value > MAX_NUMBER) {
    throw fail.tooLarge(
      `value of ${pos} exceeds ${MAX_NUMBER}, the largest this tool supports (Cargo allows up to u64::MAX)`
    )
  }
  return [value, j]
}

/**
 * Dot-separated [0-9A-Za-z-] segments, as the crate reads them: may be empty (returns ''), an empty
 * segment is an error, numeric pre-release segments may not have leading zeros.
 */
function identifier(s: string, i: number, pos: Position): [string, number] {
  let acc = 0
  let seg = 0
  let nonDigit = false
  for (;;) {
    const c = s[i + acc + seg]
    if (isIdentChar(c)) {
      seg++
      if (!isDigit(c)) nonDigit = true
      continue
    }
    if (seg === 0) {
      if (acc === 0 && c !== '.') return ['', i]
      throw fail.emptySegment(pos)
    }
    if (pos === 'pre-release identifier' && !nonDigit) {
      if (seg > 1 && s[i + acc] === '0') throw fail.leadingZero(pos)
      if (Number(s.slice(i + acc, i + acc + seg)) > MAX_NUMBER) {
        throw fail.tooLarge(
          `numeric pre-release identifier exceeds ${MAX_NUMBER}, the largest this tool supports`
        )
      }
    }
    acc += seg
    if (c === '.') {
      acc++
      seg = 0
      nonDigit = false
    } else {
      return [s.slice(i, i + acc), i + acc]
    }
  }
}

function parseVersionText(s: string): { major: number; minor: number; patch: number; pre: string; build: string } {
  if (s === '') throw fail.empty()
  let pos: Position = 'major version number'
  const dot = (i: number): number => {
    if (s[i] === '.') return i + 1
    if (i < s.length) throw fail.unexpectedCharAfter(pos, charAt(s, i))
    throw fail.unexpectedEnd(pos)
  }
  let i: number
  let major: number, minor: number, patch: number
  ;[major, i] = numericIdentifier(s, 0, pos)
  i = dot(i)
  pos = 'minor version number'
  ;[minor, i] = numericIdentifier(s, i, pos)
  i = dot(i)
  pos = 'patch version number'
  ;[patch, i] = numericIdentifier(s, i, pos)
  let pre = ''
  let build = ''
  if (s[i] === '-') {
    pos = 'pre-release identifier'
    ;[pre, i] = identifier(s, i + 1, pos)
    if (pre === '') throw fail.emptySegment(pos)
  }
  if (s[i] === '+') {
    pos = 'build metadata'
    ;[build, i] = identifier(s, i + 1, pos)
    if (build === '') throw fail.emptySegment(pos)
  }
  if (i < s.length) throw fail.unexpectedCharAfter(pos, charAt(s, i))
  return { major, minor, patch, pre, build }
}

/**
 * Parses a Cargo (semver 2.0) version: `1.2.3`, `1.2.3-alpha.1`, `1.2.3+build.5`.
 * No `v` prefix, no partial versions, no surrounding whitespace, no leading zeros.
 */
export function parseCargoVersion(v: string): CargoVersionResult {
  if (typeof v !== 'string') return { ok: false, reason: 'version must be a string' }
  return remember(versionCache, v, parseVersion)
}

const versionCache = new Map<string, CargoVersionResult>()

/**
 * `f(key)`, computed once per key while `cache` holds it (it is emptied when it reaches `limit`
 * entries, so hostile input cannot grow it without bound). For the pure parsers here, whose results
 * are frozen and shared: thousands of package manifests repeat the same few versions.
 */
export function remember<T extends object>(cache: Map<string, T>, key: string, f: (key: string) => T, limit = 4096): T {
  let r = cache.get(key)
  if (r === undefined) {
    if (cache.size >= limit) cache.clear()
    r = Object.freeze(f(key))
    cache.set(key, r)
  }
  return r
}

function parseVersion(v: string): CargoVersionResult {
  try {
    parseVersionText(v)
  } catch (e) {
    if (e instanceof ParseFailure) {
      return { ok: false, reason: `"${v}" is not a valid Cargo version: ${e.message}${versionHint(v)}` }
    }
    throw e
  }
  if (v.length > MAX_VERSION_LENGTH) {
    return {
      ok: false,
      reason: `"${v.slice(0, 40)}…" is longer than ${MAX_VERSION_LENGTH} characters, the longest version this tool supports`
    }
  }
  try {
    return { ok: true, version: new SemVer(v) }
  } catch (e) {
    // Not expected: the grammar above is stricter than the library's.
    return { ok: false, reason: `"${v}" is not a valid Cargo version: ${(e as Error).message}` }
  }
}

export function isCargoVersion(v: string): boolean {
  return parseCargoVersion(v).ok
}

function versionHint(v: string): string {
  const t = v.trim()
  if (t !== v && t !== '') return ' (remove the surrounding whitespace)'
  if (/^[vV]\d/.test(t)) return ` (Cargo versions have no "v" prefix: write "${t.slice(1)}")`
  if (/^[=^~<>]/.test(t)) return ' (a version, not a version requirement, is expected here)'
  if (/^\d+(\.\d+)?$/.test(t)) return ' (a version needs all three numbers: major.minor.patch)'
  return ''
}

/** One comparator of a requirement, as the crate reads it. Returns the comparator, the last position and the next index. */
function parseComparator(s: string, start: number): [Comparator, Position, number] {
  let i = start
  let op: Op = '^'
  let defaultOp = false
  const c0 = s[i]
  const c1 = s[i + 1]
  if (c0 === '=') {
    op = '='
    i += 1
  } else if (c0 === '>') {
    op = c1 === '=' ? '>=' : '>'
    i += op.length
  } else if (c0 === '<') {
    op = c1 === '=' ? '<=' : '<'
    i += op.length
  } else if (c0 === '~') {
    op = '~'
    i += 1
  } else if (c0 === '^') {
    op = '^'
    i += 1
  } else {
    defaultOp = true
  }
  i = skipSpaces(s, i)

  let pos: Position = 'major version number'
  let major: number
  ;[major, i] = numericIdentifier(s, i, pos)

  let minor: number | undefined
  let patch: number | undefined
  let hasWildcard = false
  if (s[i] === '.') {
    i++
    pos = 'minor version number'
    if (isWildcard(s[i])) {
      i++
      hasWildcard = true
      if (defaultOp) op = '*'
    } else {
      ;[minor, i] = numericIdentifier(s, i, pos)
    }
  }
  if (s[i] === '.') {
    i++
    pos = 'patch version number'
    if (isWildcard(s[i])) {
      i++
      if (defaultOp) op = '*'
    } else if (hasWildcard) {
      throw fail.unexpectedAfterWildcard()
    } else {
      ;[patch, i] = numericIdentifier(s, i, pos)
    }
  }

  let pre = ''
  let build = ''
  if (patch !== undefined && s[i] === '-') {
    pos = 'pre-release identifier'
    ;[pre, i] = identifier(s, i + 1, pos)
    if (pre === '') throw fail.emptySegment(pos)
  }
  if (patch !== undefined && s[i] === '+') {
    pos = 'build metadata'
    ;[build, i] = identifier(s, i + 1, pos)
    if (build === '') throw fail.emptySegment(pos)
  }
  i = skipSpaces(s, i)
  return [{ op, major, minor, patch, pre, build }, pos, i]
}

/** The comparators of `s`; [] means `*` (any non-pre-release version). */
export function parseReqText(s: string): Comparator[] {
  let i = skipSpaces(s, 0)
  if (isWildcard(s[i])) {
    const ch = s[i] as string
    const rest = skipSpaces(s, i + 1)
    if (rest === s.length) return []
    if (s[rest] === ',') throw fail.wildcardNotOnly(ch)
    throw fail.unexpectedAfterWildcard()
  }
  const out: Comparator[] = []
  for (;;) {
    let cmp: Comparator
    let pos: Position
    try {
      ;[cmp, pos, i] = parseComparator(s, i)
    } catch (e) {
      if (e instanceof ParseFailure && isWildcard(s[i])) {
        const rest = skipSpaces(s, i + 1)
        if (rest === s.length || s[rest] === ',') throw fail.wildcardNotOnly(s[i] as string)
      }
      throw e
    }
    out.push(cmp)
    if (i === s.length) return out
    if (s[i] !== ',') throw fail.expectedCommaFound(pos, charAt(s, i))
    i = skipSpaces(s, i + 1)
    if (out.length === MAX_COMPARATORS) throw fail.excessive()
  }
}

/** A friendlier explanation for the usual npm-isms and typos, appended to the crate's message. */
export function reqHint(req: string, e: ParseFailure): string {
  const t = req.trim()
  if (t === '') return 'the requirement is empty; use "*" to accept any version'
  if (req.includes('|')) {
    return '"||" is npm syntax; a Cargo requirement cannot express "either/or" — every comma-separated comparator must match'
  }
  if (/^latest$/i.test(t)) return '"latest" is not a Cargo requirement; use "*" or a caret requirement such as "1.2"'
  if (/(^|[\s,=<>~^])[vV]\d/.test(req)) return 'Cargo versions have no "v" prefix: write "1.2.3", not "v1.2.3"'
  if (/[\t\n\r\f\v\u00a0]/.test(req)) return 'only spaces may separate operators, versions and commas'
  if (/^\s*,/.test(req)) return 'leading comma: the requirement starts with an empty comparator'
  if (/,\s*$/.test(req)) return 'trailing comma: the requirement ends with an empty comparator'
  if (/,\s*,/.test(req)) return 'two commas in a row: empty comparator'
  if (e.kind === 'ExcessiveComparators') {
    return `more than ${MAX_COMPARATORS} comparators (the limit of the semver crate Cargo uses)`
  }
  if (e.kind === 'ExpectedCommaFound') {
    if (e.found === '-' && /\s-/.test(req)) {
      return 'hyphen ranges ("1 - 2") are npm syntax; write ">=1, <=2"'
    }
    if (e.found === '-' || e.found === '+') {
      return 'a pre-release or build metadata needs a full major.minor.patch version, e.g. "1.2.0-alpha"'
    }
    if (e.found !== undefined && (isDigit(e.found) || '=<>~^*xX'.includes(e.found))) {
      return 'comparators must be separated by commas (">=1, <2"); space-separated comparators are npm syntax'
    }
  }
  if (e.kind === 'UnexpectedChar' && e.found !== undefined && '=<>~^'.includes(e.found)) {
    return 'unknown operator; Cargo knows =, >, >=, <, <=, ~, ^ and none (caret)'
  }
  return ''
}

