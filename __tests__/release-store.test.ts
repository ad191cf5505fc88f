// The release stores: a local directory (tests, demo, local runs) and GitHub Releases, read through the
// project's one client from the GitHub API double (requests and answers checked against GitHub's OpenAPI).
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import { createOctokit } from '../src/adapters/github/client.js'
import { GitHubReleaseStore } from '../src/adapters/github/releases.js'
import { LocalReleaseStore, publishLocal } from '../src/adapters/store/local.js'
import type { ReleaseManifest } from '../src/core/release/manifest.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, shopRepo, tempDir } from './plan-helpers.js'

afterAll(cleanup)

const K1 = 'sha256:' + '1'.repeat(64)
const K2 = 'sha256:' + '2'.repeat(64)
const manifest = (id: string, key: string): ReleaseManifest => ({ schema: 1, release_id: id, artifacts: [{ target: 'server', build_key: key, name: `x-server-${key.slice(7, 23)}` }] })

describe('LocalReleaseStore', () => {
  it('finds releases by id and artifacts by build key; a missing directory is an empty store', async () => {
    const dir = tempDir('store')
    expect(await new LocalReleaseStore(path.join(dir, 'none')).find('x-monolith-0')).toBeNull()
    await publishLocal(dir, manifest('b-monolith-1', K1))
    await publishLocal(dir, manifest('a-monolith-1', K1))
    await publishLocal(dir, manifest('c-monolith-2', K2))
    const store = new LocalReleaseStore(dir)
    expect(await store.find('c-monolith-2')).toEqual({ release_id: 'c-monolith-2', artifacts: manifest('c-monolith-2', K2).artifacts })
    expect(await store.find('d-monolith-3')).toBeNull()
    expect(await store.findBuild(K1)).toEqual({ release_id: 'a-monolith-1', artifact: manifest('a', K1).artifacts[0] }) // first by id
    expect(await store.findBuild('sha256:' + '3'.repeat(64))).toBeNull()
  })

  it('never reads outside its directory', async () => {
    const dir = tempDir('store')
    await publishLocal(dir, manifest('ok-1', K1))
    const store = new LocalReleaseStore(path.join(dir, 'ok-1'))
    expect(await store.find('../ok-1')).toBeNull()
    expect(await store.find('.')).toBeNull()
    await expect(publishLocal(dir, manifest('../escape', K1))).rejects.toThrow('not a release_id')
  })

  it('a broken release-manifest.json is an error naming the file, and the plan refuses', async () => {
    const dir = tempDir('store')
    mkdirSync(path.join(dir, 'bad-1'))
    writeFileSync(path.join(dir, 'bad-1', 'release-manifest.json'), '{"schema": 1, "release_id": "bad-1"}')
    await expect(new LocalReleaseStore(dir).findBuild(K1)).rejects.toThrow(/bad-1.release-manifest\.json: not a release-manifest\.json: artifacts/)
    const r = await runPlan({ root: shopRepo(), store: new LocalReleaseStore(dir) })
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['release-store-error'])
  })
})

describe('GitHubReleaseStore against the GitHub API double (OpenAPI-checked)', () => {
  const doubles: GitHubDouble[] = []
  afterEach(async () => {
    while (doubles.length) await doubles.pop()!.close()
  })
  /**
   * A double of acme/shop holding `releases` (tag → manifest, draft); the store reads it with a
   * `read` token (the plan job's contents: read; GitHub hides drafts from it) or a `write` one (which sees drafts).
   */
  async function storeOn(releases: Record<string, { manifest?: ReleaseManifest; draft?: boolean }>, access: 'read' | 'write' = 'read') {
    const d = await start({ owner: 'acme', repo: 'shop', users: { alice: 'admin' } })
    doubles.push(d)
    for (const [tag, r] of Object.entries(releases)) {
      const assets: Record<string, string> = r.manifest ? { 'release-manifest.json': JSON.stringify(r.manifest), ...Object.fromEntries(r.manifest.artifacts.map((a) => [`${a.name}.tar.gz`, `bytes of ${a.name}`])) } : {}
      d.addRelease({ tag_name: tag, draft: r.draft ?? false, assets })
    }
    const octokit = createOctokit({ token: d.tokenFor('alice', access), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
    // The asset download is redirected, as on github.com, to a URL outside the API (no operation id).
    const ops = () => d.state.requests.map((r) => `${r.operationId ?? 'download'} ${r.status}`)
    return { d, store: new GitHubReleaseStore({ octokit, repository: 'acme/shop' }), ops }
  }

  it('find: 404 → null; a release → its manifest artifacts; a draft does not count; no manifest → no artifacts', async () => {
    const { d, store, ops } = await storeOn({ 'x-monolith-1': { manifest: manifest('x-monolith-1', K1) }, 'x-monolith-2': { manifest: manifest('x-monolith-2', K2), draft: true }, 'x-bare-3': {} })
    expect(await store.find('nope')).toBeNull()
    expect(await store.find('x-monolith-1')).toEqual({ release_id: 'x-monolith-1', artifacts: manifest('x-monolith-1', K1).artifacts })
    expect(await store.find('x-monolith-2')).toBeNull()
    expect(await store.find('x-bare-3')).toEqual({ release_id: 'x-bare-3', artifacts: [] })
    // One tag lookup per find; the manifest downloaded only for the published release that has one.
    expect(ops()).toEqual(['repos/get-release-by-tag 404', 'repos/get-release-by-tag 200', 'repos/get-release-asset 302', 'download 200', 'repos/get-release-by-tag 404', 'repos/get-release-by-tag 200'])
    expect(d.violations).toEqual([])
  })

  it.each(['read', 'write'] as const)('findBuild: scans asset names for the short key, then confirms the full key; drafts never count (%s token)', async (access) => {
    const { d, store } = await storeOn({ 'x-monolith-1': { manifest: manifest('x-monolith-1', K1) }, 'x-monolith-2': { manifest: manifest('x-monolith-2', K2), draft: true } }, access)
    expect(await store.findBuild(K1)).toEqual({ release_id: 'x-monolith-1', artifact: manifest('x', K1).artifacts[0] })
    expect(await store.findBuild(K2)).toBeNull()
    expect(await store.findBuild('sha256:' + '3'.repeat(64))).toBeNull()
    expect(await store.recent()).toEqual(['x-monolith-1'])
    expect(d.violations).toEqual([])
  })

  it('a repository that is not owner/repo is refused', () => {
    const octokit = createOctokit({ token: 'unused', baseUrl: 'http://127.0.0.1:9', throttle: false })
    expect(() => new GitHubReleaseStore({ octokit, repository: 'nope' })).toThrow('owner/repo')
    expect(() => new GitHubReleaseStore({ octokit, repository: 'a/b/c' })).toThrow('owner/repo')
  })

  it('other API errors are errors, not "not found": a 403 on the lookup, a 500 on the download, a token GitHub refuses', async () => {
    const { d, store } = await storeOn({ 'x-monolith-1': { manifest: manifest('x-monolith-1', K1) } })
    d.fault({ operationId: 'repos/get-release-by-tag', status: 403, message: 'Resource not accessible by integration' })
    await expect(store.find('x-1')).rejects.toThrow("GitHub acme/shop: cannot read the release 'x-1': Resource not accessible by integration")
    d.fault({ operationId: 'repos/get-release-asset', status: 500, message: 'boom', times: 0 })
    await expect(store.find('x-monolith-1')).rejects.toThrow('GitHub acme/shop: cannot download x-monolith-1/release-manifest.json')
    d.clearFaults()
    const refused = new GitHubReleaseStore({ octokit: createOctokit({ token: 'not-a-token', baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 }), repository: 'acme/shop' })
    await expect(refused.find('x-monolith-1')).rejects.toThrow(/GitHub acme\/shop: cannot read the release 'x-monolith-1': /)
    await expect(refused.findBuild(K1)).rejects.toThrow(/GitHub acme\/shop: cannot list releases: /)
  })

  it('the plan with the store: a release of the plan\'s release_id makes it skip the builds', async () => {
    const root = shopRepo()
    const offline = await runPlan({ root, store: null })
    const plan = offline.plan!
    const { d, store } = await storeOn(Object.fromEntries(plan.components.map((c) => [c.release_id, { manifest: { schema: 1, release_id: c.release_id, artifacts: c.targets.map((t) => ({ target: t, build_key: plan.targets[t]!.build_key, name: plan.targets[t]!.artifact.name })) } }])))
    const r = await runPlan({ root, store })
    expect(r.ok).toBe(true)
    expect(r.plan).toMatchObject({ release_id: plan.release_id, build_needed: false, existing_release: plan.release_id, matrix: { include: [] }, lookup: { store: 'github' } })
    expect(d.violations).toEqual([])
  })
})
