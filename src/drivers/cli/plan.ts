import path from 'node:path'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { runPlan } from '../../app/plan.js'
import { planText } from '../../core/plan/summary.js'
import { LocalReleaseStore } from '../../adapters/store/local.js'
import { COMMON, type Command } from './command.js'
import { isProfileOption, oneOf, PROFILE_OPTIONS } from '../../core/values/values.js'

export const planCommand: Command = {
  usage: `modules-rebuild plan [--root DIR] [--manifest FILE] [--profile ${PROFILE_OPTIONS.join('|')}] [--base REF] [--out FILE] [--releases DIR] [--format text|json]`,
  summary:
    'Validate, check generated code, then plan the release: build keys, the release_id, and the matrix of targets that have no release yet. release-plan.json is written only with --out FILE; without it the plan is printed (the full plan with --format json). Offline unless --releases names a local release store (the action looks releases up on GitHub). Exit 0 with warnings, 1 refused (errors), 2 usage.',
  options: { ...COMMON, profile: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' }, releases: { type: 'string' } },
  async run(values, io) {
    const profile = values.profile
    if (profile !== undefined && !isProfileOption(profile)) throw new ArgumentError(`--profile must be ${oneOf(PROFILE_OPTIONS)}, not '${String(profile)}'`)
    const root = path.resolve(io.cwd, String(values.root))
    const r = await runPlan({
      root,
      manifest: String(values.manifest),
      ...(profile ? { profile } : {}),
      ...(typeof values.base === 'string' ? { base: values.base } : {}),
      ...(typeof values.out === 'string' ? { out: path.resolve(io.cwd, values.out) } : {}),
      store: typeof values.releases === 'string' ? new LocalReleaseStore(path.resolve(io.cwd, values.releases)) : null,
      githubRepository: process.env.GITHUB_REPOSITORY || null
    })
    if (values.format === 'json') {
      io.stdout(jsonReport(r.ok, r.outputs.manifest_hash || null, r.diagnostics, { plan: r.plan, outputs: r.outputs }))
    } else {
      for (const d of r.diagnostics) io.stderr(renderText(d))
      if (r.plan) io.stdout(planText(r.plan))
      if (r.ok && typeof values.out === 'string') io.stdout(`wrote ${values.out}`)
      if (!r.ok) io.stderr('plan refused: nothing to build until the errors above are fixed')
    }
    return r.ok ? 0 : 1
  }
}
