/**
 * An ImageStore over an OCI image-layout directory (image-spec "image-layout"): `oci-layout`,
 * `index.json` and `blobs/<alg>/<hex>`. Tags are `org.opencontainers.image.ref.name` annotations
 * on index.json's descriptors, so `skopeo inspect oci:DIR:TAG` and `skopeo copy oci:DIR:TAG …`
 * read what this store writes. The default image store of local runs.
 *
 * Tagging rewrites index.json only; blobs are content-addressed and written once. One writer at
 * a time: index.json is replaced atomically, but two concurrent writers could lose a tag.
 */
import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { z } from 'zod'
import { isDigest, sha256Digest, verifyDigest } from '../../core/oci/digest.js'
import { IndexSchema, MAX_MANIFEST_BYTES, MEDIA_TYPES, parseManifest, REF_NAME_ANNOTATION, type Descriptor, type ImageIndex } from '../../core/oci/media.js'
import { isTag } from '../../core/oci/reference.js'
import { hashingTap } from '../fs/hash-stream.js'
import { OciError, type BlobOutcome, type ImageStore, type Manifest } from '../../core/oci/store.js'

const LAYOUT_FILE = 'oci-layout'
const LayoutFileSchema = z.looseObject({ imageLayoutVersion: z.string() })

export class LayoutImageStore implements ImageStore {
  readonly label: string

  constructor(readonly dir: string) {
    this.label = `oci:${dir}`
  }

  /** Creates the layout (oci-layout and an empty index.json) unless it exists; checks it when it does. */
  async init(): Promise<this> {
    await fs.mkdir(path.join(this.dir, 'blobs', 'sha256'), { recursive: true })
    const existing = await fs.readFile(path.join(this.dir, LAYOUT_FILE), 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null
      throw new OciError(this.label, `cannot read ${LAYOUT_FILE}: ${err.message}`)
    })
    if (existing === null) {
      await writeFileAtomic(path.join(this.dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
    } else {
      this.checkLayoutFile(existing)
    }
    if ((await this.readIndexFile()) === null) await this.writeIndex({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] })
    return this
  }

  async resolve(tag: string): Promise<string | null> {
    this.checkTag(tag)
    return this.descriptorOf(tag, await this.readIndex())?.digest ?? null
  }

  async getManifest(reference: string): Promise<Manifest> {
    const index = await this.readIndex()
    const where = this.where(reference)
    const desc = isDigest(reference) ? index.manifests.find((d) => d.digest === reference) : this.descriptorOf(this.checkTag(reference), index)
    const digest = isDigest(reference) ? reference : desc?.digest
    if (!digest) throw new OciError(where, 'no such tag', undefined, 'MANIFEST_UNKNOWN')
    const bytes = await this.readBlob(digest, where)
    if (!bytes) throw new OciError(where, `no blob ${digest}`, undefined, 'MANIFEST_UNKNOWN')
    try {
      return { bytes, mediaType: parseManifest(bytes, desc?.mediaType).mediaType, digest }
    } catch (err) {
      throw new OciError(where, (err as Error).message, undefined, 'MANIFEST_INVALID')
    }
  }

  async putManifest(tag: string, bytes: Uint8Array, mediaType: string): Promise<string> {
    const where = this.where(isDigest(tag) ? tag : this.checkTag(tag))
    if (bytes.byteLength > MAX_MANIFEST_BYTES) throw new OciError(where, `manifest of ${bytes.byteLength} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID')
    let refs
    try {
      refs = parseManifest(bytes, mediaType)
    } catch (err) {
      throw new OciError(where, (err as Error).message, undefined, 'MANIFEST_INVALID')
    }
    for (const d of [...refs.blobs, ...refs.children]) {
      if (!(await this.hasBlob(d.digest))) throw new OciError(where, `references ${d.digest}, which is not in the layout`, undefined, refs.kind === 'index' ? 'MANIFEST_UNKNOWN' : 'MANIFEST_BLOB_UNKNOWN')
    }
    if (isDigest(tag) && tag !== sha256Digest(bytes)) throw new OciError(where, `manifest hashes to ${sha256Digest(bytes)}`, undefined, 'DIGEST_INVALID')
    const digest = await this.putBlob(bytes)
    // By digest: a blob only (an index's child manifest); by tag: also a descriptor in index.json.
    if (!isDigest(tag)) await this.setTag(tag, { mediaType, digest, size: bytes.byteLength })
    return digest
  }

  async tag(source: string, newTag: string): Promise<string> {
    this.checkTag(newTag)
    const m = await this.getManifest(source) // verifies the blob before pointing a tag at it
    await this.setTag(newTag, { mediaType: m.mediaType, digest: m.digest, size: m.bytes.byteLength })
    return m.digest
  }

  async exists(digest: string): Promise<boolean> {
    if (!isDigest(digest)) throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`)
    return this.hasBlob(digest)
  }

  async listTags(): Promise<string[]> {
    const names = (await this.readIndex()).manifests.map((d) => d.annotations?.[REF_NAME_ANNOTATION]).filter((t): t is string => t !== undefined)
    return [...new Set(names)].sort()
  }

  /** Removes a tag; its blobs stay (content may be shared with other tags). False when there was none. */
  async deleteTag(tag: string): Promise<boolean> {
    this.checkTag(tag)
    const index = await this.readIndex()
    const kept = index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== tag)
    if (kept.length === index.manifests.length) return false
    await this.writeIndex({ ...index, manifests: kept })
    return true
  }

  /**
   * Deletes every index entry of `digest` (all its tags) and the manifest blob, as a registry's
   * DELETE by digest does; layer blobs stay (other manifests may share them). The manifest blob
   * also stays while any entry left is an image index, which may name it as a child.
   */
  async deleteManifest(digest: string): Promise<boolean> {
    if (!isDigest(digest)) throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`)
    const index = await this.readIndex()
    const kept = index.manifests.filter((d) => d.digest !== digest)
    const had = kept.length !== index.manifests.length || (await this.hasBlob(digest))
    if (kept.length !== index.manifests.length) await this.writeIndex({ ...index, manifests: kept })
    if (!kept.some((d) => d.mediaType === MEDIA_TYPES.ociIndex || d.mediaType === MEDIA_TYPES.dockerManifestList)) await fs.rm(this.blobPath(digest), { force: true })
    return had
  }

  /** Stores bytes as a blob (written once: an existing blob is verified, not rewritten); returns the digest. */
  async putBlob(bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes)
    if (!(await this.hasBlob(digest))) await writeFileAtomic(this.blobPath(digest), bytes)
    return digest
  }

  /**
   * Copies `file` into the layout as the blob `digest`, streamed and hashed on the way (a temp
   * file renamed into place once size and digest check out); `present` when the blob is there.
   * `mountFrom` means nothing to a directory.
   */
  async putBlobFile(digest: string, size: number, file: string, _options: { mountFrom?: string } = {}): Promise<BlobOutcome> {
    const where = `${this.label}@${digest}`
    if (!isDigest(digest) || !digest.startsWith('sha256:')) throw new OciError(this.label, `${JSON.stringify(digest)} is not a sha256 digest`)
    if (await this.hasBlob(digest)) return 'present'
    const target = this.blobPath(digest)
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
    const { tap, result } = hashingTap()
    try {
      await pipeline(createReadStream(file), tap, createWriteStream(tmp, { flags: 'wx', mode: 0o644 }))
      const { sha256, size: seen } = result()
      const got = `sha256:${sha256}`
      if (seen !== size || got !== digest) throw new OciError(where, `${file}: ${seen} bytes hashing to ${got}; the descriptor says ${size} bytes, ${digest}`, undefined, 'DIGEST_INVALID')
      const h = await fs.open(tmp, 'r')
      try {
        await h.sync()
      } finally {
        await h.close()
      }
      await fs.rename(tmp, target)
    } catch (err) {
      await fs.rm(tmp, { force: true })
      if (err instanceof OciError) throw err
      throw new OciError(where, `cannot copy ${file}: ${(err as Error).message}`)
    }
    return 'uploaded'
  }

  private async setTag(tag: string, desc: Descriptor): Promise<void> {
    const index = await this.readIndex()
    const manifests = index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== tag)
    manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { [REF_NAME_ANNOTATION]: tag } })
    await this.writeIndex({ ...index, manifests })
  }

  private descriptorOf(tag: string, index: ImageIndex): Descriptor | undefined {
    return index.manifests.findLast((d) => d.annotations?.[REF_NAME_ANNOTATION] === tag)
  }

  /** index.json as it is (without creating anything): what a build's layout holds. */
  async readIndexOnly(): Promise<ImageIndex> {
    return this.readIndex()
  }

  private async readIndex(): Promise<ImageIndex> {
    const index = await this.readIndexFile()
    if (index === null) throw new OciError(this.label, 'not an OCI image layout: no index.json')
    return index
  }

  private async readIndexFile(): Promise<ImageIndex | null> {
    let text: string
    try {
      text = await fs.readFile(path.join(this.dir, 'index.json'), 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new OciError(this.label, `cannot read index.json: ${(err as Error).message}`)
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (err) {
      throw new OciError(this.label, `index.json is not JSON: ${(err as Error).message}`)
    }
    const r = IndexSchema.safeParse(data)
    if (!r.success) throw new OciError(this.label, `index.json is not an image index: ${z.prettifyError(r.error)}`)
    return r.data
  }

  private async writeIndex(index: ImageIndex): Promise<void> {
    await writeFileAtomic(path.join(this.dir, 'index.json'), JSON.stringify(index))
  }

  private checkLayoutFile(text: string): void {
    let ok = false
    try {
      ok = LayoutFileSchema.safeParse(JSON.parse(text)).success
    } catch {
      ok = false
    }
    if (!ok) throw new OciError(this.label, `${LAYOUT_FILE} is not {"imageLayoutVersion": …}`)
  }

  private blobPath(digest: string): string {
    const [algorithm, hex] = digest.split(':') as [string, string]
    return path.join(this.dir, 'blobs', algorithm, hex)
  }

  async hasBlob(digest: string): Promise<boolean> {
    if (!isDigest(digest)) throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`)
    return fs.stat(this.blobPath(digest)).then((s) => s.isFile(), () => false)
  }

  /** A manifest-sized blob, verified against its digest; null when absent. */
  private async readBlob(digest: string, where: string): Promise<Uint8Array | null> {
    const file = this.blobPath(digest)
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) return null
    if (stat.size > MAX_MANIFEST_BYTES) throw new OciError(where, `manifest blob of ${stat.size} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID')
    const bytes = await fs.readFile(file)
    try {
      verifyDigest(bytes, digest, `blob ${digest}`)
    } catch (err) {
      throw new OciError(where, (err as Error).message, undefined, 'DIGEST_INVALID')
    }
    return bytes
  }

  private checkTag(tag: string): string {
    if (!isTag(tag)) throw new OciError(this.label, `${JSON.stringify(tag)} is not a tag`)
    return tag
  }

  private where(reference: string): string {
    return `${this.label}${isDigest(reference) ? '@' : ':'}${reference}`
  }
}

/**
 * Atomic replace: a temp file in the same directory, written, fsynced, renamed over the target,
 * and the directory fsynced. Kept local to the layout store: the program-wide write path
 * (src/adapters/fs/write.ts) takes text under a journal, while a layout holds binary blobs; once that
 * path takes bytes, this belongs there.
 */
async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  await fs.mkdir(dir, { recursive: true })
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(tmp, 'wx', 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.rename(tmp, file)
  } catch (err) {
    await fs.rm(tmp, { force: true })
    throw err
  }
  const d = await fs.open(dir, 'r')
  try {
    await d.sync()
  } finally {
    await d.close()
  }
}
