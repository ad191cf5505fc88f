// publish --registry against a real registry (docker-registry with htpasswd), checked with skopeo.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { cleanup, tempDir } from './plan-helpers.js'
import { run } from './publish-helpers.js'

const skipReason = missingTools()
if (skipReason) console.log(`publish-registry tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe

const user = { username: 'publisher', password: 'correct horse battery staple' }

describeRegistry('publish --registry HOST:PORT', () => {
  let reg: RunningRegistry
  const saved = { ...process.env }
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'htpasswd', ...user })
  })
  afterAll(async () => {
    process.env = { ...saved }
    await reg?.stop()
    cleanup()
  })

  it('tags the image the build pushed by digest with release_id, with the credentials of REGISTRY_USERNAME / REGISTRY_PASSWORD', async () => {
    const src = tempDir('images')
    const layout = new TestLayout(src)
    const pushed: Record<string, string> = {}
    const auth = { host: reg.host, ...user }
    const { plan, dir } = await run({
      image: (target) => {
        const d = layout.image({ layers: 1, layerBytes: 128, architecture: target === 'server' ? 'amd64' : 'arm64' })
        layout.tag(target, d)
        pushed[target] = d.digest
        return { repository: `ghcr.io/acme/shop-${target}`, digest: d.digest }
      }
    })
    for (const target of Object.keys(pushed)) await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${src}:${target}`, `docker://${reg.host}/acme/shop-${target}:build`], auth)
    process.env.REGISTRY_USERNAME = user.username
    process.env.REGISTRY_PASSWORD = user.password
    const r = await cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--store', 'store', '--registry', reg.host], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain(user.password)
    for (const c of plan.components) {
      for (const t of c.targets.filter((x) => pushed[x])) {
        const inspected = JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-${t}:${c.release_id}`], auth))
        expect(inspected.Digest).toBe(pushed[t])
      }
    }
    // Without credentials the registry refuses, and nothing is published.
    delete process.env.REGISTRY_PASSWORD
    const fresh = await run({ image: (target) => ({ repository: `ghcr.io/acme/shop-${target}`, digest: pushed[target]! }) })
    const refused = await cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--store', path.join(fresh.dir, 'store2'), '--registry', reg.host], fresh.dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('error[image-error]')
  })
})
