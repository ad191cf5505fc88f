/**
 * The CLI's persistent cache of parsed TOML (core/manifest/toml.ts's ParsedTomlStore): a command
 * that meets a text it parsed in an earlier run revives the stored table (toml-codec.ts) instead of
 * parsing it again. Best effort throughout: a missing, unreadable, truncated, corrupt or
 * foreign-build store is ignored and rewritten, and never changes what a command does or prints.
 *
 * - Key of an entry: sha256Hex(text). The store as a whole is bound to STORE_KEY: the build's
 *   identity (BUILD_ID, src/version.ts: the sha256 of the bundles, written by scripts/package.mjs),
 *   so a rebuilt dist/ never revives what another build parsed — its parser, limits, checks or
 *   encoding may differ although VERSION does not. From source (no build identity) the key is new
 *   in every process: a store is revived only by the code that wrote it. A store with another key
 *   is ignored (and rewritten).
 * - One store file per project root (real path) and command, holding exactly the entries its last
 *   run used: it never grows beyond one run's files. At most MAX_FILES store files are kept
 *   (least recently written pruned first); a run that writes also removes the temp files that
 *   interrupted writes left (older than STALE_TEMP_MS).
 * - Where: MODULES_REBUILD_TOML_CACHE (a directory, or `off`); default `$XDG_CACHE_HOME` or
 *   `~/.cache`, then `modules-rebuild/toml-cache` — the code cache's base (src/launcher.ts). The
 *   directory must be the user's own and not writable by group or others, and so must each store
 *   file; files are written 0600 to a temp name and renamed.
 * - Trust: an entry is served without parsing its text again (that is the point), so whoever can
 *   write the store decides what a command sees. That is the user alone, as for the code cache
 *   next to it (which holds code the CLI runs); the ownership and mode checks are the boundary.
 *   Accidents are caught: the header names its key, root, command and body length (truncation), and an
 *   entry that does not decode is a miss.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sha256Hex } from '../../core/hash/digest.js'
import { decodeToml, encodeToml } from '../../core/manifest/toml-codec.js'
import type { ParsedTomlStore, TomlTable } from '../../core/manifest/toml.js'
import { BUILD_ID } from '../../version.js'

export { useParsedTomlStore } from '../../core/manifest/toml.js'

/**
 * The key a store is bound to: `build`, the identity of the code that reads and writes it (which
 * covers everything that decides what a store holds: this file's layout, toml-codec's encoding,
 * smol-toml and its options, the limits and checks of parseToml). Without one (from source), a key
 * of this process alone: the sources may change between two runs with nothing to tell, so nothing
 * another process stored can be trusted to match this parser.
 */
export function storeKey(build: string | null): string {
  return sha256Hex(JSON.stringify({ store: 'parsed-toml', build: build ?? `unbuilt:${process.pid}:${Date.now()}:${Math.random()}` }))
}
export const STORE_KEY = storeKey(BUILD_ID)
export const MAX_FILES = 64

interface Header {
  key: string
  root: string
  command: string
  /** The body's length (UTF-16 code units): a truncated file is ignored. */
  length: number
}

export class TomlStore implements ParsedTomlStore {
  /** Entries read from the file: hash → encoded table. */
  readonly #stored: Map<string, string>
  /** Entries this run used or added, in first-use order: what the file holds next. */
  readonly #used = new Map<string, string>()
  #lastText: string | undefined
  #lastHash = ''

  constructor(
    readonly file: string,
    private readonly header: Omit<Header, 'length'>,
    stored: Map<string, string>
  ) {
    this.#stored = stored
  }

  get(text: string): TomlTable | undefined {
    const hash = this.#hash(text)
    const json = this.#used.get(hash) ?? this.#stored.get(hash)
    if (json === undefined) return undefined
    try {
      const table = decodeToml(json)
      this.#used.set(hash, json)
      return table
    } catch {
      this.#stored.delete(hash)
      return undefined
    }
  }

  set(text: string, table: TomlTable): void {
    const hash = this.#hash(text)
    if (this.#used.has(hash)) return
    try {
      this.#used.set(hash, encodeToml(table))
    } catch {
      // not encodable (never for smol-toml's output): simply not stored
    }
  }

  /** Whether the file would change: an entry added, or one it holds left unused. */
  get changed(): boolean {
    if (this.#used.size !== this.#stored.size) return true
    for (const hash of this.#used.keys()) if (!this.#stored.has(hash)) return true
    return false
  }

  /** Writes the entries this run used, when they differ from the file's; never throws. */
  save(): void {
    if (!this.changed) return
    let body = ''
    for (const [hash, json] of this.#used) body += `\n${hash}\t${json}`
    const head = JSON.stringify({ ...this.header, length: body.length } satisfies Header)
    const tmp = `${this.file}.${process.pid}.tmp`
    try {
      fs.writeFileSync(tmp, head + body, { mode: 0o600, flag: 'wx' })
      fs.renameSync(tmp, this.file)
    } catch {
      fs.rmSync(tmp, { force: true })
      return
    }
    prune(path.dirname(this.file))
  }

  /** sha256Hex(text), remembered for the last text: parseToml asks get and then set for the same one. */
  #hash(text: string): string {
    if (text !== this.#lastText) {
      this.#lastHash = sha256Hex(text)
      this.#lastText = text
    }
    return this.#lastHash
  }
}

/**
 * The store of `command` under the project root `root`, or null (switched off, no usable directory,
 * no such root). `key`: what the store is bound to (STORE_KEY: this build's).
 */
export function openTomlStore(root: string, command: string, env: NodeJS.ProcessEnv = process.env, key: string = STORE_KEY): TomlStore | null {
  const dir = storeDir(env)
  if (!dir) return null
  let real: string
  try {
    real = fs.realpathSync(root)
  } catch {
    return null
  }
  const header = { key, root: real, command }
  const file = path.join(dir, `${sha256Hex(`${real}\0${command}`)}.toml-cache`)
  return new TomlStore(file, header, readEntries(file, header))
}

/** The checked store directory, or null: run without a persistent cache. */
export function storeDir(env: NodeJS.ProcessEnv): string | null {
  const setting = env.MODULES_REBUILD_TOML_CACHE
  if (setting === 'off' || setting === '0' || setting === 'false' || typeof process.getuid !== 'function') return null
  try {
    // os.homedir() throws without HOME and a passwd entry: no cache then.
    const home = () => env.HOME || os.homedir()
    const dir = setting ? path.resolve(setting) : path.join(env.XDG_CACHE_HOME || path.join(home(), '.cache'), 'modules-rebuild', 'toml-cache')
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    return ownedNotShared(fs.lstatSync(dir)) && fs.lstatSync(dir).isDirectory() ? dir : null
  } catch {
    return null
  }
}

const ownedNotShared = (st: fs.Stats): boolean => st.uid === process.getuid!() && (st.mode & 0o022) === 0

/** The file's entries when it is a well-formed store for `header`; otherwise none. */
function readEntries(file: string, header: Omit<Header, 'length'>): Map<string, string> {
  const entries = new Map<string, string>()
  let text: string
  let fd: number | undefined
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0))
    const st = fs.fstatSync(fd)
    if (!st.isFile() || !ownedNotShared(st)) return entries
    text = fs.readFileSync(fd, 'utf8')
  } catch {
    return entries
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
  const nl = text.indexOf('\n')
  let head: Partial<Header>
  try {
    head = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as Partial<Header>
  } catch {
    return entries
  }
  if (head.key !== header.key || head.root !== header.root || head.command !== header.command) return entries
  if (nl < 0 || head.length !== text.length - nl) return entries
  for (let at = nl + 1; at < text.length; ) {
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    if (text.charCodeAt(at + 64) !== 9) return new Map()
    entries.set(text.slice(at, at + 64), text.slice(at + 65, end))
    at = end + 1
  }
  return entries
}

/** A temp file of save(): `<store file>.<pid>.tmp`. */
const TEMP = /^[0-9a-f]{64}\.toml-cache\.\d+\.tmp$/
/** A temp file older than this was left by a run stopped between writing and renaming it. */
export const STALE_TEMP_MS = 10 * 60_000

/**
 * After a write (its directory listing is needed then anyway, so a run that writes nothing lists
 * nothing): removes the stale temp files of interrupted saves — the user's own regular files in
 * TEMP's pattern, older than STALE_TEMP_MS — and keeps at most MAX_FILES stores (down to half when
 * over), least recently written first out.
 */
function prune(dir: string): void {
  try {
    const names = fs.readdirSync(dir)
    const stale = Date.now() - STALE_TEMP_MS
    for (const name of names) if (TEMP.test(name)) removeIfStale(path.join(dir, name), stale)
    const files = names.filter((f) => f.endsWith('.toml-cache'))
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
