// The action's `command: publish` pushing the images the artifacts carry into a real registry
// (docker-registry with htpasswd), with the registry credentials of the inputs: the outputs that
// the attestation steps read, and every secret masked.
import { jest, afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { TestLayout } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { cleanup } from './plan-helpers.js'
import { run as makeRun } from './publish-helpers.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

const skipReason = missingTools()
if (skipReason) console.log(`action-publish-images tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe
const user = { username: 'publisher', password: 'correct horse battery staple' }
const saved = { ...process.env }
afterAll(() => {
  process.env = { ...saved }
  cleanup()
})

describeRegistry('action command: publish with images', () => {
  let reg: RunningRegistry
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'htpasswd', ...user })
  })
  afterAll(async () => {
    await reg?.stop()
  })

  it('pushes each image from its artifact and outputs <target>_image_name / _digest; a rerun pushes nothing and outputs none', async () => {
    const built: Record<string, string> = {}
    const { plan, dir } = await makeRun({
      image: (target, art) => {
        const layout = new TestLayout(path.join(art, 'oci-image'))
        const d = layout.image({ layers: 1, layerBytes: 4096 })
        layout.tag('staged', d)
        built[target] = d.digest
        return { repository: `ghcr.io/acme/shop-${target}`, digest: d.digest, layout: 'oci-image' }
      }
    })
    Object.assign(process.env, { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/shop' })
    delete process.env.GITHUB_STEP_SUMMARY
    const inputs: Record<string, string> = { command: 'publish', plan: 'release-plan.json', artifacts: 'artifacts', store: 'store', registry: reg.host, 'registry-username': user.username, 'registry-password': user.password }
    core.getInput.mockImplementation((name) => inputs[name] ?? '')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v])) as Record<string, string>
    for (const [target, digest] of Object.entries(built)) {
      expect(outputs[`${target}_image_name`]).toBe(`ghcr.io/acme/shop-${target}`)
      expect(outputs[`${target}_image_digest`]).toBe(digest)
      const id = plan.components.find((c) => c.targets.includes(target as never))!.release_id
      expect(JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-${target}:${id}`], { host: reg.host, ...user })).Digest).toBe(digest)
    }
    expect(core.setSecret).toHaveBeenCalledWith(user.password)
    expect(core.setSecret).toHaveBeenCalledWith(Buffer.from(`${user.username}:${user.password}`).toString('base64'))
    jest.clearAllMocks()
    core.getInput.mockImplementation((name) => inputs[name] ?? '')
    await run()
    const again = Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v])) as Record<string, string>
    expect(again.outcome).toBe('unchanged')
    expect(Object.keys(built).map((t) => again[`${t}_image_digest`])).toEqual(Object.keys(built).map(() => ''))
  })
})
