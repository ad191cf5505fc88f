/**
 * The address policy of catalog URLs, on every hop (security review #6): an https:// catalog that
 * redirects to http://127.0.0.1 is not followed; https:// to loopback or private addresses is
 * refused unless --allow-private-catalog; the connection goes to the address that was vetted.
 * Servers listen on 127.0.0.1 only and are stopped after the tests.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { addressProblem, fetchCatalogText } from '../src/adapters/fetch/fetch.js'
import { CatalogFetchError } from '../src/core/diagnostics/errors.js'
import { cli } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const CATALOG = 'schema = 1\n'

let plain: http.Server
let secure: https.Server
let httpPort = 0
let httpsPort = 0
let ca = ''
const hosts: string[] = []
let tmp = ''

beforeAll(async () => {
  plain = http.createServer((req, res) => {
    hosts.push(String(req.headers.host))
    res.end(CATALOG)
  })
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r))
  httpPort = (plain.address() as AddressInfo).port
  // A real TLS server for catalog.test (a self-signed certificate made by openssl for this run).
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mr-fetch-tls-'))
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=catalog.test', '-addext', 'subjectAltName=DNS:catalog.test', '-keyout', path.join(tmp, 'key.pem'), '-out', path.join(tmp, 'cert.pem')], { stdio: 'ignore' })
  ca = readFileSync(path.join(tmp, 'cert.pem'), 'utf8')
  secure = https.createServer({ key: readFileSync(path.join(tmp, 'key.pem')), cert: ca }, (req, res) => {
    if (req.url === '/down') res.writeHead(302, { location: `http://127.0.0.1:${httpPort}/marketplace.toml` }).end()
    else if (req.url === '/up') res.writeHead(302, { location: '/marketplace.toml' }).end()
    else res.end(CATALOG)
  })
  await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r))
  httpsPort = (secure.address() as AddressInfo).port
})
afterAll(async () => {
  for (const s of [plain, secure]) {
    s.closeAllConnections()
    await new Promise<void>((r) => s.close(() => r()))
  }
  rmSync(tmp, { recursive: true, force: true })
})

/** catalog.test resolves to our loopback TLS server. */
const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }]

const refused = async (p: Promise<unknown>, message: RegExp) => {
  const err = await p.then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(CatalogFetchError)
  expect((err as Error).message).toMatch(message)
}

describe('addressProblem', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['::1', 'loopback'], ['10.1.2.3', 'private'], ['172.20.0.1', 'private'], ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'], ['169.254.169.254', 'link-local'], ['0.0.0.0', 'unspecified'], ['0.1.2.3', 'unspecified'], ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'], ['fc00::1', 'private (ULA)'], ['fd12:3456::1', 'private (ULA)'], ['fe80::1', 'link-local'], ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:7f00:1', 'IPv4-mapped'], ['ff02::1', 'multicast'], ['::', 'unspecified'], ['64:ff9b::a00:1', 'NAT64']
  ])('%s is %s', (address, what) => {
    expect(addressProblem(address)).toBe(what)
  })
  it.each(['93.184.215.14', '140.82.112.3', '2606:4700::6810:84e5'])('%s is public', (address) => {
    expect(addressProblem(address)).toBeNull()
  })
})

describe('fetchCatalogText', () => {
  it('the repro: an https:// catalog redirecting to http://127.0.0.1 is not followed, even with the flag', async () => {
    hosts.length = 0
    await refused(fetchCatalogText(`https://catalog.test:${httpsPort}/down`, { allowPrivate: true, resolve: toLoopback, ca }), /redirects from https:\/\/ to http:\/\//)
    expect(hosts).toEqual([])
    // The same server, a redirect on https://: followed, and the certificate verified for catalog.test.
    expect(await fetchCatalogText(`https://catalog.test:${httpsPort}/up`, { allowPrivate: true, resolve: toLoopback, ca })).toBe(CATALOG)
    await refused(fetchCatalogText(`https://catalog.test:${httpsPort}/up`, { allowPrivate: true, resolve: toLoopback }), /cannot read the catalog: (SELF_SIGNED|DEPTH_ZERO)/)
  })

  it('without the flag, an https:// host that resolves to loopback is refused before any connection', async () => {
    await refused(fetchCatalogText(`https://catalog.test:${httpsPort}/marketplace.toml`, { resolve: toLoopback, ca }), /catalog\.test resolves to 127\.0\.0\.1 \(loopback\)/)
  })

  it('https:// to loopback or a private address is refused without --allow-private-catalog, whatever address family or mix', async () => {
    await refused(fetchCatalogText(`https://127.0.0.1:${httpsPort}/m.toml`), /resolves to 127\.0\.0\.1 \(loopback\); a catalog on a private network needs --allow-private-catalog/)
    await refused(fetchCatalogText(`https://[::ffff:127.0.0.1]:${httpsPort}/m.toml`), /IPv4-mapped/)
    await refused(fetchCatalogText('https://catalog.example/m.toml', { resolve: async () => [{ address: '10.0.0.7', family: 4 }] }), /catalog\.example resolves to 10\.0\.0\.7 \(private\)/)
    // One private address among public ones is enough to refuse.
    await refused(fetchCatalogText('https://catalog.example/m.toml', { resolve: async () => [{ address: '93.184.215.14', family: 4 }, { address: '169.254.169.254', family: 4 }] }), /169\.254\.169\.254 \(link-local\)/)
  })

  it('connects to the vetted address: the resolver is asked once per hop, a second answer cannot rebind', async () => {
    let calls = 0
    const resolve = async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }])
    hosts.length = 0
    const text = await fetchCatalogText(`http://localhost:${httpPort}/marketplace.toml`, { allowPrivate: true, resolve })
    expect(text).toBe(CATALOG)
    expect(calls).toBe(1)
    expect(hosts).toEqual([`localhost:${httpPort}`])
  })

  it('http:// needs every address of the host to be loopback', async () => {
    await refused(fetchCatalogText(`http://localhost:${httpPort}/m.toml`, { allowPrivate: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }, { address: '192.168.0.2', family: 4 }] }), /resolves to 192\.168\.0\.2, which is not loopback/)
  })
})

describe('the CLI flag', () => {
  it('catalog list over http://127.0.0.1 needs --allow-private-catalog', async () => {
    const url = `http://127.0.0.1:${httpPort}/marketplace.toml`
    const no = await cli(['catalog', 'list', '--catalog', url, '--root', SHOP])
    expect(no.code).toBe(2)
    expect(no.stderr).toMatch(/--allow-private-catalog/)
    const yes = await cli(['catalog', 'list', '--catalog', url, '--allow-private-catalog', '--root', SHOP])
    expect(yes.code).toBe(0)
    expect(yes.stdout).toContain(`0 of 0 modules in ${url}`)
  })
})
