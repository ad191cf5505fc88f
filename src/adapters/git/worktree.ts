/**
 * Outside git: object ids of files and directories computed from the files themselves, the way
 * git would (SHA-1 object format: `blob <size>\0<bytes>`, trees of `<mode> <name>\0<20-byte id>`
 * in git's order). A clean checkout therefore gets the same ids with or without git, as long as
 * nothing in it is git-ignored. Skipped: `.git` and every directory named `target` (cargo's
 * output). Empty directories have no id, as in git.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

const SKIP_DIRS = new Set(['.git', 'target'])

const object = (type: 'blob' | 'tree', body: Buffer, algo: 'sha1' | 'sha256' = 'sha1'): Buffer => createHash(algo).update(`${type} ${body.length}\0`).update(body).digest()

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
  return object('tree', Buffer.concat(sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), e.id])), algo)
}

/** git's tree order: byte order of names, a directory compared as if its name ended in `/`. */
function treeOrder(a: Entry, b: Entry): number {
  const ka = Buffer.from(a.mode === '40000' ? a.name + '/' : a.name)
  const kb = Buffer.from(b.mode === '40000' ? b.name + '/' : b.name)
  return Buffer.compare(ka, kb)
}

async function idOf(absolute: string, exclude: ReadonlySet<string>): Promise<{ mode: string; id: Buffer } | null> {
  const st = await fs.lstat(absolute).catch(() => null)
  if (!st) return null
  if (st.isSymbolicLink()) return { mode: '120000', id: object('blob', Buffer.from(await fs.readlink(absolute))) }
  if (st.isFile()) return { mode: st.mode & 0o100 ? '100755' : '100644', id: object('blob', await fs.readFile(absolute)) }
  if (!st.isDirectory()) return null
  const names = await fs.readdir(absolute)
  const entries: Entry[] = []
  for (const name of names) {
    const child = path.join(absolute, name)
    const cst = await fs.lstat(child).catch(() => null)
    if ((cst?.isDirectory() && SKIP_DIRS.has(name)) || exclude.has(child)) continue
    const sub = await idOf(child, exclude)
    if (sub) entries.push({ name, ...sub })
  }
  if (!entries.length) return null
  return { mode: '40000', id: treeId(entries) }
}

/** An input path, and the paths under it its id leaves out (nested packages the target does not build). */
export interface PathRequest {
  path: string
  exclude: readonly string[]
}

/** The key of a request in the id maps: the path, then the excluded paths. */
export const requestKey = (r: PathRequest): string => [r.path, ...r.exclude].join('\0')

/** Object id (hex) of each request; null when the path does not exist (or is an empty directory). */
export async function worktreeIds(root: string, requests: readonly PathRequest[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>()
  const abs = (p: string) => path.join(root, ...p.split('/'))
  for (const r of requests) {
    const found = await idOf(abs(r.path), new Set(r.exclude.map(abs)))
    out.set(requestKey(r), found ? found.id.toString('hex') : null)
  }
  return out
}
