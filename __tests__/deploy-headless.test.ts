/**
 * The headless version contract at deploy time, through the CLI on a local store of real headless
 * releases of examples/shop: server 0.1 with its UIs, then server 0.2 (blog moved to >=0.2). A UI
 * release against a server it does not fit is refused (and a server against the UIs it would break);
 * --allow-degraded deploys it and reports disabled_ui_modules.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from './cli-helpers.js'
import { cleanup, commitAll, regenerate, shopRepo, tempDir } from './plan-helpers.js'
import { publishCheckout } from './release-fixtures.js'

afterAll(cleanup)

const edit = (root: string, rel: string, from: string | RegExp, to: string) => {
  const file = path.join(root, rel)
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to))
}

describe('deploy (headless): the version contract', () => {
  it('refuses an incompatible pair in both directions; --allow-degraded deploys and names the modules', async () => {
    const root = shopRepo()
    const work = tempDir('headless')
    const store = path.join(work, 'releases')
    const v1 = await publishCheckout(root, store, 'headless')
    edit(root, 'apps/server/Cargo.toml', /^version = "0\.1\.0"/m, 'version = "0.2.0"')
    edit(root, 'crates/blog/rustok-module.toml', 'server = ">=0.1, <0.2"', 'server = ">=0.2, <0.3"')
    regenerate(root)
    commitAll(root, 'server 0.2')
    const v2 = await publishCheckout(root, store, 'headless')
    const id = (v: typeof v1, c: string) => v.manifests.get(c)!.release_id
    const deploy = (release: string, ...extra: string[]) => cli(['deploy', '--release', release, '--environment', 'production', '--store', 'releases', '--format', 'json', ...extra], work)

    // Server 0.1 and its admin: compatible.
    expect((await deploy(id(v1, 'server'))).code).toBe(0)
    const a1 = await deploy(id(v1, 'admin'))
    expect(a1.code).toBe(0)
    expect(JSON.parse(a1.stdout)).toMatchObject({ outcome: 'deployed', disabled_ui_modules: [], compat: [{ status: 'compatible', server_release: id(v1, 'server') }] })

    // Server 0.2 would break the admin that production runs: refused, nothing moved.
    const s2 = await deploy(id(v2, 'server'))
    expect(s2.code).toBe(1)
    const refused = JSON.parse(s2.stdout)
    expect(refused.outcome).toBe('refused')
    expect(refused.errors[0]).toMatchObject({ rule: 'incompatible-release' })
    expect(refused.errors[0].message).toContain(`${id(v1, 'admin')} breaks the version contract with server release ${id(v2, 'server')} (0.2.0):\n  blog: requires server >=0.1, <0.2; server is 0.2.0`)

    // With --allow-degraded the server goes out, and blog is the UI module to switch off.
    const degraded = await deploy(id(v2, 'server'), '--allow-degraded')
    expect(degraded.code).toBe(0)
    expect(JSON.parse(degraded.stdout)).toMatchObject({ outcome: 'deployed', disabled_ui_modules: ['blog'] })
    expect(degraded.stderr).toContain('--allow-degraded: deploying anyway; switch off these UI modules until the versions align: blog')

    // A UI release against the server production now runs: the old storefront is refused, the new admin fits.
    const f1 = await deploy(id(v1, 'storefront'))
    expect(f1.code).toBe(1)
    expect(JSON.parse(f1.stdout).errors[0].message).toContain(`${id(v1, 'storefront')} breaks the version contract with server release ${id(v2, 'server')}`)
    expect((await deploy(id(v2, 'admin'))).code).toBe(0)
    // Rolling the admin back to the one built for 0.1 is refused the same way.
    const back = await cli(['rollback', '--to', id(v1, 'admin'), '--environment', 'production', '--store', 'releases', '--format', 'json'], work)
    expect(back.code).toBe(1)
    expect(JSON.parse(back.stdout).errors[0].rule).toBe('incompatible-release')
  })
})
