/**
 * End to end on examples/shop with real cargo (offline, std-only workspace): generate → cargo
 * build --offline --locked of all three apps → the server on 127.0.0.1 reports exactly the
 * manifest's modules and hash → remove a module without regenerating → check fails → generate →
 * the build succeeds again without it. Runs the CLI in-process; the server is stopped by its PID.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { cliIn, getFromServer } from './helpers.js'

const run = promisify(execFile)
const SHOP = path.resolve('examples/shop')
let tmp: string
let work: string
let target: string

const cli = (...argv: string[]) => cliIn(work, argv)

async function cargoBuild(): Promise<void> {
  // All three apps, exactly as CI would build them: offline, from the committed Cargo.lock.
  await run('cargo', ['build', '--offline', '--locked', '-p', 'shop-server', '-p', 'shop-admin', '-p', 'shop-storefront'], {
    cwd: work,
    env: { ...process.env, CARGO_TARGET_DIR: target, CARGO_TERM_COLOR: 'never' },
    maxBuffer: 16 * 1024 * 1024
  })
}

const serverGet = async (route: string) => (await getFromServer(target, route))[0]!

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mr-e2e-'))
  work = path.join(tmp, 'shop')
  target = path.join(tmp, 'target')
  cpSync(SHOP, work, { recursive: true, filter: (src) => !src.split(path.sep).includes('target') })
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('examples/shop with real cargo', () => {
  let hash: string

  it('generate changes nothing on the committed example, and check agrees', async () => {
    const gen = await cli('generate', '--format', 'json')
    expect(gen.code).toBe(0)
    expect(JSON.parse(gen.stdout).written).toEqual([])
    expect((await cli('check')).code).toBe(0)
    hash = (await cli('hash')).stdout.trim()
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('cargo build --offline --locked builds server, admin and storefront', async () => {
    await cargoBuild()
  }, 600_000)

  it('the server answers /modules with exactly the manifest modules and its manifest_hash', async () => {
    const health = await serverGet('/health')
    expect(health.status).toBe(200)
    const res = await serverGet('/modules')
    expect(res.status).toBe(200)
    const body = JSON.parse(res.body) as { manifest_hash: string; modules: Array<{ slug: string }> }
    expect(body.manifest_hash).toBe(hash)
    expect(body.modules.map((m) => m.slug).sort()).toEqual(['blog', 'comments', 'content', 'forum', 'search'])
  }, 60_000)

  it('removing a module without regenerating makes check fail', async () => {
    const file = path.join(work, 'modules.toml')
    const text = readFileSync(file, 'utf8')
    const edited = text
      .split('\n')
      .filter((l) => !l.startsWith('forum = '))
      .join('\n')
      .replace('default_enabled = ["blog", "comments", "forum"]', 'default_enabled = ["blog", "comments"]')
    expect(edited).not.toBe(text)
    writeFileSync(file, edited)
    const check = await cli('check', '--format', 'json')
    expect(check.code).toBe(1)
    const stale = (JSON.parse(check.stdout) as { stale: Array<{ path: string }> }).stale.map((s) => s.path)
    expect(stale).toEqual(expect.arrayContaining(['apps/server/src/modules/generated.rs', 'apps/storefront/src/generated.rs', 'apps/server/Cargo.toml']))
  })

  it('after generate, the build succeeds again and the server no longer has the module', async () => {
    const gen = await cli('generate')
    expect(gen.code).toBe(0)
    expect((await cli('check')).code).toBe(0)
    await cargoBuild()
    const res = await serverGet('/modules')
    const body = JSON.parse(res.body) as { manifest_hash: string; modules: Array<{ slug: string }> }
    expect(body.modules.map((m) => m.slug).sort()).toEqual(['blog', 'comments', 'content', 'search'])
    expect(body.manifest_hash).toBe((await cli('hash')).stdout.trim())
    expect(body.manifest_hash).not.toBe(hash)
  }, 600_000)
})
