/**
 * `modules-rebuild init` and `workflows generate|check` as a user runs them (the built
 * dist/cli.js as a process) on temporary copies of examples/shop: a fresh init, init on an
 * initialised repository, pins changed surgically, fresh / stale / missing workflows with the diff
 * and the fix, files of the user's own left alone, links out of the root refused, usage errors.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ensureBuilt, files, publishedSchema, report, REPORT_KEYS, runBuilt } from './cli-process.js'
import { cleanup, read, shopRepo, tempDir, write } from './plan-helpers.js'

// Every test runs the built CLI or action as processes, several per test: slow on a loaded 2-core machine.
jest.setTimeout(120_000)

beforeAll(ensureBuilt, 300_000)
afterAll(cleanup)

const ACTION = 'acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567'
const WORKFLOWS = ['modules-rebuild.yml', 'modules-change.yml', 'modules-rollback.yml', 'modules-prune.yml'].map((w) => `.github/workflows/${w}`)
const INIT_USAGE = 'usage: modules-rebuild init --action OWNER/REPO@SHA --action-version vX.Y.Z [--root DIR]'
const WF_USAGE = 'usage: modules-rebuild workflows generate|check [--root DIR] [--format text|json]'

/** A copy of examples/shop without modules-rebuild.toml's pins: what `init` starts from. */
const shop = () => shopRepo({ git: false })
/** A copy of examples/shop after `init --action ACTION --action-version v1.2.3`. */
async function initialised(): Promise<string> {
  const root = shop()
  const p = await runBuilt(['init', '--action', ACTION, '--action-version', 'v1.2.3'], root)
  expect(p.code).toBe(0)
  return root
}

describe('init', () => {
  it('a repository without modules-rebuild.toml: writes it (with the #:schema line of the pinned commit) and the four workflows', async () => {
    const root = shop()
    rmSync(path.join(root, 'modules-rebuild.toml'))
    const before = files(root)
    const p = await runBuilt(['init', '--action', ACTION, '--action-version', 'v1.2.3'], root)
    expect(p.code).toBe(0)
    expect(p.stderr).toBe('')
    expect(p.stdout.split('\n').filter(Boolean)).toEqual(['wrote modules-rebuild.toml', ...WORKFLOWS.map((w) => `wrote ${w}`), 'next: modules-rebuild generate, then commit the files; the workflow plans and builds on pushes that change modules.toml'])
    const config = read(root, 'modules-rebuild.toml')
    expect(config.split('\n')[0]).toBe(`#:schema https://raw.githubusercontent.com/acme/modules-rebuild/${ACTION.split('@')[1]}/schema/modules-rebuild.schema.json`)
    // What init writes is valid against the schema it points editors at.
    expect(publishedSchema('modules-rebuild.schema.json')(parseToml(config))).toEqual([])
    expect(parseToml(config)).toMatchObject({ schema: 1, workflows: { action: ACTION, action_version: 'v1.2.3' } })
    for (const w of WORKFLOWS) expect(read(root, w)).toContain(`uses: ${ACTION} # v1.2.3`)
    // Nothing else changed.
    const after = files(root)
    for (const f of ['modules-rebuild.toml', ...WORKFLOWS]) after.delete(f)
    expect(after).toEqual(before)
    expect((await runBuilt(['workflows', 'check'], root)).code).toBe(0)
  })

  it('--root DIR: a directory that does not exist yet is created', async () => {
    const root = path.join(tempDir('init'), 'new', 'platform')
    const p = await runBuilt(['init', '--root', root, '--action', ACTION, '--action-version', 'v1.2.3'], tempDir('cwd'))
    expect(p.code).toBe(0)
    expect([...files(root).keys()].sort()).toEqual(['modules-rebuild.toml', ...WORKFLOWS].sort())
  })

  it('without --action / --action-version and no config: exit 2, what it needs and the usage; nothing written', async () => {
    const root = shop()
    rmSync(path.join(root, 'modules-rebuild.toml'))
    const before = files(root)
    for (const argv of [[], ['--action', ACTION], ['--action-version', 'v1.2.3']]) {
      const p = await runBuilt(['init', ...argv], root)
      expect(p.code).toBe(2)
      expect(p.stderr).toBe(`error[usage-error]: init needs --action OWNER/REPO@<40-hex commit> and --action-version vX.Y.Z to write modules-rebuild.toml (the workflows call that pinned action)\n${INIT_USAGE}\n`)
    }
    expect(files(root)).toEqual(before)
  })

  it('an action pinned to a branch: exit 1, the located error, "nothing written", and nothing is', async () => {
    const root = shop()
    rmSync(path.join(root, 'modules-rebuild.toml'))
    const before = files(root)
    const p = await runBuilt(['init', '--action', 'acme/modules-rebuild@main', '--action-version', 'v1.2.3'], root)
    expect(p.code).toBe(1)
    expect(p.stderr).toMatch(/^modules-rebuild\.toml:\d+:1: error\[config-invalid-action\]: `workflows\.action` 'acme\/modules-rebuild@main' is not "<owner>\/<repo>@<40-hex commit>"$/m)
    expect(p.stderr).toMatch(/^nothing written: modules-rebuild\.toml as it would be written has errors$/m)
    expect(files(root)).toEqual(before)
  })

  it('an already initialised repository: exit 0, "kept as it is", not one byte changed', async () => {
    const root = await initialised()
    const before = files(root)
    const p = await runBuilt(['init', '--action', ACTION, '--action-version', 'v1.2.3'], root)
    expect(p.code).toBe(0)
    expect(p.stdout.split('\n').filter(Boolean)).toEqual(['modules-rebuild.toml exists; kept as it is', 'next: modules-rebuild generate, then commit the files; the workflow plans and builds on pushes that change modules.toml'])
    expect(files(root)).toEqual(before)
    // Without the options too: the pins are in the config already.
    expect((await runBuilt(['init'], root)).code).toBe(0)
    expect(files(root)).toEqual(before)
  })

  it('an existing config: --action-version changes that pin alone and the workflows follow', async () => {
    const root = await initialised()
    const config = read(root, 'modules-rebuild.toml')
    const p = await runBuilt(['init', '--action-version', 'v1.3.0'], root)
    expect(p.code).toBe(0)
    expect(p.stdout).toMatch(/^modules-rebuild\.toml: set \[workflows\] action_version$/m)
    expect(read(root, 'modules-rebuild.toml')).toBe(config.replace('action_version = "v1.2.3"', 'action_version = "v1.3.0"'))
    for (const w of WORKFLOWS) expect(p.stdout).toContain(`wrote ${w}`)
    expect(read(root, WORKFLOWS[0]!)).toContain(`uses: ${ACTION} # v1.3.0`)
  })

  it('an existing config without pins and no --action: exit 1 with the config errors', async () => {
    const root = shop()
    const p = await runBuilt(['init'], root)
    expect(p.code).toBe(1)
    expect(p.stderr).toContain('error[config-invalid-action]: `workflows.action` is not set')
    expect(existsSync(path.join(root, '.github'))).toBe(false)
  })

  it('a workflow that is a link out of the root: exit 2, io-error, nothing written inside or outside', async () => {
    const root = shop()
    rmSync(path.join(root, 'modules-rebuild.toml'))
    const victim = path.join(tempDir('victim'), 'victim.yml')
    writeFileSync(victim, 'precious\n')
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
    symlinkSync(victim, path.join(root, WORKFLOWS[1]!))
    const p = await runBuilt(['init', '--action', ACTION, '--action-version', 'v1.2.3'], root)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: \.github\/workflows\/modules-change\.yml: refusing to write: /m)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(existsSync(path.join(root, 'modules-rebuild.toml'))).toBe(false)
    expect(existsSync(path.join(root, WORKFLOWS[0]!))).toBe(false)
  })

  it('usage: an unknown option is exit 2; --help is exit 0', async () => {
    const p = await runBuilt(['init', '--format', 'json'], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error: Unknown option '--format'/)
    expect(p.stderr.endsWith(`\n${INIT_USAGE}\n`)).toBe(true)
    const help = await runBuilt(['init', '--help'], tempDir('cwd'))
    expect(help.code).toBe(0)
    expect(help.stdout.split('\n')[0]).toBe(INIT_USAGE.replace('usage: ', ''))
  })
})

describe('workflows check', () => {
  it('fresh: exit 0, "workflows are up to date"; JSON {stale: [], fix: null}', async () => {
    const root = await initialised()
    const p = await runBuilt(['workflows', 'check'], root)
    expect(p).toEqual({ code: 0, stdout: 'workflows are up to date\n', stderr: '' })
    const j = await runBuilt(['workflows', 'check', '--format', 'json'], root)
    expect(j.code).toBe(0)
    expect(report(j)).toEqual({ ok: true, manifest_hash: null, errors: [], warnings: [], stale: [], fix: null })
  })

  it('a hand edit: exit 1, the unified diff on stdout, the located error and the fix on stderr; JSON carries both', async () => {
    const root = await initialised()
    write(root, WORKFLOWS[0]!, read(root, WORKFLOWS[0]!).replace('permissions:\n  contents: read\n', 'permissions: write-all\n'))
    const p = await runBuilt(['workflows', 'check'], root)
    expect(p.code).toBe(1)
    expect(p.stdout).toMatch(/^--- a\/\.github\/workflows\/modules-rebuild\.yml\n\+\+\+ b\/\.github\/workflows\/modules-rebuild\.yml\n@@ /)
    expect(p.stdout).toMatch(/^-permissions: write-all$/m)
    expect(p.stdout).toMatch(/^\+permissions:$/m)
    expect(p.stderr).toMatch(/^\.github\/workflows\/modules-rebuild\.yml:\d+:1: error\[stale-generated\]: \.github\/workflows\/modules-rebuild\.yml differs from what modules-rebuild\.toml generates$/m)
    expect(p.stderr).toMatch(/^1 workflow is stale; fix: modules-rebuild workflows generate$/m)
    const j = report<{ stale: Array<{ path: string; diff: string }>; fix: string }>(await runBuilt(['workflows', 'check', '--format', 'json'], root))
    expect(Object.keys(j).sort()).toEqual([...REPORT_KEYS, 'fix', 'stale'].sort())
    expect(j.ok).toBe(false)
    expect(j.stale).toEqual([{ path: WORKFLOWS[0], diff: p.stdout.replace(/\n$/, '') }])
    expect(j.fix).toBe('modules-rebuild workflows generate')
  })

  it('check (the PR step) names the command that rewrites what is stale: workflows, registry code, or both', async () => {
    const root = await initialised()
    write(root, WORKFLOWS[0]!, read(root, WORKFLOWS[0]!) + '# note\n')
    const only = await runBuilt(['check', '--format', 'json'], root)
    expect(only.code).toBe(1)
    expect(report<{ fix: string }>(only).fix).toBe('modules-rebuild workflows generate')
    const server = 'apps/server/src/modules/generated.rs'
    write(root, server, read(root, server).replace('slug: "blog",', 'slug: "blogg",'))
    const both = await runBuilt(['check'], root)
    expect(both.code).toBe(1)
    expect(both.stderr).toMatch(/^2 generated files are stale; fix: modules-rebuild generate && modules-rebuild workflows generate$/m)
  })

  it('a missing workflow and one edited, checked from another directory: both stale, the fix names --root', async () => {
    const root = await initialised()
    rmSync(path.join(root, WORKFLOWS[2]!))
    write(root, WORKFLOWS[3]!, read(root, WORKFLOWS[3]!) + '# note\n')
    const cwd = path.dirname(root)
    const rel = path.basename(root)
    const p = await runBuilt(['workflows', 'check', '--root', rel], cwd)
    expect(p.code).toBe(1)
    expect(p.stderr).toMatch(new RegExp(`^2 workflows are stale; fix: modules-rebuild workflows generate --root ${rel}$`, 'm'))
    expect(p.stdout).toContain('+++ b/.github/workflows/modules-rollback.yml')
    expect(p.stdout).toContain('+++ b/.github/workflows/modules-prune.yml')
  })

  it('without modules-rebuild.toml: exit 1, and the hint says to run init (with the --root given)', async () => {
    const root = shop()
    rmSync(path.join(root, 'modules-rebuild.toml'))
    const p = await runBuilt(['workflows', 'check', '--root', path.basename(root)], path.dirname(root))
    expect(p.code).toBe(1)
    expect(p.stderr).toContain(`hint: modules-rebuild.toml does not exist in ${root}: run \`modules-rebuild init --action OWNER/REPO@<40-hex commit> --action-version vX.Y.Z --root ${path.basename(root)}\``)
  })

  it('"workflows" in allow_dirty accepts a hand edit: exit 0 with a warning', async () => {
    const root = await initialised()
    write(root, 'modules-rebuild.toml', read(root, 'modules-rebuild.toml').replace('schema = 1\n', 'schema = 1\nallow_dirty = ["workflows"]\n'))
    expect((await runBuilt(['workflows', 'generate'], root)).code).toBe(0)
    write(root, WORKFLOWS[0]!, read(root, WORKFLOWS[0]!) + '# accepted\n')
    const j = await runBuilt(['workflows', 'check', '--format', 'json'], root)
    expect(j.code).toBe(0)
    expect(report(j).warnings.map((w) => w.rule)).toEqual(['stale-generated'])
  })
})

describe('workflows generate', () => {
  it('rewrites only what differs, leaves the user\'s own workflows alone, and check is clean afterwards', async () => {
    const root = await initialised()
    const mine = '.github/workflows/mine.yml'
    write(root, mine, 'name: mine\non: push\n')
    write(root, WORKFLOWS[1]!, '# emptied by hand\n')
    const before = files(root)
    const p = await runBuilt(['workflows', 'generate'], root)
    expect(p.code).toBe(0)
    expect(p.stdout).toBe(`wrote ${WORKFLOWS[1]}\n1 written, 3 unchanged (0 errors, 0 warnings)\n`)
    const after = files(root)
    expect(after.get(mine)).toBe('name: mine\non: push\n')
    for (const [f, text] of before) if (f !== WORKFLOWS[1]) expect([f, after.get(f)]).toEqual([f, text])
    expect((await runBuilt(['workflows', 'check'], root)).code).toBe(0)
    // Again: nothing to write.
    const j = await runBuilt(['workflows', 'generate', '--format', 'json'], root)
    expect(report(j)).toEqual({ ok: true, manifest_hash: null, errors: [], warnings: [], written: [], unchanged: WORKFLOWS })
  })

  it('a config with errors: exit 1, nothing written (JSON: written [])', async () => {
    const root = shop()
    const j = await runBuilt(['workflows', 'generate', '--format', 'json'], root)
    expect(j.code).toBe(1)
    expect(report(j)).toMatchObject({ ok: false, written: [], unchanged: [] })
    expect(report(j).errors.map((e) => e.rule)).toEqual(['config-invalid-action', 'config-invalid-action'])
    expect(existsSync(path.join(root, '.github'))).toBe(false)
  })

  it('a workflow that is a link out of the root, or .github/workflows linking out: exit 2, io-error, the outside untouched', async () => {
    const root = await initialised()
    const outside = tempDir('outside')
    writeFileSync(path.join(outside, 'modules-rebuild.yml'), 'precious\n')
    unlinkSync(path.join(root, WORKFLOWS[0]!))
    symlinkSync(path.join(outside, 'modules-rebuild.yml'), path.join(root, WORKFLOWS[0]!))
    const p = await runBuilt(['workflows', 'generate'], root)
    expect(p.code).toBe(2)
    expect(p.stderr).toMatch(/^error\[io-error\]: \.github\/workflows\/modules-rebuild\.yml: refusing to write: /m)
    expect(readFileSync(path.join(outside, 'modules-rebuild.yml'), 'utf8')).toBe('precious\n')

    rmSync(path.join(root, '.github', 'workflows'), { recursive: true })
    symlinkSync(outside, path.join(root, '.github', 'workflows'))
    const dir = await runBuilt(['workflows', 'generate'], root)
    expect(dir.code).toBe(2)
    expect(dir.stderr).toMatch(/^error\[io-error\]: \.github\/workflows\/[a-z-]+\.yml: refusing to write: /m)
    expect([...files(outside).keys()]).toEqual(['modules-rebuild.yml'])
    expect(readFileSync(path.join(outside, 'modules-rebuild.yml'), 'utf8')).toBe('precious\n')
  })

  it.each([
    ['no subcommand', [], 'none'],
    ['an unknown subcommand', ['frob'], 'frob'],
    ['two subcommands', ['check', 'generate'], 'check generate']
  ])('%s: exit 2 with the usage', async (_what, argv, got) => {
    const p = await runBuilt(['workflows', ...argv], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toBe(`error[usage-error]: workflows takes one subcommand, generate or check (got ${got})\n${WF_USAGE}\n`)
  })

  it('--format yaml: exit 2', async () => {
    const p = await runBuilt(['workflows', 'check', '--format', 'yaml'], tempDir('cwd'))
    expect(p.code).toBe(2)
    expect(p.stderr).toBe("error: --format must be text or json, not 'yaml'\n")
  })
})
