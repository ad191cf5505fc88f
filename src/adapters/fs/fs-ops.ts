/**
 * The file-system operations the write path (write.ts) is made of, behind one interface so tests
 * can fail or kill the program at any step. Every operation that changes the disk is one call
 * here; reads (lstat, realpath, readdir, readFile) are here too, so a test double sees them all.
 *
 * Test hook: with MODULES_REBUILD_TEST_KILL_AT=<n> in the environment, the real operations send
 * SIGKILL to the process itself just before the n-th disk-changing operation (open, write, fsync,
 * close, link, rename, unlink, mkdir, rmdir, directory fsync) — what a power cut or `kill -9` does.
 * Only __tests__/write-kill.test.ts sets it.
 */
import fsSync, { promises as fs, type Stats } from 'node:fs'
import { promisify } from 'node:util'

export interface FsOps {
  lstat(p: string): Promise<Stats>
  realpath(p: string): Promise<string>
  readdir(p: string): Promise<string[]>
  readFile(p: string): Promise<Buffer>
  /** Creates a new file (fails when it exists), returning a descriptor. */
  create(p: string): Promise<number>
  write(fd: number, data: Uint8Array): Promise<void>
  fsync(fd: number): Promise<void>
  close(fd: number): Promise<void>
  /** Makes `p`'s directory entries durable (open the directory, fsync, close). */
  fsyncDir(p: string): Promise<void>
  link(existing: string, p: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(p: string): Promise<void>
  /** One directory, not recursive. */
  mkdir(p: string): Promise<void>
  rmdir(p: string): Promise<void>
}

const openAsync = promisify(fsSync.open)
const writeAsync = promisify(fsSync.write)
const fsyncAsync = promisify(fsSync.fsync)
const closeAsync = promisify(fsSync.close)

const real: FsOps = {
  lstat: (p) => fs.lstat(p),
  realpath: (p) => fs.realpath(p),
  readdir: (p) => fs.readdir(p),
  readFile: (p) => fs.readFile(p),
  create: (p) => openAsync(p, fsSync.constants.O_WRONLY | fsSync.constants.O_CREAT | fsSync.constants.O_EXCL | (fsSync.constants.O_NOFOLLOW ?? 0), 0o666),
  async write(fd, data) {
    for (let off = 0; off < data.byteLength; ) off += (await writeAsync(fd, data, off, data.byteLength - off)).bytesWritten
  },
  fsync: (fd) => fsyncAsync(fd),
  close: (fd) => closeAsync(fd),
  async fsyncDir(p) {
    if (process.platform === 'win32') return // directories cannot be opened for fsync there
    const fd = await openAsync(p, fsSync.constants.O_RDONLY)
    try {
      await fsyncAsync(fd)
    } finally {
      await closeAsync(fd)
    }
  },
  link: (a, b) => fs.link(a, b),
  rename: (a, b) => fs.rename(a, b),
  unlink: (p) => fs.unlink(p),
  mkdir: (p) => fs.mkdir(p).then(() => undefined),
  rmdir: (p) => fs.rmdir(p)
}

/** Operations that change the disk: the ones the kill hook and fault-injection tests count. */
export const MUTATING = ['create', 'write', 'fsync', 'close', 'fsyncDir', 'link', 'rename', 'unlink', 'mkdir', 'rmdir'] as const
export type MutatingOp = (typeof MUTATING)[number]

/** Wraps `ops` so `before(op, args)` runs ahead of every disk-changing operation (it may throw). */
export function intercept(ops: FsOps, before: (op: MutatingOp, args: unknown[]) => void): FsOps {
  const wrapped: FsOps = { ...ops }
  for (const name of MUTATING) {
    const fn = ops[name] as (...a: unknown[]) => Promise<unknown>
    ;(wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      before(name, args)
      return fn(...args)
    }
  }
  return wrapped
}

function killHook(ops: FsOps): FsOps {
  const at = Number(process.env.MODULES_REBUILD_TEST_KILL_AT)
  if (!Number.isInteger(at) || at < 1) return ops
  let n = 0
  return intercept(ops, () => {
    if (++n === at) process.kill(process.pid, 'SIGKILL')
  })
}

let current: FsOps | null = null

/** The operations in use: the real ones (with the kill hook when its variable is set), or a test's. */
export function fsOps(): FsOps {
  current ??= killHook(real)
  return current
}

/** Tests: run with other operations (null: back to the real ones). */
export function useFsOps(ops: FsOps | null): void {
  current = ops
}

export const realFsOps: FsOps = real

const WHY: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'resource busy',
  ETXTBSY: 'file busy',
  ELOOP: 'too many levels of symbolic links',
  EEXIST: 'already exists',
  ENOENT: 'no such file or directory'
}

/** The short reason an errno error gives, e.g. "no space left on the device (ENOSPC)". */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code
  if (typeof code === 'string' && WHY[code]) return `${WHY[code]} (${code})`
  return (err as Error)?.message ?? String(err)
}

export const isErrno = (err: unknown): err is NodeJS.ErrnoException => typeof (err as NodeJS.ErrnoException)?.code === 'string'
