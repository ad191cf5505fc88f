// A module change on GitHub (src/adapters/github/, src/app/change.ts): the request schema, RBAC through the permission
// endpoint, and runChange — branch + pull request created once, found and updated by later
// requests — against the GitHub API double, which validates every request and response against
// GitHub's OpenAPI description. `apply` is a stub returning fixed files: the catalog's
// install/uninstall is tested on its own.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { diagnostic, DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { changeBranch, ChangeRequestSchema, changeTitle, fileProblems, parseChangeRequest, pullRequestMarker, type ChangeRequest } from '../src/core/change/request.js'
import { changeOutputs, changeSummary, runChange, type ApplyResult, type ChangeOptions } from '../src/app/change.js'
import { createOctokit } from '../src/adapters/github/client.js'
import { permissionLevel, requirePermission } from '../src/adapters/github/permissions.js'
import { MINIMUM_PERMISSIONS } from '../src/core/values/values.js'
import { start, type GitHubDouble, type Role } from './github-double/server.js'

const MODULES = 'schema = 2\n\n[modules]\nblog = { crate = "shop-blog", source = "path", path = "crates/blog" }\n'
const WITH_FORUM = MODULES + 'forum = { crate = "shop-forum", source = "crates-io", version = "1.2.0" }\n'
const FILES = { 'modules.toml': MODULES, 'apps/server/src/modules/generated.rs': '// blog\n', 'crates/blog/rustok-module.toml': '[module]\nslug = "blog"\n' }
const USERS: Record<string, Role> = {
  alice: 'maintain',
  ada: 'admin',
  wes: 'write',
  tom: 'triage',
  rob: 'read',
  nina: 'none',
  cora: { custom: 'module-manager', base: 'maintain' }
}

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
async function double() {
  const d = await start({ owner: 'acme', repo: 'platform', files: FILES, users: USERS })
  doubles.push(d)
  return d
}
/** The workflow's token: GITHUB_TOKEN acts as github-actions[bot]. No pacing against the local double. */
const botClient = (d: GitHubDouble) => createOctokit({ token: d.tokenFor('github-actions[bot]'), baseUrl: d.url, throttle: false })

const INSTALL = { action: 'install' as const, slug: 'forum', version: '1.2.0', reason: 'Community asked for a forum', requested_by: 'Jane Admin <jane@shop.example>' }

function stubApply(summary = '<p>Delta: <code>+forum@1.2.0</code></p>') {
  return jest.fn(
    async (req: ChangeRequest): Promise<ApplyResult> => ({
      files: [
        { path: 'modules.toml', content: WITH_FORUM },
        { path: 'apps/server/src/modules/generated.rs', content: `// blog\n// ${req.slug}\n` }
      ],
      summary
    })
  )
}

/** Options of runChange; `request` is what was sent (parsed here, as the action's getInputs does). */
function options(d: GitHubDouble, { request = INSTALL, ...over }: Partial<Omit<ChangeOptions, 'request'>> & { request?: unknown } = {}): ChangeOptions {
  return { octokit: botClient(d), owner: 'acme', repo: 'platform', actor: 'alice', request: parseChangeRequest(request), minimum: 'maintain', apply: stubApply(), dispatch: {}, ...over }
}

describe('ChangeRequestSchema / parseChangeRequest', () => {
  it('accepts the documented payload, from an object or its JSON', () => {
    expect(parseChangeRequest(INSTALL)).toEqual({ ok: true, request: INSTALL })
    expect(parseChangeRequest(JSON.stringify({ action: 'uninstall', slug: 'blog' }))).toEqual({ ok: true, request: { action: 'uninstall', slug: 'blog' } })
  })

  it('reads a workflow_dispatch form: blank optional inputs are absent', () => {
    const form = { action: 'install', slug: 'forum', version: '', reason: '', requested_by: '' }
    expect(parseChangeRequest(JSON.stringify(form, null, 2))).toEqual({ ok: true, request: { action: 'install', slug: 'forum' } })
  })

  it.each([
    ['an unknown field', { ...INSTALL, verison: '1.0.0' }, /unknown field 'verison'/],
    ['a missing slug', { action: 'install' }, /request\.slug: /],
    ['an unknown action', { action: 'upgrade', slug: 'forum' }, /request\.action/],
    ['a look-alike slug', { action: 'install', slug: 'fоrum' }, /CYRILLIC SMALL LETTER O/],
    ['an uppercase slug', { action: 'install', slug: 'Forum' }, /slugs are lowercase/],
    ['a slug that is a path', { action: 'install', slug: '../x' }, /contains/],
    ['a version range', { action: 'install', slug: 'forum', version: '^1.2' }, /semver version/],
    ['a version on uninstall', { action: 'uninstall', slug: 'forum', version: '1.2.0' }, /version only applies to install/],
    ['a multi-line requested_by', { action: 'install', slug: 'forum', requested_by: 'a\nb' }, /one line/],
    ['a number for a slug', { action: 'install', slug: 7 }, /request\.slug/],
    ['not an object', ['install', 'forum'], /must be a JSON object/],
    ['not JSON', '{action: install}', /is not JSON/]
  ])('refuses %s (invalid-change-request)', (_what, input, message) => {
    const r = parseChangeRequest(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.diagnostics.map((d) => d.rule)).toEqual(r.diagnostics.map(() => 'invalid-change-request'))
    expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(message)
    expect(r.diagnostics[0]!.hint).toMatch(/"action": "install" \| "uninstall"/)
  })

  it('is strict in its JSON Schema form too (for the backend contract)', () => {
    // zod v4 schemas always have toJSONSchema: its absence is a failure, not a skipped check.
    const json = ChangeRequestSchema.toJSONSchema() as { type?: unknown; additionalProperties?: unknown; required?: unknown }
    expect(json.type).toBe('object')
    expect(json.additionalProperties).toBe(false)
    expect(json.required).toEqual(expect.arrayContaining(['action', 'slug']))
  })

  it('names branches and titles deterministically', () => {
    expect(changeBranch({ action: 'install', slug: 'forum' })).toBe('modules-change/install-forum')
    expect(changeBranch({ action: 'uninstall', slug: 'blog' })).toBe('modules-change/uninstall-blog')
    expect(() => changeBranch({ action: 'install', slug: 'a b' })).toThrow(TypeError)
    expect(changeTitle({ action: 'install', slug: 'forum', version: '1.2.0' })).toBe('Install module forum 1.2.0')
    expect(pullRequestMarker('modules-change/install-forum')).toBe('<!-- modules-rebuild:change branch=modules-change/install-forum -->')
  })

  it('refuses paths outside the repository and workflow files', () => {
    expect(fileProblems([{ path: 'modules.toml', content: '' }])).toEqual([])
    expect(fileProblems([{ path: '../x', content: '' }, { path: '/etc/passwd', content: '' }, { path: '.github/workflows/ci.yml', content: '' }, { path: 'a', content: '' }, { path: 'a', content: null }])).toHaveLength(4)
  })
})

describe('requirePermission (GET /repos/{owner}/{repo}/collaborators/{username}/permission)', () => {
  it.each([
    ['ada', 'admin', { write: true, maintain: true, admin: true }],
    ['alice', 'maintain', { write: true, maintain: true, admin: false }],
    ['cora', 'maintain', { write: true, maintain: true, admin: false }], // custom role based on maintain
    ['wes', 'write', { write: true, maintain: false, admin: false }],
    ['tom', 'triage', { write: false, maintain: false, admin: false }],
    ['rob', 'read', { write: false, maintain: false, admin: false }],
    ['nina', 'none', { write: false, maintain: false, admin: false }],
    ['ghost', 'none', { write: false, maintain: false, admin: false }] // 404: not a user the API knows
  ] as const)('%s has %s', async (username, level, allowed) => {
    const d = await double()
    for (const minimum of MINIMUM_PERMISSIONS) {
      const r = await requirePermission(botClient(d), { owner: 'acme', repo: 'platform', username, minimum })
      expect(r.level).toBe(level)
      expect(r.ok).toBe(allowed[minimum])
      if (!r.ok) {
        expect(r.diagnostic).toMatchObject({ severity: 'error', rule: 'permission-denied', file: 'acme/platform' })
        expect(r.diagnostic.message).toContain(level === 'none' ? `${username} has no access` : `${username} has '${level}' permission`)
        expect(r.diagnostic.message).toContain(`needs at least '${minimum}'`)
      }
    }
    expect(d.violations).toEqual([])
  })

  it('maps the three views of the answer: permissions hash, role_name, legacy permission', () => {
    // The legacy field alone never proves maintain (maintain is reported as write).
    expect(permissionLevel({ permission: 'write', role_name: 'module-manager', user: null })).toBe('write')
    expect(permissionLevel({ permission: 'write', role_name: 'maintain', user: null })).toBe('maintain')
    expect(permissionLevel({ permission: 'read', role_name: 'triage', user: null })).toBe('triage')
    expect(permissionLevel({ permission: 'write', role_name: 'custom', user: { permissions: { admin: false, maintain: true, push: true, triage: true, pull: true } } })).toBe('maintain')
    expect(permissionLevel({ permission: 'none', role_name: '', user: null })).toBe('none')
    // Older servers without maintain/triage in the hash.
    expect(permissionLevel({ permission: 'write', role_name: 'write', user: { permissions: { admin: false, push: true, pull: true } } })).toBe('write')
  })

  it('refuses bad arguments and reports API failures other than 404', async () => {
    const d = await double()
    await expect(requirePermission(botClient(d), { owner: 'acme', repo: 'platform', username: 'x', minimum: 'read' as never })).rejects.toThrow(TypeError)
    await expect(requirePermission(botClient(d), { owner: 'acme', repo: 'platform', username: '', minimum: 'write' })).rejects.toThrow(TypeError)
    d.failNext('repos/get-collaborator-permission-level', 403, { message: 'Resource not accessible by integration' })
    await expect(requirePermission(botClient(d), { owner: 'acme', repo: 'platform', username: 'alice', minimum: 'write' })).rejects.toThrow(/cannot read alice's permission on acme\/platform/)
  })
})

describe('runChange against the GitHub double', () => {
  it('an unknown payload field is refused before any API call', async () => {
    const d = await double()
    const apply = stubApply()
    const r = await runChange(options(d, { request: { ...INSTALL, deploy_now: true }, apply }))
    expect(r.status).toBe('refused')
    if (r.status !== 'refused') return
    expect(r.diagnostics.map((x) => [x.rule, x.message])).toEqual([['invalid-change-request', "request has unknown field 'deploy_now'"]])
    expect(d.state.requests).toEqual([])
    expect(apply).not.toHaveBeenCalled()
  })

  it('RBAC refusal (read permission): no apply, no branch, no pull request', async () => {
    const d = await double()
    const apply = stubApply()
    const r = await runChange(options(d, { actor: 'rob', apply }))
    expect(r.status).toBe('refused')
    if (r.status !== 'refused') return
    expect(r.diagnostics[0]!.message).toBe("rob has 'read' permission on acme/platform; this needs at least 'maintain'")
    expect(r.permission).toMatchObject({ ok: false, level: 'read' })
    expect(apply).not.toHaveBeenCalled()
    expect([...d.state.git.refs.keys()]).toEqual(['heads/main'])
    expect(d.state.pulls).toEqual([])
    expect(d.state.requests.map((x) => x.operationId)).toEqual(['repos/get-collaborator-permission-level'])
    expect(d.violations).toEqual([])
  })

  it('first request: branch + pull request created once; a second identical request finds the same one; a new summary updates it', async () => {
    const d = await double()
    const apply = stubApply()
    const first = await runChange(options(d, { apply, runUrl: 'https://github.com/acme/platform/actions/runs/1' }))
    expect(first).toMatchObject({ status: 'opened', created: true, pushed: true, updated: false, pr_number: 1, branch: 'modules-change/install-forum', title: 'Install module forum 1.2.0' })
    if (first.status === 'refused') return
    expect(apply).toHaveBeenCalledWith(INSTALL)
    // The branch: one commit on main holding exactly the change.
    const main = d.state.git.refs.get('heads/main')!
    const head = d.state.git.refs.get('heads/modules-change/install-forum')!
    expect(head).toBe(first.head_sha)
    expect(d.state.git.commits.get(head)!.parents).toEqual([main])
    expect(d.readFile('modules-change/install-forum', 'modules.toml')).toBe(WITH_FORUM)
    expect(d.readFile('modules-change/install-forum', 'apps/server/src/modules/generated.rs')).toBe('// blog\n// forum\n')
    expect(d.readFile('modules-change/install-forum', 'crates/blog/rustok-module.toml')).toBe(FILES['crates/blog/rustok-module.toml'])
    expect(d.state.git.commits.get(head)!.message).toMatch(/^Install module forum 1\.2\.0\n\nRequested by alice on behalf of Jane Admin <jane@shop\.example> through modules-change\.\n\nCommunity asked for a forum\n$/)
    // The pull request: requester, reason, summary, marker — untrusted text escaped.
    expect(d.state.pulls).toHaveLength(1)
    const pr = d.state.pulls[0]!
    expect(pr).toMatchObject({ number: 1, head: 'modules-change/install-forum', base: 'main', state: 'open', user: 'github-actions[bot]', title: 'Install module forum 1.2.0' })
    expect(pr.body).toContain('<tr><th>Requested by</th><td>@alice on behalf of Jane Admin &#60;jane&#64;shop.example&#62; (as sent; not verified)</td></tr>')
    expect(pr.body).toContain('<tr><th>Reason</th><td>Community asked for a forum</td></tr>')
    expect(pr.body).toContain('<p>Delta: <code>+forum@1.2.0</code></p>')
    expect(pr.body).toContain('<a href="https://github.com/acme/platform/actions/runs/1">run</a>')
    expect(pr.body!.trimEnd().endsWith(pullRequestMarker('modules-change/install-forum'))).toBe(true)
    // The rebuild of the branch, dispatched once (a GITHUB_TOKEN push starts no workflow).
    expect(d.state.workflowDispatches).toEqual([{ workflow_id: 'modules-rebuild.yml', ref: 'modules-change/install-forum', inputs: { dry_run: 'true', reason: 'Install module forum 1.2.0 (#1)' }, actor: 'github-actions[bot]', run_id: 70001 }])
    expect(first.dispatched).toEqual({ workflow: 'modules-rebuild.yml', ref: 'modules-change/install-forum', run_id: null, html_url: null, error: null })

    // Second identical request: the same pull request; nothing pushed, edited or dispatched.
    const writesBefore = d.state.requests.filter((x) => x.method !== 'GET').length
    const second = await runChange(options(d, { apply: stubApply(), runUrl: 'https://github.com/acme/platform/actions/runs/1' }))
    expect(second).toMatchObject({ status: 'unchanged', created: false, pushed: false, updated: false, pr_number: 1, head_sha: head })
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.git.refs.get('heads/modules-change/install-forum')).toBe(head)
    expect(d.state.workflowDispatches).toHaveLength(1)
    // Only the tree is written again (git gives it the same id); no commit, ref, pull request or dispatch.
    expect(d.state.requests.filter((x) => x.method !== 'GET').slice(writesBefore).map((x) => x.operationId)).toEqual(['git/create-tree'])

    // Same request, new summary and run: the same pull request's body is updated.
    const third = await runChange(options(d, { apply: stubApply('<p>Delta: <code>+forum@1.2.0</code>; rebuild: server</p>'), runUrl: 'https://github.com/acme/platform/actions/runs/2' }))
    expect(third).toMatchObject({ status: 'updated', created: false, pushed: false, updated: true, pr_number: 1 })
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.pulls[0]!.body).toContain('rebuild: server')
    expect(d.state.pulls[0]!.body).toContain('actions/runs/2')
    expect(d.violations).toEqual([])
  })

  it('the base moved: the branch is rebuilt on the new base (force), same pull request, rebuild dispatched again', async () => {
    const d = await double()
    const first = await runChange(options(d))
    if (first.status === 'refused') throw new Error('refused')
    // Someone pushes to main.
    const git = d.state.git
    const main = git.refs.get('heads/main')!
    const files = git.flatten(git.commits.get(main)!.tree)
    files.set('README.md', { sha: git.blob('# platform\n'), mode: '100644', type: 'blob' })
    const who = { name: 'x', email: 'x@example.com', date: '2024-02-01T00:00:00Z' }
    const moved = git.commit({ tree: git.build(files), parents: [main], message: 'docs', author: who, committer: who })
    git.refs.set('heads/main', moved)

    const again = await runChange(options(d, { baseSha: moved }))
    expect(again).toMatchObject({ status: 'updated', created: false, pushed: true, pr_number: 1, base_sha: moved })
    if (again.status === 'refused') return
    expect(git.commits.get(again.head_sha)!.parents).toEqual([moved])
    expect(d.readFile('modules-change/install-forum', 'README.md')).toBe('# platform\n')
    expect(d.readFile('modules-change/install-forum', 'modules.toml')).toBe(WITH_FORUM)
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.workflowDispatches.map((x) => x.inputs.reason)).toEqual(['Install module forum 1.2.0 (#1)', 'Install module forum 1.2.0 (#1)'])
    expect(d.violations).toEqual([])
  })

  it('after the pull request is merged, the next request opens a new one', async () => {
    const d = await double()
    await runChange(options(d))
    d.mergePull(1, 'ada')
    expect(d.readFile('main', 'modules.toml')).toBe(WITH_FORUM)
    // Installing again changes nothing on the new main.
    const same = await runChange(options(d))
    expect(same).toMatchObject({ status: 'refused', diagnostics: [expect.objectContaining({ rule: 'no-change' })] })
    // A different change of the same module opens pull request #2.
    const apply = jest.fn(async (): Promise<ApplyResult> => ({ files: [{ path: 'modules.toml', content: WITH_FORUM.replace('1.2.0', '1.3.0') }], summary: 'bump' }))
    const next = await runChange(options(d, { request: { ...INSTALL, version: '1.3.0' }, apply }))
    expect(next).toMatchObject({ status: 'opened', created: true, pr_number: 2 })
    expect(d.state.pulls.map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open']
    ])
    expect(d.violations).toEqual([])
  })

  it('uninstall deletes files; a pull request someone retitled is brought back', async () => {
    const d = await double()
    const apply = jest.fn(
      async (): Promise<ApplyResult> => ({
        files: [
          { path: 'modules.toml', content: 'schema = 2\n\n[modules]\n' },
          { path: 'crates/blog/rustok-module.toml', content: null }
        ],
        summary: '<p>Delta: <code>-blog</code></p>',
        title: 'Remove the blog'
      })
    )
    const r = await runChange(options(d, { actor: 'ada', request: { action: 'uninstall', slug: 'blog' }, apply, dispatch: false }))
    expect(r).toMatchObject({ status: 'opened', branch: 'modules-change/uninstall-blog', title: 'Remove the blog', dispatched: null })
    expect(d.readFile('modules-change/uninstall-blog', 'crates/blog/rustok-module.toml')).toBeNull()
    expect(d.state.workflowDispatches).toEqual([])
    d.state.pulls[0]!.title = 'edited by hand'
    const again = await runChange(options(d, { actor: 'ada', request: { action: 'uninstall', slug: 'blog' }, apply, dispatch: false }))
    expect(again).toMatchObject({ status: 'updated', pushed: false, updated: true, pr_number: 1 })
    expect(d.state.pulls[0]!.title).toBe('Remove the blog')
    expect(d.violations).toEqual([])
  })

  it('two identical requests at once still make one branch and one pull request', async () => {
    const d = await double()
    const [a, b] = await Promise.all([runChange(options(d, { dispatch: false })), runChange(options(d, { dispatch: false }))])
    expect([a.status, b.status]).toContain('opened')
    expect([a.status, b.status].filter((s) => s !== 'opened')).toEqual([expect.stringMatching(/^(updated|unchanged)$/)])
    expect(a.status !== 'refused' && b.status !== 'refused' && a.pr_number === b.pr_number).toBe(true)
    // The race was real: the second request lost the creation of the branch and took it over.
    expect(d.state.requests.filter((x) => x.status === 422).map((x) => x.operationId)).toContain('git/create-ref')
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.pulls.filter((p) => p.state === 'open')).toHaveLength(1)
    expect(d.violations).toEqual([])
  })

  it('refusals from apply and empty changes; API errors throw', async () => {
    const d = await double()
    const refused = await runChange(options(d, { apply: async () => Promise.reject(new DiagnosticError([diagnostic('error', 'catalog-unknown-module', 'marketplace.toml', null, "no module 'forum' in the catalog")])) }))
    expect(refused).toMatchObject({ status: 'refused', diagnostics: [{ rule: 'catalog-unknown-module' }] })
    const empty = await runChange(options(d, { apply: async () => ({ files: [{ path: 'modules.toml', content: MODULES }], summary: '' }) }))
    expect(empty).toMatchObject({ status: 'refused', diagnostics: [{ rule: 'no-change', message: 'the change leaves acme/platform@main as it is: nothing to propose' }] })
    await expect(runChange(options(d, { apply: async () => ({ files: [{ path: '.github/workflows/x.yml', content: 'x' }], summary: '' }) }))).rejects.toThrow(/workflow file/)
    await expect(runChange(options(d, { apply: async () => Promise.reject(new Error('disk full')) }))).rejects.toThrow('disk full')
    d.failNext('pulls/create', 403, { message: 'Resource not accessible by integration' })
    await expect(runChange(options(d))).rejects.toMatchObject({ status: 403 })
    expect([...d.state.git.refs.keys()]).toContain('heads/modules-change/install-forum')
    expect(d.state.pulls).toEqual([])
    // The same request again completes the job: the branch is reused, the pull request opened.
    const retry = await runChange(options(d))
    expect(retry).toMatchObject({ status: 'opened', pushed: false, pr_number: 1 })
    expect(d.violations).toEqual([])
  })

  it('asks for the dispatched run on api.github.com; a failed dispatch leaves the pull request open', async () => {
    const d = await double()
    const r = await runChange(options(d, { dispatch: { returnRunDetails: true } }))
    expect(r).toMatchObject({ dispatched: { run_id: 70001, html_url: `${d.url}/acme/platform/actions/runs/70001`, error: null } })
    expect(changeOutputs(r)).toEqual({ status: 'opened', pr_number: '1', pr_url: `${d.url}/acme/platform/pull/1`, branch: 'modules-change/install-forum', created: 'true', rebuild_run_url: `${d.url}/acme/platform/actions/runs/70001` })
    expect(changeSummary(r)).toContain('Started modules-rebuild.yml on the branch')

    const other = await runChange(options(d, { request: { action: 'uninstall', slug: 'blog' }, actor: 'ada', dispatch: { workflow: 'missing.yml' } }))
    expect(other).toMatchObject({ status: 'opened', pr_number: 2, dispatched: { error: expect.stringMatching(/missing\.yml does not exist/) } })
    expect(changeSummary(other)).toContain('could not be started')
    // GitHub answers 404 there; its description documents only 200 and 204.
    expect(d.violations).toEqual([expect.stringMatching(/status 404 is not documented for actions\/create-workflow-dispatch/)])
  })

  it('summaries and outputs of a refusal escape what the requester sent', async () => {
    const d = await double()
    const r = await runChange(options(d, { request: { action: 'install', slug: '<img src=x>' } }))
    expect(changeOutputs(r)).toMatchObject({ status: 'refused', pr_number: '' })
    expect(changeSummary(r)).not.toContain('<img')
    expect(changeSummary(r)).toContain('&#60;img')
  })
})
