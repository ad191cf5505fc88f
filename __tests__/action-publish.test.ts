// The action's `command: publish` in-process against the local release store and, without `store`,
// as GitHub Releases against the GitHub API double.
import { jest, afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, writeFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { cleanup } from './plan-helpers.js'
import { run as makeRun } from './publish-helpers.js'
import { start } from './github-double/server.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

afterAll(cleanup)
const saved = { ...process.env }
beforeEach(() => {
  jest.clearAllMocks()
  process.env = { ...saved }
})

const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v])) as Record<string, string>

describe('action command: publish', () => {
  it('publishes into the store with the build record of the run, and a rerun is unchanged', async () => {
    const { plan, dir } = await makeRun()
    Object.assign(process.env, { GITHUB_WORKSPACE: dir, GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '2', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_ACTOR: 'octo', GITHUB_EVENT_NAME: 'workflow_dispatch' })
    delete process.env.GITHUB_STEP_SUMMARY
    const inputs: Record<string, string> = { command: 'publish', plan: 'release-plan.json', artifacts: 'artifacts', store: 'store', reason: 'demo', 'registry-password': 's3cret' }
    core.getInput.mockImplementation((name) => inputs[name] ?? '')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith('s3cret')
    expect(outputs().outcome).toBe('published')
    expect(outputs().release_id).toBe(plan.components.map((c) => c.release_id).join(','))
    const m = JSON.parse(readFileSync(path.join(dir, 'store', plan.components[0]!.release_id, 'release-manifest.json'), 'utf8'))
    expect(m.build).toMatchObject({ build_id: '99.2', logs_url: 'https://github.com/acme/shop/actions/runs/99', requested_by: 'octo', event: 'workflow_dispatch', reason: 'demo' })
    jest.clearAllMocks()
    core.getInput.mockImplementation((name) => inputs[name] ?? '')
    await run()
    expect(outputs().outcome).toBe('unchanged')
  })

  it('a tampered file fails the step with an annotation on it', async () => {
    const { plan, dir } = await makeRun()
    const m = plan.matrix.include[0]!
    writeFileSync(path.join(dir, 'artifacts', m.artifact, 'target', 'release', m.package), 'x')
    process.env.GITHUB_WORKSPACE = dir
    delete process.env.GITHUB_STEP_SUMMARY
    core.getInput.mockImplementation((name) => ({ command: 'publish', store: 'store' })[name] ?? '')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('publish refused'))
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('differs from build-info.json'), expect.objectContaining({ title: 'artifact-tampered', file: `artifacts/${m.artifact}/target/release/${m.package}` }))
    expect(outputs().outcome).toBe('refused')
    expect(existsSync(path.join(dir, 'store'))).toBe(false)
  })

  it('without store: GitHub Releases of GITHUB_REPOSITORY with the token (masked), through GITHUB_API_URL', async () => {
    const d = await start({ users: { alice: 'admin' } })
    try {
      const made = await makeRun()
      const token = d.tokenFor('alice', 'write')
      const head = await fetch(`${d.url}/repos/acme/platform/git/ref/heads/main`, { headers: { authorization: `token ${token}` } }).then(async (r) => ((await r.json()) as { object: { sha: string } }).object.sha)
      writeFileSync(path.join(made.dir, 'release-plan.json'), JSON.stringify({ ...made.plan, source_commit: head }))
      Object.assign(process.env, { GITHUB_WORKSPACE: made.dir, GITHUB_REPOSITORY: 'acme/platform', GITHUB_API_URL: d.url })
      delete process.env.GITHUB_STEP_SUMMARY
      core.getInput.mockImplementation((name) => ({ command: 'publish', token })[name] ?? '')
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.setSecret).toHaveBeenCalledWith(token)
      expect(outputs().outcome).toBe('published')
      expect(outputs().release_url).toContain('/acme/platform/releases/')
      expect(d.violations).toEqual([])
    } finally {
      await d.close()
    }
  })
})
