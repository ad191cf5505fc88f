/**
 * The action entry point: read inputs once, run the command, write the job summary. One
 * try/catch at the top turns any failure into setFailed.
 */
import * as core from '@actions/core'
import { setFailed } from './log.js'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { build } from './commands/build.js'
import { change } from './commands/change.js'
import { check } from './commands/check.js'
import type { ActionContext } from './commands/context.js'
import { hash } from './commands/hash.js'
import { plan } from './commands/plan.js'
import { publish } from './commands/publish.js'
import { stage } from './commands/stage.js'
import { validate } from './commands/validate.js'
import { deploy, rollback, smoke } from './commands/deploy.js'
import { getInputs, type ActionCommand, type Inputs, type InputsOf } from './inputs.js'
import { workspacePath } from './report.js'
import { ArgumentError, ToolError } from '../../core/diagnostics/errors.js'
import { gitHubApiError } from '../../adapters/github/errors.js'
import { registerZodFallbacks } from '../../app/schemas.js'
import { gate, GATED_COMMANDS } from './gate.js'
import { prune } from './prune.js'

const COMMANDS: { [C in ActionCommand]: (ctx: ActionContext<InputsOf<C>>) => Promise<void> } = { validate, hash, check, plan, change, publish, build, stage, deploy, rollback, smoke, prune }

/** Runs the command `ctx.inputs` are of (TypeScript cannot pair a union with a mapped type by itself). */
const dispatch = <C extends ActionCommand>(ctx: ActionContext<InputsOf<C>>): Promise<void> => (COMMANDS[ctx.inputs.command as C] as (ctx: ActionContext<Inputs>) => Promise<void>)(ctx)

export async function run(): Promise<void> {
  // The action loads zod anyway: the checks word their findings with it (manifest/zod-registry.ts).
  registerZodFallbacks()
  try {
    const inputs = getInputs()
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const root = path.resolve(workspace, inputs.workingDirectory)
    if (!(await fs.stat(root).catch(() => null))?.isDirectory()) throw new ArgumentError(`input 'working-directory': ${root}: no such directory (the platform's repository root, relative to the workspace)`)
    const ctx: ActionContext = { inputs, root, where: (file) => workspacePath(file, root, workspace) }
    // RBAC: a rebuild, deploy, rollback or prune someone chose to start needs their permission.
    const operation = GATED_COMMANDS[inputs.command]
    if (operation && !(await gate(ctx, operation))) return
    await dispatch(ctx)
  } catch (caught) {
    // A ToolError names its cause (rule) and its hint, a GitHub API failure becomes one; any other error its message.
    const err = gitHubApiError(caught) ?? caught
    if (err instanceof ToolError) setFailed(`error[${err.rule}]: ${err.message}${err.diagnostic.hint ? `\nhint: ${err.diagnostic.hint}` : ''}`)
    else setFailed(err instanceof Error ? err.message : String(err))
  } finally {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  }
}
