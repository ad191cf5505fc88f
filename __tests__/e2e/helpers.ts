/** What the cargo end-to-end tests share: the in-process CLI on a work tree, and the shop server. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { runCli } from '../../src/drivers/cli/main.js'

export async function cliIn(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n'), cwd })
  return { code, stdout, stderr }
}

/** Starts shop-server (built into `target`) on an ephemeral loopback port, GETs each route, stops it by its PID. */
export async function getFromServer(target: string, ...routes: string[]): Promise<Array<{ status: number; body: string }>> {
  const child: ChildProcess = spawn(path.join(target, 'debug', 'shop-server'), ['--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000)
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const m = /listening on (127\.0\.0\.1:\d+)/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m[1]!)
        }
      })
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
    })
    const out = []
    for (const route of routes) {
      const res = await fetch(`http://${address}${route}`)
      out.push({ status: res.status, body: await res.text() })
    }
    return out
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM')
  }
}
