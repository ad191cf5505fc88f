// deploy / rollback / smoke with a local release store and an OCI image layout (no network but
// 127.0.0.1): two real plans of examples/shop published by the real publish code, a hook that
// switches a small platform server, smoke checks against it, the automatic return to the previous
// release, and every refusal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LayoutImageStore } from '../src/adapters/oci/index.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { layoutImages, publishRelease, repositoryOf, shopPlans, startPlatform, writeHook, type Platform } from './deploy-helpers.js'
import { cleanup, tempDir } from './plan-helpers.js'

let work: string
let platform: Platform
let a: ReleasePlan
let b: ReleasePlan
const digests: Record<string, Record<string, string>> = {}
const saved = { ...process.env }

const state = () => path.join(work, 'running')
const hookLog = () => path.join(work, 'hook.log')
const tagOf = async (target: string, tag: string) => new LayoutImageStore(path.join(work, 'images', ...repositoryOf(target).split('/').slice(1))).resolve(tag)
const history = () => JSON.parse(readFileSync(path.join(work, 'releases', '.deploy', 'deployments.json'), 'utf8')).deployments as Array<{ id: number; payload: { release_id: string; kind: string; rolled_back_from: string | null }; statuses: Array<{ state: string }> }>
const states = (id: number) => history().find((d) => d.id === id)!.statuses.map((s) => s.state)
const deploy = (...args: string[]) => cli(['deploy', '--store', 'releases', '--images', 'oci:images', '--environment', 'production', ...args], work)
const rollback = (...args: string[]) => cli(['rollback', '--store', 'releases', '--images', 'oci:images', '--environment', 'production', ...args], work)
const idOf = (p: ReleasePlan) => p.components[0]!.release_id
/** The images of the deployed component (the plan's first): target → digest. */
const imagesOf = (name: 'a' | 'b') => {
  const plan = name === 'a' ? a : b
  return Object.entries(digests[name]!).filter(([t]) => (plan.components[0]!.targets as string[]).includes(t))
}

beforeAll(async () => {
  ;({ a, b } = await shopPlans())
  work = tempDir('deploy-local')
  platform = await startPlatform(state())
  for (const [name, plan] of [['a', a], ['b', b]] as const) {
    digests[name] = layoutImages(path.join(work, 'images'), plan)
    const r = await publishRelease({ plan, store: path.join(work, 'releases'), images: `oci:${path.join(work, 'images')}`, digests: digests[name]!, cwd: work })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    platform.releases.set(idOf(plan), { manifest_hash: plan.manifest_hash, modules: plan.modules.map((m) => m.slug) })
  }
  const hook = writeHook(work, state(), hookLog())
  writeFileSync(path.join(work, 'modules-rebuild.toml'), `schema = 1\n[deploy]\nhook = ["${process.execPath}", "${hook}"]\nhook_timeout = 60\n[deploy.smoke]\nmigrations_path = "/migrations"\ndeadline = 5\nbackoff = 0.05\n[deploy.environments.production]\nurl = "${platform.url}"\n`)
}, 120_000)

afterAll(async () => {
  process.env = { ...saved }
  await platform?.close()
  cleanup()
})

describe('deploy and rollback on a local store', () => {
  it('deploys A: tags production, runs the hook with the release environment (no tokens), smoke passes', async () => {
    process.env.GITHUB_TOKEN = 'ghs_must_not_reach_the_hook'
    const r = await deploy('--release', idOf(a), '--format', 'json')
    delete process.env.GITHUB_TOKEN
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ ok: true, outcome: 'deployed', environment: 'production', component: a.components[0]!.name, release_id: idOf(a), manifest_hash: a.manifest_hash, previous_release: null, rollback: null })
    expect(out.deployment.smoke.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([['health', true], ['modules', true], ['migrations', true]])
    for (const [t, d] of imagesOf('a')) expect(await tagOf(t, 'production')).toBe(d)
    const env = JSON.parse(readFileSync(hookLog(), 'utf8').trim().split('\n').at(-1)!)
    expect(env).toMatchObject({ RELEASE_ID: idOf(a), MANIFEST_HASH: a.manifest_hash, ENVIRONMENT: 'production', DEPLOY_KIND: 'deploy', PREVIOUS_RELEASE_ID: '' })
    expect(env.GITHUB_TOKEN).toBeUndefined()
    for (const [t, d] of imagesOf('a')) expect(env[`IMAGE_${t.toUpperCase()}`]).toBe(`oci:${path.join(work, 'images', ...repositoryOf(t).split('/').slice(1))}@${d}`)
    const pointer = JSON.parse(readFileSync(path.join(work, 'releases', '.deploy', 'environments', 'production.json'), 'utf8'))
    expect(pointer.components[a.components[0]!.name]).toMatchObject({ release_id: idOf(a), manifest_hash: a.manifest_hash })
  })

  it('deploys B over A: A becomes inactive; rollback --to A re-points by digest and /modules reports A again', async () => {
    const r = await deploy('--release', idOf(b))
    expect(r.stderr).toContain('smoke passed')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`deployed: ${idOf(b)} (${b.components[0]!.name}) → production, was ${idOf(a)} (deployment 2)`)
    expect(states(1)).toEqual(['in_progress', 'success', 'inactive'])
    for (const [t, d] of imagesOf('b')) expect(await tagOf(t, 'production')).toBe(d)

    const back = await rollback('--to', idOf(a), '--format', 'json')
    expect(back.code).toBe(0)
    expect(JSON.parse(back.stdout)).toMatchObject({ outcome: 'deployed', release_id: idOf(a), previous_release: idOf(b), deployment: { kind: 'rollback', ok: true } })
    for (const [t, d] of imagesOf('a')) expect(await tagOf(t, 'production')).toBe(d)
    const modules = (await (await fetch(`${platform.url}/modules`)).json()) as { manifest_hash: string }
    expect(modules.manifest_hash).toBe(a.manifest_hash)
    expect(states(2)).toEqual(['in_progress', 'success', 'inactive'])
  })

  it('a B whose server reports another manifest_hash fails its smoke checks and the environment returns to A', async () => {
    platform.releases.set(idOf(b), { manifest_hash: `sha256:${'0'.repeat(64)}`, modules: b.modules.map((m) => m.slug) })
    const r = await deploy('--release', idOf(b), '--format', 'json')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.outcome).toBe('failed')
    expect(out.errors.map((e: { rule: string }) => e.rule)).toEqual(['smoke-failed'])
    expect(out.errors[0].message).toContain(`reports manifest_hash sha256:${'0'.repeat(64)}, the release has ${b.manifest_hash}`)
    expect(out.rollback).toMatchObject({ kind: 'auto-rollback', release_id: idOf(a), ok: true })
    for (const [t, d] of imagesOf('a')) expect(await tagOf(t, 'production')).toBe(d)
    expect(readFileSync(state(), 'utf8').trim()).toBe(idOf(a))
    const h = history()
    const failed = h.find((d) => d.id === out.deployment.deployment_id)!
    expect(failed.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure'])
    const auto = h.find((d) => d.id === out.rollback.deployment_id)!
    expect(auto.payload).toMatchObject({ kind: 'auto-rollback', release_id: idOf(a), rolled_back_from: idOf(b) })
    expect(auto.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    platform.releases.set(idOf(b), { manifest_hash: b.manifest_hash, modules: b.modules.map((m) => m.slug) })
  })

  it('a failing hook also returns to the previous release', async () => {
    process.env.HOOK_FAIL_FOR = idOf(b)
    const r = await deploy('--release', idOf(b))
    delete process.env.HOOK_FAIL_FOR
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/error\[deploy-hook\]: deploy of \S+ to production: the hook .* exited with 3/)
    expect(r.stderr).toContain(`production is back on ${idOf(a)}`)
    for (const [t, d] of imagesOf('a')) expect(await tagOf(t, 'production')).toBe(d)
  })

  it('smoke alone: passes for the running release, fails naming the difference for another', async () => {
    const ok = await cli(['smoke', '--url', platform.url, '--store', 'releases', '--release', idOf(a)], work)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^smoke passed/)
    const bad = await cli(['smoke', '--url', platform.url, '--store', 'releases', '--release', idOf(b), '--format', 'json'], work)
    expect(bad.code).toBe(1)
    const out = JSON.parse(bad.stdout)
    expect(out.smoke.observed.manifest_hash).toBe(a.manifest_hash)
    expect(out.errors[0].message).toContain('runs modules the release does not have: forum')
  })

  it('refuses a release that is not there, one whose asset changed, one whose image is gone — nothing moves', async () => {
    const before = readFileSync(path.join(work, 'releases', '.deploy', 'deployments.json'), 'utf8')
    const gone = await deploy('--release', 'shop-monolith-000000000000')
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('error[release-not-found]: release shop-monolith-000000000000 is not in')
    const asset = JSON.parse(readFileSync(path.join(work, 'releases', idOf(b), 'release-manifest.json'), 'utf8')).assets[0].name
    appendFileSync(path.join(work, 'releases', idOf(b), asset), 'tampered')
    const tampered = await rollback('--to', idOf(b))
    expect(tampered.code).toBe(1)
    expect(tampered.stderr).toContain(`error[release-unverified]: release ${idOf(b)}: ${asset}:`)
    const target = imagesOf('b')[0]![0]
    unlinkSync(path.join(work, 'images', ...repositoryOf(target).split('/').slice(1), 'blobs', 'sha256', digests.b![target]!.slice(7)))
    const missing = await rollback('--to', idOf(b), '--format', 'json')
    expect(missing.code).toBe(1)
    expect(JSON.parse(missing.stdout).errors.map((e: { rule: string }) => e.rule)).toContain('image-missing')
    expect(readFileSync(path.join(work, 'releases', '.deploy', 'deployments.json'), 'utf8')).toBe(before)
    for (const [t, d] of imagesOf('a')) expect(await tagOf(t, 'production')).toBe(d)
    rmSync(path.join(work, 'releases', idOf(b)), { recursive: true })
    const pruned = await rollback('--to', idOf(b))
    expect(pruned.stderr).toContain('error[release-not-found]')
  })

  it('usage errors exit 2', async () => {
    expect((await deploy()).code).toBe(2)
    expect((await cli(['deploy', '--release', 'x', '--environment', 'a/b'], work)).stderr).toContain('error[usage-error]: --environment')
    expect((await cli(['smoke'], work)).code).toBe(2)
    expect((await cli(['smoke', '--url', 'ftp://x'], work)).code).toBe(2)
  })
})
