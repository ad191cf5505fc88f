// The plan on RusToK's real manifest (50 modules, 51 package manifests), its Cargo.toml as it is. Timings: bench/run.mjs.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import { cleanup, commitAll, git, regenerate, tempDir } from './plan-helpers.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'

let root: string
const planned = (o: Partial<Parameters<typeof runPlan>[0]> = {}) => runPlan({ root, store: null, ...o })

describeRustok('RusToK fixture', () => {
  beforeAll(() => {
    root = path.join(tempDir('rustok'), 'rustok')
    cpSync(rustokDir(), root, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', root])
    // No configuration and no hand edit: RusToK's Cargo.toml as it is (12 modules missing from
    // default, mod-iggy_connector undeclared) plans with warnings.
    regenerate(root)
    git(root, 'init', '-q', '-b', 'main')
    commitAll(root, 'rustok')
  })
  afterAll(() => {
    execFileSync('chmod', ['-R', 'u+w', root])
    cleanup()
  })

  it('monolith (what modules.toml says): one release, UIs first, the exact cargo command', async () => {
    const r = await planned()
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'), null, 2))
    expect(r.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'feature-drift'], ['warning', 'feature-declaration'], ['warning', 'feature-declaration']])
    const p = r.plan!
    expect(p.profile).toBe('monolith')
    expect(p.release_id).toMatch(/^rustok-monolith-[0-9a-f]{12}$/)
    expect(p.modules).toHaveLength(50)
    expect(p.stages).toEqual([['admin', 'storefront'], ['server']])
    const server = p.targets.server!
    expect(server.command.argv.slice(0, 8)).toEqual(['cargo', 'build', '--locked', '-p', 'rustok-server', '--release', '--target', 'x86_64-unknown-linux-gnu'])
    expect(server.command.argv.slice(8, 10)).toEqual(['--no-default-features', '--features'])
    // RusToK's non-module default features stay in the build; no feature cargo would refuse.
    expect(server.command.argv[10]!.split(',').slice(0, 4)).toEqual(['redis-cache', 'ai-translation', 'embed-admin', 'embed-storefront'])
    expect(server.command.argv[10]!.split(',')).not.toContain('mod-iggy_connector')
    expect(p.notes.join('\n')).toContain('server: keeps redis-cache, ai-translation of [features] default')
    expect(server.artifact.path).toBe('target/x86_64-unknown-linux-gnu/release/rustok-server')
    expect(Object.keys(server.key_inputs.toolchain)).toEqual(['rust-toolchain.toml'])
    expect(server.key_inputs.lockfile).toBeNull() // the fixture has no Cargo.lock
    expect(Object.keys(server.key_inputs.paths)).toContain('crates/rustok-blog')
  })

  it('headless (--profile): three components and their contract', async () => {
    const r = await planned({ profile: 'headless' })
    expect(r.ok).toBe(true)
    const p = r.plan!
    expect(p.components.map((c) => c.name)).toEqual(['server', 'admin', 'storefront'])
    expect(p.contract!.modules).toHaveLength(50)
    expect(p.targets.server!.features).not.toContain('embed-admin')
    expect(p.targets.server!.features.slice(0, 2)).toEqual(['redis-cache', 'ai-translation'])
    expect(p.targets.server!.key_inputs.paths['apps/admin']).toBeUndefined()
  })
})
