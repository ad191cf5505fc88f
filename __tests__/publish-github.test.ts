// publish through GitHubReleaseSink against the GitHub API double: lookups (existing release,
// previous release) through the real client, and the real release transaction (github-publish.ts);
// then the CLI's `publish --repo` end to end.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createOctokit, type Octokit } from '../src/adapters/github/client.js'
import { publishToGitHub } from '../src/adapters/github/release-publish.js'
import type { GitHubTransaction } from '../src/adapters/github/release-sink.js'
import { GitHubReleaseSink } from '../src/adapters/github/release-sink.js'
import { GitHubReleaseStore } from '../src/adapters/github/releases.js'
import type { PlanTarget } from '../src/core/plan/schema.js'
import { publish } from '../src/app/publish.js'
import { runContext } from '../src/core/release/record.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup } from './plan-helpers.js'
import { run } from './publish-helpers.js'
import { cli } from './cli-helpers.js'

afterAll(cleanup)
const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
const repo = { owner: 'acme', repo: 'platform' }

const transaction: GitHubTransaction = (octokit, req) => publishToGitHub(octokit, req)

describe('publish to GitHub releases (API double)', () => {
  it('publishes each component with its assets; the plan finds the builds; a rerun is unchanged', async () => {
    const d = await start({ users: { alice: 'admin' } })
    doubles.push(d)
    const octokit = createOctokit({ token: d.tokenFor('alice', 'write'), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 }) as unknown as Octokit & import('../src/adapters/github/releases.js').Octokit
    const head = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    const made = await run()
    const plan = { ...made.plan, source_commit: head }
    let calls = 0
    const sink = new GitHubReleaseSink({ octokit, repository: 'acme/platform', transaction: async (o, req) => (calls++, transaction(o, req)) })
    const opts = { plan, artifactsDir: path.join(made.dir, 'artifacts'), sink, images: null, run: runContext({}), reason: 'gh', dryRun: false, now: () => new Date('2026-01-01T00:00:00Z'), where: (a: string) => a }
    const r = await publish(opts)
    expect(r.diagnostics).toEqual([])
    expect(r.releases.map((x) => x.outcome)).toEqual(plan.components.map(() => 'published'))
    for (const c of plan.components) {
      const rel = (await octokit.rest.repos.getReleaseByTag({ ...repo, tag: c.release_id })).data
      expect(rel.body).toContain('| reason | gh |')
      const names = rel.assets.map((a) => a.name).sort()
      expect(names).toEqual(expect.arrayContaining(['SHA256SUMS', 'release-manifest.json']))
      const m = await new GitHubReleaseStore({ octokit, repository: 'acme/platform' }).manifest(c.release_id)
      if (!m || m === 'none' || m.schema !== 2) throw new Error('no schema 2 manifest')
      expect(m.assets.map((a) => a.name).sort()).toEqual(names.filter((n) => n !== 'SHA256SUMS' && n !== 'release-manifest.json'))
    }
    const store = new GitHubReleaseStore({ octokit, repository: 'acme/platform' })
    for (const t of Object.values(plan.targets) as PlanTarget[]) expect((await store.findBuild(t.build_key))?.artifact.build_key).toBe(t.build_key)
    const again = await publish(opts)
    expect(again.releases.map((x) => x.outcome)).toEqual(plan.components.map(() => 'unchanged'))
    expect(calls).toBe(plan.components.length)
  })

  it('publish --repo OWNER/NAME --github-api URL: GitHub Releases through the CLI; a rerun is unchanged', async () => {
    const d = await start({ users: { alice: 'admin' } })
    doubles.push(d)
    const octokit = createOctokit({ token: d.tokenFor('alice', 'write'), baseUrl: d.url, throttle: false })
    const head = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    const made = await run()
    const planFile = path.join(made.dir, 'release-plan.json')
    writeFileSync(planFile, JSON.stringify({ ...made.plan, source_commit: head }, null, 2))
    const argv = ['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--repo', 'acme/platform', '--github-api', d.url, '--format', 'json']
    const saved = process.env.GITHUB_TOKEN
    process.env.GITHUB_TOKEN = d.tokenFor('alice', 'write')
    try {
      const first = await cli(argv, made.dir)
      expect(first.code).toBe(0)
      const out = JSON.parse(first.stdout) as { releases: Array<{ release_id: string; outcome: string; url: string | null }> }
      expect(out.releases.map((x) => x.outcome)).toEqual(made.plan.components.map(() => 'published'))
      for (const c of made.plan.components) {
        const rel = (await octokit.rest.repos.getReleaseByTag({ ...repo, tag: c.release_id })).data
        expect(rel.draft).toBe(false)
        expect(rel.assets.map((a) => a.name)).toEqual(expect.arrayContaining(['SHA256SUMS', 'release-manifest.json']))
      }
      const again = await cli(argv, made.dir)
      expect(again.code).toBe(0)
      expect((JSON.parse(again.stdout) as typeof out).releases.map((x) => x.outcome)).toEqual(made.plan.components.map(() => 'unchanged'))
      expect(d.violations).toEqual([])
      // Without a token: a usage error that names the variable, nothing published.
      delete process.env.GITHUB_TOKEN
      const none = await cli(argv, made.dir)
      expect(none.code).toBe(2)
      expect(none.stderr).toContain('GITHUB_TOKEN')
      // A read-only token on a repository without these releases: GitHub's 403 is reported as
      // github-api-error (exit 2) with what was being done and the permission hint, not as an
      // internal error; the token is never printed.
      const d2 = await start({ users: { alice: 'admin' } })
      doubles.push(d2)
      const readOnly = d2.tokenFor('alice', 'read')
      const head2 = (await createOctokit({ token: readOnly, baseUrl: d2.url, throttle: false }).rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
      writeFileSync(planFile, JSON.stringify({ ...made.plan, source_commit: head2 }, null, 2))
      process.env.GITHUB_TOKEN = readOnly
      const refused = await cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--repo', 'acme/platform', '--github-api', d2.url], made.dir)
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(/^error\[github-api-error\]: .*Resource not accessible by integration \(HTTP 403\)$/m)
      expect(refused.stderr).toContain('hint: The token may not do this')
      expect(refused.stderr + refused.stdout).not.toContain(readOnly)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_TOKEN
      else process.env.GITHUB_TOKEN = saved
    }
  })
})
