/**
 * Runs the project's deploy hook: an argument vector started without a shell, in the repository
 * root, with the parent's environment minus credentials (child-env.ts) plus the deployment's
 * variables. Every output line goes to `log`. Over the timeout: SIGTERM, then SIGKILL 5 s later.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { childEnv } from './child-env.js'

export interface HookResult {
  ok: boolean
  exit_code: number | null
  signal: string | null
  timed_out: boolean
  message: string
}

export async function runHook(argv: readonly string[], o: { cwd: string; env: Record<string, string>; timeoutMs: number; log: (line: string) => void; baseEnv?: NodeJS.ProcessEnv }): Promise<HookResult> {
  const [program, ...args] = argv
  if (!program) return { ok: true, exit_code: null, signal: null, timed_out: false, message: 'no hook configured' }
  const child = spawn(program, args, { cwd: o.cwd, env: { ...childEnv(o.baseEnv ?? process.env), ...o.env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
  let timedOut = false
  let kill: NodeJS.Timeout | undefined
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGTERM')
    kill = setTimeout(() => child.kill('SIGKILL'), 5000)
  }, o.timeoutMs)
  const lines = (s: NodeJS.ReadableStream | null) => (s ? new Promise<void>((resolve) => createInterface({ input: s }).on('line', (l) => o.log(l)).on('close', () => resolve())) : Promise.resolve())
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  const [r] = await Promise.all([done, lines(child.stdout), lines(child.stderr)])
  clearTimeout(timer)
  if (kill) clearTimeout(kill)
  const shown = argv.map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')
  if (r.error) return { ok: false, exit_code: null, signal: null, timed_out: false, message: `cannot start the hook ${shown}: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}` }
  if (timedOut) return { ok: false, exit_code: r.code, signal: r.signal, timed_out: true, message: `the hook ${shown} ran over ${o.timeoutMs / 1000} s and was stopped` }
  if (r.signal) return { ok: false, exit_code: null, signal: r.signal, timed_out: false, message: `the hook ${shown} was killed by ${r.signal}` }
  if (r.code !== 0) return { ok: false, exit_code: r.code, signal: null, timed_out: false, message: `the hook ${shown} exited with ${r.code}` }
  return { ok: true, exit_code: 0, signal: null, timed_out: false, message: `the hook ${shown} succeeded` }
}
