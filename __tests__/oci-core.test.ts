// The pure OCI core (references, challenges, manifests) and the registry client's checks against a
// registry that misbehaves on purpose: a node:http server on 127.0.0.1 that tampers with digests,
// oversizes bodies and asks for odd scopes — what a real registry never does on request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import http from 'node:http'
import type net from 'node:net'
import { parseWwwAuthenticate } from '../src/core/oci/auth.js'
import { formatReference, MEDIA_TYPES, OciError, parseManifest, parseReference, RegistryImageStore, sha256Digest } from '../src/adapters/oci/index.js'

const d64 = `sha256:${'a'.repeat(64)}`

describe('image references', () => {
  it.each([
    ['ghcr.io/owner/app:r20260101-abc', { registry: 'ghcr.io', repository: 'owner/app', tag: 'r20260101-abc' }],
    ['127.0.0.1:5000/a/b/c', { registry: '127.0.0.1:5000', repository: 'a/b/c' }],
    [`localhost:5000/app@${d64}`, { registry: 'localhost:5000', repository: 'app', digest: d64 }],
    [`[::1]:5000/app:v1@${d64}`, { registry: '[::1]:5000', repository: 'app', tag: 'v1', digest: d64 }]
  ])('parses %s', (text, want) => {
    expect(parseReference(text)).toEqual(want)
    expect(formatReference(parseReference(text))).toBe(text)
  })

  it.each([
    ['app:v1', /HOST\[:PORT\]\/REPOSITORY/],
    ['ghcr.io/Owner/app', /not a repository name/],
    ['ghcr.io/app:-bad', /not a tag/],
    ['ghcr.io/app@sha256:abc', /not a sha256 or sha512 digest/],
    ['host:99999/app', /not a registry host/]
  ])('refuses %s', (text, why) => {
    expect(() => parseReference(text)).toThrow(why)
  })

  it('formats and parses back any valid reference', () => {
    const component = fc.stringMatching(/^[a-z0-9]+([._-][a-z0-9]+)?$/)
    fc.assert(
      fc.property(fc.constantFrom('ghcr.io', '127.0.0.1:5000', 'registry.example.com:443'), fc.array(component, { minLength: 1, maxLength: 3 }), fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }), (registry, parts, tag) => {
        const ref = { registry, repository: parts.join('/'), ...(tag !== undefined ? { tag } : {}) }
        expect(parseReference(formatReference(ref))).toEqual(ref)
      })
    )
  })
})

describe('WWW-Authenticate', () => {
  it('reads the challenge ghcr.io sends', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:owner/app:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:owner/app:pull' } }
    ])
  })

  it('reads several challenges, token68, unquoted and escaped values', () => {
    expect(parseWwwAuthenticate('Basic realm="a \\"b\\"", Bearer realm=https://x/token, error="insufficient_scope"')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"' } },
      { scheme: 'bearer', params: { realm: 'https://x/token', error: 'insufficient_scope' } }
    ])
    expect(parseWwwAuthenticate('Negotiate abc==, Basic realm="r"')).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'basic', params: { realm: 'r' } }
    ])
  })

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseWwwAuthenticate(s))))
  })
})

describe('manifests', () => {
  const image = { schemaVersion: 2, config: { mediaType: MEDIA_TYPES.ociConfig, digest: d64, size: 2 }, layers: [{ mediaType: MEDIA_TYPES.ociLayer, digest: d64, size: 3 }] }
  const bytes = (o: unknown) => Buffer.from(JSON.stringify(o))

  it('finds the blobs of an image and the children of an index', () => {
    expect(parseManifest(bytes(image))).toMatchObject({ mediaType: MEDIA_TYPES.ociManifest, kind: 'image', blobs: [{ size: 2 }, { size: 3 }], children: [] })
    const index = { schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifestList, manifests: [{ mediaType: MEDIA_TYPES.dockerManifest, digest: d64, size: 9 }] }
    expect(parseManifest(bytes(index))).toMatchObject({ kind: 'index', blobs: [], children: [{ size: 9 }] })
  })

  it('refuses a body that contradicts its media type, an unknown type, and non-JSON', () => {
    expect(() => parseManifest(bytes({ ...image, mediaType: MEDIA_TYPES.dockerManifest }), MEDIA_TYPES.ociManifest)).toThrow(/says mediaType .*docker.* served as .*oci/)
    expect(() => parseManifest(bytes(image), 'application/vnd.docker.distribution.manifest.v1+prettyjws')).toThrow(/unsupported manifest media type/)
    expect(() => parseManifest(Buffer.from('{'))).toThrow(/not JSON/)
    expect(() => parseManifest(bytes({ schemaVersion: 2, layers: [] }))).toThrow(/not an image manifest/)
  })
})

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void

describe('registry client against a misbehaving registry', () => {
  let server: http.Server
  let host: string
  let handler: Handler = (_req, res) => res.writeHead(500).end()
  const seen: Array<{ method: string; url: string; authorization: string | undefined }> = []
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization })
        handler(req, res, Buffer.concat(chunks))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`
  })
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  )

  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: d64, size: 2 }, layers: [] }))
  const serve = (bytes: Buffer, digest: string) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': MEDIA_TYPES.ociManifest, 'docker-content-digest': digest, 'content-length': bytes.length }).end(bytes)
  }

  it('detects a Docker-Content-Digest that the bytes do not hash to', async () => {
    handler = serve(manifest, d64)
    const err = (await new RegistryImageStore(host, 'app').getManifest('v1').catch((e: unknown) => e)) as OciError
    expect(err.code).toBe('DIGEST_INVALID')
    expect(err.message).toContain(`${host}/app:v1: DIGEST_INVALID: manifest received against its Docker-Content-Digest: digest mismatch: expected ${d64}`)
  })

  it('detects bytes that are not the digest asked for, even with a matching header', async () => {
    const tampered = Buffer.from(manifest.toString().replace('"layers":[]', '"layers":[] '))
    handler = serve(tampered, sha256Digest(tampered))
    const want = sha256Digest(manifest)
    await expect(new RegistryImageStore(host, 'app').getManifest(want)).rejects.toThrow(`${host}/app@${want}: DIGEST_INVALID: manifest received for this digest: digest mismatch`)
    await expect(new RegistryImageStore(host, 'app').tag(want, 'production')).rejects.toThrow(/DIGEST_INVALID/)
    expect(seen.at(-1)!.method).toBe('GET') // nothing was PUT
  })

  it('refuses manifests over 4 MiB, declared or streamed', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024 + 1, 32)
    handler = serve(big, sha256Digest(big))
    await expect(new RegistryImageStore(host, 'app').getManifest('v1')).rejects.toThrow(/response of 4194305 bytes is over the 4194304-byte limit/)
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': MEDIA_TYPES.ociManifest })
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1024 * 1024, 32))
      res.end()
    }
    await expect(new RegistryImageStore(host, 'app').getManifest('v1')).rejects.toThrow(/response is over the 4194304-byte limit/)
  })

  it('detects a registry that stores other bytes than those sent', async () => {
    handler = (_req, res) => res.writeHead(201, { 'docker-content-digest': d64 }).end()
    await expect(new RegistryImageStore(host, 'app').putManifest('v1', manifest, MEDIA_TYPES.ociManifest)).rejects.toThrow(`registry stored ${d64}, the manifest sent hashes to ${sha256Digest(manifest)}`)
  })

  it('retries once with the scope a 401 names, then stops', async () => {
    seen.length = 0
    handler = (req, res) => {
      const url = new URL(req.url!, 'http://x')
      if (url.pathname === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok-${url.searchParams.get('scope')}` }))
        return
      }
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="svc",scope="repository:app:pull,extra",error="insufficient_scope"`, 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }))
    }
    const err = (await new RegistryImageStore(host, 'app').getManifest('v1').catch((e: unknown) => e)) as OciError
    expect(err.message).toBe(`${host}/app:v1: HTTP 401 DENIED: requested access to the resource is denied; anonymous access was refused`)
    expect(seen.map((s) => `${s.method} ${s.url} ${s.authorization ?? '-'}`)).toEqual([
      'GET /v2/app/manifests/v1 -',
      'GET /token?service=svc&scope=repository%3Aapp%3Apull%2Cextra -',
      'GET /v2/app/manifests/v1 Bearer tok-repository:app:pull,extra'
    ])
  })

  it('reports the OCI error code and message of any failure', async () => {
    handler = (_req, res) => res.writeHead(429, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }, { code: 'X', message: 'y' }] }))
    await expect(new RegistryImageStore(host, 'app').getManifest('v1')).rejects.toThrow(`${host}/app:v1: HTTP 429 TOOMANYREQUESTS: slow down (and 1 more)`)
  })

  it('follows tag-list pages on the same origin only', async () => {
    handler = (req, res) => {
      const last = req.url!.includes('last=b')
      res.writeHead(200, { 'content-type': 'application/json', ...(last ? {} : { link: '</v2/app/tags/list?n=1000&last=b>; rel="next"' }) })
      res.end(JSON.stringify({ name: 'app', tags: last ? ['c', 'a'] : ['b', 'a'] }))
    }
    expect(await new RegistryImageStore(host, 'app').listTags()).toEqual(['a', 'b', 'c'])
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json', link: '<http://127.0.0.2:1/v2/app/tags/list?last=b>; rel="next"' }).end('{"tags":["a"]}')
    await expect(new RegistryImageStore(host, 'app').listTags()).rejects.toThrow('refusing a next page on another origin (http://127.0.0.2:1)')
  })

  it('refuses a plain-http token realm on another host', async () => {
    handler = (_req, res) => res.writeHead(401, { 'www-authenticate': 'Bearer realm="http://auth.example.com/token",service="svc"' }).end()
    await expect(new RegistryImageStore(host, 'app', { credentials: { username: 'u', password: 'p' } }).resolve('v1')).rejects.toThrow(/refusing token realm http:\/\/auth\.example\.com: not https/)
  })

  it('speaks https to hosts that are not loopback unless insecure is set', async () => {
    const urls: string[] = []
    const recording: typeof fetch = async (input) => {
      urls.push(String(input))
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    }
    await expect(new RegistryImageStore('registry.example.com', 'app', { fetch: recording }).resolve('v1')).rejects.toThrow('registry.example.com/app:v1: HEAD failed: ECONNREFUSED')
    await expect(new RegistryImageStore('registry.example.com:5000', 'app', { fetch: recording, insecure: true }).resolve('v1')).rejects.toThrow(OciError)
    expect(urls).toEqual(['https://registry.example.com/v2/app/manifests/v1', 'http://registry.example.com:5000/v2/app/manifests/v1'])
  })
})
