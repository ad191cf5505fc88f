// The GitHub release transaction (src/adapters/github/release-publish.ts) against the GitHub API double:
// the happy path, reruns, refusals, immutable releases, two concurrent publishers, and a fault
// matrix — every fault type on every step; the first run may fail, the rerun must converge on
// exactly one published release with the request's bytes and no draft left.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createOctokit } from '../src/adapters/github/client.js'
import { PublishRefusedError, publishToGitHub, type PublishOptions } from '../src/adapters/github/release-publish.js'
import type { FaultSpec } from './github-double/server.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { endState, request } from './github-publish-helpers.js'
import { cleanup } from './plan-helpers.js'

afterAll(cleanup)

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
async function double(opts: Parameters<typeof start>[0] = {}) {
  const d = await start({ users: { alice: 'admin' }, ...opts })
  doubles.push(d)
  return d
}
const client = (d: GitHubDouble) => createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
const fast: PublishOptions = { takeoverAfterMs: 150, pollMs: 20 }

describe('publishToGitHub', () => {
  it('publishes once; a rerun is unchanged and writes nothing', async () => {
    const d = await double()
    const req = request(d)
    const first = await publishToGitHub(client(d), req, fast)
    expect(first).toMatchObject({ outcome: 'published', uploaded: req.assets.map((a) => a.name), skipped: [], replaced: [] })
    expect(await endState(d, req)).toEqual([])
    expect(d.state.latestReleaseId).toBe(first.id)
    const writes = () => d.state.requests.filter((r) => r.method !== 'GET').length
    const before = writes()
    const again = await publishToGitHub(client(d), req, fast)
    expect(again).toMatchObject({ id: first.id, outcome: 'unchanged', uploaded: [] })
    expect(writes()).toBe(before)
    expect(d.violations).toEqual([])
  })

  it('takes over a crashed run\'s draft: skips the right asset, replaces a wrong one, deletes an extra', async () => {
    const d = await double()
    const req = request(d)
    const octokit = client(d)
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'platform', ref: `refs/tags/${req.tag}`, sha: req.commit })
    const server = req.assets[0]!
    const draft = d.addRelease({ tag_name: req.tag, draft: true, assets: { [server.name]: readFileSync(server.path), SHA256SUMS: 'wrong bytes', 'leftover.bin': 'x' } })
    const res = await publishToGitHub(octokit, req, fast)
    expect(res).toMatchObject({ id: draft.id, outcome: 'published', skipped: [server.name], replaced: ['SHA256SUMS'], uploaded: ['release-manifest.json'] })
    expect(await endState(d, req)).toEqual([])
    expect(d.violations).toEqual([])
  })

  it('refuses another manifest_hash under a published release_id, naming both', async () => {
    const d = await double()
    const req = request(d)
    await publishToGitHub(client(d), req, fast)
    const other = request(d, req.tag, 'b'.repeat(64), 'y')
    const err = await publishToGitHub(client(d), other, fast).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PublishRefusedError)
    expect(err).toMatchObject({ reason: 'manifest-mismatch', message: expect.stringContaining('a'.repeat(64)) })
    expect((err as Error).message).toContain('b'.repeat(64))
    expect(await endState(d, req)).toEqual([])
  })

  it('refuses a tag that exists at another commit, naming both', async () => {
    const d = await double()
    const req = request(d)
    const octokit = client(d)
    const tree = (await octokit.rest.git.createTree({ owner: 'acme', repo: 'platform', tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }] })).data.sha
    const other = (await octokit.rest.git.createCommit({ owner: 'acme', repo: 'platform', message: 'other', tree, parents: [] })).data.sha
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'platform', ref: `refs/tags/${req.tag}`, sha: other })
    const err = await publishToGitHub(octokit, req, fast).catch((e: unknown) => e)
    expect(err).toMatchObject({ reason: 'tag-commit-mismatch', message: expect.stringContaining(other) })
    expect((err as Error).message).toContain(req.commit)
    expect(d.state.releases).toEqual([])
  })

  it('immutable releases: publishes, then a rerun is unchanged without a write; another manifest is refused', async () => {
    const d = await double({ immutableReleases: true })
    const req = request(d)
    const first = await publishToGitHub(client(d), req, fast)
    expect(d.state.releases.find((r) => r.id === first.id)!.immutable).toBe(true)
    const before = d.state.requests.filter((r) => r.method !== 'GET').length
    expect(await publishToGitHub(client(d), req, fast)).toMatchObject({ outcome: 'unchanged' })
    expect(d.state.requests.filter((r) => r.method !== 'GET').length).toBe(before)
    await expect(publishToGitHub(client(d), request(d, req.tag, 'c'.repeat(64)), fast)).rejects.toMatchObject({ reason: 'manifest-mismatch' })
    expect(await endState(d, req)).toEqual([])
    expect(d.violations).toEqual([])
  })

  it('two concurrent publishers: one release; one published, the other adopted', async () => {
    const d = await double()
    const req = request(d)
    // Hold the winner's draft creation so the loser finds the tag taken and no draft yet.
    d.fault({ operationId: 'repos/create-release', delayMs: 300 })
    const opts = { takeoverAfterMs: 5_000, pollMs: 20 }
    const [a, b] = await Promise.all([publishToGitHub(client(d), req, opts), publishToGitHub(client(d), req, opts)])
    expect([a.outcome, b.outcome].sort()).toEqual(['adopted', 'published'])
    expect(a.id).toBe(b.id)
    expect(d.count('repos/create-release')).toBe(1)
    expect(await endState(d, req)).toEqual([])
    expect(d.violations).toEqual([])
  })
})

describe('fault matrix: a fault on any step, then a rerun converges', () => {
  const faults: Array<[string, Omit<FaultSpec, 'operationId'>]> = [
    ['502 once', { status: 502 }],
    ['500 always', { status: 500, times: 0 }],
    ['secondary rate limit', { preset: 'secondary-rate-limit', retryAfter: 0 }],
    ['already_exists', { preset: 'already-exists' }],
    ['reset', { resetAfterBytes: 100 }],
    ['delay', { delayMs: 50 }]
  ]
  // An upload step is the n-th upload: its fault is switched on when the one before finished.
  const steps: Array<[string, string, number?]> = [
    ['get release by tag', 'repos/get-release-by-tag'],
    ['tag (create ref)', 'git/create-ref'],
    ['list releases', 'repos/list-releases'],
    ['create draft', 'repos/create-release'],
    ['upload 1', 'repos/upload-release-asset', 0],
    ['upload 2', 'repos/upload-release-asset', 1],
    ['upload 3', 'repos/upload-release-asset', 2],
    ['list assets', 'repos/list-release-assets'],
    ['publish (update release)', 'repos/update-release']
  ]
  const cases = steps.flatMap(([step, operationId, upload]) => faults.map(([fault, spec]) => [step, fault, operationId, upload, spec] as const))
  it.each(cases)('%s: %s', async (_step, _fault, operationId, upload, spec) => {
    const d = await double()
    const req = request(d)
    const arm = () => d.fault({ operationId, ...spec } as FaultSpec)
    let uploads = 0
    if (upload === undefined || upload === 0) arm()
    const log = (m: string) => {
      if (/: (uploaded|skipped|replaced)$/.test(m) && ++uploads === upload) arm()
    }
    const first = await publishToGitHub(client(d), req, { ...fast, log }).then(
      (r) => r,
      (e: unknown) => e as Error
    )
    if (!(first instanceof Error)) expect(await endState(d, req)).toEqual([])
    d.clearFaults()
    const rerun = await publishToGitHub(client(d), req, fast)
    expect(rerun.outcome).toBe(first instanceof Error ? 'published' : 'unchanged')
    expect(await endState(d, req)).toEqual([])
  }, 30_000)
})
