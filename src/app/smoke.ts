/** The smoke command: the expectation from the releases given (their manifests), then the checks over HTTP. */
import { runSmoke } from '../adapters/http/smoke.js'
import type { SmokeConfig } from '../core/config/deploy.js'
import { expectationOf, type SmokeExpectation, type SmokeReport } from '../core/deploy/smoke.js'
import type { ReleaseFiles } from '../core/deploy/verify.js'
import { diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.js'

export interface SmokeResult {
  ok: boolean
  report: SmokeReport | null
  expected: SmokeExpectation | null
  diagnostics: Diagnostic[]
}

export async function smoke(o: { baseUrl: string; releaseIds: readonly string[]; files: ReleaseFiles | null; config: SmokeConfig; where: string }): Promise<SmokeResult> {
  const diagnostics: Diagnostic[] = []
  let expected: SmokeExpectation | null = null
  if (o.releaseIds.length) {
    const manifests = []
    for (const id of o.releaseIds) {
      const m = await o.files!.manifest(id).catch((e: Error) => {
        diagnostics.push(diagnostic('error', 'release-unverified', o.where, null, `release ${id}: ${e.message}`))
        return undefined
      })
      if (m === null) diagnostics.push(diagnostic('error', 'release-not-found', o.where, null, `release ${id} is not in ${o.files!.label}`))
      else if (m && m.schema !== 2) diagnostics.push(diagnostic('error', 'release-unverified', o.where, null, `release ${id}: its release-manifest.json is schema 1, which lists no modules`))
      else if (m) manifests.push(m)
    }
    if (diagnostics.length) return { ok: false, report: null, expected: null, diagnostics }
    const e = expectationOf(manifests)
    if (typeof e === 'string') return { ok: false, report: null, expected: null, diagnostics: [diagnostic('error', 'smoke-failed', o.where, null, e)] }
    expected = e
  }
  const report = await runSmoke({ baseUrl: o.baseUrl, expected, config: o.config })
  for (const c of report.checks.filter((x) => !x.ok)) diagnostics.push(diagnostic('error', 'smoke-failed', o.baseUrl, null, `${c.name} ${c.url}: ${c.message}`))
  return { ok: report.ok, report, expected, diagnostics }
}
