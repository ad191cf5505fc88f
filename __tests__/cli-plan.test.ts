/**
 * `modules-rebuild plan` as a user runs it (the built dist/cli.js as a process) on temporary git
 * copies of examples/shop: every flag (--root, --manifest, --profile, --base, --out, --releases,
 * --format), exit codes 0/1/2 with their messages, and the JSON plan against the published
 * schema/release-plan.schema.json.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { ensureBuilt, publishedSchema, report, REPORT_KEYS, runBuilt } from './cli-process.js'
import { cleanup, commitAll, publishPlan, read, shopRepo, tempDir, write } from './plan-helpers.js'

// Every test runs the built CLI or action as processes, several per test: slow on a loaded 2-core machine.
jest.setTimeout(120_000)

beforeAll(ensureBuilt, 300_000)
afterAll(cleanup)

const USAGE = 'usage: modules-rebuild plan [--root DIR] [--manifest FILE] [--profile monolith|headless] [--base REF] [--out FILE] [--releases DIR | --repo OWNER/NAME [--github-api URL]] [--format text|json]'
const OUTPUT_KEYS = ['build_needed', 'existing_release', 'manifest_hash', 'matrix', 'matrix_stage0', 'matrix_stage1', 'plan_path', 'release_id', 'stage0_needed', 'stage1_needed']
const checkPlan = publishedSchema('release-plan.schema.json')

interface PlanReport {
  plan: ReleasePlan | null
  outputs: Record<string, string>
}
const planJson = async (argv: string[], cwd: string) => {
  const p = await runBuilt(['plan', ...argv, '--format', 'json'], cwd)
  return { p, r: report<PlanReport>(p) }
}

describe('plan: the plan, in text and JSON', () => {
  let root: string
  beforeAll(() => {
    root = shopRepo()
  })

  it('text: the release_id, the components, each target with its build command; exit 0, nothing on stderr, nothing written', async () => {
    const p = await runBuilt(['plan'], root)
    expect(p.code).toBe(0)
    expect(p.stderr).toBe('')
    const lines = p.stdout.split('\n')
    expect(lines[0]).toMatch(/^release_id: shop-headless-[0-9a-f]{12} \(headless, from modules\.toml\)$/)
    expect(lines[1]).toMatch(/^manifest_hash: sha256:[0-9a-f]{64}$/)
    expect(lines[2]).toMatch(/^source: [0-9a-f]{40} \(clean\)$/)
    expect(p.stdout).toMatch(/^lookup: none — Offline/m)
    for (const t of ['server', 'admin', 'storefront']) {
      expect(p.stdout).toMatch(new RegExp(`^component ${t}: shop-${t}-[0-9a-f]{12}$`, 'm'))
      expect(p.stdout).toContain(`  $ cargo build --locked -p shop-${t} --release`)
    }
    expect(p.stdout).toMatch(/^build needed: server, admin, storefront$/m)
    expect(existsSync(path.join(root, 'release-plan.json'))).toBe(false)
  })

  it('--format json: the report with plan and outputs; the plan is valid against schema/release-plan.schema.json and agrees with the outputs', async () => {
    const { p, r } = await planJson([], root)
    expect(p.code).toBe(0)
    expect(p.stderr).toBe('')
    expect(Object.keys(r).sort()).toEqual([...REPORT_KEYS, 'outputs', 'plan'].sort())
    expect(r).toMatchObject({ ok: true, errors: [], warnings: [] })
    const plan = r.plan!
    expect(checkPlan(plan)).toEqual([])
    expect(plan.manifest_hash).toBe(r.manifest_hash)
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUT_KEYS)
    expect(r.outputs).toMatchObject({ manifest_hash: plan.manifest_hash, release_id: plan.release_id, build_needed: 'true', existing_release: '', plan_path: '' })
    expect(JSON.parse(r.outputs.matrix!)).toEqual(plan.matrix)
    expect(plan.matrix.include.map((m) => m.target).sort()).toEqual(['admin', 'server', 'storefront'])
    expect(plan).toMatchObject({ source_state: 'clean', profile: 'headless', profile_source: 'modules.toml', lookup: { store: 'none' }, delta: null })
  })

  it.each(['monolith', 'headless'] as const)('--profile %s overrides modules.toml (profile_source "option")', async (profile) => {
    const { p, r } = await planJson(['--profile', profile], root)
    expect(p.code).toBe(0)
    expect(r.plan).toMatchObject({ profile, profile_source: 'option' })
    expect(r.plan!.release_id).toMatch(new RegExp(`^shop-${profile}-[0-9a-f]{12}$`))
    expect(checkPlan(r.plan)).toEqual([])
    const text = await runBuilt(['plan', '--profile', profile], root)
    expect(text.stdout.split('\n')[0]).toBe(`release_id: ${r.plan!.release_id} (${profile}, from --profile)`)
  })

  it('--root DIR from another directory, and --manifest FILE naming another file, plan the same', async () => {
    const { r: here } = await planJson([], root)
    const elsewhere = tempDir('cwd')
    const { p, r } = await planJson(['--root', root], elsewhere)
    expect(p.code).toBe(0)
    expect(r.plan!.release_id).toBe(here.plan!.release_id)
    // Another manifest name: the generated code names its manifest, so generate first.
    const other = shopRepo()
    copyFileSync(path.join(other, 'modules.toml'), path.join(other, 'platform.toml'))
    expect((await runBuilt(['generate', '--root', other, '--manifest', 'platform.toml'], elsewhere)).code).toBe(0)
    commitAll(other, 'platform.toml')
    const named = await planJson(['--root', other, '--manifest', 'platform.toml'], elsewhere)
    expect(named.p.code).toBe(0)
    expect(named.r.manifest_hash).toBe(here.manifest_hash)
  })
})

describe('plan --out', () => {
  it('writes release-plan.json (relative to the cwd), the same plan --format json prints, valid against the schema', async () => {
    const root = shopRepo()
    const p = await runBuilt(['plan', '--out', 'release-plan.json'], root)
    expect(p.code).toBe(0)
    expect(p.stdout.split('\n').filter(Boolean).at(-1)).toBe('wrote release-plan.json')
    const written = JSON.parse(read(root, 'release-plan.json')) as unknown
    expect(checkPlan(written)).toEqual([])
    const { r } = await planJson([], root)
    // release-plan.json is untracked now: the checkout is dirty only by it; the plan ignores it.
    expect(written).toEqual(r.plan)
  })

  it('creates missing directories, also outside --root; --format json reports plan_path', async () => {
    const root = shopRepo()
    const out = path.join(tempDir('out'), 'a', 'b', 'plan.json')
    const { p, r } = await planJson(['--out', out], root)
    expect(p.code).toBe(0)
    expect(r.outputs.plan_path).toBe(out)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(r.plan)
  })

  it('is not written when the plan is refused', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace(/^forum = .*\n/m, ''))
    const p = await runBuilt(['plan', '--out', 'release-plan.json'], root)
    expect(p.code).toBe(1)
    expect(p.stdout).not.toContain('wrote')
    expect(existsSync(path.join(root, 'release-plan.json'))).toBe(false)
  })

  it('a link at --out leading out of its directory is refused (exit 2, io-error); the target keeps its bytes', async () => {
    const root = shopRepo()
    const victim = path.join(tempDir('victim'), 'victim.json')
    writeFileSync(victim, 'precious\n')
    mkdirSync(path.join(root, 'out'))
    symlinkSync(victim, path.join(root, 'out', 'release-plan.json'))
    const p = await runBuilt(['plan', '--out', 'out/release-plan.json'], root)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: release-plan\.json: refusing to write: /m)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })
})

describe('plan --releases (a local release store)', () => {
  it('an empty store builds everything; once the release exists the plan skips every build', async () => {
    const root = shopRepo()
    const store = path.join(tempDir('store'), 'releases')
    const first = await planJson(['--releases', store], root)
    expect(first.p.code).toBe(0)
    expect(first.r.plan).toMatchObject({ build_needed: true, existing_release: null, lookup: { store: 'local' } })
    await publishPlan(store, first.r.plan!)

    const again = await planJson(['--releases', store], root)
    expect(again.p.code).toBe(0)
    expect(again.r.plan).toMatchObject({ release_id: first.r.plan!.release_id, build_needed: false, existing_release: first.r.plan!.release_id, matrix: { include: [] } })
    expect(again.r.outputs).toMatchObject({ build_needed: 'false', existing_release: first.r.plan!.release_id, stage0_needed: 'false', stage1_needed: 'false' })
    expect(JSON.parse(again.r.outputs.matrix!)).toEqual({ include: [] })
    expect(checkPlan(again.r.plan)).toEqual([])
    const text = await runBuilt(['plan', '--releases', store], root)
    expect(text.stdout).not.toMatch(/^build needed: /m)
  })

  it('a broken release-manifest.json in the store refuses the plan (exit 1, release-store-error)', async () => {
    const root = shopRepo()
    const store = tempDir('store')
    mkdirSync(path.join(store, 'bad-1'))
    writeFileSync(path.join(store, 'bad-1', 'release-manifest.json'), '{"schema": 1}')
    const { p, r } = await planJson(['--releases', store], root)
    expect(p.code).toBe(1)
    expect(r.ok).toBe(false)
    expect(r.errors.map((e) => e.rule)).toEqual(['release-store-error'])
  })
})

describe('plan --base (PR mode)', () => {
  it('the module delta and the changed build inputs against the base commit', async () => {
    const root = shopRepo()
    const before = (await planJson([], root)).r.plan!
    const un = await runBuilt(['uninstall', 'blog'], root)
    expect(un.code).toBe(0)
    commitAll(root, 'uninstall blog')
    const { p, r } = await planJson(['--base', 'HEAD~1'], root)
    expect(p.code).toBe(0)
    expect(checkPlan(r.plan)).toEqual([])
    expect(r.plan!.delta).toMatchObject({ base_ref: 'HEAD~1', base_manifest_hash: before.manifest_hash, text: '-blog', entries: [{ op: '-', slug: 'blog' }] })
    const text = await runBuilt(['plan', '--base', 'HEAD~1'], root)
    expect(text.stdout).toMatch(/^delta against HEAD~1: -blog$/m)
    expect(text.stdout).toMatch(/changed since HEAD~1: manifest_hash/)
  })

  it('a base that does not exist refuses the plan (exit 1, base-unavailable, with the fetch hint)', async () => {
    const root = shopRepo()
    const p = await runBuilt(['plan', '--base', 'no-such-ref'], root)
    expect(p.code).toBe(1)
    expect(p.stderr).toContain('error[base-unavailable]: --base no-such-ref: no such commit in this repository')
    expect(p.stderr).toContain('hint: Fetch the base first')
    expect(p.stderr).toMatch(/plan refused: nothing to build until the errors above are fixed$/m)
    expect(p.stdout).toBe('')
  })
})

describe('plan outside a git repository', () => {
  it('plans from the files (source_state no-git, no source_commit) and says so', async () => {
    const root = shopRepo({ git: false })
    const { p, r } = await planJson([], root)
    expect(p.code).toBe(0)
    expect(r.plan).toMatchObject({ source_state: 'no-git', source_commit: null })
    expect(checkPlan(r.plan)).toEqual([])
    // The build keys hash the files as git would: the same as in a git copy of the same tree.
    const inGit = (await planJson([], shopRepo())).r.plan!
    expect(r.plan!.release_id).toBe(inGit.release_id)
    const text = await runBuilt(['plan'], root)
    expect(text.stdout).toMatch(/^source: - \(no-git\)$/m)
    expect(text.stdout).toMatch(/^note: not a git repository: /m)
  })

  it('--base needs git: exit 1, base-unavailable naming the directory', async () => {
    const root = shopRepo({ git: false })
    const p = await runBuilt(['plan', '--base', 'HEAD'], root)
    expect(p.code).toBe(1)
    expect(p.stderr).toContain(`error[base-unavailable]: --base HEAD: ${root} is not a git repository`)
  })
})

describe('plan refusals and usage errors', () => {
  it('an invalid manifest: exit 1, the located error, "plan refused", plan null in JSON', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace(/^forum = .*\n/m, ''))
    const p = await runBuilt(['plan'], root)
    expect(p.code).toBe(1)
    expect(p.stdout).toBe('')
    expect(p.stderr).toMatch(/^modules\.toml:\d+:\d+: error\[default-enabled-unknown\]: /m)
    expect(p.stderr).toMatch(/plan refused: nothing to build until the errors above are fixed$/m)
    const { r } = await planJson([], root)
    expect(r).toMatchObject({ ok: false, plan: null, errors: [{ rule: 'default-enabled-unknown', file: 'modules.toml' }] })
    expect(r.outputs.release_id).toBe('')
  })

  it('generated code out of date refuses the plan (exit 1, stale-generated)', async () => {
    const root = shopRepo()
    write(root, 'apps/server/src/modules/generated.rs', read(root, 'apps/server/src/modules/generated.rs') + '// hand edit\n')
    const { p, r } = await planJson([], root)
    expect(p.code).toBe(1)
    expect(r.errors.map((e) => [e.rule, e.file])).toContainEqual(['stale-generated', 'apps/server/src/modules/generated.rs'])
  })

  it('a missing manifest: exit 2, io-error naming the file and the fix; the JSON shape with --format json', async () => {
    const root = shopRepo()
    const p = await runBuilt(['plan', '--manifest', 'missing.toml'], root)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: missing\.toml: cannot read: no such file in /m)
    expect(p.stderr).toContain('pass --root DIR')
    const { p: pj, r } = await planJson(['--manifest', 'missing.toml'], root)
    expect(pj.code).toBe(2)
    expect(Object.keys(r).sort()).toEqual(REPORT_KEYS)
    expect(r).toMatchObject({ ok: false, manifest_hash: null, errors: [{ rule: 'io-error' }], warnings: [] })
  })

  it('a --root that does not exist: exit 2', async () => {
    const p = await runBuilt(['plan', '--root', path.join(tempDir('none'), 'nope')], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: /m)
  })

  it('a bad --profile: exit 2 with the allowed values and the usage line (text and JSON)', async () => {
    const root = shopRepo()
    const p = await runBuilt(['plan', '--profile', 'monolit'], root)
    expect(p.code).toBe(2)
    expect(p.stderr).toBe(`error[usage-error]: --profile must be monolith or headless, not 'monolit'\n${USAGE}\n`)
    const { p: pj, r } = await planJson(['--profile', 'monolit'], root)
    expect(pj.code).toBe(2)
    expect(r).toMatchObject({ ok: false, manifest_hash: null, errors: [{ rule: 'usage-error', message: "--profile must be monolith or headless, not 'monolit'", hint: USAGE }] })
  })

  it.each([
    ['an unknown option', ['--frobnicate'], /^error: Unknown option '--frobnicate'/],
    ['a positional argument', ['extra'], /^error: Unexpected argument 'extra'/],
    ['--format yaml', ['--format', 'yaml'], /^error: --format must be text or json, not 'yaml'$/m],
    ['--out without a value', ['--out'], /^error: Option '--out <value>' argument missing/]
  ])('%s: exit 2', async (_what, argv, message) => {
    const p = await runBuilt(['plan', ...argv], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(message)
    expect(p.stdout).toBe('')
  })

  it('--help: exit 0, the usage and what the command does', async () => {
    const p = await runBuilt(['plan', '--help'], tempDir('cwd'))
    expect(p.code).toBe(0)
    expect(p.stdout.split('\n')[0]).toBe(USAGE.replace('usage: ', ''))
    expect(p.stdout).toContain('release-plan.json is written only with --out FILE')
  })
})
