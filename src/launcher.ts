/**
 * `dist/cli.js`, the CLI's process entry (CommonJS, transpiled by scripts/package.mjs, not bundled):
 * it loads the CLI bundle (dist/cli/, CommonJS chunks) through V8's code cache.
 *
 * A command spends a good part of its start-up compiling the bundle's functions, most of them
 * lazily, while it runs. V8 can serialize the compiled code of a script *after* it ran (every
 * function compiled so far, lazy ones included) and accept it back on the next start, which then
 * skips those compilations. Node's own compile cache (module.enableCompileCache, Node ≥ 22.1, not in
 * Node 20) serializes a script when it is compiled, before it runs: it was measured without gain
 * for this bundle on Node 24. Hence this loader.
 *
 * - The cache is per user, per Node version and architecture, and per command (each command warms
 *   the functions it runs): `<dir>/<node version>-<arch>/<key of the chunk>-<command>.bin`. The
 *   key is the chunk's sha256 (listed at build time), then its file's size, mtime and inode,
 *   so neither a rebuilt dist/ nor a chunk edited in place ever meets code compiled from another
 *   source; V8 itself rejects data from another V8 version or flag set, and such a chunk is
 *   compiled as usual and its cache written again.
 * - Where: MODULES_REBUILD_CODE_CACHE (a directory, or `off`); default `$XDG_CACHE_HOME` or
 *   `~/.cache`, then `modules-rebuild/code-cache`. The directory must be the user's own and not
 *   writable by anyone else (the data is code): otherwise, and on a platform without user ids, no
 *   cache is used. Files are written 0600 to a temp name and renamed; at most MAX_FILES are kept,
 *   and a run that writes removes the temp files interrupted writes left (older than 10 minutes).
 * - Everything here is best effort: any failure falls back to a plain compile and never changes
 *   what the command does or prints.
 */
import fs from 'node:fs'
import Module from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

const BUNDLE = path.join(__dirname, 'cli')
const MAX_FILES = 256
/** A temp file of save(): `<chunk key>-<command>.bin.<pid>.tmp` (chunkKey, commandKey). */
const TEMP = /^[0-9a-f]{64}(-\d+-[\d.]+-\d+)?-[a-z][a-z-]{0,23}\.bin\.\d+\.tmp$/
/** A temp file older than this was left by a run stopped between writing and renaming it. */
const STALE_TEMP_MS = 10 * 60_000
/**
 * Each chunk's length and sha256 (by file name), written here by scripts/package.mjs when it
 * builds dist/, so the cache key costs no hashing of the chunk at start-up (~5 ms per MB).
 */
const CHUNK_HASHES: Record<string, [number, string]> = {}

type Loader = (module: NodeJS.Module, filename: string) => void

/** The cache directory for this Node, checked; null: run without a cache. */
function cacheDir(): string | null {
  const setting = process.env.MODULES_REBUILD_CODE_CACHE
  if (setting === 'off' || setting === '0' || setting === 'false' || typeof process.getuid !== 'function') return null
  try {
    // os.homedir() throws without HOME and a passwd entry: no cache then. (node:os loads only then.)
    const home = () => process.env.HOME || (require('node:os') as typeof import('node:os')).homedir()
    const base = setting ? path.resolve(setting) : path.join(process.env.XDG_CACHE_HOME || path.join(home(), '.cache'), 'modules-rebuild', 'code-cache')
    const dir = path.join(base, `${process.version}-${process.arch}`)
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    const st = fs.lstatSync(dir)
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0 ? dir : null
  } catch {
    return null
  }
}

/** The command's name for the cache file (each command warms its own functions). */
function commandKey(): string {
  const arg = process.argv[2] ?? ''
  return /^[a-z][a-z-]{0,23}$/.test(arg) ? arg : 'other'
}

/**
 * The chunk's sha256 as listed at build time, bound to the file's size, mtime and inode (an edit
 * after the build is never matched with code compiled before it), all in the file name: no hashing,
 * so node:crypto, ~8 ms to load, stays out of start-up. A chunk not listed is hashed here.
 */
function chunkKey(source: string, filename: string): string {
  const built = CHUNK_HASHES[path.basename(filename)]
  const st = built && built[0] === source.length ? fs.statSync(filename, { throwIfNoEntry: false }) : undefined
  if (!built || !st) return (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(source).digest('hex')
  return `${built[1]}-${st.size}-${st.mtimeMs}-${st.ino}`
}

const pending: Array<{ script: vm.Script; file: string }> = []

function compile(source: string, filename: string, dir: string): vm.Script {
  const file = path.join(dir, `${chunkKey(source, filename)}-${commandKey()}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = fs.readFileSync(file)
  } catch {
    cachedData = undefined
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new vm.Script(wrapped, { filename, cachedData })
  if (!cachedData || script.cachedDataRejected) pending.push({ script, file })
  return script
}

/**
 * Writes the code compiled while the command ran, for the scripts that had none usable; then
 * removes the temp files interrupted writes left (the user's own regular files in TEMP's pattern,
 * older than STALE_TEMP_MS) and prunes the directory to MAX_FILES.
 */
function save(dir: string): void {
  for (const { script, file } of pending) {
    const tmp = `${file}.${process.pid}.tmp`
    try {
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' })
      fs.renameSync(tmp, file)
    } catch {
      fs.rmSync(tmp, { force: true })
    }
  }
  try {
    // The listing is needed here anyway: a run that writes no cache file lists nothing.
    const names = fs.readdirSync(dir)
    const stale = Date.now() - STALE_TEMP_MS
    for (const name of names) if (TEMP.test(name)) removeIfStale(path.join(dir, name), stale)
    const files = names.filter((f) => f.endsWith('.bin'))
    if (files.length <= MAX_FILES) return
    const byAge = files.map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t)
    for (const { f } of byAge.slice(0, files.length - MAX_FILES / 2)) fs.rmSync(path.join(dir, f), { force: true })
  } catch {
    // another process pruned first
  }
}

/** Removes `file` when it is a regular file of the user's own last written before `stale` (ms). */
function removeIfStale(file: string, stale: number): void {
  try {
    const st = fs.lstatSync(file)
    if (st.isFile() && st.uid === process.getuid!() && st.mtimeMs < stale) fs.unlinkSync(file)
  } catch {
    // gone already
  }
}

const dir = cacheDir()
if (dir) {
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions
  const plain = extensions['.js']!
  // Every chunk sits in BUNDLE, so one require (resolving from there) serves them all: a
  // createRequire per chunk computed the same node_modules paths again each time (~2 ms a run).
  let bundleRequire: NodeJS.Require | undefined
  extensions['.js'] = (module, filename) => {
    if (path.dirname(filename) !== BUNDLE) return plain(module, filename)
    const source = fs.readFileSync(filename, 'utf8').replace(/^#!.*/, '')
    const run = compile(source, filename, dir).runInThisContext() as (...args: unknown[]) => void
    bundleRequire ??= Module.createRequire(filename)
    run.call(module.exports, module.exports, bundleRequire, module, filename, BUNDLE)
  }
  process.on('exit', () => {
    if (pending.length) save(dir)
  })
}
require(path.join(BUNDLE, 'index.js'))
