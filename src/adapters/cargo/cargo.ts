/**
 * Running cargo for install / uninstall: `cargo update --workspace` brings Cargo.lock in line with
 * the dependencies the change declared or removed, and nothing else (other locked versions stay).
 * argv only, no shell, an environment without the job's credentials (childEnv); cargo's own
 * output is kept for the error message.
 */
import { execFile } from 'node:child_process'
import { childEnv } from '../process/child-env.js'

export interface CargoRun {
  ok: boolean
  /** The last lines cargo printed, for the error message. */
  output: string
}

const TAIL = 20

export function cargoUpdateWorkspace(cwd: string, opts: { offline?: boolean; cargo?: string; timeoutMs?: number } = {}): Promise<CargoRun> {
  const args = ['update', '--workspace', ...(opts.offline ? ['--offline'] : [])]
  return new Promise((resolve) => {
    execFile(opts.cargo ?? 'cargo', args, { cwd, env: childEnv(), timeout: opts.timeoutMs ?? 600_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trimEnd().split('\n').slice(-TAIL).join('\n')
      if (!err) return resolve({ ok: true, output })
      const code = (err as NodeJS.ErrnoException).code
      resolve({ ok: false, output: code === 'ENOENT' ? `cargo was not found on PATH` : output || err.message })
    })
  })
}
