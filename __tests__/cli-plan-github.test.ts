/**
 * `plan --repo OWNER/NAME [--github-api URL]`: the CLI looks existing releases up on GitHub (the
 * API double), as the action does, so a local run or `npm run demo -- --github-api` plans only
 * what GitHub does not hold yet. Publishing through the CLI in between makes the same plan
 * "nothing to build".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../src/adapters/github/client.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { publishRelease } from './deploy-helpers.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, shopRepo } from './plan-helpers.js'

let d: GitHubDouble
let root: string
const saved = process.env.GITHUB_TOKEN

interface PlanReport {
  ok: boolean
  plan: ReleasePlan
}

const plan = async (extra: string[] = []) => cli(['plan', '--root', root, '--repo', 'acme/platform', '--github-api', d.url, '--format', 'json', ...extra], root)

describe('plan --repo looks releases up on GitHub', () => {
  beforeAll(async () => {
    d = await start({ users: { alice: 'admin' } })
    process.env.GITHUB_TOKEN = d.tokenFor('alice', 'write')
    root = shopRepo()
  })

  afterAll(async () => {
    if (saved === undefined) delete process.env.GITHUB_TOKEN
    else process.env.GITHUB_TOKEN = saved
    await d.close()
    cleanup()
  })

  it('plans every target while GitHub has no release, and nothing once the CLI published them there', async () => {
    const first = await plan()
    expect(first.code).toBe(0)
    const a = (JSON.parse(first.stdout) as PlanReport).plan
    expect(a.lookup.store).toBe('github')
    expect(a.components.map((c) => c.existing)).toEqual([false, false, false])
    expect(a.matrix.include.map((m) => m.target)).toEqual(['server', 'admin', 'storefront'])

    const head = (await createOctokit({ token: process.env.GITHUB_TOKEN!, baseUrl: d.url, throttle: false }).rest.git.getRef({ owner: 'acme', repo: 'platform', ref: 'heads/main' })).data.object.sha
    const published = await publishRelease({ plan: { ...a, source_commit: head }, store: { repo: 'acme/platform', api: d.url }, images: `oci:${root}/../images`, digests: {}, cwd: root })
    expect(published.code).toBe(0)

    const again = (JSON.parse((await plan()).stdout) as PlanReport).plan
    expect(again.release_id).toBe(a.release_id)
    expect(again.components.map((c) => c.existing)).toEqual([true, true, true])
    expect(again.matrix.include).toEqual([])
    expect(d.violations).toEqual([])
  }, 60_000)

  it('refuses --repo with --releases, --github-api without --repo, and --repo without a token (exit 2)', async () => {
    expect((await plan(['--releases', 'releases'])).code).toBe(2)
    expect((await cli(['plan', '--root', root, '--github-api', d.url], root)).code).toBe(2)
    const token = process.env.GITHUB_TOKEN
    delete process.env.GITHUB_TOKEN
    try {
      const r = await plan()
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('GITHUB_TOKEN')
    } finally {
      process.env.GITHUB_TOKEN = token
    }
  })
})
