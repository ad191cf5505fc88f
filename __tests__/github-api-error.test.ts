// gitHubApiError: how a GitHub API failure the tool did not handle is worded for the person who
// runs the CLI or the action (rule github-api-error, exit 2), from Octokit's own RequestError.
import { describe, expect, it } from '@jest/globals'
import { RequestError } from '@octokit/request-error'
import { gitHubApiError } from '../src/adapters/github/errors.js'
import { IoError } from '../src/core/diagnostics/errors.js'

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const requestError = (status: number, message: string) =>
  new RequestError(message, status, {
    request: { method: 'POST', url: 'https://api.github.com/repos/acme/shop/git/refs?x=1', headers: { authorization: `token ${TOKEN}` } },
    response: { status, url: 'https://api.github.com/repos/acme/shop/git/refs', headers: {}, data: { message } }
  })

describe('gitHubApiError', () => {
  it('names the request, the status and GitHub\'s message, with a hint per status; never the token', () => {
    const e = gitHubApiError(requestError(403, 'Resource not accessible by integration - https://docs.github.com/rest'))!
    expect(e.rule).toBe('github-api-error')
    expect(e.exitCode).toBe(2)
    expect(e.message).toBe('GitHub API POST /repos/acme/shop/git/refs: 403 Resource not accessible by integration')
    expect(e.diagnostic.hint).toMatch(/permissions/)
    expect(JSON.stringify(e.diagnostic)).not.toContain(TOKEN)
    const hints = [401, 403, 404, 422, 502, 418].map((s) => gitHubApiError(requestError(s, 'x'))!.diagnostic.hint)
    expect(new Set(hints).size).toBe(hints.length)
    expect(hints[0]).toMatch(/GITHUB_TOKEN/)
    expect(hints[3]).toMatch(/immutable/)
  })

  it('keeps what an adapter was doing when it wrapped the request error (cause)', () => {
    const wrapped = new Error("acme/shop release r-1: cannot create the tag r-1 at abc: Resource not accessible by integration - https://docs.github.com/rest", { cause: requestError(403, 'Resource not accessible by integration') })
    const e = gitHubApiError(wrapped)!
    expect(e.message).toBe('acme/shop release r-1: cannot create the tag r-1 at abc: Resource not accessible by integration (HTTP 403)')
    expect(e.exitCode).toBe(2)
  })

  it('leaves every other error alone', () => {
    expect(gitHubApiError(new Error('boom'))).toBeNull()
    expect(gitHubApiError(new Error('boom', { cause: new Error('inner') }))).toBeNull()
    expect(gitHubApiError(new IoError('x'))).toBeNull()
    expect(gitHubApiError({ status: 403 })).toBeNull()
    expect(gitHubApiError('403')).toBeNull()
  })
})
