/**
 * The headless version contract: publish records `compat` in every component release of a
 * headless plan (the server's version, the modules' compat.server), and checkCompat judges a UI
 * release against a server release — on real releases of examples/shop and on built manifests.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkCompat, compatMessage, CompatInputError, disabledUiModules } from '../src/core/deploy/compat.js'
import { cleanup, commitAll, regenerate, shopRepo, tempDir } from './plan-helpers.js'
import { mod, publishCheckout, v2 } from './release-fixtures.js'

afterAll(cleanup)

const edit = (root: string, rel: string, from: string | RegExp, to: string) => {
  const file = path.join(root, rel)
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`${rel}: nothing replaced`)
  writeFileSync(file, next)
}

describe('headless releases record the contract; checkCompat judges a pair', () => {
  it('a headless plan publishes compat in each component; its own pair is compatible; a later server 0.2 breaks the old admin (blog requires <0.2)', async () => {
    const root = shopRepo()
    const store = path.join(tempDir('store'), 'releases')
    const first = await publishCheckout(root, store, 'headless')
    const server1 = first.manifests.get('server')!
    const admin1 = first.manifests.get('admin')!
    expect([...first.manifests.keys()].sort()).toEqual(['admin', 'server', 'storefront'])
    expect(server1.compat).toEqual({ server_release_id: server1.release_id, server_version: '0.1.0', requirements: expect.arrayContaining([{ slug: 'blog', server: '>=0.1, <0.2' }]) })
    expect(admin1.compat?.requirements).toEqual(server1.compat?.requirements)
    expect(checkCompat(admin1, server1)).toMatchObject({ status: 'compatible', modules: [] })

    // The next server: version 0.2.0, and a blog that supports it.
    edit(root, 'apps/server/Cargo.toml', /^version = "0\.1\.0"/m, 'version = "0.2.0"')
    edit(root, 'crates/blog/rustok-module.toml', 'server = ">=0.1, <0.2"', 'server = ">=0.2, <0.3"')
    regenerate(root)
    commitAll(root, 'server 0.2')
    const second = await publishCheckout(root, store, 'headless')
    const server2 = second.manifests.get('server')!
    expect(server2.compat?.server_version).toBe('0.2.0')
    const r = checkCompat(admin1, server2)
    expect(r.status).toBe('incompatible')
    expect(r.modules).toEqual([{ slug: 'blog', reason: 'server-version', detail: 'requires server >=0.1, <0.2; server is 0.2.0' }])
    expect(disabledUiModules(r)).toEqual(['blog'])
    expect(compatMessage(r)).toContain(`${admin1.release_id} breaks the version contract with server release ${server2.release_id} (0.2.0):\n  blog: requires server >=0.1, <0.2`)
    // The new admin matches the new server.
    expect(checkCompat(second.manifests.get('admin')!, server2).status).toBe('compatible')
  })

  it('a monolith release records no compat (its bytes are unchanged by the contract)', async () => {
    const { manifests } = await publishCheckout(shopRepo(), path.join(tempDir('store'), 'releases'), 'monolith')
    expect(manifests.get('monolith')!.compat).toBeUndefined()
  })
})

describe('checkCompat (built manifests)', () => {
  const server = (over = {}) => v2({ release_id: 's-server-1', component: 'server', modules: [mod('blog', '0.1.0'), mod('shop', '1.0.0')], compat: { server_release_id: 's-server-1', server_version: '0.1.5', requirements: [] }, ...over })
  const admin = (over = {}) => v2({ release_id: 's-admin-1', component: 'admin', modules: [mod('blog', '0.1.0'), mod('shop', '1.0.0')], compat: { server_release_id: 's-server-1', server_version: '0.1.5', requirements: [{ slug: 'shop', server: '~0.1' }] }, ...over })

  it('compatible when every requirement holds and the module sets agree', () => {
    expect(checkCompat(admin(), server())).toEqual({ status: 'compatible', ui_release: 's-admin-1', server_release: 's-server-1', server_version: '0.1.5', modules: [] })
  })
  it('names a module the server lacks, one of another version, and an unmet requirement, sorted', () => {
    const r = checkCompat(admin({ modules: [mod('blog', '0.2.0'), mod('forum', '1.0.0'), mod('shop', '1.0.0')] }), server({ compat: { server_release_id: 's-server-1', server_version: '0.2.0', requirements: [] } }))
    expect(r.modules.map((m) => [m.slug, m.reason])).toEqual([
      ['blog', 'module-version'],
      ['forum', 'missing'],
      ['shop', 'server-version']
    ])
  })
  it('an unknown server version fails every requirement instead of passing it', () => {
    expect(checkCompat(admin(), server({ compat: undefined })).modules).toEqual([{ slug: 'shop', reason: 'server-version', detail: 'requires server ~0.1; the version of server release s-server-1 is unknown' }])
  })
  it('refuses to judge a server as a UI, or a UI as the server', () => {
    expect(() => checkCompat(server(), server())).toThrow(CompatInputError)
    expect(() => checkCompat(admin(), admin())).toThrow(/not a server release/)
  })
})
