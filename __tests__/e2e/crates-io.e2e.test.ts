/**
 * End to end: installing a crates-io module into examples/shop with real cargo, offline. The
 * "registry" is __tests__/fixtures/registry, a directory source (the layout `cargo vendor` writes)
 * that replaces crates-io through .cargo/config.toml; the published crate depends on
 * shop-modules-api 0.1, which the workspace patches to its own crate. install --update-lockfile
 * vendors the package manifest, declares the dependency, generates and locks; the server then
 * registers the module and serves its route; uninstall gives back every file byte for byte,
 * Cargo.lock included. The server is stopped by its PID.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { tree } from '../cli-helpers.js'
import { cliIn, getFromServer } from './helpers.js'

const run = promisify(execFile)
const SHOP = path.resolve('examples/shop')
const REGISTRY = path.resolve('__tests__/fixtures/registry')
let tmp: string
let work: string
let target: string

const cli = (...argv: string[]) => cliIn(work, argv)

const cargoEnv = () => ({ ...process.env, CARGO_TARGET_DIR: target, CARGO_TERM_COLOR: 'never' })

async function buildServer(): Promise<void> {
  await run('cargo', ['build', '--offline', '--locked', '-p', 'shop-server'], { cwd: work, env: cargoEnv(), maxBuffer: 16 * 1024 * 1024 })
}

const notOurs = (rel: string) => rel === '.cargo' || rel === 'target'

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mr-e2e-crates-'))
  work = path.join(tmp, 'shop')
  target = path.join(tmp, 'target')
  cpSync(SHOP, work, { recursive: true, filter: (src) => !src.split(path.sep).includes('target') })
  mkdirSync(path.join(work, '.cargo'))
  writeFileSync(path.join(work, '.cargo', 'config.toml'), `[source.crates-io]\nreplace-with = "fixture"\n\n[source.fixture]\ndirectory = ${JSON.stringify(REGISTRY)}\n`)
  appendFileSync(path.join(work, 'Cargo.toml'), '\n[patch.crates-io]\nshop-modules-api = { path = "crates/modules-api" }\n')
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('a crates-io module in examples/shop, with real cargo', () => {
  let before: Map<string, string>

  it('install newsletter --update-lockfile: every file of the change, Cargo.lock included; check passes', async () => {
    before = tree(work, notOurs)
    const r = await cli('install', 'newsletter', '--update-lockfile', '--offline', '--format', 'json')
    const json = JSON.parse(r.stdout)
    expect(json.errors).toEqual([])
    expect(json.warnings).toEqual([])
    expect(r.code).toBe(0)
    expect(json.written).toEqual(['modules.toml', 'modules.d/newsletter/rustok-module.toml', 'apps/server/Cargo.toml', 'apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs', 'Cargo.lock'])
    expect(readFileSync(path.join(work, 'Cargo.lock'), 'utf8')).toContain('[[package]]\nname = "shop-newsletter"\nversion = "0.4.2"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n')
    expect((await cli('check')).code).toBe(0)
  })

  it('cargo build --offline --locked: the server registers newsletter and serves its route', async () => {
    await buildServer()
    const [modules, route] = await getFromServer(target, '/modules', '/newsletter')
    const body = JSON.parse(modules!.body) as { manifest_hash: string; modules: Array<{ slug: string; version: string }> }
    expect(body.modules.map((m) => m.slug).sort()).toEqual(['blog', 'comments', 'content', 'forum', 'newsletter', 'search'])
    expect(body.modules.find((m) => m.slug === 'newsletter')!.version).toBe('0.4.2')
    expect(body.manifest_hash).toBe((await cli('hash')).stdout.trim())
    expect(route).toEqual({ status: 200, body: '{"module":"newsletter","digest":"weekly"}' })
  }, 600_000)

  it('uninstall newsletter --update-lockfile: every file back byte for byte; the server builds without it', async () => {
    const r = await cli('uninstall', 'newsletter', '--update-lockfile', '--offline')
    expect(r.code).toBe(0)
    expect(tree(work, notOurs)).toEqual(before)
    expect(existsSync(path.join(work, 'modules.d'))).toBe(false)
    await buildServer()
    const [modules] = await getFromServer(target, '/modules')
    expect((JSON.parse(modules!.body) as { modules: Array<{ slug: string }> }).modules.map((m) => m.slug)).not.toContain('newsletter')
  }, 600_000)
})
