/**
 * `[images.<target>]` of modules-rebuild.toml: the container image of a target, built in the build
 * job from the repository's own Dockerfile into an OCI image layout (never pushed there) and pushed
 * by publish. The single definition of the section; ConfigSchema mounts it as `images`. Pure.
 */
import { z } from 'zod'
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { repoPathProblem } from '../manifest/identifiers.js'
import type { KeyPath } from '../manifest/locate.js'
import type { RuleId } from '../diagnostics/rules.js'
import { parseReference } from '../oci/reference.js'
import { TARGETS, type TargetName } from '../values/values.js'

/** `os/arch[/variant]` as buildx spells platforms. */
export const PLATFORM_PATTERN = '^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$'
/** A Dockerfile ARG name. */
export const BUILD_ARG_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$'
/** What a build_args value may say besides literal text: the plan fills these in. */
export const BUILD_ARG_PLACEHOLDERS = ['{source_commit}', '{release_id}', '{target}'] as const

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

/** The targets that have an image, in TARGETS order. */
export const imageTargets = (images: ImagesConfig): TargetName[] => TARGETS.filter((t) => images[t] !== undefined)

/** `ghcr.io/<owner>/<repo>-<target>`, lowercased: the default repository of a target's image. */
export function defaultImageRepository(githubRepository: string, target: TargetName): string {
  return `ghcr.io/${githubRepository.toLowerCase()}-${target}`
}

/** Why `repository` cannot name an image repository (`HOST/NAME`, no tag or digest), or null. */
export function imageRepositoryProblem(repository: string): string | null {
  if (repository.length > 255) return 'is longer than 255 characters'
  try {
    const ref = parseReference(repository)
    if (ref.tag !== undefined || ref.digest !== undefined) return 'carries a tag or digest; the tag is always the release_id'
    return null
  } catch (err) {
    return (err as Error).message.replace(/^"[^"]*": /, '')
  }
}

/** Checks beyond shape of `[images]`; readConfig calls it with a locator into modules-rebuild.toml. */
export function checkImagesConfig(images: ImagesConfig, file: string, where: (path: KeyPath) => Location | null = () => null): Diagnostic[] {
  const out: Diagnostic[] = []
  const err = (rule: RuleId, p: KeyPath, message: string, hint: string) => out.push(diagnostic('error', rule, file, where(['images', ...p]), message, hint))
  for (const t of TARGETS) {
    const c = images[t]
    if (!c) continue
    for (const key of ['dockerfile', 'context'] as const) {
      const problem = repoPathProblem(c[key]) ?? (c[key].includes('\n') ? 'contains a line break' : null)
      if (problem) err('config-invalid-path', [t, key], `\`images.${t}.${key}\` '${c[key]}' ${problem}`, key === 'dockerfile' ? `Write the Dockerfile's path relative to the repository root, e.g. "apps/${t}/Dockerfile".` : 'Write a directory relative to the repository root; "." is the root.')
    }
    if (c.repository !== undefined) {
      const problem = imageRepositoryProblem(c.repository)
      if (problem) err('config-invalid-identifier', [t, 'repository'], `\`images.${t}.repository\` '${c.repository}' ${problem}`, `Write HOST/NAME in lowercase without a tag, e.g. "ghcr.io/owner/platform-${t}".`)
    }
    c.platforms?.forEach((p, i) => {
      if (!new RegExp(PLATFORM_PATTERN).test(p)) err('config-invalid-identifier', [t, 'platforms', i], `\`images.${t}.platforms\` '${p}' is not a platform`, 'Write os/arch[/variant] in lowercase, e.g. "linux/amd64" or "linux/arm64".')
    })
    for (const [k, v] of Object.entries(c.build_args)) {
      if (!new RegExp(BUILD_ARG_PATTERN).test(k)) err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args\` key '${k}' is not a Dockerfile ARG name`, 'Use ASCII letters, digits and `_`, not starting with a digit.')
      // buildx reads build-args one per line: a line break would smuggle in another argument.
      if (/[\r\n]/.test(v)) err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args.${k}\` contains a line break`, 'Write the value on one line.')
      const unknown = (v.match(/\{[^{}]*\}/g) ?? []).filter((p) => !(BUILD_ARG_PLACEHOLDERS as readonly string[]).includes(p))
      if (unknown.length) err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args.${k}\` uses ${unknown.join(', ')}`, `The placeholders are ${BUILD_ARG_PLACEHOLDERS.join(', ')}.`)
    }
  }
  return out
}

/** A build_args value with its placeholders filled in. */
export function fillBuildArg(value: string, facts: { source_commit: string | null; release_id: string; target: string }): string {
  return value.replace(/\{(source_commit|release_id|target)\}/g, (_, k: 'source_commit' | 'release_id' | 'target') => facts[k] ?? '')
}

/** The Dockerfiles `init` looks for, per target, in order: the release one first. */
export const dockerfileCandidates = (target: TargetName): string[] => [`apps/${target}/Dockerfile.release`, `apps/${target}/Dockerfile`]

/**
 * The `[images.*]` tables `init` writes for the Dockerfiles it found (TOML text, commented), or a
 * commented example when it found none.
 */
export function imagesToml(found: ReadonlyArray<{ target: TargetName; dockerfile: string }>, eol = '\n'): string {
  const lines = [
    '# Container images, per target: built by the build job from the repository\'s Dockerfile into an',
    '# OCI image layout (no push there), pushed by publish as <repository>:<release_id>. The Dockerfile',
    '# and these settings are part of the build key. README "Container images".'
  ]
  if (!found.length) lines.push('# [images.server]', '# dockerfile = "apps/server/Dockerfile.release"')
  for (const f of found) {
    lines.push(
      `[images.${f.target}]`,
      `dockerfile = ${JSON.stringify(f.dockerfile)}`,
      '# context = "."   # the directory its COPY lines read (the build job built the target first)',
      `# repository = "ghcr.io/<owner>/<repo>-${f.target}"   # the default`,
      ''
    )
  }
  return lines.join(eol).replace(new RegExp(`${eol}$`), '') + eol
}
