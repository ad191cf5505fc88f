// Faults of the GitHub API double, each observed the way a client meets it, and counted through
// the double's request counters (never the wall clock): 5xx for the next N matching requests,
// a secondary rate limit with retry-after, 422 already_exists, a connection reset mid-upload and
// a delay that forces a race. Then the double as a process of its own, stopped by its PID.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { createOctokit } from '../src/adapters/github/client.js'
import { start, type GitHubDouble } from './github-double/server.js'

const doubles: GitHubDouble[] = []
const children: ChildProcess[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) process.kill(c.pid!, 'SIGKILL')
})
async function double() {
  const d = await start({ users: { alice: 'admin' } })
  doubles.push(d)
  return d
}
const repo = { owner: 'acme', repo: 'platform' }
const statuses = (d: GitHubDouble, operationId: string) => d.state.requests.filter((r) => r.operationId === operationId).map((r) => r.status)

describe('faults', () => {
  it('500/502 for the next N requests matching a method and path pattern: plugin-retry recovers', async () => {
    const d = await double()
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
    d.fault({ method: 'POST', path: '/repos/*/*/releases', status: 502, times: 2 })
    d.fault({ method: 'GET', path: '/repos/**', status: 500 })
    expect((await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r1' })).status).toBe(201)
    expect(statuses(d, 'repos/create-release')).toEqual([502, 502, 201])
    expect(d.count('POST /repos/{owner}/{repo}/releases')).toBe(3)
    expect((await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'r1' })).status).toBe(200)
    expect(statuses(d, 'repos/get-release-by-tag')).toEqual([500, 200])
    // One release despite three attempts; no fault left.
    expect(d.state.releases).toHaveLength(1)
    expect(d.faultList()).toEqual([])
    // Beyond the retries: the error reaches the caller.
    d.fault({ operationId: 'repos/get-release', status: 503, times: 0 })
    await expect(octokit.rest.repos.getRelease({ ...repo, release_id: d.state.releases[0]!.id })).rejects.toMatchObject({ status: 503 })
    expect(d.count('repos/get-release')).toBe(4) // 1 + 3 retries
    expect(d.violations).toEqual([])
  })

  it('a 403 secondary rate limit with retry-after: plugin-throttling waits and retries once', async () => {
    const d = await double()
    const logs: string[] = []
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, log: (m) => logs.push(m) })
    d.fault({ operationId: 'repos/list-releases', preset: 'secondary-rate-limit', retryAfter: 1 })
    expect((await octokit.rest.repos.listReleases(repo)).status).toBe(200)
    expect(statuses(d, 'repos/list-releases')).toEqual([403, 200])
    expect(logs).toEqual([expect.stringMatching(/^GitHub secondary rate limit on GET .*: retrying in 1 s$/)])
  })

  it('422 already_exists as GitHub words it, without touching the state', async () => {
    const d = await double()
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false })
    d.fault({ operationId: 'repos/create-release', preset: 'already-exists' })
    await expect(octokit.rest.repos.createRelease({ ...repo, tag_name: 'r1' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } }
    })
    expect(d.state.releases).toEqual([])
  })

  it('a connection reset after K bytes of an upload: the client sees a network error, and a retry succeeds', async () => {
    const d = await double()
    const token = d.tokenFor('alice')
    const octokit = createOctokit({ token, baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
    const release = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r1', draft: true })).data
    const data = Buffer.alloc(2 * 1024 * 1024, 7)
    const url = `${d.url}/repos/acme/platform/releases/${release.id}/assets?name=big.bin`
    const headers = { authorization: `token ${token}`, 'content-type': 'application/octet-stream' }
    d.fault({ operationId: 'repos/upload-release-asset', resetAfterBytes: 64 * 1024 })
    await expect(fetch(url, { method: 'POST', headers, body: data })).rejects.toThrow(/fetch failed/)
    expect(d.state.releases[0]!.assets).toEqual([])
    // Octokit turns the network error into a 500 that plugin-retry retries.
    d.fault({ operationId: 'repos/upload-release-asset', resetAfterBytes: 1 })
    const up = await octokit.request({ method: 'POST', url: release.upload_url, name: 'big.bin', data, headers: { 'content-type': 'application/octet-stream' } } as never)
    expect((up as { status: number }).status).toBe(201)
    expect(statuses(d, 'repos/upload-release-asset')).toEqual([0, 0, 201])
    expect(d.state.releases[0]!.assets.map((a) => a.size)).toEqual([data.length])
    expect(d.violations).toEqual([])
  })

  it('a delay holds the first of two racing tag creations: the other wins the lock, the held one gets 422', async () => {
    const d = await double()
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false })
    const sha = d.state.git.refs.get('heads/main')!
    d.fault({ operationId: 'git/create-ref', delayMs: 300 })
    const results = await Promise.allSettled([1, 2].map(() => octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/r1', sha })))
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 422, message: expect.stringMatching(/Reference already exists/) } })
    // In the order answered: the request that was not held first.
    expect(statuses(d, 'git/create-ref')).toEqual([201, 422])
    expect(d.violations).toEqual([])
  })

  it('the control API switches faults and reports counters', async () => {
    const d = await double()
    const post = (path: string, body: unknown) => fetch(`${d.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect((await post('/__double/faults', { operationId: 'repos/get', status: 502, times: 0 })).status).toBe(201)
    expect((await post('/__double/faults', { operationId: 'repos/get' })).status).toBe(400)
    expect(await (await post('/__double/faults', { path: '/x', status: 200 })).json()).toEqual({ message: 'fault status 200 is not an error status' })
    const token = ((await (await post('/__double/tokens', { login: 'alice' })).json()) as { token: string }).token
    const r = await fetch(`${d.url}/repos/acme/platform`, { headers: { authorization: `token ${token}` } })
    expect(r.status).toBe(502)
    expect(await (await fetch(`${d.url}/__double/faults`)).json()).toEqual([{ id: 1, spec: { operationId: 'repos/get', status: 502, times: 0 }, remaining: null }])
    expect((await fetch(`${d.url}/__double/faults`, { method: 'DELETE' })).status).toBe(204)
    expect((await fetch(`${d.url}/repos/acme/platform`, { headers: { authorization: `token ${token}` } })).status).toBe(200)
    const report = (await (await fetch(`${d.url}/__double/requests`)).json()) as { counts: Record<string, number> }
    expect(report.counts).toEqual({ 'GET /repos/{owner}/{repo}': 2 })
    expect((await post('/__double/immutable', { enabled: true })).status).toBe(204)
    expect(d.state.immutableReleases).toBe(true)
    expect(await (await fetch(`${d.url}/__double/violations`)).json()).toEqual([])
  })
})

describe('standalone (npm run github-double)', () => {
  it('starts as a child process, serves Octokit, takes faults from the flag and the control API, stops on SIGTERM', async () => {
    const fault = JSON.stringify({ method: 'POST', path: '/repos/*/*/releases', status: 502 })
    const child = spawn(process.execPath, ['scripts/github-double.mjs', '--port', '0', '--repo', 'octo/shop', '--token', 'standalone-token', '--immutable', '--fault', fault], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let stderr = ''
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    const lines = createInterface({ input: child.stdout! })
    const [first] = (await once(lines, 'line')) as [string]
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const octokit = createOctokit({ token: 'standalone-token', baseUrl: first, throttle: false, retryAfterBaseValue: 1 })
    const rel = (await octokit.rest.repos.createRelease({ owner: 'octo', repo: 'shop', tag_name: 'r1' })).data
    expect(rel.immutable).toBe(true)
    const counts = ((await (await fetch(`${first}/__double/requests`)).json()) as { counts: Record<string, number>; requests: Array<{ status: number }> }).requests.map((r) => r.status)
    expect(counts).toEqual([502, 201])
    expect(await (await fetch(`${first}/__double/violations`)).json()).toEqual([])

    const exited = once(child, 'exit')
    process.kill(child.pid!, 'SIGTERM')
    const [code] = (await exited) as [number | null]
    expect(code).toBe(0)
    expect(stderr).toMatch(/SIGTERM, stopping/)
    await expect(fetch(`${first}/__double/faults`)).rejects.toThrow()
  }, 60_000)

  it('refuses a bad argument with exit code 2', async () => {
    const child = spawn(process.execPath, ['scripts/github-double.mjs', '--repo', 'no-slash'], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let stderr = ''
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(2)
    expect(stderr).toMatch(/--repo no-slash is not owner\/name/)
  }, 60_000)
})
