/**
 * Where the write path (write.ts, the one writer) may write, and the names of its own files. It
 * only reads the disk (lstat, realpath): it resolves each path of a change against the real root
 * one component at a time and refuses — before anything is written — a symbolic link leading out
 * of the root or to nothing, a parent that is not a directory, a target that is a directory or not
 * a regular file, anything under `.git/`, and the write path's own journal and side files.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { repoPathProblem } from '../../core/manifest/identifiers.js'
import { IoError } from '../../core/diagnostics/errors.js'
import { isErrno, type FsOps } from './fs-ops.js'

/** The journal of a multi-file change, at the root. */
export const JOURNAL = '.modules-rebuild.journal'
/** A temp, backup or deleted file of the write path: `.<name>.modules-rebuild-<pid>-<rand>.<ext>` (sideName). */
export const LEFTOVER = /^\.(.+)\.modules-rebuild-(\d+)-([0-9a-f]{8})\.(tmp|bak|del)$/
const MAX_NAME = 255

export type Kind = 'write' | 'delete' | 'preserve'

export const posix = (p: string) => p.split(path.sep).join('/')
export const inside = (realRoot: string, p: string) => p === realRoot || p.startsWith(realRoot + path.sep)
export const missing = (err: unknown) => isErrno(err) && (err.code === 'ENOENT' || err.code === 'ENOTDIR')

export async function lstatOrNull(ops: FsOps, p: string) {
  try {
    return await ops.lstat(p)
  } catch (err) {
    if (missing(err)) return null
    throw err
  }
}

/** A fresh temp (`tmp`), backup (`bak`) or deleted-file (`del`) name beside `target`, in the LEFTOVER pattern. */
export function sideName(target: string, ext: 'tmp' | 'bak' | 'del'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.modules-rebuild-${process.pid}-${randomBytes(4).toString('hex')}.${ext}`)
}

export async function realRootOf(ops: FsOps, root: string): Promise<string> {
  let isDirectory: boolean
  let real: string
  try {
    real = await ops.realpath(root)
    isDirectory = (await ops.lstat(real)).isDirectory()
  } catch {
    throw new IoError(`${root}: no such directory`)
  }
  if (!isDirectory) throw new IoError(`${root}: not a directory`)
  return real
}

/** Resolves `rel` under the real root; refuses anything that would leave it. `mkdirs` collects missing parents. */
export async function resolve(ops: FsOps, realRoot: string, root: string, rel: string, kind: Kind, mkdirs: string[]): Promise<{ target: string; existed: boolean }> {
  const refuse = (why: string) => new IoError(`${rel}: refusing to ${kind === 'delete' ? 'delete' : 'write'}: ${why}`)
  const problem = repoPathProblem(rel)
  if (problem) throw refuse(`the path ${problem}`)
  const segs = rel.split('/').filter((s) => s !== '' && s !== '.')
  if (!segs.length) throw refuse('it names the root directory')
  for (const s of segs) if (Buffer.byteLength(`.${s}.modules-rebuild-4294967295-00000000.tmp`) > MAX_NAME) throw refuse(`the name '${s.slice(0, 40)}…' is too long (at most ${MAX_NAME - 40} bytes)`)
  let cur = realRoot
  let creating = false
  for (const [i, seg] of segs.slice(0, -1).entries()) {
    const shown = segs.slice(0, i + 1).join('/')
    const next = path.join(cur, seg)
    const st = creating ? null : await lstatOrNull(ops, next)
    if (!st) {
      creating = true
      if (kind !== 'write') return { target: path.join(next, ...segs.slice(i + 1)), existed: false }
      if (!mkdirs.includes(next)) mkdirs.push(next)
      cur = next
    } else if (st.isSymbolicLink()) {
      const real = await ops.realpath(next).catch(() => null)
      if (real === null) throw refuse(`${shown} is a symbolic link to nothing`)
      if (!inside(realRoot, real)) throw refuse(`${shown} is a symbolic link that leads outside ${root}`)
      if (!(await ops.lstat(real)).isDirectory()) throw refuse(`${shown} is not a directory`)
      cur = real
    } else if (st.isDirectory()) cur = next
    else throw refuse(`${shown} is not a directory`)
  }
  let target = path.join(cur, segs.at(-1)!)
  const st = creating ? null : await lstatOrNull(ops, target)
  if (st?.isSymbolicLink() && kind !== 'delete') {
    const real = await ops.realpath(target).catch(() => null)
    if (real === null) throw refuse('it is a symbolic link to nothing')
    if (!inside(realRoot, real)) throw refuse(`a symbolic link leads outside ${root}`)
    const rst = await ops.lstat(real)
    if (!rst.isFile()) throw refuse(`it is a symbolic link to ${rst.isDirectory() ? 'a directory' : 'something other than a file'}`)
    target = real
  } else if (st?.isDirectory()) throw refuse('it is a directory')
  else if (st && !st.isFile() && !st.isSymbolicLink()) throw refuse('it is not a regular file')
  const realRel = posix(path.relative(realRoot, target))
  if (/^\.git(\/|$)/i.test(realRel)) throw refuse('it is inside .git/')
  if (realRel === JOURNAL || LEFTOVER.test(path.basename(target))) throw refuse("it is one of modules-rebuild's own temporary files")
  return { target, existed: st !== null }
}
