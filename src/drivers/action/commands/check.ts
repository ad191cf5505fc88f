import * as core from '@actions/core'
import { group, info, setFailed } from '../log.js'
import { checkOnDisk, fixCommand } from '../../../app/codegen.js'
import { hasErrors } from '../../../core/diagnostics/diagnostic.js'
import { annotate, escapeCode, escapeHtml, summarizeDiagnostics } from '../report.js'
import type { ActionContext } from './context.js'


/** check: stale generated files become annotations; each diff goes into the job summary. */
export async function check({ inputs, root, where }: ActionContext): Promise<void> {
  const r = await group('Check generated files against modules.toml', () => checkOnDisk(root, inputs.manifest))
  const ok = !hasErrors(r.diagnostics)
  core.setOutput('valid', String(ok))
  core.setOutput('manifest_hash', r.project?.manifestHash ?? '')
  core.setOutput('stale', JSON.stringify(r.stale.map((s) => s.path)))
  const annotated = annotate(r.diagnostics, where)
  core.summary.addHeading(`modules-rebuild: generated files are ${r.stale.length ? 'stale' : ok ? 'up to date' : 'not checked'}`, 2)
  summarizeDiagnostics(r.diagnostics, annotated, where)
  const fix = fixCommand(inputs.workingDirectory, inputs.manifest, r.stale)
  for (const s of r.stale) {
    core.summary.addRaw(`<p><code>${escapeHtml(where(s.path))}</code></p>`, true).addCodeBlock(escapeCode(s.diff), 'diff')
    info(s.diff)
  }
  if (r.stale.length) core.summary.addRaw(`<p>Fix: <code>${escapeHtml(fix)}</code>, then commit the result.</p>`, true)
  if (!ok) setFailed(r.stale.length ? `${r.stale.length} generated file(s) are stale; run: ${fix}` : 'the generated files could not be checked: see the annotations and the job summary')
}
