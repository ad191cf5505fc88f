/**
 * The action's `command: plan` with a token, as a runner runs it: the BUILT action (dist/index.js)
 * as a process with INPUT_* variables, looking releases up through GITHUB_API_URL on the GitHub API
 * double — itself a process (`scripts/github-double.mjs`), validating every request and answer
 * against GitHub's OpenAPI subset, stopped by its PID. No stub anywhere.
 *
 * First run: nothing is released, so the plan builds every target. Then the release is published
 * (the CLI's `publish --repo`, the real GitHub release transaction, into the double); the same
 * inputs now plan to skip every build. A change to one target's sources rebuilds only that target.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { runAction } from './action-runner.js'
import { ensureBuilt, publishedSchema, REPO } from './cli-process.js'
import { cleanup, commitAll, read, shopRepo, write } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

// Every test runs the built CLI or action as processes, several per test: slow on a loaded 2-core machine.
jest.setTimeout(120_000)

const TOKEN = 'ghs_double_plan_token_0123456789'
const REPOSITORY = 'acme/shop'
const checkPlan = publishedSchema('release-plan.schema.json')

let double: ChildProcess
let api: string
let runner: string
let root: string

/** Starts the double on a free port; resolves with its URL (its first stdout line). */
function startDouble(): Promise<string> {
  double = spawn(process.execPath, ['scripts/github-double.mjs', '--port', '0', '--repo', REPOSITORY, '--token', TOKEN], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    double.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const nl = out.indexOf('\n')
      if (nl >= 0) resolve(out.slice(0, nl).trim())
    })
    double.stderr!.on('data', (c: Buffer) => (err += c.toString()))
    double.once('exit', (code) => reject(new Error(`github-double exited ${code}: ${err}`)))
  })
}

/** Stops the double by its PID and waits until it has exited. */
async function stopDouble(): Promise<void> {
  if (!double || double.exitCode !== null || double.signalCode !== null) return
  const exited = new Promise((resolve) => double.once('exit', resolve))
  process.kill(double.pid!, 'SIGTERM')
  const timer = setTimeout(() => double.exitCode === null && process.kill(double.pid!, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

const control = async <T>(what: string): Promise<T> => (await fetch(`${api}/__double/${what}`)).json() as Promise<T>
const headOfMain = async (): Promise<string> => {
  const r = await fetch(`${api}/repos/${REPOSITORY}/git/ref/heads/main`, { headers: { authorization: `token ${TOKEN}` } })
  return ((await r.json()) as { object: { sha: string } }).object.sha
}

/** `command: plan` with the token, on `root`, against the double. */
const plan = (token = TOKEN) =>
  runAction(runner, root, { command: 'plan', token }, { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: api })

beforeAll(async () => {
  ensureBuilt()
  runner = mkdtempSync(path.join(tmpdir(), 'mr-runner-'))
  root = shopRepo()
  api = await startDouble()
}, 300_000)

afterAll(async () => {
  await stopDouble()
  if (runner) rmSync(runner, { recursive: true, force: true })
  cleanup()
})

describe('action command: plan with a token, against the GitHub API double', () => {
  let first: Awaited<ReturnType<typeof plan>>

  it('first run: no release exists, so every target is built; the lookup went to GitHub', async () => {
    first = await plan()
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const o = first.outputs
    expect(o.valid).toBe('true')
    expect(o.manifest_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(o.release_id).toMatch(/^shop-headless-[0-9a-f]{12}$/)
    expect(o.build_needed).toBe('true')
    expect(o.existing_release).toBe('')
    expect(o.stage0_needed).toBe('true')
    const matrix = JSON.parse(o.matrix!) as { include: Array<{ target: string; build_key: string }> }
    expect(matrix.include.map((e) => e.target).sort()).toEqual(['admin', 'server', 'storefront'])
    expect(JSON.parse(o.matrix_stage0!)).toEqual(matrix)

    const written = JSON.parse(readFileSync(o.plan_path!, 'utf8')) as ReleasePlan
    expect(o.plan_path).toBe(path.join(runner, 'release-plan.json'))
    expect(checkPlan(written)).toEqual([])
    expect(written).toMatchObject({ release_id: o.release_id, manifest_hash: o.manifest_hash, build_needed: true, existing_release: null, lookup: { store: 'github' } })
    expect(written.matrix).toEqual(matrix)

    // The token was masked for the log and never printed.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(first.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    // It asked GitHub, by release_id, within the OpenAPI description.
    const { requests } = await control<{ requests: Array<{ operationId: string; path: string; status: number }> }>('requests')
    const byTag = requests.filter((r) => r.operationId === 'repos/get-release-by-tag')
    for (const c of written.components) expect(byTag.map((r) => r.path)).toContain(`/repos/${REPOSITORY}/releases/tags/${c.release_id}`)
    expect(byTag.every((r) => r.status === 404)).toBe(true)
    expect(await control('violations')).toEqual([])
  })

  it('after the release is published with the same inputs, the plan skips: build_needed false, existing_release, an empty matrix', async () => {
    const prev = process.env.GITHUB_TOKEN
    process.env.GITHUB_TOKEN = TOKEN
    try {
      await publishCheckout(root, path.join(runner, 'unused-store'), undefined, { args: ['--repo', REPOSITORY, '--github-api', api], sourceCommit: await headOfMain() })
    } finally {
      if (prev === undefined) delete process.env.GITHUB_TOKEN
      else process.env.GITHUB_TOKEN = prev
    }

    const again = await plan()
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    const o = again.outputs
    expect(o.release_id).toBe(first.outputs.release_id)
    expect(o.manifest_hash).toBe(first.outputs.manifest_hash)
    expect(o.build_needed).toBe('false')
    expect(o.existing_release).toBe(first.outputs.release_id)
    expect(o.stage0_needed).toBe('false')
    expect(o.stage1_needed).toBe('false')
    expect(JSON.parse(o.matrix!)).toEqual({ include: [] })
    expect(JSON.parse(o.matrix_stage0!)).toEqual({ include: [] })
    const written = JSON.parse(readFileSync(o.plan_path!, 'utf8')) as ReleasePlan
    expect(checkPlan(written)).toEqual([])
    expect(written).toMatchObject({ build_needed: false, existing_release: o.release_id, lookup: { store: 'github' } })
    expect(await control('violations')).toEqual([])
  }, 120_000)

  it('a change to the server\'s sources rebuilds only the server; the UIs are found by build key in the published releases', async () => {
    write(root, 'crates/search/src/lib.rs', read(root, 'crates/search/src/lib.rs') + '\n// tuned\n')
    commitAll(root, 'tune search')
    const r = await plan()
    expect(r.code).toBe(0)
    expect(r.outputs.build_needed).toBe('true')
    expect(r.outputs.existing_release).toBe('')
    expect(r.outputs.release_id).not.toBe(first.outputs.release_id)
    expect((JSON.parse(r.outputs.matrix!) as { include: Array<{ target: string }> }).include.map((e) => e.target)).toEqual(['server'])
    expect(await control('violations')).toEqual([])
  })

  it('a token GitHub refuses: the plan is refused (exit 1, release-store-error annotation), the token not printed', async () => {
    const bad = 'ghs_not_a_token_of_the_double'
    const r = await plan(bad)
    expect(r.code).toBe(1)
    expect(r.outputs.valid).toBe('false')
    expect(r.outputs.release_id).toBe('')
    const errors = r.commands.filter((c) => c.command === 'error')
    expect(errors.map((c) => c.properties.title)).toContain('release-store-error')
    expect(r.stdout.replace(`::add-mask::${bad}`, '')).not.toContain(bad)
  })
})
