/**
 * Where prune finds and deletes releases (pure interface): the local release store
 * (adapters/store/release-catalog.ts) or GitHub releases (adapters/github/release-catalog.ts).
 */
import type { ReleaseManifest } from '../release/manifest.js'

/** One release as a catalog lists it. */
export interface ListedRelease {
  manifest: ReleaseManifest
  /** ISO 8601 UTC. */
  published_at: string
  immutable: boolean
}

export type ReleaseDeletion = { outcome: 'deleted' | 'gone' } | { outcome: 'immutable'; message: string }

/** Where prune finds and deletes releases: the local store or GitHub releases. */
export interface ReleaseCatalog {
  readonly kind: 'local' | 'github'
  readonly label: string
  list(): Promise<ListedRelease[]>
  /** Deletes the release and its assets; `immutable` when the store refuses (GitHub 422, an immutable release). */
  delete(releaseId: string): Promise<ReleaseDeletion>
}
