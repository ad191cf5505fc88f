/**
 * The RBAC gate of the action (src/drivers/action/gate.ts) in front of `plan` and `build`: a
 * workflow_dispatch or repository_dispatch run, or a pushed tag, checks the triggering actor's
 * permission through the GitHub API double; a push to a branch is not checked. In-process with
 * @actions/core mocked; the real plan runs on a checkout of examples/shop.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { appendFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { DEFAULT_MINIMUMS, isGatedEvent, minimumFor } from '../src/core/config/rbac.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, commitAll, shopRepo } from './plan-helpers.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

const PERMISSION = 'repos/get-collaborator-permission-level'
let d: GitHubDouble
let root: string
const saved = { ...process.env }

function inputs(values: Record<string, string>): void {
  core.getInput.mockImplementation((name: string) => values[name] ?? '')
}

beforeEach(async () => {
  jest.clearAllMocks()
  root = shopRepo()
  d = await start({ owner: 'acme', repo: 'platform', users: { ada: 'admin', mia: 'maintain', rob: 'write' } })
  Object.assign(process.env, { GITHUB_WORKSPACE: root, GITHUB_REPOSITORY: 'acme/platform', GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: d.url, RUNNER_TEMP: root })
  delete process.env.GITHUB_STEP_SUMMARY
  delete process.env.GITHUB_TRIGGERING_ACTOR
  delete process.env.GITHUB_ACTOR
})

afterEach(async () => {
  await d.close()
  process.env = { ...saved }
})

afterAll(() => cleanup())

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))
const failure = () => String(core.setFailed.mock.calls[0]?.[0] ?? '')

describe('RBAC gate: plan (a rebuild)', () => {
  it('refuses a workflow_dispatch by a write user (rebuild needs admin by default), naming actor, level and minimum; plans nothing', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_TRIGGERING_ACTOR: 'rob', GITHUB_ACTOR: 'ada' })
    inputs({ command: 'plan', token: d.tokenFor('github-actions[bot]') })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(failure()).toBe("rob has 'write' permission on acme/platform; a rebuild needs at least 'admin' (event workflow_dispatch)")
    expect(core.error.mock.calls[0]![1]).toEqual({ title: 'permission-denied' })
    expect(outputs()).toEqual({ actor_permission: 'write' })
    expect(core.summary.addRaw.mock.calls.map(([t]) => t).join('')).toContain('rebuild refused')
    expect(d.count(PERMISSION)).toBe(1)
    expect(d.violations).toEqual([])
  })

  it('lets an admin through: the plan runs and writes its outputs', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_TRIGGERING_ACTOR: 'ada' })
    inputs({ command: 'plan', token: d.tokenFor('github-actions[bot]') })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ actor_permission: 'admin', valid: 'true' })
    expect(outputs().release_id).toMatch(/^shop-/)
    expect(d.count(PERMISSION)).toBe(1)
    expect(d.violations).toEqual([])
  })

  it('the minimum comes from [rbac] of modules-rebuild.toml, and the input overrides it', async () => {
    appendFileSync(path.join(root, 'modules-rebuild.toml'), '\n[rbac]\nrebuild = "write"\n')
    commitAll(root, 'rbac')
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_TRIGGERING_ACTOR: 'rob' })
    inputs({ command: 'plan', token: d.tokenFor('github-actions[bot]') })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    jest.clearAllMocks()
    inputs({ command: 'plan', token: d.tokenFor('github-actions[bot]'), 'minimum-permission': 'maintain' })
    await run()
    expect(failure()).toContain("a rebuild needs at least 'maintain'")
  })

  it('a user the API does not know has no access; a build (also a rebuild) is refused before its command starts', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_TRIGGERING_ACTOR: 'mallory' })
    const marker = path.join(root, 'built')
    inputs({ command: 'build', token: d.tokenFor('github-actions[bot]'), argv: JSON.stringify(['touch', marker]) })
    await run()
    expect(failure()).toBe("mallory has no access on acme/platform; a rebuild needs at least 'admin' (event workflow_dispatch)")
    expect(existsSync(marker)).toBe(false)
  })

  it('a push to a branch is not checked (no API call); a pushed tag is', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'push', GITHUB_TRIGGERING_ACTOR: 'rob' })
    inputs({ command: 'plan', token: d.tokenFor('github-actions[bot]') })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(d.count(PERMISSION)).toBe(0)
    jest.clearAllMocks()
    process.env.GITHUB_REF = 'refs/tags/deploy/production/x'
    await run()
    expect(failure()).toContain("rob has 'write' permission")
  })

  it('a checked run without a token fails with the reason instead of skipping the check', async () => {
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_TRIGGERING_ACTOR: 'ada' })
    inputs({ command: 'plan' })
    await run()
    expect(failure()).toMatch(/needs a token/)
  })
})

describe('rbac policy (pure)', () => {
  it('checks dispatches and pushed tags only', () => {
    expect(isGatedEvent('workflow_dispatch', 'refs/heads/main')).toBe(true)
    expect(isGatedEvent('repository_dispatch', 'refs/heads/main')).toBe(true)
    expect(isGatedEvent('push', 'refs/tags/deploy/staging/r1')).toBe(true)
    expect(isGatedEvent('push', 'refs/heads/main')).toBe(false)
    expect(isGatedEvent('pull_request', 'refs/pull/1/merge')).toBe(false)
    expect(isGatedEvent('schedule', 'refs/heads/main')).toBe(false)
    expect(isGatedEvent(undefined, undefined)).toBe(false)
  })
  it('explicit, then [rbac], then the built-in minimum', () => {
    expect(minimumFor('deploy', {}, undefined)).toBe(DEFAULT_MINIMUMS.deploy)
    expect(minimumFor('deploy', { deploy: 'admin' })).toBe('admin')
    expect(minimumFor('deploy', { deploy: 'admin' }, 'write')).toBe('write')
    expect(DEFAULT_MINIMUMS.rebuild).toBe('admin')
  })
})
