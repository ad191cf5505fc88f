import path from 'node:path'
import { ArgumentError } from '../../core/diagnostics/errors.js'
import { jsonReport, renderText } from '../../core/diagnostics/render.js'
import { runPlan } from '../../app/plan.js'
import { planText } from '../../core/plan/summary.js'
import type { ReleaseStore } from '../../core/release/store.js'
import { COMMON, type Command } from './command.js'
import { isProfileOption, oneOf, PROFILE_OPTIONS } from '../../core/values/values.js'

export const planCommand: Command = {
  usage: `modules-rebuild plan [--root DIR] [--manifest FILE] [--profile ${PROFILE_OPTIONS.join('|')}] [--base REF] [--out FILE] [--releases DIR | --repo OWNER/NAME [--github-api URL]] [--format text|json]`,
  summary:
    'Validate, check generated code, then plan the release: build keys, the release_id, and the matrix of targets that have no release yet. release-plan.json is written only with --out FILE; without it the plan is printed (the full plan with --format json). Offline unless --releases names a local release store or --repo the GitHub repository whose releases to look up (token: GITHUB_TOKEN; API: --github-api, else GITHUB_API_URL), as the action does. Exit 0 with warnings, 1 refused (errors), 2 usage.',
  options: { ...COMMON, profile: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' }, releases: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' } },
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
      store: await releaseStore(values, io.cwd),
      githubRepository: (typeof values.repo === 'string' ? values.repo : null) ?? (process.env.GITHUB_REPOSITORY || null)
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

/**
 * Where the plan looks up existing releases: a local store (--releases), GitHub releases (--repo), or
 * nowhere. Each store (and the zod schema of its release manifests) loads only when asked for.
 */
async function releaseStore(values: Record<string, string | boolean | undefined>, cwd: string): Promise<ReleaseStore | null> {
  if (values.releases !== undefined && values.repo !== undefined) throw new ArgumentError('--releases and --repo exclude each other')
  if (values['github-api'] !== undefined && values.repo === undefined) throw new ArgumentError('--github-api goes with --repo OWNER/NAME')
  if (typeof values.releases === 'string') return new (await import('../../adapters/store/local.js')).LocalReleaseStore(path.resolve(cwd, values.releases))
  if (typeof values.repo !== 'string') return null
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) throw new ArgumentError(`--repo must be OWNER/NAME, not '${values.repo}'`)
  const token = process.env.GITHUB_TOKEN
  if (!token) throw new ArgumentError('--repo needs a token in GITHUB_TOKEN (contents: read)')
  const { createOctokit } = await import('../../adapters/github/client.js')
  const { GitHubReleaseStore } = await import('../../adapters/github/releases.js')
  const octokit = createOctokit({ token, ...(typeof values['github-api'] === 'string' ? { baseUrl: values['github-api'] } : {}) })
  return new GitHubReleaseStore({ octokit, repository: values.repo })
}
