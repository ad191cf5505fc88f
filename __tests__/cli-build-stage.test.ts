/**
 * CLI `build` and `stage` (src/drivers/cli/build.ts): one matrix entry of a real plan of
 * examples/shop, the command run without a shell with its output streamed, and the artifact
 * staged with build-info.json that publish accepts. The cargo build itself runs in the e2e tests.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { cleanup, shopRepo, tempDir } from './plan-helpers.js'

let root: string
let plan: ReleasePlan
const planFile = () => path.join(root, 'release-plan.json')

beforeAll(async () => {
  root = shopRepo()
  const r = await cli(['plan', '--out', 'release-plan.json'], root)
  expect(r.code).toBe(0)
  plan = JSON.parse(readFileSync(planFile(), 'utf8')) as ReleasePlan
}, 60_000)
afterAll(() => cleanup())

/** The plan with the server's command replaced (cargo runs in the e2e tests). */
function withServerCommand(argv: string[], env: Record<string, string> = {}): string {
  const edited = { ...plan, matrix: { include: plan.matrix.include.map((m) => (m.target === 'server' ? { ...m, argv, env } : m)) } }
  const file = path.join(root, 'edited-plan.json')
  writeFileSync(file, JSON.stringify(edited))
  return file
}

describe('build', () => {
  it('runs the entry argv without a shell, the plan env and --offline on top, and streams its lines', async () => {
    const script = 'console.log("args:" + JSON.stringify(process.argv.slice(1))); console.error("net:" + process.env.CARGO_NET_OFFLINE + " x:" + process.env.PLAN_X)'
    const r = await cli(['build', '--plan', withServerCommand([process.execPath, '-e', script, '$HOME;', '*'], { PLAN_X: 'y' }), '--target', 'server', '--offline'], root)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('args:["$HOME;","*"]')
    expect(r.stderr).toContain('net:true x:y')
  })

  it("returns the command's exit code", async () => {
    const r = await cli(['build', '--plan', withServerCommand([process.execPath, '-e', 'process.exit(7)']), '--target', 'server'], root)
    expect(r.code).toBe(7)
    expect(r.stderr).toContain('the build command of server exited with code 7')
  })

  it('refuses a target outside the matrix (exit 2)', async () => {
    const r = await cli(['build', '--plan', 'release-plan.json', '--target', 'worker'], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("target 'worker' is not in the plan's build matrix (server, admin, storefront): no such target")
  })
})

describe('stage', () => {
  it('copies the artifact path (executable bits kept) with build-info.json (schema 2) that names the plan', async () => {
    const m = plan.matrix.include.find((x) => x.target === 'server')!
    const built = path.join(root, m.artifact_path)
    mkdirSync(path.dirname(built), { recursive: true })
    writeFileSync(built, 'the server binary\n')
    chmodSync(built, 0o755)
    const out = path.join(tempDir('stage-out'), m.artifact)
    const r = await cli(['stage', '--plan', 'release-plan.json', '--target', 'server', '--out', out, '--started-at', '2026-01-01T00:00:00Z', '--format', 'json'], root)
    expect(r.code).toBe(0)
    const info = JSON.parse(readFileSync(path.join(out, 'build-info.json'), 'utf8'))
    expect(info).toMatchObject({ schema: 2, target: 'server', build_key: m.build_key, artifact: m.artifact, manifest_hash: plan.manifest_hash, release_id: plan.release_id, image: null, started_at: '2026-01-01T00:00:00Z' })
    expect(info.files).toEqual([{ path: m.artifact_path, size: 18, sha256: createHash('sha256').update('the server binary\n').digest('hex') }])
    expect(readFileSync(path.join(out, m.artifact_path), 'utf8')).toBe('the server binary\n')
    expect(statSync(path.join(out, m.artifact_path)).mode & 0o777).toBe(0o755) // still executable
    expect(JSON.parse(r.stdout).build_info).toBe(path.join(out, 'build-info.json'))
  })

  it('refuses a missing build output, --image without --image-repository or with a bad one, and an out directory that holds the root', async () => {
    const missing = await cli(['stage', '--plan', 'release-plan.json', '--target', 'admin', '--out', path.join(tempDir('stage-out'), 'x')], root)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('does not exist')
    const image = await cli(['stage', '--plan', 'release-plan.json', '--target', 'server', '--out', path.join(tempDir('stage-out'), 'y'), '--image', 'oci-layout'], root)
    expect(image.code).toBe(2)
    expect(image.stderr).toContain('--image and --image-repository go together')
    const repo = await cli(['stage', '--plan', 'release-plan.json', '--target', 'server', '--out', path.join(tempDir('stage-out'), 'z'), '--image', 'oci-layout', '--image-repository', 'Not A Name'], root)
    expect(repo.code).toBe(2)
    expect(repo.stderr).toContain("--image-repository 'Not A Name'")
    const self = await cli(['stage', '--plan', 'release-plan.json', '--target', 'server', '--out', '.'], root)
    expect(self.code).toBe(2)
    expect(self.stderr).toContain('is the working directory or contains it')
  })
})
