/**
 * The action entry point: read inputs once, run the command, write the job summary. One
 * try/catch at the top turns any failure into setFailed.
 */
import * as core from '@actions/core'
import { setFailed } from './log.js'
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
import { getInputs, type ActionCommand } from './inputs.js'
import { workspacePath } from './report.js'
import { UsageError } from '../../adapters/fs/fs.js'
import { registerZodFallbacks } from '../../app/schemas.js'

const COMMANDS: Record<ActionCommand, (ctx: ActionContext) => Promise<void>> = { validate, hash, check, plan, change, publish, build, stage }

export async function run(): Promise<void> {
  // The action loads zod anyway: the checks word their findings with it (manifest/zod-registry.ts).
  registerZodFallbacks()
  try {
    const inputs = getInputs()
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const root = path.resolve(workspace, inputs.workingDirectory)
    await COMMANDS[inputs.command]({ inputs, root, where: (file) => workspacePath(file, root, workspace) })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    setFailed(err instanceof UsageError ? `input 'working-directory' / 'manifest': ${message}` : message)
  } finally {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  }
}
