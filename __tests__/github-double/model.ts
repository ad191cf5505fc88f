/**
 * The state of the GitHub API double (one in-memory repository) and what its operation handlers
 * share: the request context, the reply, errors as GitHub words them, pagination.
 */
import type { GitStore } from './git.js'

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
  label: string | null
  content_type: string
  /** Where the bytes are: a file in the double's storage directory (uploads never sit in memory). */
  file: string
  size: number
  /** `sha256:<hex>` of the bytes, as GitHub reports it. */
  digest: string
  uploader: string
  created_at: string
  updated_at: string
}

export interface Release {
  id: number
  tag_name: string
  target_commitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  /** Published while immutable releases were on: assets and tag are locked. */
  immutable: boolean
  author: string
  created_at: string
  updated_at: string
  published_at: string | null
  assets: ReleaseAsset[]
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatus {
  id: number
  state: DeploymentState
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  creator: string
  created_at: string
}

export interface Deployment {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  description: string | null
  transient_environment: boolean
  production_environment: boolean
  creator: string
  created_at: string
  updated_at: string
  /** Oldest first. */
  statuses: DeploymentStatus[]
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
  /** What the token may do: read-only tokens get 403 on writes and do not see draft releases. */
  access: 'read' | 'write'
}

export interface LoggedRequest {
  method: string
  path: string
  operationId: string | null
  /** 0: the double reset the connection (an injected fault). */
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
  /** Oldest first. */
  releases: Release[]
  /** The release `GET /releases/latest` answers (make_latest); null: none yet. */
  latestReleaseId: number | null
  /** Immutable releases (repository setting): releases published from now on are immutable. */
  immutableReleases: boolean
  /** Tags once used by an immutable release: never reusable, as on GitHub. */
  burnedTags: Set<string>
  /** Oldest first. */
  deployments: Deployment[]
  /** Workflow files that accept workflow_dispatch (`.github/workflows/<name>`), by file name. */
  workflows: string[]
  workflowDispatches: WorkflowDispatch[]
  repositoryDispatches: RepositoryDispatch[]
  requests: LoggedRequest[]
}

/** Bytes stored by the double (asset uploads). */
export interface StoredBody {
  file: string
  size: number
  /** `sha256:<hex>`. */
  digest: string
}

/** What the handlers see of the double: its state and the URLs it answers under. */
export interface World {
  state: DoubleState
  /** `http://127.0.0.1:<port>`. */
  base: string
  /** Stores bytes in the storage directory (addRelease's assets). */
  store(bytes: Buffer): StoredBody
  /** A fresh id for releases, assets, deployments and statuses. */
  nextId(): number
}

export interface Ctx {
  params: Record<string, unknown>
  query: Record<string, unknown>
  /** The JSON body (undefined for none, and for raw uploads). */
  body: Record<string, unknown>
  /** The body of a raw upload, already streamed to a file of the storage directory (null for other operations). */
  upload: StoredBody | null
  headers: Record<string, string | string[] | undefined>
  token: TokenInfo
  accept: string
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (c: Ctx) => Reply

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[]
  ) {
    super(message)
  }
}

export const fail = (status: number, message: string, errors?: unknown[]): never => {
  throw new HttpError(status, message, errors)
}

export const NOW = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
export const DOCS = 'https://docs.github.com/rest'

export const page = <T>(items: T[], q: Record<string, unknown>) => {
  const per = Math.min(Number(q.per_page ?? 30), 100)
  const n = Number(q.page ?? 1)
  return items.slice((n - 1) * per, n * per)
}

export const apiUrl = (w: World) => `${w.base}/repos/${w.state.owner}/${w.state.repo}`
export const htmlUrl = (w: World) => `${w.base}/${w.state.owner}/${w.state.repo}`
