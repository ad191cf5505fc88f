// What `npm run demo` needs of its backends besides the CLI itself:
//  - ociImageLayout: the server's container image, assembled in-process (no Docker daemon) as an OCI
//    image layout — one gzip tar layer holding the binary, an image config, a manifest, index.json —
//    exactly what the Dockerfile the demo writes describes; `stage --image` then checks every blob
//    against its digest and publish pushes it;
//  - pushCommits: the demo repository's commits sent to a GitHub API through its git data endpoints
//    (trees with inline content, commits, refs) as a client without `git push` would, checking
//    that each commit id GitHub computes equals the local one (so a release's tag can name it);
//  - githubApi: the few REST calls the push and the release history table need;
//  - changedInputs, freePort: small helpers of the story.
// Used by scripts/demo.mjs and read back by __tests__/e2e/demo.e2e.test.ts through the demo's --summary.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** A ustar archive of one regular file, with fixed owner and time so the same bytes give the same layer digest. */
function tarOf(name, content, mode = 0o755) {
  const header = Buffer.alloc(512)
  const octal = (n, width) => n.toString(8).padStart(width - 1, '0') + '\0'
  header.write(name, 0, 100, 'utf8')
  header.write(octal(mode, 8), 100)
  header.write(octal(0, 8), 108)
  header.write(octal(0, 8), 116)
  header.write(octal(content.byteLength, 12), 124)
  header.write(octal(0, 12), 136)
  header.write('        ', 148)
  header.write('0', 156)
  header.write('ustar\0' + '00', 257)
  let sum = 0
  for (const b of header) sum += b
  header.write(octal(sum, 7) + ' ', 148)
  const pad = Buffer.alloc((512 - (content.byteLength % 512)) % 512)
  return Buffer.concat([header, content, pad, Buffer.alloc(1024)])
}

const ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' }

/**
 * Writes an OCI image layout at `dir` holding one image: `FROM scratch`, the file `binary` as
 * `/<name>`, entrypoint `/<name> --listen 0.0.0.0:8080`; tagged `tag` in index.json. Deterministic:
 * the same binary gives the same digest. Returns the manifest's digest.
 */
export function ociImageLayout({ dir, binary, name, tag, created }) {
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true })
  const blob = (bytes) => {
    const digest = sha256(bytes)
    writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice(7)), bytes)
    return { digest, size: bytes.byteLength }
  }
  const tar = tarOf(name, binary)
  const layer = blob(gzipSync(tar, { level: 6 }))
  const config = blob(
    Buffer.from(
      JSON.stringify({
        created,
        architecture: ARCH[process.arch] ?? process.arch,
        os: 'linux',
        config: { Entrypoint: [`/${name}`], Cmd: ['--listen', '0.0.0.0:8080'], ExposedPorts: { '8080/tcp': {} } },
        rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
        history: [{ created, created_by: `COPY target/release/${name} /${name} # assembled by npm run demo, no Docker daemon` }]
      })
    )
  )
  const manifest = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      })
    )
  )
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ mediaType: OCI_MANIFEST, ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } }] }))
  return manifest.digest
}

/** A small GitHub REST client (fetch, token from the caller): JSON in, JSON out, errors with GitHub's message. */
export function githubApi(baseUrl, token, repository) {
  const base = baseUrl.replace(/\/+$/, '')
  const call = async (method, route, body) => {
    const init = {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {})
    }
    // A connection the server closed while idle ("fetch failed") is retried: every call here is
    // idempotent (reads, and git objects whose id is their content).
    let res
    for (let attempt = 1; ; attempt++) {
      try {
        res = await fetch(`${base}/repos/${repository}${route}`, init)
        break
      } catch (err) {
        if (attempt >= 4) throw new Error(`GitHub ${method} ${route}: ${err.message}${err.cause ? ` (${err.cause.code ?? err.cause.message})` : ''}`)
        await new Promise((r) => setTimeout(r, 250 * attempt))
      }
    }
    const text = await res.text()
    const json = text ? JSON.parse(text) : null
    if (!res.ok) {
      const err = new Error(`GitHub ${method} ${route}: ${res.status} ${json?.message ?? text}`)
      err.status = res.status
      throw err
    }
    return json
  }
  return {
    call,
    releases: () => call('GET', '/releases?per_page=100'),
    deployments: (environment) => call('GET', `/deployments?environment=${encodeURIComponent(environment)}&per_page=100`),
    statuses: (id) => call('GET', `/deployments/${id}/statuses?per_page=100`)
  }
}

const gitOut = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })

/** The raw commit object `sha`: tree, parents, author/committer (name, email, date), message. */
function readCommit(cwd, sha) {
  const raw = gitOut(cwd, ['cat-file', 'commit', sha]).toString('utf8')
  const split = raw.indexOf('\n\n')
  const headers = raw.slice(0, split).split('\n')
  const person = (line) => {
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)
    if (!m) throw new Error(`commit ${sha}: cannot read '${line}'`)
    if (m[4] !== '+0000') throw new Error(`commit ${sha} was made in time zone ${m[4]}: the GitHub API records UTC, so its id would differ (commit with TZ=UTC)`)
    return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString() }
  }
  const get = (k) => headers.filter((h) => h.startsWith(`${k} `)).map((h) => h.slice(k.length + 1))
  if (get('gpgsig').length) throw new Error(`commit ${sha} is signed: the signature cannot be sent through the git data API`)
  return { tree: get('tree')[0], parents: get('parent'), author: person(get('author')[0]), committer: person(get('committer')[0]), message: raw.slice(split + 2) }
}

/** Every file of `treeish`: path, mode, and its content (UTF-8 text; a binary file cannot travel inline). */
function filesOf(cwd, treeish) {
  const out = []
  for (const line of gitOut(cwd, ['ls-tree', '-r', '-z', treeish]).toString('utf8').split('\0')) {
    if (!line) continue
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line)
    if (!m || m[2] !== 'blob') throw new Error(`${treeish}: unsupported tree entry '${line}'`)
    const bytes = gitOut(cwd, ['cat-file', 'blob', m[3]])
    const content = bytes.toString('utf8')
    if (!Buffer.from(content, 'utf8').equals(bytes)) throw new Error(`${m[4]} is not UTF-8 text: the demo sends file contents inline in git/trees`)
    out.push({ path: m[4], mode: m[1], type: 'blob', content })
  }
  return out
}

/**
 * Sends the commits of `branch` that GitHub lacks (oldest first) through POST git/trees and
 * git/commits, checks each id GitHub returns against the local one, then points `refs/heads/<ref>`
 * at the branch's head (created, or moved with force: the demo's branch is its own). Returns the
 * list of commit ids sent.
 */
export async function pushCommits({ api, cwd, branch, ref }) {
  const sent = []
  for (const sha of gitOut(cwd, ['rev-list', '--reverse', branch]).toString('utf8').trim().split('\n')) {
    const known = await api.call('GET', `/git/commits/${sha}`).then(
      () => true,
      (err) => (err.status === 404 ? false : Promise.reject(err))
    )
    if (known) continue
    const c = readCommit(cwd, sha)
    const tree = await api.call('POST', '/git/trees', { tree: filesOf(cwd, sha) })
    if (tree.sha !== c.tree) throw new Error(`GitHub computed tree ${tree.sha} for commit ${sha}, git has ${c.tree}`)
    const made = await api.call('POST', '/git/commits', { message: c.message, tree: c.tree, parents: c.parents, author: c.author, committer: c.committer })
    if (made.sha !== sha) throw new Error(`GitHub computed commit ${made.sha}, git has ${sha}: the commit objects differ`)
    sent.push(sha)
  }
  const head = gitOut(cwd, ['rev-parse', branch]).toString('utf8').trim()
  try {
    await api.call('POST', '/git/refs', { ref: `refs/heads/${ref}`, sha: head })
  } catch (err) {
    if (err.status !== 422) throw err
    await api.call('PATCH', `/git/refs/heads/${ref}`, { sha: head, force: true })
  }
  return { sent, head }
}

/** A free TCP port on 127.0.0.1 (for the demo's server). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** Which build-key inputs of `target` differ from the same target in `prev` (the plan of the last release). */
export function changedInputs(target, prevTarget) {
  if (!prevTarget) return []
  const out = []
  const a = prevTarget.key_inputs
  const b = target.key_inputs
  for (const k of Object.keys(b)) {
    if (k === 'paths') {
      for (const p of new Set([...Object.keys(a.paths ?? {}), ...Object.keys(b.paths ?? {})])) if (a.paths?.[p] !== b.paths?.[p]) out.push(p)
    } else if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(k)
  }
  return out
}
