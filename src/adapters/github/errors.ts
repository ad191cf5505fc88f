/**
 * A GitHub API failure the tool did not handle itself, worded for the person who runs it: which
 * request, which status, GitHub's own message, and what usually fixes that status. Reads the shape
 * of Octokit's RequestError (status, request.method, request.url) without importing Octokit, so the
 * drivers can use it on any error without loading the client.
 */
import { ToolError } from '../../core/diagnostics/errors.js'

interface RequestErrorShape {
  status: number
  message?: unknown
  request: { method?: unknown; url?: unknown }
}

const isRequestError = (err: unknown): err is RequestErrorShape =>
  typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number' && typeof (err as { request?: unknown }).request === 'object' && (err as { request?: unknown }).request !== null

function hintFor(status: number): string {
  if (status === 401) return 'The token is missing, expired or revoked: set GITHUB_TOKEN (or the `token` input) to a valid token.'
  if (status === 403)
    return "The token may not do this (\"Resource not accessible by integration\": the job's `permissions:` or the token's scopes lack what the request needs; see the README's permissions table), or a rate limit was hit."
  if (status === 404) return 'The repository, release or tag does not exist, or the token cannot see it (a private repository needs `contents: read`).'
  if (status === 422) return 'GitHub refused the request as invalid; an immutable release cannot be changed or its tag reused: publish under a new release_id.'
  if (status >= 500) return 'GitHub failed; retries were exhausted. Rerun the job later.'
  return 'See GitHub\'s message above.'
}

/** The path of the request without the host and query (never the token, which travels in a header). */
function requestPath(url: unknown): string {
  if (typeof url !== 'string') return '(unknown URL)'
  try {
    return new URL(url).pathname
  } catch {
    return url.split('?')[0] ?? url
  }
}

/**
 * A ToolError (`github-api-error`, exit 2) for an Octokit RequestError, or for an error the GitHub
 * adapters threw around one (its message says what was being done; `cause` holds the request);
 * null for any other error.
 */
export function gitHubApiError(err: unknown): ToolError | null {
  if (err instanceof ToolError) return null
  const clean = (m: unknown) => (typeof m === 'string' ? m.split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '') : '')
  if (isRequestError(err)) {
    const method = typeof err.request.method === 'string' ? err.request.method : 'GET'
    const message = clean(err.message)
    return new ToolError('github-api-error', `GitHub API ${method} ${requestPath(err.request.url)}: ${err.status}${message ? ` ${message}` : ''}`, { hint: hintFor(err.status) })
  }
  const cause = err instanceof Error ? err.cause : undefined
  if (isRequestError(cause)) return new ToolError('github-api-error', `${clean((err as Error).message)} (HTTP ${cause.status})`, { hint: hintFor(cause.status) })
  return null
}
