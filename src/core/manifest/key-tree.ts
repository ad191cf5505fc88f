/**
 * The key tree of the TOML key locator (locate.ts): what its scan builds and its lookups walk.
 * Nodes are plain numbers, their fields interleaved in one growing Int32Array (few allocations, no
 * GC pressure); a node's key is a range of the source, decoded (bare, 'literal' or "basic" with
 * escapes) only when a lookup first goes through its parent, which then gets a Map of its children.
 */

const QUOTE = 0x22
const APOS = 0x27
const BACKSLASH = 0x5c

/** Flags of a node: only the leading segment of a dotted key or header so far; an array of tables. */
export const IMPLICIT = 1
export const TABLE_ARRAY = 2
/** keyEnd value of a node whose segment is an array index (stored in keyStart). */
export const INDEX = -1

type Children = Map<string | number, number>

/** Fields of a node, stored interleaved in one Int32Array (few allocations, no GC pressure). */
export const KEY_START = 0
const KEY_END = 1
const FIRST_CHILD = 2
export const LAST_CHILD = 3
const NEXT_SIBLING = 4
export const FLAGS = 5
export const LINE = 6
export const COLUMN = 7
const STRIDE = 8

/**
 * The key tree. Node 0 is the document. A node's segment is the source range keyStart..keyEnd (a
 * bare or quoted key), or the array index keyStart when keyEnd is INDEX.
 */
export class Tree {
  data: Int32Array
  size = 1
  /** Lookup tables of the nodes searched so far; once built, kept complete. */
  readonly children = new Map<number, Children>()

  constructor(readonly source: string) {
    this.data = new Int32Array(STRIDE * Math.max(64, source.length >> 4))
    this.data[FIRST_CHILD] = this.data[LAST_CHILD] = this.data[NEXT_SIBLING] = -1
  }

  get(node: number, field: number): number {
    return this.data[node * STRIDE + field]!
  }

  set(node: number, field: number, value: number): void {
    this.data[node * STRIDE + field] = value
  }

  add(parent: number, keyStart: number, keyEnd: number, flags: number, line: number, column: number): number {
    const k = this.size++
    if (k * STRIDE >= this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    const d = this.data
    const o = k * STRIDE
    d[o + KEY_START] = keyStart
    d[o + KEY_END] = keyEnd
    d[o + FIRST_CHILD] = -1
    d[o + LAST_CHILD] = -1
    d[o + NEXT_SIBLING] = -1
    d[o + FLAGS] = flags
    d[o + LINE] = line
    d[o + COLUMN] = column
    const p = parent * STRIDE
    const last = d[p + LAST_CHILD]!
    if (last < 0) d[p + FIRST_CHILD] = k
    else d[last * STRIDE + NEXT_SIBLING] = k
    d[p + LAST_CHILD] = k
    if (this.children.size > 0) {
      const map = this.children.get(parent)
      if (map !== undefined) {
        const key = this.key(k)
        if (key !== null && !map.has(key)) map.set(key, k)
      }
    }
    return k
  }

  key(k: number): string | number | null {
    const start = this.get(k, KEY_START)
    const end = this.get(k, KEY_END)
    return end === INDEX ? start : decodeKey(this.source, start, end)
  }

  lookup(parent: number, key: string | number): number {
    let map = this.children.get(parent)
    if (map === undefined) {
      map = new Map()
      for (let c = this.get(parent, FIRST_CHILD); c >= 0; c = this.get(c, NEXT_SIBLING)) {
        const k = this.key(c)
        if (k !== null && !map.has(k)) map.set(k, c)
      }
      this.children.set(parent, map)
    }
    return map.get(key) ?? -1
  }
}

/** Decodes the key at start..end: bare, 'literal' or "basic" with escapes (null if malformed). */
export function decodeKey(s: string, start: number, end: number): string | null {
  const q = s.charCodeAt(start)
  if (q === APOS) return s.slice(start + 1, end - 1)
  if (q !== QUOTE) return s.slice(start, end)
  end--
  let out = ''
  let from = start + 1
  for (let i = from; i < end; ) {
    if (s.charCodeAt(i) !== BACKSLASH) {
      i++
      continue
    }
    out += s.slice(from, i)
    const e = s[i + 1]
    i += 2
    switch (e) {
      case 'b': out += '\b'; break
      case 't': out += '\t'; break
      case 'n': out += '\n'; break
      case 'f': out += '\f'; break
      case 'r': out += '\r'; break
      case 'e': out += '\x1b'; break
      case '"': out += '"'; break
      case '\\': out += '\\'; break
      case 'x':
      case 'u':
      case 'U': {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8
        const hex = s.slice(i, i + len)
        const cp = Number.parseInt(hex, 16)
        if (hex.length !== len || !Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) return null
        out += String.fromCodePoint(cp)
        i += len
        break
      }
      default:
        return null
    }
    from = i
  }
  return out + s.slice(from, end)
}
