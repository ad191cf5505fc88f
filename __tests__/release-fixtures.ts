/**
 * Releases for the deploy-side tests (compat, prune): a schema-2 release-manifest.json builder,
 * and real releases — a plan of a checkout (any profile), artifacts made from it, and
 * `modules-rebuild publish --store` into a local release store.
 */
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { parseReleaseManifest, type ReleaseManifestV2 } from '../src/core/release/manifest.js'
import { cli } from './cli-helpers.js'
import { tempDir } from './plan-helpers.js'

const H = (c: string) => c.repeat(64)
const hex = (b: string) => createHash('sha256').update(b).digest('hex')

export const mod = (slug: string, version: string | null) => ({ slug, crate: `crate-${slug}`, source: 'path', version, required: false, depends_on: [] as string[] })

/** A schema-2 manifest with everything a reader needs; `over` replaces fields. */
export function v2(over: Partial<ReleaseManifestV2> = {}): ReleaseManifestV2 {
  const id = over.release_id ?? 'shop-monolith-0123456789ab'
  return {
    schema: 2,
    release_id: id,
    component: 'monolith',
    plan_release_id: id,
    manifest_hash: 'sha256:' + H('a'),
    source_commit: null,
    profile: 'monolith',
    generator: { name: 'modules-rebuild', version: '0.1.0' },
    components: [],
    modules: [mod('blog', '0.1.0'), mod('shop', '1.0.0')],
    artifacts: [],
    assets: [],
    images: [],
    previous_release: null,
    delta: null,
    build: { build_id: '7.1', status: 'success', profile: 'monolith', manifest_hash: 'sha256:' + H('a'), modules_delta: '', started_at: null, finished_at: '2026-01-01T00:00:00.000Z', logs_url: null, requested_by: 'octo', event: 'push', reason: null },
    ...over
  }
}

/** Plans `root` (profile as given) and publishes every component into `store` through the CLI; the manifests by component. */
export interface PublishCheckoutOptions {
  /** The image a target's build pushed (by digest), made and pushed by the test; none by default. */
  image?: (target: string, plan: ReleasePlan) => Promise<{ repository: string; digest: string } | null>
  /** More `publish` options (`--images oci:DIR`, `--registry HOST`, `--repo …` instead of the store). */
  args?: string[]
  /** release-plan.json source_commit (a commit of the GitHub double, for `--repo`). */
  sourceCommit?: string
}

export async function publishCheckout(root: string, store: string, profile?: 'monolith' | 'headless', opts: PublishCheckoutOptions = {}): Promise<{ plan: ReleasePlan; manifests: Map<string, ReleaseManifestV2> }> {
  const r = await runPlan({ root, store: null, ...(profile ? { profile } : {}) })
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  const plan = r.plan!
  const dir = tempDir('release')
  writeFileSync(path.join(dir, 'release-plan.json'), JSON.stringify(opts.sourceCommit ? { ...plan, source_commit: opts.sourceCommit } : plan))
  for (const m of plan.matrix.include) {
    const art = path.join(dir, 'artifacts', m.artifact)
    const rel = `target/release/${m.package}`
    const text = `binary of ${m.target} ${m.build_key}\n`
    mkdirSync(path.dirname(path.join(art, rel)), { recursive: true })
    writeFileSync(path.join(art, rel), text)
    const image = (await opts.image?.(m.target, plan)) ?? null
    const info = { schema: 2, target: m.target, build_key: m.build_key, artifact: m.artifact, manifest_hash: plan.manifest_hash, release_id: plan.release_id, files: [{ path: rel, size: Buffer.byteLength(text), sha256: hex(text) }], image, started_at: '2026-01-01T00:00:00.000Z', finished_at: '2026-01-01T00:01:00.000Z' }
    writeFileSync(path.join(art, 'build-info.json'), JSON.stringify(info, null, 2))
  }
  const args = opts.args ?? []
  const out = await cli(['publish', '--plan', 'release-plan.json', '--artifacts', 'artifacts', ...(args.includes('--repo') ? [] : ['--store', store]), ...args], dir)
  // The GitHub publisher logs its steps on stderr; the local one prints nothing there.
  if (!args.includes('--repo')) expect(out.stderr).toBe('')
  expect(out.code).toBe(0)
  const manifests = new Map<string, ReleaseManifestV2>()
  if (args.includes('--repo')) return { plan, manifests }
  for (const c of plan.components) {
    const m = parseReleaseManifest(readFileSync(path.join(store, c.release_id, 'release-manifest.json'), 'utf8'), c.release_id)
    if (m.schema !== 2) throw new Error('schema 1')
    manifests.set(c.name, m)
  }
  return { plan, manifests }
}
