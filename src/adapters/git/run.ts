/**
 * The git binary, for what the in-process reader cannot answer (git.ts): `execFile('git', argv)` —
 * never a shell — with the repository's own GIT_DIR / GIT_INDEX_FILE environment variables removed
 * (a hook that runs the tool must not redirect it). A module of its own so that child_process loads
 * only when a git process starts.
 */
import { execFile, spawn } from 'node:child_process'
import { childEnv } from '../process/child-env.js'
import { GitError } from '../../core/diagnostics/errors.js'

const STRIP = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES']

function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...childEnv(), GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
  for (const k of STRIP) delete env[k]
  return { ...env, ...extra }
}

export interface RunOptions {
  cwd: string
  env?: Record<string, string>
  input?: string
  /** Exit codes that are not failures (e.g. 1 for `rev-parse --verify -q`). */
  allow?: number[]
}

/** Runs git; resolves stdout (a Buffer) and the exit code. Rejects with GitError on other exit codes. */
export function git(args: readonly string[], o: RunOptions): Promise<{ stdout: Buffer; code: number }> {
  return new Promise((resolve, reject) => {
    if (o.input === undefined) {
      execFile('git', args, { cwd: o.cwd, env: gitEnv(o.env), encoding: 'buffer', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0
        if (err && !(o.allow ?? []).includes(code)) return reject(new GitError(`git ${args.join(' ')}: ${stderr.toString().trim() || err.message}`))
        resolve({ stdout, code })
      })
      return
    }
    const child = spawn('git', args, { cwd: o.cwd, env: gitEnv(o.env), stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const errOut: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => errOut.push(b))
    child.on('error', (e) => reject(new GitError(`git ${args.join(' ')}: ${e.message}`)))
    child.on('close', (code) => {
      const c = code ?? -1
      if (c !== 0 && !(o.allow ?? []).includes(c)) return reject(new GitError(`git ${args.join(' ')}: ${Buffer.concat(errOut).toString().trim()}`))
      resolve({ stdout: Buffer.concat(out), code: c })
    })
    child.stdin.on('error', () => {}) // git may exit before reading everything; the close handler reports it
    child.stdin.end(o.input)
  })
}
