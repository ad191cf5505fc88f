/**
 * `[images.<target>]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `images`). Only loaded to word findings and to publish the JSON Schema; the
 * patterns, defaults and checks are in images.ts.
 */
import { z } from 'zod'
import { TARGETS, type TargetName } from '../values/values.js'
import { PLATFORM_PATTERN, BUILD_ARG_PATTERN } from './images.js'

const repoPath = (description: string) => z.string().meta({ description: `${description} Repository-relative, '/' between directories.` })

export const ImageConfigSchema = z
  .object({
    dockerfile: repoPath('The Dockerfile, e.g. "apps/server/Dockerfile.release".'),
    context: repoPath('The build context directory ("." is the repository root); the build job builds the target first, so the Dockerfile can COPY the built files.').default('.'),
    repository: z
      .string()
      .optional()
      .describe('Image repository without tag, `HOST/NAME` in lowercase, e.g. "ghcr.io/rustokrs/rustok-server". Default: `ghcr.io/<owner>/<repo>-<target>` of the GitHub repository (GITHUB_REPOSITORY), lowercased. The tag is the release_id.'),
    platforms: z
      .array(z.string().meta({ pattern: PLATFORM_PATTERN, description: 'A platform, e.g. "linux/amd64".' }))
      .min(1)
      .optional()
      .describe('Platforms to build (buildx `platforms`); more than one makes an image index. Default: the runner\'s own. A Dockerfile that COPYs the target\'s built binary can only serve the runner\'s platform.'),
    build_args: z
      .record(z.string().meta({ pattern: BUILD_ARG_PATTERN }), z.string())
      .default({})
      .describe('Dockerfile ARGs (buildx `build-args`). Values may hold {source_commit}, {release_id} and {target}, filled in by the plan, e.g. `OCI_REVISION = "{source_commit}"`.')
  })
  .describe('The container image of this target.')

export const ImagesConfigSchema = z
  .object(Object.fromEntries(TARGETS.map((t) => [t, ImageConfigSchema.optional()])) as { [K in TargetName]: z.ZodOptional<typeof ImageConfigSchema> })
  .describe('Container images, per target (server, admin, storefront). A target without a table has no image. Its build job builds the image into an OCI image layout (no registry login, no push) that travels in the build artifact; publish pushes it and tags it release_id.')

export type ImageConfig = z.output<typeof ImageConfigSchema>
export type ImagesConfig = z.output<typeof ImagesConfigSchema>
