import * as core from '@actions/core'
import { group, setFailed } from '../log.js'
import { validateOnDisk } from '../../../app/project.js'
import { annotate, escapeHtml, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'

export async function validate({ inputs, root, where }: ActionContext): Promise<void> {
  const result = await group(`Validate ${inputs.manifest}`, () => validateOnDisk(root, inputs.manifest))
  core.setOutput('valid', String(result.ok))
  core.setOutput('manifest_hash', result.manifestHash ?? '')
  const annotated = annotate(result.diagnostics, where)
  core.summary.addHeading(`modules-rebuild: ${escapeHtml(inputs.manifest)} is ${result.ok ? 'valid' : 'invalid'}`, 2)
  if (result.manifestHash) core.summary.addRaw(`<p><code>manifest_hash</code>: <code>${result.manifestHash}</code></p>`, true)
  summarizeDiagnostics(result.diagnostics, annotated, where)
  if (!result.ok) setFailed(`${inputs.manifest} is invalid: see the annotations and the job summary`)
}
