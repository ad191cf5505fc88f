/**
 * What verifying a release before deploying it means (pure): SHA256SUMS lists every asset
 * (release-manifest.json included, SHA256SUMS itself not) as `<hex>  <name>`; the manifest's
 * `assets` must agree with it (name, SHA-256); every listed file must then hash to its line — the
 * adapter streams each one (release store directory or GitHub release assets) and reports what it
 * found. Images: every digest of `images` must still exist where it was tagged.
 */
import type { ReleaseManifest } from '../release/manifest.js'
import { RELEASE_MANIFEST, SHA256SUMS } from '../release/manifest.js'

export interface ExpectedAsset {
  name: string
  sha256: string
  /** From the manifest; null for release-manifest.json (not listed in its own assets). */
  size: number | null
}

/** Parses coreutils `sha256sum` output (text mode `  ` or binary mode ` *`). */
export function parseSha256Sums(text: string): { entries: Map<string, string>; problems: string[] } {
  const entries = new Map<string, string>()
  const problems: string[] = []
  text.split('\n').forEach((line, i) => {
    if (line === '') return
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)
    if (!m) return problems.push(`${SHA256SUMS} line ${i + 1} is not '<64 hex>  <name>'`)
    const [, hex, name] = m as unknown as [string, string, string]
    if (entries.has(name)) problems.push(`${SHA256SUMS} lists ${name} twice`)
    entries.set(name, hex)
  })
  if (entries.size === 0 && problems.length === 0) problems.push(`${SHA256SUMS} is empty`)
  return { entries, problems }
}

/** The files to hash and the disagreements between the manifest and SHA256SUMS. */
export function expectedAssets(manifest: ReleaseManifest, sums: Map<string, string>): { assets: ExpectedAsset[]; problems: string[] } {
  const problems: string[] = []
  const assets: ExpectedAsset[] = []
  if (!sums.has(RELEASE_MANIFEST)) problems.push(`${SHA256SUMS} does not list ${RELEASE_MANIFEST}`)
  const listed = manifest.schema === 2 ? manifest.assets : []
  const byName = new Map(listed.map((a) => [a.name, a]))
  for (const a of listed) {
    const hex = sums.get(a.name)
    if (hex === undefined) problems.push(`${a.name}: in ${RELEASE_MANIFEST} but not in ${SHA256SUMS}`)
    else if (hex !== a.sha256) problems.push(`${a.name}: ${SHA256SUMS} says sha256 ${hex}, ${RELEASE_MANIFEST} says ${a.sha256}`)
  }
  for (const [name, sha256] of [...sums].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (name === SHA256SUMS) {
      problems.push(`${SHA256SUMS} lists itself`)
      continue
    }
    if (manifest.schema === 2 && name !== RELEASE_MANIFEST && !byName.has(name)) problems.push(`${name}: in ${SHA256SUMS} but not in ${RELEASE_MANIFEST} assets`)
    assets.push({ name, sha256, size: byName.get(name)?.size ?? null })
  }
  return { assets, problems }
}

/** What the adapter found for one asset. */
export type AssetCheck = { name: string; found: false } | { name: string; found: true; size: number; sha256: string }

/** Problems of the hashed assets against the expectation; empty: verified. */
export function assetProblems(expected: readonly ExpectedAsset[], found: readonly AssetCheck[]): string[] {
  const got = new Map(found.map((f) => [f.name, f]))
  const out: string[] = []
  for (const e of expected) {
    const f = got.get(e.name)
    if (!f || !f.found) out.push(`${e.name}: missing`)
    else if (e.size !== null && f.size !== e.size) out.push(`${e.name}: ${f.size} bytes, expected ${e.size}`)
    else if (f.sha256 !== e.sha256) out.push(`${e.name}: sha256 ${f.sha256}, expected ${e.sha256}`)
  }
  return out
}

/** A release's files, wherever they are kept (local store directory, GitHub release assets). */
export interface ReleaseFiles {
  readonly label: string
  /** release-manifest.json of `releaseId`; null when there is no such release (never published, deleted, pruned). Throws when it cannot be read or parsed. */
  manifest(releaseId: string): Promise<ReleaseManifest | null>
  /** A small text file of the release (SHA256SUMS); null when absent. */
  text(releaseId: string, name: string): Promise<string | null>
  /** Streams each named file through SHA-256 (never a whole file in memory). */
  hash(releaseId: string, names: readonly string[]): Promise<AssetCheck[]>
}

/** Every problem of the release's files (empty: verified): SHA256SUMS against the manifest, then every listed file hashed. */
export async function verifyReleaseFiles(files: ReleaseFiles, releaseId: string, manifest: ReleaseManifest): Promise<string[]> {
  const text = await files.text(releaseId, SHA256SUMS)
  if (text === null) return [`${SHA256SUMS}: missing`]
  const sums = parseSha256Sums(text)
  if (sums.problems.length) return sums.problems
  const plan = expectedAssets(manifest, sums.entries)
  const found = await files.hash(releaseId, plan.assets.map((a) => a.name))
  return [...plan.problems, ...assetProblems(plan.assets, found)]
}
