// Builds OCI image layouts for the tests with plain fs calls, independently of src/core/oci and src/adapters/oci, so skopeo
// (not our own code) is the judge of whether they are valid: random tar layers (gzip), an image
// config whose diff_ids match, image manifests, and an index over several platforms.
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

export interface Desc {
  mediaType: string
  digest: string
  size: number
  platform?: { architecture: string; os: string }
}

export const sha256 = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

/** A one-file tar archive (ustar), as a layer's uncompressed content. */
export function tarOf(name: string, content: Uint8Array): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0, 100, 'utf8')
  header.write('0000644\0', 100)
  header.write('0000000\0', 108)
  header.write('0000000\0', 116)
  header.write(content.byteLength.toString(8).padStart(11, '0') + '\0', 124)
  header.write('00000000000\0', 136)
  header.write('        ', 148) // checksum placeholder
  header.write('0', 156)
  header.write('ustar\0' + '00', 257)
  let sum = 0
  for (const b of header) sum += b
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  const pad = Buffer.alloc((512 - (content.byteLength % 512)) % 512)
  return Buffer.concat([header, content, pad, Buffer.alloc(1024)])
}

export class TestLayout {
  constructor(readonly dir: string) {
    mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true })
    writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    if (!existsSync(path.join(dir, 'index.json'))) this.writeIndex([])
  }

  blob(bytes: Uint8Array): string {
    const digest = sha256(bytes)
    writeFileSync(path.join(this.dir, 'blobs', 'sha256', digest.slice(7)), bytes)
    return digest
  }

  /** A single-platform image with `layers` random layers of `layerBytes` each; returns the manifest's descriptor. */
  image(opts: { layers?: number; layerBytes?: number; architecture?: string } = {}): Desc {
    const architecture = opts.architecture ?? 'amd64'
    const layers: Desc[] = []
    const diffIds: string[] = []
    for (let i = 0; i < (opts.layers ?? 2); i++) {
      const tar = tarOf(`file-${i}.bin`, randomBytes(opts.layerBytes ?? 2048))
      diffIds.push(sha256(tar))
      const gz = gzipSync(tar)
      layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: this.blob(gz), size: gz.byteLength })
    }
    const config = Buffer.from(JSON.stringify({ architecture, os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: diffIds } }))
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: this.blob(config), size: config.byteLength },
        layers
      })
    )
    return { mediaType: OCI_MANIFEST, digest: this.blob(manifest), size: manifest.byteLength, platform: { architecture, os: 'linux' } }
  }

  /** An index over one image per architecture. */
  index(architectures: string[]): Desc {
    const manifests = architectures.map((a) => this.image({ architecture: a, layers: 1 }))
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }))
    return { mediaType: OCI_INDEX, digest: this.blob(bytes), size: bytes.byteLength }
  }

  /** Names `desc` `tag` in index.json (replacing an earlier descriptor of that tag). */
  tag(tag: string, desc: Desc): void {
    const { platform: _platform, ...plain } = desc
    const manifests = this.readIndex().filter((d) => d.annotations?.['org.opencontainers.image.ref.name'] !== tag)
    manifests.push({ ...plain, annotations: { 'org.opencontainers.image.ref.name': tag } })
    this.writeIndex(manifests)
  }

  readIndex(): Array<Desc & { annotations?: Record<string, string> }> {
    return JSON.parse(readFileSync(path.join(this.dir, 'index.json'), 'utf8')).manifests
  }

  private writeIndex(manifests: unknown[]): void {
    writeFileSync(path.join(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }))
  }
}
