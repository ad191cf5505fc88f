/**
 * The publish orchestrator: verifies the build artifacts against release-plan.json, tags the
 * images `release_id`, writes release-manifest.json (schema 2) and SHA256SUMS, and hands one
 * release per component to a release sink — the local store (local-publish.ts) or GitHub (the
 * transaction of github-publish.ts, injected). Nothing is published when any check fails.
 *
 * Assets: each built file is uploaded as `<artifact>-<basename>` (the artifact name carries the
 * build key's short form, which the plan's GitHub lookup searches for), plus
 * `<artifact>-build-info.json`; two files with the same basename in one artifact are refused.
 * A target the plan does not rebuild (`rebuild: false`) is recorded with the release that holds
 * it (`artifacts[].release_id`) and its files are not uploaded again.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import { ToolError } from '../core/diagnostics/errors.js'
import type { PlanTarget, ReleasePlan } from '../core/plan/schema.js'
import { VERSION } from '../version.js'
import { readArtifacts, type VerifiedArtifact } from '../adapters/store/artifacts.js'
import { type ImageRecord, type ImageRequest, type ImageTagger } from './images.js'
import { RELEASE_MANIFEST, serializeReleaseManifest, SHA256SUMS, type ReleaseArtifact, type ReleaseManifestV2 } from '../core/release/manifest.js'
import { deltaAgainst, releaseBody, sha256sums, type RunContext } from '../core/release/record.js'
import type { ReleaseRequest, ReleaseSink, SinkResult } from '../core/release/store.js'
import type { PublishAsset } from '../core/release/publish-types.js'

export interface PublishOptions {
  plan: ReleasePlan
  artifactsDir: string
  sink: ReleaseSink
  /** null: images are recorded from build-info.json but not tagged (dry run). */
  images: ImageTagger | null
  run: RunContext
  reason: string | null
  dryRun: boolean
  now: () => Date
  /** Absolute path → what messages show. */
  where: (abs: string) => string
}

export interface ComponentOutcome {
  component: string
  release_id: string
  outcome: 'published' | 'unchanged' | 'adopted' | 'dry-run'
  url: string | null
  id: number | null
  manifest: ReleaseManifestV2 | null
  images: ImageRecord[]
}

export interface PublishResult {
  ok: boolean
  diagnostics: Diagnostic[]
  releases: ComponentOutcome[]
  skipped: string[]
  notes: string[]
}

const targetOf = (plan: ReleasePlan, t: string) => (plan.targets as Record<string, PlanTarget | undefined>)[t]!

export async function publish(o: PublishOptions): Promise<PublishResult> {
  const { plan } = o
  const read = await readArtifacts(o.artifactsDir, plan, o.where)
  const diagnostics = [...read.diagnostics]
  const notes: string[] = []
  const byTarget = new Map(read.artifacts.map((a) => [a.target, a]))
  const badTargets = new Set(read.diagnostics.map((d) => d.file ?? ''))
  for (const [t, target] of Object.entries(plan.targets) as Array<[string, PlanTarget]>) {
    if (target.rebuild && !byTarget.has(t) && ![...badTargets].some((f) => f.includes(target.artifact.name)))
      diagnostics.push(diagnostic('error', 'artifact-missing', o.where(o.artifactsDir), null, `no artifact '${target.artifact.name}' for target '${t}', which the plan rebuilds`, 'Download every build artifact of the run (actions/download-artifact without `name`).'))
    if (!target.rebuild && byTarget.has(t)) notes.push(`${t}: the plan reuses ${target.artifact.name} from ${target.existing?.release_id ?? '?'}; the downloaded copy is not uploaded again`)
  }
  for (const c of plan.components) {
    const have = await o.sink.existingHash(c.release_id)
    if (have !== undefined && have !== plan.manifest_hash)
      diagnostics.push(diagnostic('error', 'release-conflict', o.where(o.artifactsDir), null, `release ${c.release_id} in ${o.sink.label} has manifest_hash ${have ?? '(none)'}, this plan has ${plan.manifest_hash}`, 'A release is immutable: delete it by hand if it is wrong, or publish another plan.'))
  }
  if (diagnostics.length) return { ok: false, diagnostics, releases: [], skipped: read.skipped, notes }

  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'modules-rebuild-publish-'))
  try {
    const releases: ComponentOutcome[] = []
    for (const c of plan.components) {
      if ((await o.sink.existingHash(c.release_id)) === plan.manifest_hash) {
        releases.push({ component: c.name, release_id: c.release_id, outcome: 'unchanged', url: null, id: null, manifest: null, images: [] })
        continue
      }
      const built = c.targets.filter((t) => targetOf(plan, t).rebuild).map((t) => byTarget.get(t)!)
      const assets = assetsOf(built, diagnostics, o.where)
      if (diagnostics.length) return { ok: false, diagnostics, releases, skipped: read.skipped, notes }
      const images = await releaseImages(o, c, built, diagnostics, notes)
      if (diagnostics.length) return { ok: false, diagnostics, releases, skipped: read.skipped, notes }
      const artifacts: ReleaseArtifact[] = []
      for (const t of c.targets) artifacts.push(await artifactEntry(plan, t, c.release_id, byTarget.get(t), o.sink))
      const previous = await o.sink.previous(c.name, c.release_id)
      const delta = deltaAgainst(previous, plan)
      const started = built.map((a) => a.info.started_at).filter((s): s is string => typeof s === 'string').sort()[0] ?? null
      const manifest: ReleaseManifestV2 = {
        schema: 2,
        release_id: c.release_id,
        component: c.name,
        plan_release_id: plan.release_id,
        manifest_hash: plan.manifest_hash,
        source_commit: plan.source_commit,
        profile: plan.profile,
        generator: { name: 'modules-rebuild', version: VERSION },
        components: plan.components.map((x) => ({ name: x.name, release_id: x.release_id, build_keys: Object.fromEntries(x.targets.map((t) => [t, targetOf(plan, t).build_key])) })),
        modules: plan.modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on] })),
        artifacts,
        assets: assets.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })).sort((a, b) => (a.name < b.name ? -1 : 1)),
        images,
        previous_release: previous?.release_id ?? null,
        delta,
        // Headless: what the UI releases require of the server, and what the server is.
        ...(plan.contract ? { compat: { server_release_id: plan.contract.server_release_id, server_version: plan.contract.server_version, requirements: plan.contract.requirements.map((r) => ({ slug: r.slug, server: r.server })) } } : {}),
        build: { build_id: o.run.build_id, status: 'success', profile: plan.profile, manifest_hash: plan.manifest_hash, modules_delta: delta?.text ?? '', started_at: started, finished_at: o.now().toISOString(), logs_url: o.run.logs_url, requested_by: o.run.requested_by, event: o.run.event, reason: o.reason }
      }
      if (o.dryRun) {
        releases.push({ component: c.name, release_id: c.release_id, outcome: 'dry-run', url: null, id: null, manifest, images })
        continue
      }
      const request = await writeRequest(work, manifest, assets)
      let r: SinkResult
      try {
        r = await o.sink.publish(request)
      } catch (err) {
        // A refusal of the store (another manifest_hash under this release_id, a tag at another commit): exit 1.
        if (!(err instanceof ToolError) || (err.rule !== 'release-conflict' && err.rule !== 'release-request-invalid')) throw err
        diagnostics.push(diagnostic('error', err.rule, o.where(o.artifactsDir), null, err.message))
        return { ok: false, diagnostics, releases, skipped: read.skipped, notes }
      }
      releases.push({ component: c.name, release_id: c.release_id, outcome: r.outcome, url: r.url, id: r.id, manifest, images })
    }
    return { ok: true, diagnostics, releases, skipped: read.skipped, notes }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

/**
 * The images of component `c`: each built target's image pushed from its artifact's layout (or, in
 * a registry already, tagged), and each reused target's image — the digest the earlier release
 * recorded — tagged again, so `<repository>:<release_id>` names every image of the release.
 */
async function releaseImages(o: PublishOptions, c: ReleasePlan['components'][number], built: VerifiedArtifact[], diagnostics: Diagnostic[], notes: string[]): Promise<ImageRecord[]> {
  const images: ImageRecord[] = []
  const tag = async (target: string, req: ImageRequest, source: NonNullable<ImageRecord['source']>, releaseId: string, at: string) => {
    if (!o.images || o.dryRun) {
      images.push({ target, repository: req.repository, digest: req.digest, tag: c.release_id, location: '(not tagged: dry run)', release_id: releaseId, source })
      return
    }
    try {
      images.push({ target, ...(await o.images(req, c.release_id)), release_id: releaseId, source })
    } catch (err) {
      diagnostics.push(diagnostic('error', 'image-error', at, null, (err as Error).message))
    }
  }
  for (const a of built) {
    const image = a.info.image
    if (!image) continue
    const { layout, ...rest } = image
    await tag(a.target, layout ? { ...rest, layoutDir: path.join(a.dir, ...layout.split('/')) } : rest, layout ? 'build' : 'registry', c.release_id, o.where(a.infoPath))
  }
  for (const t of c.targets) {
    const target = targetOf(o.plan, t)
    if (target.rebuild || !target.image || !target.existing) continue
    const earlier = (await o.sink.find(target.existing.release_id))?.images?.find((i) => i.target === t)
    if (!earlier) {
      notes.push(`${t}: reused from ${target.existing.release_id}, which records no image of ${t}; ${c.release_id} has none`)
      continue
    }
    await tag(t, { repository: earlier.repository, digest: earlier.digest }, 'reused', earlier.release_id ?? target.existing.release_id, `${o.sink.label}/${target.existing.release_id}`)
  }
  return images
}

/** The assets of the built artifacts: `<artifact>-<basename>` per file and `<artifact>-build-info.json`. */
function assetsOf(built: VerifiedArtifact[], diagnostics: Diagnostic[], where: (abs: string) => string): PublishAsset[] {
  const out: PublishAsset[] = []
  const names = new Map<string, string>()
  for (const a of built) {
    const entries = [...a.files.map((f) => ({ name: `${a.info.artifact}-${path.posix.basename(f.path)}`, path: f.abs, size: f.size, sha256: f.sha256, from: f.path }))]
    for (const e of entries) {
      const other = names.get(e.name)
      if (other !== undefined || e.name === RELEASE_MANIFEST || e.name === SHA256SUMS) {
        diagnostics.push(diagnostic('error', 'artifact-mismatch', where(a.infoPath), null, `files '${other ?? e.name}' and '${e.from}' would both be the release asset '${e.name}'`, 'Give the built files distinct names.'))
        continue
      }
      names.set(e.name, e.from)
      out.push({ name: e.name, path: e.path, size: e.size, sha256: e.sha256 })
    }
  }
  return out
}

async function artifactEntry(plan: ReleasePlan, t: string, releaseId: string, built: VerifiedArtifact | undefined, sink: ReleaseSink): Promise<ReleaseArtifact> {
  const target = targetOf(plan, t)
  const base = { target: t, build_key: target.build_key, name: target.artifact.name }
  if (target.rebuild && built) return { ...base, release_id: releaseId, files: built.files.map((f) => ({ path: f.path, asset: `${built.info.artifact}-${path.posix.basename(f.path)}`, size: f.size, sha256: f.sha256 })) }
  const from = target.existing?.release_id ?? null
  const earlier = from ? (await sink.find(from))?.artifacts.find((a) => a.build_key === target.build_key) : undefined
  return { ...base, ...(from ? { release_id: from } : {}), files: earlier?.files ?? [] }
}

/** Writes release-manifest.json and SHA256SUMS into `work/<release_id>/` and returns the full request. */
async function writeRequest(work: string, manifest: ReleaseManifestV2, assets: PublishAsset[]): Promise<ReleaseRequest> {
  const dir = path.join(work, manifest.release_id)
  await fs.mkdir(dir, { recursive: true })
  const { hashFile } = await import('../adapters/fs/hash-stream.js')
  const manifestPath = path.join(dir, RELEASE_MANIFEST)
  await fs.writeFile(manifestPath, serializeReleaseManifest(manifest))
  const m = await hashFile(manifestPath)
  const withManifest: PublishAsset[] = [...assets, { name: RELEASE_MANIFEST, path: manifestPath, size: m.size, sha256: m.sha256, contentType: 'application/json' }]
  const sumsPath = path.join(dir, SHA256SUMS)
  await fs.writeFile(sumsPath, sha256sums(withManifest))
  const s = await hashFile(sumsPath)
  return {
    tag: manifest.release_id,
    commit: manifest.source_commit,
    name: manifest.release_id,
    body: releaseBody(manifest),
    manifestHash: manifest.manifest_hash,
    assets: [...withManifest, { name: SHA256SUMS, path: sumsPath, size: s.size, sha256: s.sha256, contentType: 'text/plain' }],
    makeLatest: true
  }
}
