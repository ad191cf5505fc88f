/**
 * The BUILT action (dist/index.js) as a real process in a simulated runner: inputs as INPUT_*
 * variables, outputs in the GITHUB_OUTPUT file, annotations as workflow commands on stdout, the
 * job summary in the GITHUB_STEP_SUMMARY file, failure as exit code 1.
 *
 * CI commits a fresh dist/ (check-dist); locally it is built once here when missing.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hashText } from '../src/core/hash/hash.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'
import { DIST, runAction as runInRunner } from './action-runner.js'

const REPO = process.cwd()
const HASH = /^sha256:[0-9a-f]{64}$/

let runner: string
const runAction = (workspace: string, inputs: Record<string, string>) => runInRunner(runner, workspace, inputs)

beforeAll(() => {
  if (!existsSync(DIST)) execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'ignore' })
  runner = mkdtempSync(path.join(tmpdir(), 'mr-runner-'))
}, 300_000)

afterAll(() => {
  if (runner) rmSync(runner, { recursive: true, force: true })
})

describe('node dist/index.js', () => {
  describeRustok('on the RusToK fixture', () => {
  it('passes on the RusToK fixture: exit 0, valid=true, the manifest_hash src computes', async () => {
    const RUSTOK = rustokDir()
    const r = await runAction(path.dirname(RUSTOK), { command: 'validate', manifest: 'modules.toml', 'working-directory': path.basename(RUSTOK) })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.valid).toBe('true')
    expect(r.outputs.manifest_hash).toMatch(HASH)
    expect(r.outputs.manifest_hash).toBe(hashText(readFileSync(path.join(RUSTOK, 'modules.toml'), 'utf8'), 'modules.toml'))
    expect(r.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([])
    expect(r.commands.map((c) => c.command)).toEqual(['group', 'endgroup'])
    expect(r.summary).toContain('<h2>modules-rebuild: modules.toml is valid</h2>')
    expect(r.summary).toContain(r.outputs.manifest_hash)
    expect(r.summary).toContain('0 errors, 0 warnings')
  })
  })

  it('fails on the invalid project: exit 1, 10 annotations on their lines, all 13 findings in the summary', async () => {
    const r = await runAction(REPO, { command: 'validate', manifest: 'modules.toml', 'working-directory': '__tests__/action-fixtures/invalid' })
    expect(r.code).toBe(1)
    expect(r.outputs.valid).toBe('false')
    expect(r.outputs.manifest_hash).toMatch(HASH)

    const annotations = r.commands.filter((c) => c.command === 'error' && c.properties.file)
    expect(annotations).toHaveLength(10)
    annotations.forEach((a, i) => {
      expect(a.properties).toEqual({ title: 'unknown-dependency', file: '__tests__/action-fixtures/invalid/modules.toml', line: String(6 + i), col: '1' })
      expect(a.message).toBe(`Module 'm${i + 1}' depends on missing modules: ghost${i + 1}\nhint: Install ghost${i + 1} (add an entry under [modules]) or remove it from depends_on.`)
    })
    expect(r.commands.filter((c) => c.command === 'warning')).toEqual([])
    // setFailed: one property-less ::error:: after the annotations
    const failures = r.commands.filter((c) => c.command === 'error' && !c.properties.file)
    expect(failures).toEqual([{ command: 'error', properties: {}, message: 'modules.toml is invalid: see the annotations and the job summary' }])
    expect(r.commands.at(-1)).toEqual(failures[0])

    expect(r.summary).toContain('<h2>modules-rebuild: modules.toml is invalid</h2>')
    expect(r.summary).toContain('12 errors, 1 warning — 10 shown as annotations, all listed below')
    const table = /<table>([\s\S]*?)<\/table>/.exec(r.summary)?.[1] ?? ''
    const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
    expect(rows).toHaveLength(1 + 13)
    expect(rows[0]).toBe('<tr><th>Location</th><th>Severity</th><th>Rule</th><th>Message</th></tr>')
    // The one escapeHtml also escapes Markdown's emphasis characters (_ and `) inside the table.
    expect(rows[1]).toContain('<td>&#95;&#95;tests&#95;&#95;/action-fixtures/invalid/modules.toml:3:1</td><td>warning</td><td>unknown-key</td>')
    for (let i = 1; i <= 12; i++) {
      expect(rows[1 + i]).toMatch(new RegExp(`^<tr><td>&#95;&#95;tests&#95;&#95;/action-fixtures/invalid/modules\\.toml:${5 + i}:1</td><td>error</td><td>unknown-dependency</td><td>Module &#39;m${i}&#39; depends on missing modules: ghost${i} — hint: `))
    }
  })

  it('hash with against: exit 0, the hash, and the changes as a code block in the summary', async () => {
    const r = await runAction(REPO, { command: 'hash', 'working-directory': '__tests__/action-fixtures/invalid', against: 'base.toml' })
    expect(r.code).toBe(0)
    expect(r.outputs.manifest_hash).toMatch(HASH)
    expect(r.commands.filter((c) => c.command === 'error')).toEqual([])
    const block = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(r.summary)?.[1] ?? ''
    expect(block).toContain(`manifest_hash ${r.outputs.manifest_hash}`)
    expect(block).toMatch(/^ {2}~ modules\.m1 \(depends_on\)$/m)
    expect(block).toMatch(/^ {2}\+ modules\.m12$/m)
  })

  it('rejects an unknown command: exit 1, one ::error:: naming the allowed values, no outputs', async () => {
    const r = await runAction(REPO, { command: 'lint' })
    expect(r.code).toBe(1)
    expect(r.commands).toEqual([{ command: 'error', properties: {}, message: "input 'command' must be one of validate, hash, check, plan, change, publish, build, stage, deploy, rollback, smoke, prune, not 'lint'" }])
    expect(r.outputs).toEqual({})
  })
})

describe('node dist/index.js: command plan', () => {
  it('plans examples/shop in a git checkout: outputs, release-plan.json, summary; the same on a rerun', async () => {
    const { shopRepo, cleanup } = await import('./plan-helpers.js')
    const root = shopRepo()
    try {
      const first = await runAction(root, { command: 'plan', token: '' })
      expect(first.stderr).toBe('')
      expect(first.code).toBe(0)
      const o = first.outputs
      expect(o.manifest_hash).toMatch(HASH)
      expect(o.release_id).toMatch(/^shop-[a-z-]+-[0-9a-f]{12}$/)
      expect(o.build_needed).toBe('true')
      expect(o.existing_release).toBe('')
      const matrix = JSON.parse(o.matrix!) as { include: Array<{ target: string; argv: string[] }> }
      expect(matrix.include.map((e) => e.target).sort()).toEqual(['admin', 'server', 'storefront'])
      expect(matrix.include.every((e) => e.argv[0] === 'cargo' && e.argv.includes('--locked'))).toBe(true)
      // examples/shop is headless: nothing is embedded, so every target is stage 0.
      expect(JSON.parse(o.matrix_stage0!)).toEqual(matrix)
      expect(o.stage0_needed).toBe('true')
      expect(o.stage1_needed).toBe('false')
      const plan = JSON.parse(readFileSync(o.plan_path!, 'utf8')) as { schema: number; release_id: string }
      expect(plan.schema).toBe(1)
      expect(plan.release_id).toBe(o.release_id)
      expect(first.summary).toContain('```mermaid')
      // Offline: the token input is empty, so no release store is consulted.
      expect(first.commands.some((c) => c.command === 'error')).toBe(false)

      const again = await runAction(root, { command: 'plan', token: '' })
      expect(again.outputs).toEqual(first.outputs)
    } finally {
      cleanup()
    }
  }, 60_000)

  it('build then stage as real processes: exit code propagated, foreign workflow commands stay text, build-info.json written', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'mr-ws-'))
    try {
      const js = 'require("fs").mkdirSync("out",{recursive:true});require("fs").writeFileSync("out/bin","built");console.log("::error::forged by a build script");process.exit(Number(process.env.CODE))'
      const failed = await runAction(ws, { command: 'build', argv: JSON.stringify([process.execPath, '-e', js]), env: JSON.stringify({ CODE: '4' }) })
      expect(failed.code).toBe(4)
      expect(failed.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual(['the build command exited with code 4'])
      expect(failed.stdout).toContain('forged by a build script')
      const ok = await runAction(ws, { command: 'build', argv: JSON.stringify([process.execPath, '-e', js]), env: JSON.stringify({ CODE: '0' }) })
      expect(ok.code).toBe(0)
      expect(ok.commands.map((c) => c.command)).toEqual(expect.arrayContaining(['group', 'endgroup']))
      const key = `sha256:${'c'.repeat(64)}`
      const staged = await runAction(ws, { command: 'stage', 'artifact-path': '"out/bin"', target: 'server', 'build-key': key, artifact: 'p-server-cccccccccccccccc', 'manifest-hash': key, 'release-id': 'p-monolith-0123456789ab', 'started-at': ok.outputs.started_at! })
      expect(staged.stderr).toBe('')
      expect(staged.code).toBe(0)
      const info = JSON.parse(readFileSync(path.join(staged.outputs.dir!, 'build-info.json'), 'utf8')) as { schema: number; files: unknown[]; started_at: string }
      expect(info.schema).toBe(2)
      expect(info.started_at).toBe(ok.outputs.started_at)
      expect(info.files).toEqual([{ path: 'out/bin', size: 5, sha256: createHash('sha256').update('built').digest('hex') }])
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  }, 60_000)
})
