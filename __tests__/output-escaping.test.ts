/**
 * One escaper for the runner log and one for the terminal (security review #5 and #10): no
 * printed line is a workflow command, no display string moves the cursor, clears the screen or
 * opens a hyperlink. Every print path of the action goes through src/drivers/action/log.ts.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { logText, terminalText } from '../src/core/diagnostics/output.js'
import { cli } from './cli-helpers.js'

const temps: string[] = []
const saved = process.env.GITHUB_ACTIONS
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true })
  if (saved === undefined) delete process.env.GITHUB_ACTIONS
  else process.env.GITHUB_ACTIONS = saved
})

/** The lines a runner would see (it splits on CR and LF), none of which may be a command. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/)
const isCommand = (line: string) => /^[\s\u0085]*::/.test(line) || line.includes('##[')

describe('logText', () => {
  it.each([
    '// x\r::warning title=spoof::INJECTED',
    'a\n::error::x',
    '   ::add-mask::secret',
    '\t::stop-commands::tok',
    '\u0085::set-output name=a::b',
    'x ##[error]legacy',
    '::endgroup::\r\n::group::y'
  ])('neutralises %j', (text) => {
    const out = logText(text)
    for (const line of runnerLines(out)) expect(isCommand(line)).toBe(false)
  })
  it('leaves other text alone', () => {
    expect(logText('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a: b\n+c::d')).toBe('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a: b\n+c::d')
    expect(logText('::warning::x')).toBe('\\::warning::x')
  })
})

describe('terminalText', () => {
  it('shows control characters instead of obeying them; keeps line feed and tab', () => {
    expect(terminalText('a\u001b[2Jb')).toBe('a\\e[2Jb')
    expect(terminalText('\u001b]8;;https://evil\u0007link\u001b]8;;\u0007')).toBe('\\e]8;;https://evil\\u0007link\\e]8;;\\u0007')
    expect(terminalText('over\rwrite')).toBe('over\\rwrite')
    expect(terminalText('a\r\nb\tc\n')).toBe('a\nb\tc\n')
    expect(terminalText('\u009b31m \u202eevil \u007f')).toBe('\\u009B31m \\u202Eevil \\u007F')
    expect(terminalText('plain — ünïcode')).toBe('plain — ünïcode')
  })
})

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-escape-'))
  temps.push(dir)
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t)
  return dir
}

const CATALOG = [
  'schema = 1',
  '[modules.evil]',
  'slug = "evil"',
  'name = "Evil"',
  'description = "a\\u001b[2J\\u001b]8;;https://x.example\\u0007click\\u001b]8;;\\u0007\\rhidden\\n::error::spoof"',
  'source = "crates-io"',
  'crate = "evil"',
  'version = "1.0.0"',
  ''
].join('\n')

describe('the CLI', () => {
  it('catalog list prints no ESC, OSC-8 or CR from a catalog description', async () => {
    const dir = project({ 'marketplace.toml': CATALOG })
    const r = await cli(['catalog', 'list', '--root', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Evil — a\\e[2J\\e]8;;https://x.example\\u0007click\\e]8;;\\u0007\\rhidden')
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
  })

  it('in a GitHub Actions job no printed line is a workflow command', async () => {
    process.env.GITHUB_ACTIONS = 'true'
    const dir = project({ 'marketplace.toml': CATALOG })
    const r = await cli(['catalog', 'list', '--root', dir])
    expect(r.stdout).toContain('spoof')
    for (const line of runnerLines(`${r.stdout}\n${r.stderr}`)) expect(isCommand(line)).toBe(false)
  })

  it('validate prints a key holding ESC[2J or a line break plus ::error:: escaped', async () => {
    process.env.GITHUB_ACTIONS = 'true'
    const dir = project({ 'modules.toml': 'schema = 2\napp = "srv"\n[modules]\n"a\\u001b[2J" = { crate = "a", source = "path", path = "a" }\n"b\\n::error::spoof" = { crate = "b", source = "path", path = "b" }\n' })
    const r = await cli(['validate', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('spoof')
    expect(r.stderr).not.toContain('\u001b')
    for (const line of runnerLines(r.stderr)) expect(isCommand(line)).toBe(false)
  })
})

describe('the action', () => {
  it('prints only through src/drivers/action/log.ts: no direct core.info / warning / error / notice / setFailed / group / console / stdout', () => {
    const files: string[] = []
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e)
        if (statSync(p).isDirectory()) walk(p)
        else if (p.endsWith('.ts')) files.push(p)
      }
    }
    walk(path.join(process.cwd(), 'src'))
    const offenders = files
      .filter((f) => !f.endsWith(path.join('action', 'log.ts')) && !f.endsWith('templates.generated.ts'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((l, i) => [f, i + 1, l] as const))
      .filter(([, , l]) => /\bcore\.(info|warning|error|notice|setFailed|startGroup|group|debug)\(|console\.(log|error|warn|info)\(|process\.std(out|err)\.write\(|\bwriteSync\(\s*[12]\b/.test(l))
      .map(([f, n]) => `${path.relative(process.cwd(), f)}:${n}`)
    // The CLI writes the lines runCli has already escaped (safeIo) through src/drivers/cli/stdio.ts,
    // whose descriptors and stream the entry point passes in: no file prints on its own.
    expect(offenders).toEqual([])
  })
})
