/**
 * The control API of the GitHub API double, under `/__double/` (no token; the double listens on
 * 127.0.0.1 only). For tests in another process and the standalone mode:
 *
 *   POST   /__double/faults      a FaultSpec (faults.ts) → 201 { id }; 400 on a bad spec
 *   GET    /__double/faults      the faults still on: [{ id, spec, remaining }] (remaining null: until cleared)
 *   DELETE /__double/faults      switches every fault off → 204
 *   GET    /__double/requests    { counts: { "METHOD /path/template": n }, requests: [{ method, path, operationId, status }] }
 *   GET    /__double/violations  the OpenAPI violations so far
 *   POST   /__double/immutable   { "enabled": boolean } → 204: the "immutable releases" setting
 *   POST   /__double/tokens      { "login": "…", "access": "write" | "read" } → 201 { token }
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultSpec } from './faults.js'
import type { GitHubDouble } from './server.js'

export async function control(d: GitHubDouble, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const json = (status: number, body?: unknown) => {
    if (body === undefined) res.writeHead(status).end()
    else res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
  }
  let input: Record<string, unknown> = {}
  if (chunks.length) {
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
    } catch {
      return json(400, { message: 'the body is not JSON' })
    }
  }
  const route = `${req.method} ${url.pathname}`
  try {
    switch (route) {
      case 'POST /__double/faults':
        return json(201, { id: d.fault(input as FaultSpec).id })
      case 'GET /__double/faults':
        return json(200, d.faultList())
      case 'DELETE /__double/faults':
        d.clearFaults()
        return json(204)
      case 'GET /__double/requests':
        return json(200, { counts: d.counts(), requests: d.state.requests })
      case 'GET /__double/violations':
        return json(200, d.violations)
      case 'POST /__double/immutable':
        if (typeof input.enabled !== 'boolean') return json(400, { message: 'expected { "enabled": true | false }' })
        d.setImmutableReleases(input.enabled)
        return json(204)
      case 'POST /__double/tokens': {
        const access = input.access ?? 'write'
        if (typeof input.login !== 'string' || (access !== 'write' && access !== 'read')) return json(400, { message: 'expected { "login": "…", "access": "write" | "read" }' })
        return json(201, { token: d.tokenFor(input.login, access) })
      }
      default:
        return json(404, { message: `no control route ${route}` })
    }
  } catch (err) {
    return json(400, { message: (err as Error).message })
  }
}
