// Benchmark: `modules-rebuild rollback` of a 500 MB image — wall time of the whole command
// (`node dist/cli.js rollback …`: start, verify the release's assets against SHA256SUMS, check the
// image digest, record the deployment, re-point the `production` tag) and the bytes it moves to
// and from the registry (target ≤ 64 KiB: a rollback never moves image layers, it stores the
// manifest bytes again). Two releases A and B share one 500 MB layer (as two builds of a platform
// whose base layer did not change) and differ by their config, so their manifests differ; both are
// pushed once with skopeo into Debian's docker-registry on 127.0.0.1, behind a byte-counting TCP
// proxy; the releases live in a local store. Then production goes A → B → A … `runs` times.
// Run alone: `node bench/deploy-rollback.mjs` (OCI_BENCH_MB=… for another layer size).
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { buildLayout, countingProxy, has, LIMIT, startRegistry } from './oci-retag.mjs'

const run = promisify(execFile)
const sha = (b) => createHash('sha256').update(b).digest('hex')
const REPOSITORY = 'ghcr.io/acme/shop-server'

/** A second image in the layout: the same layer, another config (tag v2). */
function variant(dir) {
  const blobs = path.join(dir, 'blobs', 'sha256')
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'))
  const first = JSON.parse(readFileSync(path.join(blobs, index.manifests[0].digest.slice(7)), 'utf8'))
  const oldConfig = JSON.parse(readFileSync(path.join(blobs, first.config.digest.slice(7)), 'utf8'))
  const blob = (bytes) => {
    const digest = `sha256:${sha(bytes)}`
    writeFileSync(path.join(blobs, digest.slice(7)), bytes)
    return { digest, size: bytes.length }
  }
  const config = blob(Buffer.from(JSON.stringify({ ...oldConfig, config: { Labels: { release: 'B' } } })))
  const manifest = blob(Buffer.from(JSON.stringify({ ...first, config: { ...first.config, ...config } })))
  index.manifests.push({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': 'v2' } })
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index))
  return manifest.digest
}

/** A published release in a local store: one small asset, release-manifest.json (schema 2) and SHA256SUMS. */
function writeRelease(store, id, digest, host) {
  const dir = path.join(store, id)
  mkdirSync(dir, { recursive: true })
  const asset = Buffer.from(`server binary of ${id}\n`)
  writeFileSync(path.join(dir, 'shop-server-bin'), asset)
  const hash = `sha256:${sha(id)}`
  const manifest = {
    schema: 2,
    release_id: id,
    component: 'monolith',
    plan_release_id: id,
    manifest_hash: hash,
    source_commit: null,
    profile: 'monolith',
    generator: { name: 'modules-rebuild', version: 'bench' },
    components: [{ name: 'monolith', release_id: id, build_keys: { server: hash } }],
    modules: [{ slug: 'content', crate: 'shop-content', source: 'path', version: '0.1.0', required: true, depends_on: [] }],
    artifacts: [{ target: 'server', build_key: hash, name: 'shop-server', release_id: id, files: [{ path: 'target/release/shop-server', asset: 'shop-server-bin', size: asset.length, sha256: sha(asset) }] }],
    assets: [{ name: 'shop-server-bin', size: asset.length, sha256: sha(asset) }],
    images: [{ target: 'server', repository: REPOSITORY, digest, tag: id, location: `${host}/acme/shop-server` }],
    previous_release: null,
    delta: null,
    build: { build_id: null, status: 'success', profile: 'monolith', manifest_hash: hash, modules_delta: '', started_at: null, finished_at: '2026-01-01T00:00:00.000Z', logs_url: null, requested_by: null, event: null, reason: null }
  }
  const text = JSON.stringify(manifest, null, 2) + '\n'
  writeFileSync(path.join(dir, 'release-manifest.json'), text)
  writeFileSync(path.join(dir, 'SHA256SUMS'), `${sha(text)}  release-manifest.json\n${sha(asset)}  shop-server-bin\n`)
}

/** Runs the benchmark; null (with the reason printed) when docker-registry or skopeo is missing. */
export async function benchDeployRollback({ mb = Number(process.env.OCI_BENCH_MB ?? 500), runs = 5 } = {}) {
  const missing = ['docker-registry', 'skopeo'].filter((t) => !has(t))
  if (missing.length) {
    console.log(`deploy rollback: skipped, not installed: ${missing.join(', ')} (apt-get install docker-registry skopeo)`)
    return null
  }
  const cli = path.resolve('dist/cli.js')
  if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/package.mjs', 'dist'], { stdio: 'inherit' })
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-rollback-'))
  let registry = null
  let proxy = null
  try {
    const layout = path.join(dir, 'layout')
    const image = buildLayout(layout, mb)
    const digests = { A: image.manifest, B: variant(layout) }
    registry = await startRegistry(dir)
    proxy = await countingProxy(registry.port)
    const host = `127.0.0.1:${proxy.port}`
    const ids = { A: 'shop-monolith-aaaaaaaaaaaa', B: 'shop-monolith-bbbbbbbbbbbb' }
    let t0 = performance.now()
    for (const [name, tag] of [['A', 'v1'], ['B', 'v2']]) {
      // Asynchronously: the counting proxy runs in this process and must keep forwarding.
      await run('skopeo', ['--insecure-policy', 'copy', '--quiet', '--preserve-digests', '--dest-tls-verify=false', `oci:${layout}:${tag}`, `docker://${host}/acme/shop-server:${ids[name]}`])
      writeRelease(path.join(dir, 'releases'), ids[name], digests[name], host)
    }
    const pushMs = performance.now() - t0
    const pushBytes = proxy.counts.sent + proxy.counts.received
    const cmd = (args) => run(process.execPath, [cli, ...args, '--environment', 'production', '--store', 'releases', '--registry', host, '--format', 'json'], { cwd: dir })
    await cmd(['deploy', '--release', ids.B])
    const samples = []
    for (let i = 0; i < runs; i++) {
      const to = i % 2 ? 'B' : 'A'
      const before = { ...proxy.counts }
      t0 = performance.now()
      const { stdout } = await cmd(['rollback', '--to', ids[to]])
      const ms = performance.now() - t0
      const bytes = proxy.counts.sent - before.sent + proxy.counts.received - before.received
      const out = JSON.parse(stdout)
      if (!out.ok || out.deployment.images[0].digest !== digests[to]) throw new Error(`rollback to ${to} did not deploy ${digests[to]}: ${stdout}`)
      samples.push({ ms, bytes })
    }
    const res = await fetch(`http://127.0.0.1:${registry.port}/v2/acme/shop-server/manifests/production`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } })
    const expected = digests[(runs - 1) % 2 ? 'B' : 'A']
    if (res.headers.get('docker-content-digest') !== expected) throw new Error(`production points at ${res.headers.get('docker-content-digest')}, expected ${expected}`)
    const byMs = [...samples].sort((a, b) => a.ms - b.ms)
    const maxBytes = Math.max(...samples.map((s) => s.bytes))
    return { layer_bytes: image.layerBytes, push_ms: pushMs, push_bytes: pushBytes, rollback_median_ms: byMs[byMs.length >> 1].ms, rollback_max_ms: byMs.at(-1).ms, rollback_max_bytes: maxBytes, limit_bytes: LIMIT, runs, ok: maxBytes <= LIMIT }
  } finally {
    await proxy?.close()
    await registry?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printDeployRollback(r) {
  const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`
  console.log(`${`rollback ${mib(r.layer_bytes)} image (cli)`.padEnd(30)}${r.rollback_median_ms.toFixed(0)} ms median, ${r.rollback_max_ms.toFixed(0)} ms max  ${r.rollback_max_bytes} B to/from the registry, max of ${r.runs} runs (target ≤ ${r.limit_bytes} B)${r.ok ? '' : '  OVER TARGET'}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const r = await benchDeployRollback()
  if (r) {
    printDeployRollback(r)
    if (!r.ok) process.exitCode = 1
  }
}
