/**
 * One interface over the places images live: a registry repository (registry.ts) and an OCI
 * image-layout directory (layout.ts), so publish, deploy and rollback are written once.
 * A store is one repository; references are tags or digests within it.
 */
import { ToolError } from '../diagnostics/errors.js'

export interface Manifest {
  /** The exact bytes, as stored: retagging PUTs these, never a re-serialization. */
  bytes: Uint8Array
  mediaType: string
  /** sha256 of `bytes`, verified on every read. */
  digest: string
}

export interface ImageStore {
  /** What errors and logs name: `host/repo` or `oci:DIR`. Never carries credentials. */
  readonly label: string
  /** The digest a tag points at, or null when the tag does not exist. */
  resolve(tag: string): Promise<string | null>
  /** The manifest a tag or digest names; OciError (code MANIFEST_UNKNOWN) when there is none. */
  getManifest(reference: string): Promise<Manifest>
  /** Stores `bytes` under `tag` (or under their digest, untagged) unchanged; returns their digest. Referenced content must exist already. */
  putManifest(tag: string, bytes: Uint8Array, mediaType: string): Promise<string>
  /** Points `newTag` at what `source` (tag or digest) names by storing the same bytes; returns the digest. */
  tag(source: string, newTag: string): Promise<string>
  /** True when a manifest with this digest is stored. */
  exists(digest: string): Promise<boolean>
  /** Every tag, sorted. */
  listTags(): Promise<string[]>
  /** Deletes the manifest `digest` and every tag on it (prune). False when there was none. */
  deleteManifest(digest: string): Promise<boolean>
  /** Removes one tag, leaving its manifest (prune). False when there was none; OciError code UNSUPPORTED when the registry cannot delete tags. */
  deleteTag(tag: string): Promise<boolean>
  /** True when a blob (layer, config, or a manifest stored as a blob) with this digest is stored. */
  hasBlob(digest: string): Promise<boolean>
  /**
   * Stores the file `file` (`size` bytes, streamed from disk, never whole in memory) as the blob
   * `digest`: skipped when present, mounted from `mountFrom` (another repository of the same
   * registry) when the registry can, else uploaded. The store checks the digest.
   */
  putBlobFile(digest: string, size: number, file: string, options?: { mountFrom?: string }): Promise<BlobOutcome>
}

/** What putBlobFile did: nothing (`present`), a cross-repository mount, or an upload of the bytes. */
export type BlobOutcome = 'present' | 'mounted' | 'uploaded'

/** A failure naming the store and reference, with the HTTP status and the registry's error code when there were ones (rule oci-error, exit 2). */
export class OciError extends ToolError {
  override name = 'OciError'
  constructor(
    readonly where: string,
    message: string,
    readonly status?: number,
    readonly code?: string
  ) {
    super('oci-error', `${where}: ${status !== undefined ? `HTTP ${status}${code ? ` ${code}` : ''}: ` : code ? `${code}: ` : ''}${message}`)
  }
}
