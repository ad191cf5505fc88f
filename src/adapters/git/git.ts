/**
 * git adapter of the plan: the commit, the object ids of input paths, and files at another
 * revision. Every git process starts through run.ts: `execFile('git', argv)` — never a shell —
 * with the repository's own GIT_DIR / GIT_INDEX_FILE environment variables removed (a hook that
 * runs the tool must not redirect it).
 *
 * Object ids of the working tree are what git would store if the inputs were committed now: the
 * real index is copied to a temporary file, `git add -A -- <inputs>` runs against the copy with a
 * temporary object directory (the real one as an alternate), `git write-tree` gives a tree, and
 * `git cat-file --batch-check` reads `<tree>:<path>`. Nothing in the repository changes. A dirty
 * or untracked input therefore gets exactly the id the commit of that content would have; the
 * plan lists such paths in `dirty_paths`. Ignored files are not part of any id.
 *
 * The common case starts no git process: the in-process reader (reader.ts: refs, loose and packed
 * objects; status.ts: the index's stat data) answers rev-parse, cat-file and the clean check, and
 * every question it cannot answer exactly (UnsupportedRepo) goes to the git binary as before.
 */
import { GitError } from '../../core/diagnostics/errors.js'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { requestKey, treeId, type PathRequest, type TreeEntry } from '../../core/plan/git-objects.js'
import { openReader, type GitReader } from './reader.js'
import { UnsupportedRepo } from './repo-files.js'
import { worktreeState } from './status.js'
import type { IndexTrees } from './index-trees.js'
import type { RunOptions } from './run.js'
import { accessSync, constants, lstatSync } from 'node:fs'

/** Runs git (run.ts, loaded on first use: a plan that starts no git process never loads child_process). */
const git = async (args: readonly string[], o: RunOptions): Promise<{ stdout: Buffer; code: number }> => (await import('./run.js')).git(args, o)

export interface GitRepo {
  /** Absolute directory of the working tree. */
  top: string
  /** The root's path inside the working tree, '' or ending in '/'. */
  prefix: string
  /** Absolute path of the index file and the object directory. */
  index: string
  objects: string
  /** HEAD commit, or null before the first commit. */
  head: string | null
  /** The in-process reader, when the repository's layout is one it reads. */
  reader?: GitReader
}

/** Runs `fn` with the in-process reader; undefined when there is none or it cannot answer exactly. */
function inProcess<T>(repo: GitRepo, fn: (r: GitReader) => T): T | undefined {
  if (!repo.reader) return undefined
  try {
    return fn(repo.reader)
  } catch (err) {
    if (err instanceof UnsupportedRepo) return undefined
    throw err
  } finally {
    repo.reader.store.close()
  }
}

/** Whether an executable `git` is on PATH (what execFile would find), without starting it (POSIX). */
function gitOnPath(): boolean {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    try {
      accessSync(path.join(dir, 'git'), constants.X_OK)
      return true
    } catch {
      // next
    }
  }
  return false
}

/** The repository `root` is in, or null when it is not in one (or git is not installed). */
export async function openRepo(root: string): Promise<{ repo: GitRepo | null; note: string | null }> {
  if (process.platform !== 'win32' && !gitOnPath()) return { repo: null, note: 'git is not installed' }
  const found = openReader(root)
  if ('notRepo' in found) return { repo: null, note: 'not a git repository' }
  if ('reader' in found) {
    const reader = found.reader
    const repo: GitRepo = { top: reader.layout.top, prefix: reader.layout.prefix, index: reader.indexFile, objects: reader.objectsDir, head: null, reader }
    const head = inProcess(repo, (r) => ({ id: r.head() }))
    if (head) return { repo: { ...repo, head: head.id }, note: null }
  }
  return openRepoWithGit(root)
}

async function openRepoWithGit(root: string): Promise<{ repo: GitRepo | null; note: string | null }> {
  const args = ['rev-parse', '--show-toplevel', '--show-prefix', '--git-path', 'index', '--git-path', 'objects']
  let lines: string[]
  let head: string | null = null
  try {
    // One process in the common case: HEAD is resolved along with the rest.
    const r = await git([...args, 'HEAD'], { cwd: root, allow: [128] })
    if (r.code === 0) {
      lines = r.stdout.toString('utf8').split('\n')
      head = /^[0-9a-f]{40,64}$/.test(lines[4] ?? '') ? lines[4]! : null
    } else lines = (await git(args, { cwd: root })).stdout.toString('utf8').split('\n')
  } catch (err) {
    const message = (err as Error).message
    if (/ENOENT/.test(message)) return { repo: null, note: 'git is not installed' }
    return { repo: null, note: /not a git repository/i.test(message) ? 'not a git repository' : message.split('\n')[0]! }
  }
  const [top, prefix, index, objects] = lines
  if (!top || prefix === undefined || !index || !objects) return { repo: null, note: 'git rev-parse gave no working tree (bare repository?)' }
  return { repo: { top, prefix, index: path.resolve(root, index), objects: path.resolve(root, objects), head }, note: null }
}

interface GitObject {
  oid: string
  type: string
  body: Buffer
}

/**
 * `git cat-file --batch`: every named object (`<rev>:<path>`) with its type and content; null when
 * missing. With `bodies`, the in-process reader reads only the objects it names (the others come
 * with their id, type and an empty body).
 */
async function catObjects(repo: GitRepo, names: readonly string[], env?: Record<string, string>, bodies?: ReadonlySet<string>): Promise<Map<string, GitObject | null>> {
  const out = new Map<string, GitObject | null>()
  const unique = [...new Set(names)]
  if (!unique.length) return out
  const local = env ? undefined : inProcess(repo, (r) => readObjects(r, unique, bodies))
  if (local) return local
  for (const n of unique) if (n.includes('\n')) throw new GitError(`object name with a line break: ${JSON.stringify(n)}`)
  const r = await git(['cat-file', '--batch'], { cwd: repo.top, input: unique.join('\n') + '\n', ...(env ? { env } : {}) })
  const buf = r.stdout
  let at = 0
  for (const n of unique) {
    const nl = buf.indexOf(0x0a, at)
    if (nl < 0) throw new GitError('git cat-file --batch: truncated output')
    const header = buf.subarray(at, nl).toString('utf8')
    at = nl + 1
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header)
    if (!m) {
      out.set(n, null) // "<name> missing" / "ambiguous"
      continue
    }
    const size = Number(m[3])
    out.set(n, { oid: m[1]!, type: m[2]!, body: buf.subarray(at, at + size) })
    at += size + 1
  }
  return out
}

const NO_BODY = Buffer.alloc(0)

/** catObjects in-process: names `<40-hex rev>:<path>` only. */
function readObjects(reader: GitReader, names: readonly string[], bodies?: ReadonlySet<string>): Map<string, GitObject | null> {
  const out = new Map<string, GitObject | null>()
  for (const n of names) {
    const m = /^([0-9a-f]{40}):(.*)$/s.exec(n)
    if (!m) throw new UnsupportedRepo(`object name ${JSON.stringify(n)}`)
    if (bodies && !bodies.has(n)) {
      const e = reader.entryAt(m[1]!, m[2]!)
      out.set(n, e && { ...e, body: NO_BODY })
    } else out.set(n, reader.objectAt(m[1]!, m[2]!))
  }
  return out
}

/** The entries of a raw tree object (`<mode> <name>\0<binary id>`…). */
function parseTree(body: Buffer, idLength: number): TreeEntry[] {
  const out: TreeEntry[] = []
  let at = 0
  while (at < body.length) {
    const sp = body.indexOf(0x20, at)
    const nul = body.indexOf(0, sp)
    out.push({ mode: body.subarray(at, sp).toString('latin1'), name: body.subarray(sp + 1, nul).toString('utf8'), id: Buffer.from(body.subarray(nul + 1, nul + 1 + idLength)) })
    at = nul + 1 + idLength
  }
  return out
}

/** The text of root-relative `paths` at `rev`; null when missing or a directory. */
export async function readAt(repo: GitRepo, rev: string, paths: readonly string[]): Promise<Map<string, string | null>> {
  const found = await catObjects(repo, paths.map((p) => `${rev}:${repo.prefix}${p}`))
  return new Map(
    paths.map((p) => {
      const o = found.get(`${rev}:${repo.prefix}${p}`) ?? null
      return [p, o && o.type === 'blob' ? o.body.toString('utf8') : null]
    })
  )
}

/** The commit `ref` names, or null. Refuses option-like refs. */
export async function resolveCommit(repo: GitRepo, ref: string): Promise<string | null> {
  if (ref.startsWith('-') || ref.includes('\n') || ref === '') return null
  const local = inProcess(repo, (r) => ({ id: r.resolveCommit(ref) }))
  if (local) return local.id
  const r = await git(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { cwd: repo.top, allow: [1, 128] })
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null
}

/**
 * Object ids of `<rev>:<path>` for every request and every rev (one `git cat-file --batch` for
 * all): `result.get(rev).get(requestKey)`. A request with `exclude` gets the id of its tree
 * without those subtrees — a real git tree id, built from the trees on the way down.
 */
export async function idsAt(repo: GitRepo, revs: readonly string[], requests: readonly PathRequest[], env?: Record<string, string>): Promise<Map<string, Map<string, string | null>>> {
  const dirs = new Set<string>()
  for (const r of requests) {
    for (const x of r.exclude) for (let d = path.posix.dirname(x); d.length > r.path.length; d = path.posix.dirname(d)) dirs.add(d)
  }
  const name = (rev: string, p: string) => `${rev}:${repo.prefix}${p}`
  // Only trees that lose excluded entries are read; every other request needs just its id and type.
  const bodies = new Set(revs.flatMap((rev) => [...requests.filter((r) => r.exclude.length).map((r) => name(rev, r.path)), ...[...dirs].map((d) => name(rev, d))]))
  const found = await catObjects(repo, revs.flatMap((rev) => [...requests.map((r) => name(rev, r.path)), ...[...dirs].map((d) => name(rev, d))]), env, bodies)
  const out = new Map<string, Map<string, string | null>>()
  for (const rev of revs) {
    const ids = new Map<string, string | null>()
    const idOf = (dir: string, exclude: readonly string[]): string | null => {
      const o = found.get(name(rev, dir)) ?? null
      if (!o || o.type !== 'tree') return o && o.type === 'blob' ? o.oid : null
      const kept: TreeEntry[] = []
      for (const e of parseTree(o.body, o.oid.length / 2)) {
        const child = `${dir}/${e.name}`
        if (exclude.includes(child)) continue
        if (e.mode === '40000' && exclude.some((x) => x.startsWith(child + '/'))) {
          const sub = idOf(child, exclude)
          if (sub) kept.push({ ...e, id: Buffer.from(sub, 'hex') })
        } else kept.push(e)
      }
      if (!kept.length) return null
      return treeId(kept, o.oid.length === 64 ? 'sha256' : 'sha1').toString('hex')
    }
    for (const r of requests) {
      const o = found.get(name(rev, r.path)) ?? null
      ids.set(requestKey(r), !o || (o.type !== 'blob' && o.type !== 'tree') ? null : r.exclude.length ? idOf(r.path, r.exclude) : o.oid)
    }
    out.set(rev, ids)
  }
  return out
}

/** idsAt's answer for the commit whose tree the index holds (status.ts), from the index: no tree object is read. */
function idsInIndex(index: IndexTrees, prefix: string, requests: readonly PathRequest[]): Map<string, string | null> {
  const ids = new Map<string, string | null>()
  for (const r of requests) ids.set(requestKey(r), index.idAt(`${prefix}${r.path}`, r.exclude.map((x) => `${prefix}${x}`)))
  return ids
}

/**
 * Copies the index for `git add` to work on, keeping it as old as the original (1 ms older: a Date
 * has no nanoseconds). git trusts an entry whose stat data matches only when the entry is older
 * than the index file ("racy git"); a copy made now would make an entry written in the same clock
 * tick as the index look trustworthy, and a same-size edit in that tick would go unseen.
 */
async function copyIndex(from: string, to: string): Promise<void> {
  const st = await fs.stat(from).catch(() => null)
  if (!st) return
  await fs.copyFile(from, to)
  const then = new Date(Math.floor(st.mtimeMs) - 1)
  await fs.utimes(to, then, then)
}

export interface WorktreeIds {
  /** Object id of the working-tree content of each request (requestKey → id; null: does not exist). */
  ids: Map<string, string | null>
  /** Paths whose content differs from HEAD. */
  dirty: string[]
  notes: string[]
}

/** Object ids of `requests` as they are in the working tree, hashed as git would store them. */
export async function worktreeObjectIds(repo: GitRepo, root: string, requests: readonly PathRequest[]): Promise<WorktreeIds> {
  const paths = [...new Set(requests.map((r) => r.path))].sort()
  const notes: string[] = []
  // Synchronous: a hundred promise-based lstats cost more in scheduling than the calls themselves.
  const exists = (p: string) => {
    try {
      return lstatSync(path.join(root, ...p.split('/')), { throwIfNoEntry: false }) !== undefined
    } catch {
      return false
    }
  }
  const existing = new Set(paths.filter(exists))
  let present = [...existing]
  const full = (ps: readonly string[]) => ps.map((p) => `${repo.prefix}${p}`)
  // A clean checkout (CI) needs no index work: its working tree is HEAD.
  let clean = false
  // Set when the index holds HEAD's tree and the files are clean: the ids are the index's.
  let index: IndexTrees | null = null
  if (repo.head && !present.length) clean = true
  else if (repo.head) {
    const state = inProcess(repo, (r) => worktreeState(r, repo.head!, full(present)))
    index = state?.head ?? null
    clean = state ? state.state === 'clean' : (await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...full(present)], { cwd: repo.top })).stdout.length === 0
  }
  let tree = repo.head!
  const tmp = clean ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'modules-rebuild-plan-'))
  try {
    let env: Record<string, string> | undefined
    if (tmp) {
      const objects = path.join(tmp, 'objects')
      await fs.mkdir(objects)
      const e = { GIT_INDEX_FILE: path.join(tmp, 'index'), GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: repo.objects }
      env = e
      for (const fresh of [false, true]) {
        try {
          await fs.rm(e.GIT_INDEX_FILE, { force: true })
          if (!fresh) await copyIndex(repo.index, e.GIT_INDEX_FILE)
          else if (repo.head) await git(['read-tree', repo.head], { cwd: repo.top, env: e })
          if (present.length) {
            const add = await git(['add', '-A', '--', ...full(present)], { cwd: repo.top, env: e, allow: [1] })
            if (add.code === 1) {
              // Some input is git-ignored as a whole: leave it out and say so.
              const ignored = await git(['check-ignore', '--no-index', '--', ...full(present)], { cwd: repo.top, env: e, allow: [1] })
              const skip = new Set(ignored.stdout.toString('utf8').split('\n').filter(Boolean))
              const kept = present.filter((p) => !skip.has(`${repo.prefix}${p}`))
              present = kept
              if (present.length) await git(['add', '-A', '--', ...full(present)], { cwd: repo.top, env: e })
            }
          }
          tree = (await git(['write-tree'], { cwd: repo.top, env: e })).stdout.toString('utf8').trim()
          break
        } catch (err) {
          if (fresh) throw err
          notes.push(`a copy of the index could not be used (${(err as Error).message.split('\n')[0]}); hashed from HEAD and the files instead.`)
        }
      }
    }
    const revs = repo.head && tree !== repo.head ? [tree, repo.head] : [tree]
    const fromIndex = index && !tmp ? inProcess(repo, () => new Map([[tree, idsInIndex(index!, repo.prefix, requests)]])) : undefined
    const found = fromIndex ?? (await idsAt(repo, revs, requests, env))
    const ids = new Map<string, string | null>()
    const dirty = new Set<string>()
    const untracked = new Set<string>()
    for (const r of requests) {
      const k = requestKey(r)
      const now = existing.has(r.path) ? (found.get(tree)!.get(k) ?? null) : null // not on disk: nothing to build from
      ids.set(k, now)
      const then = repo.head ? (found.get(repo.head)!.get(k) ?? null) : null
      if (now !== then) dirty.add(r.path)
      if (now === null && existing.has(r.path)) untracked.add(r.path)
    }
    for (const p of untracked) notes.push(`${p} exists, but git keeps nothing of it (ignored by .gitignore, or empty): not part of any build key.`)
    return { ids, dirty: [...dirty].sort(), notes }
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true })
  }
}
