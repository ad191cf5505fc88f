/**
 * A release store in a directory: `<dir>/<release_id>/release-manifest.json` per release, plus
 * the artifact files next to it. Used by local runs, tests and the demo. `publish --store DIR`
 * writes releases through local-publish.ts; `publishLocal` records a bare manifest (tests).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { writeFileAt } from '../fs/write.js'
import { RELEASE_ID_PATTERN } from '../../core/plan/release-id.js'
import { parseReleaseManifest, RELEASE_MANIFEST, type ReleaseManifest } from '../../core/release/manifest.js'
import type { ExistingRelease, FoundBuild, ReleaseStore } from '../../core/release/store.js'

export class LocalReleaseStore implements ReleaseStore {
  readonly kind = 'local'
  private all: Promise<ReleaseManifest[]> | null = null

  constructor(readonly dir: string) {}

  get label(): string {
    return this.dir
  }

  async find(releaseId: string): Promise<ExistingRelease | null> {
    if (!RELEASE_ID_PATTERN.test(releaseId)) return null // never a path outside the store
    const m = await this.read(releaseId)
    return m ? { release_id: m.release_id, artifacts: m.artifacts, ...(m.schema === 2 && m.images.length ? { images: m.images } : {}) } : null
  }

  async findBuild(buildKey: string): Promise<FoundBuild | null> {
    for (const m of await this.list()) {
      const artifact = m.artifacts.find((a) => a.build_key === buildKey)
      if (artifact) return { release_id: m.release_id, artifact }
    }
    return null
  }

  /** The whole release-manifest.json of `releaseId`, or null when there is no such release. */
  async manifest(releaseId: string): Promise<ReleaseManifest | null> {
    if (!RELEASE_ID_PATTERN.test(releaseId)) return null
    return this.read(releaseId)
  }

  /** Every release-manifest.json of the store, sorted by release_id. */
  manifests(): Promise<ReleaseManifest[]> {
    return this.list()
  }

  private async read(releaseId: string): Promise<ReleaseManifest | null> {
    const file = path.join(this.dir, releaseId, RELEASE_MANIFEST)
    let text: string
    try {
      text = await fs.readFile(file, 'utf8')
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw new Error(`release store ${this.dir}: cannot read ${file}: ${(err as Error).message}`)
    }
    const m = parseReleaseManifest(text, file)
    if (m.release_id !== releaseId) throw new Error(`${file}: release_id '${m.release_id}' differs from its directory '${releaseId}'`)
    return m
  }

  /** Every release of the store, sorted by id (so a build found in two releases resolves the same way on every run). */
  private list(): Promise<ReleaseManifest[]> {
    this.all ??= (async () => {
      const names = await fs.readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return [] as string[]
        throw new Error(`release store ${this.dir}: ${err.message}`)
      })
      const out: ReleaseManifest[] = []
      for (const name of names.filter((n) => RELEASE_ID_PATTERN.test(n)).sort()) {
        const m = await this.read(name)
        if (m) out.push(m)
      }
      return out
    })()
    return this.all
  }
}

/** Records a release in a local store (what a local publish does): writes `<dir>/<id>/release-manifest.json`. */
export async function publishLocal(dir: string, manifest: ReleaseManifest): Promise<string> {
  if (!RELEASE_ID_PATTERN.test(manifest.release_id)) throw new Error(`not a release_id: ${manifest.release_id}`)
  const file = path.join(dir, manifest.release_id, RELEASE_MANIFEST)
  await writeFileAt(file, JSON.stringify(manifest, null, 2) + '\n')
  return file
}
