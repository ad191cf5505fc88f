/**
 * The persistent parse cache's store (adapters/fs/toml-store.ts), in-process against temporary
 * directories: entries persist between runs and revive exactly; a store holds exactly the entries
 * its last run used; a missing, corrupt, truncated, foreign-build or undecodable store or entry
 * is ignored (a miss) and rewritten; what the store trusts (its owner's files) and what it refuses
 * (files or directories others may write to); the off switch; the cap on store files; stale temp
 * files removed; parse errors are never stored; the store bound to the build.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, chownSync, existsSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MAX_FILES, openTomlStore, STALE_TEMP_MS, storeDir, STORE_KEY, storeKey, type TomlStore } from '../src/adapters/fs/toml-store.js'
import { DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { encodeToml } from '../src/core/manifest/toml-codec.js'
import { parseToml, useParsedTomlStore } from '../src/core/manifest/toml.js'
import { BUILD_ID } from '../src/version.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'toml-store-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const A = 'schema = 2\n[modules.a]\nversion = "1.0.0"\nwhen = 1979-05-27T07:32:00-08:00\nz = -0.0\nbig = 9223372036854775807\n'
const B = '[package]\nname = "b"\nversion = "0.1.0"\n'
let n = 0
/** A fresh cache directory and project root for one test. */
function setup(): { env: NodeJS.ProcessEnv; root: string; dir: string } {
  const base = path.join(tmp, `t${n++}`)
  const root = path.join(base, 'project')
  mkdirSync(root, { recursive: true })
  const dir = path.join(base, 'cache')
  return { env: { MODULES_REBUILD_TOML_CACHE: dir }, root, dir }
}
/** One command's run: parseToml through the store, which is saved at the end (what the CLI does). */
function runWith(store: TomlStore | null, texts: string[]): unknown[] {
  useParsedTomlStore(store)
  try {
    return texts.map((t) => parseToml(t, 'f.toml'))
  } finally {
    useParsedTomlStore(null)
    store?.save()
  }
}
const storeFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.toml-cache'))
const onlyFile = (dir: string) => {
  const files = storeFiles(dir)
  expect(files).toHaveLength(1)
  return path.join(dir, files[0]!)
}

describe('the persistent parse cache (toml-store)', () => {
  it('cold then warm: a private file, entries revived equal to a fresh parse, not rewritten when unchanged', () => {
    const { env, root, dir } = setup()
    const cold = openTomlStore(root, 'validate', env)!
    expect(cold.get(A)).toBeUndefined()
    const fresh = runWith(cold, [A, B])
    const file = onlyFile(dir)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    const mtime = statSync(file).mtimeMs
    const warm = openTomlStore(root, 'validate', env)!
    const revived = [warm.get(A), warm.get(B)]
    expect(revived).toEqual(fresh)
    expect(Object.getPrototypeOf(revived[0])).toBeNull()
    expect(revived[0]).not.toBe(fresh[0])
    warm.save()
    expect(statSync(file).mtimeMs).toBe(mtime)
    // Another command of the same root has a store of its own.
    runWith(openTomlStore(root, 'check', env), [B])
    expect(storeFiles(dir)).toHaveLength(2)
  })

  it('holds exactly the entries its last run used', () => {
    const { env, root, dir } = setup()
    runWith(openTomlStore(root, 'validate', env), [A, B])
    runWith(openTomlStore(root, 'validate', env), [B])
    const lines = readFileSync(onlyFile(dir), 'utf8').split('\n')
    expect(lines).toHaveLength(2)
    const next = openTomlStore(root, 'validate', env)!
    expect(next.get(A)).toBeUndefined()
    expect(next.get(B)).toEqual(parseToml(B, 'b.toml'))
  })

  it('ignores and rewrites a corrupt, truncated or foreign-version store, and an entry that does not decode', () => {
    const { env, root, dir } = setup()
    runWith(openTomlStore(root, 'validate', env), [A, B])
    const file = onlyFile(dir)
    const good = readFileSync(file, 'utf8')
    const [head, ...entries] = good.split('\n')
    const damaged: Record<string, string> = {
      'not JSON': `{oops\n${entries.join('\n')}`,
      empty: '',
      truncated: good.slice(0, good.length - 10),
      'another build': good.replace(STORE_KEY, storeKey('0'.repeat(64))),
      'another root': good.replace(JSON.stringify(root).slice(1, -1), '/elsewhere'),
      'bytes that are not a store': '\u0000\u0001garbage'
    }
    for (const [what, text] of Object.entries(damaged)) {
      writeFileSync(file, text)
      const store = openTomlStore(root, 'validate', env)!
      expect([what, store.get(A)]).toEqual([what, undefined])
      runWith(store, [A, B])
      expect([what, readFileSync(file, 'utf8')]).toEqual([what, good])
    }
    // One entry that does not decode is a miss; the others still hit.
    const hashA = entries[0]!.slice(0, 64)
    const body = [`${hashA}\t[0,"a",[7]]`, entries[1]!].map((l) => `\n${l}`).join('')
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(head!), length: body.length })}${body}`)
    const store = openTomlStore(root, 'validate', env)!
    expect(store.get(A)).toBeUndefined()
    expect(store.get(B)).toEqual(parseToml(B, 'b.toml'))
  })

  it('trusts its owner’s files (an entry is served without parsing again) and nothing others may write', () => {
    const { env, root, dir } = setup()
    runWith(openTomlStore(root, 'validate', env), [A])
    const file = onlyFile(dir)
    // Poisoning: another table under A's key. The store serves it — it is the user's own,
    // 0600 in a 0700 directory, like the code cache beside it; whoever can write there runs code
    // as the user anyway. README: "What the cache trusts".
    const [head, entry] = readFileSync(file, 'utf8').split('\n')
    const body = `\n${entry!.slice(0, 64)}\t${encodeToml(parseToml('poisoned = true', 'p.toml'))}`
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(head!), length: body.length })}${body}`, { mode: 0o600 })
    expect(openTomlStore(root, 'validate', env)!.get(A)).toEqual(parseToml('poisoned = true', 'p.toml'))
    // The same file writable by others is ignored, and so is a directory others may write to.
    chmodSync(file, 0o622)
    expect(openTomlStore(root, 'validate', env)!.get(A)).toBeUndefined()
    chmodSync(file, 0o600)
    chmodSync(dir, 0o777)
    expect(storeDir(env)).toBeNull()
    expect(openTomlStore(root, 'validate', env)).toBeNull()
    chmodSync(dir, 0o700)
    expect(openTomlStore(root, 'validate', env)).not.toBeNull()
  })

  it('is off with MODULES_REBUILD_TOML_CACHE=off, and under $XDG_CACHE_HOME/modules-rebuild/toml-cache by default', () => {
    const { root, dir } = setup()
    for (const off of ['off', '0', 'false']) expect(openTomlStore(root, 'validate', { MODULES_REBUILD_TOML_CACHE: off, XDG_CACHE_HOME: dir })).toBeNull()
    expect(storeDir({ XDG_CACHE_HOME: dir })).toBe(path.join(dir, 'modules-rebuild', 'toml-cache'))
    expect(storeDir({ HOME: dir })).toBe(path.join(dir, '.cache', 'modules-rebuild', 'toml-cache'))
    expect(openTomlStore(path.join(root, 'missing'), 'validate', { XDG_CACHE_HOME: dir })).toBeNull()
  })

  it('keeps at most MAX_FILES store files', () => {
    const { env, root, dir } = setup()
    for (let i = 0; i <= MAX_FILES; i++) {
      const r = path.join(root, String(i))
      mkdirSync(r)
      runWith(openTomlStore(r, 'validate', env), [B])
    }
    expect(storeFiles(dir).length).toBeLessThanOrEqual(MAX_FILES)
    expect(storeFiles(dir).length).toBeGreaterThanOrEqual(MAX_FILES / 2)
  })

  it('a run that writes removes stale temp files of interrupted saves: its own pattern, the user’s own, older than STALE_TEMP_MS', () => {
    const { env, root, dir } = setup()
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000
    const name = (c: string, pid: number) => `${c.repeat(64)}.toml-cache.${pid}.tmp`
    const made = { stale: name('a', 4242), fresh: name('b', 4243), otherName: 'notes.toml-cache.1.tmp', noPid: `${'c'.repeat(64)}.toml-cache.tmp`, foreign: name('d', 4244), link: name('e', 4245) }
    for (const [what, f] of Object.entries(made)) {
      if (what === 'link') continue
      writeFileSync(path.join(dir, f), 'partial', { mode: 0o600 })
      if (what !== 'fresh') utimesSync(path.join(dir, f), old, old)
    }
    symlinkSync(path.join(dir, made.fresh), path.join(dir, made.link))
    lutimesSync(path.join(dir, made.link), old, old)
    const root_ = process.getuid!() === 0
    if (root_) chownSync(path.join(dir, made.foreign), 4321, 4321) // another user's: never touched
    runWith(openTomlStore(root, 'validate', env), [A])
    expect(existsSync(path.join(dir, made.stale))).toBe(false)
    expect(existsSync(path.join(dir, made.fresh))).toBe(true)
    expect(existsSync(path.join(dir, made.otherName))).toBe(true)
    expect(existsSync(path.join(dir, made.noPid))).toBe(true)
    expect(existsSync(path.join(dir, made.foreign))).toBe(root_) // the user's own (not running as root): removed
    expect(lstatSync(path.join(dir, made.link)).isSymbolicLink()).toBe(true)
    // A warm run writes nothing, so it does not list the directory either: a stale temp file waits for the next write.
    writeFileSync(path.join(dir, made.stale), 'partial', { mode: 0o600 })
    utimesSync(path.join(dir, made.stale), old, old)
    runWith(openTomlStore(root, 'validate', env), [A])
    expect(existsSync(path.join(dir, made.stale))).toBe(true)
    runWith(openTomlStore(root, 'validate', env), [B])
    expect(existsSync(path.join(dir, made.stale))).toBe(false)
  })

  it('never stores a parse error: such a text always reaches the parser and its diagnostic', () => {
    const { env, root, dir } = setup()
    const bad = 'schema = 2\n[modules.a]\nversion = \n'
    const plain = (() => {
      try {
        parseToml(bad, 'modules.toml')
      } catch (e) {
        return (e as DiagnosticError).diagnostics
      }
    })()
    expect(plain?.[0]).toMatchObject({ rule: 'toml-syntax', file: 'modules.toml' })
    for (let i = 0; i < 2; i++) {
      const store = openTomlStore(root, 'validate', env)
      useParsedTomlStore(store)
      try {
        expect(() => parseToml(bad, 'modules.toml')).toThrow(DiagnosticError)
        try {
          parseToml(bad, 'modules.toml')
        } catch (e) {
          expect((e as DiagnosticError).diagnostics).toEqual(plain)
        }
      } finally {
        useParsedTomlStore(null)
        store?.save()
      }
    }
    expect(storeFiles(dir)).toEqual([])
  })

  it('is bound to the build: a store written by one build is not revived by another, nor by code without one', () => {
    const { env, root, dir } = setup()
    const one = storeKey('1'.repeat(64))
    const other = storeKey('2'.repeat(64))
    expect(storeKey('1'.repeat(64))).toBe(one) // a build's key is stable across runs
    runWith(openTomlStore(root, 'validate', env, one), [A, B])
    const file = onlyFile(dir)
    const written = readFileSync(file, 'utf8')
    expect(openTomlStore(root, 'validate', env, one)!.get(A)).toEqual(parseToml(A, 'a.toml'))
    // Another build: a miss for every text, and the store is rewritten under its key.
    const rebuilt = openTomlStore(root, 'validate', env, other)!
    expect([rebuilt.get(A), rebuilt.get(B)]).toEqual([undefined, undefined])
    runWith(rebuilt, [A, B])
    expect(readFileSync(file, 'utf8')).toBe(written.replace(one, other))
    expect(openTomlStore(root, 'validate', env, one)!.get(A)).toBeUndefined()
    // From source there is no build: the key is this process's own (another process's differs).
    expect(BUILD_ID).toBeNull()
    expect(STORE_KEY).not.toBe(storeKey(null))
    expect(openTomlStore(root, 'validate', env)!.get(A)).toBeUndefined()
  })
})
