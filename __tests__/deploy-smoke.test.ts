// Smoke checks over real HTTP against a small node server on 127.0.0.1: slow health (retried with
// backoff until it answers), health that stays 500 (fails after the deadline), a request timeout,
// a refused connection, /modules answering 500 or with the wrong hash, pending migrations.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { runSmoke, smokeUrl } from '../src/adapters/http/smoke.js'
import { SmokeConfigSchema } from '../src/core/config/deploy-schema.js'
import { freePort } from './oci/registry-server.js'

let server: http.Server
let base: string
const behaviour = { healthFailures: 0, healthStatus: 503, healthDelayMs: 0, modulesStatus: 200, hash: 'sha256:aa', pending: [] as string[] }
let healthCalls = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (req.url === '/health' || req.url === '/app/health') {
      healthCalls++
      const status = healthCalls <= behaviour.healthFailures ? behaviour.healthStatus : 200
      setTimeout(() => json(status, {}), behaviour.healthDelayMs)
    } else if (req.url === '/app/modules' || req.url === '/modules') json(behaviour.modulesStatus, { manifest_hash: behaviour.hash, modules: [{ slug: 'blog' }, { slug: 'content' }] })
    else if (req.url === '/migrations') json(200, { pending: behaviour.pending })
    else json(404, {})
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))))

const config = (o: Record<string, unknown> = {}) => SmokeConfigSchema.parse({ deadline: 2, backoff: 0.02, timeout: 1, ...o })
const expected = { release_ids: ['A'], manifest_hash: 'sha256:aa', modules: ['blog', 'content'] }
const reset = (o: Partial<typeof behaviour> = {}) => {
  Object.assign(behaviour, { healthFailures: 0, healthStatus: 503, healthDelayMs: 0, modulesStatus: 200, hash: 'sha256:aa', pending: [] }, o)
  healthCalls = 0
}

describe('smoke over HTTP', () => {
  it('retries a health endpoint that is not up yet, then checks modules and migrations', async () => {
    reset({ healthFailures: 3 })
    const r = await runSmoke({ baseUrl: base, expected, config: config({ migrations_path: '/migrations' }) })
    expect(r.ok).toBe(true)
    expect(r.checks.map((c) => [c.name, c.ok, c.attempts])).toEqual([['health', true, 4], ['modules', true, 1], ['migrations', true, 1]])
  })

  it('fails when health stays 500 until the deadline, and asks nothing else', async () => {
    reset({ healthFailures: 1000, healthStatus: 500 })
    const slept: number[] = []
    let t = 0
    const r = await runSmoke({ baseUrl: base, expected, config: config({ deadline: 1, backoff: 0.1 }), sleep: async (ms) => void slept.push(ms), now: () => (t += 1) })
    expect(r.ok).toBe(false)
    expect(slept).toEqual([100, 200, 400])
    expect(r.checks).toHaveLength(1)
    expect(r.checks[0]).toMatchObject({ name: 'health', ok: false, status: 500, attempts: 4 })
    expect(r.checks[0]!.message).toBe('answered HTTP 500 after 4 attempt(s) within the 1 s deadline')
  })

  it('a health answer slower than the request timeout counts as no answer', async () => {
    reset({ healthFailures: 1000, healthDelayMs: 1500 })
    const r = await runSmoke({ baseUrl: base, expected, config: config({ deadline: 0.5, timeout: 0.2, backoff: 0.4 }) })
    expect(r.checks[0]).toMatchObject({ ok: false, status: null })
    expect(r.checks[0]!.message).toMatch(/^no answer within 200 ms/)
  })

  it('a refused connection is no answer', async () => {
    const r = await runSmoke({ baseUrl: `http://127.0.0.1:${await freePort()}`, expected, config: config({ deadline: 0.1 }) })
    expect(r.checks[0]!.message).toMatch(/^no answer: ECONNREFUSED/)
  })

  it('modules: 500, another hash; migrations pending', async () => {
    reset({ modulesStatus: 500 })
    expect((await runSmoke({ baseUrl: base, expected, config: config() })).checks[1]!.message).toBe('answered HTTP 500, not 200')
    reset({ hash: 'sha256:bb', pending: ['0002_add_tags'] })
    const r = await runSmoke({ baseUrl: base, expected, config: config({ migrations_path: '/migrations' }) })
    expect(r.ok).toBe(false)
    expect(r.observed.manifest_hash).toBe('sha256:bb')
    expect(r.checks.map((c) => c.ok)).toEqual([true, false, false])
    expect(r.checks[2]!.message).toBe('1 pending migration(s): 0002_add_tags')
  })

  it('paths are joined to the base path', async () => {
    reset()
    expect(smokeUrl('https://x.example/app/', '/health')).toBe('https://x.example/app/health')
    expect(smokeUrl('https://x.example', '/modules?full=1')).toBe('https://x.example/modules?full=1')
    const r = await runSmoke({ baseUrl: `${base}/app`, expected, config: config({ health_path: '/health' }) })
    expect(r.checks[0]!.url).toBe(`${base}/app/health`)
  })
})
