/**
 * Writes stay inside --root: the security review's repros, each in a temp directory holding the
 * checkout (`root/`, a copy of examples/shop) and `outside/`, the files a symbolic link may lead
 * to. A refused change writes nothing and deletes nothing, inside or outside, and says which path
 * and why (exit 2). Also: a config that exists but cannot be read is an error, not the defaults;
 * impossible generated paths are located findings or clean I/O errors; `init` completes the
 * [workflows] pins of an existing config.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli, tree } from './cli-helpers.js'
import { SHOP, Temps } from './write-helpers.js'

const temps = new Temps()
afterAll(() => temps.cleanup())

const ACTION = 'octo/modules-rebuild@0123456789abcdef0123456789abcdef01234567'

/** A temp directory with `root/` (a copy of the shop) and `outside/`. */
function sandbox(): { root: string; outside: string } {
  const base = temps.make('mr-confine-')
  const root = path.join(base, 'root')
  const outside = path.join(base, 'outside')
  cpSync(SHOP, root, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
  mkdirSync(outside)
  return { root, outside }
}

/** Every entry below `dir`: file text, or `-> target` for a symbolic link (never followed). */
function entries(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e)
      const st = lstatSync(p)
      if (st.isSymbolicLink()) out.set(path.relative(dir, p), `-> ${readlinkSync(p)}`)
      else if (st.isDirectory()) walk(p)
      else out.set(path.relative(dir, p), readFileSync(p, 'utf8'))
    }
  }
  walk(dir)
  return out
}

/** Runs argv on the sandbox and expects a refusal: exit 2, `message` on stderr, no byte changed in root or outside. */
async function expectRefused(box: { root: string; outside: string }, argv: string[], message: RegExp): Promise<void> {
  const before = [entries(box.root), entries(box.outside)]
  const r = await cli([...argv, '--root', box.root])
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' })
  expect(r.stderr).toMatch(message)
  expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  expect([entries(box.root), entries(box.outside)]).toEqual(before)
}

describe('install never writes or deletes outside the root (review point 1)', () => {
  it('modules.d a symlink to an outside directory: refused; the outside file survives, modules.toml unchanged', async () => {
    const box = sandbox()
    mkdirSync(path.join(box.outside, 'newsletter'))
    writeFileSync(path.join(box.outside, 'newsletter', 'rustok-module.toml'), 'precious\n')
    symlinkSync(box.outside, path.join(box.root, 'modules.d'))
    await expectRefused(box, ['install', 'newsletter'], /^error\[io-error\]: modules\.d\/newsletter\/rustok-module\.toml: refusing to write: modules\.d is a symbolic link that leads outside /)
    expect(readFileSync(path.join(box.outside, 'newsletter', 'rustok-module.toml'), 'utf8')).toBe('precious\n')
  })

  it('modules.d a regular file: refused before anything is written', async () => {
    const box = sandbox()
    writeFileSync(path.join(box.root, 'modules.d'), 'not a directory\n')
    await expectRefused(box, ['install', 'newsletter'], /^error\[io-error\]: modules\.d\/newsletter\/rustok-module\.toml: refusing to write: modules\.d is not a directory$/)
  })

  it('a generated file that is a symlink to an outside file: refused, and neither the link nor its target is touched', async () => {
    const box = sandbox()
    const link = path.join(box.root, 'apps', 'server', 'src', 'modules', 'generated.rs')
    writeFileSync(path.join(box.outside, 'generated.rs'), 'outside\n')
    unlinkSync(link)
    symlinkSync(path.join(box.outside, 'generated.rs'), link)
    await expectRefused(box, ['install', 'newsletter'], /refusing to write: a symbolic link leads outside /)
    expect(readlinkSync(link)).toBe(path.join(box.outside, 'generated.rs'))
  })

  it('modules.toml a symlink to an outside file: install and uninstall refuse to rewrite it', async () => {
    const box = sandbox()
    const manifest = path.join(box.root, 'modules.toml')
    cpSync(manifest, path.join(box.outside, 'modules.toml'))
    unlinkSync(manifest)
    symlinkSync(path.join(box.outside, 'modules.toml'), manifest)
    await expectRefused(box, ['install', 'newsletter'], /^error\[io-error\]: modules\.toml: refusing to write: a symbolic link leads outside /)
    await expectRefused(box, ['uninstall', 'forum'], /^error\[io-error\]: modules\.toml: refusing to write: a symbolic link leads outside /)
  })

  it('uninstall of a vendored module whose directory is a symlink out: the outside package manifest is neither read nor deleted', async () => {
    const box = sandbox()
    expect((await cli(['install', 'newsletter', '--root', box.root])).code).toBe(0)
    const vendored = path.join(box.root, 'modules.d')
    cpSync(vendored, path.join(box.outside, 'modules.d'), { recursive: true })
    rmSync(vendored, { recursive: true })
    symlinkSync(path.join(box.outside, 'modules.d'), vendored)
    const outside = tree(box.outside)
    // Reads treat a link out of the root as missing, so the uninstall plans no deletion there.
    const r = await cli(['uninstall', 'newsletter', '--root', box.root])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('modules.d')
    expect(tree(box.outside)).toEqual(outside)
    expect(readlinkSync(vendored)).toBe(path.join(box.outside, 'modules.d'))
  })

  it('a symlink inside the root to a file inside the root is followed: the target gets the new content, the link stays', async () => {
    const box = sandbox()
    const link = path.join(box.root, 'apps', 'storefront', 'src', 'generated.rs')
    const real = path.join(box.root, 'apps', 'storefront', 'src', 'registry.rs')
    cpSync(link, real)
    unlinkSync(link)
    symlinkSync('registry.rs', link)
    const r = await cli(['uninstall', 'forum', '--root', box.root])
    expect(r.code).toBe(0)
    expect(readlinkSync(link)).toBe('registry.rs')
    expect(readFileSync(real, 'utf8')).not.toContain('forum')
    expect((await cli(['check', '--root', box.root])).code).toBe(0)
  })
})

describe('init never writes through a dangling or outside config link', () => {
  it('modules-rebuild.toml a dangling symlink: init refuses and creates nothing', async () => {
    const box = sandbox()
    const config = path.join(box.root, 'modules-rebuild.toml')
    unlinkSync(config)
    symlinkSync(path.join(box.outside, 'created-by-init.toml'), config)
    await expectRefused(box, ['init', '--action', ACTION, '--action-version', 'v1.0.0'], /^error\[io-error\]: modules-rebuild\.toml: cannot read: it is a symbolic link that does not lead to a file inside the root/)
    expect(existsSync(path.join(box.outside, 'created-by-init.toml'))).toBe(false)
  })
})

describe('a config that exists but cannot be read is an error, never the defaults (review point 8)', () => {
  it.each([
    ['a directory', (_box: { root: string; outside: string }, config: string) => mkdirSync(config), /it is a directory/],
    ['a symlink out of the root', (box: { root: string; outside: string }, config: string) => {
      writeFileSync(path.join(box.outside, 'cfg.toml'), 'schema = 1\n')
      symlinkSync(path.join(box.outside, 'cfg.toml'), config)
    }, /it is a symbolic link that does not lead to a file inside the root/]
  ])('%s: generate, check, validate, plan and install exit 2 and write nothing', async (_what, make, why) => {
    const box = sandbox()
    const config = path.join(box.root, 'modules-rebuild.toml')
    unlinkSync(config)
    make(box, config)
    for (const argv of [['generate'], ['check'], ['validate'], ['plan'], ['install', 'newsletter'], ['workflows', 'generate']]) {
      await expectRefused(box, argv, new RegExp(`^error\\[io-error\\]: modules-rebuild\\.toml: cannot read: ${why.source}`))
    }
  })
})

describe('generated paths that cannot be written: findings or clean I/O errors, never a stack trace (review point 9)', () => {
  const located = (key: string, why: string) => new RegExp(`^modules-rebuild\\.toml:\\d+:\\d+: error\\[config-reserved-path\\]: \`codegen\\.server\\.${key}\` .*${why}`)
  it.each([
    ['.', located('output', 'names the repository root')],
    ['a'.repeat(300) + '.rs', located('output', 'has a name longer than 200 bytes')],
    ['Cargo.lock/x.rs', located('output', 'is inside Cargo\\.lock, which is a file')],
    ['.git/hooks/pre-commit', located('output', 'is inside \\.git/')],
    ['modules.toml', located('output', 'is the manifest')],
    ['modules-rebuild.toml', located('output', 'is this configuration file')],
    ['Cargo.lock', located('output', "is Cargo's lockfile")],
    ['.github/workflows/modules-rebuild.yml', located('output', 'is a workflow')],
    ['modules.d/x.rs', located('output', 'is inside `codegen\\.package_dir`')]
  ])('output = %j: exit 1 with a located finding, nothing written', async (output, finding) => {
    const box = sandbox()
    writeFileSync(path.join(box.root, 'modules-rebuild.toml'), `${readFileSync(path.join(box.root, 'modules-rebuild.toml'), 'utf8')}\n[codegen.server]\noutput = ${JSON.stringify(output)}\n`)
    const before = tree(box.root)
    const r = await cli(['generate', '--root', box.root])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(finding)
    expect(tree(box.root)).toEqual(before)
  })

  it('--manifest names the output: the manifest is protected under its own name too', async () => {
    const box = sandbox()
    cpSync(path.join(box.root, 'modules.toml'), path.join(box.root, 'platform.toml'))
    writeFileSync(path.join(box.root, 'modules-rebuild.toml'), `${readFileSync(path.join(box.root, 'modules-rebuild.toml'), 'utf8')}\n[codegen.server]\noutput = "platform.toml"\n`)
    const r = await cli(['generate', '--root', box.root, '--manifest', 'platform.toml'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/error\[config-reserved-path\]: `codegen\.server\.output` 'platform\.toml' is the manifest/)
  })

  it.each([
    ['apps', /^error\[io-error\]: apps: refusing to write: it is a directory$/],
    ['README.md/x.rs', /^error\[io-error\]: README\.md\/x\.rs: refusing to write: README\.md is not a directory$/]
  ])('output = %j (a directory, or under a file, in this checkout): a clean I/O error, nothing written', async (output, message) => {
    const box = sandbox()
    writeFileSync(path.join(box.root, 'modules-rebuild.toml'), `${readFileSync(path.join(box.root, 'modules-rebuild.toml'), 'utf8')}\n[codegen.server]\noutput = ${JSON.stringify(output)}\n`)
    await expectRefused(box, ['generate'], message)
  })
})

describe('init with an existing config (review point 12)', () => {
  it('adds a [workflows] table with the pins when the config has none, keeping every other byte, then writes the workflows', async () => {
    const box = sandbox()
    const config = path.join(box.root, 'modules-rebuild.toml')
    const before = readFileSync(config, 'utf8')
    expect(before).not.toContain('[workflows]')
    const r = await cli(['init', '--root', box.root, '--action', ACTION, '--action-version', 'v1.2.3'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')).toEqual([
      'modules-rebuild.toml: set [workflows] action, action_version',
      'wrote .github/workflows/modules-rebuild.yml',
      'wrote .github/workflows/modules-change.yml',
      'wrote .github/workflows/modules-rollback.yml',
      'wrote .github/workflows/modules-prune.yml',
      `next: modules-rebuild generate --root ${box.root}, then commit the files; the workflow plans and builds on pushes that change modules.toml`
    ])
    expect(readFileSync(config, 'utf8')).toBe(`${before}\n[workflows]\naction = "${ACTION}"\naction_version = "v1.2.3"\n`)
    expect((await cli(['workflows', 'check', '--root', box.root])).code).toBe(0)
    // Again with the same pins: nothing to do.
    const again = await cli(['init', '--root', box.root, '--action', ACTION, '--action-version', 'v1.2.3'])
    expect(again.stdout.split('\n')[0]).toBe('modules-rebuild.toml exists; kept as it is')
  })

  it('completes a [workflows] table that lacks the pins, and updates a pin given again', async () => {
    const box = sandbox()
    const config = path.join(box.root, 'modules-rebuild.toml')
    writeFileSync(config, 'schema = 1\n\n[workflows]\n# the runner\nruns_on = "ubuntu-24.04"\n\n[features]\nmode = "auto"\n')
    expect((await cli(['init', '--root', box.root, '--action', ACTION, '--action-version', 'v1.2.3'])).code).toBe(0)
    expect(readFileSync(config, 'utf8')).toBe(`schema = 1\n\n[workflows]\n# the runner\nruns_on = "ubuntu-24.04"\naction = "${ACTION}"\naction_version = "v1.2.3"\n\n[features]\nmode = "auto"\n`)
    const r = await cli(['init', '--root', box.root, '--action-version', 'v1.3.0'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('modules-rebuild.toml: set [workflows] action_version')
    expect(readFileSync(config, 'utf8')).toContain('action_version = "v1.3.0"\n')
    expect((await cli(['workflows', 'check', '--root', box.root])).code).toBe(0)
  })

  it('an invalid pin: exit 1, nothing written (neither the config nor the workflows)', async () => {
    const box = sandbox()
    const before = tree(box.root)
    const r = await cli(['init', '--root', box.root, '--action', 'octo/modules-rebuild@main', '--action-version', 'v1.2.3'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('config-invalid-action')
    expect(tree(box.root)).toEqual(before)
  })
})
