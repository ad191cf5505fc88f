/**
 * The git object store of the GitHub API double: blobs, trees and commits with their real git
 * object ids (SHA-1 of `<type> <size>\0<body>`), so identical content gets the identical id, as on
 * GitHub, and a tree can be compared by id. Refs map `heads/<branch>` / `tags/<tag>` to commits.
 */
import { createHash } from 'node:crypto'

export type Mode = '100644' | '100755' | '040000' | '160000' | '120000'

export interface TreeEntry {
  name: string
  mode: Mode
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

export interface Person {
  name: string
  email: string
  date: string
}

export interface Commit {
  sha: string
  tree: string
  parents: string[]
  message: string
  author: Person
  committer: Person
}

const hash = (type: string, body: Buffer) => createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex')

/** Git's tree order: byte order of names, a tree's name compared as if it ended in '/'. */
const treeKey = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name)

export class GitStore {
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, TreeEntry[]>()
  readonly commits = new Map<string, Commit>()
  /** `heads/main` → commit sha. */
  readonly refs = new Map<string, string>()

  blob(content: Buffer | string): string {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const sha = hash('blob', data)
    this.blobs.set(sha, data)
    return sha
  }

  tree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(treeKey(a)), Buffer.from(treeKey(b))))
    const body = Buffer.concat(sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])))
    const sha = hash('tree', body)
    this.trees.set(sha, sorted)
    return sha
  }

  commit(c: Omit<Commit, 'sha'>): string {
    const stamp = (p: Person) => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`
    const text = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${stamp(c.author)}`, `committer ${stamp(c.committer)}`, '', c.message].join('\n')
    const sha = hash('commit', Buffer.from(text, 'utf8'))
    this.commits.set(sha, { ...c, sha })
    return sha
  }

  /** Every file under a tree: path → blob sha and mode. */
  flatten(treeSha: string, prefix = ''): Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }> {
    const out = new Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>()
    for (const e of this.trees.get(treeSha) ?? []) {
      const p = prefix + e.name
      if (e.type === 'tree') for (const [k, v] of this.flatten(e.sha, `${p}/`)) out.set(k, v)
      else out.set(p, { sha: e.sha, mode: e.mode, type: e.type })
    }
    return out
  }

  /** Builds the nested trees of a flat path → entry map; returns the root tree sha. */
  build(files: ReadonlyMap<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>): string {
    const dirs = new Map<string, TreeEntry[]>()
    const ensure = (dir: string) => {
      if (!dirs.has(dir)) dirs.set(dir, [])
      return dirs.get(dir)!
    }
    ensure('')
    for (const [p, f] of files) {
      const parts = p.split('/')
      const name = parts.pop()!
      const dir = parts.join('/')
      ensure(dir).push({ name, mode: f.mode, type: f.type, sha: f.sha })
      for (let i = parts.length; i > 0; i--) ensure(parts.slice(0, i - 1).join('/'))
    }
    // Deepest directories first, so each parent sees its children's shas.
    const order = [...dirs.keys()].filter((d) => d !== '').sort((a, b) => b.split('/').length - a.split('/').length)
    const shas = new Map<string, string>()
    for (const dir of order) {
      const sha = this.tree([...dirs.get(dir)!, ...this.childTrees(dir, dirs, shas)])
      shas.set(dir, sha)
    }
    return this.tree([...dirs.get('')!, ...this.childTrees('', dirs, shas)])
  }

  private childTrees(dir: string, dirs: Map<string, TreeEntry[]>, shas: Map<string, string>): TreeEntry[] {
    const out: TreeEntry[] = []
    for (const d of dirs.keys()) {
      if (d === '' || d === dir) continue
      const parent = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : ''
      if (parent === dir) out.push({ name: d.slice(d.lastIndexOf('/') + 1), mode: '040000', type: 'tree', sha: shas.get(d)! })
    }
    return out
  }

  /** The text of `path` in the tree of commit `sha` (null when absent). */
  read(commitSha: string, path: string): string | null {
    const c = this.commits.get(commitSha)
    if (!c) return null
    const f = this.flatten(c.tree).get(path)
    return f ? this.blobs.get(f.sha)!.toString('utf8') : null
  }

  /** Whether `ancestor` is reachable from `sha` through parents. */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length) {
      const s = stack.pop()!
      if (s === ancestor) return true
      if (seen.has(s)) continue
      seen.add(s)
      stack.push(...(this.commits.get(s)?.parents ?? []))
    }
    return false
  }
}
