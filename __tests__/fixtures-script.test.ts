/**
 * scripts/fetch-fixtures.mjs (npm run fixtures): its file list and the URLs it builds, and the
 * script itself against a raw-file server on 127.0.0.1 (no network here): all or nothing, every
 * file checked against its git blob id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describeRustok, rustokDir } from './rustok-fixture.js'

const SCRIPT = path.join(process.cwd(), 'scripts', 'fetch-fixtures.mjs')
const LIST = path.join(process.cwd(), 'scripts', 'rustok-fixture-files.txt')
const COMMIT = /export const COMMIT = '([0-9a-f]{40})'/.exec(readFileSync(SCRIPT, 'utf8'))![1]!
const blobId = (b: Buffer) => createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex')
const entries = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [blob, file] = l.split(' ')
      return { blob: blob!, path: file! }
    })

describe('the file list', () => {
  const list = entries(readFileSync(LIST, 'utf8'))

  it('pins RusToK at a full commit id and lists every file the tests read, once, with a blob id', () => {
    expect(COMMIT).toMatch(/^4ea8a0362[0-9a-f]{31}$/)
    expect(list.length).toBe(254)
    expect(new Set(list.map((e) => e.path)).size).toBe(list.length)
    for (const e of list) expect(e.blob).toMatch(/^[0-9a-f]{40}$/)
    const paths = list.map((e) => e.path)
    for (const p of ['modules.toml', 'Cargo.toml', 'rust-toolchain.toml', 'apps/server/Cargo.toml', 'apps/server/build.rs', 'apps/admin/build.rs', 'crates/rustok-blog/rustok-module.toml', 'crates/rustok-tax/rustok-module.toml']) expect(paths).toContain(p)
    expect(paths.filter((p) => p.endsWith('/rustok-module.toml'))).toHaveLength(51)
    expect(paths.filter((p) => p === 'Cargo.toml' || p.endsWith('/Cargo.toml'))).toHaveLength(198)
  })

  describeRustok('against the RusToK fixture', () => {
    it('is exactly the fixture (PROVENANCE.md aside), and every blob id matches its file', () => {
      const dir = rustokDir()
      const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)).map((x) => `${n}/${x}`) : [n]))
      expect(list.map((e) => e.path).sort()).toEqual(walk(dir).filter((p) => p !== 'PROVENANCE.md').sort())
      for (const e of list) expect([e.path, blobId(readFileSync(path.join(dir, e.path)))]).toEqual([e.path, e.blob])
    })
  })
})

describe('npm run fixtures against a raw-file server on 127.0.0.1', () => {
  const files: Record<string, Buffer> = { 'modules.toml': Buffer.from('schema = 2\n'), 'apps/server/Cargo.toml': Buffer.from('[package]\nname = "s"\n'), 'crates/a-b/x.toml': Buffer.from('x = 1\n') }
  const requested: string[] = []
  let corrupt = false
  let server: http.Server
  let base: string
  const work = mkdtempSync(path.join(os.tmpdir(), 'mr-fixtures-'))
  const listFile = path.join(work, 'list.txt')

  beforeAll(async () => {
    writeFileSync(listFile, '# test list\n' + Object.entries(files).map(([p, c]) => `${blobId(c)} ${p}`).join('\n') + '\n')
    server = http.createServer((req, res) => {
      requested.push(req.url!)
      const prefix = `/RusTokRs/RusTok/${COMMIT}/`
      const rel = req.url!.startsWith(prefix) ? decodeURIComponent(req.url!.slice(prefix.length)) : null
      const body = rel === null ? undefined : files[rel]
      if (!body) return void res.writeHead(404).end('404: Not Found')
      res.writeHead(200).end(corrupt && rel === 'modules.toml' ? Buffer.from('schema = 3\n') : body)
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()))
    rmSync(work, { recursive: true, force: true })
  })

  const run = (dir: string, list = listFile) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [SCRIPT], { env: { ...process.env, RUSTOK_FIXTURE_DIR: dir, RUSTOK_FIXTURE_BASE_URL: base, RUSTOK_FIXTURE_LIST: list } }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr })
      )
    })

  it('fetches each listed path from <base>/RusTokRs/RusTok/<commit>/<path>, then is up to date', async () => {
    const dir = path.join(work, 'ok', 'rustok')
    const r = await run(dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect([...requested].sort()).toEqual([`/RusTokRs/RusTok/${COMMIT}/apps/server/Cargo.toml`, `/RusTokRs/RusTok/${COMMIT}/crates/a-b/x.toml`, `/RusTokRs/RusTok/${COMMIT}/modules.toml`])
    for (const [p, c] of Object.entries(files)) expect(readFileSync(path.join(dir, p))).toEqual(c)
    expect(readFileSync(path.join(dir, 'PROVENANCE.md'), 'utf8')).toContain(COMMIT)
    requested.length = 0
    const again = await run(dir)
    expect([again.code, requested]).toEqual([0, []])
    expect(again.stdout).toContain('up to date')
  })

  it('a file whose content is not the pinned blob: exit 1, nothing written', async () => {
    corrupt = true
    const dir = path.join(work, 'corrupt', 'rustok')
    const r = await run(dir)
    corrupt = false
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/modules\.toml: blob [0-9a-f]{40} is not the pinned [0-9a-f]{40}/)
    expect(existsSync(dir)).toBe(false)
    expect(readdirSync(path.dirname(dir))).toEqual([])
  })

  it('a path the server does not have: exit 1 naming the URL, nothing written', async () => {
    const list = path.join(work, 'missing.txt')
    writeFileSync(list, `${'0'.repeat(40)} nope/Cargo.toml\n`)
    const dir = path.join(work, 'missing', 'rustok')
    const r = await run(dir, list)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${base}/RusTokRs/RusTok/${COMMIT}/nope/Cargo.toml: HTTP 404`)
    expect(existsSync(dir)).toBe(false)
  })

  it('refuses an unsafe path in the list', async () => {
    const list = path.join(work, 'unsafe.txt')
    writeFileSync(list, `${'0'.repeat(40)} ../escape.toml\n`)
    const r = await run(path.join(work, 'unsafe', 'rustok'), list)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('unsafe path "../escape.toml"')
  })
})
