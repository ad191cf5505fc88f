/**
 * The persistent parse cache through the built CLI as a process: validate, check and plan print
 * byte-for-byte the same, with the same exit code, with the cache off, cold (first run: the store
 * is written), warm (every entry served: the store is not rewritten) and damaged (a garbage store
 * is ignored and rewritten) — on examples/shop in git, on copies with a finding and with a TOML
 * syntax error, after an edit (a changed file is a new key), and on RusToK's fixture when present;
 * and a store another build of dist/ wrote is never revived.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { ensureBuilt, REPO, runBuilt, type Proc } from './cli-process.js'
import { cleanup, commitAll, read, shopRepo, tempDir, write } from './plan-helpers.js'
import { RUSTOK_DIR } from './rustok-fixture.js'

let shop: string
let finding: string
let syntax: string
beforeAll(() => {
  ensureBuilt()
  shop = shopRepo()
  finding = shopRepo()
  write(finding, 'modules.toml', read(finding, 'modules.toml').replace(/depends_on = \["content"\]/, 'depends_on = ["missing-module"]'))
  commitAll(finding, 'finding')
  syntax = shopRepo()
  const pkg = readdirSync(path.join(syntax, 'crates')).map((d) => path.join('crates', d, 'rustok-module.toml')).find((f) => statSync(path.join(syntax, f), { throwIfNoEntry: false }))!
  write(syntax, pkg, `${read(syntax, pkg)}\nbroken = [1,\n`)
  commitAll(syntax, 'syntax')
})
afterAll(cleanup)

const storeFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.toml-cache')).sort()
const mtimes = (dir: string) => storeFiles(dir).map((f) => statSync(path.join(dir, f)).mtimeMs)
const run = (argv: string[], cache: string) => runBuilt(argv, path.dirname(cache), { MODULES_REBUILD_TOML_CACHE: cache })
const shown = (p: Proc) => ({ code: p.code, stdout: p.stdout, stderr: p.stderr })

/** off, cold, warm, damaged: the same output each time; the warm run rewrites nothing. */
async function sameEveryWay(argv: string[]): Promise<Proc> {
  const cache = path.join(tempDir('toml-cache'), 'cache')
  const off = shown(await run(argv, 'off'))
  expect(shown(await run(argv, cache))).toEqual(off)
  const files = storeFiles(cache)
  const written = mtimes(cache)
  expect(shown(await run(argv, cache))).toEqual(off)
  expect(storeFiles(cache)).toEqual(files)
  expect(mtimes(cache)).toEqual(written)
  for (const f of files) writeFileSync(path.join(cache, f), 'garbage\n0123\tnot json')
  expect(shown(await run(argv, cache))).toEqual(off)
  for (const f of files) expect(readFileSync(path.join(cache, f), 'utf8')).not.toContain('garbage')
  return off as Proc
}

describe('the parse cache through the CLI', () => {
  it('validate, check and plan of examples/shop: same output off, cold, warm and damaged; one store per command', async () => {
    for (const argv of [['validate'], ['validate', '--format', 'json'], ['check'], ['check', '--format', 'json'], ['plan'], ['plan', '--format', 'json']]) {
      const p = await sameEveryWay([...argv, '--root', shop])
      expect([argv, p.code]).toEqual([argv, 0])
    }
    const cache = path.join(tempDir('toml-cache'), 'cache')
    for (const cmd of ['validate', 'check', 'plan', 'hash']) await run([cmd, '--root', shop], cache)
    expect(storeFiles(cache)).toHaveLength(3) // validate, check, plan; hash parses one file and keeps no store
  }, 180_000)

  it('a finding and a TOML syntax error are reported the same (errors are never stored)', async () => {
    for (const argv of [['validate'], ['validate', '--format', 'json'], ['check'], ['plan']]) {
      expect((await sameEveryWay([...argv, '--root', finding])).code).toBe(1)
      const p = await sameEveryWay([...argv, '--root', syntax])
      expect(p.code).toBe(1)
      expect(p.stderr + p.stdout).toMatch(/rustok-module\.toml:\d+:\d+|"line": \d+/)
    }
  }, 180_000)

  it('an edited file is parsed again (entries are keyed by content)', async () => {
    const root = shopRepo({ git: false })
    const cache = path.join(tempDir('toml-cache'), 'cache')
    mkdirSync(cache, { recursive: true, mode: 0o700 })
    expect((await run(['validate', '--root', root], cache)).code).toBe(0)
    write(root, 'modules.toml', read(root, 'modules.toml').replace(/depends_on = \["content"\]/, 'depends_on = ["missing-module"]'))
    const edited = shown(await run(['validate', '--root', root], cache))
    expect(edited.code).toBe(1)
    expect(edited).toEqual(shown(await run(['validate', '--root', root], 'off')))
  }, 120_000)

  it('a store written by another build of dist/ is not revived: each build rewrites it under its own key', async () => {
    // Another build: a copy of dist/ whose build identity (src/version.ts's BUILD_ID, which
    // scripts/package.mjs writes into the bundle) differs, as for code that differs in any byte.
    const BUILT = /modules-rebuild-build:([0-9a-f]{64})/
    const other = path.join(tempDir('other-build'), 'dist')
    cpSync(path.join(REPO, 'dist'), other, { recursive: true })
    const marked = readdirSync(path.join(other, 'cli')).map((f) => path.join(other, 'cli', f)).filter((f) => BUILT.test(readFileSync(f, 'utf8')))
    expect(marked).toHaveLength(1)
    const text = readFileSync(marked[0]!, 'utf8')
    expect(text).not.toContain('modules-rebuild-build:unpackaged')
    writeFileSync(marked[0]!, text.replace(BUILT, `modules-rebuild-build:${'f'.repeat(64)}`))
    const runAt = (dist: string, cache: string) =>
      new Promise<Proc>((resolve) => execFile(process.execPath, [path.join(dist, 'cli.js'), 'validate', '--root', shop], { env: { ...process.env, MODULES_REBUILD_TOML_CACHE: cache, MODULES_REBUILD_CODE_CACHE: 'off' } }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr })))
    const cache = path.join(tempDir('toml-cache'), 'cache')
    mkdirSync(cache, { recursive: true, mode: 0o700 })
    const key = () => (JSON.parse(readFileSync(path.join(cache, storeFiles(cache)[0]!), 'utf8').split('\n')[0]!) as { key: string }).key
    const plain = shown(await runAt(path.join(REPO, 'dist'), 'off'))
    const seen: string[] = []
    for (const [dist, rewrites] of [[path.join(REPO, 'dist'), true], [path.join(REPO, 'dist'), false], [other, true], [other, false], [path.join(REPO, 'dist'), true]] as const) {
      const before = storeFiles(cache).length ? mtimes(cache) : []
      expect(shown(await runAt(dist, cache))).toEqual(plain)
      expect(storeFiles(cache)).toHaveLength(1)
      expect([dist, mtimes(cache)[0] !== before[0]]).toEqual([dist, rewrites])
      seen.push(key())
    }
    expect(new Set(seen).size).toBe(2)
    expect(seen[0]).toBe(seen[4])
  }, 120_000)

  ;(RUSTOK_DIR ? it : it.skip)('validate of the RusToK fixture: same output off, cold, warm and damaged', async () => {
    for (const argv of [['validate'], ['validate', '--format', 'json']]) expect((await sameEveryWay([...argv, '--root', RUSTOK_DIR!])).code).toBe(0)
  }, 120_000)
})
