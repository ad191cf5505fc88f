/**
 * Where existing releases are looked up. Two implementations: a local directory (local.ts: local
 * runs, tests, the demo) and GitHub releases (github.ts). The plan asks two questions: does the
 * release with this id exist, and does any release hold an artifact with this build key.
 */
import type { ReleaseArtifact, ReleaseImage } from './manifest.js'

export interface ExistingRelease {
  release_id: string
  /** From its release-manifest.json; empty when the release has none. */
  artifacts: ReleaseArtifact[]
  /** Its images (schema 2); empty for schema 1 or without a manifest. */
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
