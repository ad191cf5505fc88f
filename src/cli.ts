#!/usr/bin/env node
import { runCli, safeIo } from './drivers/cli/main.js'
import { stdioWriter } from './drivers/cli/stdio.js'

const out = stdioWriter({ fd: 1, stream: () => process.stdout })
const err = stdioWriter({ fd: 2, stream: () => process.stderr })

runCli(process.argv.slice(2), {
  stdout: (text) => out.line(text),
  stderr: (text) => err.line(text),
  cwd: process.cwd()
}).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    const io = safeIo({ stdout: () => {}, stderr: (text) => err.line(text), cwd: '' })
    io.stderr(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this as a bug.`)
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
  out.flush(() => err.flush(() => process.exit(code)))
}
