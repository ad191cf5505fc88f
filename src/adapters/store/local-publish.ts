/**
 * The release transaction on a local directory (the release store of local runs, tests and the
 * demo): everything is staged under `DIR/.tmp-<release_id>-<random>/`, every file fsynced, and the
 * directory renamed to `DIR/<release_id>/` last, so a release is either absent or complete. An
 * existing release with the same manifest_hash is left unchanged; another manifest_hash is refused
 * naming both. A staging directory left by a crash is removed by the next publish. One publisher
 * at a time per directory.
 *
 * Not through src/adapters/fs/write.ts: that path writes text content under a root with a journal;
 * a release is binary files copied (streamed) into a new directory that appears whole by one
 * rename, which needs no journal. write.ts has no "stage a directory, rename it into place"
 * operation yet; when it gets one that takes bytes, this belongs there.
 */
import { randomBytes } from 'node:crypto'
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { RELEASE_ID_PATTERN } from '../../core/plan/release-id.js'
import { ToolError } from '../../core/diagnostics/errors.js'
import { LocalReleaseStore } from './local.js'
import type { ReleaseManifest } from '../../core/release/manifest.js'
import type { ReleaseRequest, ReleaseSink, SinkResult } from '../../core/release/store.js'

const TEMP_PREFIX = '.tmp-'
export const RELEASE_BODY = 'RELEASE.md'

/** The store holds this release_id with another manifest_hash (rule release-conflict, exit 1). */
export class ReleaseConflictError extends ToolError {
  override name = 'ReleaseConflictError'
  constructor(message: string) {
    super('release-conflict', message)
  }
}

async function fsyncPath(p: string): Promise<void> {
  const h = await fs.open(p, constants.O_RDONLY)
  try {
    await h.sync()
  } finally {
    await h.close()
  }
}

export class LocalReleaseSink implements ReleaseSink {
  private readonly store: LocalReleaseStore
  constructor(readonly dir: string) {
    this.store = new LocalReleaseStore(dir)
  }

  get label(): string {
    return this.dir
  }

  find(releaseId: string) {
    return new LocalReleaseStore(this.dir).find(releaseId)
  }

  async existingHash(releaseId: string): Promise<string | null | undefined> {
    const m = await this.store.manifest(releaseId)
    return m ? (m.manifest_hash ?? null) : undefined
  }

  async previous(component: string, releaseId: string): Promise<ReleaseManifest | null> {
    const all = (await new LocalReleaseStore(this.dir).manifests()).filter((m) => m.release_id !== releaseId && m.schema === 2 && m.component === component)
    all.sort((a, b) => (a.schema === 2 && b.schema === 2 ? a.build.finished_at.localeCompare(b.build.finished_at) || a.release_id.localeCompare(b.release_id) : 0))
    return all.at(-1) ?? null
  }

  /** Removes staging directories left by an interrupted publish. */
  async cleanLeftovers(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e)))
    const removed = names.filter((n) => n.startsWith(TEMP_PREFIX))
    for (const n of removed) await fs.rm(path.join(this.dir, n), { recursive: true, force: true })
    return removed
  }

  async publish(req: ReleaseRequest): Promise<SinkResult> {
    if (!RELEASE_ID_PATTERN.test(req.tag)) throw new Error(`not a release_id: ${req.tag}`)
    await fs.mkdir(this.dir, { recursive: true })
    await this.cleanLeftovers()
    const final = path.join(this.dir, req.tag)
    const url = pathToFileURL(final).href
    const have = await this.existingHash(req.tag)
    if (have !== undefined) return this.settle(req, have, url)
    const temp = path.join(this.dir, `${TEMP_PREFIX}${req.tag}-${randomBytes(6).toString('hex')}`)
    await fs.mkdir(temp)
    try {
      for (const a of req.assets) {
        if (a.name.includes('/') || a.name.startsWith('.') || a.name === RELEASE_BODY) throw new Error(`asset name '${a.name}' cannot be a file of the release directory`)
        const to = path.join(temp, a.name)
        await fs.copyFile(a.path, to, constants.COPYFILE_EXCL)
        await fsyncPath(to)
      }
      await fs.writeFile(path.join(temp, RELEASE_BODY), req.body, { flag: 'wx' })
      await fsyncPath(path.join(temp, RELEASE_BODY))
      await fsyncPath(temp)
      try {
        await fs.rename(temp, final)
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw err
        // Another publisher won the race: judge its release like any existing one.
        return this.settle(req, (await this.existingHash(req.tag)) ?? null, url)
      }
      await fsyncPath(this.dir)
      return { outcome: 'published', url, id: null }
    } finally {
      await fs.rm(temp, { recursive: true, force: true })
    }
  }

  private settle(req: ReleaseRequest, have: string | null, url: string): SinkResult {
    if (have !== req.manifestHash) throw new ReleaseConflictError(`release ${req.tag} in ${this.dir} has manifest_hash ${have ?? '(none)'}, this publish has ${req.manifestHash}`)
    return { outcome: 'unchanged', url, id: null }
  }
}
