/**
 * GitHub releases as the release store: the release whose tag is the release_id, and its
 * `release-manifest.json` asset. Drafts are invisible to the tag lookup, so a release counts only
 * once it is published (publishing is transactional). `findBuild` scans the newest releases
 * (`scan`, default 100: one API page) for an asset whose name carries the build key's 16-hex short
 * form, then confirms the full key in that release's manifest.
 *
 * Talks to GitHub through the project's one client (src/adapters/github/client.ts: retry and throttling).
 */
import { createOctokit, httpStatus, type Octokit } from './client.js'
import { shortKey } from '../../core/plan/release-id.js'
import { parseReleaseManifest, RELEASE_MANIFEST, type ReleaseManifest } from '../../core/release/manifest.js'
import type { ExistingRelease, FoundBuild, ReleaseStore } from '../../core/release/store.js'

export type { Octokit }

export interface GitHubStoreOptions {
  octokit: Octokit
  /** `owner/repo`. */
  repository: string
  /** How many of the newest releases findBuild scans (default 100). */
  scan?: number
}

export class GitHubReleaseStore implements ReleaseStore {
  readonly kind = 'github'
  readonly label: string
  private readonly owner: string
  private readonly repo: string
  private readonly octokit: Octokit
  private readonly scan: number

  constructor(o: GitHubStoreOptions) {
    const [owner, repo, ...rest] = o.repository.split('/')
    if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got '${o.repository}'`)
    this.owner = owner
    this.repo = repo
    this.octokit = o.octokit
    this.scan = o.scan ?? 100
    this.label = o.repository
  }

  async find(releaseId: string): Promise<ExistingRelease | null> {
    const m = await this.manifest(releaseId)
    return m === null ? null : { release_id: releaseId, artifacts: m === 'none' ? [] : m.artifacts, ...(m !== 'none' && m.schema === 2 && m.images.length ? { images: m.images } : {}) }
  }

  /** The release-manifest.json of the published release `releaseId`; 'none' when it has none; null when there is no such release. */
  async manifest(releaseId: string): Promise<ReleaseManifest | 'none' | null> {
    let release: { id: number; draft: boolean; assets: Array<{ id: number; name: string }> }
    try {
      release = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data
    } catch (err) {
      if (httpStatus(err) === 404) return null
      throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${(err as Error).message}`, { cause: err })
    }
    if (release.draft) return null
    const asset = release.assets.find((a) => a.name === RELEASE_MANIFEST)
    if (!asset) return 'none'
    const text = await this.download(asset.id, `${releaseId}/${RELEASE_MANIFEST}`)
    return parseReleaseManifest(text, `${this.label} release ${releaseId}: ${RELEASE_MANIFEST}`)
  }

  /** Tags of the newest published releases (one API page of `scan`), newest first. */
  async recent(): Promise<string[]> {
    try {
      const list = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data
      return list.filter((r) => !r.draft).map((r) => r.tag_name)
    } catch (err) {
      throw new Error(`GitHub ${this.label}: cannot list releases: ${(err as Error).message}`, { cause: err })
    }
  }

  async findBuild(buildKey: string): Promise<FoundBuild | null> {
    const short = shortKey(buildKey)
    let releases: Array<{ tag_name: string; draft: boolean; assets: Array<{ name: string }> }>
    try {
      releases = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data
    } catch (err) {
      throw new Error(`GitHub ${this.label}: cannot list releases: ${(err as Error).message}`, { cause: err })
    }
    for (const r of releases) {
      if (r.draft || !r.assets.some((a) => a.name.includes(short))) continue
      const found = await this.find(r.tag_name)
      const artifact = found?.artifacts.find((a) => a.build_key === buildKey)
      if (found && artifact) return { release_id: found.release_id, artifact }
    }
    return null
  }

  private async download(assetId: number, what: string): Promise<string> {
    try {
      const r = await this.octokit.rest.repos.getReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } })
      const data: unknown = r.data
      if (typeof data === 'string') return data
      if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
      if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')
      return JSON.stringify(data) // a JSON body already decoded
    } catch (err) {
      throw new Error(`GitHub ${this.label}: cannot download ${what}: ${(err as Error).message}`, { cause: err })
    }
  }
}

/** The store of `repository` (owner/repo) with a token; `baseUrl` for GitHub Enterprise or an API double. */
export function githubReleaseStore(token: string, repository: string, baseUrl?: string): GitHubReleaseStore {
  return new GitHubReleaseStore({ octokit: createOctokit({ token, ...(baseUrl ? { baseUrl } : {}) }), repository })
}
