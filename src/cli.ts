#!/usr/bin/env node
import { runCli, safeIo } from './drivers/cli/main.js'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  cwd: process.cwd()
}).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    const io = safeIo({ stdout: () => {}, stderr: (text) => process.stderr.write(text + '\n'), cwd: '' })
    io.stderr(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this as a bug.`)
    process.exitCode = 2
  }
)
