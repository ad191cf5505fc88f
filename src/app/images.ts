/**
 * The images of a release, through src/oci: pushed from the image layout a build artifact carries
 * (build-info.json `image.layout`), or, already in a registry, tagged; a reused target's image
 * (an earlier release's digest) is tagged again. Always the exact manifest bytes, so the digest is
 * unchanged. Where: `registry` (`HOST[:PORT]`) replaces the host of the repository, `oci:DIR` puts
 * each repository in an image layout `DIR/<repository path>`, null uses the repository as named.
 */
import path from 'node:path'
import { pushImage } from '../adapters/oci/push.js'
import { openImageStore, parseReference, RegistryImageStore, type ImageStore, type RegistryCredentials } from '../adapters/oci/index.js'
import type { BuildInfoImage } from '../core/release/build-info.js'

export type ImageRecord = {
  target: string
  repository: string
  digest: string
  tag: string
  location: string
  /** The release the image was built for. */
  release_id?: string
  source?: 'build' | 'registry' | 'reused'
}

/** What to put where: `layout` (absolute) when the artifact carries the image, else it is in `repository` already. */
export interface ImageRequest extends BuildInfoImage {
  layoutDir?: string
}

export type ImageTagger = (image: ImageRequest, tag: string) => Promise<Omit<ImageRecord, 'target' | 'release_id' | 'source'>>

export interface ImageDestination {
  /** `HOST[:PORT]`, `oci:DIR`, or null for the repository as recorded. */
  where: string | null
  credentials?: RegistryCredentials
  cwd: string
  /** Told every secret derived from the credentials (the action masks them). */
  onSecret?: (value: string) => void
}

/** Where the image of `repository` is tagged. */
export function imageLocation(repository: string, dest: ImageDestination): string {
  if (dest.where === null) return repository
  const repo = parseReference(repository).repository
  if (dest.where.startsWith('oci:')) return `oci:${path.resolve(dest.cwd, dest.where.slice(4), ...repo.split('/'))}`
  return `${dest.where}/${repo}`
}

/**
 * One tagger per publish: it remembers which repository of each registry received which blob, so
 * the images of the other targets mount shared layers (the base image) instead of uploading them.
 */
export function imageTagger(dest: ImageDestination): ImageTagger {
  const mounts = new Map<string, Map<string, string>>()
  return async (image, tag) => {
    const location = imageLocation(image.repository, dest)
    const store: ImageStore = await openImageStore(location, { cwd: dest.cwd, ...(dest.credentials && !location.startsWith('oci:') ? { credentials: dest.credentials } : {}), ...(dest.onSecret ? { onSecret: dest.onSecret } : {}) })
    if (image.layoutDir) {
      const registry = store instanceof RegistryImageStore ? store.registry : null
      if (registry && !mounts.has(registry)) mounts.set(registry, new Map())
      const r = await pushImage(image.layoutDir, image.digest, store, tag, registry ? { mounts: mounts.get(registry)!, repository: (store as RegistryImageStore).repository } : {})
      if (r.digest !== image.digest) throw new Error(`${store.label}:${tag}: pushed ${r.digest}, expected ${image.digest}`)
    } else {
      const current = await store.resolve(tag)
      if (current !== null && current !== image.digest) throw new Error(`${store.label}:${tag} already points at ${current}, not ${image.digest}: a release tag is never moved`)
      if (current === null) {
        if (!(await store.exists(image.digest))) throw new Error(`${store.label}@${image.digest}: the image is not there`)
        const got = await store.tag(image.digest, tag)
        if (got !== image.digest) throw new Error(`${store.label}:${tag}: tagged ${got}, expected ${image.digest}`)
      }
    }
    return { repository: image.repository, digest: image.digest, tag, location: store.label }
  }
}
