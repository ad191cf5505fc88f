/**
 * Container images (OCI): one ImageStore interface over a registry repository and an image-layout
 * directory. Publish tags each image `release_id`; deploy and rollback re-point environment tags
 * (`production`, …) at a release's digests — always by storing the exact manifest bytes again.
 */
import path from 'node:path'
import { LayoutImageStore } from './layout.js'
import { parseReference } from '../../core/oci/reference.js'
import { RegistryImageStore, type RegistryOptions } from './registry.js'
import type { ImageStore } from '../../core/oci/store.js'

export { MANIFEST_ACCEPT, MEDIA_TYPES, parseManifest, type Descriptor, type ManifestRefs } from '../../core/oci/media.js'
export { isDigest, sha256Digest } from '../../core/oci/digest.js'
export { formatReference, isTag, parseReference, type ImageReference } from '../../core/oci/reference.js'
export { OciError, type ImageStore, type Manifest } from '../../core/oci/store.js'
export { LayoutImageStore } from './layout.js'
export { RegistryImageStore, type RegistryOptions } from './registry.js'
export type { RegistryCredentials } from './registry-auth.js'

/**
 * Opens the store a location names: `oci:DIR` is an image-layout directory (created when missing,
 * relative to `cwd`), `HOST[:PORT]/REPOSITORY` a registry repository. A tag or digest in the
 * location is refused: a store is a whole repository.
 */
export async function openImageStore(location: string, options: RegistryOptions & { cwd?: string } = {}): Promise<ImageStore> {
  if (location.startsWith('oci:')) {
    const dir = location.slice('oci:'.length)
    if (!dir) throw new Error('oci: needs a directory, as in oci:./images')
    return new LayoutImageStore(path.resolve(options.cwd ?? '.', dir)).init()
  }
  const ref = parseReference(location)
  if (ref.tag !== undefined || ref.digest !== undefined) throw new Error(`${location}: name a repository (HOST[:PORT]/REPOSITORY) without a tag or digest`)
  return new RegistryImageStore(ref.registry, ref.repository, options)
}
