/**
 * How a Cargo version or requirement can be wrong, in words: the limits (the `semver` crate's and
 * this tool's), the crate's error kinds with its messages word for word (what cargo-syntax.ts
 * throws), and the hints this tool appends for the usual npm-isms and typos. Pure, no I/O.
 */

/** The `semver` crate refuses requirements with more comparators than this. */
export const MAX_COMPARATORS = 32
/** Largest version number (and numeric pre-release identifier) the `semver` library handles. */
export const MAX_NUMBER = Number.MAX_SAFE_INTEGER
/** Longest version string the `semver` library accepts. */
export const MAX_VERSION_LENGTH = 256

export type Position =
  | 'major version number'
  | 'minor version number'
  | 'patch version number'
  | 'pre-release identifier'
  | 'build metadata'

export type ErrorKind =
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

export const fail = {
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

/** A hint appended to the crate's message for a version that does not parse. */
export function versionHint(v: string): string {
  const t = v.trim()
  if (t !== v && t !== '') return ' (remove the surrounding whitespace)'
  if (/^[vV]\d/.test(t)) return ` (Cargo versions have no "v" prefix: write "${t.slice(1)}")`
  if (/^[=^~<>]/.test(t)) return ' (a version, not a version requirement, is expected here)'
  if (/^\d+(\.\d+)?$/.test(t)) return ' (a version needs all three numbers: major.minor.patch)'
  return ''
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
    if (e.found !== undefined && (/^[0-9]$/.test(e.found) || '=<>~^*xX'.includes(e.found))) {
      return 'comparators must be separated by commas (">=1, <2"); space-separated comparators are npm syntax'
    }
  }
  if (e.kind === 'UnexpectedChar' && e.found !== undefined && '=<>~^'.includes(e.found)) {
    return 'unknown operator; Cargo knows =, >, >=, <, <=, ~, ^ and none (caret)'
  }
  return ''
}

