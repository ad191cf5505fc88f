/**
 * Parser of git's index file (`.git/index`, versions 2, 3 and 4 with SHA-1 ids): every entry with
 * the stat data git recorded, for the in-process status check (status.ts), and the cache-tree
 * (TREE extension): the tree id git would write for each directory whose entry git keeps valid.
 * Extensions the check does not need (REUC, UNTR, FSMN, EOIE, IEOT) are skipped; a split index (`link`), sparse
 * directory entries (`sdir`) or any other required extension throws UnsupportedRepo, as do
 * skip-worktree and intent-to-add entries: the caller then asks the git binary.
 */
import { readFileSync, statSync } from 'node:fs'
import { UnsupportedRepo } from './repo-files.js'

export interface IndexEntry {
  name: string
  ctimeS: number
  ctimeNs: number
  mtimeS: number
  mtimeNs: number
  ino: number
  mode: number
  uid: number
  gid: number
  size: number
  id: string
  stage: number
  /** assume-unchanged: git does not look at the file. */
  assumeValid: boolean
}

export interface GitIndex {
  entries: IndexEntry[]
  /** The index file's own mtime: entries modified at or after it are racy. */
  mtimeS: number
  mtimeNs: number
  /**
   * The cache-tree's valid directories ('' for the root) and their tree ids: what `git write-tree`
   * would write for the entries below, which git keeps up to date (it drops a directory's id when
   * an entry below it changes) and itself trusts to write commits.
   */
  trees: Map<string, string>
}

const KNOWN_OPTIONAL = new Set(['TREE', 'REUC', 'UNTR', 'FSMN', 'EOIE', 'IEOT'])

/** The parsed index, or null when there is none (a repository before its first `git add`). */
export function readIndex(file: string): GitIndex | null {
  let buf: Buffer
  let st
  try {
    st = statSync(file, { bigint: true })
    buf = readFileSync(file)
  } catch {
    return null
  }
  return { ...parseIndex(buf), mtimeS: Number(st.mtimeNs / 1_000_000_000n), mtimeNs: Number(st.mtimeNs % 1_000_000_000n) }
}

export function parseIndex(buf: Buffer): { entries: IndexEntry[]; trees: Map<string, string> } {
  if (buf.length < 32 || buf.toString('latin1', 0, 4) !== 'DIRC') throw new UnsupportedRepo('index without a DIRC header')
  const version = buf.readUInt32BE(4)
  if (version < 2 || version > 4) throw new UnsupportedRepo(`index version ${version}`)
  const count = buf.readUInt32BE(8)
  const end = buf.length - 20
  const entries: IndexEntry[] = []
  let at = 12
  let previous: Buffer = Buffer.alloc(0)
  for (let i = 0; i < count; i++) {
    const start = at
    if (at + 62 > end) throw new UnsupportedRepo('truncated index')
    const flags = buf.readUInt16BE(at + 60)
    at += 62
    if (flags & 0x4000) {
      if (version < 3) throw new UnsupportedRepo('extended index flags in version 2')
      const extended = buf.readUInt16BE(at)
      at += 2
      if (extended & 0x4000) throw new UnsupportedRepo('skip-worktree entries (sparse checkout)')
      if (extended & 0x2000) throw new UnsupportedRepo('intent-to-add entries')
      if (extended & ~0x6000) throw new UnsupportedRepo('unknown extended index flags')
    }
    let name: Buffer
    if (version === 4) {
      let c = buf[at++]!
      let strip = c & 0x7f
      while (c & 0x80) {
        c = buf[at++]!
        strip = ((strip + 1) << 7) | (c & 0x7f)
      }
      const nul = buf.indexOf(0, at)
      if (nul < 0 || strip > previous.length) throw new UnsupportedRepo('bad index v4 path')
      name = Buffer.concat([previous.subarray(0, previous.length - strip), buf.subarray(at, nul)])
      at = nul + 1
    } else {
      const nul = buf.indexOf(0, at)
      if (nul < 0) throw new UnsupportedRepo('bad index path')
      name = buf.subarray(at, nul)
      at = start + ((nul - start + 8) & ~7) // 1 to 8 NULs pad the entry to a multiple of 8
    }
    previous = name
    const mode = buf.readUInt32BE(start + 24)
    const type = mode >>> 12
    if (type !== 0o10 && type !== 0o12 && type !== 0o16) throw new UnsupportedRepo(`index entry mode ${mode.toString(8)}`)
    entries.push({
      name: name.toString('utf8'),
      ctimeS: buf.readUInt32BE(start),
      ctimeNs: buf.readUInt32BE(start + 4),
      mtimeS: buf.readUInt32BE(start + 8),
      mtimeNs: buf.readUInt32BE(start + 12),
      ino: buf.readUInt32BE(start + 20),
      mode,
      uid: buf.readUInt32BE(start + 28),
      gid: buf.readUInt32BE(start + 32),
      size: buf.readUInt32BE(start + 36),
      id: buf.toString('hex', start + 40, start + 60),
      stage: (flags >> 12) & 3,
      assumeValid: (flags & 0x8000) !== 0
    })
  }
  const trees = new Map<string, string>()
  while (at < end) {
    if (at + 8 > end) throw new UnsupportedRepo('truncated index extension')
    const sig = buf.toString('latin1', at, at + 4)
    const size = buf.readUInt32BE(at + 4)
    if (at + 8 + size > end) throw new UnsupportedRepo('index extensions overrun the checksum')
    if (sig === 'TREE') cacheTree(buf.subarray(at + 8, at + 8 + size), trees)
    else if (!KNOWN_OPTIONAL.has(sig)) {
      // git's rule: an extension whose signature starts with A–Z is optional; others must be understood.
      if (!(sig.charCodeAt(0) >= 65 && sig.charCodeAt(0) <= 90)) throw new UnsupportedRepo(`index extension ${JSON.stringify(sig)}`)
    }
    at += 8 + size
  }
  if (at !== end) throw new UnsupportedRepo('index extensions overrun the checksum')
  return { entries, trees }
}

/**
 * The TREE extension: nodes in pre-order, each `<name>\0<entry count> <subtree count>\n` and, when
 * the count is not -1 (invalidated), the 20-byte tree id; a node's subtrees follow it. Anything
 * malformed, or a name that is not UTF-8, leaves the map empty (the ids are then hashed from the
 * entries, as without a cache-tree).
 */
function cacheTree(ext: Buffer, trees: Map<string, string>): void {
  let at = 0
  const node = (dir: string | null, depth: number): void => {
    if (depth > 4096) throw new UnsupportedRepo('cache-tree nested too deep')
    const nul = ext.indexOf(0, at)
    const nl = ext.indexOf(0x0a, nul)
    if (nul < 0 || nl < 0) throw new UnsupportedRepo('malformed cache-tree')
    const name = ext.toString('utf8', at, nul)
    if (name.includes('\uFFFD')) throw new UnsupportedRepo('a cache-tree name that is not UTF-8') // two names could read alike
    const m = /^(-?\d+) (\d+)$/.exec(ext.toString('latin1', nul + 1, nl))
    if (!m) throw new UnsupportedRepo('malformed cache-tree')
    at = nl + 1
    const path = dir === null ? '' : dir === '' ? name : `${dir}/${name}`
    if (Number(m[1]) >= 0) {
      if (at + 20 > ext.length) throw new UnsupportedRepo('malformed cache-tree')
      trees.set(path, ext.toString('hex', at, at + 20))
      at += 20
    }
    for (let i = Number(m[2]); i > 0; i--) node(path, depth + 1)
  }
  try {
    node(null, 0)
    if (at !== ext.length) throw new UnsupportedRepo('malformed cache-tree')
  } catch (err) {
    if (!(err instanceof UnsupportedRepo)) throw err
    trees.clear()
  }
}
