/**
 * The RBAC gate in the action, run by main.ts before every gated command. What the github
 * context says (GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_TRIGGERING_ACTOR — whoever started or
 * re-ran the run — and GITHUB_REPOSITORY) decides whether the run is checked and whom; the
 * minimum is the `minimum-permission` input, else `[rbac]` of modules-rebuild.toml, else the
 * built-in one. A refusal is an annotation, a line in the job summary and a failed step.
 */
import * as core from '@actions/core'
import { error, group, info, setFailed } from './log.js'
import { escapeHtml } from './report.js'
import type { ActionContext } from './commands/context.js'
import { loadConfig } from '../../app/config.js'
import { gateLine, gateOperation } from '../../adapters/github/gate.js'
import { isGatedEvent, minimumFor, type GatedOperation } from '../../core/config/rbac.js'
import type { MinimumPermission } from '../../core/values/values.js'
import { CONFIG_FILE } from '../../core/config/schema.js'

/** The operation each gated command performs. */
export const GATED_COMMANDS: Partial<Record<string, GatedOperation>> = { plan: 'rebuild', build: 'rebuild', deploy: 'deploy', rollback: 'rollback', prune: 'prune' }

/** True when the command may go on (not a checked run, or the actor holds the minimum). */
export async function gate(ctx: ActionContext, operation: GatedOperation, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!isGatedEvent(event, env.GITHUB_REF)) {
    info(`RBAC: a ${event || 'local'} run is not checked (only workflow_dispatch, repository_dispatch and pushed tags are)`)
    return true
  }
  const actor = ctx.inputs.actor ?? (env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '')
  if (!actor) throw new Error(`RBAC: a ${event} run needs an actor to check: set input 'actor' to \${{ github.triggering_actor }}`)
  const repository = env.GITHUB_REPOSITORY ?? ''
  const minimum = await minimumOf(ctx, operation)
  if (ctx.inputs.token) core.setSecret(ctx.inputs.token)
  const check = await group(`Check ${actor}'s permission`, () =>
    gateOperation({ operation, repository, actor, minimum, token: ctx.inputs.token ?? '', ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) })
  )
  core.setOutput('actor_permission', check.level)
  if (check.ok) {
    info(gateLine(operation, check, minimum))
    return true
  }
  error(`${check.diagnostic.message}\nhint: ${check.diagnostic.hint ?? ''}`, { title: check.diagnostic.rule })
  core.summary.addRaw(`<h2>modules-rebuild: ${operation} refused</h2>\n\n<p>${escapeHtml(check.diagnostic.message)}</p>\n<p><i>${escapeHtml(check.diagnostic.hint ?? '')}</i></p>\n`, true)
  setFailed(`${check.diagnostic.message} (event ${event})`)
  return false
}

async function minimumOf(ctx: ActionContext, operation: GatedOperation): Promise<MinimumPermission> {
  const input = ctx.inputs.minimumPermission
  if (input !== undefined) return input
  const { config, diagnostics } = await loadConfig(ctx.root)
  if (!config) throw new Error(`RBAC: ${CONFIG_FILE} has errors, so the minimum of [rbac] ${operation} is unknown: ${diagnostics.map((d) => d.message).join('; ')}`)
  return minimumFor(operation, config.rbac)
}
