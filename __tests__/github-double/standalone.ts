/**
 * The GitHub API double as a process of its own (`npm run github-double -- …`, through
 * scripts/github-double.mjs): starts it, prints the base URL (first stdout line) and, when no
 * --token was given, a generated one (a token of the double, not a secret), and stops cleanly on
 * SIGTERM / SIGINT.
 *
 *   --port N            port on 127.0.0.1 (default 0: any free port; the URL says which)
 *   --repo owner/name   the repository (default acme/platform)
 *   --token T           a write token acting as --user (repeatable)
 *   --user LOGIN        who the tokens act as (default octocat, an admin collaborator)
 *   --immutable         immutable releases on from the start
 *   --fault JSON        a fault from the start (faults.ts FaultSpec; repeatable), e.g.
 *                       '{"method":"POST","path":"/repos/*\/*\/releases","status":502,"times":2}'
 */
import { start, type FaultSpec } from './server.js'

export interface StandaloneOptions {
  port: number
  owner: string
  repo: string
  tokens: string[]
  user: string
  immutable: boolean
  faults: FaultSpec[]
}

export function parseArgs(argv: string[]): StandaloneOptions {
  const o: StandaloneOptions = { port: 0, owner: 'acme', repo: 'platform', tokens: [], user: 'octocat', immutable: false, faults: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${arg} needs a value`)
      return v
    }
    if (arg === '--port') {
      const v = value()
      o.port = Number(v)
      if (!/^\d+$/.test(v) || o.port > 65535) throw new Error(`--port ${v} is not a port number`)
    } else if (arg === '--repo') {
      const v = value()
      const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(v)
      if (!m) throw new Error(`--repo ${v} is not owner/name`)
      o.owner = m[1]!
      o.repo = m[2]!
    } else if (arg === '--token') o.tokens.push(value())
    else if (arg === '--user') o.user = value()
    else if (arg === '--immutable') o.immutable = true
    else if (arg === '--fault') {
      const v = value()
      try {
        o.faults.push(JSON.parse(v) as FaultSpec)
      } catch {
        throw new Error(`--fault ${v} is not JSON`)
      }
    } else throw new Error(`unknown argument ${arg} (see __tests__/github-double/standalone.ts)`)
  }
  return o
}

export async function main(argv: string[]): Promise<void> {
  let o: StandaloneOptions
  try {
    o = parseArgs(argv)
  } catch (err) {
    console.error(`github-double: ${(err as Error).message}`)
    process.exit(2)
  }
  const d = await start({ owner: o.owner, repo: o.repo, port: o.port, users: { [o.user]: 'admin' }, immutableReleases: o.immutable })
  for (const f of o.faults) d.fault(f)
  for (const t of o.tokens) d.state.tokens.set(t, { login: o.user, access: 'write' })
  console.log(d.url)
  if (!o.tokens.length) console.log(`token: ${d.tokenFor(o.user)}`)
  console.error(`github-double: ${o.owner}/${o.repo} on ${d.url} (control API under ${d.url}/__double/); SIGTERM or Ctrl-C stops it`)
  const stop = (signal: string) => {
    console.error(`github-double: ${signal}, stopping`)
    d.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}
