// Benchmark: the GitHub release transaction (src/adapters/github/release-publish.ts) publishing 1 GiB of
// artifacts (4 files × 256 MiB of random bytes, streamed to disk) to the GitHub API double running
// standalone (`npm run github-double`, a child process). The publisher runs as a child process
// too (__tests__/github-publish-child.mjs), which reports its peak RSS (process.resourceUsage().maxRSS;
// target ≤ 150 MiB: uploads stream from disk). Its throughput is compared with
// `curl --data-binary @file` uploading the same files to the same double in the same run
// (target ≥ 0.8 of curl's). Run alone: `node bench/publish.mjs` (PUBLISH_BENCH_MB=… for another
// total, PUBLISH_BENCH_FILES=… for another file count).
import { execFile, spawn } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, realpathSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const RSS_LIMIT = 150 * 1024 * 1024
const RATIO_TARGET = 0.8
const TOKEN = 'bench-publish-token'
const CHILD = path.resolve('__tests__/github-publish-child.mjs')

/** `n` files of `mib` MiB of random bytes, hashed while written (1 MiB at a time, never whole). */
function makeFiles(dir, n, mib) {
  const chunk = Buffer.alloc(1024 * 1024)
  return Array.from({ length: n }, (_, i) => {
    const name = `artifact-${i + 1}.bin`
    const p = path.join(dir, name)
    const hash = createHash('sha256')
    const fd = openSync(p, 'w')
    for (let k = 0; k < mib; k++) {
      randomFillSync(chunk)
      hash.update(chunk)
      writeSync(fd, chunk)
    }
    closeSync(fd)
    return { name, path: p, size: mib * 1024 * 1024, sha256: hash.digest('hex') }
  })
}

/** The double as its own process; resolves with its URL once it listens. */
async function startDouble() {
  const child = spawn(process.execPath, ['scripts/github-double.mjs', '--token', TOKEN], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [url] = await Promise.race([
    new Promise((resolve) => createInterface({ input: child.stdout }).once('line', (l) => resolve([l.trim()]))),
    new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`github-double exited ${code}`))))
  ])
  child.stdout.resume()
  return { url, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), process.kill(child.pid, 'SIGTERM')))) }
}

async function api(url, method, route, body) {
  const r = await fetch(`${url}/repos/acme/platform${route}`, { method, headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) })
  if (!r.ok) throw new Error(`${method} ${route}: ${r.status} ${await r.text()}`)
  return r.json()
}

/** The publisher as a child process: wall time and its own peak RSS. */
function runPublisher(url, job) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [CHILD, job], { env: { ...process.env, GITHUB_API_URL: url, MR_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.once('exit', (code) => {
      const ms = performance.now() - t0
      const lines = out.trim().split('\n').map((l) => JSON.parse(l))
      const result = lines.find((l) => 'result' in l)?.result
      const maxRSS = lines.find((l) => 'maxRSS' in l)?.maxRSS
      if (code !== 0 || !result) reject(new Error(`publisher exited ${code}: ${out}${err}`))
      else resolve({ ms, maxRSS, result })
    })
  })
}

export async function benchPublish({ mb = Number(process.env.PUBLISH_BENCH_MB ?? 1024), files = Number(process.env.PUBLISH_BENCH_FILES ?? 4) } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-publish-'))
  let double = null
  try {
    // Transpiles src/ for the publisher child before anything is timed.
    await promisify(execFile)(process.execPath, [CHILD, '--build'])
    let t0 = performance.now()
    const assets = makeFiles(dir, files, Math.floor(mb / files))
    const bytes = assets.reduce((s, a) => s + a.size, 0)
    const makeMs = performance.now() - t0
    double = await startDouble()
    const commit = (await api(double.url, 'GET', '/git/ref/heads/main')).object.sha

    // curl: the same files into a draft of another tag, one after the other.
    const draft = await api(double.url, 'POST', '/releases', { tag_name: 'bench-curl', draft: true })
    t0 = performance.now()
    for (const a of assets) {
      await promisify(execFile)('curl', ['-sS', '--fail', '-o', '/dev/null', '-X', 'POST', '--data-binary', `@${a.path}`, '-H', `authorization: token ${TOKEN}`, '-H', 'content-type: application/octet-stream', `${double.url}/repos/acme/platform/releases/${draft.id}/assets?name=${a.name}`], { maxBuffer: 1024 * 1024 })
    }
    const curlMs = performance.now() - t0

    const manifest = path.join(dir, 'release-manifest.json')
    const text = JSON.stringify({ schema: 2, release_id: 'bench-1', manifest_hash: 'b'.repeat(64) })
    writeFileSync(manifest, text)
    const request = {
      owner: 'acme',
      repo: 'platform',
      tag: 'bench-1',
      commit,
      name: 'bench-1',
      body: 'benchmark',
      manifestHash: 'b'.repeat(64),
      makeLatest: true,
      assets: [...assets, { name: 'release-manifest.json', path: manifest, size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), contentType: 'application/json' }]
    }
    const job = path.join(dir, 'job.json')
    writeFileSync(job, JSON.stringify({ request, options: {} }))
    const pub = await runPublisher(double.url, job)
    if (pub.result.outcome !== 'published') throw new Error(`publisher: ${JSON.stringify(pub.result)}`)
    const ratio = curlMs / pub.ms
    return { bytes, files, make_ms: makeMs, curl_ms: curlMs, publish_ms: pub.ms, throughput_ratio: ratio, publisher_max_rss: pub.maxRSS, rss_limit: RSS_LIMIT, ok: pub.maxRSS <= RSS_LIMIT && ratio >= RATIO_TARGET }
  } finally {
    await double?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printPublish(r) {
  const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`
  const rate = (ms) => `${(r.bytes / 1024 / 1024 / (ms / 1000)).toFixed(0)} MiB/s`
  console.log(`${`upload ${mib(r.bytes)} (curl)`.padEnd(28)}${(r.curl_ms / 1000).toFixed(1)} s  ${rate(r.curl_ms)}`)
  console.log(`${`publish ${mib(r.bytes)} (github)`.padEnd(28)}${(r.publish_ms / 1000).toFixed(1)} s  ${rate(r.publish_ms)}  ratio ${r.throughput_ratio.toFixed(2)} of curl (target ≥ ${RATIO_TARGET}); peak RSS ${mib(r.publisher_max_rss)} (target ≤ ${mib(r.rss_limit)})${r.ok ? '' : '  OFF TARGET'}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const r = await benchPublish()
  printPublish(r)
  if (!r.ok) process.exitCode = 1
}
