/**
 * deploy → smoke → rollback end to end, with every real component: examples/shop built twice by
 * cargo (A as committed, B without the module forum), both published as GitHub releases (API
 * double) with their images in a real registry (docker-registry), deployed through GitHub
 * Deployments; a hook that restarts the real shop-server of the release on 127.0.0.1; the
 * `production` tag read back with skopeo. Then a B whose server reports the wrong manifest_hash:
 * smoke fails and the environment returns to A by itself. Servers are stopped by their PID.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { createOctokit } from '../../src/adapters/github/client.js'
import type { ReleasePlan } from '../../src/core/plan/schema.js'
import { cli } from '../cli-helpers.js'
import { publishRelease, shopPlans } from '../deploy-helpers.js'
import { start, type GitHubDouble } from '../github-double/server.js'
import { TestLayout } from '../oci/image.js'
import { freePort, missingTools, skopeo, startRegistry, type RunningRegistry } from '../oci/registry-server.js'
import { cleanup, tempDir } from '../plan-helpers.js'

const run = promisify(execFile)
const skipReason = missingTools()
if (skipReason) console.log(`deploy e2e skipped: ${skipReason}`)
const describeAll = skipReason ? describe.skip : describe

const repo = { owner: 'acme', repo: 'platform' }
let work: string
let reg: RunningRegistry
let d: GitHubDouble
let port: number
let a: ReleasePlan
let b: ReleasePlan
const digests: Record<'a' | 'b', string> = { a: '', b: '' }
const published: Record<string, { code: number; stdout: string; stderr: string }> = {}
const saved = { ...process.env }
const pidFile = () => path.join(work, 'server.pid')
const id = (p: ReleasePlan) => p.components.find((c) => (c.targets as string[]).includes('server'))!.release_id
const component = (p: ReleasePlan) => p.components.find((c) => (c.targets as string[]).includes('server'))!.name

function stopServer(): void {
  if (!existsSync(pidFile())) return
  try {
    process.kill(Number(readFileSync(pidFile(), 'utf8')), 'SIGTERM')
  } catch {
    // already gone
  }
}

/** The hook: stops the server of the previous release (PID file), starts the release's shop-server on the environment's port. */
function writeServerHook(): string {
  const file = path.join(work, 'restart.mjs')
  writeFileSync(
    file,
    `import { spawn } from 'node:child_process'
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
const pidFile = ${JSON.stringify(pidFile())}
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8'))
  try { process.kill(pid, 'SIGTERM') } catch {}
  for (let i = 0; i < 40; i++) {
    try { process.kill(pid, 0) } catch { break }
    await new Promise((r) => setTimeout(r, 50))
  }
}
const bin = ${JSON.stringify(path.join(work, 'bin'))} + '/' + process.env.RELEASE_ID + '/shop-server'
const log = openSync(${JSON.stringify(path.join(work, 'server.log'))}, 'a')
const child = spawn(bin, ['--listen', '127.0.0.1:${port}'], { detached: true, stdio: ['ignore', log, log] })
writeFileSync(pidFile, String(child.pid))
child.unref()
console.log('started ' + process.env.RELEASE_ID + ' as ' + child.pid)
`
  )
  return file
}

const gh = ['--repo', 'acme/platform']
const production = async () => JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-server:production`])).Digest as string
const servedHash = async () => ((await (await fetch(`http://127.0.0.1:${port}/modules`)).json()) as { manifest_hash: string }).manifest_hash

describeAll('deploy and rollback with GitHub Deployments, a real registry and the real shop server', () => {
  beforeAll(async () => {
    work = tempDir('deploy-e2e')
    const target = path.join(work, 'target')
    const binaries: Record<string, string> = {}
    ;({ a, b } = await shopPlans(async (root, which) => {
      await run('cargo', ['build', '--offline', '--locked', '-p', 'shop-server'], { cwd: root, env: { ...process.env, CARGO_TARGET_DIR: target, CARGO_TERM_COLOR: 'never' }, maxBuffer: 16 * 1024 * 1024 })
      binaries[which] = path.join(work, `shop-server-${which}`)
      copyFileSync(path.join(target, 'debug', 'shop-server'), binaries[which]!)
    }))
    reg = await startRegistry({ kind: 'open' })
    d = await start({ users: { alice: 'admin' } })
    port = await freePort()
    const token = d.tokenFor('alice', 'write')
    process.env.GITHUB_TOKEN = token
    const head = (await createOctokit({ token, baseUrl: d.url, throttle: false }).rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    for (const [name, plan] of [['a', a], ['b', b]] as const) {
      const layoutDir = path.join(work, `layout-${name}`)
      const layout = new TestLayout(layoutDir)
      const image = layout.image({ layers: 1, layerBytes: 4096 })
      layout.tag('build', image)
      await skopeo(['copy', '--quiet', '--dest-tls-verify=false', `oci:${layoutDir}:build`, `docker://${reg.host}/acme/shop-server:build-${name}`])
      digests[name] = image.digest
      published[name] = await publishRelease({ plan: { ...plan, source_commit: head }, store: { repo: 'acme/platform', api: d.url }, images: reg.host, digests: { server: image.digest }, files: { server: binaries[name]! }, cwd: work })
      mkdirSync(path.join(work, 'bin', id(plan)), { recursive: true })
      copyFileSync(binaries[name]!, path.join(work, 'bin', id(plan), 'shop-server'))
    }
    writeFileSync(path.join(work, 'modules-rebuild.toml'), `schema = 1\n[deploy]\nhook = ["${process.execPath}", "${writeServerHook()}"]\n[deploy.smoke]\ndeadline = 20\nbackoff = 0.1\n[deploy.environments.production]\nurl = "http://127.0.0.1:${port}"\n`)
  }, 900_000)

  afterAll(async () => {
    process.env = { ...saved }
    if (work) stopServer()
    await d?.close()
    await reg?.stop()
    cleanup()
  })

  it('publishes A and B as GitHub releases with their images in the registry', async () => {
    const octokit = createOctokit({ token: process.env.GITHUB_TOKEN!, baseUrl: d.url, throttle: false })
    for (const [name, plan] of [['a', a], ['b', b]] as const) {
      expect(published[name]!.code).toBe(0)
      const rel = (await octokit.rest.repos.getReleaseByTag({ ...repo, tag: id(plan) })).data
      expect(rel.assets.map((x) => x.name)).toEqual(expect.arrayContaining(['SHA256SUMS', 'release-manifest.json']))
      expect(JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/acme/shop-server:${id(plan)}`])).Digest).toBe(digests[name])
    }
  }, 60_000)

  it('deploy B: GitHub Deployment success, production → B, the server reports B', async () => {
    const r = await cli(['deploy', '--release', id(b), '--environment', 'production', ...gh, '--github-api', d.url, '--format', 'json'], work)
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ outcome: 'deployed', release_id: id(b), component: component(b) })
    expect(out.deployment.smoke.ok).toBe(true)
    expect(await production()).toBe(digests.b)
    expect(await servedHash()).toBe(b.manifest_hash)
    const octokit = createOctokit({ token: process.env.GITHUB_TOKEN!, baseUrl: d.url, throttle: false })
    const list = (await octokit.rest.repos.listDeployments({ ...repo, environment: 'production' })).data
    expect(list.map((x) => [x.ref, (x.payload as { release_id: string }).release_id])).toEqual([[id(b), id(b)]])
    expect((await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: list[0]!.id })).data.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(d.violations).toEqual([])
  }, 120_000)

  it('rollback --to A: production digest equals A (skopeo), /modules reports A, B inactive', async () => {
    const r = await cli(['rollback', '--to', id(a), '--environment', 'production', ...gh, '--github-api', d.url], work)
    expect(r.code).toBe(0)
    expect(await production()).toBe(digests.a)
    expect(await servedHash()).toBe(a.manifest_hash)
    const octokit = createOctokit({ token: process.env.GITHUB_TOKEN!, baseUrl: d.url, throttle: false })
    const [rollback, deployB] = (await octokit.rest.repos.listDeployments({ ...repo, environment: 'production' })).data
    expect((rollback!.payload as { kind: string }).kind).toBe('rollback')
    expect((await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployB!.id })).data[0]!.state).toBe('inactive')
    expect(d.violations).toEqual([])
  }, 120_000)

  it('a B whose server reports the wrong manifest_hash: smoke fails, production returns to A by itself', async () => {
    copyFileSync(path.join(work, 'shop-server-a'), path.join(work, 'bin', id(b), 'shop-server'))
    const r = await cli(['deploy', '--release', id(b), '--environment', 'production', ...gh, '--github-api', d.url, '--format', 'json'], work)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.outcome).toBe('failed')
    expect(out.errors.map((e: { rule: string }) => e.rule)).toEqual(['smoke-failed'])
    expect(out.errors[0].message).toContain(`reports manifest_hash ${a.manifest_hash}, the release has ${b.manifest_hash}`)
    expect(out.rollback).toMatchObject({ kind: 'auto-rollback', release_id: id(a), ok: true })
    expect(await production()).toBe(digests.a)
    expect(await servedHash()).toBe(a.manifest_hash)
    const octokit = createOctokit({ token: process.env.GITHUB_TOKEN!, baseUrl: d.url, throttle: false })
    const states = async (deploymentId: number) => (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deploymentId })).data.map((s) => s.state)
    expect(await states(out.deployment.deployment_id)).toEqual(['failure', 'in_progress'])
    expect(await states(out.rollback.deployment_id)).toEqual(['success', 'in_progress'])
    expect(d.violations).toEqual([])
  }, 120_000)
})
