/** The files of a release in a local release store (`<dir>/<release_id>/…`), for deploy's verification. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { hashFile } from '../fs/hash-stream.js'
import type { AssetCheck, ReleaseFiles } from '../../core/deploy/verify.js'
import { LocalReleaseStore } from './local.js'
import type { ReleaseManifest } from '../../core/release/manifest.js'
import { RELEASE_ID_PATTERN } from '../../core/plan/release-id.js'

export class LocalReleaseFiles implements ReleaseFiles {
  private readonly store: LocalReleaseStore
  constructor(readonly dir: string) {
    this.store = new LocalReleaseStore(dir)
  }

  get label(): string {
    return this.dir
  }

  manifest(releaseId: string): Promise<ReleaseManifest | null> {
    return this.store.manifest(releaseId)
  }

  async text(releaseId: string, name: string): Promise<string | null> {
    const file = this.file(releaseId, name)
    try {
      return await fs.readFile(file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new Error(`${file}: cannot read: ${(err as Error).message}`)
    }
  }

  async hash(releaseId: string, names: readonly string[]): Promise<AssetCheck[]> {
    const out: AssetCheck[] = []
    for (const name of names) {
      const file = this.file(releaseId, name)
      const st = await fs.lstat(file).catch(() => null)
      if (!st || !st.isFile()) {
        out.push({ name, found: false })
        continue
      }
      out.push({ name, found: true, ...(await hashFile(file)) })
    }
    return out
  }

  private file(releaseId: string, name: string): string {
    if (!RELEASE_ID_PATTERN.test(releaseId) || name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`${releaseId}/${name}: not a file of a release`)
    return path.join(this.dir, releaseId, name)
  }
}
