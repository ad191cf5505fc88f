/**
 * The BUILT CLI (`node dist/cli.js`) as a process, as a user runs it: exit code, stdout and stderr
 * apart. The environment is the test's minus what a GitHub runner sets (GITHUB_*, RUNNER_*), which
 * would change the output; `env` adds variables on top. Also: the published JSON Schemas
 * (schema/*.json) compiled with ajv (draft 2020-12, strict), and small file-tree helpers.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'

export const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
export const CLI = path.join(REPO, 'dist', 'cli.js')
export const SCHEMA_DIR = path.join(REPO, 'schema')

/** Builds dist/ when it is missing (CI commits it; a fresh checkout may not have it). */
export function ensureBuilt(): void {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'ignore' })
}

export interface Proc {
  code: number
  stdout: string
  stderr: string
}

export function runBuilt(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Proc> {
  const base: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(base)) if (k.startsWith('GITHUB_') || k.startsWith('RUNNER_')) delete base[k]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...argv], { cwd, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err)
      else resolve({ code: err ? (err.code as number) : 0, stdout, stderr })
    })
  })
}

/** The `--format json` report every command prints: its keys, sorted. */
export const REPORT_KEYS = ['errors', 'manifest_hash', 'ok', 'warnings']

/** Parses a `--format json` stdout; fails with the text when it is not JSON. */
export function report<T = Record<string, unknown>>(p: Proc): T & { ok: boolean; manifest_hash: string | null; errors: Array<{ rule: string; message: string; file: string | null; hint: string | null }>; warnings: Array<{ rule: string }> } {
  try {
    return JSON.parse(p.stdout) as never
  } catch {
    throw new Error(`not JSON (exit ${p.code}):\n${p.stdout}\n${p.stderr}`)
  }
}

/** The published schema `name` (schema/<name>), compiled; `check(value)` lists its violations ([] when valid). */
export function publishedSchema(name: string): (value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  formats.default(ajv)
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as object)
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`))
}

/** Every file below `dir` (relative path → bytes as text), `.git/` left out: for "nothing else changed". */
export function files(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e)
      const rel = path.relative(dir, p)
      if (rel === '.git') continue
      if (statSync(p).isDirectory()) walk(p)
      else out.set(rel, readFileSync(p, 'latin1'))
    }
  }
  walk(dir)
  return out
}
