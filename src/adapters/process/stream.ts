import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { createInterface } from 'node:readline'

/**
 * Starts argv[0] with argv[1..] in `cwd`, without a shell, with `env` on top of this process's
 * environment; every line the command prints (stdout and stderr) goes to `line` as it comes.
 * Resolves with the exit code (128+n when stopped by signal n). Shared by the action's and the
 * CLI's `build`.
 */
export function runStreaming(argv: readonly string[], env: Readonly<Record<string, string>>, cwd: string, line: (text: string) => void): Promise<number> {
  if (argv.length === 0) return Promise.reject(new Error('the build command is empty'))
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const streams = [child.stdout, child.stderr].map((s) => {
      const lines = createInterface({ input: s, crlfDelay: Infinity })
      lines.on('line', line)
      return new Promise<void>((done) => lines.on('close', () => done()))
    })
    child.on('error', (err) => reject(new Error(`cannot start '${argv[0]}': ${err.message}`)))
    child.on('close', (code, signal) => {
      void Promise.all(streams).then(() => {
        if (signal) line(`the build command was stopped by ${signal}`)
        resolve(code ?? 128 + ((signal && constants.signals[signal]) || 1))
      })
    })
  })
}
