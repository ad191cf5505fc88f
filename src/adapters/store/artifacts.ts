/**
 * Reads the build artifacts of a run (one directory per artifact, as actions/download-artifact
 * lays them out, each with build-info.json and the built files) and verifies them against
 * release-plan.json: every file streamed once (SHA-256 and size, never whole in memory).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { diagnostic, type Diagnostic } from '../../core/diagnostics/diagnostic.js'
import type { PlanTarget, ReleasePlan } from '../../core/plan/schema.js'
import { BUILD_INFO_FILE, parseBuildInfo, type BuildInfo } from '../../core/release/build-info.js'
import type { RuleId } from '../../core/diagnostics/rules.js'
import { hashFile } from '../fs/hash-stream.js'

export interface VerifiedFile {
  /** build-info.json files[].path. */
  path: string
  /** Absolute path of the bytes. */
  abs: string
  size: number
  sha256: string
}

export interface VerifiedArtifact {
  target: string
  dir: string
  info: BuildInfo
  files: VerifiedFile[]
  /** Absolute path of its build-info.json (uploaded next to the files). */
  infoPath: string
}

export interface ArtifactsResult {
  artifacts: VerifiedArtifact[]
  diagnostics: Diagnostic[]
  /** Directories without build-info.json (e.g. the release-plan artifact), skipped. */
  skipped: string[]
}

const isInside = (rel: string) => rel !== '' && !path.isAbsolute(rel) && !rel.split(/[\\/]/).some((p) => p === '..' || p === '' || p === '.')

/**
 * Every artifact under `dir`, verified. `where` maps an absolute path to what messages show.
 * Diagnostics name the file; an artifact with any problem is left out of `artifacts`.
 */
export async function readArtifacts(dir: string, plan: ReleasePlan, where: (abs: string) => string): Promise<ArtifactsResult> {
  const diagnostics: Diagnostic[] = []
  const err = (rule: RuleId, abs: string, message: string, hint?: string) => diagnostics.push(diagnostic('error', rule, where(abs), null, message, hint))
  const names = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  const artifacts: VerifiedArtifact[] = []
  const skipped: string[] = []
  const seen = new Map<string, string>()
  for (const name of names) {
    const artDir = path.join(dir, name)
    const infoPath = path.join(artDir, BUILD_INFO_FILE)
    const text = await fs.readFile(infoPath, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null
      throw e
    })
    if (text === null) {
      skipped.push(name)
      continue
    }
    let info: BuildInfo
    try {
      info = parseBuildInfo(text, where(infoPath))
    } catch (e) {
      err('artifact-mismatch', infoPath, (e as Error).message.replace(`${where(infoPath)}: `, ''))
      continue
    }
    const before = diagnostics.length
    const target = (plan.targets as Record<string, PlanTarget | undefined>)[info.target]
    if (!target) {
      err('artifact-mismatch', infoPath, `target '${info.target}' is not a target of the plan (${Object.keys(plan.targets).join(', ')})`)
      continue
    }
    const expect: Array<[string, string, string[]]> = [
      ['artifact', info.artifact, [target.artifact.name]],
      ['build_key', info.build_key, [target.build_key]],
      ['manifest_hash', info.manifest_hash, [plan.manifest_hash]],
      ['release_id', info.release_id, [...new Set([plan.release_id, target.release_id])]]
    ]
    for (const [field, got, want] of expect) if (!want.includes(got)) err('artifact-mismatch', infoPath, `${field} is '${got}', the plan's ${info.target} says '${want.join("' or '")}'`, 'Download the artifacts of the run that wrote this release-plan.json.')
    if (name !== info.artifact) err('artifact-mismatch', infoPath, `artifact '${info.artifact}' is in a directory named '${name}'`, 'Each artifact goes in a directory of its own name (actions/download-artifact without merge-multiple).')
    const other = seen.get(info.target)
    if (other) err('artifact-mismatch', infoPath, `a second artifact for target '${info.target}' (the first is ${other})`)
    seen.set(info.target, name)
    const files: VerifiedFile[] = []
    const paths = new Set<string>()
    for (const f of info.files) {
      if (!isInside(f.path) || f.path === BUILD_INFO_FILE || paths.has(f.path)) {
        err('artifact-mismatch', infoPath, `files[].path '${f.path}' is not a unique relative path inside the artifact`)
        continue
      }
      paths.add(f.path)
      const abs = path.join(artDir, f.path)
      const st = await fs.lstat(abs).catch(() => null)
      if (!st?.isFile()) {
        err('artifact-missing', abs, st ? `not a regular file (build-info.json lists it)` : `missing (build-info.json lists it)`)
        continue
      }
      const got = await hashFile(abs)
      if (got.size !== f.size || got.sha256 !== f.sha256) {
        err('artifact-tampered', abs, `differs from build-info.json: ${got.size} bytes, sha256 ${got.sha256}; build-info.json says ${f.size} bytes, sha256 ${f.sha256}`, 'The file changed after the build staged it: rebuild, do not publish it.')
        continue
      }
      files.push({ path: f.path, abs, size: got.size, sha256: got.sha256 })
    }
    const layout = info.image?.layout
    if (layout !== undefined) {
      const index = await fs.lstat(path.join(artDir, layout, 'index.json')).catch(() => null)
      if (!isInside(layout) || !index?.isFile()) err('artifact-missing', path.join(artDir, BUILD_INFO_FILE), `image.layout '${layout}' is not an image layout inside the artifact (no ${layout}/index.json)`, 'Upload the whole staged directory, with the oci-image/ layout stage wrote.')
    }
    if (diagnostics.length === before) artifacts.push({ target: info.target, dir: artDir, info, files, infoPath })
  }
  return { artifacts, diagnostics, skipped }
}
