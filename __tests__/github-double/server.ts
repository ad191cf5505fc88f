/**
 * A GitHub REST API double for tests: an HTTP server on 127.0.0.1 that implements the operations
 * of openapi-subset.json on one in-memory repository — git refs, commits, trees and blobs (with
 * real git object ids), pull requests, collaborators and their permissions, workflow and
 * repository dispatches, releases and their assets (the uploads host is the same origin: asset
 * uploads go to the path uploads.github.com has), deployments and their statuses.
 *
 * Every request (path parameters, query, JSON body) and every response (status, JSON body) is
 * validated against GitHub's own OpenAPI description (openapi.ts). A mismatch is recorded in
 * `violations`; tests assert it stays empty. Requests without a known token are violations too.
 * Faults (faults.ts) are switched per test through `fault()` or `POST /__double/faults`
 * (control.ts); `count()` tells how many requests an operation got.
 *
 *   const gh = await start({ owner: 'acme', repo: 'platform', files: { 'modules.toml': '…' }, users: { alice: 'admin' } })
 *   const octokit = createOctokit({ token: gh.tokenFor('alice'), baseUrl: gh.url })
 *   …
 *   expect(gh.violations).toEqual([])
 *   await gh.close()
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { control } from './control.js'
import { Faults, type Fault, type FaultAction, type FaultSpec } from './faults.js'
import { GitStore, type Mode, type Person, type TreeEntry } from './git.js'
import { views } from './json.js'
import { DOCS, HttpError, NOW, type Ctx, type DoubleState, type Handler, type Release, type Reply, type Role, type StoredBody, type TokenInfo, type World } from './model.js'
import { OpenApi, type Routed } from './openapi.js'
import { deploymentOps } from './ops-deployments.js'
import { downloadTarget, releaseOps } from './ops-releases.js'
import { repoOps } from './ops-repo.js'

export type { Deployment, DeploymentStatus, DoubleState, LoggedRequest, Pull, Release, ReleaseAsset, Role, TokenInfo } from './model.js'
export type { FaultSpec } from './faults.js'

export interface StartOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>
  /** Collaborators and their roles (the owner is an Organization and needs no entry). */
  users?: Record<string, Role>
  workflows?: string[]
  /** Immutable releases on from the start (default off; `setImmutableReleases` switches it). */
  immutableReleases?: boolean
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number
}

export interface GitHubDouble {
  /** `http://127.0.0.1:<port>`: the API base URL (GITHUB_API_URL), and the uploads origin. */
  url: string
  state: DoubleState
  /** One line per request or response that does not match the OpenAPI description. */
  violations: string[]
  /** A token that acts as `login` (created on first use; `access` defaults to write). */
  tokenFor(login: string, access?: TokenInfo['access']): string
  /** Text of `path` at the head of `branch` (null: no such branch or file). */
  readFile(branch: string, path: string): string | null
  /** Merges pull request `number` as `login` (a merge commit on the base branch; the head branch is deleted). */
  mergePull(number: number, login: string): string
  /** Switches a fault on (faults.ts); returns it (its `remaining` counts down). */
  fault(spec: FaultSpec): Fault
  /** The next `times` requests of `operationId` get `status` (and `headers`): `fault()` shorthand. */
  failNext(operationId: string, status: number, opts?: { times?: number; headers?: Record<string, string>; message?: string }): void
  clearFaults(): void
  /** The faults still switched on. */
  faultList(): ReturnType<Faults['pending']>
  /** Requests that reached an operation (faulted ones included), by operation id or `METHOD /path/template`. */
  count(operation: string): number
  /** Every operation's count, keyed `METHOD /path/template`. */
  counts(): Record<string, number>
  /** The repository setting "immutable releases": releases published from now on are immutable. */
  setImmutableReleases(on: boolean): void
  /** Adds a published (or draft) release with assets. */
  addRelease(r: { tag_name: string; draft?: boolean; assets?: Record<string, string | Buffer> }): Release
  close(): Promise<void>
}

export async function start(options: StartOptions = {}): Promise<GitHubDouble> {
  const openapi = new OpenApi()
  const git = new GitStore()
  const state: DoubleState = {
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'platform',
    repoId: 4242,
    defaultBranch: options.defaultBranch ?? 'main',
    private: true,
    users: new Map(),
    tokens: new Map(),
    git,
    pulls: [],
    releases: [],
    latestReleaseId: null,
    immutableReleases: options.immutableReleases ?? false,
    burnedTags: new Set(),
    deployments: [],
    workflows: options.workflows ?? ['modules-rebuild.yml', 'modules-change.yml'],
    workflowDispatches: [],
    repositoryDispatches: [],
    requests: []
  }
  let nextUserId = 1000
  state.users.set(state.owner, { id: nextUserId++, role: 'admin', type: 'Organization' })
  state.users.set('github-actions[bot]', { id: 41898282, role: 'write', type: 'Bot' })
  for (const [login, role] of Object.entries(options.users ?? {})) state.users.set(login, { id: nextUserId++, role, type: 'User' })
  const violations: string[] = []
  const faults = new Faults()
  let nextId = 5000
  // Asset bytes live in files here (a 1 GiB upload must not sit in the double's memory); removed by close().
  const storage = mkdtempSync(path.join(tmpdir(), 'github-double-'))
  let nextFile = 0
  const storagePath = () => path.join(storage, `asset-${++nextFile}`)
  const w: World = {
    state,
    base: '',
    nextId: () => nextId++,
    store(bytes) {
      const file = storagePath()
      writeFileSync(file, bytes)
      return { file, size: bytes.length, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
    }
  }
  const v = views(w)
  const HANDLERS: Record<string, Handler> = { ...repoOps(w, v), ...releaseOps(w, v), ...deploymentOps(w, v) }
  for (const op of openapi.operations) if (!HANDLERS[op.operationId]) throw new Error(`github double: no handler for ${op.operationId}`)

  // The first commit of the default branch.
  const files = new Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>()
  for (const [p, text] of Object.entries(options.files ?? { 'README.md': '# platform\n' })) files.set(p, { sha: git.blob(text), mode: '100644', type: 'blob' })
  const bot: Person = { name: 'platform', email: 'platform@example.com', date: '2024-01-01T00:00:00Z' }
  const root = git.commit({ tree: git.build(files), parents: [], message: 'Initial commit', author: bot, committer: bot })
  git.refs.set(`heads/${state.defaultBranch}`, root)

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(`double: ${(err as Error).stack ?? String(err)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    if (url.pathname.startsWith('/__double/')) return control(double, req, res, url)
    const download = method === 'GET' ? downloadTarget(w, url.pathname) : null
    if (download) {
      // Asset storage and browser_download_url: not part of the REST API (no token, no OpenAPI).
      await readBody(req)
      state.requests.push({ method, path: url.pathname, operationId: null, status: download.asset ? (download.redirect ? 302 : 200) : 404 })
      if (!download.asset) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      else if (download.redirect) res.writeHead(302, { location: `${w.base}/_storage/assets/${download.asset.id}` }).end()
      else {
        res.writeHead(200, { 'content-type': download.asset.content_type, 'content-length': String(download.asset.size) })
        await pipeline(createReadStream(download.asset.file), res)
      }
      return
    }
    const where = `${method} ${url.pathname}${url.search}`
    const routed = openapi.route(method, url.pathname)
    const send = (reply: Reply, op: Routed['op'] | null) => {
      const hasBody = reply.body !== undefined
      const text = hasBody ? JSON.stringify(reply.body) : ''
      const headers: Record<string, string> = { ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...reply.headers }
      if (op) for (const p of openapi.checkResponse(op, reply.status, reply.body, hasBody, headers['content-type'])) violations.push(`${where} (${op.operationId}): ${p}`)
      state.requests.push({ method, path: url.pathname, operationId: op?.operationId ?? null, status: reply.status })
      res.writeHead(reply.status, headers)
      res.end(text)
    }
    if (!routed) {
      await readBody(req)
      violations.push(`${where}: no operation of openapi-subset.json matches`)
      send({ status: 404, body: { message: 'Not Found', documentation_url: DOCS } }, null)
      return
    }
    const { op } = routed
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const token = auth ? state.tokens.get(auth[1]!) : undefined
    if (!token) {
      await readBody(req)
      violations.push(`${where} (${op.operationId}): no valid token (authorization: ${auth ? 'unknown token' : 'missing'})`)
      send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } }, null)
      return
    }
    const actions = faults.take(method, url.pathname, op.operationId)
    const act = <K extends FaultAction['kind']>(kind: K) => actions.find((a) => a.kind === kind) as Extract<FaultAction, { kind: K }> | undefined
    const delay = act('delay')
    if (delay) await sleep(delay.ms)
    const reset = act('reset')
    if (reset) {
      await readBody(req, reset.afterBytes)
      state.requests.push({ method, path: url.pathname, operationId: op.operationId, status: 0 })
      req.socket.destroy()
      return
    }
    const rawBody = openapi.rawBody(op)
    let upload: StoredBody | null = null
    if (rawBody) {
      try {
        upload = await storeBody(req, storagePath())
      } catch {
        // The client went away mid-upload (a reset, a killed publisher): nothing to answer.
        state.requests.push({ method, path: url.pathname, operationId: op.operationId, status: 0 })
        req.socket.destroy()
        return
      }
    }
    const raw = rawBody ? Buffer.alloc(0) : await readBody(req)
    const answer = act('answer')
    if (answer) {
      if (upload) rmSync(upload.file, { force: true })
      state.requests.push({ method, path: url.pathname, operationId: op.operationId, status: answer.status })
      res.writeHead(answer.status, answer.headers)
      res.end(JSON.stringify(answer.body))
      return
    }
    let body: unknown
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        violations.push(`${where} (${op.operationId}): request body is not JSON`)
        send({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } }, null)
        return
      }
    }
    const checked = openapi.checkRequest(routed, url.searchParams, body, raw.length > 0 || (upload?.size ?? 0) > 0)
    for (const p of checked.problems) violations.push(`${where} (${op.operationId}): request ${p}`)
    if (checked.problems.length) {
      send({ status: 422, body: { message: 'Invalid request.', documentation_url: DOCS, errors: checked.problems.map((message) => ({ code: 'invalid', message })) } }, op)
      return
    }
    const ctx: Ctx = { params: checked.params, query: checked.query, body: (body ?? {}) as Record<string, unknown>, upload, headers: req.headers, token, accept: req.headers.accept ?? '' }
    let reply: Reply
    try {
      if (checked.params.owner !== state.owner || checked.params.repo !== state.repo) throw new HttpError(404, 'Not Found')
      // Every operation but a GET writes: read-only tokens get GitHub's integration 403.
      if (method !== 'GET' && token.access !== 'write') throw new HttpError(403, 'Resource not accessible by integration')
      reply = HANDLERS[op.operationId]!(ctx)
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      const b: Record<string, unknown> = { message: err.message, documentation_url: DOCS }
      if (err.status === 422) b.errors = err.errors ?? []
      reply = { status: err.status, body: b }
    }
    // Bytes of an upload that did not become an asset.
    if (upload && reply.status !== 201) rmSync(upload.file, { force: true })
    send(reply, op)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  w.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const routeKey = (operationId: string | null, path: string, method: string) => {
    const op = operationId ? openapi.operation(operationId) : null
    return `${method} ${op ? op.template : path}`
  }
  let tokenSeq = 0
  const double: GitHubDouble = {
    url: w.base,
    state,
    violations,
    tokenFor(login, access = 'write') {
      for (const [t, info] of state.tokens) if (info.login === login && info.access === access) return t
      const t = `double_${access}_${++tokenSeq}_${login.replace(/[^A-Za-z0-9]/g, '')}`
      state.tokens.set(t, { login, access })
      return t
    },
    readFile(branch, path) {
      const sha = git.refs.get(`heads/${branch}`)
      return sha ? git.read(sha, path) : null
    },
    mergePull(number, login) {
      const p = state.pulls.find((x) => x.number === number)
      if (!p || p.state !== 'open') throw new Error(`pull request #${number} is not open`)
      const head = git.refs.get(`heads/${p.head}`)!
      const baseHead = git.refs.get(`heads/${p.base}`)!
      const who: Person = { name: login, email: `${login}@users.noreply.example.com`, date: NOW() }
      const sha = git.commit({ tree: git.commits.get(head)!.tree, parents: [baseHead, head], message: `Merge pull request #${number} from ${state.owner}/${p.head}`, author: who, committer: who })
      git.refs.set(`heads/${p.base}`, sha)
      git.refs.delete(`heads/${p.head}`)
      Object.assign(p, { state: 'closed', merged_at: NOW(), closed_at: NOW(), merge_commit_sha: sha, merged_by: login })
      return sha
    },
    fault(spec) {
      if (spec.operationId !== undefined) openapi.operation(spec.operationId)
      return faults.add(spec)
    },
    failNext(operationId, status, opts = {}) {
      double.fault({ operationId, status, times: opts.times ?? 1, ...(opts.headers ? { headers: opts.headers } : {}), ...(opts.message ? { message: opts.message } : {}) })
    },
    clearFaults: () => faults.clear(),
    faultList: () => faults.pending(),
    count(operation) {
      return state.requests.filter((r) => r.operationId === operation || routeKey(r.operationId, r.path, r.method) === operation).length
    },
    counts() {
      const out: Record<string, number> = {}
      for (const r of state.requests) {
        const k = routeKey(r.operationId, r.path, r.method)
        out[k] = (out[k] ?? 0) + 1
      }
      return out
    },
    setImmutableReleases(on) {
      state.immutableReleases = on
    },
    addRelease(r) {
      const id = nextId++
      const now = NOW()
      const release: Release = {
        id,
        tag_name: r.tag_name,
        target_commitish: state.defaultBranch,
        name: r.tag_name,
        body: null,
        draft: r.draft ?? false,
        prerelease: false,
        immutable: !r.draft && state.immutableReleases,
        author: state.owner,
        created_at: now,
        updated_at: now,
        published_at: r.draft ? null : now,
        assets: Object.entries(r.assets ?? {}).map(([name, data]) => {
          const stored = w.store(typeof data === 'string' ? Buffer.from(data) : data)
          return {
            id: nextId++,
            name,
            label: null,
            content_type: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
            ...stored,
            uploader: state.owner,
            created_at: now,
            updated_at: now
          }
        })
      }
      if (!release.draft && !git.refs.has(`tags/${r.tag_name}`)) git.refs.set(`tags/${r.tag_name}`, git.refs.get(`heads/${state.defaultBranch}`)!)
      state.releases.push(release)
      if (!release.draft) state.latestReleaseId = id
      return release
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => {
          rmSync(storage, { recursive: true, force: true })
          if (err) reject(err)
          else resolve()
        })
      })
  }
  return double
}

/** Streams the request body into `file`, hashing it on the way (never whole in memory). */
async function storeBody(req: IncomingMessage, file: string): Promise<StoredBody> {
  const hash = createHash('sha256')
  let size = 0
  try {
    await pipeline(
      req,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const c of chunks) {
          hash.update(c)
          size += c.length
          yield c
        }
      },
      createWriteStream(file)
    )
  } catch (err) {
    rmSync(file, { force: true })
    throw err
  }
  return { file, size, digest: `sha256:${hash.digest('hex')}` }
}

/** The request body; with `limit`, stops (and pauses the stream) once that many bytes arrived. */
function readBody(req: IncomingMessage, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = () => {
      req.pause()
      req.removeAllListeners('data')
      resolve(Buffer.concat(chunks))
    }
    if (limit === 0) return done()
    req.on('data', (c: Buffer) => {
      chunks.push(c)
      size += c.length
      if (size >= limit) done()
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
