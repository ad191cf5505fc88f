// publish with images the build jobs carried in their artifacts (an OCI image layout each, as
// stage writes it): pushed into local image layouts (the default of a local store) or a real
// registry (docker-registry), read back by skopeo; a reused target's image is tagged again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseReleaseManifest, type ReleaseManifestV2 } from '../src/core/release/manifest.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { missingTools, skopeo, startRegistry, type RunningRegistry } from './oci/registry-server.js'
import { cleanup } from './plan-helpers.js'
import { run, shopPlan } from './publish-helpers.js'

afterAll(cleanup)

const skipReason = missingTools()
if (skipReason) console.log(`publish-images registry tests skipped: ${skipReason}`)
const describeRegistry = skipReason ? describe.skip : describe

const publish = (dir: string, ...extra: string[]) => cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--store', 'store', ...extra], dir)
const manifestOf = (dir: string, releaseId: string): ReleaseManifestV2 => {
  const m = parseReleaseManifest(readFileSync(path.join(dir, 'store', releaseId, 'release-manifest.json'), 'utf8'), releaseId)
  if (m.schema !== 2) throw new Error('schema 1')
  return m
}

/** Artifacts whose build-info.json names an image in `oci-image/` of the artifact, as stage writes them. */
async function runWithLayouts(plan?: ReleasePlan) {
  const built: Record<string, string> = {}
  const r = await run({
    ...(plan ? { plan } : {}),
    image: (target, art) => {
      const layout = new TestLayout(path.join(art, 'oci-image'))
      const d = layout.image({ layers: 2, layerBytes: 8192 })
      layout.tag('staged', d)
      built[target] = d.digest
      return { repository: `ghcr.io/acme/shop-${target}`, digest: d.digest, layout: 'oci-image' }
    }
  })
  return { ...r, built }
}

const releaseOf = (plan: ReleasePlan, target: string) => plan.components.find((c) => c.targets.includes(target as never))!.release_id

describe('publish to a local store: images into ./images (OCI image layouts), no daemon, no registry', () => {
  it('pushes every image from its artifact, tags it release_id, records it; a rerun changes nothing', async () => {
    const { plan, dir, built } = await runWithLayouts()
    const r = await publish(dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    for (const [target, digest] of Object.entries(built)) {
      const id = releaseOf(plan, target)
      const inspected = JSON.parse(await skopeo(['inspect', `oci:${path.join(dir, 'images', 'acme', `shop-${target}`)}:${id}`]))
      expect(inspected.Digest).toBe(digest)
      expect(manifestOf(dir, id).images).toEqual([{ target, repository: `ghcr.io/acme/shop-${target}`, digest, tag: id, location: `oci:${path.join(dir, 'images', 'acme', `shop-${target}`)}`, release_id: id, source: 'build' }])
    }
    const again = await publish(dir)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/^unchanged: /m)
  })

  it('a reused target (same build key, earlier release) gets the earlier image tagged with the new release_id', async () => {
    const first = await runWithLayouts()
    expect((await publish(first.dir)).code).toBe(0)
    // The next plan: the storefront is reused from the first release (as after a profile change
    // that leaves its build key alone), the other components have new release ids.
    const plan: ReleasePlan = JSON.parse(JSON.stringify(await shopPlan()))
    const earlier = releaseOf(plan, 'storefront')
    const renamed = (id: string) => id.replace(/-([0-9a-f]{12})$/, (_, h: string) => `-${[...h].reverse().join('')}`)
    for (const c of plan.components) c.release_id = renamed(c.release_id)
    for (const t of Object.values(plan.targets) as Array<{ release_id: string }>) t.release_id = renamed(t.release_id)
    plan.release_id = renamed(plan.release_id)
    const sf = plan.targets.storefront!
    sf.rebuild = false
    sf.existing = { release_id: earlier, artifact: sf.artifact.name }
    sf.image = { ...sf.image!, tag: sf.release_id, ref: `${sf.image!.name}:${sf.release_id}` }
    plan.matrix.include = plan.matrix.include.filter((m) => m.target !== 'storefront')
    const second = await runWithLayouts(plan)
    const { cpSync } = await import('node:fs')
    cpSync(path.join(first.dir, 'store'), path.join(second.dir, 'store'), { recursive: true })
    cpSync(path.join(first.dir, 'images'), path.join(second.dir, 'images'), { recursive: true })
    const r = await publish(second.dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const id = releaseOf(plan, 'storefront')
    const m = manifestOf(second.dir, id)
    expect(m.images).toEqual([expect.objectContaining({ target: 'storefront', digest: first.built.storefront, tag: id, release_id: earlier, source: 'reused' })])
    const inspected = JSON.parse(await skopeo(['inspect', `oci:${path.join(second.dir, 'images', 'acme', 'shop-storefront')}:${id}`]))
    expect(inspected.Digest).toBe(first.built.storefront)
  })

  it('refuses an artifact whose image layout is missing, and publishes nothing', async () => {
    const { dir } = await run({ image: (target) => ({ repository: `ghcr.io/acme/shop-${target}`, digest: `sha256:${'a'.repeat(64)}`, layout: 'oci-image' }) })
    const r = await publish(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("image.layout 'oci-image' is not an image layout inside the artifact")
  })
})

describeRegistry('publish --registry: images pushed from the artifacts into docker-registry', () => {
  let reg: RunningRegistry
  const user = { username: 'publisher', password: 'correct horse battery staple' }
  const saved = { ...process.env }
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'htpasswd', ...user })
  })
  afterAll(async () => {
    process.env = { ...saved }
    await reg?.stop()
  })

  it('pushes blobs and manifests with REGISTRY_USERNAME / REGISTRY_PASSWORD; skopeo reads each release tag; the password is never printed', async () => {
    const { plan, dir, built } = await runWithLayouts()
    process.env.REGISTRY_USERNAME = user.username
    process.env.REGISTRY_PASSWORD = user.password
    const r = await publish(dir, '--registry', reg.host, '--format', 'json')
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain(user.password)
    for (const [target, digest] of Object.entries(built)) {
      const inspected = JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-${target}:${releaseOf(plan, target)}`], { host: reg.host, ...user }))
      expect(inspected.Digest).toBe(digest)
      expect(inspected.Layers).toHaveLength(2)
    }
  })
})
