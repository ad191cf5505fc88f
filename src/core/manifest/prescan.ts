/**
 * A cheap pass over TOML text before the real parse, for the limits the parser does not hold:
 * the depth of a table header or dotted key (`[a.a.a.…]` — smol-toml's maxDepth counts arrays and
 * inline tables only, and a header 3.7M keys deep took it minutes and gigabytes) and the number
 * of keys in the document. Linear in the text, constant memory: strings and comments are skipped,
 * every key chain (`a."b".c` before `=`, or inside `[…]` / `[[…]]` of a header) is counted.
 *
 * Counting is conservative in one direction only: the text it accepts is exactly what the parser
 * would see; a chain in invalid TOML may be counted where the parser would stop at a syntax error
 * first (then the finding is limit-exceeded instead of toml-syntax).
 */

export interface PrescanLimits {
  /** Keys in one header or dotted key, the enclosing header's keys included. */
  keyDepth: number
  /** Key segments in the whole document (each header and each key counts its segments). */
  keys: number
}

export interface PrescanFinding {
  offset: number
  message: string
}

/** A bare-key character, [A-Za-z0-9_-], by code unit (a regular expression per character cost more than the rest of the scan). */
const isBare = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45

/** The first limit the text exceeds, with the offset of the key that exceeds it; null when within. */
export function prescanToml(text: string, limits: PrescanLimits): PrescanFinding | null {
  // Within both limits for certain, without the scan: every key counted takes at least one
  // character, and a chain deeper than keyDepth (header and key together) has keyDepth - 1 dots
  // between segments (a dot in "0.1.0" may be one; one in "../crates/blog" is not) — or, as a
  // header and a key are each on one line, more than keyDepth / 2 - 1 on one line.
  if (text.length <= limits.keys && separatorsWithin(text, limits.keyDepth)) return null
  const n = text.length
  let i = 0
  let nest = 0 // arrays / inline tables open in a value
  let lineStart = true // at the start of a statement (outside any value)
  let header = 0 // keys of the current [table] header
  let keys = 0

  const skipString = (): void => {
    const q = text[i]!
    const multi = text.startsWith(q.repeat(3), i)
    if (multi) {
      const end = text.indexOf(q.repeat(3), i + 3)
      i = end < 0 ? n : end + 3
      while (text[i] === q) i++ // up to two quotes may close the content
      return
    }
    for (i++; i < n; i++) {
      const c = text[i]
      if (c === '\n') return
      if (q === '"' && c === '\\') i++
      else if (c === q) {
        i++
        return
      }
    }
  }
  const skipBlank = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++
  }
  /** Reads `seg(.seg)*` at i; returns the number of segments. */
  const chain = (): number => {
    let count = 0
    for (;;) {
      if (text[i] === '"' || text[i] === "'") skipString()
      else if (i < n && isBare(text.charCodeAt(i))) while (i < n && isBare(text.charCodeAt(i))) i++
      else return count
      count++
      skipBlank()
      if (text[i] !== '.') return count
      i++
      skipBlank()
    }
  }
  const over = (at: number, depth: number): PrescanFinding | null => {
    if (depth > limits.keyDepth) return { offset: at, message: `a key is nested ${depth} levels deep (table header and dotted keys), more than ${limits.keyDepth}` }
    if (keys > limits.keys) return { offset: at, message: `the document has more than ${limits.keys} keys` }
    return null
  }

  while (i < n) {
    const c = text[i]!
    if (c === '#') {
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      continue
    }
    if (c === '\n') {
      if (nest === 0) lineStart = true
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',') {
      i++
      continue
    }
    if (lineStart && nest === 0 && c === '[') {
      const at = i
      i += text[i + 1] === '[' ? 2 : 1
      skipBlank()
      header = chain()
      keys += header
      const found = over(at, header)
      if (found) return found
      lineStart = false
      continue
    }
    if (c === '"' || c === "'" || isBare(text.charCodeAt(i))) {
      const at = i
      const segs = chain()
      skipBlank()
      if (text[i] === '=' && (lineStart || nest > 0)) {
        keys += segs
        const found = over(at, (nest === 0 ? header : 0) + segs)
        if (found) return found
        i++
        lineStart = false
      } else if (segs === 0) i++
      continue
    }
    if (c === '=') lineStart = false
    else if (c === '[' || c === '{') nest++
    else if ((c === ']' || c === '}') && nest > 0) nest--
    i++
  }
  return null
}

/** A character chain() can end or start a segment with: a bare-key character or a quote. */
const isKeyEdge = (c: number): boolean => isBare(c) || c === 34 || c === 39

/**
 * Whether no chain in `text` can be deeper than `keyDepth`, by its dots that could separate key
 * segments: dots as chain() reads one between two segments — after a bare-key character or a
 * closing quote, before a bare-key character or an opening quote, blanks allowed around it. Sure
 * when there are fewer than keyDepth - 1 in the text, or at most keyDepth / 2 - 1 on every line
 * (a chain is a header's segments plus a key's, each on one line: a chain deeper than keyDepth
 * has a line with more). A scan by indexOf: the regular expression with a look-behind it
 * replaces cost 26 ms at 5,000 modules.
 */
function separatorsWithin(text: string, keyDepth: number): boolean {
  const total = keyDepth - 1
  const perLine = Math.floor(keyDepth / 2) - 1
  if (total <= 0) return false
  let seen = 0
  let line = 0
  let lineMax = 0
  let lineEnd = text.indexOf('\n')
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) {
    if (lineEnd !== -1 && i > lineEnd) {
      line = 0
      lineEnd = text.indexOf('\n', i)
    }
    let b = i - 1
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--
    if (b < 0 || !isKeyEdge(text.charCodeAt(b))) continue
    let a = i + 1
    while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++
    if (a >= text.length || !isKeyEdge(text.charCodeAt(a))) continue
    seen++
    if (++line > lineMax) lineMax = line
    if (seen >= total && lineMax > perLine) return false
  }
  return true
}
