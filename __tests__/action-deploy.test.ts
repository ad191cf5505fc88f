// The action's `command: deploy`, `rollback` and `smoke` in-process: on a local store with images in
// an OCI layout, and (without `store`) against GitHub releases and Deployments of the API double.
import { jest, afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { layoutImages, publishRelease, shopPlans, startPlatform, writeHook, type Platform } from './deploy-helpers.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { cleanup, tempDir } from './plan-helpers.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')
const { createOctokit } = await import('../src/adapters/github/client.js')

const saved = { ...process.env }
let work: string
let a: ReleasePlan
let b: ReleasePlan
let platform: Platform
let d: GitHubDouble
const id = (p: ReleasePlan) => p.components[0]!.release_id
const outputs = () => Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v])) as Record<string, string>
const action = async (inputs: Record<string, string>) => {
  jest.clearAllMocks()
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
  await run()
  return outputs()
}

beforeAll(async () => {
  ;({ a, b } = await shopPlans())
  work = tempDir('action-deploy')
  platform = await startPlatform(path.join(work, 'running'))
  d = await start({ users: { alice: 'admin' } })
  const token = d.tokenFor('alice', 'write')
  const head = (await createOctokit({ token, baseUrl: d.url, throttle: false }).rest.git.getRef({ owner: 'acme', repo: 'platform', ref: 'heads/main' })).data.object.sha
  process.env.GITHUB_TOKEN = token
  for (const plan of [a, b]) {
    const digests = layoutImages(path.join(work, 'images'), plan)
    // Only B goes to GitHub too (publishing there is paced like GitHub asks: slow).
    for (const store of plan === a ? (['releases'] as const) : (['releases', { repo: 'acme/platform', api: d.url }] as const)) {
      const r = await publishRelease({ plan: { ...plan, source_commit: head }, store, images: `oci:${path.join(work, 'images')}`, digests, cwd: work })
      expect(r.code).toBe(0)
    }
    platform.releases.set(id(plan), { manifest_hash: plan.manifest_hash, modules: plan.modules.map((m) => m.slug) })
  }
  writeFileSync(path.join(work, 'modules-rebuild.toml'), `schema = 1\n[deploy]\nhook = ["${process.execPath}", "${writeHook(work, path.join(work, 'running'), path.join(work, 'hook.log'))}"]\n[deploy.smoke]\ndeadline = 2\nbackoff = 0.05\n[deploy.environments.production]\nurl = "${platform.url}"\n`)
}, 120_000)

beforeEach(() => {
  process.env = { ...saved, GITHUB_WORKSPACE: work, GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/platform', GITHUB_ACTOR: 'alice' }
  delete process.env.GITHUB_STEP_SUMMARY
})

afterAll(async () => {
  process.env = { ...saved }
  await platform?.close()
  await d?.close()
  cleanup()
})

describe('action commands deploy, rollback, smoke', () => {
  it('deploy and rollback on a local store; the smoke report goes to the job summary', async () => {
    let out = await action({ command: 'deploy', 'release-id': id(a), environment: 'production', store: 'releases' })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(out).toMatchObject({ outcome: 'deployed', release_id: id(a), environment: 'production', previous_release: '', rolled_back_to: '', manifest_hash: a.manifest_hash })
    expect(JSON.parse(out.smoke!).ok).toBe(true)
    expect(core.summary.addRaw).toHaveBeenCalledWith(expect.stringContaining('### Smoke checks passed'), true)
    out = await action({ command: 'deploy', 'release-id': id(b), environment: 'production', store: 'releases' })
    expect(out).toMatchObject({ outcome: 'deployed', previous_release: id(a) })
    out = await action({ command: 'rollback', 'release-id': id(a), environment: 'production', store: 'releases' })
    expect(out).toMatchObject({ outcome: 'deployed', release_id: id(a), previous_release: id(b) })
  })

  it('a smoke failure fails the step, returns to the previous release and says so', async () => {
    platform.releases.set(id(b), { manifest_hash: 'sha256:wrong', modules: [] })
    const out = await action({ command: 'deploy', 'release-id': id(b), environment: 'production', store: 'releases' })
    platform.releases.set(id(b), { manifest_hash: b.manifest_hash, modules: b.modules.map((m) => m.slug) })
    expect(out).toMatchObject({ outcome: 'failed', rolled_back_to: id(a) })
    expect(core.setFailed).toHaveBeenCalledWith(`${id(b)} failed in production; production is back on ${id(a)}`)
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('reports manifest_hash sha256:wrong'), expect.objectContaining({ title: 'smoke-failed' }))
  })

  it('without store: GitHub releases and Deployments with the token (masked)', async () => {
    const token = d.tokenFor('alice', 'write')
    process.env.GITHUB_API_URL = d.url
    const out = await action({ command: 'deploy', 'release-id': id(b), environment: 'production', token, registry: `oci:${path.join(work, 'images')}` })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith(token)
    expect(out.outcome).toBe('deployed')
    const octokit = createOctokit({ token, baseUrl: d.url, throttle: false })
    const list = (await octokit.rest.repos.listDeployments({ owner: 'acme', repo: 'platform', environment: 'production' })).data
    expect(list.map((x) => x.id)).toEqual([Number(out.deployment_id)])
    expect(list[0]!.payload).toMatchObject({ tool: 'modules-rebuild', kind: 'deploy', release_id: id(b), manifest_hash: b.manifest_hash })
    expect(d.violations).toEqual([])
  }, 60_000)

  it('smoke: passes for the release the server runs (B, deployed last); inputs are checked', async () => {
    let out = await action({ command: 'smoke', url: platform.url, 'release-id': id(b), store: 'releases' })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(out.outcome).toBe('passed')
    out = await action({ command: 'smoke', url: platform.url, 'release-id': id(a), store: 'releases' })
    expect(out.outcome).toBe('failed')
    expect(core.setFailed).toHaveBeenCalledWith('smoke checks failed (see the job summary)')
    await action({ command: 'smoke' })
    expect(core.setFailed).toHaveBeenCalledWith("input 'url' is required by command 'smoke'")
    await action({ command: 'deploy', 'release-id': id(a) })
    expect(core.setFailed).toHaveBeenCalledWith("input 'environment' is required by command 'deploy'")
    await action({ command: 'validate', environment: 'production' })
    expect(core.setFailed).toHaveBeenCalledWith("input 'environment' only applies to commands deploy, rollback and smoke (command is 'validate')")
  })
})
