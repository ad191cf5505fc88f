import * as core from '@actions/core'
import { group, info, setFailed } from '../log.js'
import path from 'node:path'
import { runPlan } from '../../../app/plan.js'
import type { ReleaseStore } from '../../../core/release/store.js'
import { annotate } from '../report.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'

/**
 * plan: validates, checks generated code, and writes release-plan.json to RUNNER_TEMP. Releases
 * are looked up on GitHub with `token` (read-only); without a token the plan is offline.
 */
export async function plan({ inputs, root, where }: ActionContext<InputsOf<'plan'>>): Promise<void> {
  const store = await githubStore(inputs.token)
  const out = path.join(process.env.RUNNER_TEMP ?? root, 'release-plan.json')
  const r = await group('Plan the release', () =>
    runPlan({
      root,
      manifest: inputs.manifest,
      ...(inputs.profile ? { profile: inputs.profile } : {}),
      ...(inputs.base ? { base: inputs.base } : {}),
      out,
      store,
      githubRepository: process.env.GITHUB_REPOSITORY || null
    })
  )
  for (const [name, value] of Object.entries(r.outputs)) core.setOutput(name, value)
  core.setOutput('valid', String(r.ok))
  annotate(r.diagnostics, where)
  core.summary.addRaw(r.summary, true)
  if (!r.ok) setFailed('the plan was refused: see the annotations and the job summary')
}

async function githubStore(token: string | undefined): Promise<ReleaseStore | null> {
  const repository = process.env.GITHUB_REPOSITORY
  if (!token || !repository) {
    info('No token or GITHUB_REPOSITORY: planning offline (every target counts as unbuilt).')
    return null
  }
  core.setSecret(token)
  const { githubReleaseStore } = await import('../../../adapters/github/releases.js')
  return githubReleaseStore(token, repository, process.env.GITHUB_API_URL)
}
