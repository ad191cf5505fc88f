/**
 * `command: prune` of the action: the releases of GITHUB_REPOSITORY (input `token`: contents:
 * write to delete; the deployments are read with it too) or of input `store`, the images where
 * publish tagged them (or input `registry`), `keep` and `window`; `dry-run` (the generated
 * workflow's default) only plans. The RBAC gate has run before (main.ts).
 */
import * as core from '@actions/core'
import path from 'node:path'
import { group, info, setFailed, warning } from './log.js'
import { escapeHtml } from './report.js'
import type { ActionContext } from './commands/context.js'
import type { InputsOf } from './inputs.js'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { githubDeploymentHistory } from '../../adapters/github/deployments.js'
import { githubReleaseCatalog } from '../../adapters/github/release-catalog.js'
import { LocalDeploymentHistory } from '../../adapters/store/deployments.js'
import { LocalReleaseCatalog } from '../../adapters/store/release-catalog.js'
import { prune as runPrune, pruneText, type PruneResult } from '../../app/prune.js'

export async function prune({ inputs, root }: ActionContext<InputsOf<'prune'>>): Promise<void> {
  const p = inputs.prune
  let source
  if (p.store) {
    const dir = path.resolve(root, p.store)
    source = { releases: new LocalReleaseCatalog(dir), history: new LocalDeploymentHistory(dir) }
  } else {
    const repository = process.env.GITHUB_REPOSITORY
    if (!inputs.token || !repository) throw new ArgumentError("command 'prune' needs input 'token' (contents: write, deployments: read) and GITHUB_REPOSITORY, or input 'store' (a local release directory)")
    core.setSecret(inputs.token)
    const o = { token: inputs.token, repository, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log: (m: string) => warning(m) }
    source = { releases: githubReleaseCatalog(o), history: githubDeploymentHistory(o) }
  }
  if (p.registryPassword) core.setSecret(p.registryPassword)
  const r = await group(p.dryRun ? 'Plan the prune (dry run)' : 'Prune old releases', () =>
    runPrune({
      ...source,
      keep: p.keep,
      windowDays: p.windowDays,
      dryRun: p.dryRun,
      now: () => new Date(),
      images: { where: p.registry, cwd: root, ...(p.registryUsername && p.registryPassword ? { credentials: { username: p.registryUsername, password: p.registryPassword } } : {}) }
    })
  )
  for (const line of pruneText(r, p.keep, p.windowDays).split('\n')) info(line)
  for (const n of r.notes) warning(n)
  core.setOutput('outcome', !r.ok ? 'failed' : r.dry_run ? 'dry-run' : 'pruned')
  core.setOutput('pruned', JSON.stringify(r.releases.map((x) => ({ release_id: x.release_id, outcome: x.outcome }))))
  core.setOutput('kept', JSON.stringify(r.plan.keep))
  core.summary.addRaw(pruneSummary(r, p.keep, p.windowDays), true)
  if (!r.ok) setFailed('prune failed for some releases or images: see the job summary (a rerun retries them)')
}

/** The job summary: kept releases with their reasons, the pruned ones and the image actions (escaped). */
export function pruneSummary(r: PruneResult, keep: number, windowDays: number): string {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`
  const lines = [`<h2>modules-rebuild prune${r.dry_run ? ' (dry run: nothing deleted)' : ''}</h2>`, `<p>${escapeHtml(r.source.label)}: keep the ${keep} newest releases per component and what was deployed within ${windowDays} days.</p>`]
  lines.push('<table><tr><th>release</th><th>component</th><th>decision</th><th>why / outcome</th></tr>')
  for (const k of r.plan.keep) lines.push(row([k.release_id, k.component, 'keep', k.reasons.join(', ')]))
  for (const x of r.releases) {
    const p = r.plan.prune.find((y) => y.release_id === x.release_id)
    lines.push(row([x.release_id, p?.component ?? '', p?.action === 'keep-immutable' ? 'stays (immutable)' : 'delete', `${x.outcome}${x.message ? `: ${x.message}` : ''}`]))
  }
  lines.push('</table>')
  if (r.images.length) {
    lines.push('<table><tr><th>image</th><th>action</th><th>outcome</th></tr>')
    for (const i of r.images) lines.push(row([`${i.location}@${i.digest}`, i.action === 'delete-manifest' ? `delete (tags ${i.tags.join(', ')})` : `untag ${i.tags.join(', ')}`, `${i.outcome}${i.message ? `: ${i.message}` : ''}`]))
    lines.push('</table>')
  }
  for (const n of r.notes) lines.push(`<p>${escapeHtml(n)}</p>`)
  return lines.join('\n') + '\n'
}
