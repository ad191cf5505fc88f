// release-plan.json on real git repositories holding a copy of examples/shop.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ReleasePlanSchema } from '../src/core/plan/schema.js'
import { serializePlan } from '../src/core/plan/format.js'
import { runPlan } from '../src/app/plan.js'
import { LocalReleaseStore } from '../src/adapters/store/local.js'
import { cleanup, commitAll, git, keysOf, publishPlan, read, regenerate, shopRepo, tempDir, write } from './plan-helpers.js'

afterAll(cleanup)

const plan = async (root: string, o: Partial<Parameters<typeof runPlan>[0]> = {}) => {
  const r = await runPlan({ root, store: null, ...o })
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics, null, 2))
  return r
}

describe('determinism', () => {
  it('two runs on the same inputs write byte-identical plans, valid against the schema', async () => {
    const root = shopRepo()
    const out = tempDir('out')
    const a = await plan(root, { out: path.join(out, 'a.json') })
    const b = await plan(root, { out: path.join(out, 'b.json') })
    const bytes = readFileSync(path.join(out, 'a.json'))
    expect(bytes.equals(readFileSync(path.join(out, 'b.json')))).toBe(true)
    expect(bytes.toString()).toBe(a.json)
    expect(serializePlan(ReleasePlanSchema.parse(JSON.parse(a.json!)))).toBe(a.json)
    expect(a.outputs).toEqual({ ...b.outputs, plan_path: a.outputs.plan_path })
    expect(a.outputs.plan_path).toBe(path.join(out, 'a.json'))
    expect(a.json).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/) // no time stamp anywhere
  })

  it('a comment- and white-space-only change to modules.toml keeps every build key and the release_id', async () => {
    const root = shopRepo()
    const before = (await plan(root)).plan!
    const toml = read(root, 'modules.toml')
    write(root, 'modules.toml', '# a new banner comment\n\n' + toml.replace('schema = 2', 'schema   =   2   # format').replace(/\n\[modules\]\n/, '\n\n\n[modules]   # the set\n').replace(/ = \{ crate/g, ' =   {crate').replace(/\n/g, '\r\n'))
    commitAll(root, 'comments only')
    const after = (await plan(root)).plan!
    expect(after.source_commit).not.toBe(before.source_commit)
    expect(after.manifest_hash).toBe(before.manifest_hash)
    expect(keysOf(after)).toEqual(keysOf(before))
    expect(after.release_id).toBe(before.release_id)
    expect(after.components.map((c) => c.release_id)).toEqual(before.components.map((c) => c.release_id))
  })

  it('a revert to an earlier tree reproduces the earlier release_id, and a store that has it builds nothing', async () => {
    const root = shopRepo()
    const store = tempDir('store')
    const first = (await plan(root, { store: new LocalReleaseStore(store) })).plan!
    expect(first.build_needed).toBe(true)
    await publishPlan(store, first)

    write(root, 'crates/search/src/lib.rs', read(root, 'crates/search/src/lib.rs') + '\n// tuned\n')
    commitAll(root, 'tune search')
    const changed = (await plan(root, { store: new LocalReleaseStore(store) })).plan!
    expect(changed.release_id).not.toBe(first.release_id)
    expect(changed.matrix.include.map((e) => e.target)).toEqual(['server']) // admin and storefront exist already

    git(root, 'revert', '--no-edit', 'HEAD')
    const reverted = await plan(root, { store: new LocalReleaseStore(store) })
    const p = reverted.plan!
    expect(p.source_commit).not.toBe(first.source_commit)
    expect(p.release_id).toBe(first.release_id)
    expect(keysOf(p)).toEqual(keysOf(first))
    expect(p.matrix).toEqual({ include: [] })
    expect(p.build_needed).toBe(false)
    expect(p.existing_release).toBe(first.release_id)
    expect(reverted.outputs).toMatchObject({ release_id: first.release_id, build_needed: 'false', existing_release: first.release_id, matrix: '{"include":[]}' })
    for (const t of ['server', 'admin', 'storefront'] as const) expect(p.targets[t]!.existing).toEqual({ release_id: first.targets[t]!.release_id, artifact: first.targets[t]!.artifact.name })
  })
})

describe('build keys follow the input paths', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a capability module without UI', 'crates/search/src/lib.rs', ['server']],
    ["a module's admin UI crate (not compiled into a headless server)", 'crates/blog/admin/src/lib.rs', ['admin']],
    ["a module's storefront UI crate", 'crates/forum/storefront/src/lib.rs', ['storefront']],
    ['a module the admin UI depends on', 'crates/blog/src/lib.rs', ['admin', 'server']],
    ['the API crate every app uses', 'crates/modules-api/src/lib.rs', ['admin', 'server', 'storefront']],
    ['the lockfile', 'Cargo.lock', ['admin', 'server', 'storefront']],
    ['a file nothing builds', 'README.md', []]
  ]
  it.each(cases)('changing %s (%s) changes the keys of %j only', async (_what, file, expected) => {
    const root = shopRepo()
    const before = keysOf((await plan(root)).plan!)
    write(root, file, read(root, file) + '\n# changed\n')
    commitAll(root, 'change')
    const after = keysOf((await plan(root)).plan!)
    expect(Object.keys(after).filter((t) => after[t] !== before[t]).sort()).toEqual(expected)
  })

  it('monolith: the server embeds the UIs, so a UI change rebuilds the server after it', async () => {
    const root = shopRepo()
    const before = (await plan(root, { profile: 'monolith' })).plan!
    write(root, 'crates/forum/storefront/src/lib.rs', read(root, 'crates/forum/storefront/src/lib.rs') + '\n// x\n')
    commitAll(root, 'storefront')
    const after = (await plan(root, { profile: 'monolith' })).plan!
    const a = keysOf(after)
    const b = keysOf(before)
    expect(Object.keys(a).filter((t) => a[t] !== b[t]).sort()).toEqual(['server', 'storefront'])
    expect(after.targets.server!.key_inputs.consumes).toEqual({ admin: a.admin, storefront: a.storefront })
  })

  it('a dirty or untracked input gets the key the commit of that content would get, and is listed', async () => {
    const root = shopRepo()
    write(root, 'crates/search/src/extra.rs', '// untracked\n')
    write(root, 'crates/blog/admin/src/lib.rs', read(root, 'crates/blog/admin/src/lib.rs') + '\n// dirty\n')
    const dirty = (await plan(root)).plan!
    expect(dirty.source_state).toBe('dirty')
    expect(dirty.dirty_paths).toEqual(['crates/blog', 'crates/search'])
    expect(dirty.notes.join('\n')).toMatch(/differ from HEAD/)
    expect(git(root, 'status', '--porcelain')).not.toBe('') // nothing was staged or committed
    expect(git(root, 'diff', '--cached', '--name-only')).toBe('')
    commitAll(root, 'commit it')
    const committed = (await plan(root)).plan!
    expect(committed.source_state).toBe('clean')
    expect(keysOf(committed)).toEqual(keysOf(dirty))
  })

  it('outside git: the same object ids from the files, and the plan says so', async () => {
    const root = shopRepo()
    const inGit = (await plan(root)).plan!
    rmSync(path.join(root, '.git'), { recursive: true, force: true })
    const noGit = (await plan(root)).plan!
    expect(noGit.source_state).toBe('no-git')
    expect(noGit.source_commit).toBeNull()
    expect(noGit.notes[0]).toMatch(/not a git repository/)
    expect(keysOf(noGit)).toEqual(keysOf(inGit))
  })
})

describe('profiles', () => {
  it('headless (modules.toml): three components, each with its own id, and the contract between them', async () => {
    const root = shopRepo()
    const p = (await plan(root)).plan!
    expect(p.profile).toBe('headless')
    expect(p.components.map((c) => [c.name, c.targets])).toEqual([['server', ['server']], ['admin', ['admin']], ['storefront', ['storefront']]])
    expect(new Set(p.components.map((c) => c.release_id)).size).toBe(3)
    for (const c of p.components) expect(c.release_id).toMatch(new RegExp(`^shop-${c.name}-[0-9a-f]{12}$`))
    expect(p.release_id).toMatch(/^shop-headless-[0-9a-f]{12}$/)
    expect(p.contract).toMatchObject({ server_release_id: p.components[0]!.release_id, server_version: '0.1.0', requirements: [{ slug: 'blog', server: '>=0.1, <0.2' }], server_requirement: '>=0.1, <0.2', satisfied: true })
    expect(p.stages).toEqual([['server', 'admin', 'storefront']])
    expect(p.targets.server!.key_inputs.excluded).toEqual(['crates/blog/admin', 'crates/forum/storefront'])
    expect(p.targets.admin!.image!.ref).toBe(`shop-admin:${p.components[1]!.release_id}`)
  })

  it('monolith (--profile): UIs in stage 0, the server in stage 1 consuming their artifacts; one id', async () => {
    const root = shopRepo()
    const r = await plan(root, { profile: 'monolith' })
    const p = r.plan!
    expect(p.profile_source).toBe('option')
    expect(p.components).toEqual([{ name: 'monolith', release_id: p.release_id, targets: ['admin', 'storefront', 'server'], existing: false }])
    expect(p.release_id).toMatch(/^shop-monolith-[0-9a-f]{12}$/)
    expect(p.contract).toBeNull()
    expect(p.stages).toEqual([['admin', 'storefront'], ['server']])
    expect(p.matrix.include.map((e) => [e.target, e.stage, e.needs])).toEqual([['admin', 0, []], ['storefront', 0, []], ['server', 1, ['admin', 'storefront']]])
    const server = p.targets.server!
    expect(server.command.argv).toEqual(['cargo', 'build', '--locked', '-p', 'shop-server', '--release', '--no-default-features', '--features', 'embed-admin,embed-storefront,mod-forum,mod-comments,mod-blog,mod-search'])
    expect(server.consumes.map((c) => [c.target, c.artifact, c.release_id])).toEqual([['admin', p.targets.admin!.artifact.name, null], ['storefront', p.targets.storefront!.artifact.name, null]])
    expect(p.targets.admin!.image).toBeNull()
    expect(p.notes.join('\n')).toMatch(/--profile monolith overrides/)
    expect(JSON.parse(r.outputs.matrix!)).toEqual(p.matrix)
  })

  it('monolith with the UIs already released: the server rebuilds, and so do the UIs it embeds (same keys), in this run', async () => {
    const root = shopRepo()
    const store = tempDir('store')
    const first = (await plan(root, { profile: 'monolith' })).plan!
    await publishPlan(store, first)
    write(root, 'crates/search/src/lib.rs', read(root, 'crates/search/src/lib.rs') + '\n// x\n')
    commitAll(root, 'search')
    const p = (await plan(root, { profile: 'monolith', store: new LocalReleaseStore(store) })).plan!
    expect(p.matrix.include.map((e) => e.target)).toEqual(['admin', 'storefront', 'server'])
    expect(p.matrix_stages.map((s) => s.include.map((e) => e.target))).toEqual([['admin', 'storefront'], ['server']])
    expect(p.targets.admin!.build_key).toBe(first.targets.admin!.build_key)
    expect(p.targets.admin!.reasons.at(-1)).toMatch(/embedded by server, which rebuilds/)
    expect(p.targets.server!.consumes.map((c) => c.release_id)).toEqual([null, null])
    expect(p.existing_release).toBeNull()
  })

  it('headless cache keys: a manifest change misses the exact key but restores the same dependencies', async () => {
    const root = shopRepo()
    const a = (await plan(root)).plan!.targets.server!.cache
    write(root, 'modules.toml', read(root, 'modules.toml').replace('default_enabled = ["blog", "comments", "forum"]', 'default_enabled = ["comments", "forum"]'))
    regenerate(root)
    commitAll(root, 'settings')
    const b = (await plan(root)).plan!.targets.server!.cache
    expect(b.target.key).not.toBe(a.target.key)
    expect(b.target.restore_keys).toEqual(a.target.restore_keys)
    expect(b.registry).toEqual(a.registry)
    expect(b.target.key.startsWith(b.target.restore_keys[0]!)).toBe(true)
  })
})

describe('refusal', () => {
  it('an invalid manifest: ok=false, nothing written, the errors returned', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace('depends_on = ["content"] }', 'depends_on = ["content", "nope"] }'))
    const out = path.join(tempDir('out'), 'release-plan.json')
    const r = await runPlan({ root, store: null, out })
    expect(r.ok).toBe(false)
    expect(r.plan).toBeNull()
    expect(existsSync(out)).toBe(false)
    expect(r.diagnostics.map((d) => d.rule)).toContain('unknown-dependency')
    expect(r.outputs).toMatchObject({ release_id: '', build_needed: 'false', plan_path: '', matrix: '{"include":[]}' })
    expect(r.summary).toMatch(/refused/)
  })

  it('stale generated code: ok=false, nothing written, a stale-generated error', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace(/^search = .*$/m, ''))
    const out = path.join(tempDir('out'), 'release-plan.json')
    const r = await runPlan({ root, store: null, out })
    expect(r.ok).toBe(false)
    expect(existsSync(out)).toBe(false)
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toContain('stale-generated')
  })

  it("a module whose [compat] server the server version does not satisfy", async () => {
    const root = shopRepo()
    write(root, 'crates/blog/rustok-module.toml', read(root, 'crates/blog/rustok-module.toml').replace('server = ">=0.1, <0.2"', 'server = ">=0.2"'))
    const r = await runPlan({ root, store: null })
    expect(r.ok).toBe(false)
    expect(r.diagnostics.find((d) => d.rule === 'incompatible-server')).toMatchObject({ file: 'crates/blog/rustok-module.toml', message: "Module 'blog' requires server >=0.2, but the server (apps/server/Cargo.toml) is version 0.1.0" })
  })
})

describe('repository layouts', () => {
  it('a platform in a subdirectory of the repository gets the keys it gets at the top', async () => {
    const top = shopRepo()
    const keys = keysOf((await plan(top)).plan!)
    const outer = tempDir('outer')
    git(outer, 'init', '-q', '-b', 'main')
    git(outer, 'clone', '-q', top, 'platform/shop')
    rmSync(path.join(outer, 'platform/shop/.git'), { recursive: true, force: true })
    commitAll(outer, 'monorepo')
    const inner = (await plan(path.join(outer, 'platform/shop'))).plan!
    expect(inner.source_state).toBe('clean')
    expect(keysOf(inner)).toEqual(keys)
  })

  it('a repository without commits: no-commit, every input counts as new', async () => {
    const root = shopRepo({ git: false })
    git(root, 'init', '-q', '-b', 'main')
    const p = (await plan(root)).plan!
    expect(p.source_state).toBe('no-commit')
    expect(p.source_commit).toBeNull()
    expect(p.dirty_paths).toContain('apps/server')
    rmSync(path.join(root, '.git'), { recursive: true, force: true })
    expect(keysOf((await plan(root)).plan!)).toEqual(keysOf(p))
  })

  it('an input path that .gitignore ignores is left out of the key, and the plan says so', async () => {
    const config = `${read(shopRepo({ git: false }), 'modules-rebuild.toml')}\n[plan.admin]\nextra_inputs = ["assets"]\n`
    const root = shopRepo({ config })
    write(root, '.gitignore', 'assets/\n')
    write(root, 'assets/logo.svg', '<svg/>')
    commitAll(root, 'ignore assets')
    const a = (await plan(root)).plan!
    expect(a.notes).toContain('assets exists, but git keeps nothing of it (ignored by .gitignore, or empty): not part of any build key.')
    write(root, 'assets/logo.svg', '<svg>2</svg>')
    write(root, 'crates/search/src/lib.rs', read(root, 'crates/search/src/lib.rs') + '// dirty: the index path\n')
    const b = (await plan(root)).plan!
    expect(b.notes).toContain(a.notes.find((n) => n.startsWith('assets'))!)
    expect(b.targets.admin!.build_key).toBe(a.targets.admin!.build_key)
  })
})
