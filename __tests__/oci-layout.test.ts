// The image-layout store (the local default): every tag it writes must be readable by skopeo as
// oci:DIR:TAG, and copyable from there into a real registry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LayoutImageStore, MEDIA_TYPES, OciError, openImageStore, sha256Digest } from '../src/adapters/oci/index.js'
import { TestLayout, tarOf, type Desc } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'

const skipReason = missingTools()
if (skipReason) console.log(`oci-layout skopeo tests skipped: ${skipReason}`)
const describeSkopeo = skipReason ? describe.skip : describe

const inspectRaw = async (dir: string, tag: string) => Buffer.from(await skopeo(['inspect', '--raw', `oci:${dir}:${tag}`]), 'utf8')

describeSkopeo('image layout store, read by skopeo', () => {
  let dir: string
  let a: Desc
  let b: Desc
  let multi: Desc
  let store: LayoutImageStore
  let reg: RunningRegistry
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'oci-layout-'))
    const layout = new TestLayout(dir)
    a = layout.image({ layers: 2 })
    b = layout.image({ layers: 1 })
    multi = layout.index(['amd64', 'arm64'])
    layout.tag('a', a)
    layout.tag('b', b)
    layout.tag('multi', multi)
    store = await new LayoutImageStore(dir).init()
    reg = await startRegistry({ kind: 'open' })
  })
  afterAll(async () => {
    await reg?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('resolves and retags; skopeo reads the new tag', async () => {
    expect(await store.resolve('a')).toBe(a.digest)
    expect(await store.tag('a', 'r20260101-abc123')).toBe(a.digest)
    expect(sha256Digest(await inspectRaw(dir, 'r20260101-abc123'))).toBe(a.digest)
    const inspected = JSON.parse(await skopeo(['inspect', `oci:${dir}:r20260101-abc123`]))
    expect(inspected.Digest).toBe(a.digest)
    expect(inspected.Layers).toHaveLength(2)
  })

  it('re-points production from A to B and back, one descriptor per tag', async () => {
    await store.tag('a', 'production')
    await store.tag(b.digest, 'production')
    expect(sha256Digest(await inspectRaw(dir, 'production'))).toBe(b.digest)
    await store.tag('a', 'production')
    expect(sha256Digest(await inspectRaw(dir, 'production'))).toBe(a.digest)
    const named = new TestLayout(dir).readIndex().filter((d) => d.annotations?.['org.opencontainers.image.ref.name'] === 'production')
    expect(named).toEqual([{ mediaType: MEDIA_TYPES.ociManifest, digest: a.digest, size: a.size, annotations: { 'org.opencontainers.image.ref.name': 'production' } }])
  })

  it('retags an index; skopeo reads it', async () => {
    expect(await store.tag('multi', 'r-multi')).toBe(multi.digest)
    expect(sha256Digest(await inspectRaw(dir, 'r-multi'))).toBe(multi.digest)
    expect((await store.getManifest('r-multi')).mediaType).toBe(MEDIA_TYPES.ociIndex)
  })

  it('skopeo copies a tag the store made into a registry', async () => {
    await store.tag('b', 'r-copy')
    await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:r-copy`, `docker://${reg.host}/from-layout:r-copy`])
    const remote = Buffer.from(await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${reg.host}/from-layout:r-copy`]), 'utf8')
    expect(sha256Digest(remote)).toBe(b.digest)
  })

  it('builds an image from nothing with putBlob and putManifest; skopeo reads it', async () => {
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'oci-fresh-'))
    try {
      const s = (await openImageStore(`oci:${fresh}`)) as LayoutImageStore
      const tar = tarOf('hello.txt', Buffer.from('hello\n'))
      const layer = await s.putBlob(tar)
      const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer] } }))
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MEDIA_TYPES.ociManifest,
          config: { mediaType: MEDIA_TYPES.ociConfig, digest: await s.putBlob(config), size: config.length },
          layers: [{ mediaType: MEDIA_TYPES.ociLayer, digest: layer, size: tar.length }]
        })
      )
      const digest = await s.putManifest('v1', manifest, MEDIA_TYPES.ociManifest)
      expect(digest).toBe(sha256Digest(manifest))
      expect((await inspectRaw(fresh, 'v1')).equals(manifest)).toBe(true)
      expect(await s.listTags()).toEqual(['v1'])
      expect(readdirSync(fresh).sort()).toEqual(['blobs', 'index.json', 'oci-layout']) // no temp files left behind
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})

describe('image layout store', () => {
  let dir: string
  let a: Desc
  let store: LayoutImageStore
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'oci-layout-'))
    const layout = new TestLayout(dir)
    a = layout.image({ layers: 1 })
    layout.tag('a', a)
    store = await new LayoutImageStore(dir).init()
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists and deletes tags; blobs stay', async () => {
    await store.tag('a', 'gone')
    expect(await store.listTags()).toEqual(['a', 'gone'])
    expect(await store.deleteTag('gone')).toBe(true)
    expect(await store.deleteTag('gone')).toBe(false)
    expect(await store.resolve('gone')).toBeNull()
    expect(await store.exists(a.digest)).toBe(true)
  })

  it('names the layout and tag when a tag is missing', async () => {
    await expect(store.getManifest('nope')).rejects.toThrow(`oci:${dir}:nope: MANIFEST_UNKNOWN: no such tag`)
  })

  it('refuses a manifest whose blobs are not in the layout', async () => {
    const m = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: `sha256:${'1'.repeat(64)}`, size: 2 }, layers: [] }))
    await expect(store.putManifest('bad', m, MEDIA_TYPES.ociManifest)).rejects.toThrow(/MANIFEST_BLOB_UNKNOWN: references sha256:1{64}/)
    expect(await store.resolve('bad')).toBeNull()
  })

  it('detects a manifest blob changed on disk', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'oci-tamper-'))
    try {
      const layout = new TestLayout(other)
      const img = layout.image({ layers: 1 })
      layout.tag('t', img)
      const file = path.join(other, 'blobs', 'sha256', img.digest.slice(7))
      writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion":2', '"schemaVersion":2 '))
      const err = (await (await new LayoutImageStore(other).init()).tag('t', 'x').catch((e: unknown) => e)) as OciError
      expect(err).toBeInstanceOf(OciError)
      expect(err.code).toBe('DIGEST_INVALID')
      expect(err.message).toContain(`oci:${other}:t: DIGEST_INVALID: blob ${img.digest}: digest mismatch`)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('refuses a directory that is not a layout', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'oci-not-'))
    try {
      writeFileSync(path.join(other, 'oci-layout'), 'hello')
      await expect(new LayoutImageStore(other).init()).rejects.toThrow(/oci-layout is not/)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})
