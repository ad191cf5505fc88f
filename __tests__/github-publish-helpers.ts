// Shared by the GitHub publish tests: asset files on disk, the request, and the end-state check
// (exactly one published release of the tag, every asset's downloaded bytes equal to the request's,
// no draft left).
import { createHash, randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { GitHubPublishRequest, PublishAsset } from '../src/core/release/publish-types.js'
import type { GitHubDouble } from './github-double/server.js'
import { tempDir } from './plan-helpers.js'

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

export function assetFiles(dir: string, files: Record<string, Buffer>): PublishAsset[] {
  return Object.entries(files).map(([name, data]) => {
    const p = path.join(dir, name)
    writeFileSync(p, data)
    return { name, path: p, size: data.length, sha256: sha256(data), ...(name.endsWith('.json') ? { contentType: 'application/json' } : {}) }
  })
}

/** A request of `tag` at the head of main: three assets, release-manifest.json carrying `manifestHash`. */
export function request(d: GitHubDouble, tag = 'shop-1-0123456789ab', manifestHash = 'a'.repeat(64), seed = 'x'): GitHubPublishRequest {
  const dir = tempDir('publish')
  const assets = assetFiles(dir, {
    'server-x86_64.tar.zst': Buffer.concat([Buffer.from(seed), randomBytes(300_000)]),
    SHA256SUMS: Buffer.from(`${seed} sums\n`),
    'release-manifest.json': Buffer.from(JSON.stringify({ schema: 2, release_id: tag, manifest_hash: manifestHash }))
  })
  return { owner: 'acme', repo: 'platform', tag, commit: d.state.git.refs.get('heads/main')!, name: tag, body: `release ${tag}`, manifestHash, assets, makeLatest: true }
}

/** Problems with the end state of `req` on the double; [] when it is exactly right. */
export async function endState(d: GitHubDouble, req: GitHubPublishRequest): Promise<string[]> {
  const out: string[] = []
  const mine = d.state.releases.filter((r) => r.tag_name === req.tag)
  const published = mine.filter((r) => !r.draft)
  if (published.length !== 1) out.push(`${published.length} published releases`)
  if (mine.some((r) => r.draft)) out.push(`${mine.filter((r) => r.draft).length} drafts left`)
  if (d.state.git.refs.get(`tags/${req.tag}`) !== req.commit) out.push('tag not at the commit')
  const rel = published[0]
  if (rel) {
    const names = rel.assets.map((a) => a.name).sort()
    if (JSON.stringify(names) !== JSON.stringify(req.assets.map((a) => a.name).sort())) out.push(`assets ${names.join(',')}`)
    for (const a of req.assets) {
      const res = await fetch(`${d.url}/acme/platform/releases/download/${req.tag}/${encodeURIComponent(a.name)}`)
      const got = sha256(Buffer.from(await res.arrayBuffer()))
      if (got !== a.sha256) out.push(`${a.name}: downloaded sha256 ${got}`)
    }
  }
  return out
}
