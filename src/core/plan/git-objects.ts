/**
 * git object ids computed from bytes, the way git computes them (SHA-1 object format:
 * `blob <size>\0<bytes>`, trees of `<mode> <name>\0<20-byte id>` in git's order), and the path
 * requests the plan asks ids for. Pure: the worktree walk that feeds it lives in
 * src/adapters/git/worktree.ts.
 */
import { digestOf } from '../hash/digest.js'

/** The id of a git object of `type` with this body. */
export const objectId = (type: 'blob' | 'tree', body: Buffer, algo: 'sha1' | 'sha256' = 'sha1'): Buffer => digestOf(algo, [`${type} ${body.length}\0`, body])

export interface TreeEntry {
  name: string
  /** git's mode without leading zeros: `40000`, `100644`, `100755`, `120000`, `160000`. */
  mode: string
  id: Buffer
}
type Entry = TreeEntry

/** The id of a tree object with these entries (sorted here), in the object format of `algo`. */
export function treeId(entries: readonly TreeEntry[], algo: 'sha1' | 'sha256' = 'sha1'): Buffer {
  const sorted = [...entries].sort(treeOrder)
  return objectId('tree', Buffer.concat(sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), e.id])), algo)
}

/** git's tree order: byte order of names, a directory compared as if its name ended in `/`. */
function treeOrder(a: Entry, b: Entry): number {
  return compareUtf8(a.mode === '40000' ? a.name + '/' : a.name, b.mode === '40000' ? b.name + '/' : b.name)
}

const SURROGATE = /[\uD800-\uDFFF]/

/**
 * The order of two strings' UTF-8 bytes. Without surrogates, UTF-16 code units sort as code
 * points, which is the UTF-8 byte order: no Buffer per comparison.
 */
export function compareUtf8(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

/** An input path, and the paths under it its id leaves out (nested packages the target does not build). */
export interface PathRequest {
  path: string
  exclude: readonly string[]
}

/** The key of a request in the id maps: the path, then the excluded paths. */
export const requestKey = (r: PathRequest): string => [r.path, ...r.exclude].join('\0')
