/**
 * `validate` on whole projects: RusToK's real fixture, warning-only rules (exit 0), reporting every
 * problem at once, and where diagnostics point.
 */
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import fs, { mkdirSync, mkdtempSync, promises as fsp, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { filesNeeded, readManifest } from '../src/core/project/project.js'
import { cli, type Report } from './cli-helpers.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'



async function validateJson(root: string): Promise<{ code: number; report: Report }> {
  const { code, stdout } = await cli(['validate', '--root', root, '--format', 'json'])
  return { code, report: JSON.parse(stdout) as Report }
}

// ── temp projects ──────────────────────────────────────────────────────────────────────────────

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-validate-'))
  temps.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const pascal = (s: string) => s.split(/[_-]/).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('')

/** A valid package manifest in RusToK's style. */
function pkg(slug: string, deps: string[] = [], trust = 'verified'): string {
  const lines = ['[module]', `slug = "${slug}"`, `name = "${pascal(slug)}"`, 'version = "0.1.0"', `description = "${pascal(slug)} module"`, 'ownership = "first_party"', `trust_level = "${trust}"`, 'ui_classification = "no_ui"']
  if (deps.length) lines.push('', '[dependencies]', ...deps.map((d) => `${d} = { version_req = ">=0.1.0" }`))
  lines.push('', '[crate]', `entry_type = "${pascal(slug)}Module"`)
  return lines.join('\n') + '\n'
}

const HEAD = `# RusToK Module Manifest
schema = 2
app = "rustok-server"

[build]
profile = "release"

[build.server]
embed_admin = true
embed_storefront = true
`
const CONTENT = 'content = { crate = "rustok-content", source = "path", path = "crates/rustok-content" }'
const PKG_CONTENT = { 'crates/rustok-content/rustok-module.toml': pkg('content') }

const lineOf = (text: string, marker: string) => text.split('\n').findIndex((l) => l.includes(marker)) + 1

// ── RusToK's real fixture ──────────────────────────────────────────────────────────────────────

describeRustok("RusToK's real fixture", () => {
  const FIXTURE = rustokDir()
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('validates: exit 0, no errors, no warnings', async () => {
    const { code, report } = await validateJson(FIXTURE)
    expect(report.errors).toEqual([])
    // Warnings would be allowed (exit 0), but the snapshot has none: list them if that changes.
    expect(report.warnings.map((w) => `${w.rule} ${w.file}:${w.line} ${w.message}`)).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.manifest_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(code).toBe(0)
  })

  it('has 50 modules and 50 package manifests (text summary)', async () => {
    const { code, stdout, stderr } = await cli(['validate', '--root', FIXTURE])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^ok: 50 modules, 50 package manifests \(0 errors, 0 warnings\)$/m)
    expect(stdout).toMatch(/^manifest_hash: sha256:[0-9a-f]{64}$/m)
  })

  it('never reads crates/rustok-tax (not in modules.toml; its ui_classification = "none" is invalid)', async () => {
    const taxManifest = path.join(FIXTURE, 'crates', 'rustok-tax', 'rustok-module.toml')
    expect(readFileSync(taxManifest, 'utf8')).toContain('ui_classification = "none"')
    // (rustok-taxonomy is installed; rustok-tax is not)
    expect(readFileSync(path.join(FIXTURE, 'modules.toml'), 'utf8')).not.toMatch(/rustok-tax\b(?!onomy)/)

    // 1. The pure core never asks for it.
    const stage = readManifest('modules.toml', readFileSync(path.join(FIXTURE, 'modules.toml'), 'utf8'))
    const wanted = filesNeeded(stage)
    expect(wanted).toContain('crates/rustok-blog/rustok-module.toml')
    expect(wanted.filter((f) => f.startsWith('crates/rustok-tax/'))).toEqual([])

    // 2. The adapter never opens it: the manifest is read with fs.promises.readFile, the files it
    //    points at with fs.readFileSync or (a package manifest's first name) fs.openSync; spy on all three.
    const read: string[] = []
    const original = fsp.readFile.bind(fsp)
    jest.spyOn(fsp, 'readFile').mockImplementation(((p: Parameters<typeof fsp.readFile>[0], ...rest: unknown[]) => {
      read.push(String(p))
      return (original as (...a: unknown[]) => unknown)(p, ...rest)
    }) as typeof fsp.readFile)
    const originalSync = fs.readFileSync.bind(fs)
    jest.spyOn(fs, 'readFileSync').mockImplementation(((p: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
      read.push(String(p))
      return (originalSync as (...a: unknown[]) => unknown)(p, ...rest)
    }) as typeof fs.readFileSync)
    const originalOpen = fs.openSync.bind(fs)
    jest.spyOn(fs, 'openSync').mockImplementation(((p: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
      read.push(String(p))
      return (originalOpen as (...a: unknown[]) => unknown)(p, ...rest)
    }) as typeof fs.openSync)
    const { code, stdout, stderr } = await cli(['validate', '--root', FIXTURE, '--format', 'json'])
    expect(code).toBe(0)
    expect(read.length).toBeGreaterThan(50) // the spy saw the reads (modules.toml + 50 package manifests + UI crates)
    expect(read.some((f) => f.endsWith(path.join('rustok-blog', 'rustok-module.toml')))).toBe(true)
    expect(read.filter((f) => f.includes(path.join('crates', 'rustok-tax') + path.sep))).toEqual([])

    // 3. The output names no rustok-tax file.
    expect(stdout + stderr).not.toMatch(/rustok-tax\b(?!onomy)/)
  })

  it('would reject rustok-tax if it were installed (so not reading it matters)', async () => {
    const dir = project({
      'modules.toml': `${HEAD}\n[modules]\ntax = { crate = "rustok-tax", source = "path", path = "crates/rustok-tax" }\n`,
      'crates/rustok-tax/rustok-module.toml': readFileSync(path.join(FIXTURE, 'crates', 'rustok-tax', 'rustok-module.toml'), 'utf8')
    })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => `${e.rule} ${e.file}`)).toContain('invalid-value crates/rustok-tax/rustok-module.toml')
  })
})

// ── Warning-only rules: exit 0 ─────────────────────────────────────────────────────────────────

describe('warnings keep exit 0', () => {
  it("'unknown-key': `depend_on` in a module entry, with a did-you-mean", async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depend_on = ["content"] }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT, 'crates/rustok-blog/rustok-module.toml': pkg('blog') })
    const { code, report } = await validateJson(dir)
    expect(report.errors).toEqual([])
    expect(code).toBe(0)
    expect(report.ok).toBe(true)
    expect(report.warnings).toHaveLength(1)
    const w = report.warnings[0]!
    expect(w.rule).toBe('unknown-key')
    expect(w.file).toBe('modules.toml')
    expect(w.line).toBe(lineOf(toml, 'depend_on'))
    expect(w.message).toContain('did you mean `depends_on`')
    expect(w.hint).toContain('depends_on')

    const text = await cli(['validate', '--root', dir])
    expect(text.code).toBe(0)
    expect(text.stderr).toMatch(new RegExp(`^modules\\.toml:${w.line}:\\d+: warning\\[unknown-key\\]: .*did you mean \`depends_on\``, 'm'))
    expect(text.stdout).toMatch(/^ok: 2 modules, 2 package manifests \(0 errors, 1 warning\)$/m)
  })

  it("'unknown-key' in a package manifest section is a warning too", async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\n`
    const dir = project({ 'modules.toml': toml, 'crates/rustok-content/rustok-module.toml': pkg('content').replace('[module]\n', '[module]\ntrust = "core"\n') })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(0)
    expect(report.warnings.map((w) => [w.rule, w.file, w.line])).toEqual([['unknown-key', 'crates/rustok-content/rustok-module.toml', 2]])
  })

  it("'deprecated-key': build.deployment_profile", async () => {
    const toml = `${HEAD.replace('profile = "release"', 'profile = "release"\ndeployment_profile = "monolith"')}\n[modules]\n${CONTENT}\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    const { code, report } = await validateJson(dir)
    expect(report.errors).toEqual([])
    expect(code).toBe(0)
    expect(report.warnings.map((w) => [w.rule, w.file, w.line])).toEqual([['deprecated-key', 'modules.toml', lineOf(toml, 'deployment_profile')]])
    expect(report.warnings[0]!.message).toContain('deployment_profile')
    expect(report.warnings[0]!.hint).toContain('embed_admin = true')
  })

  it("'unpinned-git-rev': git rev \"main\"", async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nseo = { crate = "rustok-seo", source = "git", git = "https://github.com/RustokCMS/rustok-seo.git", rev = "main" }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    const { code, report } = await validateJson(dir)
    expect(report.errors).toEqual([])
    expect(code).toBe(0)
    expect(report.warnings.map((w) => [w.rule, w.file, w.line])).toEqual([['unpinned-git-rev', 'modules.toml', lineOf(toml, 'rev = "main"')]])
    expect(report.warnings[0]!.message).toContain("rev 'main'")
  })

  it('a full 40-hex rev gives no warning', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nseo = { crate = "rustok-seo", source = "git", git = "git@github.com:RustokCMS/rustok-seo.git", rev = "4ea8a0362bd1c4f2a1e5d2b7c9f0a1b2c3d4e5f6" }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(0)
    expect(report.warnings).toEqual([])
  })
})

// ── Report every problem at once ───────────────────────────────────────────────────────────────

describe('report every problem at once', () => {
  it('5 unrelated problems in different entries are all reported', async () => {
    const toml = `${HEAD}
[modules]
${CONTENT}
blog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depends_on = ["content", "comments"] }
forum = { crate = "rustok forum", source = "crates-io", version = "0.1" }
seo = { crate = "rustok-seo", source = "git", git = "ext::sh -c id", rev = "4ea8a0362bd1c4f2a1e5d2b7c9f0a1b2c3d4e5f6" }
pages = { crate = "rustok-pages", source = "crates-io", version = "0.1", required = "yes" }

[settings]
default_enabled = ["content", "search"]
`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT, 'crates/rustok-blog/rustok-module.toml': pkg('blog', ['content', 'comments']) })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => [e.rule, e.line])).toEqual([
      ['unknown-dependency', lineOf(toml, 'blog = {')],
      ['invalid-crate-name', lineOf(toml, 'forum = {')],
      ['invalid-git-url', lineOf(toml, 'seo = {')],
      ['invalid-type', lineOf(toml, 'pages = {')],
      ['default-enabled-unknown', lineOf(toml, 'default_enabled')]
    ])
    expect(report.warnings).toEqual([])
  })

  it('problems in modules.toml and in several package manifests come together', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depends_on = ["content"] }\npages = { crate = "rustok-pages", source = "path", path = "crates/rustok-pages" }\nforum = { crate = "rustok-forum", source = "path", path = "crates/rustok-forum" }\n\n[settings]\ndefault_enabled = ["blog"]\n`
    const dir = project({
      'modules.toml': toml,
      ...PKG_CONTENT,
      'crates/rustok-blog/rustok-module.toml': pkg('blog', ['content']).replace('version = "0.1.0"', 'version = "1"'),
      'crates/rustok-pages/rustok-module.toml': pkg('pages').replace('entry_type = "PagesModule"', 'entry_type = "Pages Module"')
    })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => `${e.rule} ${e.file}`)).toEqual([
      'invalid-version crates/rustok-blog/rustok-module.toml',
      'invalid-rust-path crates/rustok-pages/rustok-module.toml',
      'package-manifest-missing modules.toml',
      'default-enabled-not-closed modules.toml'
    ])
  })
})

// ── Location policy ────────────────────────────────────────────────────────────────────────────

describe('location policy', () => {
  it('table form: unknown-dependency points at the depends_on line, not at [modules.blog]', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\n\n[modules.blog]\ncrate = "rustok-blog"\nsource = "path"\npath = "crates/rustok-blog"\ndepends_on = ["content", "comments"]\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT, 'crates/rustok-blog/rustok-module.toml': pkg('blog', ['content', 'comments']) })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors).toHaveLength(1)
    const e = report.errors[0]!
    expect(e.rule).toBe('unknown-dependency')
    expect(e.message).toBe("Module 'blog' depends on missing modules: comments")
    expect(e.line).toBe(lineOf(toml, 'depends_on ='))
    expect(e.line).not.toBe(lineOf(toml, '[modules.blog]'))
    // At the missing element itself.
    expect(e.column).toBe(toml.split('\n')[e.line! - 1]!.indexOf('"comments"') + 1)
  })

  it('inline form: unknown-dependency points at the entry line, column 1', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depends_on = ["content", "comments"] }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT, 'crates/rustok-blog/rustok-module.toml': pkg('blog', ['content', 'comments']) })
    const { report } = await validateJson(dir)
    expect(report.errors.map((e) => [e.rule, e.line, e.column])).toEqual([['unknown-dependency', lineOf(toml, 'blog = {'), 1]])
  })

  it('inline form: an indented entry still points at its first column (the key)', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\n  blog = { crate = "rustok-blog", source = "crates-io", version = "0.1", depends_on = ["comments"] }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    const { report } = await validateJson(dir)
    expect(report.errors.map((e) => [e.rule, e.line, e.column])).toEqual([['unknown-dependency', lineOf(toml, 'blog = {'), 3]])
  })
})

// ── Paths that leave the repository ───────────────────────────────────────────────────────────

describe('paths outside the repository', () => {
  it.each([
    ['an absolute path', '/etc/rustok-blog'],
    ['a path with ..', '../outside/rustok-blog']
  ])('%s gives path-escape only, not a package-manifest-missing that says "Create <outside path>"', async (_what, p) => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "${p}" }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => e.rule)).toContain('path-escape')
    // The package manifest was never looked for (the adapter refuses the path), so "does not exist"
    // and the hint "Create /etc/rustok-blog/rustok-module.toml" are wrong advice.
    expect(report.errors.filter((e) => e.rule === 'package-manifest-missing').map((e) => `${e.message} / ${e.hint}`)).toEqual([])
  })

  it('a package directory that is a symlink to outside the root is not read', async () => {
    const outside = project({ 'rustok-module.toml': pkg('blog', ['content']) })
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depends_on = ["content"] }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT })
    symlinkSync(outside, path.join(dir, 'crates', 'rustok-blog'), 'dir')
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => [e.rule, e.line])).toEqual([['package-manifest-missing', lineOf(toml, 'blog = {')]])
  })

  it('a symlink inside the root is followed', async () => {
    const toml = `${HEAD}\n[modules]\n${CONTENT}\nblog = { crate = "rustok-blog", source = "path", path = "crates/rustok-blog", depends_on = ["content"] }\n`
    const dir = project({ 'modules.toml': toml, ...PKG_CONTENT, 'vendor/blog/rustok-module.toml': pkg('blog', ['content']) })
    symlinkSync(path.join(dir, 'vendor', 'blog'), path.join(dir, 'crates', 'rustok-blog'), 'dir')
    const { code, report } = await validateJson(dir)
    expect(report.errors).toEqual([])
    expect(code).toBe(0)
  })
})

describe('vendored package manifests (crates-io / git modules, modules.d/<slug>/)', () => {
  const SEO = 'seo = { crate = "rustok-seo", source = "git", git = "https://github.com/example/rustok-seo.git", rev = "0123456789abcdef0123456789abcdef01234567", depends_on = ["content"] }'
  const third = (slug: string, deps: string[] = []) => pkg(slug, deps).replace('ownership = "first_party"', 'ownership = "third_party"')

  it('absent: validation is silent (code generation reports it); present and right: valid, third_party allowed', async () => {
    const absent = project({ 'modules.toml': `${HEAD}\n[modules]\n${CONTENT}\n${SEO}\n`, ...PKG_CONTENT })
    expect(await validateJson(absent)).toMatchObject({ code: 0, report: { errors: [], warnings: [] } })
    const present = project({ 'modules.toml': `${HEAD}\n[modules]\n${CONTENT}\n${SEO}\n`, ...PKG_CONTENT, 'modules.d/seo/rustok-module.toml': third('seo', ['content']) })
    expect(await validateJson(present)).toMatchObject({ code: 0, report: { errors: [], warnings: [] } })
  })

  it('present and wrong: findings point into the vendored file', async () => {
    const dir = project({ 'modules.toml': `${HEAD}\n[modules]\n${CONTENT}\n${SEO}\n`, ...PKG_CONTENT, 'modules.d/seo/rustok-module.toml': third('seo').replace('slug = "seo"', 'slug = "seo2"') })
    const { code, report } = await validateJson(dir)
    expect(code).toBe(1)
    expect(report.errors.map((e) => [e.rule, e.file, e.line])).toEqual([
      ['package-dependencies-mismatch', 'modules.d/seo/rustok-module.toml', 1],
      ['package-slug-mismatch', 'modules.d/seo/rustok-module.toml', 2]
    ])
  })
})

describe('validate with hundreds of thousands of findings', () => {
  it('reports them all (no spread of every finding as a call argument: the engine stack overflowed)', () => {
    // A chain of 2,000 optional modules closed into one cycle; the first 200 are enabled, so each
    // reaches ~1,800 unlisted ones: ~360,000 default-enabled-not-closed findings.
    const n = 2000
    const lines = ['schema = 2', '', '[modules]']
    for (let i = 0; i < n; i++) lines.push(`m${i} = { crate = "c${i}", source = "path", path = "crates/m${i}", depends_on = ["m${(i + 1) % n}"] }`)
    lines.push('', '[settings]', `default_enabled = [${Array.from({ length: 200 }, (_, i) => `"m${i}"`).join(', ')}]`, '')
    const stage = readManifest('modules.toml', lines.join('\n'))
    const notClosed = stage.diagnostics.filter((d) => d.rule === 'default-enabled-not-closed')
    expect(notClosed).toHaveLength(200 * (n - 200))
    expect(stage.diagnostics.some((d) => d.rule === 'dependency-cycle')).toBe(true)
  })
})
