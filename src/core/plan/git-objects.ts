/**
 * git object ids computed from bytes, the way git computes them (SHA-1 object format:
 * `blob <size>\0<bytes>`, trees of `<mode> <name>\0<20-byte id>` in git's order), and the path
 * requests the plan asks ids for. Pure: the worktree walk that feeds it lives in
 * src/adapters/git/worktree.ts.
 */
import { createHash } from 'node:crypto'

/** The id of a git object of `type` with this body. */
export const objectId = (type: 'blob' | 'tree', body: Buffer, algo: 'sha1' | 'sha256' = 'sha1'): Buffer => createHash(algo).update(`${type} ${body.length}\0`).update(body).digest()

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
  const ka = Buffer.from(a.mode === '40000' ? a.name + '/' : a.name)
  const kb = Buffer.from(b.mode === '40000' ? b.name + '/' : b.name)
  return Buffer.compare(ka, kb)
}

/** An input path, and the paths under it its id leaves out (nested packages the target does not build). */
export interface PathRequest {
  path: string
  exclude: readonly string[]
}

/** The key of a request in the id maps: the path, then the excluded paths. */
export const requestKey = (r: PathRequest): string => [r.path, ...r.exclude].join('\0')
