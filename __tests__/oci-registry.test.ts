// The OCI client against a real registry (Debian's docker-registry, distribution v2) on 127.0.0.1,
// in its three auth modes, with images pushed by skopeo from layouts the tests build themselves.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MEDIA_TYPES, OciError, RegistryImageStore, sha256Digest } from '../src/adapters/oci/index.js'
import { TestLayout, type Desc } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { startTokenServer, type TokenServer } from './oci/token-server.js'

const skipReason = missingTools()
if (skipReason) console.log(`oci-registry tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe

const user = { username: 'publisher', password: 'correct horse battery staple' }
const raw = async (ref: string, auth?: { host: string; username: string; password: string }) => Buffer.from(await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${ref}`], auth), 'utf8')
const push = (dir: string, tag: string, dest: string, extra: string[] = [], auth?: { host: string; username: string; password: string }) =>
  skopeo(['copy', '--quiet', '--dest-tls-verify=false', ...extra, `oci:${dir}:${tag}`, `docker://${dest}`], auth)

interface Images {
  dir: string
  a: Desc
  b: Desc
  multi: Desc
}

function buildImages(): Images {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-src-'))
  const layout = new TestLayout(dir)
  const a = layout.image({ layers: 2 })
  const b = layout.image({ layers: 3 })
  const multi = layout.index(['amd64', 'arm64'])
  layout.tag('a', a)
  layout.tag('b', b)
  layout.tag('multi', multi)
  return { dir, a, b, multi }
}

describeRegistry('registry without auth', () => {
  let reg: RunningRegistry
  let img: Images
  let store: RegistryImageStore
  beforeAll(async () => {
    img = buildImages()
    reg = await startRegistry({ kind: 'open' })
    await push(img.dir, 'a', `${reg.host}/app:a`)
    await push(img.dir, 'b', `${reg.host}/app:b`)
    await push(img.dir, 'multi', `${reg.host}/app:multi`, ['--all'])
    await push(img.dir, 'a', `${reg.host}/app:docker-a`, ['--format', 'v2s2'])
    store = new RegistryImageStore(reg.host, 'app')
  })
  afterAll(async () => {
    await reg?.stop()
    if (img) rmSync(img.dir, { recursive: true, force: true })
  })

  it('resolves a tag to the digest of the bytes skopeo reads', async () => {
    expect(await store.resolve('a')).toBe(sha256Digest((await raw(`${reg.host}/app:a`))))
    expect(await store.resolve('a')).toBe(img.a.digest)
  })

  it('retags to a release_id with the exact manifest bytes', async () => {
    const digest = await store.tag('a', 'r20260101-abc123')
    expect(digest).toBe(img.a.digest)
    expect((await raw(`${reg.host}/app:r20260101-abc123`)).equals((await raw(`${reg.host}/app:a`)))).toBe(true)
    const inspected = JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/app:r20260101-abc123`]))
    expect(inspected.Digest).toBe(img.a.digest)
    expect(inspected.Layers).toHaveLength(2)
  })

  it('re-points production from image A to B and back', async () => {
    await store.tag('a', 'production')
    expect(await store.resolve('production')).toBe(img.a.digest)
    await store.tag(img.b.digest, 'production')
    expect(await store.resolve('production')).toBe(img.b.digest)
    expect(sha256Digest((await raw(`${reg.host}/app:production`)))).toBe(img.b.digest)
    await store.tag('a', 'production')
    expect(sha256Digest((await raw(`${reg.host}/app:production`)))).toBe(img.a.digest)
  })

  it('retags a multi-platform index without touching its children', async () => {
    const m = await store.getManifest('multi')
    expect(m.mediaType).toBe(MEDIA_TYPES.ociIndex)
    expect(await store.tag('multi', 'r-multi')).toBe(img.multi.digest)
    expect((await raw(`${reg.host}/app:r-multi`)).equals(Buffer.from(m.bytes))).toBe(true)
    const children = JSON.parse(Buffer.from(m.bytes).toString('utf8')).manifests as Desc[]
    for (const child of children) expect(await store.exists(child.digest)).toBe(true)
  })

  it('keeps a Docker v2 schema 2 manifest as Docker v2, byte for byte', async () => {
    const m = await store.getManifest('docker-a')
    expect(m.mediaType).toBe(MEDIA_TYPES.dockerManifest)
    const digest = await store.tag('docker-a', 'r-docker')
    expect(digest).toBe(m.digest)
    const copy = (await raw(`${reg.host}/app:r-docker`))
    expect(copy.equals(Buffer.from(m.bytes))).toBe(true)
    expect(JSON.parse(copy.toString('utf8')).mediaType).toBe(MEDIA_TYPES.dockerManifest)
  })

  it('says clearly when a tag does not exist', async () => {
    expect(await store.resolve('no-such-tag')).toBeNull()
    await expect(store.getManifest('no-such-tag')).rejects.toThrow(`${reg.host}/app:no-such-tag: HTTP 404 MANIFEST_UNKNOWN`)
    await expect(store.tag('no-such-tag', 'x')).rejects.toThrow(/no-such-tag: HTTP 404 MANIFEST_UNKNOWN/)
    expect(await store.exists(`sha256:${'0'.repeat(64)}`)).toBe(false)
  })

  it('refuses a manifest whose blobs the repository does not have, with the registry error code', async () => {
    const other = new RegistryImageStore(reg.host, 'empty')
    const m = await store.getManifest('a')
    const err = await other.putManifest('x', m.bytes, m.mediaType).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(OciError)
    expect((err as OciError).status).toBe(400)
    expect((err as OciError).code).toBe('MANIFEST_BLOB_UNKNOWN')
    expect(await other.listTags()).toEqual([])
  })

  it('lists tags', async () => {
    expect(await store.listTags()).toEqual(expect.arrayContaining(['a', 'b', 'multi', 'docker-a', 'r20260101-abc123', 'production']))
  })
})

describeRegistry('registry with htpasswd (Basic) auth', () => {
  let reg: RunningRegistry
  let img: Images
  beforeAll(async () => {
    img = buildImages()
    reg = await startRegistry({ kind: 'htpasswd', ...user })
    await push(img.dir, 'a', `${reg.host}/team/app:a`, [], { host: reg.host, ...user })
  })
  afterAll(async () => {
    await reg?.stop()
    if (img) rmSync(img.dir, { recursive: true, force: true })
  })

  it('retags with the right credentials', async () => {
    const store = new RegistryImageStore(reg.host, 'team/app', { credentials: user })
    expect(await store.tag('a', 'r-basic')).toBe(img.a.digest)
    expect(sha256Digest((await raw(`${reg.host}/team/app:r-basic`, { host: reg.host, ...user })))).toBe(img.a.digest)
  })

  it('says that credentials are needed when none are given', async () => {
    const store = new RegistryImageStore(reg.host, 'team/app')
    await expect(store.resolve('a')).rejects.toThrow(`${reg.host}/team/app:a: HTTP 401 UNAUTHORIZED: authentication required; the registry wants a username and password, and none were given`)
  })

  it('says that a wrong password was refused, without printing it', async () => {
    const store = new RegistryImageStore(reg.host, 'team/app', { credentials: { username: user.username, password: 'wrong-secret' } })
    const err = (await store.tag('a', 'r-x').catch((e: unknown) => e)) as OciError
    expect(err).toBeInstanceOf(OciError)
    expect(err.message).toMatch(/team\/app:a: HTTP 401 UNAUTHORIZED: .*credentials of "publisher" were refused/)
    expect(err.message).not.toContain('wrong-secret')
    expect(err.message).not.toContain(Buffer.from(`${user.username}:wrong-secret`).toString('base64'))
  })
})

describeRegistry('registry with token auth (the ghcr.io flow)', () => {
  let reg: RunningRegistry
  let tokens: TokenServer
  let img: Images
  let work: string
  beforeAll(async () => {
    img = buildImages()
    work = mkdtempSync(path.join(os.tmpdir(), 'oci-token-'))
    tokens = await startTokenServer(work, user)
    reg = await startRegistry({ kind: 'token', realm: tokens.realm, service: tokens.service, issuer: tokens.issuer, certFile: tokens.certFile })
    await push(img.dir, 'a', `${reg.host}/owner/app:a`, [], { host: reg.host, ...user })
    await push(img.dir, 'b', `${reg.host}/owner/app:b`, [], { host: reg.host, ...user })
    await push(img.dir, 'a', `${reg.host}/public/app:a`, [], { host: reg.host, ...user })
  })
  afterAll(async () => {
    await reg?.stop()
    await tokens?.stop()
    if (img) rmSync(img.dir, { recursive: true, force: true })
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('answers the 401 challenge with a token per scope, cached', async () => {
    const store = new RegistryImageStore(reg.host, 'owner/app', { credentials: user })
    const before = tokens.requests.length
    expect(await store.tag('a', 'r-token')).toBe(img.a.digest)
    const asked = tokens.requests.slice(before)
    expect(asked.map((r) => r.scope)).toEqual(['repository:owner/app:pull', 'repository:owner/app:pull,push'])
    expect(asked.every((r) => r.authenticated && r.account === user.username)).toBe(true)
    // Deploy re-points production twice: the cached tokens serve every request.
    await store.tag('b', 'production')
    await store.tag('a', 'production')
    expect(tokens.requests.length - before).toBe(2)
    expect(store.tokenRequests).toBe(2)
    expect(sha256Digest((await raw(`${reg.host}/owner/app:production`, { host: reg.host, ...user })))).toBe(img.a.digest)
  })

  it('pulls anonymously where the token server allows it, and says why a push is refused', async () => {
    const store = new RegistryImageStore(reg.host, 'public/app')
    expect(await store.resolve('a')).toBe(img.a.digest)
    expect(tokens.requests.at(-1)).toEqual({ scope: 'repository:public/app:pull', account: null, authenticated: false })
    await expect(store.tag('a', 'r-anon')).rejects.toThrow(/public\/app:r-anon: HTTP 401 UNAUTHORIZED: .*anonymous access was refused/)
  })

  it('reports a wrong password from the token server, without printing it', async () => {
    const store = new RegistryImageStore(reg.host, 'owner/app', { credentials: { username: user.username, password: 'wrong-secret' } })
    const err = (await store.resolve('a').catch((e: unknown) => e)) as OciError
    expect(err).toBeInstanceOf(OciError)
    expect(err.message).toContain(`${reg.host}: token server ${new URL(tokens.realm).origin}/token: HTTP 401 UNAUTHORIZED: invalid username or password; the credentials of "publisher" were refused`)
    expect(err.message).not.toContain('wrong-secret')
  })
})
