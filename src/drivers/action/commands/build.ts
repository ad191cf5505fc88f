import * as core from '@actions/core'
import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { createInterface } from 'node:readline'
import { shellQuote } from '../../../core/plan/command.js'
import { group, info, setFailed } from '../log.js'
import type { ActionContext } from './context.js'

/**
 * build: runs the plan's command (matrix.argv) in the working directory, without a shell, with the
 * plan's environment on top of the runner's. Every line cargo prints reaches the log through logText (src/drivers/action/log.ts info) (a
 * build script cannot issue workflow commands); a failing command fails the step with its exit
 * code. Outputs started_at / finished_at (ISO 8601) for `stage`.
 */
export async function build({ inputs, root }: ActionContext): Promise<void> {
  const { argv, env } = inputs.build!
  const startedAt = new Date().toISOString()
  core.setOutput('started_at', startedAt)
  const code = await group(`Build: ${shellQuote(argv)}`, () => runStreaming(argv, env, root))
  core.setOutput('finished_at', new Date().toISOString())
  core.setOutput('exit_code', String(code))
  if (code !== 0) {
    setFailed(`the build command exited with code ${code}`)
    process.exitCode = code
  }
}

/** Starts argv[0] with argv[1..]; each output line goes to the log escaped. Resolves with the exit code (128+n for signal n). */
function runStreaming(argv: readonly string[], env: Readonly<Record<string, string>>, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const streams = [child.stdout, child.stderr].map((s) => {
      const lines = createInterface({ input: s, crlfDelay: Infinity })
      lines.on('line', (line) => info(line))
      return new Promise<void>((done) => lines.on('close', () => done()))
    })
    child.on('error', (err) => reject(new Error(`cannot start '${argv[0]}': ${err.message}`)))
    child.on('close', (code, signal) => {
      void Promise.all(streams).then(() => {
        if (signal) info(`the build command was stopped by ${signal}`)
        resolve(code ?? 128 + signalNumber(signal))
      })
    })
  })
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return (signal && constants.signals[signal]) || 1
}
