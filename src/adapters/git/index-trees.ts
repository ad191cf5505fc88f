/**
 * The objects the index holds, by path: the blob of a file entry, or the tree `git write-tree`
 * would write for the entries below a directory — the cache-tree's id where git keeps one valid,
 * else hashed from the entries (with the cache-tree's ids of the subdirectories). When HEAD's tree
 * is the index's (the cache-tree's root id is HEAD's tree id), these are HEAD's objects too, so the
 * plan reads no tree object of HEAD (status.ts, git.ts). A gitlink (submodule), a conflict or a
 * name that is not UTF-8 below a path is UnsupportedRepo: the caller asks git.
 */
import { compareUtf8, treeId, type TreeEntry } from '../../core/plan/git-objects.js'
import type { GitIndex, IndexEntry } from './index-file.js'
import { UnsupportedRepo } from './repo-files.js'

const modeText = (mode: number) => (mode >>> 12 === 0o12 ? '120000' : mode & 0o111 ? '100755' : '100644')

export class IndexTrees {
  private readonly entries: IndexEntry[]
  private readonly names: string[]
  constructor(readonly index: GitIndex) {
    this.entries = index.entries
    this.names = index.entries.map((e) => e.name)
  }

  /** Entries at `p` and below it (the index is sorted by name bytes: `p`, then names like `p-x` or `p.x`, then `p/…`). */
  under(p: string): IndexEntry[] {
    const { entries } = this
    if (p === '') return entries
    const at = this.lowerBound(p)
    const below = this.lowerBound(p + '/')
    return [...entries.slice(at, this.end(at, p, (n) => n === p)), ...entries.slice(below, this.end(below, p + '/'))]
  }

  /**
   * The id of what the index holds at `p` (null: nothing), leaving out the paths in `exclude` and
   * trees left empty by that, as `idsAt` builds it from a commit's trees.
   */
  idAt(p: string, exclude: readonly string[] = []): string | null {
    if (p !== '' && p.split('/').some((s) => s === '' || s === '.' || s === '..')) throw new UnsupportedRepo(`path ${JSON.stringify(p)}`)
    if (p !== '') {
      const at = this.lowerBound(p)
      const file = this.entries[at]
      if (file?.name === p) {
        if (file.stage !== 0 || this.names[at + 1] === p) throw new UnsupportedRepo(`conflict at ${p}`)
        if (file.mode >>> 12 === 0o16) throw new UnsupportedRepo(`submodule at ${p}`)
        return file.id
      }
    }
    const lo = p === '' ? 0 : this.lowerBound(p + '/')
    const hi = p === '' ? this.names.length : this.end(lo, p + '/')
    if (lo === hi) return null
    if (!exclude.length && this.index.trees.has(p)) return this.index.trees.get(p)!
    return this.treeAt(p, lo, hi, exclude)?.toString('hex') ?? null
  }

  /** The tree of entries [lo, hi), all below `dir`; null when `exclude` leaves it empty. */
  private treeAt(dir: string, lo: number, hi: number, exclude: readonly string[]): Buffer | null {
    const cut = dir === '' ? 0 : dir.length + 1
    const out: TreeEntry[] = []
    for (let i = lo; i < hi; ) {
      const e = this.entries[i]!
      if (e.stage !== 0) throw new UnsupportedRepo(`conflict at ${e.name}`)
      if (e.name.includes('\uFFFD')) throw new UnsupportedRepo(`a name that is not UTF-8 below ${dir}`) // its bytes are not known here
      const slash = e.name.indexOf('/', cut)
      if (slash < 0) {
        if (e.mode >>> 12 === 0o16) throw new UnsupportedRepo(`submodule at ${e.name}`)
        if (!exclude.includes(e.name)) out.push({ name: e.name.slice(cut), mode: modeText(e.mode), id: Buffer.from(e.id, 'hex') })
        i++
        continue
      }
      const child = e.name.slice(0, slash)
      const start = i
      i = this.end(i, child + '/', undefined, hi)
      if (exclude.includes(child)) continue
      const cached = this.index.trees.get(child)
      const id = exclude.some((x) => x.startsWith(child + '/')) ? this.treeAt(child, start, i, exclude) : cached !== undefined ? Buffer.from(cached, 'hex') : this.treeAt(child, start, i, exclude)
      if (id) out.push({ name: child.slice(cut), mode: '40000', id })
    }
    return out.length ? treeId(out) : null
  }

  /** The end of the run of names from `from` on that start with `prefix` (or pass `test`), before `hi`. */
  private end(from: number, prefix: string, test = (n: string) => n.startsWith(prefix), hi = this.names.length): number {
    let j = from
    while (j < hi && test(this.names[j]!)) j++
    return j
  }

  private lowerBound(p: string): number {
    let lo = 0
    let hi = this.names.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareUtf8(this.names[mid]!, p) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
