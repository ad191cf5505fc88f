/**
 * OCI and Docker manifest formats (pure): media types, the Accept list a client sends, and the
 * parts of a manifest that point at other content (config and layer blobs, child manifests).
 * Readers ignore unknown fields, as the image-spec asks.
 */
import { z } from 'zod'
import { DIGEST_PATTERN } from './digest-format.js'

export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
} as const

/** The manifest media types this client reads and writes, in the order of the Accept header. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerManifestList]

/** Accept header for manifest requests: every type above, so the registry never down-converts. */
export const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ')

/** Largest manifest accepted (the limit distribution and containerd apply). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/** The annotation that names a tag in an image layout's index.json. */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name'

export const DescriptorSchema = z.looseObject({
  mediaType: z.string().min(1),
  digest: z.string().regex(DIGEST_PATTERN),
  size: z.number().int().nonnegative(),
  annotations: z.record(z.string(), z.string()).optional(),
  platform: z.looseObject({ architecture: z.string(), os: z.string(), variant: z.string().optional() }).optional()
})
export type Descriptor = z.output<typeof DescriptorSchema>

const ImageManifestSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  config: DescriptorSchema,
  layers: z.array(DescriptorSchema)
})

export const IndexSchema = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  manifests: z.array(DescriptorSchema)
})
export type ImageIndex = z.output<typeof IndexSchema>

export function isIndexType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList
}

/** What a manifest points at: `blobs` (config, layers) and `children` (manifests of an index). */
export interface ManifestRefs {
  mediaType: string
  kind: 'image' | 'index'
  blobs: Descriptor[]
  children: Descriptor[]
}

/**
 * Parses manifest bytes. `mediaType` is the one the transport named (Content-Type, a descriptor);
 * when absent it comes from the body's own `mediaType` field, or from its shape (OCI allows the
 * field to be missing). A body that names a different type than the transport is refused.
 */
export function parseManifest(bytes: Uint8Array, mediaType?: string): ManifestRefs {
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (err) {
    throw new Error(`manifest is not JSON: ${(err as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('manifest is not a JSON object')
  const own = (data as { mediaType?: unknown }).mediaType
  if (own !== undefined && typeof own !== 'string') throw new Error('manifest mediaType is not a string')
  if (mediaType && own && own !== mediaType) throw new Error(`manifest says mediaType ${own}, but was served as ${mediaType}`)
  const type = mediaType || own || ('manifests' in data ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest)
  if (!MANIFEST_MEDIA_TYPES.includes(type)) throw new Error(`unsupported manifest media type ${type}`)
  if (isIndexType(type)) {
    const r = IndexSchema.safeParse(data)
    if (!r.success) throw new Error(`not an image index: ${z.prettifyError(r.error)}`)
    return { mediaType: type, kind: 'index', blobs: [], children: r.data.manifests }
  }
  const r = ImageManifestSchema.safeParse(data)
  if (!r.success) throw new Error(`not an image manifest: ${z.prettifyError(r.error)}`)
  return { mediaType: type, kind: 'image', blobs: [r.data.config, ...r.data.layers], children: [] }
}
