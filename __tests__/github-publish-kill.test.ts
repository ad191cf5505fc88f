// A publisher SIGKILLed between any two steps of the GitHub release transaction: the publisher
// runs as a child process (__tests__/github-publish-child.mjs) against the double; the double
// holds the child's k-th request of an operation (a delay fault) and the test kills the child while
// it is held — no hook in product code. A rerun must end with exactly one published release whose
// every asset has the request's bytes, and no draft left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createOctokit } from '../src/adapters/github/client.js'
import { publishToGitHub } from '../src/adapters/github/release-publish.js'
import { start, type GitHubDouble } from './github-double/server.js'
import { endState, request } from './github-publish-helpers.js'
import { cleanup, tempDir } from './plan-helpers.js'

const CHILD = path.join(process.cwd(), '__tests__', 'github-publish-child.mjs')
const children: ChildProcess[] = []
const doubles: GitHubDouble[] = []
beforeAll(() => {
  // Transpiles src/ once (cached by content) so the kills below hit the transaction, not the build.
  const r = spawnSync(process.execPath, [CHILD, '--build'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`github-publish-child --build: ${r.stderr}`)
}, 120_000)
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(c.pid!, 'SIGKILL')
  for (const d of doubles) await d.close()
  cleanup()
})

// [operation, which of its requests (1-based)]: every request of an undisturbed run, in order.
const STEPS: Array<[string, number]> = [
  ['repos/get-release-by-tag', 1],
  ['git/create-ref', 1],
  ['repos/list-releases', 1],
  ['repos/create-release', 1],
  ['repos/list-release-assets', 1],
  ['repos/upload-release-asset', 1],
  ['repos/upload-release-asset', 2],
  ['repos/upload-release-asset', 3],
  ['repos/list-release-assets', 2],
  ['repos/update-release', 1],
  ['git/get-ref', 1],
  ['repos/get-release-asset', 1],
  ['repos/list-releases', 2]
]
const HOLD = 400

describe('SIGKILL of the publisher between steps, then a rerun', () => {
  it.each(STEPS)('killed while %s #%i is in flight', async (operationId, k) => {
    const d = await start({ users: { alice: 'admin' } })
    doubles.push(d)
    const req = request(d)
    const dir = tempDir('publish-kill')
    writeFileSync(path.join(dir, 'job.json'), JSON.stringify({ request: req, options: { takeoverAfterMs: 150, pollMs: 20 } }))
    // Every one of the first k requests of the operation is held; the k-th is held when the fault is used up.
    d.fault({ operationId, delayMs: HOLD, times: k })
    const child = spawn(process.execPath, [CHILD, path.join(dir, 'job.json')], { env: { ...process.env, GITHUB_API_URL: d.url, MR_TOKEN: d.tokenFor('alice') }, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let stdout = ''
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr!.resume()
    const exited = once(child, 'exit')
    while (d.faultList().length && child.exitCode === null) await sleep(5)
    expect(child.exitCode).toBeNull() // still running: the request is held
    process.kill(child.pid!, 'SIGKILL')
    const [, signal] = await exited
    expect(signal).toBe('SIGKILL')
    await sleep(HOLD + 200) // the double finishes the held request (it may or may not land, as on GitHub)
    expect(stdout).toBe('') // it never finished

    const octokit = createOctokit({ token: d.tokenFor('alice'), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
    const rerun = await publishToGitHub(octokit, req, { takeoverAfterMs: 150, pollMs: 20 })
    expect(['published', 'unchanged']).toContain(rerun.outcome)
    expect(await endState(d, req)).toEqual([])
    expect(d.violations).toEqual([])
  }, 60_000)
})
