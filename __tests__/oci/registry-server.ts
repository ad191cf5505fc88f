// Starts Debian's docker-registry (distribution v2) on 127.0.0.1 for the tests: open, htpasswd
// (Basic) or token auth, each with its own temporary config and storage. Stopped by PID.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type RegistryMode = { kind: 'open' } | { kind: 'htpasswd'; username: string; password: string } | { kind: 'token'; realm: string; service: string; issuer: string; certFile: string }

export interface RunningRegistry {
  /** `127.0.0.1:PORT` */
  host: string
  port: number
  dir: string
  stop(): Promise<void>
  log(): string
}

/** Why the registry tests cannot run here, or null when docker-registry, skopeo and htpasswd are installed. */
export function missingTools(): string | null {
  const missing = ['docker-registry', 'skopeo', 'htpasswd', 'openssl'].filter((t) => {
    try {
      execFileSync('sh', ['-c', 'command -v "$1"', 'sh', t], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
  return missing.length ? `not installed: ${missing.join(', ')} (apt-get install docker-registry skopeo apache2-utils openssl; .ci/run does)` : null
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

export async function startRegistry(mode: RegistryMode): Promise<RunningRegistry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oci-registry-'))
  const port = await freePort()
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'warn', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: path.join(dir, 'storage') }, delete: { enabled: true } },
    http: { addr: `127.0.0.1:${port}`, secret: 'modules-rebuild-test-secret' }
  }
  if (mode.kind === 'htpasswd') {
    const file = path.join(dir, 'htpasswd')
    // bcrypt (-B) is the only scheme distribution accepts; the password goes in on stdin (-i), never argv.
    execFileSync('htpasswd', ['-B', '-c', '-i', file, mode.username], { input: mode.password, stdio: ['pipe', 'ignore', 'pipe'] })
    config.auth = { htpasswd: { realm: 'modules-rebuild-test', path: file } }
  } else if (mode.kind === 'token') {
    config.auth = { token: { realm: mode.realm, service: mode.service, issuer: mode.issuer, rootcertbundle: mode.certFile } }
  }
  const configFile = path.join(dir, 'config.yml')
  writeFileSync(configFile, JSON.stringify(config, null, 2)) // JSON is YAML
  const logFile = path.join(dir, 'registry.log')
  const child: ChildProcess = spawn('docker-registry', ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const pid = child.pid!
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await exited
    writeFileSync(logFile, log)
    rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited ${child.exitCode}:\n${log}`)
    const up = await fetch(`http://127.0.0.1:${port}/v2/`).then(
      (r) => r.status === 200 || r.status === 401,
      () => false
    )
    if (up) break
    if (i > 200) {
      await stop()
      throw new Error(`docker-registry did not listen on ${port} within 20 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { host: `127.0.0.1:${port}`, port, dir, stop, log: () => log }
}

/**
 * Runs skopeo with an argv array, asynchronously (the token server of a test runs in the test's
 * own process and must keep answering). `auth` is passed in an auth file, never in argv.
 */
export async function skopeo(args: string[], auth?: { host: string; username: string; password: string }): Promise<string> {
  let authDir: string | null = null
  const extra: string[] = []
  if (auth) {
    authDir = mkdtempSync(path.join(os.tmpdir(), 'skopeo-auth-'))
    const file = path.join(authDir, 'auth.json')
    writeFileSync(file, JSON.stringify({ auths: { [auth.host]: { auth: Buffer.from(`${auth.username}:${auth.password}`).toString('base64') } } }), { mode: 0o600 })
    extra.push('--authfile', file)
  }
  const [verb, ...rest] = args
  try {
    const { stdout } = await run('skopeo', ['--insecure-policy', verb!, ...extra, ...rest], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 })
    return stdout
  } catch (err) {
    const e = err as { stderr?: string; message: string }
    throw new Error(`skopeo ${args.join(' ')}: ${e.stderr || e.message}`)
  } finally {
    if (authDir) rmSync(authDir, { recursive: true, force: true })
  }
}
