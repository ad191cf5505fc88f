// The release stores: a local directory (tests, demo, local runs) and GitHub (with a stub client, no network).
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import { GitHubReleaseStore, type Octokit } from '../src/adapters/github/releases.js'
import { LocalReleaseStore, publishLocal } from '../src/adapters/store/local.js'
import type { ReleaseManifest } from '../src/core/release/manifest.js'
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

describe('GitHubReleaseStore (stub client, no network)', () => {
  function stub(releases: Record<string, { manifest?: ReleaseManifest; draft?: boolean }>, calls: string[] = []): Octokit {
    const list = Object.entries(releases).map(([tag, r], i) => ({ id: i, tag_name: tag, draft: r.draft ?? false, assets: r.manifest ? [{ id: 100 + i, name: 'release-manifest.json' }, ...r.manifest.artifacts.map((a, j) => ({ id: 200 + j, name: `${a.name}.tar.gz` }))] : [] }))
    const notFound = Object.assign(new Error('Not Found'), { status: 404 })
    return {
      rest: {
        repos: {
          getReleaseByTag: async ({ tag }: { tag: string }) => {
            calls.push(`tag ${tag}`)
            const r = list.find((x) => x.tag_name === tag && !x.draft)
            if (!r) throw notFound
            return { data: r }
          },
          listReleases: async () => {
            calls.push('list')
            return { data: list }
          },
          getReleaseAsset: async ({ asset_id }: { asset_id: number }) => {
            calls.push(`asset ${asset_id}`)
            const r = list.find((x) => x.assets.some((a) => a.id === asset_id))!
            return { data: new TextEncoder().encode(JSON.stringify(releases[r.tag_name]!.manifest)).buffer }
          }
        }
      }
    } as unknown as Octokit
  }

  it('find: 404 → null; a release → its manifest artifacts; a draft does not count', async () => {
    const calls: string[] = []
    const store = new GitHubReleaseStore({ octokit: stub({ 'x-monolith-1': { manifest: manifest('x-monolith-1', K1) }, 'x-monolith-2': { manifest: manifest('x-monolith-2', K2), draft: true }, 'x-bare-3': {} }, calls), repository: 'acme/shop' })
    expect(await store.find('nope')).toBeNull()
    expect(await store.find('x-monolith-1')).toEqual({ release_id: 'x-monolith-1', artifacts: manifest('x-monolith-1', K1).artifacts })
    expect(await store.find('x-monolith-2')).toBeNull()
    expect(await store.find('x-bare-3')).toEqual({ release_id: 'x-bare-3', artifacts: [] })
    expect(calls).toEqual(['tag nope', 'tag x-monolith-1', 'asset 100', 'tag x-monolith-2', 'tag x-bare-3'])
  })

  it('findBuild: scans asset names for the short key, then confirms the full key', async () => {
    const store = new GitHubReleaseStore({ octokit: stub({ 'x-monolith-1': { manifest: manifest('x-monolith-1', K1) } }), repository: 'acme/shop' })
    expect(await store.findBuild(K1)).toEqual({ release_id: 'x-monolith-1', artifact: manifest('x', K1).artifacts[0] })
    expect(await store.findBuild(K2)).toBeNull()
    expect(() => new GitHubReleaseStore({ octokit: stub({}), repository: 'nope' })).toThrow('owner/repo')
  })

  it('other API errors are errors, not "not found"', async () => {
    const octokit = { rest: { repos: { getReleaseByTag: async () => Promise.reject(Object.assign(new Error('rate limited'), { status: 403 })) } } } as unknown as Octokit
    await expect(new GitHubReleaseStore({ octokit, repository: 'a/b' }).find('x-1')).rejects.toThrow("GitHub a/b: cannot read the release 'x-1': rate limited")
  })
})
