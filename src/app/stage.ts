import { createReadStream, createWriteStream } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { hashingTap } from '../adapters/fs/hash-stream.js'
import { layoutImageDigest, pushImage } from '../adapters/oci/push.js'
import { LayoutImageStore } from '../adapters/oci/layout.js'
import { BUILD_INFO_FILE, BuildInfoSchema, IMAGE_LAYOUT_DIR, type BuildInfo, type BuildInfoFile } from '../core/release/build-info.js'

export interface StageRequest {
  /** Absolute directory the platform lives in; every staged path must stay inside it. */
  root: string
  /** Absolute staging directory; emptied first, so it must be a directory of its own. */
  out: string
  /** Repository-relative files or directories to stage (matrix.artifact_path). */
  paths: readonly string[]
  target: string
  buildKey: string
  artifact: string
  manifestHash: string
  releaseId: string
  /** The OCI image layout the build wrote (buildx `type=oci,tar=false`, repository-relative) and the image's repository. */
  image: { layout: string; repository: string } | null
  startedAt: string | null
  /** One line per staged file, as it is written. */
  log: (line: string) => void
}

export interface Staged {
  buildInfo: BuildInfo
  /** Absolute path of the build-info.json written. */
  infoPath: string
  bytes: number
}

/**
 * stage (action command `stage` and CLI `stage`): copies the built files (files, or every file
 * under a directory) into one directory with build-info.json (schema 2), what the artifact upload
 * packs and publish reads. Each file is streamed once — copied and hashed in the same pass, never
 * held in memory. Paths must stay inside the root after symlinks are resolved.
 */
export async function stageArtifact(s: StageRequest): Promise<Staged> {
  const realRoot = await realpath(s.root)
  const sources = new Map<string, string>()
  for (const p of s.paths) for (const [rel, abs] of await expand(p, s.root, realRoot)) sources.set(rel, abs)
  if (sources.size === 0) throw new Error(`artifact-path ${JSON.stringify(s.paths)} holds no file`)
  if (sources.has(BUILD_INFO_FILE)) throw new Error(`artifact-path: '${BUILD_INFO_FILE}' at the root is the staged metadata; rename the built file`)
  const clash = s.image ? [...sources.keys()].find((rel) => rel.split('/')[0] === IMAGE_LAYOUT_DIR) : undefined
  if (clash) throw new Error(`artifact-path: '${clash}' is under '${IMAGE_LAYOUT_DIR}/', where the image layout is staged; rename the built file`)
  await assertScratch(s.out, realRoot)
  await rm(s.out, { recursive: true, force: true })
  const files: BuildInfoFile[] = []
  for (const rel of [...sources.keys()].sort()) {
    const entry = await copyHashed(sources.get(rel)!, path.join(s.out, ...rel.split('/')), rel)
    s.log(`${entry.sha256}  ${entry.size}  ${rel}`)
    files.push(entry)
  }
  const image = s.image ? await stageImage(s.image, s.root, s.out, s.releaseId, s.log) : null
  const buildInfo: BuildInfo = BuildInfoSchema.parse({
    schema: 2,
    target: s.target,
    build_key: s.buildKey,
    artifact: s.artifact,
    manifest_hash: s.manifestHash,
    release_id: s.releaseId,
    files,
    image,
    started_at: s.startedAt,
    finished_at: new Date().toISOString()
  } satisfies BuildInfo)
  const infoPath = path.join(s.out, BUILD_INFO_FILE)
  await writeFile(infoPath, JSON.stringify(buildInfo, null, 2) + '\n')
  return { buildInfo, infoPath, bytes: files.reduce((n, f) => n + f.size, 0) }
}

/**
 * Copies the one image of the OCI layout the build wrote into `<out>/oci-image`, tagged release_id:
 * only what its digest reaches, every blob checked against its digest on the way. build-info.json
 * records the digest; publish pushes it.
 */
async function stageImage(image: { layout: string; repository: string }, root: string, out: string, releaseId: string, log: (line: string) => void): Promise<NonNullable<BuildInfo['image']>> {
  const source = path.resolve(root, image.layout)
  const { digest } = await layoutImageDigest(source)
  const dest = await new LayoutImageStore(path.join(out, IMAGE_LAYOUT_DIR)).init()
  const r = await pushImage(source, digest, dest, releaseId)
  log(`Staged image ${image.repository}@${digest} (${r.mediaType}, ${r.blobs.uploaded + r.blobs.present} blob(s), ${r.uploadedBytes} bytes) in ${IMAGE_LAYOUT_DIR}/`)
  return { repository: image.repository, digest, layout: IMAGE_LAYOUT_DIR }
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
  const { tap, result } = hashingTap()
  // The permission bits go along (an executable stays executable); the bytes are streamed once.
  const mode = (await stat(from)).mode & 0o777
  await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx', mode }))
  const { size, sha256 } = result()
  return { path: rel, size, sha256 }
}

/**
 * `out` is emptied before staging, so it must be a directory of its own: not the working directory
 * or one that contains it, and, when it exists, empty or an earlier stage (it holds build-info.json).
 */
async function assertScratch(out: string, realRoot: string): Promise<void> {
  const real = await realpath(out).catch(() => out)
  const rel = path.relative(real, realRoot)
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new Error(`the staging directory (${out}) is the working directory or contains it; stage empties it first, so name a directory of its own, e.g. $RUNNER_TEMP/modules-rebuild-artifact`)
  }
  const entries = await readdir(real).catch(() => null)
  if (entries !== null && entries.length > 0 && !entries.includes(BUILD_INFO_FILE)) {
    throw new Error(`the staging directory (${out}) holds other files and no ${BUILD_INFO_FILE}; stage empties it first, so name an empty directory or an earlier stage's`)
  }
}
