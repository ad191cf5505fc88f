/**
 * The CLI launcher (src/launcher.ts → dist/cli.js) and its V8 code cache, through the built CLI as
 * a process: a cold run writes one cache file per chunk and command (0600, in a 0700 directory of
 * the user's own), a warm run accepts them without rewriting, data V8 refuses (garbage, another
 * build) is replaced, a directory others may write to or `off` means no cache, stale temp files of
 * interrupted writes go on the next write — and none of it changes what a command prints or its
 * exit code.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { ensureBuilt, REPO, runBuilt, type Proc } from './cli-process.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'launcher-'))
const shop = path.join(REPO, 'examples', 'shop')
let broken: string

beforeAll(() => {
  ensureBuilt()
  broken = path.join(tmp, 'broken')
  cpSync(shop, broken, { recursive: true, filter: (src) => !src.includes(`${path.sep}target`) })
  const manifest = path.join(broken, 'modules.toml')
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/depends_on = \["content"\]/, 'depends_on = ["missing-module"]'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const versionDir = (base: string) => path.join(base, `${process.version}-${process.arch}`)
const files = (base: string) => readdirSync(versionDir(base)).sort()
const run = (argv: string[], cache: string) => runBuilt(argv, REPO, { MODULES_REBUILD_CODE_CACHE: cache })
const runBuiltAt = (cli: string, argv: string[], cache: string) =>
  new Promise<Proc>((resolve) => execFile(process.execPath, [cli, ...argv], { env: { ...process.env, MODULES_REBUILD_CODE_CACHE: cache } }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr })))
const same = (a: Proc, b: Proc) => expect({ code: b.code, stdout: b.stdout, stderr: b.stderr }).toEqual({ code: a.code, stdout: a.stdout, stderr: a.stderr })

describe('the code cache of dist/cli.js', () => {
  it('cold, then warm: one file per chunk and command, private, accepted on the next run, same output', async () => {
    const base = path.join(tmp, 'cold-warm')
    const plain = await run(['validate', '--root', shop, '--format', 'json'], 'off')
    expect(plain.code).toBe(0)
    same(plain, await run(['validate', '--root', shop, '--format', 'json'], base))
    const written = files(base)
    expect(written.length).toBeGreaterThanOrEqual(3)
    for (const f of written) {
      expect(f).toMatch(/^[0-9a-f]{64}-\d+-[\d.]+-\d+-validate\.bin$/) // sha256 of the chunk, its size, mtime and inode
      expect(statSync(path.join(versionDir(base), f)).mode & 0o777).toBe(0o600)
    }
    expect(statSync(versionDir(base)).mode & 0o777).toBe(0o700)
    const before = new Map(written.map((f) => [f, statSync(path.join(versionDir(base), f)).mtimeMs]))
    same(plain, await run(['validate', '--root', shop, '--format', 'json'], base))
    expect(files(base)).toEqual(written) // nothing new, nothing rewritten: every file was accepted
    for (const f of written) expect(statSync(path.join(versionDir(base), f)).mtimeMs).toBe(before.get(f))
    // Another command warms its own functions in files of its own.
    same(await run(['hash', '--root', shop], 'off'), await run(['hash', '--root', shop], base))
    expect(files(base).filter((f) => f.endsWith('-hash.bin')).length).toBeGreaterThanOrEqual(1)
  }, 120_000)

  it('data V8 refuses is compiled over and replaced; findings and exit codes are unchanged', async () => {
    const base = path.join(tmp, 'garbage')
    const plain = await run(['validate', '--root', broken], 'off')
    expect(plain.code).toBe(1)
    expect(plain.stderr).toContain('missing-module')
    same(plain, await run(['validate', '--root', broken], base))
    const written = files(base)
    for (const f of written) writeFileSync(path.join(versionDir(base), f), Buffer.alloc(statSync(path.join(versionDir(base), f)).size, 0x5a))
    same(plain, await run(['validate', '--root', broken], base))
    expect(files(base)).toEqual(written)
    for (const f of written) expect(readFileSync(path.join(versionDir(base), f)).every((b) => b === 0x5a)).toBe(false)
  }, 120_000)

  it('no cache in a directory others may write to, nor with MODULES_REBUILD_CODE_CACHE=off', async () => {
    const base = path.join(tmp, 'shared')
    mkdirSync(versionDir(base), { recursive: true })
    chmodSync(versionDir(base), 0o777)
    const plain = await run(['hash', '--root', shop], 'off')
    same(plain, await run(['hash', '--root', shop], base))
    expect(files(base)).toEqual([])
    const off = path.join(tmp, 'off-home')
    same(plain, await runBuilt(['hash', '--root', shop], REPO, { MODULES_REBUILD_CODE_CACHE: 'off', XDG_CACHE_HOME: off }))
    expect(() => readdirSync(off)).toThrow()
    // A cache home that cannot be a directory: the command runs as without a cache.
    same(plain, await runBuilt(['hash', '--root', shop], REPO, { MODULES_REBUILD_CODE_CACHE: '', XDG_CACHE_HOME: path.join(shop, 'modules.toml', 'cache') }))
  }, 60_000)

  it('a run that writes removes stale temp files of interrupted writes (its own pattern, the user’s own, older than 10 minutes); a warm run touches none', async () => {
    const base = path.join(tmp, 'stale')
    const dir = versionDir(base)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const old = (Date.now() - 11 * 60_000) / 1000
    const hex = (c: string) => c.repeat(64)
    const made = {
      stale: `${hex('a')}-73060-1764529738123.456-42-validate.bin.4242.tmp`,
      staleUnlisted: `${hex('b')}-other.bin.7.tmp`,
      fresh: `${hex('c')}-validate.bin.4243.tmp`,
      otherName: 'notes.bin.1.tmp',
      noPid: `${hex('d')}-validate.bin.tmp`,
      foreign: `${hex('e')}-hash.bin.4244.tmp`,
      link: `${hex('f')}-hash.bin.4245.tmp`
    }
    const place = (what: keyof typeof made) => {
      writeFileSync(path.join(dir, made[what]), 'partial', { mode: 0o600 })
      if (what !== 'fresh') utimesSync(path.join(dir, made[what]), old, old)
    }
    for (const what of Object.keys(made) as Array<keyof typeof made>) if (what !== 'link') place(what)
    symlinkSync(path.join(dir, made.fresh), path.join(dir, made.link))
    lutimesSync(path.join(dir, made.link), old, old)
    const asRoot = process.getuid!() === 0
    if (asRoot) chownSync(path.join(dir, made.foreign), 4321, 4321) // another user's: never touched
    const plain = await run(['validate', '--root', shop], 'off')
    same(plain, await run(['validate', '--root', shop], base)) // cold: writes, then prunes
    const left = (what: keyof typeof made) => existsSync(path.join(dir, made[what]))
    expect([left('stale'), left('staleUnlisted')]).toEqual([false, false])
    expect([left('fresh'), left('otherName'), left('noPid')]).toEqual([true, true, true])
    expect(left('foreign')).toBe(asRoot)
    expect(lstatSync(path.join(dir, made.link)).isSymbolicLink()).toBe(true)
    // Warm: nothing written, the directory not even listed; the next run that writes removes it.
    place('stale')
    same(plain, await run(['validate', '--root', shop], base))
    expect(left('stale')).toBe(true)
    same(await run(['hash', '--root', shop], 'off'), await run(['hash', '--root', shop], base))
    expect(left('stale')).toBe(false)
  }, 120_000)

  it('a chunk edited in place after a warm run, to the same length, runs as edited (the key follows the file)', async () => {
    const copy = path.join(tmp, 'edited')
    cpSync(path.join(REPO, 'dist'), path.join(copy, 'dist'), { recursive: true })
    const cache = path.join(tmp, 'edited-cache')
    const runCopy = () => runBuiltAt(path.join(copy, 'dist', 'cli.js'), ['validate', '--root', shop], cache)
    const first = await runCopy()
    expect(first.stdout).toMatch(/^ok: /)
    expect((await runCopy()).stdout).toBe(first.stdout) // warm
    const chunk = readdirSync(path.join(copy, 'dist', 'cli')).map((f) => path.join(copy, 'dist', 'cli', f)).find((f) => readFileSync(f, 'utf8').includes('`ok: ${modules} modules'))!
    const text = readFileSync(chunk, 'utf8')
    writeFileSync(chunk, text.replace('`ok: ${modules} modules', '`OK: ${modules} modules'))
    expect(readFileSync(chunk, 'utf8').length).toBe(text.length)
    expect((await runCopy()).stdout).toBe(first.stdout.replace(/^ok: /, 'OK: '))
  }, 120_000)
})
