// modules-change.yml end to end, short of a runner: the generated workflow is read like GitHub
// reads it (triggers, dispatch inputs with their checks and defaults, the concurrency group, the
// job's permissions, the action step's `with:` evaluated by GitHub's expression engine), and the
// step's inputs go to runChangeStep — the code behind the action's `command: change` — against the
// GitHub API double, with the production client (retry and GitHub's pacing on). Also: the golden
// rendering, the App-token variant, and the backend contract's curl examples (docs/change-requests.md)
// sent to the double.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseChangeRequest, type ChangeRequest } from '../src/core/change/request.js'
import { getInputs, type InputsOf } from '../src/drivers/action/inputs.js'
import { runChangeStep, type ApplyResult } from '../src/app/change.js'
import { CHANGE_WORKFLOW, WORKFLOWS_DIR } from '../src/core/actions/constants.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { NotTriggered, prepareStep, type RunContext, type WorkflowEvent } from './github-double/runner.js'
import { configPins, defaultInput, everythingInput, generated, securityProblems, workflowsConfig } from './workflows-helpers.js'

const GOLDEN = path.join('__tests__', 'golden', 'workflows', CHANGE_WORKFLOW)
const changeYml = (input = defaultInput()) => generated(input).find((f) => f.path === `${WORKFLOWS_DIR}/${CHANGE_WORKFLOW}`)!.content

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
async function double() {
  const d = await start({
    owner: 'acme',
    repo: 'platform',
    files: { 'modules.toml': 'schema = 2\n\n[modules]\n' },
    users: { alice: 'maintain', rob: 'read', 'modules-bot[bot]': 'write' }
  })
  doubles.push(d)
  return d
}

function stubApply() {
  return jest.fn(async (req: ChangeRequest): Promise<ApplyResult> => ({ files: [{ path: 'modules.toml', content: `schema = 2\n\n[modules]\n${req.slug} = { crate = "shop-${req.slug}", source = "crates-io", version = "${req.version ?? '1.0.0'}" }\n` }], summary: `<p>Delta: <code>+${req.slug}</code></p>` }))
}

function runContext(d: GitHubDouble, actor: string, secrets: Record<string, string> = {}): RunContext {
  return { repository: 'acme/platform', actor, ref: 'refs/heads/main', sha: d.state.git.refs.get('heads/main')!, token: d.tokenFor('github-actions[bot]'), secrets }
}

/** What the runner does for the step: evaluate `with:`, set GITHUB_*; then the action's change command. */
/** A step's `with:` read as the action reads its inputs (getInputs; a missing input is ''). */
function changeInputs(w: Record<string, unknown>, env: Record<string, string> = {}): InputsOf<'change'> {
  const inputs = getInputs((name) => (w[name] === undefined ? '' : String(w[name])), env)
  if (inputs.command !== 'change') throw new Error(`not a change step: ${inputs.command}`)
  return inputs
}

async function runStep(d: GitHubDouble, yml: string, event: WorkflowEvent, ctx: RunContext, apply = stubApply(), throttle = true) {
  const step = prepareStep(yml, 'change', 'change', event, ctx)
  const outcome = await runChangeStep(changeInputs(step.with as Record<string, unknown>).change, { GITHUB_REPOSITORY: ctx.repository, GITHUB_REF: ctx.ref, GITHUB_SHA: ctx.sha, GITHUB_API_URL: d.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' }, apply, { throttle, retryAfterBaseValue: 10 })
  return { step, outcome, apply }
}

describe('modules-change.yml (generated)', () => {
  it('matches the golden rendering of the default config (UPDATE_GOLDEN=1 rewrites it)', () => {
    const text = changeYml()
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      mkdirSync(path.dirname(GOLDEN), { recursive: true })
      writeFileSync(GOLDEN, text)
    }
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'))
  })

  it('takes the request only through with:, never in a run: script', () => {
    const wf = parseYaml(changeYml()) as any
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch', 'repository_dispatch'])
    expect(wf.on.repository_dispatch.types).toEqual(['modules-change'])
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['action', 'slug', 'version', 'reason', 'requested_by'])
    expect(wf.permissions).toEqual({ contents: 'read' })
    expect(wf.jobs.change.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'write' })
    expect(wf.concurrency['cancel-in-progress']).toBe(false)
    const steps = wf.jobs.change.steps as any[]
    expect(steps.filter((s) => s.run !== undefined)).toEqual([])
    expect(steps[0].with).toEqual({ 'persist-credentials': false })
    expect(Object.keys(steps[1].with)).toEqual(['command', 'manifest', 'request', 'actor', 'minimum-permission', 'token', 'dispatch-rebuild'])
    expect(steps[1].with).toMatchObject({ command: 'change', 'minimum-permission': 'maintain', token: '${{ github.token }}', 'dispatch-rebuild': true })
  })

  it('the security rules see through a hand edit of it', () => {
    const ok = changeYml()
    const pins = configPins(defaultInput())
    expect(securityProblems(ok, pins)).toEqual([])
    const mutate = (from: string, to: string) => {
      const text = ok.replace(from, to)
      expect(text).not.toBe(ok)
      return securityProblems(text, pins).join('\n')
    }
    expect(mutate('permissions:\n  contents: read\n', 'permissions:\n  contents: write\n')).toMatch(/top-level permissions/)
    expect(mutate('      - name: Open or update the change pull request\n', '      - name: Echo\n        run: echo "${{ github.event.client_payload.reason }}"\n      - name: Open or update the change pull request\n')).toMatch(/untrusted expression inside run/)
    expect(mutate('          persist-credentials: false\n', '          fetch-depth: 1\n')).toMatch(/persist-credentials/)
    expect(mutate('group: ${{ github.workflow }}-${{ github.ref }}-', 'group: change-')).toMatch(/concurrency/)
  })

  it('renders the App-token option and the minimum; refuses a bad secret name', () => {
    const wf = parseYaml(changeYml(everythingInput())) as any
    expect(wf.jobs.change.steps[1].with).toMatchObject({ 'minimum-permission': 'admin', token: '${{ secrets.MODULES_BOT_TOKEN }}', 'dispatch-rebuild': false })
    // The secret does the writing: the job's own token only reads.
    expect(wf.jobs.change.permissions).toEqual({ contents: 'read' })
    for (const bad of ['GITHUB_TOKEN', '1TOKEN', 'MY-TOKEN', 'X }} ${{ github.event.client_payload.slug']) {
      expect(() => generated({ ...defaultInput(), workflows: workflowsConfig({ change_token_secret: bad }) })).toThrow(/change_token_secret|\$\{\{/)
    }
  })

  it('reads the dispatch inputs as GitHub does: required slug, choices, no undeclared inputs', async () => {
    const d = await double()
    const yml = changeYml()
    const ctx = runContext(d, 'alice')
    expect(() => prepareStep(yml, 'change', 'change', { name: 'workflow_dispatch', inputs: { action: 'upgrade', slug: 'forum' } }, ctx)).toThrow(/not in the list of allowed values/)
    expect(() => prepareStep(yml, 'change', 'change', { name: 'workflow_dispatch', inputs: { action: 'install' } }, ctx)).toThrow(/Required input 'slug'/)
    expect(() => prepareStep(yml, 'change', 'change', { name: 'workflow_dispatch', inputs: { slug: 'forum', deploy: 'yes' } }, ctx)).toThrow(/Unexpected inputs/)
    expect(() => prepareStep(yml, 'change', 'change', { name: 'repository_dispatch', type: 'deploy', client_payload: {} }, ctx)).toThrow(NotTriggered)
    // Defaults: action install, blank optional inputs — which the request parser reads as absent.
    const step = prepareStep(yml, 'change', 'change', { name: 'workflow_dispatch', inputs: { slug: 'forum' } }, ctx)
    expect(JSON.parse(step.with.request!)).toEqual({ action: 'install', slug: 'forum', version: '', reason: '', requested_by: '' })
    expect(parseChangeRequest(step.with.request)).toEqual({ ok: true, request: { action: 'install', slug: 'forum' } })
    expect(step.with.actor).toBe('alice')
    expect(step.concurrency).toEqual({ group: 'modules-change-refs/heads/main-forum', cancelInProgress: false })
  })
})

describe('modules-change.yml against the GitHub double', () => {
  it('workflow_dispatch opens the pull request once; the same request by repository_dispatch finds it; a new reason updates it', async () => {
    const d = await double()
    const yml = changeYml()
    const first = await runStep(d, yml, { name: 'workflow_dispatch', inputs: { action: 'install', slug: 'forum', version: '1.2.0', reason: 'Community asked' } }, runContext(d, 'alice'))
    expect(first.step.with.token).toBe(d.tokenFor('github-actions[bot]'))
    expect(first.step.with['dispatch-rebuild']).toBe('true')
    expect(first.outcome).toMatchObject({ status: 'opened', created: true, pr_number: 1, branch: 'modules-change/install-forum' })
    expect(first.apply).toHaveBeenCalledWith({ action: 'install', slug: 'forum', version: '1.2.0', reason: 'Community asked' })
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.pulls[0]!.body).toContain('https://github.com/acme/platform/actions/runs/42')
    expect(d.readFile('modules-change/install-forum', 'modules.toml')).toContain('forum = { crate = "shop-forum"')
    // GITHUB_TOKEN pushed: the rebuild is dispatched on the change branch, as the bot.
    expect(d.state.workflowDispatches.map((x) => [x.workflow_id, x.ref, x.actor])).toEqual([['modules-rebuild.yml', 'modules-change/install-forum', 'github-actions[bot]']])

    // The same request from a backend (repository_dispatch): same group, same pull request.
    const payload = { action: 'install', slug: 'forum', version: '1.2.0', reason: 'Community asked' }
    const second = await runStep(d, yml, { name: 'repository_dispatch', type: 'modules-change', client_payload: payload }, runContext(d, 'alice'))
    expect(second.step.concurrency.group).toBe(first.step.concurrency.group)
    expect(second.outcome).toMatchObject({ status: 'unchanged', created: false, pushed: false, pr_number: 1 })
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.workflowDispatches).toHaveLength(1)

    const third = await runStep(d, yml, { name: 'repository_dispatch', type: 'modules-change', client_payload: { ...payload, reason: 'Moderators want it too', requested_by: 'jane@shop.example' } }, runContext(d, 'alice'))
    expect(third.outcome).toMatchObject({ status: 'updated', updated: true, pushed: false, pr_number: 1 })
    expect(d.state.pulls).toHaveLength(1)
    expect(d.state.pulls[0]!.body).toContain('Moderators want it too')
    expect(d.state.pulls[0]!.body).toContain('on behalf of jane&#64;shop.example (as sent; not verified)')
    expect(d.violations).toEqual([])
  }, 30000)

  it('refuses a payload with an unknown field before any API call, and a requester without the role', async () => {
    const d = await double()
    const yml = changeYml()
    const bad = await runStep(d, yml, { name: 'repository_dispatch', type: 'modules-change', client_payload: { action: 'install', slug: 'forum', branch: 'main' } }, runContext(d, 'alice'), stubApply(), false)
    expect(bad.outcome).toMatchObject({ status: 'refused', diagnostics: [{ rule: 'invalid-change-request', message: "request has unknown field 'branch'" }] })
    expect(d.state.requests).toEqual([])
    const rob = await runStep(d, yml, { name: 'workflow_dispatch', inputs: { action: 'install', slug: 'forum' } }, runContext(d, 'rob'), stubApply(), false)
    expect(rob.outcome).toMatchObject({ status: 'refused', diagnostics: [{ rule: 'permission-denied' }] })
    expect(rob.apply).not.toHaveBeenCalled()
    expect([...d.state.git.refs.keys()]).toEqual(['heads/main'])
    expect(d.state.pulls).toEqual([])
    expect(d.violations).toEqual([])
  })

  it('with an App token: the bot pushes and opens the pull request, no dispatch; an empty secret fails the run', async () => {
    const d = await double()
    const yml = changeYml(everythingInput()) // change_token_secret = MODULES_BOT_TOKEN, minimum admin
    const admin = { ...runContext(d, 'alice'), secrets: { MODULES_BOT_TOKEN: d.tokenFor('modules-bot[bot]') } }
    d.state.users.set('alice', { ...d.state.users.get('alice')!, role: 'admin' })
    const app = await runStep(d, yml, { name: 'workflow_dispatch', inputs: { action: 'install', slug: 'forum' } }, admin, stubApply(), false)
    expect(app.step.with['dispatch-rebuild']).toBe('false')
    expect(app.outcome).toMatchObject({ status: 'opened', dispatched: null })
    expect(d.state.pulls[0]!.user).toBe('modules-bot[bot]')
    expect(d.state.workflowDispatches).toEqual([])

    // No fallback to GITHUB_TOKEN (which would need write permissions on every run).
    await expect(runStep(d, yml, { name: 'workflow_dispatch', inputs: { action: 'install', slug: 'search' } }, { ...admin, secrets: {} }, stubApply(), false)).rejects.toThrow(/input 'token' is empty/)
    expect(d.state.pulls.length).toBe(1)
    expect(d.state.workflowDispatches).toEqual([])
    expect(d.violations).toEqual([])
  })

  it('the change inputs are checked once (getInputs), and runChangeStep needs GITHUB_REPOSITORY', async () => {
    const d = await double()
    const w = { command: 'change', request: '{"action":"install","slug":"forum"}', actor: 'alice', 'minimum-permission': 'maintain', token: d.tokenFor('github-actions[bot]'), 'dispatch-rebuild': 'true' }
    const env = { GITHUB_REPOSITORY: 'acme/platform', GITHUB_API_URL: d.url }
    expect(() => changeInputs({ ...w, 'minimum-permission': 'triage' })).toThrow(/minimum-permission/)
    expect(() => changeInputs({ ...w, 'dispatch-rebuild': 'yes' })).toThrow(/dispatch-rebuild/)
    expect(() => changeInputs({ ...w, 'update-lockfile': 'on' })).toThrow(/update-lockfile/)
    expect(() => changeInputs({ ...w, token: '' })).toThrow(/token/)
    expect(() => changeInputs({ ...w, actor: '' })).toThrow(/actor/)
    // The YAML 1.2 core booleans, as core.getBooleanInput reads them; empty is the default.
    for (const [text, value] of [['True', true], ['TRUE', true], ['False', false], ['FALSE', false], ['', false]] as const) expect(changeInputs({ ...w, 'dispatch-rebuild': text }).change.dispatchRebuild).toBe(value)
    // Empty actor: whoever started the run; empty minimum: maintain.
    expect(changeInputs({ ...w, actor: '', 'minimum-permission': '' }, { GITHUB_TRIGGERING_ACTOR: 'bob' }).change).toMatchObject({ actor: 'bob', minimumPermission: 'maintain' })
    const inputs = changeInputs(w).change
    await expect(runChangeStep(inputs, { GITHUB_API_URL: d.url }, stubApply())).rejects.toThrow(/GITHUB_REPOSITORY/)
    // No GITHUB_REF: the repository's default branch is the base.
    const r = await runChangeStep(inputs, env, stubApply(), { throttle: false })
    expect(r).toMatchObject({ status: 'opened', base_sha: d.state.git.refs.get('heads/main') })
    expect(d.state.pulls[0]!.base).toBe('main')
    expect(d.violations).toEqual([])
  })
})

describe('the backend contract (docs/change-requests.md)', () => {
  /** The curl examples of the document: method, path and JSON body. */
  function curlExamples(): Array<{ method: string; path: string; body: Record<string, unknown> }> {
    const doc = readFileSync(path.join('docs', 'change-requests.md'), 'utf8')
    const blocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\\\n\s*/g, ' '))
    return blocks.map((b) => ({
      method: /-X (\w+)/.exec(b)![1]!,
      path: /https:\/\/api\.github\.com(\S+)/.exec(b)![1]!,
      body: JSON.parse(/-d '([^']*)'/.exec(b)![1]!) as Record<string, unknown>
    }))
  }

  it('its requests are valid for GitHub and start the change workflow with a valid request', async () => {
    const d = await double()
    const examples = curlExamples()
    expect(examples.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /repos/acme/platform/actions/workflows/modules-change.yml/dispatches', 'POST /repos/acme/platform/dispatches'])
    for (const e of examples) {
      const r = await fetch(d.url + e.path, { method: e.method, headers: { authorization: `Bearer ${d.tokenFor('alice')}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' }, body: JSON.stringify(e.body) })
      expect([200, 204]).toContain(r.status)
    }
    expect(d.violations).toEqual([])
    // What the workflow would receive, read as the workflow reads it.
    const yml = changeYml()
    const [wd, rd] = [d.state.workflowDispatches[0]!, d.state.repositoryDispatches[0]!]
    expect(wd).toMatchObject({ workflow_id: 'modules-change.yml', ref: 'main', actor: 'alice', run_id: 70001 })
    for (const event of [{ name: 'workflow_dispatch', inputs: wd.inputs as Record<string, string> } as const, { name: 'repository_dispatch', type: rd.event_type, client_payload: rd.client_payload } as const]) {
      const step = prepareStep(yml, 'change', 'change', event, runContext(d, 'alice'))
      expect(parseChangeRequest(step.with.request)).toMatchObject({ ok: true })
    }
  })
})
