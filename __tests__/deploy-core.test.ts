// The pure deployment model: pointers from history, inactivation, hook environment, smoke judgement,
// backoff schedule, SHA256SUMS verification plan, and the [deploy] config checks.
import { describe, expect, it } from '@jest/globals'
import { readConfig } from '../src/core/config/config.js'
import { currentPointer, environmentProblem, hookEnvironment, supersededBy, type DeploymentRecord } from '../src/core/deploy/model.js'
import { backoffDelays, expectationOf, judgeMigrations, judgeModules, smokeMarkdown } from '../src/core/deploy/smoke.js'
import { assetProblems, expectedAssets, parseSha256Sums } from '../src/core/deploy/verify.js'
import { refusedText, type DeployResult } from '../src/app/deploy.js'

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`
const record = (id: number, release: string, states: string[], o: { environment?: string; component?: string } = {}): DeploymentRecord => ({
  id,
  environment: o.environment ?? 'production',
  ref: release,
  payload: { tool: 'modules-rebuild', schema: 1, kind: 'deploy', release_id: release, component: o.component ?? 'monolith', manifest_hash: `hash-${release}`, images: [{ target: 'server', repository: 'ghcr.io/acme/shop-server', digest: D(id % 10), location: '127.0.0.1:5000/acme/shop-server' }], previous_release: null, rolled_back_from: null },
  creator: null,
  description: '',
  created_at: `2026-01-01T00:00:0${id}Z`,
  statuses: states.map((state, i) => ({ state: state as never, description: '', at: `2026-01-01T00:0${id}:0${i}Z`, log_url: null, environment_url: null }))
})

describe('deployment model', () => {
  it('the pointer is the newest deployment that reached success, per environment and component', () => {
    const h = [record(1, 'A', ['in_progress', 'success', 'inactive']), record(2, 'B', ['in_progress', 'success']), record(3, 'C', ['in_progress', 'failure']), record(4, 'X', ['in_progress', 'success'], { component: 'admin' }), record(5, 'S', ['in_progress', 'success'], { environment: 'staging' })]
    expect(currentPointer(h, 'production', 'monolith')).toMatchObject({ release_id: 'B', deployment_id: 2, manifest_hash: 'hash-B', since: '2026-01-01T00:02:01Z' })
    expect(currentPointer(h, 'production', 'admin')?.release_id).toBe('X')
    expect(currentPointer(h, 'staging', 'monolith')?.release_id).toBe('S')
    expect(currentPointer(h, 'nowhere', 'monolith')).toBeNull()
    // An auto-rollback is a new deployment of A that succeeds: A again.
    expect(currentPointer([...h, record(6, 'A', ['in_progress', 'success'])], 'production', 'monolith')?.release_id).toBe('A')
    expect(supersededBy(h, record(6, 'A', []))).toEqual([2])
    expect(supersededBy(h, record(6, 'A', [], { component: 'admin' }))).toEqual([4])
  })

  it('hook environment carries ids, hash and digest references', () => {
    const r = record(1, 'shop-0123', [])
    expect(hookEnvironment({ ...r.payload, images: [...r.payload.images, { target: 'admin-ui', repository: 'x/y', digest: D(2), location: 'oci:/tmp/l' }] }, 'production', [...r.payload.images, { target: 'admin-ui', repository: 'x/y', digest: D(2), location: 'oci:/tmp/l' }])).toEqual({
      RELEASE_ID: 'shop-0123',
      MANIFEST_HASH: 'hash-shop-0123',
      ENVIRONMENT: 'production',
      COMPONENT: 'monolith',
      DEPLOY_KIND: 'deploy',
      PREVIOUS_RELEASE_ID: '',
      IMAGE_SERVER: `127.0.0.1:5000/acme/shop-server@${D(1)}`,
      IMAGE_SERVER_DIGEST: D(1),
      IMAGE_ADMIN_UI: `oci:/tmp/l@${D(2)}`,
      IMAGE_ADMIN_UI_DIGEST: D(2)
    })
  })

  it('environment names are image tags and file names', () => {
    for (const ok of ['production', 'staging-eu.1', 'PR_12']) expect(environmentProblem(ok)).toBeNull()
    for (const bad of ['', '-x', 'a/b', 'a b', '../x', 'x.', 'x.lock', 'x'.repeat(65)]) expect(environmentProblem(bad)).not.toBeNull()
  })
})

describe('smoke judgement', () => {
  const expected = { release_ids: ['A'], manifest_hash: 'sha256:aa', modules: ['blog', 'content'] }
  it('accepts exactly the modules and manifest_hash of the release', () => {
    const body = JSON.stringify({ manifest_hash: 'sha256:aa', modules: [{ slug: 'content' }, { slug: 'blog' }] })
    expect(judgeModules({ status: 200, body }, expected)).toMatchObject({ ok: true, observed: { manifest_hash: 'sha256:aa', modules: ['blog', 'content'] } })
  })
  it('names every difference', () => {
    const r = judgeModules({ status: 200, body: JSON.stringify({ manifest_hash: 'sha256:bb', modules: [{ slug: 'content' }, { slug: 'forum' }, { slug: 'forum' }] }) }, expected)
    expect(r.ok).toBe(false)
    expect(r.message).toContain('reports manifest_hash sha256:bb, the release has sha256:aa')
    expect(r.message).toContain('lacks modules of the release: blog')
    expect(r.message).toContain('runs modules the release does not have: forum')
    expect(r.message).toContain('lists modules twice: forum')
    expect(judgeModules({ status: 500, body: '' }, expected).message).toBe('answered HTTP 500, not 200')
    expect(judgeModules({ status: 200, body: 'nope' }, expected).message).toMatch(/not JSON/)
    expect(judgeModules({ status: 200, body: '{"modules":[]}' }, expected).message).toMatch(/manifest_hash/)
  })
  it('migrations: pending must be empty or 0', () => {
    expect(judgeMigrations({ status: 200, body: '{"pending":[]}' }).ok).toBe(true)
    expect(judgeMigrations({ status: 200, body: '{"pending":0}' }).ok).toBe(true)
    expect(judgeMigrations({ status: 200, body: '{"pending":["m2"]}' })).toMatchObject({ ok: false, message: '1 pending migration(s): m2' })
    expect(judgeMigrations({ status: 200, body: '{}' }).ok).toBe(false)
  })
  it('backoff doubles to the cap and stays inside the deadline', () => {
    expect(backoffDelays(10_000, 500, 2000)).toEqual([500, 1000, 2000, 2000, 2000, 2000])
    expect(backoffDelays(100, 500, 2000)).toEqual([])
  })
  it('releases with different manifest_hash values cannot be one expectation', () => {
    expect(expectationOf([{ release_id: 'a', manifest_hash: 'x', modules: [{ slug: 'b' }] }, { release_id: 'b', manifest_hash: 'x', modules: [{ slug: 'a' }, { slug: 'b' }] }])).toEqual({ release_ids: ['a', 'b'], manifest_hash: 'x', modules: ['a', 'b'] })
    expect(expectationOf([{ release_id: 'a', manifest_hash: 'x', modules: [] }, { release_id: 'b', manifest_hash: 'y', modules: [] }])).toMatch(/different manifest_hash/)
  })
  it('the markdown report escapes what the server said', () => {
    const md = smokeMarkdown({ ok: false, base_url: 'http://127.0.0.1:1', expected: null, observed: { manifest_hash: null, modules: null }, checks: [{ name: 'modules', ok: false, url: 'http://127.0.0.1:1/modules', status: 200, attempts: 1, elapsed_ms: 3, message: 'not JSON: "<script>|x"' }] })
    expect(md).toContain('&lt;script&gt;\\|x')
    expect(md).not.toContain('<script>')
  })
})

describe('release verification plan', () => {
  const hex = (c: string) => c.repeat(64)
  const manifest = { schema: 2, assets: [{ name: 'a.bin', size: 3, sha256: hex('a') }] } as never
  it('compares SHA256SUMS with the manifest and the hashed files', () => {
    const sums = parseSha256Sums(`${hex('a')}  a.bin\n${hex('e')}  release-manifest.json\n`)
    expect(sums.problems).toEqual([])
    const plan = expectedAssets(manifest, sums.entries)
    expect(plan.problems).toEqual([])
    expect(plan.assets).toEqual([{ name: 'a.bin', sha256: hex('a'), size: 3 }, { name: 'release-manifest.json', sha256: hex('e'), size: null }])
    expect(assetProblems(plan.assets, [{ name: 'a.bin', found: true, size: 3, sha256: hex('a') }, { name: 'release-manifest.json', found: true, size: 10, sha256: hex('e') }])).toEqual([])
    expect(assetProblems(plan.assets, [{ name: 'a.bin', found: true, size: 4, sha256: hex('a') }, { name: 'release-manifest.json', found: false }])).toEqual(['a.bin: 4 bytes, expected 3', 'release-manifest.json: missing'])
    expect(assetProblems(plan.assets, [{ name: 'a.bin', found: true, size: 3, sha256: hex('b') }, { name: 'release-manifest.json', found: true, size: 1, sha256: hex('e') }])).toEqual([`a.bin: sha256 ${hex('b')}, expected ${hex('a')}`])
  })
  it('names a disagreement between SHA256SUMS and the manifest', () => {
    expect(expectedAssets(manifest, parseSha256Sums(`${hex('b')}  a.bin\n${hex('c')}  extra\n`).entries).problems).toEqual(['SHA256SUMS does not list release-manifest.json', `a.bin: SHA256SUMS says sha256 ${hex('b')}, release-manifest.json says ${hex('a')}`, 'extra: in SHA256SUMS but not in release-manifest.json assets'])
    expect(parseSha256Sums('garbage\n').problems).toEqual(["SHA256SUMS line 1 is not '<64 hex>  <name>'"])
  })
})

describe('[deploy] config', () => {
  it('reads the hook, smoke settings and environments', () => {
    const r = readConfig('schema = 1\n[deploy]\nhook = ["./deploy.sh", "--fast"]\nhook_timeout = 30\n[deploy.smoke]\nmigrations_path = "/migrations"\ndeadline = 5\n[deploy.environments.production]\nurl = "https://shop.example"\n')
    expect(r.diagnostics).toEqual([])
    expect(r.config!.deploy).toEqual({ hook: ['./deploy.sh', '--fast'], hook_timeout: 30, smoke: { health_path: '/health', modules_path: '/modules', migrations_path: '/migrations', deadline: 5, timeout: 10, backoff: 0.5 }, environments: { production: { url: 'https://shop.example' } } })
  })
  it('refuses a shell string, an empty program, a bad path, environment or URL, with locations', () => {
    expect(readConfig('[deploy]\nhook = "kubectl apply"\n').diagnostics.map((d) => d.rule)).toEqual(['invalid-type'])
    const r = readConfig('[deploy]\nhook = [""]\n[deploy.smoke]\nhealth_path = "health"\n[deploy.environments."a b"]\nurl = "ftp://x"\n')
    expect(r.config).toBeNull()
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['config-invalid-deploy', 2],
      ['config-invalid-deploy', 4],
      ['config-invalid-deploy', 5],
      ['config-invalid-deploy', 6]
    ])
  })
})

describe('the text of a deploy that moved nothing', () => {
  const result = (deployment_id: number | null): DeployResult => ({ ok: false, outcome: 'refused', environment: 'production', component: 'shop', release_id: 'shop-server-1', manifest_hash: null, previous_release: null, diagnostics: [], deployment: deployment_id === null ? null : { kind: 'deploy', release_id: 'shop-server-1', deployment_id, ok: false, moved: false, images: [], hook: null, smoke: null }, rollback: null, compat: [], disabled_ui_modules: [] })
  it('is a refusal when no deployment was recorded, and a failure that changed nothing when one was (smoke of a release without images or hook)', () => {
    expect(refusedText(result(null), 'deploy')).toBe('deploy refused: production was not changed')
    expect(refusedText(result(7), 'rollback')).toBe('rollback of shop-server-1 failed before anything moved: production was not changed (deployment 7)')
  })
})
