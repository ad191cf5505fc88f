/**
 * Copies one image (a manifest or an index, by digest) out of an OCI image-layout directory into
 * an ImageStore — a registry repository or another layout — and tags it. What the build job's
 * `stage` does to carry the image in its artifact, and what publish does to push it:
 *
 *   blobs first (each skipped when present, mounted when a sibling repository has it, else
 *   streamed from disk), then each child manifest of an index by digest, then the manifest's exact
 *   bytes by digest and under the tag.
 *
 * Every blob is checked against its digest on the way (the store does it: the registry on upload,
 * a layout while copying), so a corrupt layout is refused, never pushed. A rerun after an
 * interruption converges: what arrived is `present`, the rest is sent again.
 */
import path from 'node:path'
import { isDigest } from '../../core/oci/digest.js'
import { LayoutImageStore } from './layout.js'
import { parseManifest, type Descriptor } from '../../core/oci/media.js'
import { OciError, type BlobOutcome, type ImageStore } from '../../core/oci/store.js'

export interface PushOptions {
  /**
   * digest → repository of the same registry known to hold that blob: mounted from there instead
   * of uploaded. Filled in as blobs arrive, so pass one map to every push of a run to one registry.
   */
  mounts?: Map<string, string>
  /** The repository of `dest` (for `mounts`); absent for a layout. */
  repository?: string
}

export interface PushResult {
  digest: string
  mediaType: string
  /** `present`: the tag already named this digest, nothing was sent. */
  outcome: 'pushed' | 'present'
  blobs: Record<BlobOutcome, number>
  /** Bytes of the blobs uploaded (mounted and present ones excluded). */
  uploadedBytes: number
}

/** The one image an image layout holds: the digest of the single descriptor of its index.json. */
export async function layoutImageDigest(dir: string): Promise<{ digest: string; mediaType: string }> {
  const store = new LayoutImageStore(dir)
  const { manifests } = await store.readIndexOnly()
  const digests = [...new Set(manifests.map((d) => d.digest))]
  if (digests.length !== 1) throw new OciError(store.label, `index.json lists ${digests.length === 0 ? 'no image' : `${digests.length} images (${digests.join(', ')})`}; a build's layout holds exactly one`)
  return { digest: digests[0]!, mediaType: manifests[0]!.mediaType }
}

/**
 * Pushes the image `digest` of the layout `sourceDir` into `dest` and points `tag` at it. A tag
 * that already names another digest is refused: a release tag never moves.
 */
export async function pushImage(sourceDir: string, digest: string, dest: ImageStore, tag: string, options: PushOptions = {}): Promise<PushResult> {
  if (!isDigest(digest)) throw new OciError(dest.label, `${JSON.stringify(digest)} is not a digest`)
  const source = new LayoutImageStore(sourceDir)
  const current = await dest.resolve(tag)
  const result: PushResult = { digest, mediaType: '', outcome: 'pushed', blobs: { present: 0, mounted: 0, uploaded: 0 }, uploadedBytes: 0 }
  if (current !== null && current !== digest) throw new OciError(`${dest.label}:${tag}`, `already points at ${current}, not ${digest}: a release tag is never moved`)
  if (current === digest) {
    result.mediaType = (await dest.getManifest(digest)).mediaType
    return { ...result, outcome: 'present' }
  }
  const blobFile = (d: string) => path.join(sourceDir, 'blobs', ...d.split(':'))
  const blob = async (d: Descriptor) => {
    const from = options.mounts?.get(d.digest)
    const outcome = await dest.putBlobFile(d.digest, d.size, blobFile(d.digest), from ? { mountFrom: from } : {})
    result.blobs[outcome]++
    if (outcome === 'uploaded') result.uploadedBytes += d.size
    if (options.repository && options.mounts && !options.mounts.has(d.digest)) options.mounts.set(d.digest, options.repository)
  }
  const manifest = async (d: string, depth: number): Promise<{ bytes: Uint8Array; mediaType: string }> => {
    if (depth > 2) throw new OciError(`${source.label}@${d}`, 'image indexes nested deeper than two levels')
    const m = await source.getManifest(d)
    const refs = parseManifest(m.bytes, m.mediaType)
    for (const b of refs.blobs) await blob(b)
    for (const child of refs.children) {
      const c = await manifest(child.digest, depth + 1)
      await dest.putManifest(child.digest, c.bytes, c.mediaType)
    }
    return { bytes: m.bytes, mediaType: m.mediaType }
  }
  const top = await manifest(digest, 0)
  result.mediaType = top.mediaType
  const byDigest = await dest.putManifest(digest, top.bytes, top.mediaType)
  const tagged = await dest.putManifest(tag, top.bytes, top.mediaType)
  if (byDigest !== digest || tagged !== digest) throw new OciError(`${dest.label}:${tag}`, `stored ${tagged}, expected ${digest}`, undefined, 'DIGEST_INVALID')
  return result
}
