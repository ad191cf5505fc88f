// init finds the Dockerfiles of the targets (apps/<target>/Dockerfile.release, else
// apps/<target>/Dockerfile) and writes [images.<target>]; the generated workflow then builds
// and publishes those images. Temporary copies of examples/shop; RusToK's fixture has no Dockerfiles.
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { readConfig } from '../src/core/config/config.js'
import { checkImagesConfig, dockerfileCandidates, imagesToml } from '../src/core/config/images.js'
import { cli } from './cli-helpers.js'

const ACTION = `acme/modules-rebuild@${'c'.repeat(40)}`
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function shop(dockerfiles: string[], config: boolean): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'mr-init-images-')), 'root')
  dirs.push(path.dirname(root))
  cpSync('examples/shop', root, { recursive: true, filter: (src) => !/[\\/]target$/.test(src) })
  if (!config) rmSync(path.join(root, 'modules-rebuild.toml'))
  for (const f of dockerfiles) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
    writeFileSync(path.join(root, f), 'FROM scratch\n')
  }
  return root
}

describe('init and Dockerfiles', () => {
  it('a new config: the release Dockerfile wins over the plain one; a target without one gets no image', async () => {
    const root = shop(['apps/server/Dockerfile.release', 'apps/server/Dockerfile', 'apps/admin/Dockerfile'], false)
    const r = await cli(['init', '--root', root, '--action', ACTION, '--action-version', 'v1.2.3'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('[images.server] dockerfile = apps/server/Dockerfile.release (found;')
    const config = readConfig(readFileSync(path.join(root, 'modules-rebuild.toml'), 'utf8')).config!
    expect(config.images).toEqual({ server: { dockerfile: 'apps/server/Dockerfile.release', context: '.', build_args: {} }, admin: { dockerfile: 'apps/admin/Dockerfile', context: '.', build_args: {} } })
    const wf = parseYaml(readFileSync(path.join(root, '.github/workflows/modules-rebuild.yml'), 'utf8'))
    expect(wf.jobs.publish.permissions).toEqual({ contents: 'write', packages: 'write', 'id-token': 'write', attestations: 'write' })
    expect(wf.jobs.publish.steps.filter((s: { uses?: string }) => s.uses?.startsWith('actions/attest-build-provenance@')).map((s: { name: string }) => s.name)).toEqual(['Attest the provenance of the server image', 'Attest the provenance of the admin image'])
    expect((await cli(['workflows', 'check', '--root', root])).code).toBe(0)
  })

  it('no Dockerfile: no [images] table (only a commented example), and no image step', async () => {
    const root = shop([], false)
    expect((await cli(['init', '--root', root, '--action', ACTION, '--action-version', 'v1.2.3'])).code).toBe(0)
    const text = readFileSync(path.join(root, 'modules-rebuild.toml'), 'utf8')
    expect(text).toContain('# [images.server]')
    expect(readConfig(text).config!.images).toBeUndefined()
    expect(readFileSync(path.join(root, '.github/workflows/modules-rebuild.yml'), 'utf8')).not.toContain('docker/')
  })

  it('an existing config without [images]: the tables are appended, every other byte kept; a second init changes nothing', async () => {
    const root = shop(['apps/storefront/Dockerfile'], true)
    const file = path.join(root, 'modules-rebuild.toml')
    const before = readFileSync(file, 'utf8')
    const r = await cli(['init', '--root', root, '--action', ACTION, '--action-version', 'v1.2.3'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('modules-rebuild.toml: added [images.storefront] for apps/storefront/Dockerfile')
    const after = readFileSync(file, 'utf8')
    expect(after.startsWith(before)).toBe(true)
    expect(readConfig(after).config!.images?.storefront?.dockerfile).toBe('apps/storefront/Dockerfile')
    const again = await cli(['init', '--root', root, '--action', ACTION, '--action-version', 'v1.2.3'])
    expect(again.stdout.split('\n')[0]).toBe('modules-rebuild.toml exists; kept as it is')
    expect(readFileSync(file, 'utf8')).toBe(after)
  })

  it('candidates and the TOML init writes', () => {
    expect(dockerfileCandidates('admin')).toEqual(['apps/admin/Dockerfile.release', 'apps/admin/Dockerfile'])
    const text = imagesToml([{ target: 'server', dockerfile: 'apps/server/Dockerfile.release' }])
    expect(readConfig(`schema = 1\n${text}`).config!.images).toEqual({ server: { dockerfile: 'apps/server/Dockerfile.release', context: '.', build_args: {} } })
  })
})

describe('[images] validation', () => {
  const read = (toml: string) => readConfig(`schema = 1\n${toml}`)
  const rules = (toml: string) => read(toml).diagnostics.map((d) => `${d.rule}@${d.line}: ${d.message}`)

  it('accepts every key', () => {
    const r = read('[images.server]\ndockerfile = "apps/server/Dockerfile.release"\ncontext = "dist/server"\nrepository = "ghcr.io/rustokrs/rustok-server"\nplatforms = ["linux/amd64", "linux/arm64/v8"]\nbuild_args = { OCI_REVISION = "{source_commit}", OCI_VERSION = "{release_id}" }\n')
    expect(r.diagnostics).toEqual([])
    expect(r.config!.images!.server!.platforms).toEqual(['linux/amd64', 'linux/arm64/v8'])
  })

  it.each([
    ['dockerfile outside the repository', '[images.server]\ndockerfile = "../Dockerfile"\n', /config-invalid-path@3: `images.server.dockerfile` '..\/Dockerfile' leaves the repository/],
    ['absolute context', '[images.server]\ndockerfile = "Dockerfile"\ncontext = "/etc"\n', /config-invalid-path@4: `images.server.context` '\/etc' is absolute/],
    ['context starting with -', '[images.admin]\ndockerfile = "Dockerfile"\ncontext = "-x"\n', /config-invalid-path@4: .*starts with '-'/],
    ['uppercase repository', '[images.server]\ndockerfile = "D"\nrepository = "ghcr.io/Acme/Server"\n', /config-invalid-identifier@4: `images.server.repository` 'ghcr.io\/Acme\/Server' "Acme\/Server" is not a repository name/],
    ['repository with a tag', '[images.server]\ndockerfile = "D"\nrepository = "ghcr.io/acme/server:latest"\n', /carries a tag or digest/],
    ['repository without a host', '[images.server]\ndockerfile = "D"\nrepository = "server"\n', /an image reference is HOST/],
    ['a bad platform', '[images.server]\ndockerfile = "D"\nplatforms = ["amd64"]\n', /config-invalid-identifier@4: `images.server.platforms` 'amd64' is not a platform/],
    ['a build arg name', '[images.server]\ndockerfile = "D"\nbuild_args = { "1X" = "a" }\n', /'1X' is not a Dockerfile ARG name/],
    ['a line break in a build arg', '[images.server]\ndockerfile = "D"\nbuild_args = { A = "x\\nB=y" }\n', /build_args.A` contains a line break/],
    ['an unknown placeholder', '[images.server]\ndockerfile = "D"\nbuild_args = { A = "{secret}" }\n', /uses \{secret\}/],
    ['a repository named twice', '[images.server]\ndockerfile = "D"\nrepository = "ghcr.io/a/b"\n[plan.server]\nimage = "ghcr.io/a/c"\n', /config-conflict@4: `images.server.repository` and `plan.server.image` both name/],
    ['no dockerfile', '[images.server]\ncontext = "."\n', /missing-field|invalid-type/]
  ])('refuses %s', (_what, toml, want) => {
    expect(rules(toml).join('\n')).toMatch(want)
    expect(read(toml).config).toBeNull()
  })

  it('an unknown target is an unknown key', () => {
    expect(read('[images.worker]\ndockerfile = "D"\n').diagnostics.map((d) => d.rule)).toEqual(['unknown-key'])
  })

  it('checkImagesConfig alone', () => {
    expect(checkImagesConfig({ admin: { dockerfile: 'apps/admin/Dockerfile', context: '.', build_args: {} } }, 'x.toml')).toEqual([])
  })
})
