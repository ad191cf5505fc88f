/**
 * Tags the images a build pushed by digest with the release_id, through src/oci (a retag stores
 * the exact manifest bytes again, so the digest is unchanged). Where an image is tagged:
 * `registry` (`HOST[:PORT]`) replaces the host of the build's repository, `oci:DIR` puts each
 * repository in an image layout `DIR/<repository path>`, neither uses the repository as the build
 * recorded it.
 */
import path from 'node:path'
import { openImageStore, parseReference, type RegistryCredentials } from '../adapters/oci/index.js'
import type { BuildInfoImage } from '../core/release/build-info.js'

export type ImageRecord = {
  target: string
  repository: string
  digest: string
  tag: string
  location: string
}

export type ImageTagger = (image: BuildInfoImage, tag: string) => Promise<Omit<ImageRecord, 'target'>>

export interface ImageDestination {
  /** `HOST[:PORT]`, `oci:DIR`, or null for the repository as recorded. */
  where: string | null
  credentials?: RegistryCredentials
  cwd: string
}

/** Where the image of `repository` is tagged. */
export function imageLocation(repository: string, dest: ImageDestination): string {
  if (dest.where === null) return repository
  const repo = parseReference(repository).repository
  if (dest.where.startsWith('oci:')) return `oci:${path.resolve(dest.cwd, dest.where.slice(4), ...repo.split('/'))}`
  return `${dest.where}/${repo}`
}

export function imageTagger(dest: ImageDestination): ImageTagger {
  return async (image, tag) => {
    const location = imageLocation(image.repository, dest)
    const store = await openImageStore(location, { cwd: dest.cwd, ...(dest.credentials && !location.startsWith('oci:') ? { credentials: dest.credentials } : {}) })
    const current = await store.resolve(tag)
    if (current !== null && current !== image.digest) throw new Error(`${store.label}:${tag} already points at ${current}, not ${image.digest}: a release tag is never moved`)
    if (current === null) {
      if (!(await store.exists(image.digest))) throw new Error(`${store.label}@${image.digest}: the image the build pushed is not there`)
      const got = await store.tag(image.digest, tag)
      if (got !== image.digest) throw new Error(`${store.label}:${tag}: tagged ${got}, expected ${image.digest}`)
    }
    return { repository: image.repository, digest: image.digest, tag, location: store.label }
  }
}
