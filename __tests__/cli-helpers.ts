/** Test helpers: the CLI run in-process, the shape of its `--format json` report, and a file tree snapshot. */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../src/drivers/cli/main.js'
import type { JsonDiagnostic } from '../src/core/diagnostics/render.js'

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

/** Every file below `dir` (relative path → text), for "nothing else changed" assertions; `skip` leaves paths out. */
export function tree(dir: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e)
      const rel = path.relative(dir, p)
      if (skip(rel)) continue
      if (statSync(p).isDirectory()) walk(p)
      else out.set(rel, readFileSync(p, 'utf8'))
    }
  }
  walk(dir)
  return out
}
