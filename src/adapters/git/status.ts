/**
 * In-process answer to "would `git status --porcelain --untracked-files=all -- <paths>` print
 * nothing?", from the index's stat data as git reads it:
 * - HEAD against the index: the tree the index holds under each path, hashed here, against HEAD's
 *   object at that path (a conflict or a changed entry: dirty);
 * - the index against the files: an entry whose lstat matches what the index recorded (mtime and
 *   ctime to the nanosecond, inode, uid, gid, size) and is not racy (modified at or after the index
 *   was written) is clean, as in git; otherwise the file is hashed as a blob and compared. A type or
 *   executable-bit change is dirty. assume-unchanged entries are clean, as in git.
 * - untracked files: any file on disk under the paths that the index does not list. Whether git
 *   ignores it depends on .gitignore rules this reader does not evaluate, so the answer is then
 *   UnsupportedRepo: the caller asks `git status`.
 * A path inside another of the paths is checked with the other (once). The cache-tree (index-file.ts)
 * stands in for hashing the index's trees, and when its root is HEAD's tree, HEAD and the index
 * agree everywhere without reading a tree of HEAD.
 * "dirty" may be conservative (e.g. a clean/smudge filter git would apply): the caller then takes
 * its git path, which computes the exact ids; "clean" is only answered when git would agree.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type BigIntStats } from 'node:fs'
import path from 'node:path'
import { objectId } from '../../core/plan/git-objects.js'
import { readIndex, type GitIndex, type IndexEntry } from './index-file.js'
import { IndexTrees } from './index-trees.js'
import { UnsupportedRepo } from './repo-files.js'
import type { GitReader } from './reader.js'

const S = 1_000_000_000n

export interface WorktreeState {
  state: 'clean' | 'dirty'
  /**
   * Set when clean and HEAD's tree is the index's (the cache-tree's root id is HEAD's tree id):
   * the index's ids at every path are then HEAD's (IndexTrees.idAt), with no tree of HEAD read.
   */
  head: IndexTrees | null
}

/** Whether repository paths `full` (with the root's prefix) are clean; throws UnsupportedRepo to ask git. */
export function worktreeState(reader: GitReader, head: string, full: readonly string[]): WorktreeState {
  const index = readIndex(reader.indexFile)
  if (!index) throw new UnsupportedRepo('no index')
  const trees = new IndexTrees(index)
  // HEAD's tree is the index's: no path differs between them, and no tree of HEAD needs reading.
  const same = index.trees.get('') === reader.treeOf(head)
  const dirty: WorktreeState = { state: 'dirty', head: null }
  // A path below another one in the list is checked with it: its entries and files are among the other's.
  const tops = outermost(full)
  for (const p of tops) {
    const entries = trees.under(p)
    if (entries.some((e) => e.stage !== 0)) return dirty
    if (entries.some((e) => e.mode >>> 12 === 0o16)) throw new UnsupportedRepo(`submodule under ${p}`)
    if (!same && (reader.entryAt(head, p)?.oid ?? null) !== (entries.length ? trees.idAt(p) : null)) return dirty
    for (const e of entries) if (!fileMatches(reader.layout.top, e, index)) return dirty
    untracked(reader.layout.top, p, new Set(entries.map((e) => e.name)))
  }
  return { state: 'clean', head: same ? trees : null }
}

/** The paths that are not below another one of them, sorted. */
function outermost(paths: readonly string[]): string[] {
  const set = new Set(paths)
  if (set.has('')) return ['']
  const below = (p: string) => {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) if (set.has(p.slice(0, i))) return true
    return false
  }
  return [...set].filter((p) => !below(p)).sort()
}

const lo32 = (n: bigint) => Number(n & 0xffffffffn)

/** Whether the file of an index entry holds what the entry says (git's ie_match_stat, then the content). */
function fileMatches(top: string, e: IndexEntry, index: GitIndex): boolean {
  if (e.assumeValid) return true
  const file = path.join(top, ...e.name.split('/'))
  let st: BigIntStats
  try {
    st = lstatSync(file, { bigint: true })
  } catch {
    return false
  }
  const link = e.mode >>> 12 === 0o12
  if (link ? !st.isSymbolicLink() : !st.isFile()) return false
  if (!link && (Number(st.mode) & 0o100 ? 0o100755 : 0o100644) !== e.mode) return false
  const statSame =
    lo32(st.mtimeNs / S) === e.mtimeS &&
    lo32(st.mtimeNs % S) === e.mtimeNs &&
    lo32(st.ctimeNs / S) === e.ctimeS &&
    lo32(st.ctimeNs % S) === e.ctimeNs &&
    lo32(st.ino) === e.ino &&
    lo32(st.uid) === e.uid &&
    lo32(st.gid) === e.gid &&
    lo32(st.size) === e.size
  const racy = index.mtimeS < e.mtimeS || (index.mtimeS === e.mtimeS && index.mtimeNs <= e.mtimeNs)
  if (statSame && !racy) return true
  const body = link ? Buffer.from(readlinkSync(file)) : readFileSync(file)
  return objectId('blob', body).toString('hex') === e.id
}

/** Throws UnsupportedRepo at the first file under `p` that the index does not list. */
function untracked(top: string, p: string, tracked: ReadonlySet<string>): void {
  const walk = (rel: string) => {
    const abs = path.join(top, ...rel.split('/').filter(Boolean))
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const name = rel === '' ? d.name : `${rel}/${d.name}`
      if (d.isDirectory()) {
        if (rel === '' && d.name === '.git') continue
        walk(name)
      } else if (!tracked.has(name)) throw new UnsupportedRepo(`untracked ${name}: its ignore rules need git`)
    }
  }
  let st
  try {
    st = lstatSync(path.join(top, ...p.split('/').filter(Boolean)))
  } catch {
    return
  }
  if (st.isDirectory()) walk(p)
  else if (!tracked.has(p)) throw new UnsupportedRepo(`untracked ${p}: its ignore rules need git`)
}
