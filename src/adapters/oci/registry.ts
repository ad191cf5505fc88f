/**
 * An ImageStore over the OCI distribution API (one repository of one registry), with Node's
 * global fetch. Manifests are fetched with every OCI and Docker manifest type accepted, checked
 * against their digest, and retagged by PUTting the exact bytes back: a retag moves two
 * manifests' worth of bytes whatever the size of the image.
 */
import { promises as fs } from 'node:fs'
import { FileBody, uploadFetch } from '../http/upload.js'
import { isDigest, sha256Digest, verifyDigest } from '../../core/oci/digest.js'
import { discard, mediaTypeOf, nextLink, readLimited, registryError, type Fetch } from './http.js'
import { MANIFEST_ACCEPT, MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES, parseManifest } from '../../core/oci/media.js'
import { isLoopbackHost, isTag, registryHost, REPOSITORY_PATTERN } from '../../core/oci/reference.js'
import { RegistryAuth, type RegistryCredentials } from './registry-auth.js'
import { OciError, type BlobOutcome, type ImageStore, type Manifest } from '../../core/oci/store.js'
import { repositoryScope } from '../../core/oci/auth.js'

export interface RegistryOptions {
  credentials?: RegistryCredentials
  /** Allows plain http to a host that is not loopback (loopback hosts are spoken to over http). */
  insecure?: boolean
  /** Per-request timeout; 60 s by default. */
  timeoutMs?: number
  /** The fetch to use; the global one by default (tests and benchmarks wrap it). A blob upload's body is then a FileBody (src/adapters/http/upload.ts) to stream. */
  fetch?: Fetch
  /** Told every secret derived from the credentials (the Basic header, each token): the action masks them. */
  onSecret?: (value: string) => void
}

export class RegistryImageStore implements ImageStore {
  readonly label: string
  private readonly base: string
  private readonly auth: RegistryAuth
  private readonly fetchImpl: Fetch
  private readonly uploadImpl: Fetch
  private readonly timeoutMs: number

  /** `registry` is `host[:port]`; loopback hosts are reached over http, others over https unless `insecure`. */
  constructor(
    readonly registry: string,
    readonly repository: string,
    options: RegistryOptions = {}
  ) {
    if (!REPOSITORY_PATTERN.test(repository)) throw new OciError(`${registry}/${repository}`, 'not a repository name (lowercase components separated by /)')
    this.label = `${registry}/${repository}`
    const http = isLoopbackHost(registryHost(registry)) || options.insecure === true
    this.base = `${http ? 'http' : 'https'}://${registry}/v2/${repository}`
    this.fetchImpl = options.fetch ?? globalThis.fetch
    // Blob bodies (FileBody) go over node:http(s) from one reused buffer; a caller's own fetch gets them as they are.
    this.uploadImpl = options.fetch ?? uploadFetch(globalThis.fetch)
    this.timeoutMs = options.timeoutMs ?? 60_000
    this.auth = new RegistryAuth(registry, options.credentials, this.fetchImpl, options.insecure === true, this.timeoutMs, options.onSecret)
  }

  /** Token requests made so far (one per scope while the tokens last). */
  get tokenRequests(): number {
    return this.auth.tokenRequests
  }

  async resolve(tag: string): Promise<string | null> {
    const where = this.where(checkTag(this.label, tag))
    const res = await this.send('HEAD', `/manifests/${tag}`, false, where, { accept: MANIFEST_ACCEPT })
    if (res.status === 404) return null
    if (!res.ok) throw await this.failure(res, where)
    const digest = res.headers.get('docker-content-digest')
    // A registry that does not say the digest on HEAD: hash the manifest itself.
    return digest && isDigest(digest) ? digest : (await this.getManifest(tag)).digest
  }

  async getManifest(reference: string): Promise<Manifest> {
    const where = this.where(checkReference(this.label, reference))
    const res = await this.send('GET', `/manifests/${reference}`, false, where, { accept: MANIFEST_ACCEPT })
    if (!res.ok) throw await this.failure(res, where)
    let bytes: Uint8Array
    try {
      bytes = await readLimited(res, MAX_MANIFEST_BYTES, 'manifest')
    } catch (err) {
      throw new OciError(where, (err as Error).message)
    }
    const digest = sha256Digest(bytes)
    const check = (expected: string, what: string) => {
      try {
        verifyDigest(bytes, expected, what)
      } catch (err) {
        throw new OciError(where, (err as Error).message, undefined, 'DIGEST_INVALID')
      }
    }
    if (isDigest(reference)) check(reference, 'manifest received for this digest')
    const said = res.headers.get('docker-content-digest')
    if (said) {
      if (!isDigest(said)) throw new OciError(where, `Docker-Content-Digest ${JSON.stringify(said)} is not a digest`, undefined, 'DIGEST_INVALID')
      check(said, 'manifest received against its Docker-Content-Digest')
    }
    const served = mediaTypeOf(res.headers.get('content-type'))
    let mediaType: string
    try {
      mediaType = parseManifest(bytes, served && MANIFEST_MEDIA_TYPES.includes(served) ? served : undefined).mediaType
    } catch (err) {
      throw new OciError(where, (err as Error).message, undefined, 'MANIFEST_INVALID')
    }
    return { bytes, mediaType, digest }
  }

  async putManifest(tag: string, bytes: Uint8Array, mediaType: string): Promise<string> {
    const where = this.where(checkReference(this.label, tag))
    if (bytes.byteLength > MAX_MANIFEST_BYTES) throw new OciError(where, `manifest of ${bytes.byteLength} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID')
    try {
      parseManifest(bytes, mediaType)
    } catch (err) {
      throw new OciError(where, (err as Error).message, undefined, 'MANIFEST_INVALID')
    }
    const digest = sha256Digest(bytes)
    if (isDigest(tag) && tag !== digest) throw new OciError(where, `manifest hashes to ${digest}`, undefined, 'DIGEST_INVALID')
    const res = await this.send('PUT', `/manifests/${tag}`, true, where, { 'content-type': mediaType }, bytes)
    if (!res.ok) throw await this.failure(res, where)
    await discard(res)
    const stored = res.headers.get('docker-content-digest')
    if (stored && stored !== digest) throw new OciError(where, `registry stored ${stored}, the manifest sent hashes to ${digest}`, res.status, 'DIGEST_INVALID')
    return digest
  }

  async tag(source: string, newTag: string): Promise<string> {
    checkTag(this.label, newTag)
    const m = await this.getManifest(source)
    return this.putManifest(newTag, m.bytes, m.mediaType)
  }

  async exists(digest: string): Promise<boolean> {
    const where = this.where(checkReference(this.label, digest))
    if (!isDigest(digest)) throw new OciError(where, 'not a digest')
    const res = await this.send('HEAD', `/manifests/${digest}`, false, where, { accept: MANIFEST_ACCEPT })
    if (res.status === 404) return false
    if (!res.ok) throw await this.failure(res, where)
    return true
  }

  async listTags(): Promise<string[]> {
    const tags: string[] = []
    let url: string | null = `${this.base}/tags/list?n=1000`
    for (let page = 0; url && page < 1000; page++) {
      const res = await this.send('GET', url, false, this.label, { accept: 'application/json' })
      if (res.status === 404) {
        const err = await registryError(res)
        if (err.code === 'NAME_UNKNOWN') return [] // the repository has no image yet
        throw new OciError(this.label, err.message, 404, err.code)
      }
      if (!res.ok) throw await this.failure(res, this.label)
      const next = nextLink(res.headers.get('link'), url)
      // The next page carries our Authorization header: never to another origin.
      if (next && new URL(next).origin !== new URL(this.base).origin) throw new OciError(this.label, `tag list: refusing a next page on another origin (${new URL(next).origin})`)
      let body: { tags?: unknown }
      try {
        body = JSON.parse(new TextDecoder().decode(await readLimited(res, MAX_MANIFEST_BYTES, 'tag list')))
      } catch (err) {
        throw new OciError(this.label, `tag list: ${(err as Error).message}`)
      }
      if (body.tags !== null && body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
        throw new OciError(this.label, 'tag list: "tags" is not a list of strings')
      }
      tags.push(...((body.tags as string[] | null | undefined) ?? []))
      url = next
    }
    return [...new Set(tags)].sort()
  }

  /**
   * DELETE by digest (OCI distribution: the registry drops the manifest and every tag on it; the
   * blobs go at its next garbage collection). A registry with deletes switched off answers 405
   * UNSUPPORTED (docker-registry: `storage.delete.enabled: true`).
   */
  async deleteManifest(digest: string): Promise<boolean> {
    const where = this.where(checkReference(this.label, digest))
    if (!isDigest(digest)) throw new OciError(where, 'not a digest')
    return this.delete(`/manifests/${digest}`, where)
  }

  /**
   * DELETE by tag (OCI distribution 1.1). Registries that predate it refuse — docker-registry 2.x
   * reads the tag as a digest (400 DIGEST_INVALID), others answer 405 — reported as OciError code
   * UNSUPPORTED.
   */
  async deleteTag(tag: string): Promise<boolean> {
    const where = this.where(checkTag(this.label, tag))
    try {
      return await this.delete(`/manifests/${tag}`, where)
    } catch (err) {
      if (err instanceof OciError && (err.status === 405 || (err.status === 400 && (err.code === 'DIGEST_INVALID' || err.code === 'UNSUPPORTED')))) {
        throw new OciError(where, `the registry cannot delete a tag (OCI distribution 1.1 DELETE by tag): ${err.message}`, err.status, 'UNSUPPORTED')
      }
      throw err
    }
  }

  private async delete(pathname: string, where: string): Promise<boolean> {
    const res = await this.send('DELETE', pathname, true, where, { accept: 'application/json' })
    if (res.status === 404) {
      await discard(res)
      return false
    }
    if (!res.ok) throw await this.failure(res, where)
    await discard(res)
    return true
  }

  async hasBlob(digest: string): Promise<boolean> {
    const where = `${this.label}@${digest}`
    if (!isDigest(digest)) throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`)
    const res = await this.send('HEAD', `/blobs/${digest}`, false, where, {})
    await discard(res)
    if (res.status === 404) return false
    if (!res.ok) throw await this.failure(res, where, 'BLOB_UNKNOWN')
    return true
  }

  /**
   * Blob upload of the distribution spec: HEAD (present → nothing to do); else a cross-repository
   * mount (`POST …/blobs/uploads/?mount=&from=`, 201) when `mountFrom` is given, or an upload
   * session (`POST …/blobs/uploads/`, 202 + Location, relative or absolute), closed by one
   * monolithic `PUT <Location>?digest=` whose body streams from the file. A registry that does not
   * mount answers 202 with a session, which is used. An interrupted upload leaves only an
   * abandoned session (the registry expires it): a rerun starts over from the HEAD.
   */
  async putBlobFile(digest: string, size: number, file: string, options: { mountFrom?: string } = {}): Promise<BlobOutcome> {
    const where = `${this.label}@${digest}`
    if (!isDigest(digest)) throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`)
    const st = await fs.stat(file).catch(() => null)
    if (!st?.isFile() || st.size !== size) throw new OciError(where, `${file}: ${st?.isFile() ? `${st.size} bytes, the descriptor says ${size}` : 'not a file'}`, undefined, 'BLOB_UNKNOWN')
    if (await this.hasBlob(digest)) return 'present'
    const from = options.mountFrom !== undefined && options.mountFrom !== this.repository && REPOSITORY_PATTERN.test(options.mountFrom) ? options.mountFrom : undefined
    const start = from ? `/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '/blobs/uploads/'
    const opened = await this.send('POST', start, true, where, { 'content-length': '0' }, undefined, from ? repositoryScope(from, false) : undefined)
    await discard(opened)
    if (from && opened.status === 201) return 'mounted'
    if (opened.status !== 202) throw await this.failure(opened, where, 'BLOB_UPLOAD_INVALID')
    const location = opened.headers.get('location')
    if (!location) throw new OciError(where, 'the registry opened an upload without a Location', opened.status, 'BLOB_UPLOAD_INVALID')
    let url: URL
    try {
      url = new URL(location, `${this.base}/blobs/uploads/`)
    } catch {
      throw new OciError(where, `upload Location ${JSON.stringify(location.slice(0, 200))} is not a URL`, opened.status, 'BLOB_UPLOAD_INVALID')
    }
    if (url.protocol !== new URL(this.base).protocol) throw new OciError(where, `refusing an upload Location on ${url.protocol} (the registry is ${new URL(this.base).protocol})`)
    url.searchParams.set('digest', digest)
    // A large blob may take long: allow at least 1 MiB/s on top of the request timeout.
    const done = await this.send('PUT', url.toString(), true, where, { 'content-type': 'application/octet-stream', 'content-length': String(size) }, new FileBody(file), undefined, this.timeoutMs + Math.ceil(size / 1024))
    if (done.status !== 201) throw await this.failure(done, where, 'BLOB_UPLOAD_INVALID')
    await discard(done)
    const stored = done.headers.get('docker-content-digest')
    if (stored && stored !== digest) throw new OciError(where, `registry stored ${stored}, expected ${digest}`, done.status, 'DIGEST_INVALID')
    return 'uploaded'
  }

  private where(reference: string): string {
    return `${this.label}${isDigest(reference) ? '@' : ':'}${reference}`
  }

  /**
   * One request, authorized for pull (or push) of this repository (plus `extraScope`, e.g. pull of
   * a mount's source), retried once after a 401 challenge. A FileBody streams from disk (read anew
   * for the retry) through `uploadImpl`. Authorization goes only to the registry's own origin.
   */
  private async send(method: string, pathOrUrl: string, push: boolean, where: string, headers: Record<string, string>, body?: Uint8Array | FileBody, extraScope?: string, timeoutMs = this.timeoutMs): Promise<Response> {
    const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl
    const sameOrigin = new URL(url).origin === new URL(this.base).origin
    const scope = [repositoryScope(this.repository, push), ...(extraScope ? [extraScope] : [])].join(' ')
    let authorization = sameOrigin ? await this.auth.header(scope) : undefined
    for (let attempt = 0; ; attempt++) {
      let res: Response
      try {
        res = await (body instanceof FileBody ? this.uploadImpl : this.fetchImpl)(url, {
          method,
          headers: authorization ? { ...headers, authorization } : headers,
          ...(body ? { body: body as unknown as Uint8Array } : {}),
          signal: AbortSignal.timeout(timeoutMs)
        })
      } catch (err) {
        const cause = (err as { cause?: { code?: string; message?: string } }).cause
        throw new OciError(where, `${method} failed: ${cause?.code ?? cause?.message ?? (err as Error).message}`)
      }
      if (res.status !== 401) return res
      if (attempt > 0 || !sameOrigin) throw await this.auth.refused(res, where)
      authorization = await this.auth.challenge(res, scope, where)
    }
  }

  private async failure(res: Response, where: string, unknown = 'MANIFEST_UNKNOWN'): Promise<OciError> {
    if (res.status === 404 && !res.headers.get('content-type')?.includes('json')) {
      await discard(res)
      return new OciError(where, 'not found', 404, unknown) // HEAD: no body to say more
    }
    const err = await registryError(res)
    return new OciError(where, err.message, res.status, err.code)
  }
}

function checkTag(label: string, tag: string): string {
  if (!isTag(tag)) throw new OciError(label, `${JSON.stringify(tag)} is not a tag`)
  return tag
}

function checkReference(label: string, reference: string): string {
  if (!isTag(reference) && !isDigest(reference)) throw new OciError(label, `${JSON.stringify(reference)} is neither a tag nor a digest`)
  return reference
}
