/**
 * An ImageStore over the OCI distribution API (one repository of one registry), with Node's
 * global fetch. Manifests are fetched with every OCI and Docker manifest type accepted, checked
 * against their digest, and retagged by PUTting the exact bytes back: a retag moves two
 * manifests' worth of bytes whatever the size of the image.
 */
import { isDigest, sha256Digest, verifyDigest } from '../../core/oci/digest.js'
import { discard, mediaTypeOf, nextLink, readLimited, registryError, type Fetch } from './http.js'
import { MANIFEST_ACCEPT, MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES, parseManifest } from '../../core/oci/media.js'
import { isLoopbackHost, isTag, registryHost, REPOSITORY_PATTERN } from '../../core/oci/reference.js'
import { RegistryAuth, type RegistryCredentials } from './registry-auth.js'
import { OciError, type ImageStore, type Manifest } from '../../core/oci/store.js'
import { repositoryScope } from '../../core/oci/auth.js'

export interface RegistryOptions {
  credentials?: RegistryCredentials
  /** Allows plain http to a host that is not loopback (loopback hosts are spoken to over http). */
  insecure?: boolean
  /** Per-request timeout; 60 s by default. */
  timeoutMs?: number
  /** The fetch to use; the global one by default (tests and benchmarks wrap it). */
  fetch?: Fetch
}

export class RegistryImageStore implements ImageStore {
  readonly label: string
  private readonly base: string
  private readonly auth: RegistryAuth
  private readonly fetchImpl: Fetch
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
    this.timeoutMs = options.timeoutMs ?? 60_000
    this.auth = new RegistryAuth(registry, options.credentials, this.fetchImpl, options.insecure === true, this.timeoutMs)
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

  private where(reference: string): string {
    return `${this.label}${isDigest(reference) ? '@' : ':'}${reference}`
  }

  /** One request, authorized for pull (or push) of this repository, retried once after a 401 challenge. */
  private async send(method: string, pathOrUrl: string, push: boolean, where: string, headers: Record<string, string>, body?: Uint8Array): Promise<Response> {
    const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl
    const scope = repositoryScope(this.repository, push)
    let authorization = await this.auth.header(scope)
    for (let attempt = 0; ; attempt++) {
      let res: Response
      try {
        res = await this.fetchImpl(url, {
          method,
          headers: authorization ? { ...headers, authorization } : headers,
          ...(body ? { body } : {}),
          signal: AbortSignal.timeout(this.timeoutMs)
        })
      } catch (err) {
        const cause = (err as { cause?: { code?: string; message?: string } }).cause
        throw new OciError(where, `${method} failed: ${cause?.code ?? cause?.message ?? (err as Error).message}`)
      }
      if (res.status !== 401) return res
      if (attempt > 0) throw await this.auth.refused(res, where)
      authorization = await this.auth.challenge(res, scope, where)
    }
  }

  private async failure(res: Response, where: string): Promise<OciError> {
    if (res.status === 404 && !res.headers.get('content-type')?.includes('json')) {
      await discard(res)
      return new OciError(where, 'not found', 404, 'MANIFEST_UNKNOWN') // HEAD: no body to say more
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
