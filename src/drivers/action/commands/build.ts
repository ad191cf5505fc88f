import * as core from '@actions/core'
import { runStreaming } from '../../../adapters/process/stream.js'
import { shellQuote } from '../../../core/plan/command.js'
import { group, info, setFailed } from '../log.js'
import type { ActionContext } from './context.js'
import type { InputsOf } from '../inputs.js'

/**
 * build: runs the plan's command (matrix.argv) in the working directory, without a shell, with the
 * plan's environment on top of the runner's. Every line cargo prints reaches the log through logText (src/drivers/action/log.ts info) (a
 * build script cannot issue workflow commands); a failing command fails the step with its exit
 * code. Outputs started_at / finished_at (ISO 8601) for `stage`.
 */
export async function build({ inputs, root }: ActionContext<InputsOf<'build'>>): Promise<void> {
  const { argv, env } = inputs.build
  const startedAt = new Date().toISOString()
  core.setOutput('started_at', startedAt)
  const code = await group(`Build: ${shellQuote(argv)}`, () => runStreaming(argv, env, root, (line) => info(line)))
  core.setOutput('finished_at', new Date().toISOString())
  core.setOutput('exit_code', String(code))
  if (code !== 0) {
    setFailed(`the build command exited with code ${code}`)
    process.exitCode = code
  }
}
