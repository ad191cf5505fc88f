/**
 * `command: prune` of the action, in-process with @actions/core mocked: a dry run by default, a
 * real run with `dry-run: false`, on a local store of real releases; the RBAC gate before it in a
 * workflow_dispatch run (the GitHub API double answers the permission).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { appendFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, commitAll, shopRepo, tempDir } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

let d: GitHubDouble
const saved = { ...process.env }

function inputs(values: Record<string, string>): void {
  core.getInput.mockImplementation((name: string) => values[name] ?? '')
}

beforeEach(async () => {
  jest.clearAllMocks()
  d = await start({ owner: 'acme', repo: 'platform', users: { ada: 'admin', rob: 'write' } })
  Object.assign(process.env, { GITHUB_REPOSITORY: 'acme/platform', GITHUB_API_URL: d.url, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main' })
  delete process.env.GITHUB_STEP_SUMMARY
})
afterEach(async () => {
  await d.close()
  process.env = { ...saved }
})
afterAll(cleanup)

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))

async function twoReleases() {
  const root = shopRepo()
  const work = tempDir('action-prune')
  const store = path.join(work, 'releases')
  const first = await publishCheckout(root, store, 'monolith')
  appendFileSync(path.join(root, 'apps/server/src/main.rs'), '// change\n')
  commitAll(root, 'change')
  const second = await publishCheckout(root, store, 'monolith')
  process.env.GITHUB_WORKSPACE = work
  return { store, older: first.plan.release_id, newer: second.plan.release_id }
}

describe('command: prune', () => {
  it('is a dry run unless dry-run is false; then deletes the older release', async () => {
    const { store, older, newer } = await twoReleases()
    inputs({ command: 'prune', keep: '1', store: 'releases' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ outcome: 'dry-run', pruned: JSON.stringify([{ release_id: older, outcome: 'planned' }]) })
    expect(JSON.parse(outputs().kept as string)).toEqual([{ release_id: newer, component: 'monolith', reasons: ['newest'] }])
    expect(readdirSync(store).sort()).toEqual([newer, older].sort())
    const summary = core.summary.addRaw.mock.calls.map(([t]) => t).join('')
    expect(summary).toContain('modules-rebuild prune (dry run: nothing deleted)')
    expect(summary).toContain(`<td>${older}</td>`)

    jest.clearAllMocks()
    inputs({ command: 'prune', keep: '1', store: 'releases', 'dry-run': 'false' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ outcome: 'pruned', pruned: JSON.stringify([{ release_id: older, outcome: 'deleted' }]) })
    expect(readdirSync(store)).toEqual([newer])
    expect(d.count('repos/get-collaborator-permission-level')).toBe(0) // a schedule run is not checked
  })

  it('a workflow_dispatch by a write user is refused before anything is read (prune needs admin); an admin passes', async () => {
    const { store, older, newer } = await twoReleases()
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_TRIGGERING_ACTOR: 'rob' })
    inputs({ command: 'prune', keep: '1', store: 'releases', 'dry-run': 'false', token: d.tokenFor('github-actions[bot]') })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("rob has 'write' permission on acme/platform; a prune needs at least 'admin' (event workflow_dispatch)")
    expect(readdirSync(store).sort()).toEqual([newer, older].sort())
    jest.clearAllMocks()
    process.env.GITHUB_TRIGGERING_ACTOR = 'ada'
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(readdirSync(store)).toEqual([newer])
  })

  it('refuses prune-only inputs on other commands and a keep that is not a number', async () => {
    inputs({ command: 'validate', keep: '1' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("input 'keep' only applies to command 'prune' (command is 'validate')")
    jest.clearAllMocks()
    inputs({ command: 'prune', keep: 'all' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("input 'keep' must be a whole number ≥ 0, not 'all'")
  })
})
