import * as core from '@actions/core'
import { group, setFailed, warning } from '../log.js'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { installOnDisk, uninstallOnDisk, type EditOutcome } from '../../../app/catalog.js'
import { DiagnosticError } from '../../../core/diagnostics/diagnostic.js'
import { changeOutputs, changeSummary, runChangeStep } from '../../../app/change.js'
import type { ApplyResult } from '../../../app/change.js'
import type { ChangeRequest } from '../../../adapters/github/change-request.js'
import { runPlan } from '../../../app/plan.js'
import { annotate, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'

/**
 * change: a module install/uninstall request (modules-change.yml) → RBAC → the catalog edit and
 * regenerated code on this checkout → one branch and one pull request, with the plan in its body.
 */
export async function change(ctx: ActionContext): Promise<void> {
  const { inputs } = ctx
  if (inputs.token) core.setSecret(inputs.token)
  const outcome = await group('Apply the module change', () =>
    runChangeStep(
      { request: inputs.request ?? '', actor: inputs.actor ?? '', 'minimum-permission': inputs.minimumPermission ?? '', token: inputs.token ?? '', 'dispatch-rebuild': inputs.dispatchRebuild ?? 'false' },
      process.env,
      (request) => apply(ctx, request)
    )
  )
  for (const [name, value] of Object.entries(changeOutputs(outcome))) core.setOutput(name, value)
  core.summary.addRaw(changeSummary(outcome), true)
  if (outcome.status === 'refused') {
    summarizeDiagnostics(outcome.diagnostics, annotate(outcome.diagnostics, ctx.where), ctx.where)
    setFailed('the module change was refused: see the annotations and the job summary')
  } else if (outcome.dispatched?.error) {
    warning(`the rebuild of ${outcome.branch} could not be started: ${outcome.dispatched.error}`)
  }
}

/** The catalog edit on the checkout; the changed files (repository-relative) and the plan summary. */
async function apply({ inputs, root, where }: ActionContext, request: ChangeRequest): Promise<ApplyResult> {
  const outcome: EditOutcome =
    request.action === 'install'
      ? await installOnDisk(root, { manifest: inputs.manifest, slug: request.slug, updateLockfile: inputs.updateLockfile, ...(request.version ? { versionReq: `=${request.version}` } : {}) })
      : await uninstallOnDisk(root, { manifest: inputs.manifest, slug: request.slug, updateLockfile: inputs.updateLockfile })
  if (outcome.refused || !outcome.applied) {
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error')
    if (errors.length) throw new DiagnosticError(errors)
  }
  const written = await Promise.all(outcome.written.map(async (rel) => ({ path: where(rel), content: await fs.readFile(path.join(root, rel), 'utf8') })))
  const files = [...written, ...outcome.deleted.map((rel) => ({ path: where(rel), content: null }))]
  // The plan of the changed checkout against the commit it was made from: delta, targets, graph.
  const planned = await runPlan({ root, manifest: inputs.manifest, base: 'HEAD', store: null })
  return { files, summary: planned.summary }
}
