/**
 * The one write path of the program. Every file modules-rebuild writes or deletes goes through
 * applyChanges (or writeFileAt for a file the user names outright, such as `plan --out`):
 *
 * - Confined (confine.ts, which only reads): each path is resolved against the real root one
 *   component at a time. A component that is a symbolic link is followed only when it resolves
 *   inside the root (to a directory, or for the last component to a regular file, which is then
 *   replaced — the link stays and its target gets the new content atomically); a link leading
 *   out, a dangling link, a parent that is not a directory, a target that is a directory,
 *   anything under `.git/`: refused before the first byte is written (IoError, exit 2). A
 *   deletion renames the entry itself and never follows a link.
 * - Atomic: new content goes to `.<name>.modules-rebuild-<pid>-<rand>.tmp` in the same directory,
 *   is fsynced, then renamed over the file, and the directory is fsynced.
 * - All-or-nothing: with more than one file, a journal (`.modules-rebuild.journal` at the root) is
 *   written first; every temp file is staged; every replaced file gets a backup hard link
 *   (`….bak`, a copy where links are not supported); deletions are renames to `….del`. Only then
 *   are the renames done. A failure puts every file back (renaming the backups over the files,
 *   removing the directories it created when still empty) and reports a clean I/O error. A crash
 *   leaves each file old or new; the next run that writes finds the journal and undoes the rest
 *   before it reads anything (`recoverInterrupted`), and removes leftover temp files of dead runs.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { repoPathProblem } from '../../core/manifest/identifiers.js'
import { IoError } from '../../core/diagnostics/errors.js'
import { inside, JOURNAL, LEFTOVER, lstatOrNull, missing, posix, realRootOf, resolve, sideName, type Kind } from './confine.js'
import { fsOps, ioReason, isErrno, type FsOps } from './fs-ops.js'

export { JOURNAL } from './confine.js'

export type Change = { path: string; content: string } | { path: string; delete: true; /** Remove emptied parent directories up to (and including) this one. */ prune?: string }

export interface ApplyOptions {
  /** Files a step outside this program (cargo) may change before commit: backed up, put back on rollback. */
  preserve?: readonly string[]
  /** Runs with every change in place; false (or a throw) puts everything back. */
  beforeCommit?: () => Promise<boolean>
}

export interface Applied {
  committed: boolean
  written: string[]
  deleted: string[]
}

interface Entry {
  rel: string
  kind: Kind
  /** Real absolute path of the file (for a write through an inner symlink: the link's target). */
  target: string
  existed: boolean
  content: Buffer | null
  tmp: string | null
  bak: string | null
  del: string | null
  prune: string | null
}

interface Journal {
  schema: 1
  pid: number
  token: string
  state: 'prepared' | 'committed'
  /** Paths relative to the real root, '/'-separated. */
  entries: Array<{ kind: Kind; target: string; existed: boolean; tmp: string | null; bak: string | null; del: string | null; prune: string | null }>
  dirs: string[]
}

/** Tokens of the transactions this process has open (a journal with one of them is not stale). */
const active = new Set<string>()

/** Writes `changes` (and deletes) under `root` as one transaction. */
export async function applyChanges(root: string, changes: readonly Change[], opts: ApplyOptions = {}): Promise<Applied> {
  const ops = fsOps()
  const realRoot = await realRootOf(ops, root)
  await recover(ops, realRoot)
  const mkdirs: string[] = []
  const entries: Entry[] = []
  const seen = new Map<string, string>()
  const add = async (rel: string, kind: Kind, content: Buffer | null, prune: string | null) => {
    const { target, existed } = await resolve(ops, realRoot, root, rel, kind, mkdirs)
    if (seen.has(target)) throw new IoError(`${rel}: refusing to write: it is the same file as ${seen.get(target)}`)
    seen.set(target, rel)
    if (kind === 'delete' && !existed) return
    entries.push({ rel, kind, target, existed, content, prune, tmp: kind === 'write' ? sideName(target, 'tmp') : null, bak: existed && kind !== 'delete' ? sideName(target, 'bak') : null, del: kind === 'delete' || (kind === 'preserve' && !existed) ? sideName(target, 'del') : null })
  }
  for (const c of changes) await add(c.path, 'delete' in c ? 'delete' : 'write', 'delete' in c ? null : Buffer.from(c.content, 'utf8'), 'delete' in c ? (c.prune ?? null) : null)
  for (const p of opts.preserve ?? []) if (!changes.some((c) => c.path === p)) await add(p, 'preserve', null, null)
  const result = (committed: boolean): Applied => ({ committed, written: committed ? entries.filter((e) => e.kind === 'write').map((e) => e.rel) : [], deleted: committed ? entries.filter((e) => e.kind === 'delete').map((e) => e.rel) : [] })
  if (!entries.some((e) => e.kind !== 'preserve')) return result(opts.beforeCommit ? await opts.beforeCommit() : true)
  await sweep(ops, [...new Set([realRoot, ...entries.map((e) => path.dirname(e.target)).filter((d) => !mkdirs.includes(d))])])

  const token = randomBytes(8).toString('hex')
  const journaled = entries.length > 1
  const journal: Journal = { schema: 1, pid: process.pid, token, state: 'prepared', dirs: mkdirs.map((d) => posix(path.relative(realRoot, d))), entries: entries.map((e) => ({ kind: e.kind, existed: e.existed, prune: e.prune, ...rels(realRoot, e) })) }
  const dirs = [...new Set(entries.map((e) => path.dirname(e.target)))]
  const created: string[] = []
  let step: Entry | null = null
  active.add(token)
  try {
    try {
      if (journaled) await writeJournal(ops, realRoot, journal, true)
      for (const d of mkdirs) {
        await ops.mkdir(d)
        created.push(d)
      }
      for (const e of entries) {
        step = e
        if (e.tmp) await createFile(ops, e.tmp, e.content!)
      }
      for (const e of entries) {
        step = e
        // cargo rewrites Cargo.lock in place, which a hard link would follow: a preserved file is copied.
        if (e.bak) await (e.kind === 'preserve' ? createWhole(ops, e.bak, await ops.readFile(e.target)) : backup(ops, e.target, e.bak))
      }
      for (const d of dirs) await ops.fsyncDir(d)
      for (const e of entries) {
        step = e
        if (e.kind === 'write') await ops.rename(e.tmp!, e.target)
        else if (e.kind === 'delete') await ops.rename(e.target, e.del!)
      }
      for (const d of dirs) await ops.fsyncDir(d)
      step = null
      if (opts.beforeCommit && !(await opts.beforeCommit())) {
        await undo(ops, realRoot, entries, created, journaled)
        return result(false)
      }
      if (journaled) await writeJournal(ops, realRoot, { ...journal, state: 'committed' }, false)
    } catch (err) {
      const where = step?.rel ?? (journaled ? JOURNAL : entries[0]!.rel)
      try {
        await undo(ops, realRoot, entries, created, journaled)
      } catch (undoErr) {
        throw new IoError(`${where}: cannot write: ${ioReason(err)}; putting the files back failed too (${ioReason(undoErr)}): the next modules-rebuild run that writes in ${root} finishes undoing it`)
      }
      if (err instanceof IoError) throw err
      if (!isErrno(err)) throw err
      throw new IoError(`${where}: cannot write: ${ioReason(err)}; nothing was changed`)
    }
    await finish(ops, realRoot, entries, journaled).catch(() => {}) // leftovers: cleaned by the next run
    return result(true)
  } finally {
    active.delete(token)
  }
}

function rels(realRoot: string, e: Entry) {
  const r = (p: string | null) => (p === null ? null : posix(path.relative(realRoot, p)))
  return { target: r(e.target)!, tmp: r(e.tmp), bak: r(e.bak), del: r(e.del) }
}

async function createFile(ops: FsOps, p: string, content: Buffer): Promise<void> {
  const fd = await ops.create(p)
  try {
    await ops.write(fd, content)
    await ops.fsync(fd)
  } finally {
    await ops.close(fd)
  }
}

/** Creates `final` with `content` through a temp file and a rename: it never exists partly written. */
async function createWhole(ops: FsOps, final: string, content: Buffer): Promise<void> {
  const tmp = sideName(final, 'tmp')
  try {
    await createFile(ops, tmp, content)
    await ops.rename(tmp, final)
  } catch (err) {
    await ops.unlink(tmp).catch(() => {})
    throw err
  }
}

/** A hard link to the current file; a durable copy where the file system has no hard links. */
async function backup(ops: FsOps, target: string, bak: string): Promise<void> {
  try {
    await ops.link(target, bak)
  } catch (err) {
    if (!isErrno(err) || !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV'].includes(err.code!)) throw err
    await createWhole(ops, bak, await ops.readFile(target))
  }
}

async function writeJournal(ops: FsOps, realRoot: string, journal: Journal, first: boolean): Promise<void> {
  const file = path.join(realRoot, JOURNAL)
  const text = Buffer.from(JSON.stringify(journal) + '\n')
  if (first) {
    try {
      await createFile(ops, file, text)
    } catch (err) {
      if (isErrno(err) && err.code === 'EEXIST') throw new IoError(`${JOURNAL}: another modules-rebuild run is writing in this checkout; run again when it has finished`)
      throw err
    }
  } else await createWhole(ops, file, text)
  await ops.fsyncDir(realRoot)
}

/** Puts every entry back as it was before the transaction. */
async function undo(ops: FsOps, realRoot: string, entries: readonly Entry[], created: readonly string[], journaled: boolean): Promise<void> {
  for (const e of [...entries].reverse()) {
    const bak = e.bak ? await lstatOrNull(ops, e.bak) : null
    if (bak) {
      // rename() between two links of one file does nothing: the file was never replaced, the link just goes.
      const now = await lstatOrNull(ops, e.target)
      if (now && now.ino === bak.ino && now.dev === bak.dev) await ops.unlink(e.bak!)
      else await ops.rename(e.bak!, e.target)
    }
    else if (!e.existed && (e.kind === 'preserve' || (e.tmp && !(await lstatOrNull(ops, e.tmp))))) {
      if ((await lstatOrNull(ops, e.target))?.isFile()) await ops.unlink(e.target)
    }
    if (e.del && e.kind === 'delete' && (await lstatOrNull(ops, e.del))) await ops.rename(e.del, e.target)
    if (e.tmp && (await lstatOrNull(ops, e.tmp))) await ops.unlink(e.tmp)
  }
  for (const d of [...created].reverse()) await removeEmptyDir(ops, d)
  for (const d of new Set(entries.map((e) => path.dirname(e.target)))) if (await lstatOrNull(ops, d)) await ops.fsyncDir(d)
  if (journaled && (await lstatOrNull(ops, path.join(realRoot, JOURNAL)))) {
    await ops.unlink(path.join(realRoot, JOURNAL))
    await ops.fsyncDir(realRoot)
  }
}

/** After the commit: the backups and deleted files go, emptied directories are pruned, the journal last. */
async function finish(ops: FsOps, realRoot: string, entries: readonly Entry[], journaled: boolean): Promise<void> {
  for (const e of entries) {
    for (const p of [e.bak, e.kind === 'delete' ? e.del : null]) if (p && (await lstatOrNull(ops, p))?.isFile()) await ops.unlink(p)
    if (e.prune) await prune(ops, realRoot, path.dirname(e.target), path.join(realRoot, e.prune))
  }
  if (journaled) {
    await ops.unlink(path.join(realRoot, JOURNAL))
    await ops.fsyncDir(realRoot)
  }
}

async function removeEmptyDir(ops: FsOps, d: string): Promise<boolean> {
  const st = await lstatOrNull(ops, d)
  if (!st?.isDirectory()) return false
  try {
    await ops.rmdir(d)
    return true
  } catch (err) {
    if (isErrno(err) && ['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(err.code!)) return false
    throw err
  }
}

async function prune(ops: FsOps, realRoot: string, dir: string, stop: string): Promise<void> {
  for (let d = dir; inside(stop, d) && d !== realRoot; d = path.dirname(d)) if (!(await removeEmptyDir(ops, d))) return
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return isErrno(err) && err.code === 'EPERM'
  }
}

/** Removes temp files an interrupted single-file write of a dead process left in `dirs`. */
async function sweep(ops: FsOps, dirs: readonly string[]): Promise<void> {
  for (const d of dirs) {
    const names = await ops.readdir(d).catch(() => [] as string[])
    for (const n of names) {
      const m = LEFTOVER.exec(n)
      if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue
      if ((await lstatOrNull(ops, path.join(d, n)))?.isFile()) await ops.unlink(path.join(d, n)).catch(() => {})
    }
  }
}

/** Finishes what an interrupted run left: its journal's change undone (or, once committed, cleaned up). */
async function recover(ops: FsOps, realRoot: string): Promise<void> {
  const file = path.join(realRoot, JOURNAL)
  let text: string
  try {
    text = (await ops.readFile(file)).toString('utf8')
  } catch (err) {
    if (missing(err)) return
    throw new IoError(`${JOURNAL}: cannot read: ${ioReason(err)}`)
  }
  let j: Journal | null = null
  try {
    j = JSON.parse(text) as Journal
    if (j?.schema !== 1 || !Array.isArray(j.entries) || !Array.isArray(j.dirs)) j = null
  } catch {
    j = null
  }
  if (j === null) {
    // Only the journal itself was being written when that run stopped: nothing else was touched.
    await ops.unlink(file)
    return
  }
  if (active.has(j.token) || (j.pid !== process.pid && alive(j.pid))) throw new IoError(`${JOURNAL}: another modules-rebuild run (pid ${j.pid}) is writing in this checkout; run again when it has finished`)
  const abs = (p: string | null) => (p === null ? null : path.join(realRoot, ...p.split('/')))
  for (const p of [...j.entries.flatMap((e) => [e.target, e.tmp, e.bak, e.del]), ...j.dirs]) {
    if (p !== null && (typeof p !== 'string' || repoPathProblem(p) !== null)) throw new IoError(`${JOURNAL}: not a journal this program wrote (path ${JSON.stringify(p)}); remove it if no modules-rebuild run is active`)
  }
  const entries: Entry[] = j.entries.map((e) => ({ rel: e.target, kind: e.kind, existed: e.existed, content: null, prune: e.prune, target: abs(e.target)!, tmp: abs(e.tmp), bak: abs(e.bak), del: abs(e.del) }))
  try {
    if (j.state === 'committed') await finish(ops, realRoot, entries, true)
    else await undo(ops, realRoot, entries, j.dirs.map((d) => abs(d)!), true)
    await sweep(ops, [realRoot]) // the temp file of a journal update cut short
  } catch (err) {
    throw new IoError(`${JOURNAL}: cannot finish the change an interrupted run left: ${ioReason(err)}`)
  }
}

/** Undoes (or completes) a change an interrupted run left under `root`; every writing command calls it before reading. */
export async function recoverInterrupted(root: string): Promise<void> {
  const ops = fsOps()
  await recover(ops, await realRootOf(ops, root))
}

/** Writes one file the user named outright (`plan --out`, `schemas --out`): its directory is created and is the root. */
export async function writeFileAt(absolute: string, content: string): Promise<void> {
  await writeFilesAt(path.dirname(absolute), [{ path: path.basename(absolute), content }])
}

/** Writes files into a directory the user named (created when missing), as one transaction. */
export async function writeFilesAt(dir: string, files: ReadonlyArray<{ path: string; content: string }>): Promise<Applied> {
  await makeDirectory(dir)
  return applyChanges(dir, files)
}

/** Creates a directory the user named (`--root` of init, `--out`) and its missing parents. */
export async function makeDirectory(dir: string): Promise<void> {
  const ops = fsOps()
  const st = await lstatOrNull(ops, dir)
  if (st) return
  await makeDirectory(path.dirname(dir))
  try {
    await ops.mkdir(dir)
  } catch (err) {
    if (isErrno(err) && err.code === 'EEXIST') return
    throw new IoError(`${dir}: cannot create the directory: ${ioReason(err)}`)
  }
}
