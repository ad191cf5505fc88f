/**
 * prune --repo against the GitHub API double: releases published through the CLI, a production
 * deployment recorded as a GitHub Deployment, an immutable release, a delete GitHub refuses with
 * 422, and the RBAC gate (--actor) refusing a write user and letting an admin through.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { githubDeploymentHistory } from '../src/adapters/github/deployments.js'
import { createOctokit } from '../src/adapters/github/client.js'
import { cli } from './cli-helpers.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, commitAll, shopRepo, tempDir } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

const saved = { ...process.env }
let d: GitHubDouble | null = null
afterEach(async () => {
  process.env = { ...saved }
  await d?.close()
  d = null
  cleanup()
})

describe('prune --repo OWNER/NAME', () => {
  it('keeps the newest and the deployed release, leaves the immutable one, deletes the rest with its tag; RBAC refuses a write user', async () => {
    d = await start({ owner: 'acme', repo: 'platform', users: { ada: 'admin', rob: 'write' } })
    const repo = { owner: 'acme', repo: 'platform' }
    const octokit = createOctokit({ token: d.tokenFor('ada', 'write'), baseUrl: d.url, throttle: false })
    const head = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    process.env.GITHUB_TOKEN = d.tokenFor('ada', 'write')
    const root = shopRepo()
    const ids: string[] = []
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        appendFileSync(path.join(root, 'apps/server/src/main.rs'), `// change ${i}\n`)
        commitAll(root, `change ${i}`)
      }
      d.setImmutableReleases(i === 0)
      const { plan } = await publishCheckout(root, tempDir('unused'), 'monolith', { args: ['--repo', 'acme/platform', '--github-api', d.url], sourceCommit: head })
      ids.push(plan.release_id)
    }
    d.setImmutableReleases(false)
    const [r0, r1, r2, r3] = ids as [string, string, string, string]
    const history = githubDeploymentHistory({ token: d.tokenFor('ada', 'write'), repository: 'acme/platform', baseUrl: d.url, throttle: false })
    const dep = await history.create({ environment: 'production', ref: r2, description: 't', payload: { tool: 'modules-rebuild', schema: 1, kind: 'deploy', release_id: r2, component: 'monolith', manifest_hash: 'sha256:' + 'a'.repeat(64), images: [], previous_release: null, rolled_back_from: null } })
    await history.setStatus(dep.id, { state: 'success', description: 'ok' })

    const work = tempDir('prune-github')
    const argv = ['prune', '--keep', '1', '--repo', 'acme/platform', '--github-api', d.url, '--format', 'json']
    // RBAC: prune needs admin by default; rob has write.
    const refused = await cli([...argv, '--actor', 'rob'], work)
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout).errors[0]).toMatchObject({ rule: 'permission-denied', message: "rob has 'write' permission on acme/platform; a prune needs at least 'admin'" })
    expect(d.count('repos/delete-release')).toBe(0)

    // GitHub refuses the first delete (422): reported as immutable, the release stays.
    d.fault({ operationId: 'repos/delete-release', status: 422, message: 'Cannot delete this release' })
    const first = await cli([...argv, '--actor', 'ada'], work)
    expect(first.stderr).toContain("RBAC: ada has 'admin' permission; a prune needs 'admin': allowed")
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout)
    expect(report.keep).toEqual([
      { release_id: r3, component: 'monolith', reasons: ['newest'] },
      { release_id: r2, component: 'monolith', reasons: ['current', 'deployed'] }
    ])
    expect(report.prune.map((p: { release_id: string; action: string }) => [p.release_id, p.action])).toEqual([
      [r1, 'delete'],
      [r0, 'keep-immutable']
    ])
    expect(report.releases.map((x: { release_id: string; outcome: string }) => [x.release_id, x.outcome])).toEqual([
      [r1, 'immutable'],
      [r0, 'immutable']
    ])
    expect(report.notes.join('\n')).toContain(`acme/platform refused to delete ${r1} (immutable)`)

    // The next prune deletes r1 and its tag; r0 (immutable) stays.
    const second = await cli(argv, work)
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout).releases.map((x: { release_id: string; outcome: string }) => [x.release_id, x.outcome])).toEqual([
      [r1, 'deleted'],
      [r0, 'immutable']
    ])
    const tags = (await octokit.rest.repos.listReleases({ ...repo })).data.map((r) => r.tag_name).sort()
    expect(tags).toEqual([r0, r2, r3].sort())
    await expect(octokit.rest.git.getRef({ ...repo, ref: `tags/${r1}` })).rejects.toMatchObject({ status: 404 })

    // The same gate before deploy and rollback: rob (write) may not roll back (maintain by default).
    const rollback = await cli(['rollback', '--to', r3, '--environment', 'production', '--repo', 'acme/platform', '--github-api', d.url, '--actor', 'rob', '--format', 'json'], work)
    expect(rollback.code).toBe(1)
    expect(JSON.parse(rollback.stdout).errors[0].message).toBe("rob has 'write' permission on acme/platform; a rollback needs at least 'maintain'")
    const deploy = await cli(['deploy', '--release', r3, '--environment', 'production', '--repo', 'acme/platform', '--github-api', d.url, '--actor', 'rob', '--minimum-permission', 'write', '--format', 'json'], work)
    expect(deploy.stderr).toContain("RBAC: rob has 'write' permission; a deploy needs 'write': allowed")
    expect(d.violations).toEqual([])
  }, 180_000) // the CLI paces its GitHub writes a second apart, as GitHub asks
})
