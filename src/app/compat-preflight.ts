/**
 * The headless version contract before a deploy or rollback moves an environment (seed §1.2):
 * a UI release (admin, storefront) is checked against the server release the environment runs,
 * and a server release against every UI release the environment runs (core/deploy/compat.ts).
 * Other components (a monolith) and environments that run no counterpart have nothing to check.
 *
 * Incompatible → the deploy is refused (rule `incompatible-release`), unless `allowDegraded`:
 * then it goes on and `disabled_ui_modules` names the UI modules to switch off until the versions
 * align — the seed's emergency flag.
 */
import type { DeploymentHistory } from '../core/deploy/history.js'
import { checkCompat, compatMessage, UI_COMPONENTS, type CompatResult } from '../core/deploy/compat.js'
import type { ReleaseFiles } from '../core/deploy/verify.js'
import { diagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.js'
import type { ReleaseManifestV2 } from '../core/release/manifest.js'

export interface CompatPreflight {
  /** Every pair checked (empty: nothing to check against). */
  checks: CompatResult[]
  /** The incompatible UI modules, by slug (sorted, unique). */
  disabled_ui_modules: string[]
  /** A refusal (not degraded and incompatible), or a counterpart that cannot be read. */
  diagnostics: Diagnostic[]
  notes: string[]
}

export interface CompatPreflightOptions {
  manifest: ReleaseManifestV2
  environment: string
  history: Pick<DeploymentHistory, 'current'>
  files: Pick<ReleaseFiles, 'manifest' | 'label'>
  allowDegraded: boolean
  /** For messages: the release store. */
  where: string
}

export async function compatPreflight(o: CompatPreflightOptions): Promise<CompatPreflight> {
  const m = o.manifest
  const out: CompatPreflight = { checks: [], disabled_ui_modules: [], diagnostics: [], notes: [] }
  const isUi = (UI_COMPONENTS as readonly string[]).includes(m.component)
  if (!isUi && m.component !== 'server') return out
  const counterparts = isUi ? ['server'] : [...UI_COMPONENTS]
  for (const component of counterparts) {
    const pointer = await o.history.current(o.environment, component)
    if (!pointer) continue
    const other = await o.files.manifest(pointer.release_id)
    if (!other || other.schema !== 2) {
      out.diagnostics.push(diagnostic('error', 'incompatible-release', o.where, null, `${o.environment} runs ${component} release ${pointer.release_id}, which ${other ? 'predates release-manifest.json schema 2' : `is not in ${o.files.label} any more`}: the version contract of ${m.release_id} cannot be checked`, 'Deploy a current release of that component first.'))
      continue
    }
    out.checks.push(isUi ? checkCompat(m, other) : checkCompat(other, m))
  }
  const bad = out.checks.filter((c) => c.status === 'incompatible')
  out.disabled_ui_modules = [...new Set(bad.flatMap((c) => c.modules.map((x) => x.slug)))].sort()
  if (bad.length === 0) {
    if (out.checks.length === 0) out.notes.push(`${o.environment} runs no ${counterparts.join(' or ')} release: no version contract to check for ${m.release_id}`)
    return out
  }
  const message = bad.map(compatMessage).join('\n')
  if (o.allowDegraded) out.notes.push(`${message}\n--allow-degraded: deploying anyway; switch off these UI modules until the versions align: ${out.disabled_ui_modules.join(', ')}`)
  else out.diagnostics.push(diagnostic('error', 'incompatible-release', o.where, null, message, `Deploy a ${isUi ? 'server release these modules support' : 'UI release built for this server'} first, or deploy with --allow-degraded (input allow-degraded) and switch off the modules listed in disabled_ui_modules.`))
  return out
}
