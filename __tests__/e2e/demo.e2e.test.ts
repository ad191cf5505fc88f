/**
 * The whole cycle against real backends: `npm run demo -- --github-api URL --registry HOST:PORT`
 * (scripts/demo.mjs as a process, the same code a newcomer runs) against the GitHub API double and
 * a real docker-registry: validate → plan → build (real cargo) → publish A → deploy A → smoke →
 * install forum from the catalog → plan (only changed targets rebuild) → build → publish B →
 * deploy B → smoke → rollback to A → smoke. Then the backends are inspected independently of the
 * demo's own report: the releases and their assets (checksums recomputed from the downloaded
 * bytes), the tags in the registry (skopeo), the deployments and their statuses, the tags naming
 * the commits the demo pushed; and the server's /health and /modules answers at each stage. The
 * demo stops the server it started by PID; the test checks that PID is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { start, type GitHubDouble } from '../github-double/server.js'
import { skopeo, startRegistry, type RunningRegistry } from '../oci/registry-server.js'
import { cleanup, tempDir } from '../plan-helpers.js'

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

function skipReason(): string | null {
  const missing = ['docker-registry', 'skopeo', 'cargo', 'git'].filter((t) => {
    try {
      execFileSync('sh', ['-c', 'command -v "$1"', 'sh', t], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
  if (missing.length) return `not installed: ${missing.join(', ')} (apt-get install docker-registry skopeo; cargo from rustup or Debian; .ci/run installs the packages)`
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) return 'dist/cli.js is missing: run `npm run package`'
  return null
}
const reason = skipReason()
if (reason) console.log(`demo e2e skipped: ${reason}`)
const describeAll = reason ? describe.skip : describe

interface Summary {
  ok: boolean
  work: string
  steps: Array<{ name: string; ok: boolean }>
  plans: Record<string, { release_id: string; manifest_hash: string; source_commit: string; rebuild: string[]; reused: string[]; build_keys: Record<string, string> }>
  releases: Record<'a' | 'b', { manifest_hash: string; components: Record<string, string>; published: Array<{ component: string; release_id: string; outcome: string; images: Array<{ target: string; digest: string; tag: string }> }> }>
  deployments: Array<{ kind: string; release_id: string; outcome: string }>
  answers: Array<{ stage: string; health: { status: number }; modules_status: number; manifest_hash: string; modules: string[] }>
  pushed: string[]
}

const REPO = { owner: 'acme', repo: 'platform' }
let d: GitHubDouble
let reg: RunningRegistry
let work: string
let token: string
let exit: number | null
let output = ''
let summary: Summary

const api = async (route: string, accept = 'application/vnd.github+json') => {
  const res = await fetch(`${d.url}/repos/${REPO.owner}/${REPO.repo}${route}`, { headers: { authorization: `Bearer ${token}`, accept } })
  if (!res.ok) throw new Error(`GET ${route}: ${res.status} ${await res.text()}`)
  return res
}
const json = async <T>(route: string): Promise<T> => (await (await api(route)).json()) as T
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const serverId = (label: 'a' | 'b') => summary.releases[label].components.server!
const imageDigest = (label: 'a' | 'b') => summary.releases[label].published.find((p) => p.component === 'server')!.images.find((i) => i.target === 'server')!.digest
const inspect = async (tag: string) => JSON.parse(await skopeo(['inspect', '--tls-verify=false', `docker://${reg.host}/demo/shop-server:${tag}`])).Digest as string

describeAll('npm run demo against the GitHub API double and a real docker-registry', () => {
  beforeAll(async () => {
    work = tempDir('demo-e2e')
    reg = await startRegistry({ kind: 'open' })
    d = await start({ ...REPO, users: { alice: 'admin' } })
    token = d.tokenFor('alice', 'write')
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_TOKEN: token, CARGO_TERM_COLOR: 'never' }
    // The demo stages target/release/… of its copy: both builds share the copy's own target directory.
    delete env.CARGO_TARGET_DIR
    const summaryFile = path.join(work, 'summary.json')
    // Asynchronous: the double answers from this process while the demo runs.
    exit = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'scripts', 'demo.mjs'), '--work', path.join(work, 'demo'), '--summary', summaryFile, '--github-api', d.url, '--registry', reg.host], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')))
      child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')))
      child.on('error', reject)
      child.on('close', resolve)
    })
    summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as Summary
  }, 1_500_000)

  afterAll(async () => {
    await d?.close()
    await reg?.stop()
    cleanup()
  })

  it('runs every step and exits 0, reading like a story', () => {
    if (exit !== 0) console.log(output)
    expect(exit).toBe(0)
    expect(summary.ok).toBe(true)
    expect(summary.steps).toHaveLength(17)
    expect(summary.steps.filter((s) => !s.ok)).toEqual([])
    for (const [i, s] of summary.steps.entries()) expect(output).toContain(`▶ [${i + 1}/17] ${s.name}`)
    expect(output).toContain('release history')
    expect(output).toMatch(/Demo finished: every step succeeded in \d+\.\d s/)
  })

  it('plans: A builds everything, the unchanged replan nothing, B exactly the targets whose build key changed', () => {
    const { a, b } = summary.plans
    expect(a!.rebuild.sort()).toEqual(['admin', 'server', 'storefront'])
    expect(summary.plans['a-again']!.rebuild).toEqual([])
    const changed = Object.keys(b!.build_keys).filter((t) => b!.build_keys[t] !== a!.build_keys[t])
    expect(changed).toContain('server')
    expect(b!.rebuild.sort()).toEqual(changed.sort())
    expect(b!.reused.sort()).toEqual(Object.keys(b!.build_keys).filter((t) => !changed.includes(t)).sort())
  })

  it('the commits were pushed through the git data API with their git ids; each release tag names its plan\'s source commit', async () => {
    expect(summary.pushed).toEqual([summary.plans.a!.source_commit, summary.plans.b!.source_commit])
    for (const label of ['a', 'b'] as const) {
      const c = await json<{ sha: string }>(`/git/commits/${summary.plans[label]!.source_commit}`)
      expect(c.sha).toBe(summary.plans[label]!.source_commit)
      const ref = await json<{ object: { sha: string } }>(`/git/ref/tags/${serverId(label)}`)
      expect(ref.object.sha).toBe(summary.plans[label]!.source_commit)
    }
  })

  it('GitHub holds exactly the releases of A and of B\'s changed components; every asset matches SHA256SUMS, recomputed', async () => {
    const releases = await json<Array<{ tag_name: string; draft: boolean; assets: Array<{ id: number; name: string; size: number }> }>>('/releases?per_page=100')
    const expected = new Set([...Object.values(summary.releases.a.components), ...summary.releases.b.published.filter((p) => p.outcome !== 'unchanged').map((p) => p.release_id)])
    expect(releases.map((r) => r.tag_name).sort()).toEqual([...expected].sort())
    expect(new Set(Object.values(summary.releases.b.components)).size).toBe(3)
    for (const r of releases) {
      expect(r.draft).toBe(false)
      const bytes = new Map<string, Buffer>()
      for (const a of r.assets) bytes.set(a.name, Buffer.from(await (await api(`/releases/assets/${a.id}`, 'application/octet-stream')).arrayBuffer()))
      expect([...bytes.keys()]).toEqual(expect.arrayContaining(['SHA256SUMS', 'release-manifest.json']))
      const sums = bytes.get('SHA256SUMS')!.toString('utf8').trim().split('\n').map((l) => /^([0-9a-f]{64}) [ *](.+)$/.exec(l)!)
      expect(sums.map((m) => m[2]).sort()).toEqual([...bytes.keys()].filter((n) => n !== 'SHA256SUMS').sort())
      for (const [, hex, name] of sums) expect(`${name} ${sha256(bytes.get(name!)!)}`).toBe(`${name} ${hex}`)
      const manifest = JSON.parse(bytes.get('release-manifest.json')!.toString('utf8')) as { release_id: string; manifest_hash: string }
      expect(manifest.release_id).toBe(r.tag_name)
    }
  }, 120_000)

  it('the registry holds the server image of A and B by release id, and production points at A after the rollback (skopeo)', async () => {
    const tags = JSON.parse(await skopeo(['list-tags', '--tls-verify=false', `docker://${reg.host}/demo/shop-server`])).Tags as string[]
    expect(tags).toEqual(expect.arrayContaining([serverId('a'), serverId('b'), 'production']))
    expect(imageDigest('a')).not.toBe(imageDigest('b'))
    expect(await inspect(serverId('a'))).toBe(imageDigest('a'))
    expect(await inspect(serverId('b'))).toBe(imageDigest('b'))
    expect(await inspect('production')).toBe(imageDigest('a'))
    const config = JSON.parse(await skopeo(['inspect', '--config', '--tls-verify=false', `docker://${reg.host}/demo/shop-server:production`])) as { config: { Entrypoint: string[] } }
    expect(config.config.Entrypoint).toEqual(['/shop-server'])
  }, 120_000)

  it('GitHub Deployments: deploy A, deploy B, rollback to A, each with its statuses; the earlier ones inactive', async () => {
    const list = await json<Array<{ id: number; ref: string; environment: string; payload: { kind?: string; release_id?: string } }>>('/deployments?environment=production&per_page=100')
    expect(list.map((x) => [x.payload.kind, x.ref])).toEqual([
      ['rollback', serverId('a')],
      ['deploy', serverId('b')],
      ['deploy', serverId('a')]
    ])
    const states = async (id: number) => (await json<Array<{ state: string }>>(`/deployments/${id}/statuses?per_page=100`)).map((s) => s.state)
    expect(await states(list[0]!.id)).toEqual(['success', 'in_progress'])
    expect(await states(list[1]!.id)).toEqual(['inactive', 'success', 'in_progress'])
    expect(await states(list[2]!.id)).toEqual(['inactive', 'success', 'in_progress'])
    expect(summary.deployments.map((x) => [x.kind, x.release_id, x.outcome])).toEqual([
      ['deploy', serverId('a'), 'deployed'],
      ['deploy', serverId('b'), 'deployed'],
      ['rollback', serverId('a'), 'deployed']
    ])
    expect(d.violations).toEqual([])
  }, 60_000)

  it("the server answered /health and /modules at each stage: A, then B with forum, then A's manifest_hash again", () => {
    expect(summary.answers.map((x) => [x.stage, x.health.status, x.modules_status, x.manifest_hash])).toEqual([
      ['A deployed', 200, 200, summary.releases.a.manifest_hash],
      ['B deployed', 200, 200, summary.releases.b.manifest_hash],
      ['rolled back to A', 200, 200, summary.releases.a.manifest_hash]
    ])
    expect(summary.answers[0]!.modules).not.toContain('forum')
    expect(summary.answers[1]!.modules).toContain('forum')
    expect(summary.answers[2]!.modules).toEqual(summary.answers[0]!.modules)
  })

  it('the demo stopped the servers it started (by PID)', async () => {
    expect(existsSync(path.join(summary.work, 'state', 'server.pid'))).toBe(false)
    const pids = [...output.matchAll(/as pid (\d+)/g)].map((m) => Number(m[1]))
    expect(pids).toHaveLength(3)
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    // SIGTERM was sent; give the last one a moment to exit.
    for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 50))
    expect(pids.filter(alive)).toEqual([])
  })
})
