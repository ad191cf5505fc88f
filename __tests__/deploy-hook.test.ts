// The deploy hook runner: argv without a shell, the deployment's environment without credentials,
// output lines to the log, exit code, signal, a program that cannot start, and the timeout.
import { describe, expect, it } from '@jest/globals'
import { runHook } from '../src/adapters/process/hook.js'

const node = process.execPath
const run = (script: string, o: { timeoutMs?: number; env?: Record<string, string>; base?: NodeJS.ProcessEnv } = {}) => {
  const lines: string[] = []
  return runHook([node, '-e', script], { cwd: process.cwd(), env: o.env ?? {}, timeoutMs: o.timeoutMs ?? 20_000, log: (l) => lines.push(l), ...(o.base ? { baseEnv: o.base } : {}) }).then((r) => ({ ...r, lines }))
}

describe('deploy hook', () => {
  it('passes argv untouched (no shell) and the deployment environment, never the tokens', async () => {
    const r = await run('console.log(JSON.stringify([process.env.RELEASE_ID, process.env.GITHUB_TOKEN ?? null, process.env.INPUT_TOKEN ?? null, process.env.KEEP])); console.error("$(whoami) `id`")', { env: { RELEASE_ID: 'shop-1' }, base: { ...process.env, GITHUB_TOKEN: 'ghs_x', INPUT_TOKEN: 'y', KEEP: 'k' } })
    expect(r).toMatchObject({ ok: true, exit_code: 0 })
    expect(r.lines).toEqual(['["shop-1",null,null,"k"]', '$(whoami) `id`'])
  })
  it('reports a non-zero exit, a signal and a program that does not exist', async () => {
    expect(await run('process.exit(4)')).toMatchObject({ ok: false, exit_code: 4 })
    const killed = await run('process.kill(process.pid, "SIGKILL")')
    expect(killed).toMatchObject({ ok: false, signal: 'SIGKILL' })
    expect(killed.message).toMatch(/was killed by SIGKILL$/)
    const missing = await runHook(['./no-such-hook'], { cwd: process.cwd(), env: {}, timeoutMs: 1000, log: () => {} })
    expect(missing).toMatchObject({ ok: false })
    expect(missing.message).toMatch(/cannot start the hook \.\/no-such-hook: ENOENT/)
  })
  it('stops a hook that runs over its timeout', async () => {
    const r = await run('setInterval(() => {}, 1000)', { timeoutMs: 300 })
    expect(r).toMatchObject({ ok: false, timed_out: true, signal: 'SIGTERM' })
    expect(r.message).toMatch(/ran over 0.3 s and was stopped$/)
  })
  it('an empty hook is no hook', async () => {
    expect(await runHook([], { cwd: '.', env: {}, timeoutMs: 1, log: () => {} })).toMatchObject({ ok: true, message: 'no hook configured' })
  })
})
