/**
 * The change flow's hardening (security review #11): child processes run without the job's
 * credentials; a change run is made only from the default branch (an environment restricted to
 * it in the generated job, and a refusal at run time); the job raises only what it uses.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { cargoUpdateWorkspace } from '../src/adapters/cargo/cargo.js'
import { childEnv } from '../src/adapters/process/child-env.js'
import { runChangeStep, type ApplyResult, type ChangeStepInputs } from '../src/app/change.js'
import { CHANGE_WORKFLOW, WORKFLOWS_DIR } from '../src/core/actions/constants.js'
import { parseChangeRequest } from '../src/core/change/request.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { defaultInput, generated } from './workflows-helpers.js'

const doubles: GitHubDouble[] = []
const temps: string[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true })
})

const SECRETS = { INPUT_TOKEN: 'ghs_write_token', GITHUB_TOKEN: 'ghs_job', GH_TOKEN: 'gho_x', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_CACHE_URL: 'https://c', ACTIONS_RESULTS_URL: 'https://r', GITHUB_ENV: '/tmp/env', GITHUB_OUTPUT: '/tmp/out', GITHUB_PATH: '/tmp/path', GITHUB_STATE: '/tmp/state', GITHUB_STEP_SUMMARY: '/tmp/sum', input_other: 'x' }

describe('child processes', () => {
  it('childEnv drops inputs, tokens, the runner tokens and command files; keeps the rest', () => {
    const env = childEnv({ ...SECRETS, PATH: '/usr/bin', HOME: '/root', CARGO_HOME: '/c', GITHUB_REPOSITORY: 'acme/platform', ACTIONS_STEP_DEBUG: 'true' })
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root', CARGO_HOME: '/c', GITHUB_REPOSITORY: 'acme/platform', ACTIONS_STEP_DEBUG: 'true' })
  })

  it('the repro: cargo update no longer inherits INPUT_TOKEN (a cargo that prints its environment)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-child-env-'))
    temps.push(dir)
    const fake = path.join(dir, 'cargo')
    // Prints the names of every credential it can see, then "end".
    writeFileSync(fake, "#!/bin/sh\nenv | cut -d= -f1 | grep -iE '^(INPUT_|GITHUB_TOKEN$|GH_TOKEN$|ACTIONS_|GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY)$)'\necho end\n")
    chmodSync(fake, 0o755)
    const saved = { ...process.env }
    Object.assign(process.env, SECRETS)
    try {
      const r = await cargoUpdateWorkspace(dir, { cargo: fake })
      expect(r.ok).toBe(true)
      expect(r.output).toBe('end')
    } finally {
      process.env = saved
    }
  })
})

describe('only from the default branch', () => {
  async function double() {
    const d = await start({ owner: 'acme', repo: 'platform', files: { 'modules.toml': 'schema = 2\n\n[modules]\n' }, users: { alice: 'maintain' } })
    doubles.push(d)
    return d
  }
  const apply = () => jest.fn(async (): Promise<ApplyResult> => ({ files: [{ path: 'modules.toml', content: 'schema = 2\n\n[modules]\nforum = { crate = "shop-forum", source = "crates-io", version = "1.0.0" }\n' }], summary: '<p>x</p>' }))

  it('the repro: a run dispatched on another branch is refused before anything is applied', async () => {
    const d = await double()
    const inputs: ChangeStepInputs = { request: parseChangeRequest('{"action":"install","slug":"forum"}'), actor: 'alice', minimumPermission: 'maintain', token: d.tokenFor('github-actions[bot]'), dispatchRebuild: false }
    const a = apply()
    const r = await runChangeStep(inputs, { GITHUB_REPOSITORY: 'acme/platform', GITHUB_REF: 'refs/heads/evil', GITHUB_SHA: d.state.git.refs.get('heads/main')!, GITHUB_API_URL: d.url }, a, { throttle: false })
    expect(r).toMatchObject({ status: 'refused', diagnostics: [{ rule: 'change-not-default-branch', message: expect.stringContaining("'evil', not on the default branch 'main'") }] })
    expect(a).not.toHaveBeenCalled()
    expect(d.state.pulls).toEqual([])
    const ok = await runChangeStep(inputs, { GITHUB_REPOSITORY: 'acme/platform', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: d.state.git.refs.get('heads/main')!, GITHUB_API_URL: d.url }, apply(), { throttle: false })
    expect(ok).toMatchObject({ status: 'opened' })
    expect(d.violations).toEqual([])
  })

  it('the generated job runs in the modules-change environment, with nothing raised beyond contents, pull-requests and actions', () => {
    const yml = generated(defaultInput()).find((f) => f.path === `${WORKFLOWS_DIR}/${CHANGE_WORKFLOW}`)!.content
    const wf = parseYaml(yml) as { jobs: { change: { environment: unknown; permissions: Record<string, string> } } }
    expect(wf.jobs.change.environment).toBe('modules-change')
    expect(wf.jobs.change.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'write' })
    const doc = readFileSync(path.join('docs', 'change-requests.md'), 'utf8')
    expect(doc).toContain('## The modules-change environment')
    expect(doc).toMatch(/deployment branches[^\n]*default branch/i)
  })
})
