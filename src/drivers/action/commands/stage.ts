import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BUILD_INFO_FILE, BuildInfoSchema, type BuildInfo, type BuildInfoFile } from '../../../core/release/build-info.js'
import { group, info } from '../log.js'
import type { ActionContext } from './context.js'

/**
 * stage: copies the built files (files, or every file under a directory) into one directory with
 * build-info.json (schema 2): what the artifact upload packs and publish reads. Each file is
 * streamed once — copied and hashed in the same pass, never held in memory. Paths must stay inside
 * the working directory after symlinks are resolved. Outputs `dir` and `build_info`.
 */
export async function stage({ inputs, root }: ActionContext): Promise<void> {
  const s = inputs.stage!
  const out = path.resolve(root, s.out ?? path.join(process.env.RUNNER_TEMP ?? root, 'modules-rebuild-artifact'))
  const realRoot = await realpath(root)
  const files = await group('Stage the artifact', async () => {
    const sources = new Map<string, string>()
    for (const p of s.paths) for (const [rel, abs] of await expand(p, root, realRoot)) sources.set(rel, abs)
    if (sources.size === 0) throw new Error(`artifact-path ${JSON.stringify(s.paths)} holds no file`)
    if (sources.has(BUILD_INFO_FILE)) throw new Error(`artifact-path: '${BUILD_INFO_FILE}' at the root is the staged metadata; rename the built file`)
    await assertScratch(out, realRoot)
    await rm(out, { recursive: true, force: true })
    const entries: BuildInfoFile[] = []
    for (const rel of [...sources.keys()].sort()) {
      const entry = await copyHashed(sources.get(rel)!, path.join(out, ...rel.split('/')), rel)
      info((`${entry.sha256}  ${entry.size}  ${rel}`))
      entries.push(entry)
    }
    return entries
  })
  const buildInfo: BuildInfo = BuildInfoSchema.parse({
    schema: 2,
    target: s.target,
    build_key: s.buildKey,
    artifact: s.artifact,
    manifest_hash: s.manifestHash,
    release_id: s.releaseId,
    files,
    image: s.image ?? null,
    started_at: s.startedAt ?? null,
    finished_at: new Date().toISOString()
  } satisfies BuildInfo)
  const infoPath = path.join(out, BUILD_INFO_FILE)
  await writeFile(infoPath, JSON.stringify(buildInfo, null, 2) + '\n')
  core.setOutput('dir', out)
  core.setOutput('build_info', infoPath)
  const total = files.reduce((n, f) => n + f.size, 0)
  info((`Staged ${files.length} file(s), ${total} bytes, for ${s.target} (${s.artifact}) in ${out}`))
}

/** `p` (repository-relative) → [path in the artifact, absolute source] of each regular file; throws outside root. */
async function expand(p: string, root: string, realRoot: string): Promise<Array<[string, string]>> {
  if (path.isAbsolute(p) || p.split(/[\\/]/).includes('..')) throw new Error(`artifact path ${JSON.stringify(p)} must be relative to the working directory, without '..'`)
  const abs = path.resolve(root, p)
  let real: string
  try {
    real = await realpath(abs)
  } catch (err) {
    throw new Error(`artifact path ${JSON.stringify(p)} does not exist (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): did the build produce it?`)
  }
  const inside = path.relative(realRoot, real)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new Error(`artifact path ${JSON.stringify(p)} resolves to ${real}, outside the working directory ${realRoot}`)
  const st = await stat(real)
  const rel = path.relative(root, abs).split(path.sep).join('/')
  if (st.isFile()) return [[rel, real]]
  if (!st.isDirectory()) throw new Error(`artifact path ${JSON.stringify(p)} is neither a file nor a directory`)
  const out: Array<[string, string]> = []
  for (const name of (await readdir(abs)).sort()) {
    const child = `${rel}/${name}`
    const ls = await lstat(path.join(abs, name))
    if (ls.isDirectory() || ls.isFile() || ls.isSymbolicLink()) out.push(...(await expand(child, root, realRoot)))
  }
  return out
}

/** Copies `from` to `to`, hashing the bytes as they pass. */
async function copyHashed(from: string, to: string, rel: string): Promise<BuildInfoFile> {
  await mkdir(path.dirname(to), { recursive: true })
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    }
  })
  await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx' }))
  return { path: rel, size, sha256: hash.digest('hex') }
}

/**
 * `out` is emptied before staging, so it must be a directory of its own: not the working directory
 * or one that contains it, and, when it exists, empty or an earlier stage (it holds build-info.json).
 */
async function assertScratch(out: string, realRoot: string): Promise<void> {
  const real = await realpath(out).catch(() => out)
  const rel = path.relative(real, realRoot)
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new Error(`input 'out' (${out}) is the working directory or contains it; stage empties it first, so name a directory of its own, e.g. $RUNNER_TEMP/modules-rebuild-artifact`)
  }
  const entries = await readdir(real).catch(() => null)
  if (entries !== null && entries.length > 0 && !entries.includes(BUILD_INFO_FILE)) {
    throw new Error(`input 'out' (${out}) holds other files and no ${BUILD_INFO_FILE}; stage empties it first, so name an empty directory or an earlier stage's`)
  }
}
