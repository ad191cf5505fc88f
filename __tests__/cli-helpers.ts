/** The CLI run in-process, and the shape of its `--format json` report, for the CLI-level tests. */
import { runCli } from '../src/cli/main.js'
import type { JsonDiagnostic } from '../src/diagnostics/render.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export type JsonDiag = JsonDiagnostic

export interface Report {
  ok: boolean
  manifest_hash: string | null
  errors: JsonDiag[]
  warnings: JsonDiag[]
}

/** Runs `modules-rebuild <argv>` in-process and captures its output and exit code. */
export async function cli(argv: string[], cwd = process.cwd()): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}
