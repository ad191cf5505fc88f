/**
 * The in-process git reader of the plan: one repository's layout, refs and objects, answering
 * what `git rev-parse` and `git cat-file --batch` answer for the revisions the plan asks about
 * (full ids and plain ref names; `<commit>:<path>` objects). UnsupportedRepo means "ask git".
 */
import path from 'node:path'
import { discover, Refs, simpleRevision, UnsupportedRepo, type RepoLayout } from './repo-files.js'
import { ObjectStore, type ObjectType } from './object-store.js'

export interface FoundObject {
  oid: string
  type: ObjectType
  body: Buffer
}

export class GitReader {
  readonly refs: Refs
  readonly store: ObjectStore
  private readonly trees = new Map<string, Map<string, TreeEntryRef>>()
  constructor(readonly layout: RepoLayout) {
    this.refs = new Refs(layout.gitDir)
    this.store = new ObjectStore(path.join(layout.gitDir, 'objects'))
  }

  get indexFile(): string {
    return path.join(this.layout.gitDir, 'index')
  }

  get objectsDir(): string {
    return path.join(this.layout.gitDir, 'objects')
  }

  /** The HEAD commit, or null before the first commit. */
  head(): string | null {
    const id = this.refs.resolve('HEAD')
    return id && this.peel(id, 'commit')
  }

  /** `git rev-parse --verify -q <ref>^{commit}`; throws UnsupportedRepo for revision syntax it does not read. */
  resolveCommit(ref: string): string | null {
    if (!simpleRevision(ref)) throw new UnsupportedRepo(`revision syntax ${JSON.stringify(ref)}`)
    const id = /^[0-9a-f]{40}$/.test(ref) ? ref : this.refs.dwim(ref)
    return id && this.peel(id, 'commit')
  }

  /** Follows tags until an object of `type`; null when the chain ends elsewhere or an object is missing. */
  private peel(id: string, type: ObjectType): string | null {
    for (let i = 0; i < 20; i++) {
      const o = this.store.read(id)
      if (!o) return null
      if (o.type === type) return id
      if (o.type !== 'tag') return null
      const m = /^object ([0-9a-f]{40})\n/.exec(o.body.toString('latin1', 0, 60))
      if (!m) return null
      id = m[1]!
    }
    return null
  }

  /** The object at `path` (slash-separated, '' for the root tree) in a commit or tree; null when missing. */
  objectAt(rev: string, p: string): FoundObject | null {
    const at = this.locate(rev, p)
    if (!at) return null
    const o = this.store.read(at.oid)
    if (!o) throw new UnsupportedRepo(`object ${at.oid} is not in the object store`)
    return { oid: at.oid, type: o.type, body: o.body }
  }

  /**
   * The id and type of the object at `path` without reading (inflating) the object itself: the
   * type its tree entry's mode names (git fsck rejects an entry whose object is of another type).
   */
  entryAt(rev: string, p: string): { oid: string; type: ObjectType } | null {
    const at = this.locate(rev, p)
    if (!at) return null
    if (!this.store.has(at.oid)) throw new UnsupportedRepo(`object ${at.oid} is not in the object store`)
    return at
  }

  /** The root tree of a commit (or the tree itself). */
  treeOf(rev: string): string {
    return this.locate(rev, '')!.oid
  }

  /** The id at `path` in a commit or tree (the trees on the way read once per reader); null when missing. */
  private locate(rev: string, p: string): { oid: string; type: ObjectType } | null {
    const c = this.store.read(rev)
    if (!c) throw new UnsupportedRepo(`${rev} is not in the object store`)
    if (c.type !== 'commit' && c.type !== 'tree') throw new UnsupportedRepo(`${rev} is a ${c.type}`)
    const m = c.type === 'tree' ? [rev, rev] : /^tree ([0-9a-f]{40})\n/.exec(c.body.toString('latin1', 0, 46))
    if (!m) throw new UnsupportedRepo(`commit ${rev} without a tree line`)
    let oid = m[1]!
    let type: ObjectType = 'tree'
    if (p !== '') {
      for (const part of p.split('/')) {
        if (part === '' || part === '.' || part === '..') throw new UnsupportedRepo(`path ${JSON.stringify(p)}`)
        if (type !== 'tree') return null
        const e = this.entries(oid).get(ASCII.test(part) ? part : Buffer.from(part).toString('latin1'))
        if (!e) return null
        oid = e.oid
        type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? ('commit' as ObjectType) : 'blob'
        if (type === 'commit') {
          // A submodule: git cat-file names the commit (usually absent here); let git answer.
          throw new UnsupportedRepo(`submodule at ${p}`)
        }
      }
    }
    return { oid, type }
  }

  /** A tree's entries by name (the name's bytes as latin1), parsed once: every path below it looks names up here. */
  private entries(oid: string): Map<string, TreeEntryRef> {
    const known = this.trees.get(oid)
    if (known) return known
    const tree = this.store.read(oid)
    if (!tree) throw new UnsupportedRepo(`tree ${oid} is not in the object store`)
    const out = treeEntries(tree.body)
    this.trees.set(oid, out)
    return out
  }
}

/** A name whose UTF-8 bytes read as latin1 are the name itself. */
const ASCII = /^[\x00-\x7f]*$/

interface TreeEntryRef {
  mode: string
  oid: string
}

/** The entries of a raw tree by name (latin1, so any bytes round-trip); the first of duplicate names wins, as git's own lookup finds the first. */
function treeEntries(body: Buffer): Map<string, TreeEntryRef> {
  const out = new Map<string, TreeEntryRef>()
  let at = 0
  while (at < body.length) {
    const sp = body.indexOf(0x20, at)
    const nul = body.indexOf(0, sp)
    if (sp < 0 || nul < 0) throw new UnsupportedRepo('malformed tree')
    const name = body.toString('latin1', sp + 1, nul)
    if (!out.has(name)) out.set(name, { mode: body.toString('latin1', at, sp), oid: body.toString('hex', nul + 1, nul + 21) })
    at = nul + 21
  }
  return out
}

/** The reader of the repository `root` is in: a reader, not a repository, or the reason to ask git. */
export function openReader(root: string): { reader: GitReader } | { notRepo: true } | { unsupported: string } {
  const d = discover(root)
  if ('layout' in d) return { reader: new GitReader(d.layout) }
  return d
}
