// PR mode (--base): the module delta and the changed key inputs, on real git history.
import { afterAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import { cleanup, commitAll, git, keysOf, read, regenerate, shopRepo, tempDir, write } from './plan-helpers.js'

afterAll(cleanup)

const ok = async (root: string, base?: string) => {
  const r = await runPlan({ root, store: null, ...(base !== undefined ? { base } : {}) })
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics, null, 2))
  return r
}

/** main: the shop; HEAD: search removed and blog bumped to 0.3.0. */
function history(): { root: string; main: string } {
  const root = shopRepo()
  const main = git(root, 'rev-parse', 'HEAD')
  git(root, 'tag', 'base')
  write(root, 'modules.toml', read(root, 'modules.toml').replace(/^search = .*\n/m, ''))
  write(root, 'crates/blog/rustok-module.toml', read(root, 'crates/blog/rustok-module.toml').replace('version = "0.2.0"', 'version = "0.3.0"'))
  regenerate(root)
  commitAll(root, 'remove search, blog 0.3.0')
  return { root, main }
}

describe('PR mode', () => {
  it('lists -slug and ~slug@ver, and why each target rebuilds', async () => {
    const { root, main } = history()
    const r = await ok(root, 'base')
    const d = r.plan!.delta!
    expect(d).toMatchObject({ base_ref: 'base', base_commit: main, text: '~blog@0.3.0,-search' })
    expect(d.entries).toEqual([
      { op: '~', slug: 'blog', version: '0.3.0', text: '~blog@0.3.0', changes: ['version 0.2.0 → 0.3.0'], depends_on: ['content', 'comments'] },
      { op: '-', slug: 'search', version: '0.3.0', text: '-search', changes: [], depends_on: [] }
    ])
    const server = r.plan!.targets.server!
    expect(server.changed_since_base).toEqual(['manifest_hash', 'apps/server', 'crates/blog', 'crates/search'])
    expect(server.reasons).toContain('changed since base: manifest_hash, apps/server, crates/blog, crates/search')
    expect(r.plan!.targets.admin!.changed_since_base).toEqual(['manifest_hash', 'apps/admin', 'crates/blog'])
    expect(r.summary).toContain('<code>-search</code>')
    expect(r.summary).toMatch(/class m\d+ changed/)
    expect(r.summary).toMatch(/m\d+\["search@0.3.0"\]/)
    expect(r.summary).toMatch(/class m\d+ removed/)
  })

  it('lists +slug@ver the other way round', async () => {
    const { root, main } = history()
    git(root, 'checkout', '-q', '-b', 'readd')
    git(root, 'revert', '--no-edit', 'HEAD')
    const d = (await ok(root, 'HEAD~1')).plan!.delta!
    expect(d.text).toBe('~blog@0.2.0,+search@0.3.0')
    const same = (await ok(root, main)).plan!
    expect(same.delta!.text).toBe('')
    expect(same.delta!.entries).toEqual([])
    for (const t of ['server', 'admin', 'storefront'] as const) expect(same.targets[t]!.changed_since_base).toEqual([])
    expect(same.targets.server!.reasons).toContain(`build key unchanged since ${main}`)
  })

  it('the base keys are the keys a plan run at the base computes', async () => {
    const { root, main } = history()
    const r = await ok(root, 'base')
    const clone = path.join(tempDir('clone'), 'shop')
    git(path.dirname(clone), 'clone', '-q', root, clone)
    git(clone, 'checkout', '-q', main)
    const atBase = (await ok(clone)).plan!
    expect(r.plan!.delta!.base_keys).toEqual(keysOf(atBase))
    expect(r.plan!.delta!.base_manifest_hash).toBe(atBase.manifest_hash)
  })

  it('a base that does not exist is an error with a fetch hint', async () => {
    const { root } = history()
    const r = await runPlan({ root, store: null, base: 'origin/nope' })
    expect(r.ok).toBe(false)
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'base-unavailable', message: '--base origin/nope: no such commit in this repository' })])
    expect(r.diagnostics[0]!.hint).toMatch(/fetch-depth: 0/)
    const opt = await runPlan({ root, store: null, base: '--output=/tmp/x' })
    expect(opt.ok).toBe(false)
  })

  it('a base whose manifest does not validate still gives the delta, best effort', async () => {
    const root = shopRepo()
    write(root, 'modules.toml', read(root, 'modules.toml').replace('[settings]', 'old = { crate = "shop-old", source = "path", path = "crates/old" }\n\n[settings]'))
    commitAll(root, 'broken base: crates/old does not exist')
    const base = git(root, 'rev-parse', 'HEAD')
    git(root, 'revert', '--no-edit', 'HEAD')
    const p = (await ok(root, base)).plan!
    expect(p.delta!.text).toBe('-old')
    expect(p.delta!.base_keys).toEqual({ server: null, admin: null, storefront: null })
    expect(p.notes.join('\n')).toMatch(/does not plan cleanly/)
    expect(p.targets.server!.changed_since_base).toBeNull()
  })
})
