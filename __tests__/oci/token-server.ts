// A token server for docker-registry's `auth.token` mode, as ghcr.io runs one: GET /token with
// Basic credentials (or none) returns a JWT (RS256, x5c = a self-signed certificate made with
// openssl at test time, which the registry trusts as its rootcertbundle). Grants: the user gets
// pull and push everywhere; anonymous callers get pull on repositories under public/.
import { execFileSync } from 'node:child_process'
import { createSign, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import path from 'node:path'

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certFile: string
  /** Every token request: the scope asked for and whether credentials came with it. */
  requests: Array<{ scope: string; account: string | null; authenticated: boolean }>
  stop(): Promise<void>
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url')

export async function startTokenServer(dir: string, user: { username: string; password: string }): Promise<TokenServer> {
  const keyFile = path.join(dir, 'token-key.pem')
  const certFile = path.join(dir, 'token-cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=modules-rebuild test token issuer'], { stdio: 'ignore' })
  const key = readFileSync(keyFile, 'utf8')
  const certDer = readFileSync(certFile, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
  const service = 'modules-rebuild-test-registry'
  const issuer = 'modules-rebuild-test-issuer'
  const requests: TokenServer['requests'] = []

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/token') {
      res.writeHead(404).end()
      return
    }
    const header = req.headers.authorization ?? ''
    let authenticated = false
    if (header.startsWith('Basic ')) {
      const [name, ...pw] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':')
      if (name !== user.username || pw.join(':') !== user.password) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }))
        return
      }
      authenticated = true
    }
    const scopes = url.searchParams.getAll('scope')
    requests.push({ scope: scopes.join(' '), account: url.searchParams.get('account'), authenticated })
    const access = scopes.flatMap((s) => {
      const [type, name, actions] = s.split(':')
      if (type !== 'repository' || !name || !actions) return []
      const granted = actions.split(',').filter((a) => authenticated || (a === 'pull' && name.startsWith('public/')))
      return granted.length ? [{ type, name, actions: granted }] : []
    })
    const now = Math.floor(Date.now() / 1000)
    const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certDer] }))
    const claims = b64url(JSON.stringify({ iss: issuer, sub: authenticated ? user.username : '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }))
    const signature = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(key)
    const token = `${head}.${claims}.${b64url(signature)}`
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
