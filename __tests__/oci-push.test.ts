// Pushing an image out of an OCI image layout (what the build job stages) into a real registry
// (Debian's docker-registry: open, htpasswd and token auth) and into another layout; skopeo reads
// what was written. Blob upload: skipped when present, mounted across repositories, streamed from
// disk; an upload cut off half way is converged by the rerun.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { Readable } from 'node:stream'
import os from 'node:os'
import path from 'node:path'
import { FileBody, uploadFetch } from '../src/adapters/http/upload.js'
import { layoutImageDigest, pushImage } from '../src/adapters/oci/push.js'
import { LayoutImageStore, OciError, RegistryImageStore } from '../src/adapters/oci/index.js'
import { TestLayout, type Desc } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { startTokenServer, type TokenServer } from './oci/token-server.js'

const skipReason = missingTools()
if (skipReason) console.log(`oci-push tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe

const user = { username: 'publisher', password: 'correct horse battery staple' }
const dirs: string[] = []
const temp = (p: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), p))
  dirs.push(d)
  return d
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A layout holding exactly one image (as buildx's `type=oci,tar=false` writes it). */
function buildLayout(kind: 'image' | 'index', layerBytes = 4096): { dir: string; desc: Desc } {
  const dir = temp('oci-build-')
  const layout = new TestLayout(dir)
  const desc = kind === 'image' ? layout.image({ layers: 3, layerBytes }) : layout.index(['amd64', 'arm64'])
  layout.tag('build', desc)
  return { dir, desc }
}

const inspect = async (ref: string, auth?: { host: string; username: string; password: string }) => JSON.parse(await skopeo(['inspect', '--tls-verify=false', ref], auth)) as { Digest: string; Layers: string[] }

describe('layoutImageDigest', () => {
  it('names the single image of a layout, and refuses a layout of none or two', async () => {
    const { dir, desc } = buildLayout('image')
    expect(await layoutImageDigest(dir)).toEqual({ digest: desc.digest, mediaType: desc.mediaType })
    const two = new TestLayout(dir)
    two.tag('other', two.image({ layers: 1 }))
    await expect(layoutImageDigest(dir)).rejects.toThrow(/2 images/)
    await expect(layoutImageDigest(temp('oci-empty-'))).rejects.toThrow(/no index.json/)
  })
})

describe('pushImage into an image layout', () => {
  it('copies an index with its children, tags it, and skopeo reads every platform', async () => {
    const { dir, desc } = buildLayout('index')
    const dest = await new LayoutImageStore(path.join(temp('oci-dest-'), 'layout')).init()
    const r = await pushImage(dir, desc.digest, dest, 'r1')
    expect(r).toMatchObject({ digest: desc.digest, outcome: 'pushed', blobs: { present: 0, mounted: 0 } })
    expect(r.blobs.uploaded).toBe(4) // config + layer per platform
    const raw = JSON.parse(await skopeo(['inspect', '--raw', `oci:${dest.dir}:r1`]))
    expect(raw.manifests).toHaveLength(2)
    await skopeo(['copy', '--quiet', '--all', `oci:${dest.dir}:r1`, `oci:${temp('oci-copy-')}:r1`])
    const again = await pushImage(dir, desc.digest, dest, 'r1')
    expect(again.outcome).toBe('present')
    const other = await pushImage(dir, desc.digest, dest, 'r2')
    expect(other.blobs).toEqual({ present: 4, mounted: 0, uploaded: 0 })
  })

  it('refuses a corrupt blob and never moves a tag', async () => {
    const { dir, desc } = buildLayout('image')
    const dest = await new LayoutImageStore(path.join(temp('oci-dest-'), 'layout')).init()
    const layers = JSON.parse(await skopeo(['inspect', '--raw', `oci:${dir}:build`])).layers as Array<{ digest: string }>
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(dir, 'blobs', 'sha256', layers[1]!.digest.slice(7)), 'tampered')
    await expect(pushImage(dir, desc.digest, dest, 'r1')).rejects.toThrow(/bytes hashing to/)
    expect(await dest.resolve('r1')).toBeNull()
    const good = buildLayout('image')
    await pushImage(good.dir, good.desc.digest, dest, 'r1')
    const other = buildLayout('image')
    await expect(pushImage(other.dir, other.desc.digest, dest, 'r1')).rejects.toThrow(/never moved/)
  })
})

describeRegistry('pushImage into docker-registry', () => {
  let open: RunningRegistry
  let basic: RunningRegistry
  let tokened: RunningRegistry
  let tokens: TokenServer
  beforeAll(async () => {
    open = await startRegistry({ kind: 'open' })
    basic = await startRegistry({ kind: 'htpasswd', ...user })
    tokens = await startTokenServer(temp('oci-token-'), user)
    tokened = await startRegistry({ kind: 'token', realm: tokens.realm, service: tokens.service, issuer: tokens.issuer, certFile: tokens.certFile })
  })
  afterAll(async () => {
    await open?.stop()
    await basic?.stop()
    await tokened?.stop()
    await tokens?.stop()
  })

  it('open: uploads every blob, PUTs the manifest by digest and tag; skopeo reads the exact digest; a rerun sends nothing', async () => {
    const { dir, desc } = buildLayout('image')
    const store = new RegistryImageStore(open.host, 'acme/shop-server')
    const r = await pushImage(dir, desc.digest, store, 'shop-headless-0123456789ab')
    expect(r.blobs).toEqual({ present: 0, mounted: 0, uploaded: 4 })
    const got = await inspect(`docker://${open.host}/acme/shop-server:shop-headless-0123456789ab`)
    expect(got.Digest).toBe(desc.digest)
    expect(got.Layers).toHaveLength(3)
    expect(await store.exists(desc.digest)).toBe(true)
    expect((await pushImage(dir, desc.digest, store, 'shop-headless-0123456789ab')).outcome).toBe('present')
    // Another tag of the same image: every blob is present, nothing is uploaded.
    expect((await pushImage(dir, desc.digest, store, 'again')).blobs).toEqual({ present: 4, mounted: 0, uploaded: 0 })
  })

  it('open: a multi-platform index with its children', async () => {
    const { dir, desc } = buildLayout('index')
    const store = new RegistryImageStore(open.host, 'acme/shop-admin')
    await pushImage(dir, desc.digest, store, 'r1')
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${open.host}/acme/shop-admin:r1`])
    expect(JSON.parse(raw).manifests).toHaveLength(2)
    await skopeo(['copy', '--quiet', '--all', '--src-tls-verify=false', `docker://${open.host}/acme/shop-admin:r1`, `oci:${temp('oci-copy-')}:r1`])
  })

  it('open: mounts blobs from a sibling repository instead of uploading them again', async () => {
    const { dir, desc } = buildLayout('image')
    const mounts = new Map<string, string>()
    const a = new RegistryImageStore(open.host, 'acme/mount-a')
    const b = new RegistryImageStore(open.host, 'acme/mount-b')
    expect((await pushImage(dir, desc.digest, a, 'r1', { mounts, repository: 'acme/mount-a' })).blobs.uploaded).toBe(4)
    const r = await pushImage(dir, desc.digest, b, 'r1', { mounts, repository: 'acme/mount-b' })
    expect(r.blobs).toEqual({ present: 0, mounted: 4, uploaded: 0 })
    expect(r.uploadedBytes).toBe(0)
    expect((await inspect(`docker://${open.host}/acme/mount-b:r1`)).Digest).toBe(desc.digest)
  })

  it('open: an upload cut off half way fails; the rerun skips what arrived and converges on the same digest', async () => {
    const { dir, desc } = buildLayout('image', 256 * 1024)
    let puts = 0
    const cutting: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && String(input).includes('/blobs/uploads/') && init.body instanceof FileBody && ++puts === 2) {
        const reader = (Readable.toWeb(createReadStream(init.body.path)) as ReadableStream<Uint8Array>).getReader()
        let sent = 0
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const { done, value } = await reader.read()
            if (done || sent > 64 * 1024) {
              controller.error(new Error('connection reset (test)'))
              return
            }
            sent += value.byteLength
            controller.enqueue(value)
          }
        })
        return fetch(input, { ...init, body, duplex: 'half' } as RequestInit)
      }
      return uploadFetch()(input, init)
    }
    const first = new RegistryImageStore(open.host, 'acme/cut', { fetch: cutting })
    await expect(pushImage(dir, desc.digest, first, 'r1')).rejects.toThrow(OciError)
    const store = new RegistryImageStore(open.host, 'acme/cut')
    expect(await store.resolve('r1')).toBeNull()
    const r = await pushImage(dir, desc.digest, store, 'r1')
    expect(r.blobs.present).toBe(1) // the first blob arrived before the cut
    expect(r.blobs.uploaded).toBe(3)
    expect((await inspect(`docker://${open.host}/acme/cut:r1`)).Digest).toBe(desc.digest)
  })

  it('htpasswd: Basic credentials push; without them the registry refuses and nothing is tagged', async () => {
    const { dir, desc } = buildLayout('image')
    const anonymous = new RegistryImageStore(basic.host, 'acme/shop-server')
    await expect(pushImage(dir, desc.digest, anonymous, 'r1')).rejects.toThrow(/401/)
    const store = new RegistryImageStore(basic.host, 'acme/shop-server', { credentials: user })
    await pushImage(dir, desc.digest, store, 'r1')
    expect((await inspect(`docker://${basic.host}/acme/shop-server:r1`, { host: basic.host, ...user })).Digest).toBe(desc.digest)
  })

  it('token: push scope for the upload, pull scope of the source for a mount; anonymous push refused', async () => {
    const { dir, desc } = buildLayout('image')
    await expect(pushImage(dir, desc.digest, new RegistryImageStore(tokened.host, 'acme/t-server'), 'r1')).rejects.toThrow(/401|denied|refused/i)
    const mounts = new Map<string, string>()
    const secrets: string[] = []
    const a = new RegistryImageStore(tokened.host, 'acme/t-server', { credentials: user, onSecret: (v) => secrets.push(v) })
    await pushImage(dir, desc.digest, a, 'r1', { mounts, repository: 'acme/t-server' })
    const b = new RegistryImageStore(tokened.host, 'acme/t-admin', { credentials: user })
    const r = await pushImage(dir, desc.digest, b, 'r1', { mounts, repository: 'acme/t-admin' })
    expect(r.blobs.mounted).toBe(4)
    // What the action masks: the Basic credentials and every token the client was given.
    expect(secrets[0]).toBe(Buffer.from(`${user.username}:${user.password}`).toString('base64'))
    expect(secrets.length).toBeGreaterThanOrEqual(2)
    expect(secrets.slice(1).every((t) => t.split('.').length === 3)).toBe(true)
    expect(tokens.requests.some((q) => q.scope === 'repository:acme/t-admin:pull,push repository:acme/t-server:pull')).toBe(true)
    expect((await inspect(`docker://${tokened.host}/acme/t-admin:r1`, { host: tokened.host, ...user })).Digest).toBe(desc.digest)
  })
})
