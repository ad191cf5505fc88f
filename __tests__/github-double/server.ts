/**
 * A GitHub REST API double for tests: an HTTP server on 127.0.0.1 (port 0) that implements the
 * operations of openapi-subset.json on one in-memory repository — git refs, commits, trees and
 * blobs (with real git object ids), pull requests, collaborators and their permissions, workflow
 * and repository dispatches, releases and their assets.
 *
 * Every request (path parameters, query, JSON body) and every response (status, JSON body) is
 * validated against GitHub's own OpenAPI description (openapi.ts). A mismatch is recorded in
 * `violations`; tests assert it stays empty. Requests without a known token are violations too.
 *
 *   const gh = await start({ owner: 'acme', repo: 'platform', files: { 'modules.toml': '…' }, users: { alice: 'admin' } })
 *   const octokit = createOctokit({ token: gh.tokenFor('alice'), baseUrl: gh.url })
 *   …
 *   expect(gh.violations).toEqual([])
 *   await gh.close()
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GitStore, type Mode, type Person, type TreeEntry } from './git.js'
import { OpenApi, type Routed } from './openapi.js'

/** A collaborator's role; `custom` roles name their base role, as GitHub's custom repository roles do. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none' | { custom: string; base: 'read' | 'triage' | 'write' | 'maintain' }

export interface Pull {
  number: number
  id: number
  title: string
  body: string | null
  /** Branch name in this repository. */
  head: string
  base: string
  state: 'open' | 'closed'
  user: string
  draft: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
  merged_at: string | null
  merge_commit_sha: string | null
  merged_by: string | null
}

export interface ReleaseAsset {
  id: number
  name: string
  content_type: string
  data: Buffer
  created_at: string
}

export interface Release {
  id: number
  tag_name: string
  target_commitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  author: string
  created_at: string
  published_at: string | null
  assets: ReleaseAsset[]
}

export interface WorkflowDispatch {
  workflow_id: string | number
  ref: string
  inputs: Record<string, unknown>
  actor: string
  run_id: number
}

export interface RepositoryDispatch {
  event_type: string
  client_payload: Record<string, unknown>
  actor: string
}

export interface TokenInfo {
  login: string
  /** What the token may do: read-only tokens get 403 on writes. */
  access: 'read' | 'write'
}

export interface LoggedRequest {
  method: string
  path: string
  operationId: string | null
  status: number
}

export interface DoubleState {
  owner: string
  repo: string
  repoId: number
  defaultBranch: string
  private: boolean
  users: Map<string, { id: number; role: Role; type: 'User' | 'Bot' | 'Organization' }>
  tokens: Map<string, TokenInfo>
  git: GitStore
  pulls: Pull[]
  releases: Release[]
  /** Workflow files that accept workflow_dispatch (`.github/workflows/<name>`), by file name. */
  workflows: string[]
  workflowDispatches: WorkflowDispatch[]
  repositoryDispatches: RepositoryDispatch[]
  requests: LoggedRequest[]
}

export interface StartOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>
  /** Collaborators and their roles (the owner is an Organization and needs no entry). */
  users?: Record<string, Role>
  workflows?: string[]
}

export interface GitHubDouble {
  /** `http://127.0.0.1:<port>`: the API base URL (GITHUB_API_URL). */
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
  /**
   * The next `times` requests of `operationId` get `status` (and `headers`) instead of an answer,
   * before the handler runs: a 502, or a 403/429 rate limit with retry-after. Injected faults are
   * outside the OpenAPI check (GitHub documents neither per operation).
   */
  failNext(operationId: string, status: number, opts?: { times?: number; headers?: Record<string, string>; message?: string }): void
  /** Adds a published (or draft) release with assets. */
  addRelease(r: { tag_name: string; draft?: boolean; assets?: Record<string, string | Buffer> }): Release
  close(): Promise<void>
}

const NOW = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
const DOCS = 'https://docs.github.com/rest'

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[]
  ) {
    super(message)
  }
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
    workflows: options.workflows ?? ['modules-rebuild.yml', 'modules-change.yml'],
    workflowDispatches: [],
    repositoryDispatches: [],
    requests: []
  }
  let nextId = 1000
  state.users.set(state.owner, { id: nextId++, role: 'admin', type: 'Organization' })
  state.users.set('github-actions[bot]', { id: 41898282, role: 'write', type: 'Bot' })
  for (const [login, role] of Object.entries(options.users ?? {})) state.users.set(login, { id: nextId++, role, type: 'User' })
  const violations: string[] = []
  const faults: Array<{ operationId: string; status: number; times: number; headers: Record<string, string>; message: string }> = []

  // The first commit of the default branch.
  const files = new Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>()
  for (const [p, text] of Object.entries(options.files ?? { 'README.md': '# platform\n' })) files.set(p, { sha: git.blob(text), mode: '100644', type: 'blob' })
  const bot: Person = { name: 'platform', email: 'platform@example.com', date: '2024-01-01T00:00:00Z' }
  const root = git.commit({ tree: git.build(files), parents: [], message: 'Initial commit', author: bot, committer: bot })
  git.refs.set(`heads/${state.defaultBranch}`, root)

  let base = ''
  const api = () => `${base}/repos/${state.owner}/${state.repo}`
  const html = () => `${base}/${state.owner}/${state.repo}`

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
    const raw = await readBody(req)
    // Asset storage (where GitHub redirects a download): not part of the REST API.
    const storage = /^\/_storage\/assets\/(\d+)$/.exec(url.pathname)
    if (storage && method === 'GET') {
      const asset = state.releases.flatMap((r) => r.assets).find((a) => a.id === Number(storage[1]))
      state.requests.push({ method, path: url.pathname, operationId: null, status: asset ? 200 : 404 })
      res.writeHead(asset ? 200 : 404, { 'content-type': asset?.content_type ?? 'text/plain' })
      res.end(asset?.data ?? 'not found')
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
      violations.push(`${where}: no operation of openapi-subset.json matches`)
      send({ status: 404, body: { message: 'Not Found', documentation_url: DOCS } }, null)
      return
    }
    const { op } = routed
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
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const token = auth ? state.tokens.get(auth[1]!) : undefined
    if (!token) {
      violations.push(`${where} (${op.operationId}): no valid token (authorization: ${auth ? 'unknown token' : 'missing'})`)
      send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } }, null)
      return
    }
    const fault = faults.find((f) => f.operationId === op.operationId && f.times > 0)
    if (fault) {
      fault.times--
      state.requests.push({ method, path: url.pathname, operationId: op.operationId, status: fault.status })
      res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers })
      res.end(JSON.stringify({ message: fault.message, documentation_url: DOCS }))
      return
    }
    const checked = openapi.checkRequest(routed, url.searchParams, body, raw.length > 0)
    for (const p of checked.problems) violations.push(`${where} (${op.operationId}): request ${p}`)
    if (checked.problems.length) {
      send({ status: 422, body: { message: 'Invalid request.', documentation_url: DOCS, errors: checked.problems.map((message) => ({ code: 'invalid', message })) } }, op)
      return
    }
    const ctx: Ctx = { params: checked.params, query: checked.query, body: body as Record<string, unknown>, token, accept: req.headers.accept ?? '' }
    let reply: Reply
    try {
      if (checked.params.owner !== state.owner || checked.params.repo !== state.repo) throw new HttpError(404, 'Not Found')
      const h = HANDLERS[op.operationId]
      if (!h) throw new Error(`no handler for ${op.operationId}`)
      if (WRITES.has(op.operationId) && token.access !== 'write') throw new HttpError(403, 'Resource not accessible by integration')
      reply = h(ctx)
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      const b: Record<string, unknown> = { message: err.message, documentation_url: DOCS }
      if (err.status === 422) b.errors = err.errors ?? []
      reply = { status: err.status, body: b }
    }
    send(reply, op)
  }

  interface Ctx {
    params: Record<string, unknown>
    query: Record<string, unknown>
    body: Record<string, unknown>
    token: TokenInfo
    accept: string
  }

  const WRITES = new Set(['git/create-ref', 'git/update-ref', 'git/create-tree', 'git/create-commit', 'pulls/create', 'pulls/update', 'actions/create-workflow-dispatch', 'repos/create-dispatch-event'])

  // ---- JSON representations (shapes from the OpenAPI description) ----

  function user(login: string) {
    const u = state.users.get(login) ?? { id: 1, type: 'User' as const }
    const url = `${base}/users/${encodeURIComponent(login)}`
    return {
      login,
      id: u.id,
      node_id: `U_${u.id}`,
      avatar_url: `${base}/avatars/${u.id}`,
      gravatar_id: '',
      url,
      html_url: `${base}/${encodeURIComponent(login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      site_admin: false,
      user_view_type: 'public'
    }
  }

  function repository() {
    const a = api()
    const t = '2024-01-01T00:00:00Z'
    return {
      id: state.repoId,
      node_id: `R_${state.repoId}`,
      name: state.repo,
      full_name: `${state.owner}/${state.repo}`,
      owner: user(state.owner),
      private: state.private,
      html_url: html(),
      description: null,
      fork: false,
      url: a,
      archive_url: `${a}/{archive_format}{/ref}`,
      assignees_url: `${a}/assignees{/user}`,
      blobs_url: `${a}/git/blobs{/sha}`,
      branches_url: `${a}/branches{/branch}`,
      collaborators_url: `${a}/collaborators{/collaborator}`,
      comments_url: `${a}/comments{/number}`,
      commits_url: `${a}/commits{/sha}`,
      compare_url: `${a}/compare/{base}...{head}`,
      contents_url: `${a}/contents/{+path}`,
      contributors_url: `${a}/contributors`,
      deployments_url: `${a}/deployments`,
      downloads_url: `${a}/downloads`,
      events_url: `${a}/events`,
      forks_url: `${a}/forks`,
      git_commits_url: `${a}/git/commits{/sha}`,
      git_refs_url: `${a}/git/refs{/sha}`,
      git_tags_url: `${a}/git/tags{/sha}`,
      git_url: `git://127.0.0.1/${state.owner}/${state.repo}.git`,
      issue_comment_url: `${a}/issues/comments{/number}`,
      issue_events_url: `${a}/issues/events{/number}`,
      issues_url: `${a}/issues{/number}`,
      keys_url: `${a}/keys{/key_id}`,
      labels_url: `${a}/labels{/name}`,
      languages_url: `${a}/languages`,
      merges_url: `${a}/merges`,
      milestones_url: `${a}/milestones{/number}`,
      notifications_url: `${a}/notifications{?since,all,participating}`,
      pulls_url: `${a}/pulls{/number}`,
      releases_url: `${a}/releases{/id}`,
      ssh_url: `git@127.0.0.1:${state.owner}/${state.repo}.git`,
      stargazers_url: `${a}/stargazers`,
      statuses_url: `${a}/statuses/{sha}`,
      subscribers_url: `${a}/subscribers`,
      subscription_url: `${a}/subscription`,
      tags_url: `${a}/tags`,
      teams_url: `${a}/teams`,
      trees_url: `${a}/git/trees{/sha}`,
      clone_url: `${html()}.git`,
      mirror_url: null,
      hooks_url: `${a}/hooks`,
      svn_url: html(),
      homepage: null,
      language: 'Rust',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: state.defaultBranch,
      open_issues: state.pulls.filter((p) => p.state === 'open').length,
      open_issues_count: state.pulls.filter((p) => p.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: state.private ? 'private' : 'public',
      pushed_at: t,
      created_at: t,
      updated_at: t,
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: true,
      allow_forking: false,
      web_commit_signoff_required: false,
      license: null
    }
  }

  function fullRepository() {
    return { ...repository(), network_count: 0, subscribers_count: 0 }
  }

  function commitJson(sha: string) {
    const c = git.commits.get(sha)!
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: `${api()}/git/commits/${sha}`,
      html_url: `${html()}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      tree: { sha: c.tree, url: `${api()}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${api()}/git/commits/${p}`, html_url: `${html()}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  function refJson(ref: string) {
    const sha = git.refs.get(ref)!
    return {
      ref: `refs/${ref}`,
      node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      url: `${api()}/git/refs/${ref.split('/').map(encodeURIComponent).join('/')}`,
      object: { type: 'commit', sha, url: `${api()}/git/commits/${sha}` }
    }
  }

  function treeJson(sha: string) {
    return {
      sha,
      url: `${api()}/git/trees/${sha}`,
      truncated: false,
      tree: (git.trees.get(sha) ?? []).map((e) => ({
        path: e.name,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === 'blob' ? { size: git.blobs.get(e.sha)?.length ?? 0 } : {}),
        url: `${api()}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`
      }))
    }
  }

  function association(login: string): string {
    if (login === state.owner) return 'OWNER'
    const u = state.users.get(login)
    if (!u || u.role === 'none') return 'NONE'
    return u.type === 'Bot' ? 'NONE' : 'COLLABORATOR'
  }

  function pullLinks(n: number) {
    const a = api()
    return {
      self: { href: `${a}/pulls/${n}` },
      html: { href: `${html()}/pull/${n}` },
      issue: { href: `${a}/issues/${n}` },
      comments: { href: `${a}/issues/${n}/comments` },
      review_comments: { href: `${a}/pulls/${n}/comments` },
      review_comment: { href: `${a}/pulls/comments{/number}` },
      commits: { href: `${a}/pulls/${n}/commits` },
      statuses: { href: `${a}/statuses/${headSha(n)}` }
    }
  }

  function headSha(n: number): string {
    const p = state.pulls.find((x) => x.number === n)!
    return git.refs.get(`heads/${p.head}`) ?? p.merge_commit_sha ?? ''
  }

  function pullSimple(p: Pull) {
    const a = api()
    const branchRef = (branch: string, sha: string) => ({ label: `${state.owner}:${branch}`, ref: branch, repo: repository(), sha, user: user(state.owner) })
    return {
      url: `${a}/pulls/${p.number}`,
      id: p.id,
      node_id: `PR_${p.id}`,
      html_url: `${html()}/pull/${p.number}`,
      diff_url: `${html()}/pull/${p.number}.diff`,
      patch_url: `${html()}/pull/${p.number}.patch`,
      issue_url: `${a}/issues/${p.number}`,
      commits_url: `${a}/pulls/${p.number}/commits`,
      review_comments_url: `${a}/pulls/${p.number}/comments`,
      review_comment_url: `${a}/pulls/comments{/number}`,
      comments_url: `${a}/issues/${p.number}/comments`,
      statuses_url: `${a}/statuses/${headSha(p.number)}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: user(p.user),
      body: p.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.created_at,
      updated_at: p.updated_at,
      closed_at: p.closed_at,
      merged_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branchRef(p.head, headSha(p.number)),
      base: branchRef(p.base, git.refs.get(`heads/${p.base}`) ?? ''),
      _links: pullLinks(p.number),
      author_association: association(p.user),
      auto_merge: null,
      draft: p.draft
    }
  }

  function pullFull(p: Pull) {
    const head = headSha(p.number)
    const baseSha = git.refs.get(`heads/${p.base}`) ?? ''
    const before = baseSha ? git.flatten(git.commits.get(baseSha)!.tree) : new Map()
    const after = head && git.commits.has(head) ? git.flatten(git.commits.get(head)!.tree) : new Map()
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k)?.sha !== after.get(k)?.sha)
    let commits = 0
    for (let s: string | undefined = head; s && s !== baseSha && !git.isAncestor(s, baseSha); s = git.commits.get(s)?.parents[0]) commits++
    return {
      ...pullSimple(p),
      merged: p.merged_at !== null,
      mergeable: p.state === 'open' ? true : null,
      rebaseable: p.state === 'open' ? true : null,
      mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
      merged_by: p.merged_by ? user(p.merged_by) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: changed.length,
      deletions: changed.length,
      changed_files: changed.length
    }
  }

  function assetJson(a: ReleaseAsset) {
    return {
      url: `${api()}/releases/assets/${a.id}`,
      browser_download_url: `${base}/_storage/assets/${a.id}`,
      id: a.id,
      node_id: `RA_${a.id}`,
      name: a.name,
      label: null,
      state: 'uploaded',
      content_type: a.content_type,
      size: a.data.length,
      digest: null,
      download_count: 0,
      created_at: a.created_at,
      updated_at: a.created_at,
      uploader: user(state.owner)
    }
  }

  function releaseJson(r: Release) {
    const a = api()
    return {
      url: `${a}/releases/${r.id}`,
      html_url: `${html()}/releases/tag/${encodeURIComponent(r.tag_name)}`,
      assets_url: `${a}/releases/${r.id}/assets`,
      upload_url: `${base}/uploads/repos/${state.owner}/${state.repo}/releases/${r.id}/assets{?name,label}`,
      tarball_url: `${a}/tarball/${encodeURIComponent(r.tag_name)}`,
      zipball_url: `${a}/zipball/${encodeURIComponent(r.tag_name)}`,
      id: r.id,
      node_id: `RE_${r.id}`,
      tag_name: r.tag_name,
      target_commitish: r.target_commitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      created_at: r.created_at,
      published_at: r.published_at,
      author: user(r.author),
      assets: r.assets.map(assetJson)
    }
  }

  // ---- Operations ----

  const page = <T>(items: T[], q: Record<string, unknown>) => {
    const per = Math.min(Number(q.per_page ?? 30), 100)
    const n = Number(q.page ?? 1)
    return items.slice((n - 1) * per, n * per)
  }
  const fail = (status: number, message: string, errors?: unknown[]): never => {
    throw new HttpError(status, message, errors)
  }
  /** `heads/x` / `refs/heads/x` → `heads/x` (the key of git.refs). */
  const refKey = (ref: string) => ref.replace(/^refs\//, '')
  const branchOf = (ref: string) => ref.replace(/^refs\/heads\//, '')

  const HANDLERS: Record<string, (c: Ctx) => Reply> = {
    'repos/get': () => ({ status: 200, body: fullRepository() }),

    'repos/get-collaborator-permission-level': ({ params }) => {
      const login = String(params.username)
      const u = state.users.get(login)
      if (!u || u.type === 'Organization') fail(404, 'Not Found')
      const role = u!.role
      const level = typeof role === 'object' ? role.base : role
      const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(level)
      const legacy = level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level
      const roleName = typeof role === 'object' ? role.custom : role
      const permissions = { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 }
      return { status: 200, body: { permission: legacy, role_name: roleName, user: { ...user(login), email: null, name: null, permissions, role_name: roleName } } }
    },

    'git/get-ref': ({ params }) => {
      const key = refKey(String(params.ref))
      if (!git.refs.has(key)) fail(404, 'Not Found')
      return { status: 200, body: refJson(key) }
    },

    'git/create-ref': ({ body }) => {
      const ref = String(body.ref)
      if (!/^refs\/(heads|tags)\/.+/.test(ref)) fail(422, `Reference name is not valid: ${ref}`)
      const key = refKey(ref)
      if (git.refs.has(key)) fail(422, 'Reference already exists')
      if (!git.commits.has(String(body.sha))) fail(422, 'Object does not exist')
      git.refs.set(key, String(body.sha))
      return { status: 201, body: refJson(key), headers: { location: refJson(key).url } }
    },

    'git/update-ref': ({ params, body }) => {
      const key = refKey(String(params.ref))
      const current = git.refs.get(key)
      if (!current) fail(422, 'Reference does not exist')
      const sha = String(body.sha)
      if (!git.commits.has(sha)) fail(422, 'Object does not exist')
      if (body.force !== true && !git.isAncestor(current!, sha)) fail(422, 'Update is not a fast forward')
      git.refs.set(key, sha)
      touchPulls(key)
      return { status: 200, body: refJson(key) }
    },

    'git/get-commit': ({ params }) => {
      const sha = String(params.commit_sha)
      if (!git.commits.has(sha)) fail(404, 'Not Found')
      return { status: 200, body: commitJson(sha) }
    },

    'git/create-tree': ({ body }) => {
      const files = new Map<string, { sha: string; mode: Mode; type: TreeEntry['type'] }>()
      if (body.base_tree !== undefined) {
        const baseTree = String(body.base_tree)
        if (!git.trees.has(baseTree)) fail(404, 'Not Found')
        for (const [k, v] of git.flatten(baseTree)) files.set(k, v)
      }
      for (const e of body.tree as Array<{ path?: string; mode?: Mode; type?: TreeEntry['type']; sha?: string | null; content?: string }>) {
        if (!e.path || !e.mode || !e.type) fail(422, 'tree entries need path, mode and type', [{ resource: 'Tree', code: 'missing_field' }])
        if (e.path!.startsWith('/') || e.path!.split('/').some((s) => s === '' || s === '.' || s === '..')) fail(422, `path '${e.path}' is not valid`)
        if (e.type === 'tree') fail(422, 'the double builds trees from paths; pass blobs')
        if (e.content !== undefined && e.sha !== undefined) fail(422, 'tree entry with both sha and content')
        if (e.sha === null) {
          // Deletes the path (and anything under it).
          for (const k of [...files.keys()]) if (k === e.path || k.startsWith(`${e.path}/`)) files.delete(k)
          continue
        }
        const sha = e.content !== undefined ? git.blob(e.content) : String(e.sha)
        if (!git.blobs.has(sha)) fail(422, `tree.sha ${sha} is not a valid blob`)
        // A file replaces a directory of the same name and vice versa.
        for (const k of [...files.keys()]) if (k.startsWith(`${e.path}/`) || e.path!.startsWith(`${k}/`)) files.delete(k)
        files.set(e.path!, { sha, mode: e.mode!, type: 'blob' })
      }
      const sha = git.build(files)
      return { status: 201, body: treeJson(sha), headers: { location: `${api()}/git/trees/${sha}` } }
    },

    'git/create-commit': ({ body, token }) => {
      const tree = String(body.tree)
      if (!git.trees.has(tree)) fail(422, 'Tree SHA does not exist')
      const parents = ((body.parents as string[] | undefined) ?? []).map(String)
      for (const p of parents) if (!git.commits.has(p)) fail(422, 'Parent SHA does not exist or is not a commit object')
      const date = NOW()
      const who = (p: unknown): Person => {
        const o = (p ?? {}) as { name?: string; email?: string; date?: string }
        return { name: o.name ?? token.login, email: o.email ?? `${state.users.get(token.login)?.id ?? 0}+${token.login}@users.noreply.example.com`, date: o.date ?? date }
      }
      const author = who(body.author)
      const sha = git.commit({ tree, parents, message: String(body.message), author, committer: body.committer ? who(body.committer) : author })
      return { status: 201, body: commitJson(sha), headers: { location: `${api()}/git/commits/${sha}` } }
    },

    'pulls/list': ({ query }) => {
      const st = String(query.state ?? 'open')
      let list = state.pulls.filter((p) => st === 'all' || p.state === st)
      if (query.head !== undefined) {
        const h = String(query.head)
        const [who, ref] = h.includes(':') ? [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)] : [state.owner, h]
        list = who === state.owner ? list.filter((p) => p.head === ref) : []
      }
      if (query.base !== undefined) list = list.filter((p) => p.base === String(query.base))
      const sort = String(query.sort ?? 'created')
      const dir = String(query.direction ?? (sort === 'created' ? 'desc' : 'asc'))
      list = [...list].sort((a, b) => (a.number - b.number) * (dir === 'desc' ? -1 : 1))
      return { status: 200, body: page(list, query).map(pullSimple) }
    },

    'pulls/create': ({ body, token }) => {
      const head = String(body.head)
      const branch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head
      if (head.includes(':') && head.slice(0, head.indexOf(':')) !== state.owner) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
      const baseBranch = String(body.base)
      if (!git.refs.has(`heads/${branch}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
      if (!git.refs.has(`heads/${baseBranch}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      if (state.pulls.some((p) => p.state === 'open' && p.head === branch && p.base === baseBranch)) {
        fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${state.owner}:${branch}.` }])
      }
      const headCommit = git.refs.get(`heads/${branch}`)!
      const baseCommit = git.refs.get(`heads/${baseBranch}`)!
      if (git.isAncestor(headCommit, baseCommit)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseBranch} and ${branch}` }])
      if (body.title === undefined && body.issue === undefined) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }])
      const now = NOW()
      const number = state.pulls.length + 1
      const p: Pull = {
        number,
        id: 9000 + number,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : null,
        head: branch,
        base: baseBranch,
        state: 'open',
        user: token.login,
        draft: body.draft === true,
        created_at: now,
        updated_at: now,
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        merged_by: null
      }
      state.pulls.push(p)
      return { status: 201, body: pullFull(p), headers: { location: `${api()}/pulls/${number}` } }
    },

    'pulls/update': ({ params, body }) => {
      const p = state.pulls.find((x) => x.number === Number(params.pull_number))
      if (!p) fail(404, 'Not Found')
      const pr = p!
      if (body.base !== undefined && !git.refs.has(`heads/${String(body.base)}`)) fail(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      if (body.title !== undefined) pr.title = String(body.title)
      if (body.body !== undefined) pr.body = String(body.body)
      if (body.base !== undefined) pr.base = String(body.base)
      if (body.state !== undefined && body.state !== pr.state) {
        if (pr.merged_at) fail(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: 'Cannot change the state of a merged pull request' }])
        pr.state = body.state as Pull['state']
        pr.closed_at = pr.state === 'closed' ? NOW() : null
      }
      pr.updated_at = NOW()
      return { status: 200, body: pullFull(pr) }
    },

    'actions/create-workflow-dispatch': ({ params, body, token }) => {
      const id = params.workflow_id as string | number
      if (typeof id !== 'string' || !state.workflows.includes(id)) fail(404, 'Not Found')
      const ref = String(body.ref)
      if (!git.refs.has(ref.startsWith('refs/') ? refKey(ref) : `heads/${ref}`) && !git.refs.has(`tags/${ref}`)) fail(422, `No ref found for: ${ref}`)
      const run_id = 70000 + state.workflowDispatches.length + 1
      state.workflowDispatches.push({ workflow_id: id, ref, inputs: (body.inputs as Record<string, unknown>) ?? {}, actor: token.login, run_id })
      if (body.return_run_details === true) {
        return { status: 200, body: { workflow_run_id: run_id, run_url: `${api()}/actions/runs/${run_id}`, html_url: `${html()}/actions/runs/${run_id}` } }
      }
      return { status: 204 }
    },

    'repos/create-dispatch-event': ({ body, token }) => {
      state.repositoryDispatches.push({ event_type: String(body.event_type), client_payload: (body.client_payload as Record<string, unknown>) ?? {}, actor: token.login })
      return { status: 204 }
    },

    'repos/get-release-by-tag': ({ params }) => {
      const r = state.releases.find((x) => x.tag_name === String(params.tag) && !x.draft)
      if (!r) fail(404, 'Not Found')
      return { status: 200, body: releaseJson(r!) }
    },

    'repos/list-releases': ({ query }) => ({ status: 200, body: page([...state.releases].reverse(), query).map(releaseJson) }),

    'repos/get-release-asset': ({ params, accept }) => {
      const a = state.releases.flatMap((r) => r.assets).find((x) => x.id === Number(params.asset_id))
      if (!a) fail(404, 'Not Found')
      if (/application\/octet-stream/.test(accept)) return { status: 302, headers: { location: `${base}/_storage/assets/${a!.id}` } }
      return { status: 200, body: assetJson(a!) }
    }
  }

  /** A moved branch moves its open pull requests' head. */
  function touchPulls(key: string) {
    for (const p of state.pulls) if (p.state === 'open' && `heads/${p.head}` === key) p.updated_at = NOW()
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  let tokenSeq = 0
  return {
    url: base,
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
      git.refs.delete(`heads/${branchOf(p.head)}`)
      Object.assign(p, { state: 'closed', merged_at: NOW(), closed_at: NOW(), merge_commit_sha: sha, merged_by: login })
      return sha
    },
    failNext(operationId, status, opts = {}) {
      openapi.operation(operationId)
      faults.push({ operationId, status, times: opts.times ?? 1, headers: opts.headers ?? {}, message: opts.message ?? `injected ${status}` })
    },
    addRelease(r) {
      const id = 500 + state.releases.length + 1
      const now = NOW()
      const release: Release = {
        id,
        tag_name: r.tag_name,
        target_commitish: state.defaultBranch,
        name: r.tag_name,
        body: null,
        draft: r.draft ?? false,
        prerelease: false,
        author: state.owner,
        created_at: now,
        published_at: r.draft ? null : now,
        assets: Object.entries(r.assets ?? {}).map(([name, data], i) => ({
          id: id * 100 + i,
          name,
          content_type: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
          data: typeof data === 'string' ? Buffer.from(data) : data,
          created_at: now
        }))
      }
      state.releases.push(release)
      return release
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
