/**
 * The action's `command: deploy`, `rollback` and `smoke`: releases and Deployments of
 * GITHUB_REPOSITORY with input `token` (contents: read, deployments: write), or a local release
 * store (input `store`). Findings become annotations; the smoke report goes to the job summary.
 */
import * as core from '@actions/core'
import path from 'node:path'
import { loadConfig } from '../../../app/config.js'
import { ArgumentError } from '../../../core/diagnostics/errors.js'
import { deploy as deployRelease, refusedText, type DeployResult } from '../../../app/deploy.js'
import { githubSource, localSource, type DeploySource } from '../../../app/deploy-source.js'
import { smoke as smokeRelease } from '../../../app/smoke.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'
import { group, info, setFailed } from '../log.js'
import { annotate, summarizeDiagnostics } from '../report.js'
import type { DeployConfig } from '../../../core/config/deploy.js'
import { smokeMarkdown, smokeText } from '../../../core/deploy/smoke.js'
import type { Diagnostic } from '../../../core/diagnostics/diagnostic.js'
import { runContext } from '../../../core/release/record.js'

type DeployContext = ActionContext<InputsOf<'deploy' | 'rollback' | 'smoke'>>

async function source(ctx: DeployContext, store: string | undefined): Promise<DeploySource & { where: string }> {
  if (store) return { ...localSource(path.resolve(ctx.root, store), runContext(process.env).requested_by), where: store }
  const repository = process.env.GITHUB_REPOSITORY
  if (!ctx.inputs.token || !repository) throw new ArgumentError(`command '${ctx.inputs.command}' needs input 'token' (contents: read, deployments: write) and GITHUB_REPOSITORY, or input 'store' (a local release directory)`)
  core.setSecret(ctx.inputs.token)
  return { ...(await githubSource({ token: ctx.inputs.token, repository, log: (m) => info(m) })), where: repository }
}

async function config(ctx: DeployContext): Promise<DeployConfig | null> {
  const r = await loadConfig(ctx.root)
  report(r.diagnostics, ctx.where)
  return r.config?.deploy ?? null
}

/** Annotations and the summary table; deploy findings name a store, repository or URL, not a file (`where` = identity). */
function report(diagnostics: readonly Diagnostic[], where: (file: string) => string = (f) => f): void {
  if (!diagnostics.length) return
  const shown = annotate(diagnostics, where)
  summarizeDiagnostics(diagnostics, shown, where)
}

async function move(ctx: ActionContext<InputsOf<'deploy' | 'rollback'>>, kind: 'deploy' | 'rollback'): Promise<void> {
  const d = ctx.inputs.deploy
  const environment = d.environment
  const cfg = await config(ctx)
  if (!cfg) return setFailed('modules-rebuild.toml has errors (see the annotations)')
  const s = await source(ctx, d.store)
  if (d.registryPassword) core.setSecret(d.registryPassword)
  const run = runContext(process.env)
  const r: DeployResult = await group(`${kind} ${d.releaseId} to ${environment}`, () =>
    deployRelease({
      releaseId: d.releaseId,
      environment,
      kind,
      files: s.files,
      history: s.history,
      images: { where: d.registry, cwd: ctx.root, ...(d.registryUsername && d.registryPassword ? { credentials: { username: d.registryUsername, password: d.registryPassword } } : {}) },
      config: cfg,
      smokeUrl: d.url ?? cfg.environments[environment]?.url ?? null,
      root: ctx.root,
      logUrl: run.logs_url,
      log: (l) => info(l),
      where: s.where,
      allowDegraded: d.allowDegraded
    })
  )
  report(r.diagnostics)
  for (const sm of [r.deployment?.smoke, r.rollback?.smoke]) if (sm) core.summary.addRaw(smokeMarkdown(sm), true)
  core.setOutput('outcome', r.outcome)
  core.setOutput('release_id', r.release_id)
  core.setOutput('environment', r.environment)
  core.setOutput('component', r.component ?? '')
  core.setOutput('manifest_hash', r.manifest_hash ?? '')
  core.setOutput('previous_release', r.previous_release ?? '')
  core.setOutput('deployment_id', r.deployment?.deployment_id != null ? String(r.deployment.deployment_id) : '')
  core.setOutput('rolled_back_to', r.rollback?.ok ? r.rollback.release_id : '')
  core.setOutput('smoke', r.deployment?.smoke ? JSON.stringify(r.deployment.smoke) : '')
  core.setOutput('disabled_ui_modules', r.disabled_ui_modules.join(','))
  const verb = kind === 'deploy' ? 'deployed' : 'rolled back to'
  if (r.ok) core.summary.addRaw(`${kind === 'deploy' ? 'Deployed' : 'Rolled back to'} \`${r.release_id}\` in \`${environment}\`${r.previous_release ? ` (was \`${r.previous_release}\`)` : ''}.\n`, true)
  else if (r.outcome === 'refused') setFailed(`${refusedText(r, kind)} (see the annotations)`)
  else if (r.outcome === 'failed') setFailed(r.rollback ? `${r.release_id} failed in ${environment}; ${environment} is back on ${r.rollback.release_id}` : `${r.release_id} failed in ${environment}, which held nothing before`)
  else setFailed(`${r.release_id} failed in ${environment} and the return to ${r.previous_release} failed too: the environment needs a hand`)
  if (r.ok) info(`${verb} ${r.release_id} in ${environment}`)
}

export const deploy = (ctx: ActionContext<InputsOf<'deploy'>>) => move(ctx, 'deploy')
export const rollback = (ctx: ActionContext<InputsOf<'rollback'>>) => move(ctx, 'rollback')

export async function smoke(ctx: ActionContext<InputsOf<'smoke'>>): Promise<void> {
  const d = ctx.inputs.smoke
  const url = d.url
  const cfg = await config(ctx)
  if (!cfg) return setFailed('modules-rebuild.toml has errors (see the annotations)')
  const s = d.releaseIds.length ? await source(ctx, d.store) : null
  const r = await group(`smoke ${url}`, () => smokeRelease({ baseUrl: url, releaseIds: d.releaseIds, files: s?.files ?? null, config: cfg.smoke, where: s?.where ?? url }))
  report(r.diagnostics)
  if (r.report) {
    info(smokeText(r.report))
    core.summary.addRaw(smokeMarkdown(r.report), true)
  }
  core.setOutput('outcome', r.ok ? 'passed' : 'failed')
  core.setOutput('manifest_hash', r.report?.observed.manifest_hash ?? '')
  core.setOutput('smoke', r.report ? JSON.stringify(r.report) : '')
  if (!r.ok) setFailed(r.report ? 'smoke checks failed (see the job summary)' : 'smoke checks could not start (see the annotations)')
}
