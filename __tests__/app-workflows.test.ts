/**
 * src/app/workflows.ts in-process, on temporary copies of examples/shop: plan the workflows from
 * modules-rebuild.toml on disk, write them through the one write path (src/adapters/fs/write.ts),
 * check them fresh and stale (the diff), leave other files alone, refuse links out of the root;
 * and what init reads from the checkout (preset, Dockerfiles, base features, the schema URL).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { changedWorkflows, checkWorkflowsOnDisk, defaultBaseFeatures, detectDockerfiles, detectPreset, initialConfig, planFromConfig, planWorkflowsOnDisk, schemaUrl, writeWorkflows } from '../src/app/workflows.js'
import { readConfig } from '../src/core/config/config.js'
import { IoError } from '../src/core/diagnostics/errors.js'
import { files } from './cli-process.js'
import { cleanup, read, shopRepo, tempDir, write } from './plan-helpers.js'

afterAll(cleanup)

const ACTION = 'acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567'
const PINS = `\n[workflows]\naction = "${ACTION}"\naction_version = "v1.2.3"\n`
const WORKFLOWS = ['modules-rebuild.yml', 'modules-change.yml', 'modules-rollback.yml', 'modules-prune.yml'].map((w) => `.github/workflows/${w}`)

/** examples/shop with the workflows' pins in modules-rebuild.toml; no workflows written yet. */
function pinnedShop(): string {
  const root = shopRepo({ git: false })
  write(root, 'modules-rebuild.toml', read(root, 'modules-rebuild.toml') + PINS)
  return root
}

async function generated(): Promise<string> {
  const root = pinnedShop()
  const ctx = await planWorkflowsOnDisk(root)
  await writeWorkflows(root, ctx.planned!)
  return root
}

describe('plan → write → check', () => {
  it('plans the four workflows from the config on disk; writes them all the first time, none the second', async () => {
    const root = pinnedShop()
    const ctx = await planWorkflowsOnDisk(root)
    expect(ctx.diagnostics).toEqual([])
    expect(ctx.planned!.map((p) => p.path)).toEqual(WORKFLOWS)
    // The same plan as from the config text itself.
    expect(planFromConfig(ctx.config!).planned).toEqual(ctx.planned)
    expect(await changedWorkflows(root, ctx.planned!)).toEqual(ctx.planned!.map((p) => ({ path: p.path, content: p.content })))

    expect(await writeWorkflows(root, ctx.planned!)).toEqual({ written: WORKFLOWS, unchanged: [] })
    for (const p of ctx.planned!) expect(read(root, p.path)).toBe(p.content)
    expect(await changedWorkflows(root, ctx.planned!)).toEqual([])
    expect(await writeWorkflows(root, ctx.planned!)).toEqual({ written: [], unchanged: WORKFLOWS })
  })

  it('check: fresh → no stale, no diagnostics', async () => {
    const root = await generated()
    const r = await checkWorkflowsOnDisk(root)
    expect(r.stale).toEqual([])
    expect(r.diagnostics).toEqual([])
  })

  it('check: an edited and a missing workflow are stale, each with a unified diff towards the generated text; writing fixes exactly those', async () => {
    const root = await generated()
    write(root, WORKFLOWS[0]!, read(root, WORKFLOWS[0]!).replace('persist-credentials: false', 'persist-credentials: true'))
    rmSync(path.join(root, WORKFLOWS[2]!))
    const r = await checkWorkflowsOnDisk(root)
    expect(r.stale.map((s) => s.path)).toEqual([WORKFLOWS[0], WORKFLOWS[2]])
    expect(r.stale[0]!.diff).toMatch(/^--- a\/\.github\/workflows\/modules-rebuild\.yml\n\+\+\+ b\/\.github\/workflows\/modules-rebuild\.yml\n/)
    expect(r.stale[0]!.diff).toMatch(/^-.*persist-credentials: true$/m)
    expect(r.stale[0]!.diff).toMatch(/^\+.*persist-credentials: false$/m)
    expect(r.stale[1]!.diff).toContain('+++ b/.github/workflows/modules-rollback.yml')
    expect(r.diagnostics.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['error', 'stale-generated', WORKFLOWS[0]],
      ['error', 'stale-generated', WORKFLOWS[2]]
    ])
    expect((await writeWorkflows(root, r.planned!)).written).toEqual([WORKFLOWS[0], WORKFLOWS[2]])
    expect((await checkWorkflowsOnDisk(root)).stale).toEqual([])
  })

  it('allow_dirty = ["workflows"]: stale is still reported, as a warning', async () => {
    const root = await generated()
    write(root, 'modules-rebuild.toml', read(root, 'modules-rebuild.toml').replace('schema = 1\n', 'schema = 1\nallow_dirty = ["workflows"]\n'))
    await writeWorkflows(root, (await planWorkflowsOnDisk(root)).planned!) // the config hash in the header changed
    write(root, WORKFLOWS[1]!, read(root, WORKFLOWS[1]!) + '# hand edit\n')
    const r = await checkWorkflowsOnDisk(root)
    expect(r.stale.map((s) => s.path)).toEqual([WORKFLOWS[1]])
    expect(r.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'stale-generated']])
  })

  it('files that are not generated workflows are never read as stale, written or removed', async () => {
    const root = await generated()
    write(root, '.github/workflows/mine.yml', 'name: mine\n')
    write(root, '.github/workflows/modules-rebuild.yml.orig', 'backup\n')
    const r = await checkWorkflowsOnDisk(root)
    expect(r.stale).toEqual([])
    write(root, WORKFLOWS[3]!, 'x\n')
    expect((await writeWorkflows(root, r.planned!)).written).toEqual([WORKFLOWS[3]])
    expect(read(root, '.github/workflows/mine.yml')).toBe('name: mine\n')
    expect(read(root, '.github/workflows/modules-rebuild.yml.orig')).toBe('backup\n')
  })

  it('a config without pins: no plan, the config-invalid-action errors; nothing to check', async () => {
    const root = shopRepo({ git: false })
    const ctx = await planWorkflowsOnDisk(root)
    expect(ctx.planned).toBeNull()
    expect(ctx.diagnostics.map((d) => d.rule)).toEqual(['config-invalid-action', 'config-invalid-action'])
    const r = await checkWorkflowsOnDisk(root, ctx)
    expect(r.stale).toEqual([])
  })

  it('a config that does not parse: no config, a located error', async () => {
    const root = pinnedShop()
    write(root, 'modules-rebuild.toml', '[workflows\n')
    const ctx = await planWorkflowsOnDisk(root)
    expect(ctx.config).toBeNull()
    expect(ctx.planned).toBeNull()
    expect(ctx.diagnostics.map((d) => [d.rule, d.file])).toEqual([['toml-syntax', 'modules-rebuild.toml']])
  })
})

describe('the write path refuses links out of the root', () => {
  it('a generated workflow that links to a file outside: IoError, the outside file and the other workflows untouched', async () => {
    const root = pinnedShop()
    const outside = path.join(tempDir('outside'), 'victim.yml')
    writeFileSync(outside, 'precious\n')
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
    symlinkSync(outside, path.join(root, WORKFLOWS[3]!))
    const planned = (await planWorkflowsOnDisk(root)).planned!
    const err = await writeWorkflows(root, planned).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IoError)
    expect((err as IoError).diagnostic.message).toMatch(/^\.github\/workflows\/modules-prune\.yml: refusing to write: /)
    expect(readFileSync(outside, 'utf8')).toBe('precious\n')
    // All or nothing: none of the other three was written.
    for (const w of WORKFLOWS.slice(0, 3)) expect(existsSync(path.join(root, w))).toBe(false)
  })

  it('.github/workflows itself a link to a directory outside: refused, the outside directory stays empty', async () => {
    const root = pinnedShop()
    const outside = tempDir('outside')
    mkdirSync(path.join(root, '.github'))
    symlinkSync(outside, path.join(root, '.github', 'workflows'))
    const err = await writeWorkflows(root, (await planWorkflowsOnDisk(root)).planned!).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IoError)
    expect(files(outside).size).toBe(0)
  })

  it('a link inside the root to a file inside the root is followed: the target gets the content, the link stays', async () => {
    const root = pinnedShop()
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
    write(root, 'ci/rebuild.yml', 'old\n')
    symlinkSync(path.join(root, 'ci', 'rebuild.yml'), path.join(root, WORKFLOWS[0]!))
    const planned = (await planWorkflowsOnDisk(root)).planned!
    await writeWorkflows(root, planned)
    expect(read(root, 'ci/rebuild.yml')).toBe(planned[0]!.content)
    expect((await checkWorkflowsOnDisk(root)).stale).toEqual([])
  })
})

describe('what init reads from the checkout', () => {
  it('detectPreset: "rustok" only when apps/server/build.rs generates RusToK\'s registry', async () => {
    const root = shopRepo({ git: false })
    expect(await detectPreset(root)).toBe('default')
    write(root, 'apps/server/build.rs', 'fn main() { /* nothing generated */ }\n')
    expect(await detectPreset(root)).toBe('default')
    // A build script writing the three files RusToK's server script writes.
    const outputs = ['modules_registry_codegen.rs', 'graphql_schema_codegen.rs', 'app_routes_codegen.rs']
    write(root, 'apps/server/build.rs', `fn main() {\n${outputs.map((f) => `    write(out_dir.join("${f}"));\n`).join('')}}\n`)
    expect(await detectPreset(root)).toBe('rustok')
    write(root, 'apps/server/build.rs', `fn main() {\n${outputs.slice(1).map((f) => `    write(out_dir.join("${f}"));\n`).join('')}}\n`)
    expect(await detectPreset(root)).toBe('default')
  })

  it('detectDockerfiles: Dockerfile.release before Dockerfile, per target', async () => {
    const root = shopRepo({ git: false })
    expect(await detectDockerfiles(root)).toEqual([])
    write(root, 'apps/server/Dockerfile', 'FROM scratch\n')
    write(root, 'apps/admin/Dockerfile', 'FROM scratch\n')
    write(root, 'apps/admin/Dockerfile.release', 'FROM scratch\n')
    expect(await detectDockerfiles(root)).toEqual([
      { target: 'server', dockerfile: 'apps/server/Dockerfile' },
      { target: 'admin', dockerfile: 'apps/admin/Dockerfile.release' }
    ])
  })

  it('defaultBaseFeatures: the non-module, non-embed, non-dep: entries of [features] default', () => {
    expect(defaultBaseFeatures('[features]\ndefault = ["mod-blog", "redis-cache", "dep:x", "embed-admin", "ai"]\n', 'mod-')).toEqual(['redis-cache', 'ai'])
    expect(defaultBaseFeatures(null, 'mod-')).toEqual([])
    expect(defaultBaseFeatures('[features\n', 'mod-')).toEqual([])
    expect(defaultBaseFeatures('[package]\nname = "x"\n', 'mod-')).toEqual([])
  })

  it('schemaUrl: the schema at the pinned commit; a placeholder for anything else', () => {
    expect(schemaUrl(ACTION)).toBe('https://raw.githubusercontent.com/acme/modules-rebuild/0123456789abcdef0123456789abcdef01234567/schema/modules-rebuild.schema.json')
    expect(schemaUrl('acme/modules-rebuild@main')).toBe('https://raw.githubusercontent.com/OWNER/modules-rebuild/COMMIT/schema/modules-rebuild.schema.json')
  })

  it('initialConfig reads back as a valid config with the pins, the preset, base features and images', () => {
    const text = initialConfig(ACTION, 'v1.2.3', 'rustok', { server: ['redis-cache'] }, [{ target: 'server', dockerfile: 'apps/server/Dockerfile' }])
    const { config, diagnostics } = readConfig(text)
    expect(diagnostics).toEqual([])
    expect(config).toMatchObject({ workflows: { action: ACTION, action_version: 'v1.2.3' }, codegen: { preset: 'rustok' }, features: { base_features: { server: ['redis-cache'] } }, images: { server: { dockerfile: 'apps/server/Dockerfile' } } })
    expect(planFromConfig(config!).planned!.map((p) => p.path)).toEqual(WORKFLOWS)
  })
})
