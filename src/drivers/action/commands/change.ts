import * as core from '@actions/core'
import { group, setFailed, warning } from '../log.js'
import { applyChange, changeOutputs, changeSummary, runChangeStep } from '../../../app/change.js'
import { annotate, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'

/**
 * change: a module install/uninstall request (modules-change.yml) → RBAC → the catalog edit and
 * regenerated code on this checkout → one branch and one pull request, with the plan in its body.
 */
export async function change(ctx: ActionContext<InputsOf<'change'>>): Promise<void> {
  const c = ctx.inputs.change
  core.setSecret(c.token)
  const outcome = await group('Apply the module change', () =>
    runChangeStep(c, process.env, (request) => applyChange({ root: ctx.root, manifest: ctx.inputs.manifest, updateLockfile: c.updateLockfile, where: ctx.where }, request))
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
