/**
 * File-system adapter: reads the manifest and the files it points at, and hands the pure core a
 * snapshot. Problems reading the *manifest* are usage/IO errors (exit 2); files the manifest points
 * at that do not exist are findings of the core (exit 1).
 */
import fsSync from 'node:fs'
import path from 'node:path'
import { repoPathProblem } from '../../core/manifest/identifiers.js'
import { ArgumentError, IoError } from '../../core/diagnostics/errors.js'

export interface ManifestLocation {
  root: string
  /** Path as shown in diagnostics: relative to root, POSIX separators. */
  file: string
  absolute: string
}

/**
 * The root and the manifest in it. `--root` must be a directory; a manifest outside the root is
 * refused (package paths, generated files and modules-rebuild.toml are all resolved against the
 * root) unless `outside` allows it (hash reads nothing else).
 */
export async function locateManifest(root: string, manifest = 'modules.toml', outside: 'refuse' | 'allow' = 'refuse'): Promise<ManifestLocation> {
  const absRoot = path.resolve(root)
  const stat = statOrNull(absRoot)
  if (stat && !stat.isDirectory()) {
    const dir = path.dirname(root) || '.'
    throw new IoError(`${root} is a file, not a directory: --root takes the platform's repository root (the directory that holds modules.toml)${path.basename(root).endsWith('.toml') ? `; for this manifest pass --root ${dir}${path.basename(root) === 'modules.toml' ? '' : ` --manifest ${path.basename(root)}`}` : ''}`)
  }
  if (!stat) throw new IoError(`${root}: no such directory (--root takes the platform's repository root)`)
  const absolute = path.resolve(absRoot, manifest)
  const rel = path.relative(absRoot, absolute)
  const outsideRoot = rel.startsWith('..') || path.isAbsolute(rel)
  if (outsideRoot && outside === 'refuse') {
    const dir = path.dirname(absolute)
    throw new ArgumentError(`--manifest ${manifest} is outside the root ${absRoot}: its package paths, the generated files and modules-rebuild.toml are resolved against the root. Pass --root ${dir}${path.basename(absolute) === 'modules.toml' ? '' : ` --manifest ${path.basename(absolute)}`}`)
  }
  const file = outsideRoot ? absolute.split(path.sep).join('/') : rel.split(path.sep).join('/')
  return { root: absRoot, file, absolute }
}

/**
 * stat that answers null for a path that cannot be stat'ed. These reads run at the start of every
 * command and are synchronous on purpose: the first use of fs.promises loads node's stream and
 * readline modules (~2–3 ms of a 120 ms start) for nothing.
 */
function statOrNull(p: string): fsSync.Stats | null {
  try {
    return fsSync.statSync(p)
  } catch {
    return null
  }
}

/** The manifest's text; a missing manifest names the directory searched and how to point elsewhere. */
export async function readManifestText(loc: ManifestLocation): Promise<string> {
  if (!statOrNull(loc.absolute)) throw new IoError(`${loc.file}: cannot read: no such file in ${path.dirname(loc.absolute)}; run in the platform's repository root, or pass --root DIR (the action: working-directory) and --manifest FILE when it is not modules.toml`)
  return readText(loc.absolute, loc.file)
}

/** Reads a text file; IoError when it is missing or unreadable. Invalid UTF-8 is left for the core to report. */
export async function readText(absolute: string, shown: string): Promise<string> {
  let buf: Buffer
  try {
    buf = fsSync.readFileSync(absolute)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message
    throw new IoError(`${shown}: cannot read: ${why}`)
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
 * Reads the files the core asked for. A file that does not exist, or that resolves outside the
 * root through a symlink, is null; any other read failure is an IoError.
 *
 * Synchronous on purpose (promise-based reads cost more than they save), and with one directory
 * listing per parent, not per module: a 5,000-module workspace asks for 20,000 files, most of which
 * do not exist (module.toml, admin/Cargo.toml, …). Each is first probed with one lstat that does
 * not throw; only a file that exists has the directories above it checked for symlinks, in their
 * parents' listings — `crates/`'s one listing answers for every `crates/<module>/`. Anything
 * unusual (a probe error, a symlink on the way) takes the slow path: every segment in its
 * parent's listing, and the real path of a linked file checked against the root.
 */
export async function readSnapshot(root: string, files: readonly string[]): Promise<Map<string, string | null>> {
  return openSnapshot(root).read(files)
}

/** readSnapshot and readFirstOf of one root through one reader (see openSnapshot). */
export interface Snapshot {
  read(files: readonly string[]): Promise<Map<string, string | null>>
  readFirstOf(groups: ReadonlyArray<readonly string[]>): Promise<Map<string, string | null>>
}

/**
 * One reader for a command that reads the same tree several times and writes nothing in between
 * (check, plan): its reads share the directory listings and the texts already read, so each
 * directory is listed and each file read once per command. A command that writes opens a new one
 * after the write.
 */
export function openSnapshot(root: string): Snapshot {
  let reader: SnapshotReader | undefined
  const get = () => (reader ??= snapshotReader(root))
  return {
    read: async (files) => {
      const r = get()
      const out = new Map<string, string | null>()
      for (const rel of files) out.set(rel, r.probe(rel))
      return out
    },
    readFirstOf: async (groups) => firstOf(get(), groups)
  }
}

/**
 * readSnapshot for groups of alternatives (a module's package manifest names, in lookup order):
 * each group's files are read in order up to the first that exists; the ones after it are not
 * read and not in the map. A group's first file is usually there, so it is opened straight away
 * (no lstat first; a failed open costs more than a probe, so the others are probed as usual).
 */
export async function readFirstOf(root: string, groups: ReadonlyArray<readonly string[]>): Promise<Map<string, string | null>> {
  return firstOf(snapshotReader(root), groups)
}

function firstOf(reader: SnapshotReader, groups: ReadonlyArray<readonly string[]>): Map<string, string | null> {
  const out = new Map<string, string | null>()
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      const rel = group[i]!
      const text = i === 0 && group.length > 1 ? reader.open(rel) : reader.probe(rel)
      out.set(rel, text)
      if (text !== null) break
    }
  }
  return out
}

const NO_FOLLOW = fsSync.constants.O_RDONLY | (fsSync.constants.O_NOFOLLOW ?? 0)
/** A repository path with no empty or `.` segment: its segments are `rel.split('/')`. */
const plain = (rel: string): boolean => rel !== '.' && !rel.startsWith('./') && !rel.endsWith('/') && !rel.endsWith('/.') && !rel.includes('//') && !rel.includes('/./')

/** One buffer for the reads of a snapshot; a file that does not fit is read whole by readFileSync. */
const CHUNK = 64 * 1024

interface SnapshotReader {
  probe: (rel: string) => string | null
  open: (rel: string) => string | null
}

/** The reader of one snapshot; each path's answer is remembered (a path asked again is not read again). */
function snapshotReader(root: string): SnapshotReader {
  let realRoot: string
  try {
    realRoot = fsSync.realpathSync(root)
  } catch {
    throw new IoError(`${root}: no such directory`)
  }
  const posix = path.sep === '/'
  const listings = new Map<string, Map<string, fsSync.Dirent> | null>()
  const list = (dir: string): Map<string, fsSync.Dirent> | null => {
    let entries = listings.get(dir)
    if (entries === undefined) {
      try {
        entries = new Map(fsSync.readdirSync(path.join(root, dir), { withFileTypes: true }).map((d) => [d.name, d]))
      } catch {
        entries = null
      }
      listings.set(dir, entries)
    }
    return entries
  }
  /** Every segment of a repository path, or null for a path that is not one. */
  const segmentsOf = (rel: string): string[] | null => {
    if (repoPathProblem(rel) !== null) return null
    const split = rel.split('/')
    const segments = plain(rel) ? split : split.filter((s) => s !== '' && s !== '.')
    return segments.length === 0 ? null : segments
  }
  const absoluteOf = (segments: string[]): string => (posix ? `${root}/${segments.join('/')}` : path.join(root, ...segments))
  /** absoluteOf(segmentsOf(rel)) without the segments, for a plain path (most probes find nothing: they need no more). */
  const absoluteOfPlain = (rel: string): string | null => (posix && plain(rel) && repoPathProblem(rel) === null ? `${root}/${rel}` : null)
  /**
   * Whether the directories above the file and the file itself (`last`: its lstat; undefined: its
   * parent's listing says; null: not checked) are what they must be, per their parents' listings: true, false when one is not there or not
   * a directory (the file: is one), 'linked' when one is a symlink (the file's real path decides).
   */
  const walk = (segments: string[], last: fsSync.Dirent | fsSync.Stats | undefined | null): boolean | 'linked' => {
    let dir = ''
    let linked = false
    const dirs = segments.length - 1
    for (let i = 0; i < dirs; i++) {
      const name = segments[i]!
      const entry = list(dir)?.get(name)
      if (!entry) return false
      if (entry.isSymbolicLink()) linked = true
      else if (!entry.isDirectory()) return false
      dir = dir ? `${dir}/${name}` : name
    }
    if (last !== null) {
      const entry = last ?? list(dir)?.get(segments[dirs]!)
      if (!entry) return false
      if (entry.isSymbolicLink()) linked = true
      else if (entry.isDirectory()) return false
    }
    return linked ? 'linked' : true
  }
  const failed = (rel: string, err: unknown): null => {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
    throw new IoError(`${rel}: cannot read: ${(err as Error).message}`)
  }
  /** The file's text, or null. */
  const read = (rel: string, segments: string[], last: fsSync.Dirent | fsSync.Stats | undefined): string | null => {
    const inside = walk(segments, last)
    if (inside === false) return null
    const absolute = absoluteOf(segments)
    try {
      if (inside === 'linked') {
        const real = fsSync.realpathSync(absolute)
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null
        if (fsSync.statSync(real).isDirectory()) return null
      }
      return decode(fsSync.readFileSync(absolute))
    } catch (err) {
      return failed(rel, err)
    }
  }
  const probe = (rel: string): string | null => {
    // A plain path is not split unless its file exists: most probes find nothing.
    const quick = absoluteOfPlain(rel)
    const segments = quick === null ? segmentsOf(rel) : null
    if (quick === null && segments === null) return null
    const parts = () => segments ?? rel.split('/')
    let stat: fsSync.Stats | undefined
    try {
      stat = fsSync.lstatSync(quick ?? absoluteOf(segments!), { throwIfNoEntry: false })
    } catch {
      return read(rel, parts(), undefined) // ENOTDIR, EACCES, …: the listings decide, as they always did
    }
    return stat === undefined ? null : read(rel, parts(), stat)
  }
  let chunk: Buffer | undefined
  /** probe without the lstat: the file opened without following a symlink (one is read as probe reads it). */
  const open = (rel: string): string | null => {
    const segments = segmentsOf(rel)
    if (segments === null) return null
    let fd: number
    try {
      fd = fsSync.openSync(posix && plain(rel) ? `${root}/${rel}` : absoluteOf(segments), NO_FOLLOW)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      return code === 'ENOENT' ? null : probe(rel) // a symlink (ELOOP), a file on the way, …
    }
    let text: string | null = null
    let whole = false
    try {
      chunk ??= Buffer.allocUnsafe(CHUNK)
      let n = 0
      for (let got = -1; got !== 0 && n < CHUNK; n += got) got = fsSync.readSync(fd, chunk, n, CHUNK - n, null)
      if (n < CHUNK) text = decode(chunk.subarray(0, n))
      else whole = true
    } catch (err) {
      return failed(rel, err) // EISDIR: a directory
    } finally {
      fsSync.closeSync(fd)
    }
    // The directories above it (null: not the file itself): a symlink among them takes the probe's way (the real path decides).
    const inside = walk(segments, null)
    return inside === false ? null : inside === 'linked' || whole ? probe(rel) : text
  }
  const texts = new Map<string, string | null>()
  const remembered =
    (how: (rel: string) => string | null) =>
    (rel: string): string | null => {
      let text = texts.get(rel)
      if (text === undefined) texts.set(rel, (text = how(rel)))
      return text
    }
  return { probe: remembered(probe), open: remembered(open) }
}

/**
 * Writes the files whose path is in `changed` (one all-or-nothing transaction of write.ts: confined
 * to the root, atomic); the others are reported unchanged. A refusal or an I/O error is a
 * IoError and leaves every file as it was.
 */
export async function writeChanged(root: string, files: ReadonlyArray<{ path: string; content: string }>, changed: ReadonlySet<string>): Promise<{ written: string[]; unchanged: string[] }> {
  // Loaded on first use: a command that only reads (check, validate, plan) never loads the writer.
  const { applyChanges } = await import('./write.js')
  const { written } = await applyChanges(root, files.filter((f) => changed.has(f.path)).map((f) => ({ path: f.path, content: f.content })))
  return { written, unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path) }
}
