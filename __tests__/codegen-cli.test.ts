/**
 * `modules-rebuild generate` / `check` through runCli, in-process: the committed shop example
 * (read only, in place), temp copies of it that are edited, and a temp copy of the RusToK fixture.
 * Nothing is ever written into the repository or into ../shared.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { cli, type JsonDiag } from './cli-helpers.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')

const SERVER_RS = 'apps/server/src/modules/generated.rs'
const ADMIN_RS = 'apps/admin/src/generated.rs'
const STOREFRONT_RS = 'apps/storefront/src/generated.rs'
const SERVER_CARGO = 'apps/server/Cargo.toml'
const STOREFRONT_CARGO = 'apps/storefront/Cargo.toml'
const BEGIN = '# BEGIN modules-rebuild managed features'
const END = '# END modules-rebuild managed features'

/** rustok-notes §3: optional modules of modules.toml that apps/server/Cargo.toml's default does not compile. */
const RUSTOK_NOT_COMPILED = [
  'reactions', 'groups', 'moderation', 'translation', 'iggy_connector', 'marketplace',
  'marketplace_seller', 'marketplace_listing', 'marketplace_allocation', 'marketplace_commission', 'marketplace_ledger', 'marketplace_payout'
].map((s) => `mod-${s}`)


interface CheckJson {
  ok: boolean
  manifest_hash: string | null
  errors: JsonDiag[]
  warnings: JsonDiag[]
  stale: Array<{ path: string; kind: string; diff: string }>
  fix: string | null
}

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755)
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) makeWritable(p)
    else if (e.isFile()) chmodSync(p, 0o644)
  }
}

/** A writable copy of `src` in a fresh directory under the OS temp dir. */
function copyOf(src: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-codegen-cli-')), path.basename(src))
  temps.push(path.dirname(dir))
  cpSync(src, dir, { recursive: true })
  makeWritable(dir)
  return dir
}

const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8')
const write = (dir: string, rel: string, text: string) => writeFileSync(path.join(dir, rel), text)

/** Every file under dir: root-relative POSIX path → content. */
function tree(dir: string, rel = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory()) for (const [k, v] of tree(dir, r)) out.set(k, v)
    else out.set(r, readFileSync(path.join(dir, r)))
  }
  return out
}

/** Paths whose content differs between two trees, or that exist in only one. */
function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((k) => !before.get(k) || !after.get(k) || !before.get(k)!.equals(after.get(k)!)).sort()
}

/** Replaces the first line equal to `from` (trimmed) and returns its 1-based number. */
function editLine(dir: string, rel: string, from: string, to: string): number {
  const lines = read(dir, rel).split('\n')
  const i = lines.findIndex((l) => l.trim() === from)
  expect(i).toBeGreaterThanOrEqual(0)
  lines[i] = lines[i]!.replace(from, to)
  write(dir, rel, lines.join('\n'))
  return i + 1
}

/** A Cargo.toml split around its managed region: [before BEGIN line, region, from END line on]. */
function splitRegion(text: string): [string, string, string] {
  const b = text.indexOf(BEGIN)
  const e = text.indexOf(END)
  expect(b).toBeGreaterThan(0)
  expect(e).toBeGreaterThan(b)
  return [text.slice(0, b), text.slice(b, e), text.slice(e)]
}

describe('check on examples/shop as committed (in place, read only)', () => {
  it('exits 0 and says the generated files are up to date', async () => {
    const before = tree(SHOP)
    const r = await cli(['check', '--root', 'examples/shop'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toContain('generated files are up to date (0 errors, 0 warnings)')
    expect(r.stdout).toContain('server features (managed): mod-forum, mod-comments, mod-blog, mod-search')
    expect(changed(before, tree(SHOP))).toEqual([])
  })

  it('--format json: ok, no stale files, fix null', async () => {
    const r = await cli(['check', '--root', SHOP, '--format', 'json'])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout) as CheckJson
    expect(j).toMatchObject({ ok: true, errors: [], warnings: [], stale: [], fix: null })
    expect(j.manifest_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

describe('a stale copy of the shop', () => {
  it('check: exit 1, a unified diff of the edited line, and the fix command on stderr', async () => {
    const dir = copyOf(SHOP)
    const line = editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const r = await cli(['check', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`--- a/${SERVER_RS}\n+++ b/${SERVER_RS}\n@@ `)
    expect(r.stdout).toMatch(/^-\s+slug: "blogg",$/m)
    expect(r.stdout).toMatch(/^\+\s+slug: "blog",$/m)
    // exactly one changed pair: the rest of the file is context
    expect(r.stdout.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l))).toHaveLength(2)
    expect(r.stdout).not.toContain('up to date')
    expect(r.stderr).toContain(`${SERVER_RS}:${line}:1: error[stale-generated]: ${SERVER_RS} is out of date with modules.toml (generated registry code; 2 changed lines)`)
    expect(r.stderr).toContain(`1 generated file is stale; fix: modules-rebuild generate --root ${dir}`)
  })

  it('check --format json: stale[0].path, stale[0].diff and fix', async () => {
    const dir = copyOf(SHOP)
    const line = editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const r = await cli(['check', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    const j = JSON.parse(r.stdout) as CheckJson
    expect(j.ok).toBe(false)
    expect(j.stale).toHaveLength(1)
    expect(j.stale[0]).toMatchObject({ path: SERVER_RS, kind: 'registry' })
    expect(j.stale[0]!.diff).toContain(`--- a/${SERVER_RS}\n+++ b/${SERVER_RS}\n`)
    expect(j.stale[0]!.diff).toMatch(/^-\s+slug: "blogg",$/m)
    expect(j.stale[0]!.diff).toMatch(/^\+\s+slug: "blog",$/m)
    expect(j.fix).toBe(`modules-rebuild generate --root ${dir}`)
    expect(j.errors).toEqual([expect.objectContaining({ file: SERVER_RS, line, column: 1, rule: 'stale-generated' })])
  })

  it('generate writes only the stale file; check then passes and the file equals the committed one byte for byte', async () => {
    const dir = copyOf(SHOP)
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const g = await cli(['generate', '--root', dir])
    expect(g.code).toBe(0)
    expect(g.stderr).toBe('')
    expect(g.stdout.split('\n').filter((l) => l.startsWith('wrote '))).toEqual([`wrote ${SERVER_RS}`])
    expect(g.stdout).toMatch(/^1 written, \d+ unchanged \(0 errors, 0 warnings\)$/m)
    expect(readFileSync(path.join(dir, SERVER_RS)).equals(readFileSync(path.join(SHOP, SERVER_RS)))).toBe(true)
    expect(changed(tree(SHOP), tree(dir))).toEqual([])
    const c = await cli(['check', '--root', dir])
    expect(c.code).toBe(0)
    expect(c.stdout).toContain('generated files are up to date')
  })

  it('generate --format json lists written and unchanged files', async () => {
    const dir = copyOf(SHOP)
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const r = await cli(['generate', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout) as { ok: boolean; written: string[]; unchanged: string[] }
    expect(j.ok).toBe(true)
    expect(j.written).toEqual([SERVER_RS])
    expect(j.unchanged).toEqual(expect.arrayContaining([ADMIN_RS, STOREFRONT_RS, SERVER_CARGO]))
    expect(j.unchanged).not.toContain(SERVER_RS)
  })

  it('CRLF line endings in generated files and managed Cargo.tomls are not stale, and generate leaves them alone', async () => {
    const dir = copyOf(SHOP)
    for (const rel of [SERVER_RS, ADMIN_RS, STOREFRONT_RS, SERVER_CARGO]) write(dir, rel, read(dir, rel).replace(/\n/g, '\r\n'))
    const before = tree(dir)
    const c = await cli(['check', '--root', dir])
    expect(c.code).toBe(0)
    expect(c.stdout).toContain('generated files are up to date')
    const g = await cli(['generate', '--root', dir])
    expect(g.code).toBe(0)
    expect(g.stdout).toMatch(/^0 written, /m)
    expect(changed(before, tree(dir))).toEqual([])
  })

  it('allow_dirty = ["registry"] turns the stale registry into a warning: exit 0', async () => {
    const dir = copyOf(SHOP)
    const config = read(dir, 'modules-rebuild.toml')
    expect(config).toMatch(/^schema = 1$/m)
    write(dir, 'modules-rebuild.toml', config.replace(/^schema = 1$/m, 'schema = 1\nallow_dirty = ["registry"]'))
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const r = await cli(['check', '--root', dir])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(new RegExp(`^${SERVER_RS.replace(/\./g, '\\.')}:\\d+:1: warning\\[stale-generated\\]: `, 'm'))
    expect(r.stderr).not.toContain('error[')
    expect(r.stdout).toContain(`--- a/${SERVER_RS}`)
    const j = JSON.parse((await cli(['check', '--root', dir, '--format', 'json'])).stdout) as CheckJson
    expect(j).toMatchObject({ ok: true, errors: [] })
    expect(j.warnings.map((w) => [w.rule, w.file])).toEqual([['stale-generated', SERVER_RS]])
    expect(j.stale.map((s) => s.path)).toEqual([SERVER_RS])
  })

  it('allow_dirty = ["registry"] does not excuse a stale managed Cargo.toml region', async () => {
    const dir = copyOf(SHOP)
    write(dir, 'modules-rebuild.toml', read(dir, 'modules-rebuild.toml').replace(/^schema = 1$/m, 'schema = 1\nallow_dirty = ["registry"]'))
    editLine(dir, SERVER_CARGO, '"mod-search",', '"mod-searchh",')
    const r = await cli(['check', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout) as CheckJson
    expect(j.stale.map((s) => s.path)).toEqual([SERVER_CARGO])
    expect(j.errors.filter((e) => e.rule === 'stale-generated').map((e) => e.file)).toEqual([SERVER_CARGO])
  })

  it('generate twice: the second run writes nothing and leaves mtimes alone', async () => {
    const dir = copyOf(SHOP)
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    unlinkSync(path.join(dir, STOREFRONT_RS))
    const first = await cli(['generate', '--root', dir])
    expect(first.code).toBe(0)
    expect(first.stdout.split('\n').filter((l) => l.startsWith('wrote ')).sort()).toEqual([`wrote ${SERVER_RS}`, `wrote ${STOREFRONT_RS}`])
    // push every mtime into the past so a rewrite could not hide within the clock's resolution
    const past = new Date(Date.now() - 3_600_000)
    const files = [...tree(dir).keys()]
    for (const rel of files) utimesSync(path.join(dir, rel), past, past)
    const mtimes = new Map(files.map((rel) => [rel, statSync(path.join(dir, rel)).mtimeMs]))
    const second = await cli(['generate', '--root', dir])
    expect(second.code).toBe(0)
    expect(second.stdout).not.toContain('wrote ')
    expect(second.stdout).toMatch(/^0 written, \d+ unchanged \(0 errors, 0 warnings\)$/m)
    for (const rel of files) expect([rel, statSync(path.join(dir, rel)).mtimeMs]).toEqual([rel, mtimes.get(rel)])
  })
})

describe('removing a module from the shop manifest', () => {
  function withoutForum(): string {
    const dir = copyOf(SHOP)
    const m = read(dir, 'modules.toml')
    const next = m.replace(/^forum = \{.*\}\n/m, '').replace('default_enabled = ["blog", "comments", "forum"]', 'default_enabled = ["blog", "comments"]')
    expect(next).not.toMatch(/forum/)
    write(dir, 'modules.toml', next)
    return dir
  }

  it('check without regenerating: exit 1, the generated files and the Cargo.toml regions are stale', async () => {
    const dir = withoutForum()
    const r = await cli(['check', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout) as CheckJson
    const stale = j.stale.map((s) => s.path)
    expect(stale).toEqual(expect.arrayContaining([SERVER_RS, STOREFRONT_RS, SERVER_CARGO, STOREFRONT_CARGO]))
    // the admin registry carries the manifest hash, so it is stale too; the admin region (mod-blog only) is not
    expect(stale.sort()).toEqual([ADMIN_RS, SERVER_CARGO, SERVER_RS, STOREFRONT_CARGO, STOREFRONT_RS].sort())
    const serverRegion = j.stale.find((s) => s.path === SERVER_CARGO)!
    expect(serverRegion.kind).toBe('features')
    expect(serverRegion.diff).toMatch(/^-\s+"mod-forum",$/m)
    expect(j.stale.find((s) => s.path === SERVER_RS)!.diff).toMatch(/^-\s+slug: "forum",$/m)
    for (const p of stale) expect(j.errors).toContainEqual(expect.objectContaining({ rule: 'stale-generated', file: p }))

    const text = await cli(['check', '--root', dir])
    expect(text.code).toBe(1)
    for (const p of stale) expect(text.stdout).toContain(`--- a/${p}\n+++ b/${p}`)
    expect(text.stderr).toContain(`5 generated files are stale; fix: modules-rebuild generate --root ${dir}`)
  })

  it('generate: check passes again, mod-forum leaves the managed regions, everything outside the markers is unchanged', async () => {
    const dir = withoutForum()
    const before = tree(dir)
    const g = await cli(['generate', '--root', dir])
    expect(g.code).toBe(0)
    expect(g.stdout).toContain('5 written')
    expect(changed(before, tree(dir))).toEqual([ADMIN_RS, SERVER_CARGO, SERVER_RS, STOREFRONT_CARGO, STOREFRONT_RS].sort())
    expect(g.stdout).toContain('server features (managed): mod-comments, mod-blog, mod-search')

    const c = await cli(['check', '--root', dir])
    expect(c.code).toBe(0)
    expect(c.stdout).toContain('generated files are up to date')

    for (const rel of [SERVER_CARGO, STOREFRONT_CARGO]) {
      const [pre0, region0, post0] = splitRegion(read(SHOP, rel))
      const [pre1, region1, post1] = splitRegion(read(dir, rel))
      expect(region0).toContain('"mod-forum"')
      expect(region1).not.toContain('mod-forum')
      expect(pre1).toBe(pre0)
      expect(post1).toBe(post0)
    }
    expect(read(dir, SERVER_RS)).not.toContain('forum')
    expect(read(dir, STOREFRONT_RS)).not.toContain('forum')
  })
})

describe('an invalid manifest', () => {
  it('generate writes nothing at all and exits 1 with the core error', async () => {
    const dir = copyOf(SHOP)
    write(dir, 'modules.toml', read(dir, 'modules.toml').replace('depends_on = ["content"] }', 'depends_on = ["content", "ghost"] }'))
    // make the copy stale in every way generate could repair, so that writing anything would show
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    editLine(dir, SERVER_CARGO, '"mod-search",', '"mod-searchh",')
    unlinkSync(path.join(dir, STOREFRONT_RS))
    const before = tree(dir)

    const r = await cli(['generate', '--root', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^modules\.toml:\d+:1: error\[unknown-dependency\]: Module 'forum' depends on missing modules: ghost$/m)
    // the package manifest of forum disagrees with the new depends_on as well
    expect(r.stderr).toContain("error[package-dependencies-mismatch]: Module 'forum' [dependencies] do not match depends_on")
    expect(r.stderr).toMatch(/^nothing written: 2 errors, 0 warnings$/m)
    expect(changed(before, tree(dir))).toEqual([])
    expect(existsSync(path.join(dir, STOREFRONT_RS))).toBe(false)

    const j = JSON.parse((await cli(['generate', '--root', dir, '--format', 'json'])).stdout) as { ok: boolean; written: string[]; errors: JsonDiag[] }
    expect(j).toMatchObject({ ok: false, written: [] })
    expect(j.errors.map((e) => e.rule).sort()).toEqual(['package-dependencies-mismatch', 'unknown-dependency'])
    expect(changed(before, tree(dir))).toEqual([])
  })

  it('check reports the core error, exits 1, and does not pretend to diff', async () => {
    const dir = copyOf(SHOP)
    write(dir, 'modules.toml', read(dir, 'modules.toml').replace('depends_on = ["content"] }', 'depends_on = ["content", "ghost"] }'))
    const r = await cli(['check', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    const j = JSON.parse(r.stdout) as CheckJson
    expect(j).toMatchObject({ ok: false, stale: [], fix: null })
    expect(j.errors.map((e) => e.rule).sort()).toEqual(['package-dependencies-mismatch', 'unknown-dependency'])
  })
})

describe('generate never writes outside the root through a symbolic link', () => {
  it('a generated file that is a symlink to a file outside the root: exit 2, the outside file and the copy untouched', async () => {
    const dir = copyOf(SHOP)
    const outside = path.join(path.dirname(dir), 'outside.rs')
    writeFileSync(outside, 'precious\n')
    editLine(dir, STOREFRONT_RS, 'slug: "forum",', 'slug: "forumm",') // another stale file: must not be written either
    unlinkSync(path.join(dir, SERVER_RS))
    symlinkSync(outside, path.join(dir, SERVER_RS))
    const before = tree(dir)
    const r = await cli(['generate', '--root', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`error[io-error]: ${SERVER_RS}: refusing to write: a symbolic link leads outside ${dir}`)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    expect(changed(before, tree(dir))).toEqual([])
  })

  it('a directory on the way that is a symlink to outside the root (the target file does not exist yet): exit 2, nothing created', async () => {
    const dir = copyOf(SHOP)
    const outsideDir = path.join(path.dirname(dir), 'outside-src')
    mkdirSync(outsideDir)
    rmSync(path.join(dir, 'apps/storefront/src'), { recursive: true })
    symlinkSync(outsideDir, path.join(dir, 'apps/storefront/src'), 'dir')
    const r = await cli(['generate', '--root', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${STOREFRONT_RS}: refusing to write`)
    expect(readdirSync(outsideDir)).toEqual([])
  })

  it('a dangling symlink in place of a generated file: exit 2, its target is not created', async () => {
    const dir = copyOf(SHOP)
    const target = path.join(path.dirname(dir), 'created-by-link.rs')
    unlinkSync(path.join(dir, ADMIN_RS))
    symlinkSync(target, path.join(dir, ADMIN_RS))
    const r = await cli(['generate', '--root', dir])
    expect(r.code).toBe(2)
    expect(existsSync(target)).toBe(false)
  })

  it('a symlink that stays inside the root is written through', async () => {
    const dir = copyOf(SHOP)
    mkdirSync(path.join(dir, 'vendor'))
    cpSync(path.join(dir, SERVER_RS), path.join(dir, 'vendor/generated.rs'))
    unlinkSync(path.join(dir, SERVER_RS))
    symlinkSync(path.join(dir, 'vendor/generated.rs'), path.join(dir, SERVER_RS))
    editLine(dir, 'vendor/generated.rs', 'slug: "blog",', 'slug: "blogg",')
    const r = await cli(['generate', '--root', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`wrote ${SERVER_RS}`)
    expect(readFileSync(path.join(dir, 'vendor/generated.rs')).equals(readFileSync(path.join(SHOP, SERVER_RS)))).toBe(true)
  })
})

describeRustok('the RusToK fixture (temp copy)', () => {
  const RUSTOK = rustokDir()
  const modulesToml = parseToml(readFileSync(path.join(RUSTOK, 'modules.toml'), 'utf8')) as { modules: Record<string, { required?: boolean }> }
  const optional = Object.entries(modulesToml.modules).filter(([, e]) => !e.required).map(([slug]) => `mod-${slug}`)
  const serverCargo = parseToml(readFileSync(path.join(RUSTOK, SERVER_CARGO), 'utf8')) as { features: { default: string[] } }

  it('the 12 modules of rustok-notes §3 are exactly the optional modules the server default does not compile', () => {
    const compiled = new Set(serverCargo.features.default)
    expect(optional.filter((f) => !compiled.has(f)).sort()).toEqual([...RUSTOK_NOT_COMPILED].sort())
  })

  it('generate writes exactly the three registry files, prints the feature set, and exits 0: the Cargo.toml findings predate it', async () => {
    const dir = copyOf(RUSTOK)
    const before = tree(dir)
    const r = await cli(['generate', '--root', dir])
    expect(changed(before, tree(dir))).toEqual([ADMIN_RS, SERVER_RS, STOREFRONT_RS])
    for (const rel of [SERVER_RS, ADMIN_RS, STOREFRONT_RS]) {
      expect(before.has(rel)).toBe(false)
      expect(read(dir, rel)).toMatch(/^\/\/ @generated by modules-rebuild .* DO NOT EDIT\n/)
    }
    expect(r.stdout.split('\n').filter((l) => l.startsWith('wrote ')).sort()).toEqual([`wrote ${ADMIN_RS}`, `wrote ${SERVER_RS}`, `wrote ${STOREFRONT_RS}`])
    expect(r.stdout).toMatch(/^3 written, 0 unchanged \(0 errors, 3 warnings; 3 findings \(3 warnings\) existed before this change\)$/m)

    // flags mode: Cargo.toml is left alone, the set goes to cargo as --features
    const line = r.stdout.split('\n').find((l) => l.startsWith('server features (flags): '))
    expect(line).toBeDefined()
    const [list, cargo] = line!.slice('server features (flags): '.length).split('  → cargo ')
    const features = list!.split(', ')
    // RusToK's non-module defaults, the embed features (both embedded in RusToK), then every optional
    // module in canonical (dependency) order, but for iggy_connector: no feature declared, always compiled
    expect(features.slice(0, 4)).toEqual(['redis-cache', 'ai-translation', 'embed-admin', 'embed-storefront'])
    expect(features.slice(4).sort()).toEqual(optional.filter((f) => f !== 'mod-iggy_connector').sort())
    expect(features.indexOf('mod-product')).toBeLessThan(features.indexOf('mod-commerce'))
    expect(features.indexOf('mod-marketplace_seller')).toBeLessThan(features.indexOf('mod-marketplace_listing'))
    expect(cargo).toBe(`--no-default-features --features ${features.join(',')}`)
    // RusToK's admin and storefront declare no mod-* features: gate = "auto" compiles every UI crate
    // in, as they do today, and leaves their cargo features alone
    expect(r.stdout).toMatch(/^admin features \(flags\): \(none\)$/m)
    expect(r.stdout).toMatch(/^storefront features \(flags\): \(none\)$/m)
    expect(read(dir, ADMIN_RS)).not.toContain('#[cfg(feature')

    // what generate cannot fix is in Cargo.toml and predates it: reported as warnings, exit 0
    expect(r.code).toBe(0)
    const rules = [...r.stderr.matchAll(/^(\S+?)(?::\d+:\d+)?: warning\[([a-z-]+)\]/gm)].map((m) => `${m[2]} ${m[1]}`)
    expect(rules.sort()).toEqual(['feature-declaration apps/server/Cargo.toml', 'feature-declaration apps/server/Cargo.toml', 'feature-drift apps/server/Cargo.toml'])
    expect(r.stderr).toContain("Module 'iggy_connector' is always compiled into the server")

    // strict = true: the same findings are errors, but they still predate generate, so it exits 0
    const strictDir = copyOf(RUSTOK)
    writeFileSync(path.join(strictDir, 'modules-rebuild.toml'), 'strict = true\n')
    const s = await cli(['generate', '--root', strictDir])
    expect(s.code).toBe(0)
    expect(s.stdout).toMatch(/^3 written, 0 unchanged \(3 errors, 0 warnings; 3 findings \(3 errors\) existed before this change\)$/m)
    expect((await cli(['check', '--root', strictDir])).code).toBe(1)

    // the registry is now current: check finds nothing stale, only the Cargo.toml findings remain
    const c = JSON.parse((await cli(['check', '--root', dir, '--format', 'json'])).stdout) as CheckJson
    expect(c.stale).toEqual([])
    expect(c.fix).toBeNull()
    expect(c.errors).toEqual([])
    expect(c.warnings.map((e) => e.rule).sort()).toEqual(['feature-declaration', 'feature-declaration', 'feature-drift'])
  })

  it('check --format json on an untouched copy: feature-drift on apps/server/Cargo.toml lists the 11 declared modules of the 12, and the three files are missing', async () => {
    const dir = copyOf(RUSTOK)
    const before = tree(dir)
    const r = await cli(['check', '--root', dir, '--format', 'json'])
    expect(r.code).toBe(1)
    expect(changed(before, tree(dir))).toEqual([])
    const j = JSON.parse(r.stdout) as CheckJson
    expect(j.ok).toBe(false)

    const drift = j.warnings.filter((e) => e.rule === 'feature-drift' && e.file === SERVER_CARGO)
    expect(drift).toHaveLength(1)
    const m = /default lacks (\d+) features that modules\.toml selects: ([^()]+?) \(/.exec(drift[0]!.message)
    expect(m).not.toBeNull()
    expect(Number(m![1])).toBe(11)
    expect(m![2]!.split(', ').sort()).toEqual(RUSTOK_NOT_COMPILED.filter((f) => f !== 'mod-iggy_connector').sort())
    expect(drift[0]!.line).toBe(11) // `default = [`

    const stale = j.errors.filter((e) => e.rule === 'stale-generated')
    expect(stale.map((e) => e.file).sort()).toEqual([ADMIN_RS, SERVER_RS, STOREFRONT_RS])
    for (const e of stale) {
      expect(e.line).toBeNull()
      expect(e.message).toBe(`${e.file} does not exist; modules.toml generates it (generated registry code)`)
    }
    expect(j.stale.map((s) => s.path).sort()).toEqual([ADMIN_RS, SERVER_RS, STOREFRONT_RS])
    for (const s of j.stale) expect(s.diff.startsWith(`--- /dev/null\n+++ b/${s.path}\n@@ -0,0 +1,`)).toBe(true)
    expect(j.fix).toBe(`modules-rebuild generate --root ${dir}`)
  })
})

describe('usage', () => {
  it('exit 2 when --root has no value', async () => {
    for (const cmd of ['check', 'generate']) {
      const r = await cli([cmd, '--root'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`usage: modules-rebuild ${cmd} [--root DIR]`)
    }
  })

  it('exit 2 when the --root directory does not exist (and nothing is created)', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'mr-codegen-cli-'))
    temps.push(parent)
    const missing = path.join(parent, 'nope')
    for (const cmd of ['check', 'generate']) {
      const r = await cli([cmd, '--root', missing])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('error[io-error]')
      expect(r.stderr).toContain('no such directory')
      const j = await cli([cmd, '--root', missing, '--format', 'json'])
      expect(j.code).toBe(2)
      expect(JSON.parse(j.stdout)).toMatchObject({ ok: false, errors: [{ rule: 'io-error' }] })
    }
    expect(readdirSync(parent)).toEqual([])
  })

  it('exit 2 for an unknown option or format', async () => {
    expect((await cli(['check', '--root', SHOP, '--frobnicate'])).code).toBe(2)
    expect((await cli(['generate', '--root', SHOP, '--format', 'yaml'])).code).toBe(2)
  })

  it('the fix command shown is relative to how --root was typed (and omitted when it is .)', async () => {
    const dir = copyOf(SHOP)
    editLine(dir, SERVER_RS, 'slug: "blog",', 'slug: "blogg",')
    const rel = await cli(['check', '--root', path.basename(dir)], path.dirname(dir))
    expect(rel.stderr).toContain(`fix: modules-rebuild generate --root ${path.basename(dir)}`)
    const here = await cli(['check'], dir)
    expect(here.code).toBe(1)
    expect(here.stderr).toMatch(/fix: modules-rebuild generate$/m)
  })
})
