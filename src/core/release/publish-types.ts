/**
 * The contract between the publish orchestrator (src/app/publish.ts: reads the plan and the
 * build artifacts, writes SHA256SUMS and release-manifest.json) and the GitHub release
 * transaction (src/adapters/github/release-publish.ts: tag lock → draft → upload → verify → publish).
 */

/** One file to attach to the release, already hashed by the orchestrator (streamed once). */
export interface PublishAsset {
  /** Asset name on the release (unique within it). */
  name: string
  /** Absolute path of the bytes to upload. */
  path: string
  size: number
  /** SHA-256 hex of the file. */
  sha256: string
  /** Default application/octet-stream. */
  contentType?: string
}

export interface GitHubPublishRequest {
  owner: string
  repo: string
  /** The tag, equal to release_id. */
  tag: string
  /** Commit the tag points at (the plan's source commit). */
  commit: string
  /** Release title. */
  name: string
  /** Release body (markdown): the readable build record. */
  body: string
  /** manifest_hash of the release: an existing release with another one is refused, naming both. */
  manifestHash: string
  /** Every asset, release-manifest.json and SHA256SUMS included. */
  assets: PublishAsset[]
  makeLatest: boolean
}

export interface GitHubPublishResult {
  /** GitHub's numeric id of the release. */
  id: number
  html_url: string
  /** published: this run published it; unchanged: it was already published with the same manifest_hash; adopted: another publisher's release, verified. */
  outcome: 'published' | 'unchanged' | 'adopted'
  uploaded: string[]
  skipped: string[]
  replaced: string[]
}
