import * as core from '@actions/core'
import path from 'node:path'
import { ArgumentError } from '../../../core/diagnostics/errors.js'
import { readReleasePlan } from '../../../app/plan-file.js'
import { imageTagger } from '../../../app/images.js'
import { githubReleaseSink } from '../../../adapters/github/release-sink.js'
import { LocalReleaseSink } from '../../../adapters/store/local-publish.js'
import { publish as publishRelease } from '../../../app/publish.js'
import { runContext } from '../../../core/release/record.js'
import { group, setFailed, warning } from '../log.js'
import { annotate, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'
import { TARGETS } from '../../../core/values/values.js'

/**
 * publish: verifies the downloaded build artifacts against release-plan.json, tags the images and
 * publishes one release per component: as GitHub Releases of GITHUB_REPOSITORY (input `token`,
 * contents: write), or into `store` (a directory relative to the workspace) when that is set.
 */
export async function publish({ inputs, root }: ActionContext<InputsOf<'publish'>>): Promise<void> {
  const p = inputs.publish
  let sink
  if (p.store) sink = new LocalReleaseSink(path.resolve(root, p.store))
  else {
    const repository = process.env.GITHUB_REPOSITORY
    if (!inputs.token || !repository) throw new ArgumentError("command 'publish' needs input 'token' (contents: write) and GITHUB_REPOSITORY, or input 'store' (a local release directory)")
    core.setSecret(inputs.token)
    sink = githubReleaseSink({ token: inputs.token, repository, log: (m) => warning(m) })
  }
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  const plan = await readReleasePlan(path.resolve(root, p.plan))
  if (p.registryPassword) core.setSecret(p.registryPassword)
  const r = await group('Verify the artifacts and publish', () =>
    publishRelease({
      plan,
      artifactsDir: path.resolve(root, p.artifacts),
      sink,
      images: imageTagger({ where: p.registry, cwd: root, onSecret: (v) => core.setSecret(v), ...(p.registryUsername && p.registryPassword ? { credentials: { username: p.registryUsername, password: p.registryPassword } } : {}) }),
      run: runContext(process.env),
      reason: p.reason,
      dryRun: p.dryRun,
      now: () => new Date(),
      where: (abs) => path.relative(workspace, abs).split(path.sep).join('/')
    })
  )
  for (const n of r.notes) warning(n)
  const shown = annotate(r.diagnostics, (f) => f)
  summarizeDiagnostics(r.diagnostics, shown, (f) => f)
  const first = r.releases[0]
  core.setOutput('manifest_hash', plan.manifest_hash)
  core.setOutput('release_id', r.releases.map((x) => x.release_id).join(','))
  core.setOutput('release_url', first?.url ?? '')
  core.setOutput('outcome', !r.ok ? 'refused' : r.releases.every((x) => x.outcome === 'unchanged') ? 'unchanged' : (first?.outcome ?? 'unchanged'))
  const images = r.releases.flatMap((x) => x.images)
  core.setOutput('images', JSON.stringify(images))
  // The subjects of attestations: the images this run built and pushed (reused ones were attested when built).
  for (const t of TARGETS) {
    const pushed = images.find((i) => i.target === t && i.source === 'build' && !i.location.startsWith('('))
    core.setOutput(`${t}_image_name`, pushed?.repository ?? '')
    core.setOutput(`${t}_image_digest`, pushed?.digest ?? '')
  }
  core.setOutput('releases', JSON.stringify(r.releases.map((x) => ({ component: x.component, release_id: x.release_id, outcome: x.outcome, url: x.url }))))
  // What the generated deploy job reads: the release of each component (dry runs and refusals deploy nothing).
  core.setOutput('release_ids', JSON.stringify(r.ok && !p.dryRun ? Object.fromEntries(r.releases.map((x) => [x.component, x.release_id])) : {}))
  if (r.ok) core.summary.addTable([[{ data: 'release', header: true }, { data: 'component', header: true }, { data: 'outcome', header: true }], ...r.releases.map((x) => [x.release_id, x.component, x.outcome])])
  if (!r.ok) setFailed('publish refused: nothing was published (see the annotations and the job summary)')
}
