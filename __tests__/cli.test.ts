/** The CLI contract: output shapes, `hash`, exit codes, usage. runCli runs in-process. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cli } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version


const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-cli-'))
  temps.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const HEAD = 'schema = 2\napp = "rustok-server"\n\n[build.server]\nembed_admin = true\nembed_storefront = true\n\n[modules]\n'
const SEO = 'seo = { crate = "rustok-seo", source = "crates-io", version = "0.1" }\n'
const BLOG = 'blog = { crate = "rustok-blog", source = "crates-io", version = "0.1" }\n'
const FORUM = 'forum = { crate = "rustok-forum", source = "crates-io", version = "0.1" }\n'

const DIAG_KEYS = ['column', 'file', 'hint', 'line', 'message', 'rule']
const REPORT_KEYS = ['errors', 'manifest_hash', 'ok', 'warnings']

describe('--format json', () => {
  it('has exactly {ok, manifest_hash, errors[{file,line,column,rule,message,hint}], warnings[...]} (invalid project)', async () => {
    const dir = project({ 'modules.toml': `${HEAD}blog = { crate = "rustok-blog", source = "crates-io", version = "0.1", depends_on = ["comments"] }\nseo = { crate = "rustok-seo", source = "git", git = "https://github.com/RustokCMS/rustok-seo.git", rev = "main" }\n` })
    const { code, stdout, stderr } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS)
    expect(report.ok).toBe(false)
    expect(report.manifest_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    const errors = report.errors as Array<Record<string, unknown>>
    const warnings = report.warnings as Array<Record<string, unknown>>
    expect(errors).toHaveLength(1)
    expect(warnings).toHaveLength(1)
    for (const d of [...errors, ...warnings]) {
      expect(Object.keys(d).sort()).toEqual(DIAG_KEYS)
      expect(d).toEqual({ file: 'modules.toml', line: expect.any(Number), column: expect.any(Number), rule: expect.any(String), message: expect.any(String), hint: expect.any(String) })
    }
    expect(errors[0]).toMatchObject({ rule: 'unknown-dependency', line: 9, column: 1 })
    expect(warnings[0]).toMatchObject({ rule: 'unpinned-git-rev', line: 10 })
  })

  it('same shape for a valid project (examples/shop): ok true, empty lists', async () => {
    const { code, stdout } = await cli(['validate', '--root', SHOP, '--format', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS)
    expect(report).toEqual({ ok: true, manifest_hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), errors: [], warnings: [] })
  })

  it('same shape when the manifest cannot be parsed: manifest_hash null, diagnostic with null location', async () => {
    const dir = project({ 'modules.toml': '' })
    const { code, stdout } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS)
    expect(report).toEqual({ ok: false, manifest_hash: null, errors: [{ file: 'modules.toml', line: null, column: null, rule: 'empty-file', message: expect.any(String), hint: expect.any(String) }], warnings: [] })
  })

  it('a missing manifest with --format json still prints the JSON shape, with rule io-error (exit 2)', async () => {
    const dir = project({})
    const { code, stdout, stderr } = await cli(['validate', '--root', dir, '--format', 'json'])
    expect(code).toBe(2)
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS)
    expect(report.ok).toBe(false)
    expect((report.errors as Array<Record<string, unknown>>).map((e) => e.rule)).toEqual(['io-error'])
    expect(Object.keys((report.errors as Array<Record<string, unknown>>)[0]!).sort()).toEqual(DIAG_KEYS)
    expect(stderr).toMatch(/error\[io-error\]: modules\.toml: cannot read: no such file/)
  })
})

describe('hash', () => {
  it('prints sha256:<64 hex> alone on a line (and nothing else)', async () => {
    const { code, stdout, stderr } = await cli(['hash', '--root', SHOP])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('equals the manifest_hash that validate reports', async () => {
    const hash = (await cli(['hash', '--root', SHOP])).stdout
    const report = JSON.parse((await cli(['validate', '--root', SHOP, '--format', 'json'])).stdout) as { manifest_hash: string }
    expect(report.manifest_hash).toBe(hash)
  })

  it('works on a manifest that does not validate (schema 1) but parses', async () => {
    const dir = project({ 'modules.toml': 'schema = 1\n\n[build]\ndeployment_profile = "monolith"\n\n[modules]\nblog = { crate = "rustok-blog", path = "crates/rustok-blog" }\n' })
    expect((await cli(['validate', '--root', dir])).code).toBe(1)
    const { code, stdout } = await cli(['hash', '--root', dir])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^sha256:[0-9a-f]{64}$/)
    const json = await cli(['hash', '--root', dir, '--format', 'json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, manifest_hash: stdout, errors: [], warnings: [] })
  })

  it('fails with exit 1 on a manifest that does not parse', async () => {
    const dir = project({ 'modules.toml': 'schema = 2\n[modules\n' })
    const { code, stdout, stderr } = await cli(['hash', '--root', dir])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^modules\.toml:2:\d+: error\[toml-syntax\]: /m)
  })

  it('ignores comments, key order and inline-vs-table form', async () => {
    const a = project({ 'modules.toml': `${HEAD}${BLOG}${SEO}` })
    const b = project({ 'modules.toml': `# comment\nschema = 2\napp = "rustok-server"\n\n[modules.seo]\nversion = "0.1"\nsource = "crates-io"\ncrate = "rustok-seo"\n\n[modules.blog]\ncrate = "rustok-blog"\nsource = "crates-io"\nversion = "0.1"\n\n[build.server]\nembed_storefront = true\nembed_admin = true\n` })
    expect((await cli(['hash', '--root', a])).stdout).toBe((await cli(['hash', '--root', b])).stdout)
  })

  it('--explain --against other.toml lists the changed modules', async () => {
    const dir = project({
      'modules.toml': `${HEAD}${BLOG.replace('"0.1"', '"0.2"')}${FORUM}`,
      'old.toml': `${HEAD}${BLOG}${SEO}`
    })
    const { code, stdout } = await cli(['hash', '--root', dir, '--explain', '--against', 'old.toml'])
    expect(code).toBe(0)
    const hash = (await cli(['hash', '--root', dir])).stdout
    expect(stdout).toContain(`manifest_hash ${hash}`)
    const changes = stdout.slice(stdout.indexOf('changes:')).split('\n').slice(1).map((l) => l.trim())
    expect(changes).toEqual(['~ modules.blog (version)', '+ modules.forum', '- modules.seo'])

    const json = JSON.parse((await cli(['hash', '--root', dir, '--explain', '--against', 'old.toml', '--format', 'json'])).stdout) as { explain: { changes: unknown[] } }
    expect(json.explain.changes).toEqual([
      { path: 'modules.blog', kind: 'changed', keys: ['version'] },
      { path: 'modules.forum', kind: 'added' },
      { path: 'modules.seo', kind: 'removed' }
    ])
  })

  it('--against an identical document says there are no changes', async () => {
    const dir = project({ 'modules.toml': `${HEAD}${BLOG}`, 'same.toml': `${HEAD}${BLOG}` })
    const { code, stdout } = await cli(['hash', '--root', dir, '--against', 'same.toml'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^no changes$/m)
  })

  it('--against a missing file is exit 2', async () => {
    const dir = project({ 'modules.toml': `${HEAD}${BLOG}` })
    expect((await cli(['hash', '--root', dir, '--against', 'nope.toml'])).code).toBe(2)
  })
})

describe('exit codes and usage', () => {
  it.each([
    ['a missing --root directory', (dir: string) => ['validate', '--root', path.join(dir, 'does-not-exist')]],
    ['--root that is a file', (dir: string) => ['validate', '--root', path.join(dir, 'modules.toml')]],
    ['a missing manifest file', (dir: string) => ['validate', '--root', dir, '--manifest', 'other.toml']],
    ['a manifest that is a directory', (dir: string) => ['validate', '--root', dir, '--manifest', 'crates']],
    ['an unknown option', (dir: string) => ['validate', '--root', dir, '--frobnicate']],
    ['an unknown command', () => ['frobnicate']],
    ['--format yaml', (dir: string) => ['validate', '--root', dir, '--format', 'yaml']],
    ['--format yaml on hash', (dir: string) => ['hash', '--root', dir, '--format', 'yaml']],
    ['a missing --root for hash', (dir: string) => ['hash', '--root', path.join(dir, 'does-not-exist')]],
    ['an unexpected positional argument', (dir: string) => ['validate', '--root', dir, 'extra']],
    ['no command at all', () => []]
  ])('exit 2 for %s', async (_what, argv) => {
    const dir = project({ 'modules.toml': `${HEAD}${BLOG}`, 'crates/.keep': '' })
    const { code, stderr, stdout } = await cli(argv(dir))
    expect(code).toBe(2)
    expect(stderr + stdout).not.toBe('')
  })

  it('the message for --format yaml names the allowed formats', async () => {
    const { stderr } = await cli(['validate', '--format', 'yaml'])
    expect(stderr).toContain('--format must be text or json')
  })

  it('an unknown command prints the usage', async () => {
    const { stderr } = await cli(['frobnicate'])
    expect(stderr).toContain("unknown command 'frobnicate'")
    expect(stderr).toContain('modules-rebuild validate')
  })

  it('exit 0 for --help; the usage lists validate and hash', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}modules-rebuild validate /m)
    expect(stdout).toMatch(/^ {2}modules-rebuild hash /m)
    expect(stdout).toContain('Exit codes: 0 ok')
  })

  it('exit 0 for `<command> --help`', async () => {
    for (const c of ['validate', 'hash']) {
      const { code, stdout } = await cli([c, '--help'])
      expect(code).toBe(0)
      expect(stdout).toContain(`modules-rebuild ${c}`)
    }
  })

  it('exit 0 for --version, which prints the package.json version', async () => {
    const { code, stdout } = await cli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(PACKAGE_VERSION)
  })

  it('--root is resolved against the cwd of the io', async () => {
    const dir = project({ 'modules.toml': `${HEAD}${BLOG}` })
    const { code, stdout } = await cli(['validate'], dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ok: 1 modules?, 0 package manifests/m)
  })
})
