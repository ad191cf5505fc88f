// [images.<target>] in the plan: release-plan.json targets.<t>.image.build and the matrix image_*
// fields the build job reads; the Dockerfile and the settings are part of the build key; the
// default repository comes from GITHUB_REPOSITORY and is required when no repository is set.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { runPlan } from '../src/app/plan.js'
import { cleanup, commitAll, shopRepo } from './plan-helpers.js'

afterAll(cleanup)

const SHOP_CONFIG = readFileSync('examples/shop/modules-rebuild.toml', 'utf8')
const IMAGES = `
[images.server]
dockerfile = "apps/server/Dockerfile.release"
build_args = { OCI_REVISION = "{source_commit}", OCI_VERSION = "{release_id}" }

[images.storefront]
dockerfile = "apps/storefront/Dockerfile"
context = "apps/storefront"
repository = "ghcr.io/acme/shop-web"
platforms = ["linux/amd64", "linux/arm64"]
`

function repoWithImages(images = IMAGES): string {
  const root = shopRepo({ config: SHOP_CONFIG + images, git: true })
  for (const f of ['apps/server/Dockerfile.release', 'apps/storefront/Dockerfile']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
    writeFileSync(path.join(root, f), 'FROM scratch\nCOPY . /app\n')
  }
  commitAll(root, 'dockerfiles')
  return root
}

describe('plan with [images]', () => {
  it('puts the image build into the plan and the matrix; targets without [images] keep their keys and get empty fields', async () => {
    const plain = await runPlan({ root: shopRepo(), store: null, githubRepository: 'Acme/Shop' })
    const root = repoWithImages()
    const r = await runPlan({ root, store: null, githubRepository: 'Acme/Shop' })
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const plan = r.plan!
    const server = plan.targets.server!
    expect(server.image).toEqual({
      name: 'ghcr.io/acme/shop-server',
      tag: server.release_id,
      ref: `ghcr.io/acme/shop-server:${server.release_id}`,
      build: { dockerfile: 'apps/server/Dockerfile.release', context: '.', platforms: [], build_args: { OCI_REVISION: plan.source_commit, OCI_VERSION: server.release_id } }
    })
    expect(server.key_inputs.image).toMatchObject({ dockerfile: 'apps/server/Dockerfile.release', repository: null, build_args: { OCI_REVISION: '{source_commit}', OCI_VERSION: '{release_id}' } })
    expect(server.key_inputs.image!.dockerfile_id).toMatch(/^[0-9a-f]{40}$/)
    const m = plan.matrix.include.find((x) => x.target === 'storefront')!
    expect(m).toMatchObject({ image_repository: 'ghcr.io/acme/shop-web', image_dockerfile: 'apps/storefront/Dockerfile', image_context: 'apps/storefront', image_platforms: 'linux/amd64,linux/arm64', image_build_args: '' })
    const s = plan.matrix.include.find((x) => x.target === 'server')!
    expect(s.image_build_args).toBe(`OCI_REVISION=${plan.source_commit}\nOCI_VERSION=${server.release_id}`)
    // The admin has no [images]: no build, empty matrix fields, the same key as without [images].
    expect(plan.targets.admin!.image!.build).toBeNull()
    expect(plan.matrix.include.find((x) => x.target === 'admin')).toMatchObject({ image_repository: '', image_dockerfile: '', image_context: '', image_platforms: '', image_build_args: '' })
    expect(plan.targets.admin!.build_key).toBe(plain.plan!.targets.admin!.build_key)
    expect(plan.targets.server!.build_key).not.toBe(plain.plan!.targets.server!.build_key)
  })

  it('a Dockerfile edit changes the build key; another GITHUB_REPOSITORY changes the name, not the key', async () => {
    const root = repoWithImages()
    const a = (await runPlan({ root, store: null, githubRepository: 'acme/shop' })).plan!
    const fork = (await runPlan({ root, store: null, githubRepository: 'someone/shop-fork' })).plan!
    expect(fork.targets.server!.image!.name).toBe('ghcr.io/someone/shop-fork-server')
    expect(fork.targets.server!.build_key).toBe(a.targets.server!.build_key)
    writeFileSync(path.join(root, 'apps/server/Dockerfile.release'), 'FROM scratch\nCOPY . /srv\n')
    const b = (await runPlan({ root, store: null, githubRepository: 'acme/shop' })).plan!
    expect(b.targets.server!.build_key).not.toBe(a.targets.server!.build_key)
    expect(b.targets.storefront!.build_key).toBe(a.targets.storefront!.build_key)
  })

  it('without a repository and without GITHUB_REPOSITORY: refused, naming the target', async () => {
    const r = await runPlan({ root: repoWithImages(), store: null, githubRepository: null })
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['image-repository-unknown'])
    expect(r.diagnostics[0]!.message).toContain('[images.server]')
  })
})
