/**
 * The local release store as prune sees it: every `<store>/<release_id>/release-manifest.json`,
 * published when its build record says (schema 2) or when the manifest was written (schema 1);
 * deleting a release removes its directory through the one write path, all files or none.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ListedRelease, ReleaseCatalog, ReleaseDeletion } from '../../core/deploy/catalog.js'
import { RELEASE_ID_PATTERN } from '../../core/plan/release-id.js'
import { LocalReleaseStore } from './local.js'
import { RELEASE_MANIFEST } from '../../core/release/manifest.js'
import { applyChanges } from '../fs/write.js'

export class LocalReleaseCatalog implements ReleaseCatalog {
  readonly kind = 'local'
  constructor(readonly dir: string) {}

  get label(): string {
    return this.dir
  }

  async list(): Promise<ListedRelease[]> {
    const out: ListedRelease[] = []
    for (const m of await new LocalReleaseStore(this.dir).manifests()) {
      const at = m.schema === 2 ? m.build.finished_at : (await fs.stat(path.join(this.dir, m.release_id, RELEASE_MANIFEST))).mtime.toISOString()
      out.push({ manifest: m, published_at: at, immutable: false })
    }
    return out
  }

  async delete(releaseId: string): Promise<ReleaseDeletion> {
    if (!RELEASE_ID_PATTERN.test(releaseId)) throw new Error(`not a release_id: ${releaseId}`)
    const files = await listFiles(path.join(this.dir, releaseId))
    if (files === null) return { outcome: 'gone' }
    // The manifest goes last in the list: all-or-nothing anyway, but a reader never sees assets without it.
    const ordered = [...files.filter((f) => f !== RELEASE_MANIFEST), ...files.filter((f) => f === RELEASE_MANIFEST)]
    await applyChanges(this.dir, ordered.map((f) => ({ path: `${releaseId}/${f}`, delete: true as const, prune: releaseId })))
    return { outcome: 'deleted' }
  }
}

/** Every file below `dir`, relative with '/', or null when there is no such directory. */
async function listFiles(dir: string): Promise<string[] | null> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null
    throw err
  })
  if (entries === null) return null
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}
