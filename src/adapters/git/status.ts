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
 * "dirty" may be conservative (e.g. a clean/smudge filter git would apply): the caller then takes
 * its git path, which computes the exact ids; "clean" is only answered when git would agree.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, type BigIntStats } from 'node:fs'
import path from 'node:path'
import { compareUtf8, objectId, treeId, type TreeEntry } from '../../core/plan/git-objects.js'
import { readIndex, type GitIndex, type IndexEntry } from './index-file.js'
import { UnsupportedRepo } from './repo-files.js'
import type { GitReader } from './reader.js'

const S = 1_000_000_000n

/** 'clean' or 'dirty' for repository paths `full` (with the root's prefix); throws UnsupportedRepo to ask git. */
export function worktreeState(reader: GitReader, head: string, full: readonly string[]): 'clean' | 'dirty' {
  const index = readIndex(reader.indexFile)
  if (!index) throw new UnsupportedRepo('no index')
  const names = index.entries.map((e) => e.name)
  for (const p of full) {
    const entries = under(index.entries, names, p)
    if (entries.some((e) => e.stage !== 0)) return 'dirty'
    if (entries.some((e) => e.mode >>> 12 === 0o16)) throw new UnsupportedRepo(`submodule under ${p}`)
    const then = reader.entryAt(head, p)
    const now = indexObject(entries, p)
    if ((then?.oid ?? null) !== now) return 'dirty'
    for (const e of entries) if (!fileMatches(reader.layout.top, e, index)) return 'dirty'
    untracked(reader.layout.top, p, new Set(entries.map((e) => e.name)))
  }
  return 'clean'
}

/** Entries at `p` or below it (the index is sorted by name bytes). */
function under(entries: IndexEntry[], names: string[], p: string): IndexEntry[] {
  if (p === '') return entries
  const lo = lowerBound(names, p)
  const out: IndexEntry[] = []
  for (let i = lo; i < names.length; i++) {
    const n = names[i]!
    if (n === p || n.startsWith(p + '/')) out.push(entries[i]!)
    else if (!n.startsWith(p)) break // names like `p-x` or `p.x` sort between `p` and `p/`
  }
  return out
}

function lowerBound(names: string[], p: string): number {
  let lo = 0
  let hi = names.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compareUtf8(names[mid]!, p) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

const modeText = (mode: number) => (mode >>> 12 === 0o12 ? '120000' : mode & 0o111 ? '100755' : '100644')

/** The id of what the index holds at `p`: a blob for a file entry, else the tree built from the entries below. */
function indexObject(entries: IndexEntry[], p: string): string | null {
  if (!entries.length) return null
  if (entries.length === 1 && entries[0]!.name === p) return entries[0]!.id
  const root: Dir = new Map()
  const cut = p === '' ? 0 : p.length + 1
  for (const e of entries) {
    const parts = e.name.slice(cut).split('/')
    let d = root
    for (const part of parts.slice(0, -1)) {
      let next = d.get(part)
      if (!(next instanceof Map)) d.set(part, (next = new Map()))
      d = next
    }
    d.set(parts[parts.length - 1]!, e)
  }
  return hashDir(root).toString('hex')
}

type Dir = Map<string, Dir | IndexEntry>

function hashDir(d: Dir): Buffer {
  const out: TreeEntry[] = []
  for (const [name, v] of d) out.push(v instanceof Map ? { name, mode: '40000', id: hashDir(v) } : { name, mode: modeText(v.mode), id: Buffer.from(v.id, 'hex') })
  return treeId(out)
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
