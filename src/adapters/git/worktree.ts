/**
 * Outside git: object ids of files and directories computed from the files themselves, the way
 * git would (SHA-1 object format: `blob <size>\0<bytes>`, trees of `<mode> <name>\0<20-byte id>`
 * in git's order). A clean checkout therefore gets the same ids with or without git, as long as
 * nothing in it is git-ignored. Skipped: `.git` and every directory named `target` (cargo's
 * output). Empty directories have no id, as in git.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { objectId, treeId, requestKey, type PathRequest, type TreeEntry } from '../../core/plan/git-objects.js'

const SKIP_DIRS = new Set(['.git', 'target'])

async function idOf(absolute: string, exclude: ReadonlySet<string>): Promise<{ mode: string; id: Buffer } | null> {
  const st = await fs.lstat(absolute).catch(() => null)
  if (!st) return null
  if (st.isSymbolicLink()) return { mode: '120000', id: objectId('blob', Buffer.from(await fs.readlink(absolute))) }
  if (st.isFile()) return { mode: st.mode & 0o100 ? '100755' : '100644', id: objectId('blob', await fs.readFile(absolute)) }
  if (!st.isDirectory()) return null
  const names = await fs.readdir(absolute)
  const entries: TreeEntry[] = []
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
