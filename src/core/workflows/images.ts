/**
 * The image parts of modules-rebuild.yml, from `[images]` of modules-rebuild.toml (pure):
 *
 *   build job    buildx + metadata (OCI labels) + build-push-action into an OCI image layout on
 *                disk (`type=oci,tar=false`, no push, no login), handed to `stage` (input `image`)
 *   publish job  packages / id-token / attestations write, a registry login for the attestations,
 *                one actions/attest-build-provenance per image pushed
 *
 * Without `[images]` every part is empty and the workflow is what it was.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { parseReference } from '../oci/reference.js'
import { pinnedRef, PINS, type PinnedAction } from '../actions/pins.js'
import { usesNode } from './render.js'
import { imageTargets, type ImagesConfig } from '../config/images.js'
import { CONFIG_FILE } from '../config/constants.js'

/** Where the build job writes the image layout (under RUNNER_TEMP). */
export const IMAGE_LAYOUT_TEMP = 'modules-rebuild-image'
/** The registry whose login the job token (GITHUB_TOKEN with packages: write) can make. */
export const TOKEN_REGISTRY = 'ghcr.io'

const uses = (action: PinnedAction) => usesNode(pinnedRef(action), PINS[action].version)
const HAS_IMAGE = "matrix.image_dockerfile != ''"

export interface ImageWorkflowParams {
  image_steps: unknown[]
  stage_image: Record<string, string>
  publish_permissions: Record<string, string>
  attest_steps: unknown[]
}

/**
 * The template parameters of the image parts. Throws nothing; `problems` says when the images
 * cannot be pushed with the job token (a repository on a registry other than ghcr.io).
 */
export function imageWorkflowParams(images: ImagesConfig | undefined): { params: ImageWorkflowParams; problems: Diagnostic[] } {
  const targets = images ? imageTargets(images) : []
  if (!images || targets.length === 0) return { params: { image_steps: [], stage_image: {}, publish_permissions: { contents: 'write' }, attest_steps: [] }, problems: [] }
  const problems: Diagnostic[] = []
  for (const t of targets) {
    const repository = images[t]!.repository
    let host = TOKEN_REGISTRY
    try {
      if (repository !== undefined) host = parseReference(repository).registry
    } catch {
      continue // readConfig reports it
    }
    if (host !== TOKEN_REGISTRY)
      problems.push(
        diagnostic('error', 'images-registry-unsupported', CONFIG_FILE, null, `[images.${t}] repository '${repository}' is on ${host}: the generated publish job pushes with the job token, which only ${TOKEN_REGISTRY} accepts`, `Use a ${TOKEN_REGISTRY}/<owner>/… repository (or leave \`repository\` out for ghcr.io/<owner>/<repo>-${t}); for another registry, publish with the CLI (REGISTRY_USERNAME / REGISTRY_PASSWORD).`)
      )
  }
  const image_steps = [
    { name: 'Set up Docker Buildx', if: HAS_IMAGE, uses: uses('docker/setup-buildx-action') },
    {
      name: 'Image labels',
      id: 'image_meta',
      if: HAS_IMAGE,
      uses: uses('docker/metadata-action'),
      with: {
        images: '${{ matrix.image_repository }}',
        // The tag names the image in the layout; publish tags the registry by digest and release_id.
        tags: 'type=raw,value=${{ matrix.release_id }}',
        // metadata-action sets org.opencontainers.image.{source,revision,version,created,title,…};
        // version is the tag (the release_id), title the package.
        labels: 'org.opencontainers.image.title=${{ matrix.package }}\nmanifest_hash=${{ needs.plan.outputs.manifest_hash }}\n'
      }
    },
    {
      name: 'Build the image into an OCI image layout (no push)',
      id: 'image',
      if: HAS_IMAGE,
      uses: uses('docker/build-push-action'),
      with: {
        context: '${{ matrix.image_context }}',
        file: '${{ matrix.image_dockerfile }}',
        platforms: '${{ matrix.image_platforms }}',
        'build-args': '${{ matrix.image_build_args }}',
        tags: '${{ steps.image_meta.outputs.tags }}',
        labels: '${{ steps.image_meta.outputs.labels }}',
        push: false,
        // Provenance is attested by publish (actions/attest-build-provenance), next to the pushed image.
        provenance: false,
        outputs: `type=oci,dest=\${{ runner.temp }}/${IMAGE_LAYOUT_TEMP},tar=false`
      }
    }
  ]
  const stage_image = {
    image: `\${{ ${HAS_IMAGE} && format('{0}/${IMAGE_LAYOUT_TEMP}', runner.temp) || '' }}`,
    'image-repository': '${{ matrix.image_repository }}'
  }
  const pushed = targets.map((t) => `steps.publish.outputs.${t}_image_digest != ''`).join(' || ')
  const attest_steps = [
    {
      name: `Log in to ${TOKEN_REGISTRY} (the attestations are stored next to the images)`,
      if: pushed,
      uses: uses('docker/login-action'),
      with: { registry: TOKEN_REGISTRY, username: '${{ github.actor }}', password: '${{ github.token }}' }
    },
    ...targets.map((t) => ({
      name: `Attest the provenance of the ${t} image`,
      if: `steps.publish.outputs.${t}_image_digest != ''`,
      uses: uses('actions/attest-build-provenance'),
      with: { 'subject-name': `\${{ steps.publish.outputs.${t}_image_name }}`, 'subject-digest': `\${{ steps.publish.outputs.${t}_image_digest }}`, 'push-to-registry': true }
    }))
  ]
  return { params: { image_steps, stage_image, publish_permissions: { contents: 'write', packages: 'write', 'id-token': 'write', attestations: 'write' }, attest_steps }, problems }
}
