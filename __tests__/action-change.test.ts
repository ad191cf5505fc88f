/**
 * The action's `command: change` end to end, in-process with @actions/core mocked: the real apply
 * (the catalog's uninstall on a checkout of examples/shop, regeneration, the plan summary) and the
 * real client against the GitHub API double on 127.0.0.1 (every request and response validated
 * against GitHub's OpenAPI description).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, git, shopRepo } from './plan-helpers.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

let d: GitHubDouble
let root: string
const saved = { ...process.env }

function inputs(values: Record<string, string>): void {
  core.getInput.mockImplementation((name: string) => values[name] ?? '')
}

beforeEach(async () => {
  jest.clearAllMocks()
  root = shopRepo()
  d = await start({ owner: 'acme', repo: 'platform', files: { 'modules.toml': readFileSync(path.join(root, 'modules.toml'), 'utf8') }, users: { alice: 'maintain', rob: 'read' } })
  Object.assign(process.env, {
    GITHUB_WORKSPACE: root,
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: d.state.git.refs.get('heads/main')!,
    GITHUB_API_URL: d.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7'
  })
  delete process.env.GITHUB_STEP_SUMMARY
})

afterEach(async () => {
  await d.close()
  process.env = { ...saved }
})

afterAll(() => cleanup())

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))

describe('command: change', () => {
  it('uninstall forum: one branch and one pull request with the regenerated files and the plan; a rerun finds the same pull request', async () => {
    const token = d.tokenFor('github-actions[bot]')
    inputs({ command: 'change', request: JSON.stringify({ action: 'uninstall', slug: 'forum', reason: 'Forum retired' }), actor: 'alice', 'minimum-permission': 'maintain', token, 'dispatch-rebuild': 'false' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith(token)
    const o = outputs()
    expect(o).toMatchObject({ status: 'opened', branch: 'modules-change/uninstall-forum', created: 'true' })
    expect(d.state.pulls).toHaveLength(1)
    const pr = d.state.pulls[0]!
    expect(pr.head).toBe('modules-change/uninstall-forum')
    // The branch holds the edited manifest and the regenerated registry.
    expect(d.readFile(pr.head, 'modules.toml')).not.toMatch(/^forum = /m)
    expect(d.readFile(pr.head, 'apps/server/src/modules/generated.rs')).not.toContain('shop_forum')
    // The body: requester, reason, and the plan (RusToK's delta format) with its mermaid graph.
    expect(pr.body).toContain('alice')
    expect(pr.body).toContain('Forum retired')
    expect(pr.body).toContain('-forum')
    expect(pr.body).toContain('mermaid')
    expect(d.violations).toEqual([])

    // The same request again, on a fresh checkout of the same commit: the same pull request, unchanged.
    jest.clearAllMocks()
    git(root, 'checkout', '-q', '--', '.')
    git(root, 'clean', '-qfd')
    inputs({ command: 'change', request: JSON.stringify({ action: 'uninstall', slug: 'forum', reason: 'Forum retired' }), actor: 'alice', token, 'dispatch-rebuild': 'false' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    // The same pull request: 'unchanged' when the regenerated files and the plan summary are the
    // same bytes (github-workflow.test.ts proves that with a fixed apply), 'updated' otherwise.
    expect(outputs()).toMatchObject({ pr_number: String(pr.number), created: 'false' })
    expect(['unchanged', 'updated']).toContain(outputs().status)
    expect(d.state.pulls).toHaveLength(1)
    expect(d.violations).toEqual([])
  }, 60_000)

  it('refuses a requester below the minimum role, and a required module, without a branch or pull request', async () => {
    const token = d.tokenFor('github-actions[bot]')
    inputs({ command: 'change', request: JSON.stringify({ action: 'uninstall', slug: 'forum' }), actor: 'rob', token })
    await run()
    expect(outputs().status).toBe('refused')
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.error.mock.calls.map(([, p]) => p?.title)).toContain('permission-denied')

    jest.clearAllMocks()
    inputs({ command: 'change', request: JSON.stringify({ action: 'uninstall', slug: 'content' }), actor: 'alice', token })
    await run()
    expect(outputs().status).toBe('refused')
    expect(core.error.mock.calls.map(([, p]) => p?.title)).toContain('module-required')
    expect(d.state.pulls).toEqual([])
    expect([...d.state.git.refs.keys()]).toEqual(['heads/main'])
    expect(d.violations).toEqual([])
  }, 60_000)
})
