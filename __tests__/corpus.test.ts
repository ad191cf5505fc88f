/**
 * The corpus of bad manifests (__tests__/corpus/<case>/): every case is a small project that must
 * fail validation (exit 1) with the diagnostic its expect.json names, in JSON and in text form.
 * Large hostile inputs are generated here, in temp directories, instead of being committed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RULES, VALIDATION_RULES } from '../src/core/diagnostics/rules.js'
import { cli, type Report } from './cli-helpers.js'

const CORPUS = path.join(process.cwd(), '__tests__', 'corpus')

interface Expect {
  rule: string
  file: string
  line: number | null
  description: string
  message_includes?: string
  /** Other error rules this case also (legitimately) produces; any other error fails the case. */
  also?: string[]
}


const cases = readdirSync(CORPUS)
  .filter((name) => statSync(path.join(CORPUS, name)).isDirectory())
  .sort()
  .map((name) => ({ name, dir: path.join(CORPUS, name), expect: JSON.parse(readFileSync(path.join(CORPUS, name, 'expect.json'), 'utf8')) as Expect }))

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('corpus of bad manifests', () => {
  it('has at least 45 cases, each with a well-formed expect.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45)
    for (const c of cases) {
      expect(Object.keys(RULES)).toContain(c.expect.rule)
      expect(typeof c.expect.file).toBe('string')
      expect(c.expect.line === null || (Number.isInteger(c.expect.line) && c.expect.line > 0)).toBe(true)
      expect(c.expect.description.length).toBeGreaterThan(10)
      expect(statSync(path.join(c.dir, 'modules.toml')).isFile()).toBe(true)
    }
  })

  describe.each(cases)('$name', ({ dir, expect: exp }) => {
    it(`json: exit 1 with ${exp.rule} at ${exp.file}:${exp.line ?? '-'}`, async () => {
      const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
      const report = JSON.parse(stdout) as Report
      const summary = report.errors.map((e) => `${e.rule} ${e.file}:${e.line}:${e.column} ${e.message}`)
      expect(code).toBe(1)
      expect(report.ok).toBe(false)
      // Rule, file and line together (columns are not asserted).
      expect(summary).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRe(exp.rule)} ${escapeRe(exp.file)}:${exp.line}:`)))
      const hit = report.errors.find((e) => e.rule === exp.rule && e.file === exp.file && e.line === exp.line)!
      if (exp.message_includes !== undefined) expect(hit.message).toContain(exp.message_includes)
      expect(hit.hint).toEqual(expect.any(String))
      // The case shows one problem: no error of an unrelated rule sneaks in.
      const allowed = new Set([exp.rule, ...(exp.also ?? [])])
      expect(report.errors.filter((e) => !allowed.has(e.rule)).map((e) => `${e.rule}: ${e.message}`)).toEqual([])
    })

    it('text: `file:line:col: error[rule]: …` followed by a hint line', async () => {
      const { code, stderr } = await cli(['validate', '--root', dir])
      expect(code).toBe(1)
      const lines = stderr.split('\n')
      const where = exp.line === null ? escapeRe(exp.file) : `${escapeRe(exp.file)}:${exp.line}:\\d+`
      const head = new RegExp(`^${where}: error\\[${escapeRe(exp.rule)}\\]: `)
      const i = lines.findIndex((l) => head.test(l))
      expect(i).toBeGreaterThanOrEqual(0)
      expect(lines[i + 1]).toMatch(/^ {2}hint: \S/)
      expect(lines[lines.length - 1]).toMatch(/^invalid: \d+ errors?, \d+ warnings?$/)
    })
  })
})

// ── Generated hostile inputs ─────────────────────────────────────────────────────────────────────

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** A temp project holding only `modules.toml` with `content`. */
function project(content: string | Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-corpus-'))
  temps.push(dir)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'modules.toml'), content)
  return dir
}

const HEAD = 'schema = 2\napp = "rustok-server"\n\n[modules]\n'

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be reproduced. */
function garbage(bytes: number, printable: boolean): Buffer {
  const buf = Buffer.alloc(bytes)
  let x = 0x9e3779b9
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    const r = x >>> 0
    buf[i] = printable ? 0x20 + (r % 95) : r & 0xff
  }
  return buf
}

/** Rules the generated tests below are known to cover (the coverage test counts them). */
const GENERATED_RULES = ['limit-exceeded', 'toml-syntax', 'binary-content']

describe('generated hostile inputs', () => {
  it.each([
    ['arrays', 'features = ' + '['.repeat(5000) + ']'.repeat(5000)],
    ['inline tables', 'features = [' + '{ a = '.repeat(5000) + '1' + ' }'.repeat(5000) + ']']
  ])('5,000-deep nested inline %s: exit 1 with limit-exceeded or toml-syntax, no crash', async (_what, value) => {
    const dir = project(`${HEAD}blog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", ${value} }\n`)
    const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    expect(report.errors).toHaveLength(1)
    expect(['limit-exceeded', 'toml-syntax']).toContain(report.errors[0]!.rule)
    expect(report.errors[0]!.line).toBe(5)
    // `hash` reads the same document: it must fail the same way, not throw.
    const hash = await cli(['hash', '--root', dir])
    expect(hash.code).toBe(1)
  })

  it('a 10,000-element depends_on: exit 1 with limit-exceeded', async () => {
    const deps = Array.from({ length: 10_000 }, (_, i) => `"m${i}"`).join(', ')
    const dir = project(`${HEAD}blog = { crate = "rustok-blog", source = "crates-io", version = "0.1", depends_on = [${deps}] }\n`)
    const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    expect(report.errors.map((e) => e.rule)).toEqual(['limit-exceeded'])
    expect(report.errors[0]!.message).toContain('modules.blog.depends_on')
  })

  it.each([
    ['printable garbage', () => garbage(11 * 1024 * 1024, true), ['toml-syntax']],
    ['binary garbage', () => garbage(11 * 1024 * 1024, false), ['binary-content']],
    ['one unclosed 11 MB string', () => Buffer.from(`schema = 2\napp = "${'x'.repeat(11 * 1024 * 1024)}\n`), ['toml-syntax']]
  ])('11 MB of %s: exit 1 (its speed: npm run bench)', async (_what, make, rules) => {
    const dir = project(make())
    const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as Report).errors.map((e) => e.rule)).toEqual(rules)
  }, 30_000)

  it('a file over the 32 MiB size limit: exit 1 with limit-exceeded, before parsing', async () => {
    const dir = project(Buffer.from(`schema = 2\n# ${'x'.repeat(33 * 1024 * 1024)}\n`))
    const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as Report).errors.map((e) => e.rule)).toEqual(['limit-exceeded'])
  }, 30_000)
})

// ── Coverage of the rule list ────────────────────────────────────────────────────────────────────

/** Warning-only rules: a corpus case must exit 1, so these are asserted in validate.test.ts. */
const WARNING_RULES_COVERED_IN_VALIDATE_TEST = ['unknown-key', 'deprecated-key', 'unpinned-git-rev']
/** Cannot come from the files of a project (a missing/unreadable manifest is exit 2): see cli.test.ts. */
const NOT_FROM_FILES = ['io-error']

describe('rule coverage', () => {
  it('every validation rule id (except io-error) has a corpus case or a validate.test.ts assertion', () => {
    const covered = new Set([...cases.map((c) => c.expect.rule), ...GENERATED_RULES, ...WARNING_RULES_COVERED_IN_VALIDATE_TEST])
    const missing = Object.keys(VALIDATION_RULES).filter((r) => !NOT_FROM_FILES.includes(r) && !covered.has(r))
    expect(missing).toEqual([])
    // Nothing covered that does not exist.
    expect([...covered].filter((r) => !(r in RULES))).toEqual([])
  })

  it('the warning rules covered elsewhere really are asserted in validate.test.ts', () => {
    const text = readFileSync(path.join(process.cwd(), '__tests__', 'validate.test.ts'), 'utf8')
    for (const rule of WARNING_RULES_COVERED_IN_VALIDATE_TEST) expect(text).toContain(`'${rule}'`)
  })
})
