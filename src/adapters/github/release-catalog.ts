/**
 * GitHub releases as prune sees them: every published release with a release-manifest.json
 * asset (drafts and releases without one are not modules-rebuild's and are left alone), its
 * `published_at` and GitHub's `immutable` flag. Deleting a release deletes it and its tag; GitHub
 * refuses (422) for an immutable release, which is then reported as such.
 */
import type { ListedRelease, ReleaseCatalog, ReleaseDeletion } from '../../core/deploy/catalog.js'
import { createOctokit, httpStatus, type Octokit } from './client.js'
import { GitHubReleaseStore } from './releases.js'

interface ListedGitHubRelease {
  id: number
  tag_name: string
  draft: boolean
  published_at: string | null
  created_at: string
  immutable?: boolean
}

export class GitHubReleaseCatalog implements ReleaseCatalog {
  readonly kind = 'github'
  readonly label: string
  private readonly owner: string
  private readonly repo: string
  private readonly ids = new Map<string, number>()

  constructor(
    private readonly octokit: Octokit,
    repository: string
  ) {
    const [owner, repo, ...rest] = repository.split('/')
    if (!owner || !repo || rest.length) throw new Error(`repository must be owner/repo, got '${repository}'`)
    this.owner = owner
    this.repo = repo
    this.label = repository
  }

  async list(): Promise<ListedRelease[]> {
    let all: ListedGitHubRelease[]
    try {
      all = (await this.octokit.paginate(this.octokit.rest.repos.listReleases, { owner: this.owner, repo: this.repo, per_page: 100 })) as ListedGitHubRelease[]
    } catch (err) {
      throw new Error(`GitHub ${this.label}: cannot list releases: ${(err as Error).message}`, { cause: err })
    }
    const store = new GitHubReleaseStore({ octokit: this.octokit, repository: this.label })
    const out: ListedRelease[] = []
    for (const r of all) {
      if (r.draft) continue
      const m = await store.manifest(r.tag_name)
      if (m === null || m === 'none' || m.release_id !== r.tag_name) continue
      this.ids.set(r.tag_name, r.id)
      out.push({ manifest: m, published_at: r.published_at ?? r.created_at, immutable: r.immutable === true })
    }
    return out
  }

  async delete(releaseId: string): Promise<ReleaseDeletion> {
    const id = this.ids.get(releaseId)
    if (id === undefined) throw new Error(`GitHub ${this.label}: release ${releaseId} was not listed`)
    try {
      await this.octokit.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id })
    } catch (err) {
      const status = httpStatus(err)
      if (status === 404) return { outcome: 'gone' }
      if (status === 422) return { outcome: 'immutable', message: `GitHub refused to delete it (422: ${(err as Error).message})` }
      throw new Error(`GitHub ${this.label}: cannot delete release ${releaseId}: ${(err as Error).message}`, { cause: err })
    }
    try {
      await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `tags/${releaseId}` })
    } catch (err) {
      const status = httpStatus(err)
      if (status !== 404 && status !== 422) throw new Error(`GitHub ${this.label}: release ${releaseId} deleted, but not its tag: ${(err as Error).message}`, { cause: err })
    }
    return { outcome: 'deleted' }
  }
}

export function githubReleaseCatalog(o: { token: string; repository: string; baseUrl?: string; log?: (m: string) => void }): GitHubReleaseCatalog {
  return new GitHubReleaseCatalog(createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) }), o.repository)
}
