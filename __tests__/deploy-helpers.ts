/**
 * What the deploy tests share: two real plans of examples/shop (A as committed, B without the
 * module forum), published through the real publish code with images in an OCI layout or a
 * registry, and a small HTTP "platform" on 127.0.0.1 whose /modules answers what the release
 * running it says (the hook switches it, as a real hook restarts a server).
 */
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { cli } from './cli-helpers.js'
import { TestLayout } from './oci/image.js'
import { commitAll, regenerate, shopRepo, tempDir } from './plan-helpers.js'

const hex = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')

export interface ShopPlans {
  root: string
  a: ReleasePlan
  b: ReleasePlan
}

/**
 * Plan A of the shop as committed, then plan B after uninstalling forum (regenerated, committed).
 * `built(root, 'a' | 'b')` runs on each state of the tree (e.g. a cargo build of it).
 */
export async function shopPlans(built: (root: string, which: 'a' | 'b') => Promise<void> = async () => {}): Promise<ShopPlans> {
  const root = shopRepo()
  const a = (await runPlan({ root, store: null })).plan!
  await built(root, 'a')
  const file = path.join(root, 'modules.toml')
  const text = readFileSync(file, 'utf8')
  const edited = text
    .split('\n')
    .filter((l) => !l.startsWith('forum = '))
    .join('\n')
    .replace('default_enabled = ["blog", "comments", "forum"]', 'default_enabled = ["blog", "comments"]')
  if (edited === text) throw new Error('examples/shop/modules.toml changed: cannot remove forum')
  writeFileSync(file, edited)
  regenerate(root)
  commitAll(root, 'without forum')
  const b = (await runPlan({ root, store: null })).plan!
  await built(root, 'b')
  if (!a || !b || a.manifest_hash === b.manifest_hash) throw new Error('plans A and B should differ')
  return { root, a, b }
}

export interface Publish {
  plan: ReleasePlan
  /** A local store directory, or GitHub releases (token in GITHUB_TOKEN). */
  store: string | { repo: string; api: string }
  /** `oci:DIR` or `HOST:PORT`. */
  images: string
  /** Image per target: digest of an image already in `images` at `repositoryOf(target)`. */
  digests: Record<string, string>
  /** Real files per target (absolute path), e.g. the built server binary. */
  files?: Record<string, string>
  cwd: string
}

export const repositoryOf = (target: string) => `ghcr.io/acme/shop-${target}`

/** Writes the run's artifacts (build-info.json schema 2 + files) and publishes through the CLI. */
export async function publishRelease(p: Publish): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = tempDir('deploy-publish')
  writeFileSync(path.join(dir, 'release-plan.json'), JSON.stringify(p.plan))
  for (const m of p.plan.matrix.include) {
    const art = path.join(dir, 'artifacts', m.artifact)
    const rel = `target/release/${m.package}`
    const abs = path.join(art, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    if (p.files?.[m.target]) copyFileSync(p.files[m.target]!, abs)
    else writeFileSync(abs, `binary of ${m.target} ${m.build_key}\n`)
    const info = {
      schema: 2,
      target: m.target,
      build_key: m.build_key,
      artifact: m.artifact,
      manifest_hash: p.plan.manifest_hash,
      release_id: p.plan.release_id,
      files: [{ path: rel, size: statSync(abs).size, sha256: hex(readFileSync(abs)) }],
      image: p.digests[m.target] ? { repository: repositoryOf(m.target), digest: p.digests[m.target] } : null,
      started_at: '2026-01-01T00:00:00.000Z',
      finished_at: '2026-01-01T00:01:00.000Z'
    }
    writeFileSync(path.join(art, 'build-info.json'), JSON.stringify(info, null, 2))
  }
  const where = p.images.startsWith('oci:') ? ['--images', p.images] : ['--registry', p.images]
  const to = typeof p.store === 'string' ? ['--store', p.store] : ['--repo', p.store.repo, '--github-api', p.store.api]
  return cli(['publish', '--plan', path.join(dir, 'release-plan.json'), '--artifacts', path.join(dir, 'artifacts'), ...to, ...where], p.cwd)
}

/** One image per target of `plan` in the layout `oci:<dir>/<repository path>`, tagged `build`; their digests. */
export function layoutImages(dir: string, plan: ReleasePlan, layerBytes = 256): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of plan.matrix.include) {
    const layout = new TestLayout(path.join(dir, ...repositoryOf(m.target).split('/').slice(1)))
    const d = layout.image({ layers: 1, layerBytes })
    layout.tag(`build-${m.build_key.slice(7, 19)}`, d)
    out[m.target] = d.digest
  }
  return out
}

export interface Platform {
  url: string
  /** What /modules answers per release id: manifest_hash and slugs. */
  releases: Map<string, { manifest_hash: string; modules: string[] }>
  /** Answer of /health: status, or a delay before 200. */
  health: { status: number; delayMs: number }
  requests: string[]
  close(): Promise<void>
}

/**
 * A "platform" on 127.0.0.1 that runs the release named in `stateFile` (the hook writes it):
 * /health, /modules (what `releases` says of that release), /migrations ({"pending": []}).
 */
export async function startPlatform(stateFile: string): Promise<Platform> {
  const releases: Platform['releases'] = new Map()
  const health = { status: 200, delayMs: 0 }
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '')
    let running: string | null = null
    try {
      running = readFileSync(stateFile, 'utf8').trim()
    } catch {
      running = null
    }
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (req.url === '/health') {
      setTimeout(() => json(health.status, { status: health.status === 200 ? 'ok' : 'down' }), health.delayMs)
      return
    }
    const r = running ? releases.get(running) : undefined
    if (req.url === '/modules') return r ? json(200, { manifest_hash: r.manifest_hash, modules: r.modules.map((slug) => ({ slug })) }) : json(503, { error: 'nothing deployed' })
    if (req.url === '/migrations') return json(200, { pending: [] })
    json(404, { error: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    releases,
    health,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A hook script: writes RELEASE_ID to `stateFile` and appends its environment to `logFile`. */
export function writeHook(dir: string, stateFile: string, logFile: string): string {
  const file = path.join(dir, 'hook.mjs')
  writeFileSync(
    file,
    `import { appendFileSync, writeFileSync } from 'node:fs'
const keys = Object.keys(process.env).filter((k) => /^(RELEASE_ID|MANIFEST_HASH|ENVIRONMENT|COMPONENT|DEPLOY_KIND|PREVIOUS_RELEASE_ID|IMAGE_.*|GITHUB_TOKEN|INPUT_.*)$/.test(k)).sort()
appendFileSync(${JSON.stringify(logFile)}, JSON.stringify(Object.fromEntries(keys.map((k) => [k, process.env[k]]))) + '\\n')
writeFileSync(${JSON.stringify(stateFile)}, process.env.RELEASE_ID + '\\n')
console.log('switched to ' + process.env.RELEASE_ID)
if (process.env.HOOK_FAIL_FOR === process.env.RELEASE_ID) process.exit(3)
`
  )
  return file
}
