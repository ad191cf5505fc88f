// The GitHub API double itself: its OpenAPI subset is what scripts/extract-openapi.mjs makes of
// @octokit/openapi, it validates requests and responses for real (each check shown to fire), its
// git objects have git's ids, and the Octokit client's retry and throttling plugins work against it.
// Everything runs against 127.0.0.1; every server is closed.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createOctokit } from '../src/adapters/github/client.js'
import { GitHubReleaseStore } from '../src/adapters/github/releases.js'
import { OpenApi, SUBSET_FILE, UNDOCUMENTED } from './github-double/openapi.js'
import { start, type GitHubDouble } from './github-double/server.js'

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
async function double(opts: Parameters<typeof start>[0] = {}) {
  const d = await start(opts)
  doubles.push(d)
  return d
}
const client = (d: GitHubDouble, login = 'alice', extra: Partial<Parameters<typeof createOctokit>[0]> = {}) =>
  createOctokit({ token: d.tokenFor(login), baseUrl: d.url, throttle: false, ...extra })

/** The pinned @octokit/openapi version and operation list of scripts/extract-openapi.mjs. */
const script = JSON.parse(
  spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./scripts/extract-openapi.mjs'); console.log(JSON.stringify({ version: m.OPENAPI_VERSION, operations: m.OPERATIONS, dir: m.installDir() }))"], { encoding: 'utf8' }).stdout
) as { version: string; operations: Record<string, string>; dir: string }
// The package is installed by the script on demand (not a devDependency): compare when it is there.
const installed = existsSync(script.dir)

describe('openapi-subset.json', () => {
  it('comes from the pinned @octokit/openapi version and holds exactly the operations of scripts/extract-openapi.mjs', () => {
    const api = new OpenApi()
    const info = api.subset.info as { source: string; operations: Record<string, string> }
    expect(script.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(info.source).toContain(`@octokit/openapi@${script.version} `)
    expect(info.operations).toEqual(script.operations)
    expect(api.operations.map((o) => o.operationId).sort()).toEqual(Object.keys(script.operations).sort())
  })

  ;(installed ? it : it.skip)('is exactly what scripts/extract-openapi.mjs writes (--check; skipped unless `npm run openapi-subset` installed the package into $TMPDIR)', () => {
    const r = spawnSync(process.execPath, ['scripts/extract-openapi.mjs', '--check', '--out', SUBSET_FILE], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('every schema compiles in ajv strict mode, the undocumented answers included', () => {
    const api = new OpenApi()
    expect(api.operations.map((o) => o.operationId)).toEqual(expect.arrayContaining(['repos/upload-release-asset', 'repos/create-deployment-status', 'git/delete-ref']))
    // A strict ajv throws on any keyword it does not know: compiling every response proves none is ignored.
    for (const op of api.operations) for (const status of Object.keys(op.responses)) expect(() => api.checkResponse(op, Number(status), {}, true, 'application/json')).not.toThrow()
    for (const [id, statuses] of Object.entries(UNDOCUMENTED)) for (const status of Object.keys(statuses)) expect(api.checkResponse(api.operation(id), Number(status), { message: 'x', documentation_url: 'y' }, true, 'application/json')).toEqual([])
  })

  it('routes git refs and tags with slashes, encoded or not', () => {
    const api = new OpenApi()
    expect(api.route('GET', '/repos/acme/platform/git/ref/heads%2Fmodules-change%2Finstall-forum')?.params.ref).toBe('heads/modules-change/install-forum')
    expect(api.route('GET', '/repos/acme/platform/git/ref/heads/modules-change/install-forum')?.params.ref).toBe('heads/modules-change/install-forum')
    expect(api.route('GET', '/repos/acme/platform/releases/tags/modules%2Fshop-headless-0123')?.op.operationId).toBe('repos/get-release-by-tag')
    expect(api.route('PATCH', '/repos/acme/platform/pulls/7')?.params).toEqual({ owner: 'acme', repo: 'platform', pull_number: '7' })
    expect(api.route('GET', '/repos/acme/platform/releases/latest')?.op.operationId).toBe('repos/get-latest-release')
    expect(api.route('GET', '/repos/acme/platform/releases/7')?.op.operationId).toBe('repos/get-release')
    expect(api.route('GET', '/repos/acme/platform/releases/assets/7')?.op.operationId).toBe('repos/get-release-asset')
    expect(api.route('POST', '/repos/acme/platform/releases/7/assets')?.op.operationId).toBe('repos/upload-release-asset')
    expect(api.route('DELETE', '/repos/acme/platform/git/refs/tags/r%2F1')?.params.ref).toBe('tags/r/1')
    expect(api.route('GET', '/repos/acme/platform/issues')).toBeNull()
  })
})

describe('validation is live', () => {
  it('a request that breaks the description is a violation (and answered 422)', async () => {
    const d = await double({ users: { alice: 'admin' } })
    const octokit = client(d)
    await expect(octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: 'acme', repo: 'platform', ref: 'refs/heads/x' } as never)).rejects.toMatchObject({ status: 422 })
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'platform', state: 'merged' } as never)).rejects.toMatchObject({ status: 422 })
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'platform', colour: 'red' } as never)).rejects.toMatchObject({ status: 422 })
    expect(d.violations).toHaveLength(3)
    expect(d.violations[0]).toMatch(/git\/create-ref\): request body: .*must have required property 'sha'/)
    expect(d.violations[1]).toMatch(/pulls\/list\): request query: \/state must be equal to one of the allowed values/)
    expect(d.violations[2]).toMatch(/pulls\/list\): request query: .*must NOT have additional properties.*colour/)
  })

  it('an unknown route, a missing token and an undocumented status are violations', async () => {
    const d = await double({ users: { alice: 'admin' } })
    await expect(client(d).request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'platform' })).rejects.toMatchObject({ status: 404 })
    const r = await fetch(`${d.url}/repos/acme/platform`)
    expect(r.status).toBe(401)
    // GitHub answers 404 for a workflow that does not exist; its description documents only 200 and 204.
    await expect(client(d).rest.actions.createWorkflowDispatch({ owner: 'acme', repo: 'platform', workflow_id: 'nope.yml', ref: 'main' })).rejects.toMatchObject({ status: 404 })
    expect(d.violations.map((v) => v.replace(/^.*?: /, ''))).toEqual([
      'no operation of openapi-subset.json matches',
      'no valid token (authorization: missing)',
      'response: status 404 is not documented for actions/create-workflow-dispatch (documented: 200, 204)'
    ])
  })

  it('a response that breaks the description is a violation', () => {
    const api = new OpenApi()
    const op = api.operation('git/get-ref')
    expect(api.checkResponse(op, 200, { ref: 'refs/heads/main', node_id: 'x', url: 'not a uri', object: { type: 'commit', sha: 'abc', url: 'http://x/y' } }, true, 'application/json').join()).toMatch(/\/url must match format "uri".*\/object\/sha must NOT have fewer than 40 characters/)
    expect(api.checkResponse(op, 200, undefined, false, undefined)).toEqual(['response: status 200 of git/get-ref must have a body'])
    expect(api.checkResponse(api.operation('repos/create-dispatch-event'), 204, {}, true, 'application/json')[0]).toMatch(/has no content, but a body was sent/)
  })
})

describe('the in-memory repository', () => {
  it('gives blobs, trees and commits their git object ids', async () => {
    const d = await double({ files: { 'hello.txt': 'hello\n', 'src/lib.rs': 'fn main() {}\n' } })
    const git = d.state.git
    // `git hash-object` of "hello\n".
    expect(git.blob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
    // `git mktree` of one entry "100644 blob <sha>\thello.txt".
    const tree = git.tree([{ name: 'hello.txt', mode: '100644', type: 'blob', sha: 'ce013625030ba8dba906f756967f9e9ca394464a' }])
    const body = Buffer.concat([Buffer.from('100644 hello.txt\0'), Buffer.from('ce013625030ba8dba906f756967f9e9ca394464a', 'hex')])
    expect(tree).toBe(createHash('sha1').update(`tree ${body.length}\0`).update(body).digest('hex'))
    expect(d.readFile('main', 'src/lib.rs')).toBe('fn main() {}\n')
    expect(d.readFile('main', 'nope')).toBeNull()
  })

  it('serves the release store: release by tag, newest releases, the manifest asset through its redirect', async () => {
    const d = await double()
    const manifest = { schema: 1, release_id: 'shop-headless-0123456789ab', artifacts: [] }
    d.addRelease({ tag_name: 'shop-headless-0123456789ab', assets: { 'release-manifest.json': JSON.stringify(manifest) } })
    d.addRelease({ tag_name: 'shop-headless-ba9876543210', draft: true })
    const store = new GitHubReleaseStore({ octokit: client(d, 'github-actions[bot]'), repository: 'acme/platform' })
    const found = await store.find('shop-headless-0123456789ab')
    expect(found?.release_id).toBe('shop-headless-0123456789ab')
    expect(await store.find('shop-headless-ba9876543210')).toBeNull() // a draft is not released
    expect(await store.find('nope')).toBeNull()
    expect(await store.findBuild(`sha256:${'0'.repeat(64)}`)).toBeNull()
    expect(d.state.requests.some((r) => r.path.startsWith('/_storage/assets/'))).toBe(true)
    expect(d.violations).toEqual([])
  })
})

describe('the Octokit client (src/adapters/github/client.ts)', () => {
  it('sends the modules-rebuild user agent and the token, to GITHUB_API_URL by default', async () => {
    const d = await double({ users: { alice: 'admin' } })
    const seen: string[] = []
    const octokit = client(d)
    octokit.hook.before('request', (o) => {
      seen.push(String(o.headers['user-agent']))
    })
    await octokit.rest.repos.get({ owner: 'acme', repo: 'platform' })
    expect(seen[0]).toMatch(/^modules-rebuild\/\d+\.\d+\.\d+/)
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = d.url
    try {
      const viaEnv = createOctokit({ token: d.tokenFor('alice'), throttle: false })
      expect((await viaEnv.rest.repos.get({ owner: 'acme', repo: 'platform' })).data.full_name).toBe('acme/platform')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
    expect(() => createOctokit({ token: '' })).toThrow(/token is required/)
    expect(d.violations).toEqual([])
  })

  it('retries a 502 (plugin-retry) and waits out a secondary rate limit (plugin-throttling)', async () => {
    const d = await double({ users: { alice: 'admin' } })
    d.failNext('repos/get', 502, { times: 2 })
    const logs: string[] = []
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, retryAfterBaseValue: 10, log: (m) => logs.push(m) })
    expect((await octokit.rest.repos.get({ owner: 'acme', repo: 'platform' })).status).toBe(200)
    expect(d.state.requests.filter((r) => r.operationId === 'repos/get').map((r) => r.status)).toEqual([502, 502, 200])

    d.failNext('git/get-ref', 403, { headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' })
    const t0 = Date.now()
    expect((await octokit.rest.git.getRef({ owner: 'acme', repo: 'platform', ref: 'heads/main' })).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900)
    expect(logs).toEqual([expect.stringMatching(/^GitHub secondary rate limit on GET .*: retrying in 1 s$/)])
    expect(d.violations).toEqual([])
  })

  it('paces writes at least a second apart, as GitHub asks (throttling on by default)', async () => {
    const d = await double({ users: { alice: 'admin' } })
    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url })
    const head = (await octokit.rest.git.getRef({ owner: 'acme', repo: 'platform', ref: 'heads/main' })).data.object.sha
    const times: number[] = []
    octokit.hook.after('request', () => {
      times.push(Date.now())
    })
    await Promise.all(['a', 'b'].map((b) => octokit.rest.git.createRef({ owner: 'acme', repo: 'platform', ref: `refs/heads/${b}`, sha: head })))
    expect(times).toHaveLength(2)
    // Bottleneck starts writes ≥ 1 s apart; their responses can arrive closer on a loaded machine
    // (782 ms was seen on 2 busy cores). Unpaced, both land within a few milliseconds: 500 ms tells them apart.
    expect(Math.abs(times[1]! - times[0]!)).toBeGreaterThanOrEqual(500)
    expect(d.violations).toEqual([])
  }, 15000)
})
