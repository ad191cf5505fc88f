/**
 * `modules-rebuild schemas [--out DIR]` as a user runs it (the built dist/cli.js as a process):
 * what it prints and writes is exactly the published schema/*.json, the example's files are valid
 * against them, and --out refuses what the one write path refuses (a file, a link out of DIR),
 * all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ensureBuilt, files, publishedSchema, REPO, runBuilt, SCHEMA_DIR } from './cli-process.js'
import { cleanup, SHOP, tempDir } from './plan-helpers.js'

// Every test runs the built CLI or action as processes, several per test: slow on a loaded 2-core machine.
jest.setTimeout(120_000)

beforeAll(ensureBuilt, 300_000)
afterAll(cleanup)

const USAGE = 'usage: modules-rebuild schemas [--out DIR]'
const PUBLISHED = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort()

describe('schemas', () => {
  it('prints one JSON object: every published schema by file name, equal to schema/<name>', async () => {
    const p = await runBuilt(['schemas'], tempDir('cwd'))
    expect(p.code).toBe(0)
    expect(p.stderr).toBe('')
    const printed = JSON.parse(p.stdout) as Record<string, unknown>
    expect(Object.keys(printed).sort()).toEqual(PUBLISHED)
    for (const name of PUBLISHED) expect([name, printed[name]]).toEqual([name, JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8'))])
  })

  it('--out DIR (relative to the cwd, created with its parents) writes the published bytes; a rerun changes nothing', async () => {
    const cwd = tempDir('cwd')
    const p = await runBuilt(['schemas', '--out', 'a/b'], cwd)
    expect(p.code).toBe(0)
    const out = path.join(cwd, 'a', 'b')
    const written = files(out)
    expect([...written.keys()].sort()).toEqual(PUBLISHED)
    for (const name of PUBLISHED) expect([name, written.get(name)]).toEqual([name, readFileSync(path.join(SCHEMA_DIR, name), 'latin1')])
    expect(p.stdout.startsWith('wrote ')).toBe(true)
    expect(p.stdout.trim().slice('wrote '.length).split(', ').sort()).toEqual(PUBLISHED.map((n) => `a/b/${n}`))
    expect((await runBuilt(['schemas', '--out', 'a/b'], cwd)).code).toBe(0)
    expect(files(out)).toEqual(written)
  })

  it('the example\'s modules.toml, modules-rebuild.toml and marketplace.toml are valid against the published schemas', () => {
    const cases: Array<[string, string]> = [
      ['modules.toml', 'modules.schema.json'],
      ['modules-rebuild.toml', 'modules-rebuild.schema.json'],
      ['marketplace.toml', 'marketplace.schema.json']
    ]
    for (const [file, schema] of cases) {
      const doc = parseToml(readFileSync(path.join(SHOP, file), 'utf8'))
      expect([file, publishedSchema(schema)(doc)]).toEqual([file, []])
    }
    // ... and a broken one is not (the check can fail).
    expect(publishedSchema('modules.schema.json')({ schema: 2, modules: { blog: { crate: 1 } } })).not.toEqual([])
  })

  it('--out naming a file: exit 2, io-error; the file keeps its bytes', async () => {
    const cwd = tempDir('cwd')
    writeFileSync(path.join(cwd, 'taken'), 'mine\n')
    const p = await runBuilt(['schemas', '--out', 'taken'], cwd)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: .*taken: not a directory$/m)
    expect(p.stdout).toBe('')
    expect(readFileSync(path.join(cwd, 'taken'), 'utf8')).toBe('mine\n')
  })

  it('--out under a file (a parent that is not a directory): exit 2, nothing created', async () => {
    const cwd = tempDir('cwd')
    writeFileSync(path.join(cwd, 'file'), 'x')
    const p = await runBuilt(['schemas', '--out', 'file/sub'], cwd)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: /m)
    expect([...files(cwd).keys()]).toEqual(['file'])
  })

  it('a schema file in DIR that is a link out of DIR: exit 2, refused before anything is written (all or nothing)', async () => {
    const cwd = tempDir('cwd')
    const outside = path.join(tempDir('outside'), 'victim.json')
    writeFileSync(outside, 'precious\n')
    mkdirSync(path.join(cwd, 'out'))
    symlinkSync(outside, path.join(cwd, 'out', 'release-plan.schema.json'))
    const p = await runBuilt(['schemas', '--out', 'out'], cwd)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: release-plan\.schema\.json: refusing to write: /m)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    // Not one of the other schemas was written either.
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['release-plan.schema.json'])
  })

  it.each([
    ['--format (schemas has none)', ['--format', 'json'], /^error: Unknown option '--format'/],
    ['a positional argument', ['extra'], /^error: Unexpected argument 'extra'/],
    ['--out without a value', ['--out'], /^error: Option '--out <value>' argument missing/]
  ])('%s: exit 2 with the usage', async (_what, argv, message) => {
    const p = await runBuilt(['schemas', ...argv], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(message)
    expect(p.stderr.endsWith(`\n${USAGE}\n`)).toBe(true)
    expect(p.stdout).toBe('')
  })

  it('--help: exit 0', async () => {
    const p = await runBuilt(['schemas', '--help'], REPO)
    expect(p.code).toBe(0)
    expect(p.stdout.split('\n')[0]).toBe(USAGE.replace('usage: ', ''))
  })
})
