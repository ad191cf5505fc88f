#!/usr/bin/env node
import { runCli, safeIo } from './drivers/cli/main.js'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  cwd: process.cwd()
}).then(
  (code) => exitWhenFlushed(code),
  (err: unknown) => {
    const io = safeIo({ stdout: () => {}, stderr: (text) => process.stderr.write(text + '\n'), cwd: '' })
    io.stderr(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this as a bug.`)
    exitWhenFlushed(2)
  }
)

/**
 * The command's work is done (runCli awaits everything it starts): exit once stdout and stderr
 * have taken all output, instead of waiting for handles to close and the event loop to drain
 * (30–100 ms after `check`).
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code
  let pending = 2
  const done = () => {
    if (--pending === 0) process.exit(code)
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}
