/**
 * Registry authentication: HTTP Basic, and the Bearer token flow of the distribution spec that
 * ghcr.io and Docker Hub use. A 401 carries `WWW-Authenticate: Bearer realm=…,service=…,scope=…`;
 * the client asks the realm for a token (with Basic credentials, or anonymously), caches it per
 * scope until it expires, and retries once. Credentials and tokens never reach an error message.
 */
import { parseWwwAuthenticate } from '../../core/oci/auth.js'
import { discard, readLimited, registryError, type Fetch } from './http.js'
import { isLoopbackHost } from '../../core/oci/reference.js'
import { OciError } from '../../core/oci/store.js'

export interface RegistryCredentials {
  username: string
  password: string
}

interface CachedToken {
  header: string
  expiresAt: number
}

/** Seconds a token is kept when the token server does not say (the distribution spec's default). */
const DEFAULT_TOKEN_SECONDS = 60

export class RegistryAuth {
  private basicRequired = false
  private bearer: { realm: string; service?: string } | null = null
  private readonly tokens = new Map<string, CachedToken>()
  /** Token requests made, for callers that report them. */
  tokenRequests = 0

  constructor(
    private readonly registry: string,
    private readonly credentials: RegistryCredentials | undefined,
    private readonly fetchImpl: Fetch,
    private readonly insecure: boolean,
    private readonly timeoutMs: number,
    /** Told every secret this client derives (a Basic header, each token), e.g. to mask it in a runner log. */
    private readonly onSecret: (value: string) => void = () => {}
  ) {
    if (credentials) onSecret(basic(credentials).slice('Basic '.length))
  }

  /** The Authorization header for a request needing `scope`, fetching a token when the realm is known. */
  async header(scope: string): Promise<string | undefined> {
    if (this.bearer) {
      const cached = this.tokens.get(scope)
      if (cached && cached.expiresAt > Date.now()) return cached.header
      return (await this.fetchToken(scope, scope)).header
    }
    if (this.basicRequired && this.credentials) return basic(this.credentials)
    return undefined
  }

  /**
   * Handles a 401 for `scope` (the caller's) and says how to retry: the Basic or Bearer header
   * to send. `where` names the request in errors.
   */
  async challenge(res: Response, scope: string, where: string): Promise<string> {
    const header = res.headers.get('www-authenticate')
    const err = await unauthorized(res)
    const fail = (why: string) => new OciError(where, `${err.message}; ${why}`, 401, err.code)
    const challenges = header ? parseWwwAuthenticate(header) : []
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    if (bearer?.params.realm) {
      this.bearer = { realm: bearer.params.realm, ...(bearer.params.service !== undefined ? { service: bearer.params.service } : {}) }
      this.tokens.delete(scope)
      return (await this.fetchToken(scope, bearer.params.scope || scope)).header
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (!this.credentials) throw fail('the registry wants a username and password, and none were given')
      if (this.basicRequired) throw fail(`the registry refused the credentials of ${JSON.stringify(this.credentials.username)}`)
      this.basicRequired = true
      return basic(this.credentials)
    }
    throw fail(header ? `unsupported authentication challenge ${JSON.stringify(header.split(/\s/)[0])}` : 'no WWW-Authenticate challenge')
  }

  /** A second 401 after a retry with fresh authorization: the credentials are not enough. */
  async refused(res: Response, where: string): Promise<OciError> {
    const err = await unauthorized(res)
    const who = this.credentials ? `the credentials of ${JSON.stringify(this.credentials.username)} were refused` : 'anonymous access was refused'
    return new OciError(where, `${err.message}; ${who}`, 401, err.code)
  }

  private async fetchToken(cacheKey: string, scope: string): Promise<CachedToken> {
    const realm = this.bearer!.realm
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      throw new OciError(this.registry, `token realm ${JSON.stringify(realm)} is not a URL`)
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (this.insecure || isLoopbackHost(url.hostname)))) {
      throw new OciError(this.registry, `refusing token realm ${url.origin}: not https (set insecure to allow plain http)`)
    }
    if (this.bearer!.service !== undefined) url.searchParams.set('service', this.bearer!.service)
    for (const s of scope.split(' ').filter(Boolean)) url.searchParams.append('scope', s)
    if (this.credentials) url.searchParams.set('account', this.credentials.username)
    const where = `${this.registry}: token server ${url.origin}${url.pathname}`
    this.tokenRequests++
    const res = await this.fetchImpl(url, {
      headers: this.credentials ? { authorization: basic(this.credentials) } : {},
      signal: AbortSignal.timeout(this.timeoutMs)
    })
    if (!res.ok) {
      const err = await registryError(res)
      const why = res.status === 401 || res.status === 403 ? (this.credentials ? `; the credentials of ${JSON.stringify(this.credentials.username)} were refused` : '; anonymous access was refused') : ''
      throw new OciError(where, `${err.message}${why}`, res.status, err.code)
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown }
    try {
      body = JSON.parse(new TextDecoder().decode(await readLimited(res, 1024 * 1024, where)))
    } catch (err) {
      await discard(res)
      throw new OciError(where, `token response is not JSON: ${(err as Error).message}`)
    }
    const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : ''
    if (!token) throw new OciError(where, 'token response has no token')
    const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS
    // Renew 10 s early (or at half-life for very short tokens) so a token never expires in flight.
    const cached = { header: `Bearer ${token}`, expiresAt: Date.now() + Math.max(seconds - 10, seconds / 2) * 1000 }
    this.onSecret(token)
    this.tokens.set(cacheKey, cached)
    return cached
  }
}

/** The registry's error of a 401; a HEAD has no body, so its error is the generic one. */
async function unauthorized(res: Response): Promise<{ code: string; message: string }> {
  const err = await registryError(res)
  return err.code ? { code: err.code, message: err.message } : { code: 'UNAUTHORIZED', message: 'authentication required' }
}

function basic(c: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`
}
