/**
 * `modules-rebuild prune` end to end on a local release store with images in OCI image layouts:
 * three real releases of examples/shop, the oldest deployed to production (the real local
 * deployment history, the `production` tag on its digest) — `--keep 1` keeps the newest and the
 * deployed one, and deletes the middle one's directory and image; --dry-run changes nothing.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { LocalDeploymentHistory } from '../src/adapters/store/deployments.js'
import type { DeploymentPayload } from '../src/core/deploy/model.js'
import { LayoutImageStore } from '../src/adapters/oci/index.js'
import type { ReleaseManifestV2 } from '../src/core/release/manifest.js'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { cleanup, commitAll, shopRepo, tempDir } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

afterAll(cleanup)

/** Three monolith releases of one checkout (a source edit between them), each with a server image in `images/acme/shop-server`. */
async function threeReleases() {
  const root = shopRepo()
  const work = tempDir('prune')
  const store = path.join(work, 'releases')
  const images = path.join(work, 'images')
  const layout = new TestLayout(path.join(images, 'acme', 'shop-server'))
  const releases: ReleaseManifestV2[] = []
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      appendFileSync(path.join(root, 'apps/server/src/main.rs'), `// change ${i}\n`)
      commitAll(root, `change ${i}`)
    }
    const { manifests } = await publishCheckout(root, store, 'monolith', {
      image: async (target) => (target === 'server' ? { repository: 'ghcr.io/acme/shop-server', digest: layout.image({ layers: 1, layerBytes: 64 }).digest } : null),
      args: ['--images', `oci:${images}`]
    })
    releases.push(manifests.get('monolith')!)
  }
  return { root, work, store, images, layout: path.join(images, 'acme', 'shop-server'), releases }
}

/** What deploy records: a successful deployment of `m` to `environment`, and the environment tag on its digest. */
async function deployed(store: string, layoutDir: string, m: ReleaseManifestV2, environment: string) {
  const history = new LocalDeploymentHistory(store)
  const images = m.images.map((i) => ({ target: i.target, repository: i.repository, digest: i.digest, location: i.location }))
  const payload: DeploymentPayload = { tool: 'modules-rebuild', schema: 1, kind: 'deploy', release_id: m.release_id, component: m.component, manifest_hash: m.manifest_hash, images, previous_release: null, rolled_back_from: null }
  const d = await history.create({ environment, ref: m.release_id, payload, description: 'test' })
  await history.setStatus(d.id, { state: 'in_progress', description: 'moving' })
  await history.setStatus(d.id, { state: 'success', description: 'deployed' })
  const layout = await new LayoutImageStore(layoutDir).init()
  await layout.tag(m.images[0]!.digest, environment)
}

describe('prune --keep N (local store, image layouts)', () => {
  it('dry run prints the plan (text and JSON) and deletes nothing; the real run deletes the middle release and its image', async () => {
    const { work, store, images, layout, releases } = await threeReleases()
    const [r1, r2, r3] = releases as [ReleaseManifestV2, ReleaseManifestV2, ReleaseManifestV2]
    expect(new Set(releases.map((r) => r.release_id)).size).toBe(3)
    await deployed(store, layout, r1, 'production')
    const before = readdirSync(store).sort()

    const dry = await cli(['prune', '--keep', '1', '--dry-run', '--store', 'releases', '--images', `oci:${images}`], work)
    expect(dry.stderr).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('prune (dry run: nothing deleted): ')
    expect(dry.stdout).toContain(`  keep    ${r3.release_id} (monolith): newest`)
    expect(dry.stdout).toContain(`  keep    ${r1.release_id} (monolith): current, deployed`)
    expect(dry.stdout).toContain(`  delete  ${r2.release_id} (monolith, published `)
    expect(dry.stdout).toContain(`  image   delete oci:${layout}@${r2.images[0]!.digest} (tags ${r2.release_id})`)
    expect(readdirSync(store).sort()).toEqual(before)
    const json = await cli(['prune', '--keep', '1', '--dry-run', '--store', 'releases', '--images', `oci:${images}`, '--format', 'json'], work)
    const report = JSON.parse(json.stdout)
    expect(report).toMatchObject({ ok: true, dry_run: true, keep_newest: 1, window_days: 90, source: { kind: 'local' } })
    expect(report.prune).toEqual([{ release_id: r2.release_id, component: 'monolith', published_at: r2.build.finished_at, action: 'delete' }])
    expect(report.images).toEqual([{ location: `oci:${layout}`, digest: r2.images[0]!.digest, action: 'delete-manifest', tags: [r2.release_id], outcome: 'planned', message: null }])

    const real = await cli(['prune', '--keep', '1', '--store', 'releases', '--images', `oci:${images}`], work)
    expect(real.stderr).toBe('')
    expect(real.code).toBe(0)
    expect(real.stdout).toContain(`  deleted ${r2.release_id}`)
    expect(real.stdout).toContain(': deleted')
    expect(readdirSync(store).sort()).toEqual(before.filter((n) => n !== r2.release_id))
    const l = await new LayoutImageStore(layout).init()
    expect(await l.listTags()).toEqual([r1.release_id, r3.release_id, 'production'].sort())
    expect(await l.exists(r2.images[0]!.digest)).toBe(false)
    expect(await l.resolve('production')).toBe(r1.images[0]!.digest)
    // The deployment history is untouched; a second prune has nothing to do.
    expect(existsSync(path.join(store, '.deploy', 'deployments.json'))).toBe(true)
    const again = await cli(['prune', '--keep', '1', '--store', 'releases', '--images', `oci:${images}`], work)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('nothing to prune')
  })

  it('--keep 0 outside the window still keeps what production runs; usage errors exit 2', async () => {
    const { work, store, images, layout, releases } = await threeReleases()
    await deployed(store, layout, releases[1]!, 'production')
    const r = await cli(['prune', '--keep', '0', '--window', '0', '--store', 'releases', '--images', `oci:${images}`, '--format', 'json'], work)
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.keep).toEqual([{ release_id: releases[1]!.release_id, component: 'monolith', reasons: ['current'] }])
    expect(readdirSync(store).filter((n) => !n.startsWith('.'))).toEqual([releases[1]!.release_id])
    expect((await cli(['prune', '--store', 'releases'], work)).code).toBe(2)
    expect((await cli(['prune', '--keep', 'two', '--store', 'releases'], work)).stderr).toContain('--keep must be a whole number')
    expect((await cli(['prune', '--keep', '1', '--actor', 'rob', '--store', 'releases'], work)).stderr).toContain('--actor goes with --repo')
  })
})
