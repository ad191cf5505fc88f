/**
 * TOML key locator: maps key paths of a document to source positions, so validation diagnostics
 * can point at the offending key. smol-toml only reports positions for syntax errors.
 *
 * The input is TOML that smol-toml already accepted; the scanner relies on that (it does not
 * validate) but never throws: on anything unexpected it stops and keeps what it indexed so far.
 * One linear pass, no backtracking regular expressions (its few are single character classes:
 * BARE_RUN…), no recursion (nesting uses an explicit stack). The pass stores plain numbers only (a tree of key ranges in the source, in one growing
 * Int32Array: key-tree.ts); key strings are decoded lazily, per table, the first time a lookup goes through that
 * table, so the first `get` below a table with many entries pays for that table once.
 *
 * Where a path points:
 *  - a key (bare or quoted, in a `key = value`, an inline table or a table header): the first
 *    character of the key segment that is the path's last element. For `a."b.c".d = 1`, ["a"] is
 *    at `a`, ["a","b.c"] at `"b.c"` and ["a","b.c","d"] at `d`; for `[build.server]`, ["build"] is
 *    at `build` and ["build","server"] at `server`.
 *  - an array element (numeric last segment): the element's first character (`"`, `{`, a digit…).
 *  - an array of tables `[[a.b]]`: ["a","b"] is the `b` of the first such header, ["a","b",n] the
 *    `b` of the n-th header (0-based). Later headers follow TOML: `[a.b.c]` / `[[a.b.c]]` after
 *    `[[a.b]]` refer to its last entry.
 *  - A path defined several times keeps its first explicit definition (a header's last segment);
 *    implicit definitions (the leading segments of a dotted key or header) only count until an
 *    explicit one appears: in `[a.b]` … `[a]`, ["a"] is at the second header.
 *
 * Lines are 1-based and split at LF (a CRLF line ending is one line break). Columns are 1-based
 * and counted in Unicode code points (a character outside the BMP, such as an emoji, counts once;
 * GitHub annotations and editors count characters, not UTF-16 units). A leading BOM is not counted.
 */
import type { Location } from '../diagnostics/diagnostic.js'
import { COLUMN, decodeKey, FLAGS, IMPLICIT, INDEX, KEY_START, LAST_CHILD, LINE, TABLE_ARRAY, Tree } from './key-tree.js'

export type KeyPath = ReadonlyArray<string | number>

export interface KeyIndex {
  /**
   * Location (1-based line; 1-based column counted in Unicode code points) of the key that
   * defines `path`, or for a numeric last segment the array element / array-of-tables entry.
   */
  get(path: KeyPath): Location | undefined
  /** The location of the longest prefix of `path` that is indexed (undefined if none). */
  nearest(path: KeyPath): Location | undefined
}

const enum C {
  TAB = 0x09,
  LF = 0x0a,
  CR = 0x0d,
  SPACE = 0x20,
  QUOTE = 0x22,
  HASH = 0x23,
  APOS = 0x27,
  COMMA = 0x2c,
  DOT = 0x2e,
  EQ = 0x3d,
  LBRACKET = 0x5b,
  BACKSLASH = 0x5c,
  RBRACKET = 0x5d,
  LBRACE = 0x7b,
  RBRACE = 0x7d
}

export function indexKeys(source: string): KeyIndex {
  const tree = new Tree(source)
  try {
    scan(source, tree)
  } catch {
    // Never throw: keep what was indexed before the surprise.
  }
  const find = (path: KeyPath, nearest: boolean): Location | undefined => {
    let node = 0
    let found = -1
    try {
      for (const segment of path) {
        node = tree.lookup(node, segment)
        if (node < 0) break
        found = node
      }
    } catch {
      return undefined
    }
    if (found < 0 || (!nearest && node < 0)) return undefined
    return { line: tree.get(found, LINE), column: tree.get(found, COLUMN) }
  }
  return {
    get: (path) => find(path, false),
    nearest: (path) => find(path, true)
  }
}

/**
 * The scan's longest runs, each taken in one native step: a bare key up to a delimiter, a scalar
 * up to its end, the plain characters of a one-line basic or literal string. Each pattern is one
 * character class under a star: linear, nothing to backtrack, no stack that grows with the run.
 * As character loops in JavaScript these made the scan of a large Cargo.toml hot enough for V8 to
 * compile it with TurboFan in the background, a job the process then waited for at exit (~20 ms
 * of `check` on RusToK, whose findings are in apps/server/Cargo.toml).
 */
const BARE_RUN = /[^ \t.=\n\r[\]#"'{},]*/y
const SCALAR_RUN = /[^,\]}#\n\r]*/y
const BASIC_RUN = /[^"\\\n]*/y
const LITERAL_RUN = /[^'\n]*/y

/** Where the run of `re` (sticky, may be empty) starting at `i` ends. */
function runEnd(re: RegExp, s: string, i: number): number {
  re.lastIndex = i
  return re.test(s) ? re.lastIndex : i
}

function scan(s: string, tree: Tree): void {
  const n = s.length
  const bom = s.charCodeAt(0) === 0xfeff ? 1 : 0
  let i = bom

  // Offset → line/column, advanced incrementally: positions are taken in increasing order.
  // Without surrogate pairs a column is a plain offset difference.
  const astral = /[\uD800-\uDBFF]/.test(s)
  let curOffset = bom
  let curLine = 1
  let lineStart = bom
  let curColumn = 1
  let nextEol = s.indexOf('\n', bom)
  let line = 1
  let column = 1
  const locate = (offset: number): void => {
    if (offset < curOffset) {
      curOffset = lineStart = bom
      curLine = curColumn = 1
      nextEol = s.indexOf('\n', bom)
    }
    if (!astral) {
      while (nextEol >= 0 && nextEol < offset) {
        curLine++
        lineStart = nextEol + 1
        nextEol = s.indexOf('\n', lineStart)
      }
      curOffset = offset
      line = curLine
      column = offset - lineStart + 1
      return
    }
    for (; curOffset < offset; curOffset++) {
      const c = s.charCodeAt(curOffset)
      if (c === C.LF) {
        curLine++
        curColumn = 1
      } else if (c < 0xdc00 || c > 0xdfff) {
        // A low surrogate is the second half of a code point already counted.
        curColumn++
      }
    }
    line = curLine
    column = curColumn
  }

  const add = (parent: number, keyStart: number, keyEnd: number, flags: number, at: number): number => {
    locate(at)
    return tree.add(parent, keyStart, keyEnd, flags, line, column)
  }

  /** The child `start..end` of `parent`, created if missing; an explicit use overrides an implicit one. */
  const child = (parent: number, start: number, end: number, implicit: boolean): number => {
    const key = decodeKey(s, start, end)
    if (key === null) return -1
    const found = tree.lookup(parent, key)
    if (found < 0) return add(parent, start, end, implicit ? IMPLICIT : 0, start)
    const flags = tree.get(found, FLAGS)
    if (!implicit && flags & IMPLICIT) {
      locate(start)
      tree.set(found, FLAGS, flags & ~IMPLICIT)
      tree.set(found, LINE, line)
      tree.set(found, COLUMN, column)
    }
    return found
  }

  const skipSpaces = (): void => {
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c !== C.SPACE && c !== C.TAB) break
      i++
    }
  }
  /** Skips whitespace, line breaks and comments. */
  const skipVoid = (): void => {
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c === C.SPACE || c === C.TAB || c === C.LF || c === C.CR) i++
      else if (c === C.HASH) {
        const eol = s.indexOf('\n', i)
        i = eol < 0 ? n : eol + 1
      } else break
    }
  }

  /** Skips a string starting at `i` (which holds `"` or `'`); multi-line ones only if `multi`. */
  const skipString = (multi: boolean): void => {
    const q = s.charCodeAt(i)
    if (multi && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
      i += 3
      while (i < n) {
        const c = s.charCodeAt(i)
        if (c === C.BACKSLASH && q === C.QUOTE) i += 2
        else if (c === q && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
          // A closing run may hold up to two extra quotes that belong to the content.
          i += 3
          if (s.charCodeAt(i) === q) i++
          if (s.charCodeAt(i) === q) i++
          return
        } else i++
      }
      return
    }
    i++
    // Runs of plain characters; in a basic string a backslash skips the character it escapes.
    if (q === C.APOS) i = runEnd(LITERAL_RUN, s, i)
    else while ((i = runEnd(BASIC_RUN, s, i)) < n && s.charCodeAt(i) === C.BACKSLASH) i += 2
    // At the closing quote (skipped), a line break or the end (unterminated: left there).
    if (s.charCodeAt(i) === q) i++
  }

  /** Start of the last segment read by readKey. */
  let lastKeyOffset = 0
  /**
   * Reads a (possibly dotted) key at `i` below `base`. Leading segments become implicit tables.
   * In a header (`header`), arrays of tables resolve to their last entry and the last segment is
   * looked up (a table may be named again); in a key/value it is always new (TOML forbids
   * redefinition). Returns the node, or -1 on a surprise. Stops before `=` or `]`.
   */
  const readKey = (base: number, header: boolean): number => {
    let node = base
    for (;;) {
      skipSpaces()
      const start = i
      const c = s.charCodeAt(i)
      if (c === C.QUOTE || c === C.APOS) skipString(false)
      else {
        i = runEnd(BARE_RUN, s, i)
      }
      const end = i
      if (end === start) return -1
      skipSpaces()
      if (s.charCodeAt(i) !== C.DOT) {
        lastKeyOffset = start
        return header ? child(node, start, end, false) : add(node, start, end, 0, start)
      }
      i++
      node = child(node, start, end, true)
      if (node < 0) return -1
      if (header && tree.get(node, FLAGS) & TABLE_ARRAY) node = tree.get(node, LAST_CHILD)
      if (node < 0) return -1
    }
  }

  // Nesting levels inside a value: the node of each open array / inline table, and for arrays the
  // index of the next element (-1 for an inline table). Plain number stacks, reused.
  const stackNode: number[] = []
  const stackIndex: number[] = []
  let depth = 0

  /** Starts the value at `i` for `node`: skips a scalar, or opens an array / inline table. */
  const startValue = (node: number): void => {
    const c = s.charCodeAt(i)
    if (c === C.QUOTE || c === C.APOS) skipString(true)
    else if (c === C.LBRACKET) {
      i++
      stackNode[depth] = node
      stackIndex[depth++] = 0
    } else if (c === C.LBRACE) {
      i++
      stackNode[depth] = node
      stackIndex[depth++] = -1
    } else {
      // Number, boolean or date-time (which may contain a space): up to a delimiter.
      i = runEnd(SCALAR_RUN, s, i)
    }
  }

  /** The table that key/value lines currently belong to. */
  let table = 0
  while (i < n) {
    const before = i
    const level = depth
    skipVoid()
    if (i >= n) break
    const c = s.charCodeAt(i)
    if (level === 0) {
      if (c === C.LBRACKET) {
        // Table header `[a.b]` or array-of-tables header `[[a.b]]`.
        const aot = s.charCodeAt(i + 1) === C.LBRACKET
        i += aot ? 2 : 1
        const node = readKey(0, true)
        if (node < 0 || s.charCodeAt(i) !== C.RBRACKET) return
        i += aot ? 2 : 1
        if (aot) {
          tree.set(node, FLAGS, tree.get(node, FLAGS) | TABLE_ARRAY)
          const last = tree.get(node, LAST_CHILD)
          table = add(node, last < 0 ? 0 : tree.get(last, KEY_START) + 1, INDEX, 0, lastKeyOffset)
        } else table = node
        continue
      }
      const node = readKey(table, false)
      if (node < 0 || s.charCodeAt(i) !== C.EQ) return
      i++
      skipSpaces()
      startValue(node)
    } else if (c === (stackIndex[level - 1]! < 0 ? C.RBRACE : C.RBRACKET)) {
      i++
      depth--
    } else if (c === C.COMMA) i++
    else if (stackIndex[level - 1]! >= 0) {
      const index = stackIndex[level - 1]!
      stackIndex[level - 1] = index + 1
      startValue(add(stackNode[level - 1]!, index, INDEX, 0, i))
    } else {
      const node = readKey(stackNode[level - 1]!, false)
      if (node < 0 || s.charCodeAt(i) !== C.EQ) return
      i++
      skipSpaces()
      startValue(node)
    }
    if (i === before && depth === level) return // no progress: give up rather than loop
  }
}
