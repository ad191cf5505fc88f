/**
 * prune against a real registry (docker-registry, deletes enabled in its test config): a pruned
 * release's image is deleted by digest (OCI DELETE) when no kept tag points at it; when a kept tag
 * does, only the release tag would go — which docker-registry 2.x cannot do, so prune says so and
 * the digest stays. Checked with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { LocalDeploymentHistory } from '../src/adapters/store/deployments.js'
import { RegistryImageStore } from '../src/adapters/oci/index.js'
import type { ReleaseManifestV2 } from '../src/core/release/manifest.js'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { cleanup, commitAll, shopRepo, tempDir } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

const skipReason = missingTools()
if (skipReason) console.log(`prune-registry tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe

describeRegistry('prune --registry HOST:PORT', () => {
  let reg: RunningRegistry
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'open' })
  })
  afterAll(async () => {
    await reg?.stop()
    cleanup()
  })

  it('deletes an unreferenced digest, and keeps one a kept tag points at', async () => {
    const root = shopRepo()
    const work = tempDir('prune-registry')
    const store = path.join(work, 'releases')
    const src = tempDir('images')
    const layout = new TestLayout(src)
    const releases: ReleaseManifestV2[] = []
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        appendFileSync(path.join(root, 'apps/server/src/main.rs'), `// change ${i}\n`)
        commitAll(root, `change ${i}`)
      }
      const { manifests } = await publishCheckout(root, store, 'monolith', {
        image: async (target, plan) => {
          if (target !== 'server') return null
          const d = layout.image({ layers: 1, layerBytes: 256 })
          layout.tag(`r${i}`, d)
          // The build pushes by digest; pushing straight to the release tag leaves no other tag on it.
          await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${src}:r${i}`, `docker://${reg.host}/acme/shop-server:${plan.release_id}`])
          return { repository: 'ghcr.io/acme/shop-server', digest: d.digest }
        },
        args: ['--registry', reg.host]
      })
      releases.push(manifests.get('monolith')!)
    }
    const [r0, r1, r2, r3] = releases as [ReleaseManifestV2, ReleaseManifestV2, ReleaseManifestV2, ReleaseManifestV2]
    // r0 runs in production; r2's digest is also tagged `keep-me` by someone.
    await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${src}:r0`, `docker://${reg.host}/acme/shop-server:production`])
    await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${src}:r2`, `docker://${reg.host}/acme/shop-server:keep-me`])
    const history = new LocalDeploymentHistory(store)
    const d = await history.create({ environment: 'production', ref: r0.release_id, description: 't', payload: { tool: 'modules-rebuild', schema: 1, kind: 'deploy', release_id: r0.release_id, component: 'monolith', manifest_hash: r0.manifest_hash, images: [], previous_release: null, rolled_back_from: null } })
    await history.setStatus(d.id, { state: 'success', description: 'ok' })

    const r = await cli(['prune', '--keep', '1', '--store', 'releases', '--registry', reg.host, '--format', 'json'], work)
    const report = JSON.parse(r.stdout)
    expect(report.keep.map((k: { release_id: string }) => k.release_id).sort()).toEqual([r3.release_id, r0.release_id].sort())
    expect(report.images).toEqual([
      { location: `${reg.host}/acme/shop-server`, digest: r1.images[0]!.digest, action: 'delete-manifest', tags: [r1.release_id], outcome: 'deleted', message: null },
      { location: `${reg.host}/acme/shop-server`, digest: r2.images[0]!.digest, action: 'untag', tags: [r2.release_id], outcome: 'unsupported', message: expect.stringContaining(`the registry cannot delete tags; ${r2.release_id} stay on ${r2.images[0]!.digest}, which tag keep-me keep(s) anyway`) }
    ].sort((a, b) => (a.digest < b.digest ? -1 : 1)))
    expect(r.code).toBe(0)
    expect(report.releases.map((x: { outcome: string }) => x.outcome)).toEqual(['deleted', 'deleted'])

    const registry = new RegistryImageStore(reg.host, 'acme/shop-server')
    expect(await registry.exists(r1.images[0]!.digest)).toBe(false)
    await expect(skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-server:${r1.release_id}`])).rejects.toThrow()
    // Kept: the newest, what production runs, and the digest under keep-me.
    expect(await registry.resolve(r3.release_id)).toBe(r3.images[0]!.digest)
    expect(await registry.resolve(r0.release_id)).toBe(r0.images[0]!.digest)
    expect(await registry.resolve('production')).toBe(r0.images[0]!.digest)
    expect(await registry.resolve('keep-me')).toBe(r2.images[0]!.digest)
    expect(await registry.exists(r2.images[0]!.digest)).toBe(true)
  })
})
