/**
 * Where existing releases are looked up. Two implementations: a local directory (local.ts: local
 * runs, tests, the demo) and GitHub releases (github.ts). The plan asks two questions: does the
 * release with this id exist, and does any release hold an artifact with this build key.
 */
import type { ReleaseArtifact, ReleaseImage, ReleaseManifest } from './manifest.js'
import type { PublishAsset } from './publish-types.js'

export interface ExistingRelease {
  release_id: string
  /** From its release-manifest.json; empty when the release has none. */
  artifacts: ReleaseArtifact[]
  /** Its images (schema 2), when it records any. */
  images?: ReleaseImage[]
}

export interface FoundBuild {
  release_id: string
  artifact: ReleaseArtifact
}

export interface ReleaseStore {
  /** `local` or `github`: recorded in release-plan.json `lookup.store`. */
  readonly kind: 'local' | 'github'
  /** For messages: the directory or owner/repo. Not written to the plan (it would make plans machine-dependent). */
  readonly label: string
  /** The release whose id (git tag) is `releaseId`, or null. Throws when the store cannot be read. */
  find(releaseId: string): Promise<ExistingRelease | null>
  /** A release holding an artifact built with `buildKey`, or null. Throws when the store cannot be read. */
  findBuild(buildKey: string): Promise<FoundBuild | null>
}

/** One release to create: what both the local store and the GitHub transaction receive. */
export interface ReleaseRequest {
  tag: string
  commit: string | null
  name: string
  body: string
  manifestHash: string
  /** Every asset, release-manifest.json and SHA256SUMS included. */
  assets: PublishAsset[]
  makeLatest: boolean
}

export interface SinkResult {
  outcome: 'published' | 'unchanged' | 'adopted'
  url: string
  id: number | null
}

/** Where releases go. `find` is the plan's lookup (reused artifacts' files come from it). */
export interface ReleaseSink extends Pick<ReleaseStore, 'find'> {
  readonly label: string
  /** The manifest_hash of the published release `releaseId` (null when it records none), or undefined when there is no such release. */
  existingHash(releaseId: string): Promise<string | null | undefined>
  /** The newest published release of `component` other than `releaseId`, or null. */
  previous(component: string, releaseId: string): Promise<ReleaseManifest | null>
  publish(req: ReleaseRequest): Promise<SinkResult>
}
