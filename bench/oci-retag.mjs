// Benchmark: retag of a 500 MB image in a real registry moves only manifests (target ≤ 64 KiB).
// Builds an OCI layout with one 500 MB layer of random bytes (streamed to disk, never held in
// memory), pushes it once with skopeo into Debian's docker-registry on 127.0.0.1, then retags it
// with src/adapters/oci through a byte-counting TCP proxy: every byte the client sends or receives is
// counted, HTTP headers included. The push through the same proxy is the contrast figure.
// The same image is then pushed by the project's own client (pushImage: what publish does), timed
// against skopeo's push and with its peak RSS (blobs stream from disk: it must not grow with the image).
// Run alone: `node bench/oci-retag.mjs` (OCI_BENCH_MB=… for another layer size).
import { execFile, execFileSync, spawn } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, realpathSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

export const LIMIT = 64 * 1024

export function has(tool) {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Compiles src/adapters/oci and what it imports (TypeScript) to plain modules under node_modules/.cache, where zod resolves. */
function compileOci() {
  const out = path.resolve('node_modules/.cache/modules-rebuild-bench')
  rmSync(out, { recursive: true, force: true })
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', 'src/adapters/oci/index.ts', 'src/adapters/oci/push.ts', '--outDir', out, '--rootDir', 'src', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023', '--strict', '--skipLibCheck', '--types', 'node'], { stdio: 'inherit' })
  return { oci: path.join(out, 'adapters', 'oci', 'index.js'), push: path.join(out, 'adapters', 'oci', 'push.js') }
}

/** A ustar header for one file of `size` bytes. */
function tarHeader(name, size) {
  const h = Buffer.alloc(512)
  h.write(name, 0)
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(size.toString(8).padStart(11, '0') + '\0', 124)
  h.write('00000000000\0', 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\u000000', 257)
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return h
}

/** Writes an OCI layout with one uncompressed layer of `mb` MiB of random bytes; streams to disk. */
export function buildLayout(dir, mb) {
  const blobs = path.join(dir, 'blobs', 'sha256')
  execFileSync('mkdir', ['-p', blobs])
  const tmp = path.join(blobs, 'layer.tmp')
  const fd = openSync(tmp, 'w')
  const hash = createHash('sha256')
  let size = 0
  const put = (b) => {
    writeSync(fd, b)
    hash.update(b)
    size += b.length
  }
  const chunk = Buffer.alloc(1024 * 1024)
  put(tarHeader('random.bin', mb * chunk.length))
  for (let i = 0; i < mb; i++) put(randomFillSync(chunk))
  put(Buffer.alloc(1024)) // end of archive (the data is a multiple of 512)
  closeSync(fd)
  const layer = `sha256:${hash.digest('hex')}`
  execFileSync('mv', [tmp, path.join(blobs, layer.slice(7))])
  const blob = (bytes) => {
    const d = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    writeFileSync(path.join(blobs, d.slice(7)), bytes)
    return { digest: d, size: bytes.length }
  }
  const config = blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer] } })))
  const manifest = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer, size }]
      })
    )
  )
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': 'v1' } }] }))
  return { layerBytes: size, manifest: manifest.digest }
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** A TCP proxy on 127.0.0.1 that counts the bytes in each direction. */
export async function countingProxy(targetPort) {
  const counts = { sent: 0, received: 0 }
  const sockets = new Set()
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1')
    sockets.add(client).add(upstream)
    client.on('data', (d) => (counts.sent += d.length))
    upstream.on('data', (d) => (counts.received += d.length))
    client.pipe(upstream).on('error', () => {})
    upstream.pipe(client).on('error', () => {})
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: server.address().port,
    counts,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

export async function startRegistry(dir) {
  const port = await freePort()
  const config = path.join(dir, 'config.yml')
  writeFileSync(config, JSON.stringify({ version: 0.1, log: { level: 'error', accesslog: { disabled: true } }, storage: { filesystem: { rootdirectory: path.join(dir, 'storage') } }, http: { addr: `127.0.0.1:${port}` } }))
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  for (let i = 0; i < 200; i++) {
    if (await fetch(`http://127.0.0.1:${port}/v2/`).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    port,
    stop: async () => {
      process.kill(child.pid, 'SIGTERM')
      await exited
    }
  }
}

/** Runs the benchmark; null (with the reason printed) when docker-registry or skopeo is missing. */
export async function benchOciRetag({ mb = Number(process.env.OCI_BENCH_MB ?? 500), runs = 5 } = {}) {
  const missing = ['docker-registry', 'skopeo'].filter((t) => !has(t))
  if (missing.length) {
    console.log(`oci retag: skipped, not installed: ${missing.join(', ')} (apt-get install docker-registry skopeo)`)
    return null
  }
  const compiled = compileOci()
  const { RegistryImageStore } = await import(pathToFileURL(compiled.oci).href)
  const { pushImage } = await import(pathToFileURL(compiled.push).href)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-oci-'))
  let registry = null
  let proxy = null
  try {
    let t0 = performance.now()
    const image = buildLayout(path.join(dir, 'layout'), mb)
    const buildMs = performance.now() - t0
    registry = await startRegistry(dir)
    proxy = await countingProxy(registry.port)
    const host = `127.0.0.1:${proxy.port}`
    t0 = performance.now()
    // Asynchronously: the counting proxy runs in this process and must keep forwarding.
    await promisify(execFile)('skopeo', ['--insecure-policy', 'copy', '--quiet', '--preserve-digests', '--dest-tls-verify=false', `oci:${path.join(dir, 'layout')}:v1`, `docker://${host}/bench:v1`])
    const pushMs = performance.now() - t0
    const pushBytes = proxy.counts.sent + proxy.counts.received

    const samples = []
    for (let i = 0; i < runs; i++) {
      const store = new RegistryImageStore(host, 'bench') // a fresh client: new connections every run
      const before = { ...proxy.counts }
      t0 = performance.now()
      const digest = await store.tag('v1', i % 2 ? 'production' : `r2026010${i}-bench`)
      const ms = performance.now() - t0
      if (digest !== image.manifest) throw new Error(`retag produced ${digest}, expected ${image.manifest}`)
      samples.push({ ms, sent: proxy.counts.sent - before.sent, received: proxy.counts.received - before.received })
    }
    // The same image pushed by our own client (publish's path: blobs streamed from disk), into
    // another repository through the same proxy: time against skopeo's, and the peak RSS above
    // the process's before the push (sampled every 10 ms).
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 10)
    t0 = performance.now()
    const pushed = await pushImage(path.join(dir, 'layout'), image.manifest, new RegistryImageStore(host, 'bench-own'), 'v1')
    const ownPushMs = performance.now() - t0
    clearInterval(sampler)
    if (pushed.blobs.uploaded !== 2) throw new Error(`own push uploaded ${pushed.blobs.uploaded} blobs, expected 2`)
    const byMs = [...samples].sort((a, b) => a.ms - b.ms)
    const median = byMs[byMs.length >> 1]
    const maxBytes = Math.max(...samples.map((s) => s.sent + s.received))
    return { layer_bytes: image.layerBytes, build_ms: buildMs, push_ms: pushMs, push_bytes: pushBytes, retag_median_ms: median.ms, retag_sent: median.sent, retag_received: median.received, retag_max_bytes: maxBytes, limit_bytes: LIMIT, runs, ok: maxBytes <= LIMIT, own_push_ms: ownPushMs, own_push_rss_growth: rssPeak - rssBefore, own_push_rss_peak: rssPeak }
  } finally {
    await proxy?.close()
    await registry?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printOciRetag(r) {
  const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`
  console.log(`${`push ${mib(r.layer_bytes)} image (skopeo)`.padEnd(28)}${(r.push_ms / 1000).toFixed(1)} s  ${mib(r.push_bytes)} on the wire`)
  console.log(`${`push ${mib(r.layer_bytes)} image (own)`.padEnd(28)}${(r.own_push_ms / 1000).toFixed(1)} s  peak RSS ${mib(r.own_push_rss_peak)} (+${mib(Math.max(0, r.own_push_rss_growth))} during the push)`)
  console.log(`${`retag ${mib(r.layer_bytes)} image (oci)`.padEnd(28)}${r.retag_median_ms.toFixed(0)} ms  ${r.retag_sent} B sent + ${r.retag_received} B received, max ${r.retag_max_bytes} B of ${r.runs} runs (target ≤ ${r.limit_bytes} B)${r.ok ? '' : '  OVER TARGET'}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const r = await benchOciRetag()
  if (r) {
    printOciRetag(r)
    if (!r.ok) process.exitCode = 1
  }
}
