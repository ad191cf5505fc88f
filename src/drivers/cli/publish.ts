import { promises as fs } from 'node:fs'
import path from 'node:path'
import { ArgumentError, IoError } from '../../core/diagnostics/errors.js'
import { readReleasePlan } from '../../app/plan-file.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { imageTagger } from '../../app/images.js'
import { githubReleaseSink } from '../../adapters/github/release-sink.js'
import { LocalReleaseSink } from '../../adapters/store/local-publish.js'
import { publish } from '../../app/publish.js'
import { runContext } from '../../core/release/record.js'
import type { Command } from './command.js'

export const publishCommand: Command = {
  usage: 'modules-rebuild publish --plan release-plan.json --artifacts DIR [--store DIR | --repo OWNER/NAME [--github-api URL]] [--registry HOST[:PORT] | --images oci:DIR] [--reason TEXT] [--dry-run] [--format text|json]',
  summary:
    'Verify the build artifacts against release-plan.json (every file\'s SHA-256 and size), tag the images release_id, and publish one release per component with release-manifest.json and SHA256SUMS into a local release store (default ./releases; images into the layouts of --images, default oci:images) or, with --repo, as GitHub Releases (token: GITHUB_TOKEN; API: --github-api, else GITHUB_API_URL; images to the repositories build-info.json names unless --registry / --images). Images carried by the artifacts are pushed, reused targets\' images tagged again. A rerun is `unchanged`.',
  options: { plan: { type: 'string' }, artifacts: { type: 'string' }, store: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' }, registry: { type: 'string' }, images: { type: 'string' }, reason: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
  async run(values, io) {
    if (typeof values.plan !== 'string' || typeof values.artifacts !== 'string') throw new ArgumentError('publish needs --plan FILE and --artifacts DIR')
    if (values.registry !== undefined && values.images !== undefined) throw new ArgumentError('--registry and --images exclude each other')
    if (typeof values.images === 'string' && !values.images.startsWith('oci:')) throw new ArgumentError(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`)
    const plan = await readReleasePlan(path.resolve(io.cwd, values.plan))
    const artifactsDir = path.resolve(io.cwd, values.artifacts)
    if (!(await fs.stat(artifactsDir).catch(() => null))?.isDirectory()) throw new IoError(`${values.artifacts}: no such directory`)
    if (values.repo !== undefined && values.store !== undefined) throw new ArgumentError('--store and --repo exclude each other')
    if (values['github-api'] !== undefined && values.repo === undefined) throw new ArgumentError('--github-api goes with --repo OWNER/NAME')
    let sink
    if (typeof values.repo === 'string') {
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) throw new ArgumentError(`--repo must be OWNER/NAME, not '${values.repo}'`)
      const token = process.env.GITHUB_TOKEN
      if (!token) throw new ArgumentError('--repo needs a token in GITHUB_TOKEN (contents: write)')
      sink = githubReleaseSink({ token, repository: values.repo, ...(typeof values['github-api'] === 'string' ? { baseUrl: values['github-api'] } : {}), log: (m) => io.stderr(m) })
    } else sink = new LocalReleaseSink(path.resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases'))
    // A local release store keeps its images local too (no daemon, no registry): ./images, an OCI image layout per repository.
    const where = typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : typeof values.repo === 'string' ? null : 'oci:images'
    const user = process.env.REGISTRY_USERNAME
    const password = process.env.REGISTRY_PASSWORD
    const r = await publish({
      plan,
      artifactsDir,
      sink,
      images: imageTagger({ where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) }),
      run: runContext(process.env),
      reason: typeof values.reason === 'string' && values.reason !== '' ? values.reason : null,
      dryRun: values['dry-run'] === true,
      now: () => new Date(),
      where: (abs) => path.relative(io.cwd, abs).split(path.sep).join('/') || '.'
    })
    const releases = r.releases.map((x) => ({ component: x.component, release_id: x.release_id, outcome: x.outcome, url: x.url, images: x.images }))
    if (values.format === 'json') {
      io.stdout(jsonReport(r.ok, plan.manifest_hash, r.diagnostics, { releases, manifests: r.releases.map((x) => x.manifest), notes: r.notes, skipped: r.skipped }))
    } else {
      for (const d of r.diagnostics) io.stderr(renderText(d))
      for (const n of r.notes) io.stderr(`note: ${n}`)
      for (const x of releases) io.stdout(`${x.outcome}: ${x.release_id} (${x.component})${x.url ? ` ${x.url}` : ''}${x.images.map((i) => `\n  image ${i.location}:${i.tag} → ${i.digest}`).join('')}`)
      if (!r.ok) io.stderr('publish refused: nothing was published')
    }
    return r.ok ? 0 : 1
  }
}
