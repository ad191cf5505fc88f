/**
 * src/drivers/action/main.ts in-process, with @actions/core replaced by the typed stand-ins of
 * __fixtures__/core.ts (registered before main.js is imported, as in actions/typescript-action).
 */
import { jest } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/drivers/action/main.js')

const SHOP = path.resolve(process.cwd(), 'examples', 'shop')
const HASH = /^sha256:[0-9a-f]{64}$/

/** 12 modules, each depending on a module that is not installed (12 errors), after one warning. */
function invalidManifest(errors = 12): string {
  const lines = ['schema = 2', 'colour = "orange"', '', '[modules]']
  for (let i = 1; i <= errors; i++) lines.push(`m${i} = { crate = "crate-m${i}", source = "crates-io", version = "1", depends_on = ["ghost${i}"] }`)
  return lines.join('\n') + '\n'
}

let tmp: string
const savedEnv = { ...process.env }

function setInputs(inputs: Record<string, string>): void {
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
}

/** Writes `files` under tmp/<dir> and returns the working-directory input for it. */
function project(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(tmp, dir, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, text)
  }
  return dir
}

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, v]))
}

/** Everything added to the job summary, in call order, as one string. */
function summaryText(): string {
  const s = core.summary
  const parts: Array<[number, string]> = []
  const add = (mock: jest.Mock<(...args: never[]) => unknown>, fmt: (args: unknown[]) => string) =>
    mock.mock.calls.forEach((args, i) => parts.push([mock.mock.invocationCallOrder[i]!, fmt(args as unknown[])]))
  add(s.addHeading, (a) => String(a[0]))
  add(s.addRaw, (a) => String(a[0]))
  add(s.addCodeBlock, (a) => String(a[0]))
  add(s.addTable, (a) => JSON.stringify(a[0]))
  return parts.sort((x, y) => x[0] - y[0]).map((p) => p[1]).join('\n')
}

function tableRows(): unknown[][] {
  expect(core.summary.addTable).toHaveBeenCalledTimes(1)
  return core.summary.addTable.mock.calls[0]![0] as unknown[][]
}

beforeEach(() => {
  jest.clearAllMocks()
  tmp = mkdtempSync(path.join(tmpdir(), 'mr-main-'))
  process.env.GITHUB_WORKSPACE = tmp
  process.env.GITHUB_STEP_SUMMARY = path.join(tmp, 'summary.md')
})

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true })
  process.env = { ...savedEnv }
})

describe('command: validate', () => {
  describeRustok('on the RusToK fixture', () => {
  it('accepts the RusToK fixture: valid=true, a manifest_hash, no failure', async () => {
    process.env.GITHUB_WORKSPACE = path.dirname(rustokDir())
    setInputs({ command: 'validate', 'working-directory': path.basename(rustokDir()) })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.error).not.toHaveBeenCalled()
    expect(outputs().valid).toBe('true')
    expect(outputs().manifest_hash).toMatch(HASH)
    expect(core.group).toHaveBeenCalledWith('Validate modules.toml', expect.any(Function))
    expect(summaryText()).toContain('modules.toml is valid')
    expect(summaryText()).toContain(String(outputs().manifest_hash))
    expect(core.summary.write).toHaveBeenCalledTimes(1)
  })
  })

  it('defaults command, manifest and working-directory when the inputs are empty', async () => {
    process.env.GITHUB_WORKSPACE = SHOP
    setInputs({})
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs().valid).toBe('true')
  })

  it('annotates the first 10 of 12 errors on their line, lists all 12 in the summary, fails once', async () => {
    const wd = project('platform/app', { 'modules.toml': invalidManifest(12) })
    setInputs({ command: 'validate', 'working-directory': wd })
    await run()

    expect(core.error).toHaveBeenCalledTimes(10)
    core.error.mock.calls.forEach(([message, props], i) => {
      expect(props).toEqual({ file: 'platform/app/modules.toml', startLine: 5 + i, startColumn: 1, title: 'unknown-dependency' })
      expect(message).toContain(`Module 'm${i + 1}' depends on missing modules: ghost${i + 1}`)
    })
    // the warning (line 2) sorts before the errors but is not annotated: the 10 slots go to errors
    expect(core.warning).not.toHaveBeenCalled()

    const rows = tableRows()
    expect(rows).toHaveLength(1 + 13) // header + 12 errors + 1 warning
    const body = rows.slice(1)
    expect(body.filter((r) => r[1] === 'error')).toHaveLength(12)
    expect(body.filter((r) => r[1] === 'warning')).toHaveLength(1)
    for (let i = 1; i <= 12; i++) expect(JSON.stringify(body)).toContain(`ghost${i}`)
    expect(summaryText()).toContain('12 errors, 1 warning — 10 shown as annotations, all listed below')
    expect(summaryText()).toContain('modules.toml is invalid')

    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]![0]).toMatch(/modules\.toml is invalid/)
    expect(outputs().valid).toBe('false')
    expect(outputs().manifest_hash).toMatch(HASH) // parseable, so still hashed
  })

  it('annotates errors before warnings even when a warning comes first in the file', async () => {
    const wd = project('p', { 'modules.toml': invalidManifest(2) })
    setInputs({ command: 'validate', 'working-directory': wd })
    await run()
    expect(core.error).toHaveBeenCalledTimes(2)
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('colour'), { file: 'p/modules.toml', startLine: 2, startColumn: 1, title: 'unknown-key' })
    const lastError = Math.max(...core.error.mock.invocationCallOrder)
    expect(core.warning.mock.invocationCallOrder[0]).toBeGreaterThan(lastError)
    expect(summaryText()).not.toContain('shown as annotations')
  })

  it('joins working-directory "." as a bare file name', async () => {
    project('.', { 'modules.toml': invalidManifest(1) })
    setInputs({ command: 'validate' })
    await run()
    expect(core.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ file: 'modules.toml', startLine: 5 }))
  })

  it('escapes a <script> module slug in the summary (and reports it as invalid-slug)', async () => {
    const wd = project('x', {
      'modules.toml': 'schema = 2\n\n[modules]\n"<script>alert(1)</script>" = { crate = "evil", source = "crates-io", version = "1" }\n'
    })
    setInputs({ command: 'validate', 'working-directory': wd })
    await run()
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('<script>'), expect.objectContaining({ title: 'invalid-slug', startLine: 4 }))
    const text = summaryText()
    expect(text).toContain('&#60;script&#62;')
    expect(text).not.toMatch(/<script/i)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(outputs().valid).toBe('false')
  })

  it('fails with an I/O message (no stack trace) when the manifest is missing', async () => {
    const wd = project('empty', { 'README.md': 'nothing here\n' })
    setInputs({ command: 'validate', 'working-directory': wd })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = core.setFailed.mock.calls[0]![0]
    expect(typeof message).toBe('string')
    expect(message).toMatch(/modules\.toml: cannot read: no such file/)
    expect(message).not.toMatch(/\n\s+at /)
    expect(core.error).not.toHaveBeenCalled()
  })
  it('fails (no stack trace) when working-directory does not exist', async () => {
    setInputs({ command: 'validate', 'working-directory': 'no/such/dir' })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = String(core.setFailed.mock.calls[0]![0])
    expect(message).toContain(path.join(tmp, 'no/such/dir'))
    expect(message).toMatch(/no such directory/)
    expect(message).toMatch(/working-directory/)
    expect(message).not.toMatch(/\n\s+at /)
  })
})

describe('command: hash', () => {
  const SCHEMA1 = 'schema = 1\n\n[modules]\nm1 = { crate = "crate-m1", source = "crates-io", version = "1" }\n'

  it('hashes a parseable but invalid (schema = 1) manifest without failing', async () => {
    const wd = project('h', { 'modules.toml': SCHEMA1 })
    setInputs({ command: 'hash', 'working-directory': wd })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.error).not.toHaveBeenCalled()
    expect(outputs().manifest_hash).toMatch(HASH)
    expect(core.info).toHaveBeenCalledWith(outputs().manifest_hash)
    expect(summaryText()).toContain(String(outputs().manifest_hash))
  })

  it('explains the changes against another manifest in the summary', async () => {
    const wd = project('h', { 'modules.toml': invalidManifest(2), 'base.toml': SCHEMA1 })
    setInputs({ command: 'hash', 'working-directory': wd, against: 'base.toml' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.summary.addCodeBlock).toHaveBeenCalledTimes(1)
    const block = core.summary.addCodeBlock.mock.calls[0]![0]
    expect(block).toContain(`manifest_hash ${String(outputs().manifest_hash)}`)
    expect(block).toMatch(/changes:\n(.*\n)*\s+\+ colour/)
    expect(block).toMatch(/~ modules\.m1 \(depends_on\)/)
    expect(block).toMatch(/\+ modules\.m2/)
    expect(block).toMatch(/~ schema/)
  })

  it('fails on TOML that does not parse, with an annotation and an empty hash', async () => {
    const wd = project('bad', { 'modules.toml': 'schema = 2\n[modules\n' })
    setInputs({ command: 'hash', 'working-directory': wd })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ file: 'bad/modules.toml', title: 'toml-syntax' }))
    expect(outputs()).toEqual({ valid: 'false', manifest_hash: '' })
  })
})

describe('inputs', () => {
  it('rejects an unknown command, naming the allowed values', async () => {
    setInputs({ command: 'lint' })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = String(core.setFailed.mock.calls[0]![0])
    expect(message).toContain("'lint'")
    expect(message).toContain('validate')
    expect(message).toContain('hash')
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  it('rejects against with command validate, naming both inputs', async () => {
    process.env.GITHUB_WORKSPACE = SHOP
    setInputs({ command: 'validate', against: 'base.toml' })
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = String(core.setFailed.mock.calls[0]![0])
    expect(message).toContain("'against'")
    expect(message).toContain('command')
    expect(core.setOutput).not.toHaveBeenCalled()
  })
})
