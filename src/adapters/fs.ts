/**
 * File-system adapter: reads the manifest and the files it points at, and hands the pure core a
 * snapshot. Problems reading the *manifest* are usage/IO errors (exit 2); files the manifest points
 * at that do not exist are findings of the core (exit 1).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { repoPathProblem } from '../manifest/identifiers.js'

/** An I/O or usage problem: the command could not look at the input at all. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ManifestLocation {
  root: string
  /** Path as shown in diagnostics: relative to root, POSIX separators. */
  file: string
  absolute: string
}

export async function locateManifest(root: string, manifest = 'modules.toml'): Promise<ManifestLocation> {
  const absRoot = path.resolve(root)
  const stat = await fs.stat(absRoot).catch(() => null)
  if (!stat?.isDirectory()) throw new UsageError(`${root}: no such directory`)
  const absolute = path.resolve(absRoot, manifest)
  const rel = path.relative(absRoot, absolute)
  const file = rel.startsWith('..') || path.isAbsolute(rel) ? absolute.split(path.sep).join('/') : rel.split(path.sep).join('/')
  return { root: absRoot, file, absolute }
}

/** Reads a text file; UsageError when it is missing or unreadable. Invalid UTF-8 is left for the core to report. */
export async function readText(absolute: string, shown: string): Promise<string> {
  let buf: Buffer
  try {
    buf = await fs.readFile(absolute)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message
    throw new UsageError(`${shown}: cannot read: ${why}`)
  }
  return decode(buf)
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 text; invalid UTF-8 comes back with U+FFFD in it, which the core reports as binary-content. */
function decode(buf: Buffer): string {
  const text = buf.toString('utf8')
  if (!text.includes('\uFFFD')) return text
  try {
    return strictUtf8.decode(buf) // a genuine U+FFFD in valid UTF-8
  } catch {
    return text
  }
}

/**
 * Reads the files the core asked for, 64 at a time. A file that does not exist, or that resolves
 * outside the root through a symlink, is null; any other read failure is a UsageError.
 */
export async function readSnapshot(root: string, files: readonly string[]): Promise<Map<string, string | null>> {
  const realRoot = await fs.realpath(root).catch(() => {
    throw new UsageError(`${root}: no such directory`)
  })
  const out = new Map<string, string | null>()
  const readOne = async (rel: string): Promise<string | null> => {
    if (repoPathProblem(rel) !== null) return null
    try {
      const absolute = path.join(root, rel)
      const content = await fs.readFile(absolute) // most candidates do not exist: fail fast first
      const real = await fs.realpath(absolute)
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null
      return decode(content)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
      throw new UsageError(`${rel}: cannot read: ${(err as Error).message}`)
    }
  }
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const rel = files[next++]!
      out.set(rel, await readOne(rel))
    }
  }
  await Promise.all(Array.from({ length: Math.min(64, files.length) }, worker))
  return out
}
