// `modules-rebuild publish` against the local release store, with artifacts the test builds from a
// real plan of examples/shop (build-info.json + files), and images in OCI layouts it builds.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseReleaseManifest } from '../src/core/release/manifest.js'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { cleanup, shopRepo, tempDir } from './plan-helpers.js'
import { hex, run } from './publish-helpers.js'

afterAll(cleanup)

const publish = (dir: string, ...extra: string[]) => cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', '--store', 'store', ...extra], dir)

describe('publish --store', () => {
  it('publishes one release per component with release-manifest.json schema 2 and SHA256SUMS; a rerun is unchanged', async () => {
    const { plan, dir } = await run()
    const r = await publish(dir, '--reason', 'first | release')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    for (const c of plan.components) {
      expect(r.stdout).toContain(`published: ${c.release_id} (${c.name})`)
      const rel = path.join(dir, 'store', c.release_id)
      const m = parseReleaseManifest(readFileSync(path.join(rel, 'release-manifest.json'), 'utf8'), 'm')
      if (m.schema !== 2) throw new Error('schema 1')
      expect(m.manifest_hash).toBe(plan.manifest_hash)
      expect(m.build.reason).toBe('first | release')
      expect(m.build.status).toBe('success')
      expect(m.previous_release).toBeNull()
      expect(m.modules.map((x) => x.slug)).toEqual(plan.modules.map((x) => x.slug))
      expect(m.artifacts.map((a) => a.build_key)).toEqual(c.targets.map((t) => (plan.targets as Record<string, { build_key: string }>)[t]!.build_key))
      // SHA256SUMS: every other file of the release (RELEASE.md is the body, not an asset), verified.
      const sums = readFileSync(path.join(rel, 'SHA256SUMS'), 'utf8').trim().split('\n')
      const names = readdirSync(rel).filter((n) => n !== 'SHA256SUMS' && n !== 'RELEASE.md').sort()
      expect(sums.map((l) => l.split('  ')[1])).toEqual(names)
      for (const l of sums) {
        const [h, n] = l.split('  ')
        expect(hex(readFileSync(path.join(rel, n!)))).toBe(h)
      }
      expect(readFileSync(path.join(rel, 'RELEASE.md'), 'utf8')).toContain('| reason | first \\| release |')
    }
    const again = await publish(dir, '--format', 'json')
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout).releases.map((x: { outcome: string }) => x.outcome)).toEqual(plan.components.map(() => 'unchanged'))
    // The plan now finds every build in the store.
    const replan = await cli(['plan', '--root', shopRepo(), '--releases', path.join(dir, 'store'), '--format', 'json'])
    expect(JSON.parse(replan.stdout).plan.build_needed).toBe(false)
  })

  it('refuses a tampered file, naming it, and publishes nothing', async () => {
    const { plan, dir } = await run()
    const m = plan.matrix.include[0]!
    const file = path.join(dir, 'artifacts', m.artifact, 'target', 'release', m.package)
    writeFileSync(file, 'tampered\n')
    const r = await publish(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`artifacts/${m.artifact}/target/release/${m.package}: error[artifact-tampered]`)
    expect(existsSync(path.join(dir, 'store'))).toBe(false)
  })

  it('refuses an artifact of another plan and a missing one', async () => {
    const { plan, dir } = await run()
    const [a, b] = plan.matrix.include
    const infoFile = path.join(dir, 'artifacts', a!.artifact, 'build-info.json')
    writeFileSync(infoFile, readFileSync(infoFile, 'utf8').replace(plan.manifest_hash, 'sha256:' + '0'.repeat(64)))
    rmSync(path.join(dir, 'artifacts', b!.artifact), { recursive: true })
    const r = await publish(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`artifacts/${a!.artifact}/build-info.json: error[artifact-mismatch]: manifest_hash is 'sha256:0000`)
    expect(r.stderr).toContain(`error[artifact-missing]: no artifact '${b!.artifact}' for target '${b!.target}'`)
    expect(existsSync(path.join(dir, 'store'))).toBe(false)
  })

  it('refuses a release that exists with another manifest_hash, naming both hashes', async () => {
    const { plan, dir } = await run()
    const c = plan.components[0]!
    mkdirSync(path.join(dir, 'store', c.release_id), { recursive: true })
    const other = 'sha256:' + 'f'.repeat(64)
    writeFileSync(path.join(dir, 'store', c.release_id, 'release-manifest.json'), JSON.stringify({ schema: 1, release_id: c.release_id, manifest_hash: other, artifacts: [] }))
    const r = await publish(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('error[release-conflict]')
    expect(r.stderr).toContain(other)
    expect(r.stderr).toContain(plan.manifest_hash)
  })

  it('cleans a staging directory left by a crash', async () => {
    const { plan, dir } = await run()
    const leftover = path.join(dir, 'store', `.tmp-${plan.components[0]!.release_id}-dead`)
    mkdirSync(leftover, { recursive: true })
    writeFileSync(path.join(leftover, 'half'), 'x')
    const r = await publish(dir)
    expect(r.code).toBe(0)
    expect(existsSync(leftover)).toBe(false)
    expect(readdirSync(path.join(dir, 'store')).sort()).toEqual(plan.components.map((c) => c.release_id).sort())
  })

  it('--dry-run verifies and prints the manifests but writes nothing', async () => {
    const { plan, dir } = await run()
    const r = await publish(dir, '--dry-run', '--format', 'json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.manifests.map((m: { release_id: string }) => m.release_id)).toEqual(plan.components.map((c) => c.release_id))
    expect(existsSync(path.join(dir, 'store'))).toBe(false)
  })

  it('--images oci:DIR tags each image release_id in its layout', async () => {
    const holder: Record<string, string> = {}
    const base = tempDir('images')
    const { plan, dir } = await run({
      image: (target) => {
        const layout = new TestLayout(path.join(base, 'acme', `shop-${target}`))
        const d = layout.image({ layers: 1, layerBytes: 64 })
        layout.tag('built', d)
        holder[target] = d.digest
        return { repository: `ghcr.io/acme/shop-${target}`, digest: d.digest }
      }
    })
    const r = await publish(dir, '--images', `oci:${base}`, '--format', 'json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    const images = out.releases.flatMap((x: { images: unknown[] }) => x.images) as Array<{ target: string; digest: string; tag: string }>
    expect(images.map((i) => i.target).sort()).toEqual(Object.keys(holder).sort())
    for (const i of images) {
      expect(i.digest).toBe(holder[i.target])
      const index = JSON.parse(readFileSync(path.join(base, 'acme', `shop-${i.target}`, 'index.json'), 'utf8'))
      const tagged = index.manifests.find((d: { annotations?: Record<string, string> }) => d.annotations?.['org.opencontainers.image.ref.name'] === i.tag)
      expect(tagged.digest).toBe(holder[i.target])
    }
    expect(plan.components.map((c) => c.release_id)).toEqual(expect.arrayContaining(images.map((i) => i.tag)))
  })
})
