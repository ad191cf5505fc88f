/**
 * The one way modules-rebuild talks to the GitHub REST API: @actions/github's Octokit (REST
 * endpoint methods, pagination) plus
 *   - @octokit/plugin-throttling: GitHub's documented pacing — writes one at a time at least a
 *     second apart, content-creating requests (pull requests) further apart — and waiting out
 *     primary and secondary rate limits (retry-after / x-ratelimit-reset) up to `rateLimitRetries`
 *     times;
 *   - @octokit/plugin-retry: retries server errors (5xx, and other statuses not in its
 *     do-not-retry list: 400, 401, 403, 404, 410, 422, 451) with quadratic back-off.
 * The base URL is `GITHUB_API_URL` (GitHub Enterprise Server, or a test double), the user agent
 * `modules-rebuild/<version>`. The token is never logged; the caller masks it (core.setSecret).
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { VERSION } from '../../version.js'

export type Octokit = ReturnType<typeof getOctokit>

export const DEFAULT_API_URL = 'https://api.github.com'
export const USER_AGENT = `modules-rebuild/${VERSION}`

export interface ClientOptions {
  token: string
  /** Default: `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string
  /** Default: `modules-rebuild/<version>`. */
  userAgent?: string
  /** false: no pacing of writes (tests against a local double only; GitHub asks clients to pace). Default true. */
  throttle?: boolean
  /** How many times a rate-limited request is retried after waiting (default 2). */
  rateLimitRetries?: number
  /** Retries of a failed request (5xx) by plugin-retry (default 3). */
  retries?: number
  /** Milliseconds × retry² between those retries (default 1000). */
  retryAfterBaseValue?: number
  /** Where rate-limit waits are reported (default: nowhere); e.g. core.warning. */
  log?: (message: string) => void
}

export function apiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '')
}

export function createOctokit(o: ClientOptions): Octokit {
  if (!o.token) throw new Error('a GitHub token is required')
  const baseUrl = (o.baseUrl ?? apiUrl()).replace(/\/+$/, '')
  const log = o.log ?? (() => {})
  const limit = o.rateLimitRetries ?? 2
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < limit
    log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`)
    return again
  }
  return getOctokit(
    o.token,
    {
      baseUrl,
      userAgent: o.userAgent ?? USER_AGENT,
      // @actions/github's default fetch goes through the runner's proxy settings for
      // GITHUB_API_URL; any other base URL gets Node's own fetch.
      ...(baseUrl === apiUrl() ? {} : { request: { fetch: globalThis.fetch } }),
      throttle: o.throttle === false ? { enabled: false } : { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: o.retries ?? 3, ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) }
    },
    retry,
    throttling
  )
}

/** The HTTP status of an Octokit RequestError (undefined for other errors). */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/**
 * A 422 that says the thing being created is already there: `Reference already exists` (git refs)
 * or a Validation Failed with `code: already_exists` (a release asset's name, a published release's
 * tag). For a publisher it means "adopt what is there" after checking it, never "fail".
 */
export function isAlreadyExists(err: unknown): boolean {
  if (httpStatus(err) !== 422) return false
  const e = err as { message?: unknown; response?: { data?: { message?: unknown; errors?: unknown } } }
  const data = e.response?.data
  if (/already exists/i.test(String(data?.message ?? e.message ?? ''))) return true
  return Array.isArray(data?.errors) && data.errors.some((x) => (x as { code?: unknown } | null)?.code === 'already_exists')
}
