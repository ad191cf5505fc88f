/**
 * GitHub Deployments as the deployment history: one Deployment per move of an environment (ref =
 * the release tag, payload = DeploymentPayload), statuses in_progress → success | failure. Only
 * deployments whose payload says `tool: modules-rebuild` are read back.
 *
 * Statuses are sent with `auto_inactive: false`, and a success makes the earlier successful
 * deployments of the same environment and component `inactive` explicitly: GitHub's auto_inactive
 * never touches production environments and would inactivate the other components of a headless
 * platform deployed to the same environment.
 *
 * Talks to GitHub through the project's one client (src/github/client.ts: retry and throttling).
 */
import { currentPointer, DeploymentPayloadSchema, supersededBy, type DeploymentRecord, type DeploymentState, type EnvironmentPointer, type StatusEntry } from '../../core/deploy/model.js'
import type { DeploymentHistory, NewDeployment, StatusUpdate } from '../../core/deploy/history.js'
import { createOctokit, type Octokit } from './client.js'

/** GitHub limits a status description to 140 characters. */
const describe = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text)
/** How many pages of an environment's newest deployments are read (100 per page). */
const MAX_PAGES = 3

interface GitHubDeployment {
  id: number
  ref: string
  environment: string
  payload: unknown
  description: string | null
  created_at: string
  creator: { login: string } | null
}

export class GitHubDeploymentHistory implements DeploymentHistory {
  readonly kind = 'github'
  private readonly owner: string
  private readonly repo: string

  constructor(
    private readonly octokit: Octokit,
    readonly label: string
  ) {
    const [owner, repo, ...rest] = label.split('/')
    if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got '${label}'`)
    this.owner = owner
    this.repo = repo
  }

  async create(d: NewDeployment): Promise<DeploymentRecord> {
    const r = await this.octokit.rest.repos.createDeployment({
      owner: this.owner,
      repo: this.repo,
      ref: d.ref,
      environment: d.environment,
      task: 'deploy',
      auto_merge: false,
      required_contexts: [],
      payload: d.payload as unknown as Record<string, never>,
      description: describe(d.description),
      transient_environment: false
    })
    if (r.status !== 201) throw new Error(`GitHub ${this.label}: creating the deployment answered ${r.status}: ${JSON.stringify(r.data)}`)
    const data = r.data as GitHubDeployment
    return { id: data.id, environment: d.environment, ref: d.ref, payload: d.payload, creator: data.creator?.login ?? null, description: d.description, created_at: data.created_at, statuses: [] }
  }

  async setStatus(id: number, u: StatusUpdate): Promise<void> {
    const before = u.state === 'success' ? await this.list(null, id, 1) : []
    await this.octokit.rest.repos.createDeploymentStatus({
      owner: this.owner,
      repo: this.repo,
      deployment_id: id,
      state: u.state,
      description: describe(u.description),
      auto_inactive: false,
      ...(u.logUrl ? { log_url: u.logUrl } : {}),
      ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {})
    })
    if (u.state !== 'success') return
    const self = before.find((x) => x.id === id)
    if (!self) return
    for (const other of supersededBy(before, self)) {
      await this.octokit.rest.repos.createDeploymentStatus({ owner: this.owner, repo: this.repo, deployment_id: other, state: 'inactive', description: describe(`superseded by deployment ${id}`), auto_inactive: false })
    }
  }

  /**
   * `includeId`: read the environment of this deployment (setStatus reads the one it changes).
   * `pages`: how many pages of 100 deployments to read (default 3; setStatus reads the newest 100).
   */
  async list(environment: string | null, includeId?: number, pages = MAX_PAGES): Promise<DeploymentRecord[]> {
    let env = environment
    if (includeId !== undefined && env === null) {
      const d = (await this.octokit.rest.repos.getDeployment({ owner: this.owner, repo: this.repo, deployment_id: includeId })).data as GitHubDeployment
      env = d.environment
    }
    const raw: GitHubDeployment[] = []
    for (let page = 1; page <= pages; page++) {
      const r = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, task: 'deploy', per_page: 100, page, ...(env !== null ? { environment: env } : {}) })
      raw.push(...(r.data as GitHubDeployment[]))
      if (r.data.length < 100) break
    }
    const out: DeploymentRecord[] = []
    for (const d of raw) {
      const r = await this.record(d)
      if (r) out.push(r)
    }
    return out.sort((a, b) => b.id - a.id)
  }

  /** Newest first, stopping at the first deployment of `component` that reached success. */
  async current(environment: string, component: string): Promise<EnvironmentPointer | null> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const r = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, task: 'deploy', environment, per_page: 100, page })
      for (const d of (r.data as GitHubDeployment[]).sort((x, y) => y.id - x.id)) {
        const rec = await this.record(d, component)
        const p = rec ? currentPointer([rec], environment, component) : null
        if (p) return p
      }
      if (r.data.length < 100) break
    }
    return null
  }

  /** One deployment with its statuses; null when it is not modules-rebuild's (or not of `component`). */
  private async record(d: GitHubDeployment, component?: string): Promise<DeploymentRecord | null> {
    const payload = DeploymentPayloadSchema.safeParse(typeof d.payload === 'string' ? safeJson(d.payload) : d.payload)
    if (!payload.success || (component !== undefined && payload.data.component !== component)) return null
    const statuses = (await this.octokit.rest.repos.listDeploymentStatuses({ owner: this.owner, repo: this.repo, deployment_id: d.id, per_page: 100 })).data
    const entries: StatusEntry[] = statuses
      .slice()
      .reverse()
      .filter((s) => ['in_progress', 'success', 'failure', 'error', 'inactive'].includes(s.state))
      .map((s) => ({ state: s.state as DeploymentState, description: s.description ?? '', at: s.created_at, log_url: s.log_url || null, environment_url: s.environment_url || null }))
    return { id: d.id, environment: d.environment, ref: d.ref, payload: payload.data, creator: d.creator?.login ?? null, description: d.description ?? '', created_at: d.created_at, statuses: entries }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** A history on GitHub's Deployments API through the one client (retry, throttling, user agent). */
export function githubDeploymentHistory(o: { token: string; repository: string; baseUrl?: string; log?: (m: string) => void; throttle?: boolean }): GitHubDeploymentHistory {
  return new GitHubDeploymentHistory(createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}), ...(o.throttle === false ? { throttle: false } : {}) }), o.repository)
}
