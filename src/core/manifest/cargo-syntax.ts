/**
 * The grammar of Cargo versions and version requirements, rule for rule as the Rust `semver` crate
 * (1.0.x, the parser Cargo uses) — the same accepted inputs, the same error messages (worded in
 * cargo-errors.ts). cargo-semver.ts converts what this parses into node-semver ranges. Pure, no I/O.
 */
// The classes alone, not semver's index (which loads and builds every function and class it has).
import type Range from 'semver/classes/range.js'
import SemVer from 'semver/classes/semver.js'
import { fail, MAX_COMPARATORS, MAX_NUMBER, MAX_VERSION_LENGTH, ParseFailure, versionHint, type Position } from './cargo-errors.js'

export type CargoReqResult =
  | { ok: true; range: Range; npm: string; warnings?: string[] }
  | { ok: false; reason: string }

export type CargoVersionResult = { ok: true; version: SemVer } | { ok: false; reason: string }

type Op = '=' | '>' | '>=' | '<' | '<=' | '~' | '^' | '*'

export interface Comparator {
  op: Op
  major: number
  minor: number | undefined
  patch: number | undefined
  pre: string
  build: string
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
