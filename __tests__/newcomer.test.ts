/**
 * What a new user sees on the first mistakes: each message says what is wrong and what to type.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { initialConfig } from '../src/app/workflows.js'
import { LIMITS } from '../src/core/manifest/toml.js'
import { cli } from './cli-helpers.js'

const SHOP = path.join(process.cwd(), 'examples', 'shop')
const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})
function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-newcomer-'))
  temps.push(dir)
  return dir
}

describe('first mistakes', () => {
  it('--root pointing at a file says it is a file, and what to pass instead', async () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'modules.toml'), 'schema = 2\n')
    const r = await cli(['validate', '--root', 'modules.toml'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`error[io-error]: ${path.join(dir, 'modules.toml')} is a file, not a directory: --root takes the platform's repository root (the directory that holds modules.toml); for this manifest pass --root ${dir}`)
    writeFileSync(path.join(dir, 'platform.toml'), 'schema = 2\n')
    const other = await cli(['plan', '--root', path.join(dir, 'platform.toml')])
    expect(other.code).toBe(2)
    expect(other.stderr).toContain(`is a file, not a directory`)
    expect(other.stderr).toContain(`pass --root ${dir} --manifest platform.toml`)
  })

  it('a missing modules.toml names the directory searched and suggests --root', async () => {
    const dir = temp()
    for (const command of ['validate', 'generate', 'plan', 'hash']) {
      const r = await cli([command], dir)
      expect([command, r.code]).toEqual([command, 2])
      expect(r.stderr).toContain(`modules.toml: cannot read: no such file in ${dir}; run in the platform's repository root, or pass --root DIR`)
    }
  })

  it('a bad --profile is a usage error with the usage line, not io-error', async () => {
    const r = await cli(['plan', '--root', SHOP, '--profile', 'monolit'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error\[usage-error\]: --profile must be monolith or headless, not 'monolit'\nusage: modules-rebuild plan /)
    expect(r.stderr).not.toContain('io-error')
    const json = JSON.parse((await cli(['plan', '--root', SHOP, '--profile', 'x', '--format', 'json'])).stdout) as { errors: Array<{ rule: string; hint: string }> }
    expect(json.errors.map((e) => e.rule)).toEqual(['usage-error'])
    expect(json.errors[0]!.hint).toMatch(/^usage: modules-rebuild plan /)
  })

  it('an unknown command suggests the nearest one', async () => {
    const r = await cli(['valdate'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe("error: unknown command 'valdate'; did you mean 'validate'? (modules-rebuild validate --help)")
    expect((await cli(['instal'])).stderr.split('\n')[0]).toContain("did you mean 'install'?")
    expect((await cli(['frobnicate'])).stderr.split('\n')[0]).toBe("error: unknown command 'frobnicate'")
  })

  it('workflows generate without modules-rebuild.toml suggests init', async () => {
    const dir = temp()
    for (const sub of ['generate', 'check']) {
      const r = await cli(['workflows', sub], dir)
      expect([sub, r.code]).toEqual([sub, 1])
      expect(r.stderr).toContain(`hint: modules-rebuild.toml does not exist in ${dir}: run \`modules-rebuild init --action OWNER/REPO@<40-hex commit> --action-version vX.Y.Z\` to write it and the workflows.`)
    }
  })

  it('catalog list without a catalog suggests --catalog', async () => {
    const dir = temp()
    const r = await cli(['catalog', 'list'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`error[catalog-fetch-error]: marketplace.toml: cannot read the catalog: no such file in ${dir}; name the catalog with --catalog FILE|URL (a marketplace.toml, or an https:// URL)\n  hint: Check the --catalog value (a marketplace.toml in the root, another file, or an https:// URL); a catalog on a private network needs --allow-private-catalog.`)
  })

  it('--manifest outside --root is refused with the --root to pass (package paths resolve against the root)', async () => {
    const dir = temp()
    const r = await cli(['validate', '--manifest', path.join(SHOP, 'modules.toml')], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`error[usage-error]: --manifest ${path.join(SHOP, 'modules.toml')} is outside the root ${dir}`)
    expect(r.stderr).toContain(`Pass --root ${SHOP}`)
    expect(r.stderr).not.toContain('package-manifest-missing')
    // Inside the root, an absolute --manifest works, and hash reads only the manifest, wherever it is.
    expect((await cli(['validate', '--root', SHOP, '--manifest', path.join(SHOP, 'modules.toml')])).code).toBe(0)
    expect((await cli(['hash', '--manifest', path.join(SHOP, 'modules.toml')], dir)).code).toBe(0)
  })

  it('limit-exceeded carries the line of the offending array', async () => {
    const dir = temp()
    cpSync(SHOP, dir, { recursive: true })
    const many = Array.from({ length: LIMITS.arrayLength + 1 }, (_, i) => `"m${i}"`).join(', ')
    writeFileSync(path.join(dir, 'modules.toml'), `schema = 2\napp = "shop-server"\n\n[settings]\ndefault_enabled = [${many}]\n`)
    const j = JSON.parse((await cli(['validate', '--root', dir, '--format', 'json'])).stdout) as { errors: Array<{ rule: string; line: number; message: string }> }
    expect(j.errors.map((e) => [e.rule, e.line])).toEqual([['limit-exceeded', 5]])
    expect(j.errors[0]!.message).toBe(`array \`settings.default_enabled\` has more than ${LIMITS.arrayLength} elements`)
  })

  it('plan --help says release-plan.json is written only with --out', async () => {
    const r = await cli(['plan', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('release-plan.json is written only with --out FILE')
    const dir = temp()
    cpSync(SHOP, dir, { recursive: true })
    const planned = await cli(['plan', '--root', dir], dir)
    expect(planned.code).toBe(0)
    expect(planned.stdout).not.toContain('wrote ')
    expect(() => readFileSync(path.join(dir, 'release-plan.json'))).toThrow()
  })

  it("init's #:schema line points at the schema in the pinned modules-rebuild repository, readable without installing anything", async () => {
    const first = initialConfig('acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567', 'v0.1.0').split('\n')[0]
    expect(first).toBe('#:schema https://raw.githubusercontent.com/acme/modules-rebuild/0123456789abcdef0123456789abcdef01234567/schema/modules-rebuild.schema.json')
    // That path is the committed schema file in this repository.
    expect(JSON.parse(readFileSync(path.join(process.cwd(), 'schema', 'modules-rebuild.schema.json'), 'utf8')).title).toBe('modules-rebuild.toml')
    const dir = temp()
    mkdirSync(path.join(dir, 'apps', 'server'), { recursive: true })
    const r = await cli(['init', '--action', 'acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567', '--action-version', 'v0.1.0'], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(dir, 'modules-rebuild.toml'), 'utf8').split('\n')[0]).toBe(first)
  })
})
