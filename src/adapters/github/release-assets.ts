/**
 * Release assets for the GitHub release transaction (github-publish.ts): listing, comparing with
 * the request (name, size, `digest: sha256:…`), streaming uploads from disk and reading the
 * manifest_hash of a release's release-manifest.json.
 */
import { FileBody, uploadFetch } from '../http/upload.js'
import { httpStatus, isAlreadyExists, type Octokit } from './client.js'
import type { PublishAsset } from '../../core/release/publish-types.js'
import { RELEASE_MANIFEST } from '../../core/release/manifest.js'

export { FileBody, uploadFetch }

export interface RemoteAsset {
  id: number
  name: string
  size: number
  digest?: string | null
  state?: string
}

export interface Repo {
  owner: string
  repo: string
}

/** True when the asset on GitHub has the request's bytes (complete upload, same size and digest). */
export const sameAsset = (remote: RemoteAsset, want: PublishAsset): boolean =>
  (remote.state === undefined || remote.state === 'uploaded') && remote.size === want.size && remote.digest === `sha256:${want.sha256}`

export async function listAssets(octokit: Octokit, r: Repo, releaseId: number): Promise<RemoteAsset[]> {
  return (await octokit.paginate(octokit.rest.repos.listReleaseAssets, { ...r, release_id: releaseId, per_page: 100 })) as RemoteAsset[]
}

/** Differences between the release's assets and the request: missing, wrong (size/digest), extra. Empty: they match. */
export function assetProblems(remote: RemoteAsset[], want: PublishAsset[]): string[] {
  const out: string[] = []
  const byName = new Map(remote.map((a) => [a.name, a]))
  for (const w of want) {
    const a = byName.get(w.name)
    if (!a) out.push(`${w.name}: missing`)
    else if (!sameAsset(a, w)) out.push(`${w.name}: ${a.size} bytes, ${a.digest ?? 'no digest'}${a.state && a.state !== 'uploaded' ? ` (${a.state})` : ''}; expected ${w.size} bytes, sha256:${w.sha256}`)
  }
  const names = new Set(want.map((w) => w.name))
  for (const a of remote) if (!names.has(a.name)) out.push(`${a.name}: not part of this release`)
  return out
}

async function uploadOnce(octokit: Octokit, url: string, a: PublishAsset): Promise<RemoteAsset> {
  const r = await octokit.request({
    method: 'POST',
    url, // the upload_url template ({?name,label}): Octokit fills name in
    name: a.name,
    data: new FileBody(a.path),
    headers: { 'content-type': a.contentType ?? 'application/octet-stream', 'content-length': a.size },
    request: { fetch: uploadFetch() }
  } as never)
  return (r as { data: RemoteAsset }).data
}

export interface UploadOutcome {
  action: 'uploaded' | 'skipped' | 'replaced'
}

/**
 * Makes the release's asset `a.name` hold `a`'s bytes: skipped when it already does, replaced
 * (delete + upload) when it holds others, uploaded when absent. Octokit retries each request
 * (5xx, resets, rate limits); on top of that a whole attempt is retried `attempts` times. A 422
 * already_exists (a concurrent publisher, or a retried upload that had arrived) is checked:
 * the same bytes are adopted, others replaced.
 */
export async function putAsset(octokit: Octokit, r: Repo, release: { id: number; upload_url: string }, current: RemoteAsset | undefined, a: PublishAsset, attempts = 3, log: (m: string) => void = () => {}): Promise<UploadOutcome> {
  if (current && sameAsset(current, a)) return { action: 'skipped' }
  let replaced = false
  let existing = current
  let lastErr: unknown
  for (let i = 1; i <= attempts; i++) {
    try {
      if (existing) {
        log(`replacing ${a.name} (${existing.size} bytes, ${existing.digest ?? 'no digest'})`)
        await deleteAsset(octokit, r, existing.id)
        replaced = true
        existing = undefined
      }
      const up = await uploadOnce(octokit, release.upload_url, a)
      if (!sameAsset(up, a)) throw new Error(`GitHub stored ${a.name} as ${up.size} bytes, ${up.digest ?? 'no digest'}; expected ${a.size} bytes, sha256:${a.sha256}`)
      return { action: replaced ? 'replaced' : 'uploaded' }
    } catch (err) {
      lastErr = err
      if (httpStatus(err) === 404) throw err // the release is gone: the transaction starts over
      existing = (await listAssets(octokit, r, release.id)).find((x) => x.name === a.name)
      if (existing && sameAsset(existing, a)) return { action: replaced ? 'replaced' : isAlreadyExists(err) ? 'skipped' : 'uploaded' }
      if (i < attempts) log(`upload of ${a.name} failed (${(err as Error).message}); attempt ${i + 1} of ${attempts}`)
    }
  }
  throw new Error(`cannot upload ${a.name}: ${(lastErr as Error).message}`)
}

async function deleteAsset(octokit: Octokit, r: Repo, assetId: number): Promise<void> {
  try {
    await octokit.rest.repos.deleteReleaseAsset({ ...r, asset_id: assetId })
  } catch (err) {
    if (httpStatus(err) !== 404) throw err
  }
}

export { deleteAsset }

/** manifest_hash of a release's release-manifest.json asset (null: no such asset or no such field). */
export async function manifestHashOf(octokit: Octokit, r: Repo, assets: RemoteAsset[]): Promise<string | null> {
  const asset = assets.find((a) => a.name === RELEASE_MANIFEST)
  if (!asset) return null
  const res = await octokit.rest.repos.getReleaseAsset({ ...r, asset_id: asset.id, headers: { accept: 'application/octet-stream' } })
  const data: unknown = res.data
  const text =
    typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : JSON.stringify(data)
  try {
    const hash = (JSON.parse(text) as { manifest_hash?: unknown }).manifest_hash
    return typeof hash === 'string' ? hash : null
  } catch {
    return null
  }
}
