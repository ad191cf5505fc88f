// Deployments on the GitHub API double, as deploy and rollback use them: create per environment,
// statuses in_progress → success | failure, GitHub's auto-inactive rule, lists filtered by
// environment, ref and sha, and the actor's repository permission.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../src/adapters/github/client.js'
import { start, type GitHubDouble } from './github-double/server.js'

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
const repo = { owner: 'acme', repo: 'platform' }

describe('deployments', () => {
  it('creates deployments and statuses; a success inactivates earlier non-production ones of the environment', async () => {
    const d = await start({ users: { alice: 'maintain', rita: 'read' } })
    doubles.push(d)
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false })
    const main = d.state.git.refs.get('heads/main')!
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/shop-0123', sha: main })

    const create = async (environment: string, ref: string) => {
      const r = await octokit.rest.repos.createDeployment({ ...repo, ref, environment, auto_merge: false, required_contexts: [], payload: { release_id: 'shop-0123' }, description: `deploy ${ref}` })
      expect(r.status).toBe(201)
      return r.data as { id: number; sha: string; environment: string; production_environment: boolean; payload: unknown }
    }
    const status = (id: number, state: 'in_progress' | 'success' | 'failure' | 'inactive', extra: Record<string, unknown> = {}) =>
      octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: id, state, ...extra })
    const states = async (id: number) => (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })).data.map((s) => s.state)

    const s1 = await create('staging', 'shop-0123')
    expect(s1).toMatchObject({ sha: main, environment: 'staging', production_environment: false, payload: { release_id: 'shop-0123' } })
    await status(s1.id, 'in_progress', { log_url: 'https://ci.example/runs/1' })
    const ok = (await status(s1.id, 'success', { environment_url: 'https://staging.example' })).data
    expect(ok).toMatchObject({ state: 'success', environment_url: 'https://staging.example' })
    expect(await states(s1.id)).toEqual(['success', 'in_progress'])

    const s2 = await create('staging', 'main')
    await status(s2.id, 'success')
    expect(await states(s1.id)).toEqual(['inactive', 'success', 'in_progress'])
    // A failure does not inactivate; auto_inactive: false neither.
    const s3 = await create('staging', 'main')
    await status(s3.id, 'failure')
    const s4 = await create('staging', 'main')
    await status(s4.id, 'success', { auto_inactive: false })
    expect((await states(s2.id))[0]).toBe('success')

    // Production deployments are never inactivated automatically (GitHub's rule): deploy does it.
    const p1 = await create('production', 'shop-0123')
    expect(p1.production_environment).toBe(true)
    await status(p1.id, 'success')
    const p2 = await create('production', 'shop-0123')
    await status(p2.id, 'success')
    expect(await states(p1.id)).toEqual(['success'])
    await status(p1.id, 'inactive')
    expect(await states(p1.id)).toEqual(['inactive', 'success'])

    const list = async (q: Record<string, string>) => (await octokit.rest.repos.listDeployments({ ...repo, ...q })).data.map((x) => x.id)
    expect(await list({ environment: 'production' })).toEqual([p2.id, p1.id])
    expect(await list({ environment: 'staging', ref: 'main' })).toEqual([s4.id, s3.id, s2.id])
    expect(await list({ sha: main, ref: 'shop-0123' })).toEqual([p2.id, p1.id, s1.id])
    expect(await list({ environment: 'nowhere' })).toEqual([])
    expect((await octokit.rest.repos.getDeployment({ ...repo, deployment_id: s1.id })).data.description).toBe('deploy shop-0123')

    await expect(octokit.rest.repos.createDeployment({ ...repo, ref: 'no-such-ref' })).rejects.toMatchObject({ status: 422 })
    await expect(status(999999, 'success')).rejects.toMatchObject({ status: 404 })
    const reader = createOctokit({ token: d.tokenFor('rita', 'read'), baseUrl: d.url, throttle: false })
    expect((await reader.rest.repos.listDeployments(repo)).data.map((x) => x.id)).toEqual([p2.id, p1.id, s4.id, s3.id, s2.id, s1.id])
    expect(d.violations).toEqual([])
  })

  it('answers the actor permission deploy checks', async () => {
    const d = await start({ users: { alice: 'maintain', rita: 'read', dev: { custom: 'deployer', base: 'write' } } })
    doubles.push(d)
    const octokit = createOctokit({ token: d.tokenFor('github-actions[bot]'), baseUrl: d.url, throttle: false })
    const perm = async (username: string) => (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data
    expect(await perm('alice')).toMatchObject({ permission: 'write', role_name: 'maintain', user: { permissions: { push: true, maintain: true, admin: false } } })
    expect(await perm('rita')).toMatchObject({ permission: 'read', user: { permissions: { push: false } } })
    expect(await perm('dev')).toMatchObject({ permission: 'write', role_name: 'deployer' })
    await expect(perm('stranger')).rejects.toMatchObject({ status: 404 })
    expect(d.violations).toEqual([])
  })
})
