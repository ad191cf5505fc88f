/**
 * The files of a GitHub release (its assets), for deploy's verification: release-manifest.json and
 * SHA256SUMS read through the API, every other asset downloaded and hashed as a stream — the API
 * answers 302 to a signed storage URL, which is fetched without the token (it needs none, and the
 * token must not reach another host).
 */
import { httpStatus, type Octokit } from './client.js'
import type { AssetCheck, ReleaseFiles } from '../../core/deploy/verify.js'
import { GitHubReleaseStore } from './releases.js'
import type { ReleaseManifest } from '../../core/release/manifest.js'
import { hashStream } from '../fs/hash-stream.js'

interface Asset {
  id: number
  name: string
  url: string
}

export class GitHubReleaseFiles implements ReleaseFiles {
  private readonly store: GitHubReleaseStore
  private readonly owner: string
  private readonly repo: string
  private readonly assets = new Map<string, Promise<Asset[] | null>>()

  constructor(
    private readonly octokit: Octokit,
    readonly label: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = globalThis.fetch
  ) {
    this.store = new GitHubReleaseStore({ octokit, repository: label })
    ;[this.owner, this.repo] = label.split('/') as [string, string]
  }

  async manifest(releaseId: string): Promise<ReleaseManifest | null> {
    const m = await this.store.manifest(releaseId)
    if (m === 'none') throw new Error(`GitHub ${this.label}: release ${releaseId} has no release-manifest.json asset`)
    return m
  }

  async text(releaseId: string, name: string): Promise<string | null> {
    const a = (await this.list(releaseId))?.find((x) => x.name === name)
    if (!a) return null
    const chunks: Buffer[] = []
    for await (const c of await this.download(a)) chunks.push(Buffer.from(c))
    return Buffer.concat(chunks).toString('utf8')
  }

  async hash(releaseId: string, names: readonly string[]): Promise<AssetCheck[]> {
    const assets = (await this.list(releaseId)) ?? []
    const out: AssetCheck[] = []
    for (const name of names) {
      const a = assets.find((x) => x.name === name)
      out.push(a ? { name, found: true, ...(await hashStream(await this.download(a))) } : { name, found: false })
    }
    return out
  }

  private list(releaseId: string): Promise<Asset[] | null> {
    let p = this.assets.get(releaseId)
    if (!p) {
      p = (async () => {
        try {
          const r = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data
          return r.draft ? null : (r.assets as Asset[])
        } catch (err) {
          if (httpStatus(err) === 404) return null
          throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${(err as Error).message}`, { cause: err })
        }
      })()
      this.assets.set(releaseId, p)
    }
    return p
  }

  /** The asset's bytes as a stream. */
  private async download(a: Asset): Promise<AsyncIterable<Uint8Array>> {
    const what = `GitHub ${this.label}: asset ${a.name}`
    let res = await this.fetchImpl(a.url, { headers: { accept: 'application/octet-stream', authorization: `Bearer ${this.token}`, 'user-agent': 'modules-rebuild' }, redirect: 'manual' })
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 5; hops++) {
      const location = res.headers.get('location')
      await res.body?.cancel()
      if (!location) throw new Error(`${what}: redirect without a location`)
      // The storage URL is signed: no token, and no token to another host.
      res = await this.fetchImpl(new URL(location, a.url), { headers: { accept: 'application/octet-stream', 'user-agent': 'modules-rebuild' }, redirect: 'manual' })
    }
    if (res.status !== 200 || !res.body) {
      await res.body?.cancel()
      throw new Error(`${what}: download answered HTTP ${res.status}`)
    }
    return res.body as unknown as AsyncIterable<Uint8Array>
  }
}
