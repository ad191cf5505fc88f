/**
 * GitHub releases as the publish sink: lookups through GitHubReleaseStore, the release itself
 * through the transaction of github-publish.ts (tag lock → draft → upload → verify → publish),
 * injected (tests pass a stand-in); githubReleaseSink wires the real one.
 */
import { createOctokit } from './client.js'
import { publishToGitHub } from './release-publish.js'
import type { GitHubPublishRequest, GitHubPublishResult } from '../../core/release/publish-types.js'
import { GitHubReleaseStore, type Octokit } from './releases.js'
import type { ReleaseManifest } from '../../core/release/manifest.js'
import type { ReleaseRequest, ReleaseSink, SinkResult } from '../../core/release/store.js'

export type GitHubTransaction = (octokit: Octokit, req: GitHubPublishRequest) => Promise<GitHubPublishResult>

export interface GitHubSinkOptions {
  octokit: Octokit
  /** `owner/repo`. */
  repository: string
  transaction: GitHubTransaction
  /** How many of the newest releases `previous` looks through (default 30). */
  scan?: number
}

export class GitHubReleaseSink implements ReleaseSink {
  readonly label: string
  private readonly store: GitHubReleaseStore
  private readonly owner: string
  private readonly repo: string

  constructor(private readonly o: GitHubSinkOptions) {
    this.store = new GitHubReleaseStore({ octokit: o.octokit, repository: o.repository, scan: o.scan ?? 30 })
    this.label = o.repository
    ;[this.owner, this.repo] = o.repository.split('/') as [string, string]
  }

  find(releaseId: string) {
    return this.store.find(releaseId)
  }

  async existingHash(releaseId: string): Promise<string | null | undefined> {
    const m = await this.store.manifest(releaseId)
    if (m === null) return undefined
    return m === 'none' ? null : (m.manifest_hash ?? null)
  }

  async previous(component: string, releaseId: string): Promise<ReleaseManifest | null> {
    for (const tag of await this.store.recent()) {
      if (tag === releaseId) continue
      const m = await this.store.manifest(tag)
      if (m && m !== 'none' && m.schema === 2 && m.component === component) return m
    }
    return null
  }

  async publish(req: ReleaseRequest): Promise<SinkResult> {
    if (!req.commit) throw new Error(`release ${req.tag}: the plan has no source commit to tag (publish to GitHub from a git checkout)`)
    const r = await this.o.transaction(this.o.octokit, { owner: this.owner, repo: this.repo, tag: req.tag, commit: req.commit, name: req.name, body: req.body, manifestHash: req.manifestHash, assets: req.assets, makeLatest: req.makeLatest })
    return { outcome: r.outcome, url: r.html_url, id: r.id }
  }
}

/** The GitHub sink of `publish`: the one client (retry, throttling) and the release transaction. */
export function githubReleaseSink(o: { token: string; repository: string; baseUrl?: string; log?: (m: string) => void }): GitHubReleaseSink {
  const octokit = createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) })
  return new GitHubReleaseSink({ octokit, repository: o.repository, transaction: (ok, req) => publishToGitHub(ok, req, o.log ? { log: o.log } : {}) })
}
