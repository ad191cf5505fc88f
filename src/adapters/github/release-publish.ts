/**
 * The GitHub release transaction: tag lock → draft → upload → verify → publish.
 *
 *   1. A published release of the tag already? Same manifest_hash (its release-manifest.json) and
 *      the same assets → `unchanged`, nothing written; another manifest_hash → refused.
 *   2. The lock: create `refs/tags/<tag>` at the commit. "Reference already exists" at the same
 *      commit means another publisher (or a crashed earlier run) holds it; at another commit → refused.
 *   3. The draft: the lock holder creates it (or reuses its own from a crashed run). A publisher
 *      that lost the lock polls the releases of the tag (drafts are not found by tag: it lists
 *      them) until the winner publishes — then it verifies that release (`adopted`) — or until the
 *      winner's draft has not changed for `takeoverAfterMs` (the winner died): it takes the draft over.
 *   4. Uploads, one at a time, streamed from disk: an asset already there with the same size and
 *      digest is skipped, a different one replaced (delete + upload), extra assets deleted.
 *   5. Verification: the listed assets are exactly the request's (names, sizes, sha256 digests).
 *   6. Publication (draft: false, make_latest), then the published release is verified again and
 *      stray drafts of the tag (from crashed runs) are deleted.
 * Nothing is ever published before step 5 passed, so nobody sees a release with a missing or
 * wrong asset; every step can be rerun after a crash and converges on the one release.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { httpStatus, isAlreadyExists, type Octokit } from './client.js'
import { ToolError } from '../../core/diagnostics/errors.js'
import { assetProblems, deleteAsset, listAssets, manifestHashOf, putAsset, type RemoteAsset, type Repo } from './release-assets.js'
import type { GitHubPublishRequest, GitHubPublishResult } from '../../core/release/publish-types.js'

export type { GitHubPublishRequest, GitHubPublishResult, PublishAsset } from '../../core/release/publish-types.js'

export interface PublishOptions {
  log?: (message: string) => void
  /** How long a draft of the tag may stay unchanged before a publisher that lost the lock takes it over (default 120 000 ms). */
  takeoverAfterMs?: number
  /** Interval of that polling (default 2 000 ms). */
  pollMs?: number
  /** Attempts per asset on top of the client's own retries (default 3). */
  uploadAttempts?: number
}

/**
 * Why a publication was refused (exit 1): the request contradicts what is on GitHub (rule
 * release-conflict), or is malformed (release-request-invalid).
 */
export class PublishRefusedError extends ToolError {
  override name = 'PublishRefusedError'
  constructor(
    readonly reason: 'manifest-mismatch' | 'tag-commit-mismatch' | 'published-assets-mismatch' | 'invalid-request',
    message: string
  ) {
    super(reason === 'invalid-request' ? 'release-request-invalid' : 'release-conflict', message)
  }
}

interface Rel {
  id: number
  tag_name: string
  draft: boolean
  immutable?: boolean
  html_url: string
  upload_url: string
  assets: RemoteAsset[]
}

const ROUNDS = 6

export async function publishToGitHub(octokit: Octokit, req: GitHubPublishRequest, opts: PublishOptions = {}): Promise<GitHubPublishResult> {
  const log = opts.log ?? (() => {})
  const r: Repo = { owner: req.owner, repo: req.repo }
  const tag = req.tag
  const where = `${req.owner}/${req.repo} release ${tag}`
  checkRequest(req)
  const done = { uploaded: [] as string[], skipped: [] as string[], replaced: [] as string[] }

  const releasesOfTag = async () => {
    const all = (await octokit.paginate(octokit.rest.repos.listReleases, { ...r, per_page: 100 })) as Rel[]
    const mine = all.filter((x) => x.tag_name === tag)
    return { published: mine.find((x) => !x.draft), drafts: mine.filter((x) => x.draft).sort((a, b) => a.id - b.id) }
  }

  const findPublished = async (): Promise<Rel | null> => {
    try {
      return (await octokit.rest.repos.getReleaseByTag({ ...r, tag })).data as unknown as Rel
    } catch (err) {
      if (httpStatus(err) === 404) return null
      throw err
    }
  }

  /** The tag's commit (null: no tag); refuses another commit than the request's. */
  const tagCommit = async (): Promise<string | null> => {
    let obj: { sha: string; type: string }
    try {
      obj = (await octokit.rest.git.getRef({ ...r, ref: `tags/${tag}` })).data.object
    } catch (err) {
      if (httpStatus(err) === 404) return null
      throw err
    }
    if (obj.type === 'commit' && obj.sha !== req.commit) {
      throw new PublishRefusedError('tag-commit-mismatch', `${where}: the tag ${tag} exists at commit ${obj.sha}, this release is of commit ${req.commit}; refusing to publish (a release_id names one commit)`)
    }
    return obj.sha
  }

  /** A published release of the tag: checked against the request, stray drafts removed. */
  const settle = async (rel: Rel, outcome: GitHubPublishResult['outcome']): Promise<GitHubPublishResult> => {
    await tagCommit()
    const assets = rel.assets ?? (await listAssets(octokit, r, rel.id))
    const hash = await manifestHashOf(octokit, r, assets)
    if (hash !== req.manifestHash) {
      throw new PublishRefusedError(
        'manifest-mismatch',
        `${where} is already published with manifest_hash ${hash ?? '(none: no readable release-manifest.json)'}; this release has manifest_hash ${req.manifestHash}. A release_id is published once: plan again to get a new one`
      )
    }
    const problems = assetProblems(assets, req.assets)
    if (problems.length) throw new PublishRefusedError('published-assets-mismatch', `${where} is published with the same manifest_hash but other assets (changed by hand?): ${problems.join('; ')}`)
    for (const d of (await releasesOfTag()).drafts) {
      log(`deleting the stray draft ${d.id} of ${tag}`)
      await deleteRelease(octokit, r, d.id)
    }
    log(`${where}: ${outcome}${rel.immutable ? ' (immutable)' : ''}`)
    return { id: rel.id, html_url: rel.html_url, outcome, ...done }
  }

  /** Lost the lock: waits for the winner to publish, or takes over a draft that stopped changing. */
  const waitForWinner = async (): Promise<{ published: Rel } | { draft: Rel | undefined }> => {
    const takeover = opts.takeoverAfterMs ?? 120_000
    const poll = Math.max(10, Math.min(opts.pollMs ?? 2_000, takeover))
    let seen = ''
    let since = Date.now()
    for (;;) {
      const now = await releasesOfTag()
      if (now.published) return { published: now.published }
      const print = JSON.stringify(now.drafts.map((d) => [d.id, d.assets.map((a) => [a.name, a.size, a.state])]))
      if (print !== seen) {
        seen = print
        since = Date.now()
      } else if (Date.now() - since >= takeover) {
        log(`${where}: no progress for ${takeover} ms; taking ${now.drafts[0] ? `draft ${now.drafts[0].id}` : 'the release'} over`)
        return { draft: now.drafts[0] }
      }
      await sleep(poll)
    }
  }

  let waited = false
  for (let round = 1; round <= ROUNDS; round++) {
    // 1. Already published?
    const existing = await findPublished()
    if (existing) return settle(existing, waited ? 'adopted' : 'unchanged')

    // 2. The lock.
    let holder = true
    try {
      await octokit.rest.git.createRef({ ...r, ref: `refs/tags/${tag}`, sha: req.commit })
      log(`${where}: tag created at ${req.commit}`)
    } catch (err) {
      if (!isAlreadyExists(err)) throw new Error(`${where}: cannot create the tag ${tag} at ${req.commit}: ${(err as Error).message}`, { cause: err })
      if ((await tagCommit()) === null) continue // an answer that was wrong: try again
      holder = false
    }

    // 3. The draft.
    let draft: Rel | undefined
    if (holder) {
      const now = await releasesOfTag()
      if (now.published) continue
      draft = now.drafts[0]
    } else {
      log(`${where}: the tag exists at ${req.commit}: another publisher holds the lock, waiting for it`)
      const w = await waitForWinner()
      waited = true
      if ('published' in w) continue
      draft = w.draft
    }
    if (!draft) {
      try {
        draft = (await octokit.rest.repos.createRelease({ ...r, tag_name: tag, target_commitish: req.commit, name: req.name, body: req.body, draft: true })).data as unknown as Rel
        log(`${where}: draft ${draft.id} created`)
      } catch (err) {
        if (isAlreadyExists(err)) continue
        throw err
      }
    } else log(`${where}: continuing draft ${draft.id}`)

    try {
      // 4. Uploads (extra assets first: a name may come back with other bytes).
      let remote = await listAssets(octokit, r, draft.id)
      const wanted = new Set(req.assets.map((a) => a.name))
      for (const extra of remote.filter((a) => !wanted.has(a.name))) {
        log(`deleting ${extra.name}: not part of this release`)
        await deleteAsset(octokit, r, extra.id)
      }
      for (const a of req.assets) {
        const { action } = await putAsset(octokit, r, draft, remote.find((x) => x.name === a.name), a, opts.uploadAttempts ?? 3, log)
        done[action].push(a.name)
        log(`${a.name}: ${action}`)
      }
      // 5. Verification.
      remote = await listAssets(octokit, r, draft.id)
      const problems = assetProblems(remote, req.assets)
      if (problems.length) throw new Error(`${where}: the draft's assets do not match after upload, not publishing: ${problems.join('; ')}`)
      // 6. Publication.
      const pub = (await octokit.rest.repos.updateRelease({ ...r, release_id: draft.id, tag_name: tag, name: req.name, body: req.body, draft: false, make_latest: req.makeLatest ? 'true' : 'false' })).data as unknown as Rel
      if (pub.draft) throw new Error(`${where}: GitHub kept release ${pub.id} a draft`)
      log(`${where}: published ${pub.html_url}`)
      return settle(pub, 'published')
    } catch (err) {
      // The draft vanished (another publisher finished and cleaned up) or another release of the
      // tag was published first: start over, which verifies and adopts it.
      if (httpStatus(err) === 404 || isAlreadyExists(err)) {
        log(`${where}: ${(err as Error).message}; starting over`)
        continue
      }
      throw err
    }
  }
  throw new Error(`${where}: no stable state after ${ROUNDS} rounds (concurrent publishers keep changing it); run publish again`)
}

async function deleteRelease(octokit: Octokit, r: Repo, id: number): Promise<void> {
  try {
    await octokit.rest.repos.deleteRelease({ ...r, release_id: id })
  } catch (err) {
    if (httpStatus(err) !== 404) throw err
  }
}

function checkRequest(req: GitHubPublishRequest): void {
  const problems: string[] = []
  if (!/^[0-9a-f]{40}$/.test(req.commit)) problems.push(`commit '${req.commit}' is not a 40-hex commit id`)
  const names = new Set<string>()
  for (const a of req.assets) {
    if (names.has(a.name)) problems.push(`asset ${a.name} appears twice`)
    names.add(a.name)
    if (!/^[0-9a-f]{64}$/.test(a.sha256)) problems.push(`asset ${a.name}: sha256 '${a.sha256}' is not 64 hex digits`)
  }
  if (problems.length) throw new PublishRefusedError('invalid-request', `release ${req.tag}: ${problems.join('; ')}`)
}
