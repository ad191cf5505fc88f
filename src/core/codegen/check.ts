/**
 * `check`'s comparison of planned files with the checkout, and the unified diff of each stale one.
 * Its own module, loaded only when upToDate (generate.ts) finds a difference: the happy path
 * never loads the diff code.
 */
import { firstDifference, lf } from '../diagnostics/compare.js'
import { unifiedDiff } from '../diagnostics/line-diff.js'
import type { DirtyKind } from '../config/constants.js'
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { GenerationPlan, OutputKind } from './generate.js'

export interface StaleFile {
  path: string
  kind: OutputKind
  /** Unified diff from the committed file to the generated one (LF line endings). */
  diff: string
}

export interface CheckResult {
  stale: StaleFile[]
  diagnostics: Diagnostic[]
}

/**
 * Compares the planned files with the checkout (`current`: path → text, null when missing), line
 * endings ignored. Each stale file gets a unified diff and a `stale-generated` diagnostic: an
 * error, or a warning when its kind is in `allowDirty`.
 */
export function checkGeneration(plan: Pick<GenerationPlan, 'files'>, current: ReadonlyMap<string, string | null>, allowDirty: readonly DirtyKind[] = []): CheckResult {
  const stale: StaleFile[] = []
  const diagnostics: Diagnostic[] = []
  for (const f of plan.files) {
    const now = current.get(f.path) ?? null
    // Registry content is final as planned (the default preset normalises it; preset "rustok" keeps the build scripts' bytes, blank last line included).
    const want = lf(f.content)
    const have = now === null ? null : lf(now)
    if (have === want) continue
    const diff = unifiedDiff(f.path, have, want)
    stale.push({ path: f.path, kind: f.kind, diff })
    const what = f.kind === 'registry' ? 'generated registry code' : 'managed feature region'
    const message = have === null ? `${f.path} does not exist; modules.toml generates it (${what})` : `${f.path} is out of date with modules.toml (${what}; ${changedLines(diff)} changed lines)`
    const line = have === null ? null : { line: firstDifference(have, want), column: 1 }
    diagnostics.push(diagnostic(allowDirty.includes(f.kind) ? 'warning' : 'error', 'stale-generated', f.path, line, message, `Run \`modules-rebuild generate\` and commit the result${f.kind === 'registry' ? '; never edit generated files by hand' : ''}.`))
  }
  return { stale, diagnostics: sortDiagnostics(diagnostics) }
}

function changedLines(diff: string): number {
  return diff.split('\n').filter((l) => (l.startsWith('+') || l.startsWith('-')) && !l.startsWith('+++') && !l.startsWith('---')).length
}
