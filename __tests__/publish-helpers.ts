/** A publish run for the tests: a real plan of examples/shop and artifacts made from it (build-info.json + files). */
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { shopRepo, tempDir } from './plan-helpers.js'

export const hex = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')

let cached: ReleasePlan | null = null
export async function shopPlan(): Promise<ReleasePlan> {
  if (!cached) {
    const r = await runPlan({ root: shopRepo(), store: null })
    expect(r.ok).toBe(true)
    cached = r.plan!
  }
  return cached
}

/** A run directory: release-plan.json and one artifact directory per rebuilt target. */
export async function run(opts: { image?: (target: string, artifactDir: string) => { repository: string; digest: string; layout?: string } | null; plan?: ReleasePlan } = {}) {
  const plan = opts.plan ?? (await shopPlan())
  const dir = tempDir('publish')
  writeFileSync(path.join(dir, 'release-plan.json'), JSON.stringify(plan))
  for (const m of plan.matrix.include) {
    const art = path.join(dir, 'artifacts', m.artifact)
    const files = [{ rel: `target/release/${m.package}`, text: `binary of ${m.target} ${m.build_key}\n` }]
    for (const f of files) {
      mkdirSync(path.dirname(path.join(art, f.rel)), { recursive: true })
      writeFileSync(path.join(art, f.rel), f.text)
    }
    const image = opts.image?.(m.target, art) ?? null
    const info = { schema: 2, target: m.target, build_key: m.build_key, artifact: m.artifact, manifest_hash: plan.manifest_hash, release_id: plan.release_id, files: files.map((f) => ({ path: f.rel, size: Buffer.byteLength(f.text), sha256: hex(f.text) })), image, started_at: '2026-01-01T00:00:00.000Z', finished_at: '2026-01-01T00:01:00.000Z' }
    writeFileSync(path.join(art, 'build-info.json'), JSON.stringify(info, null, 2))
  }
  mkdirSync(path.join(dir, 'artifacts', 'release-plan'))
  writeFileSync(path.join(dir, 'artifacts', 'release-plan', 'release-plan.json'), JSON.stringify(plan))
  return { plan, dir }
}

