/**
 * build-info.json: the file every build artifact carries next to the built files. The build job's
 * stage step writes it; publish reads one per artifact and trusts nothing else about the build.
 * Schema 2 adds the container image pushed by digest and the build's timing; schema 1 (the inline
 * stage script of earlier workflows) still reads.
 */
import { z } from 'zod'
import { parseJsonAs } from './parse-json.js'
import { BUILD_INFO_FILE } from '../actions/constants.js'

export { BUILD_INFO_FILE }

/** Where stage puts the image layout inside the artifact (no leading dot: upload-artifact skips hidden files). */
export const IMAGE_LAYOUT_DIR = 'oci-image'

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits')

export const BuildInfoFileSchema = z
  .object({
    path: z.string().min(1).describe('Path of the file relative to the repository root (POSIX separators); the same path inside the artifact.'),
    size: z.number().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 of the file, hex.')
  })
  .describe('One built file.')

export const BuildInfoImageSchema = z
  .object({
    repository: z.string().min(1).describe('Image repository without tag or digest, e.g. `ghcr.io/owner/platform-server`.'),
    digest: z.string().regex(/^sha256:[0-9a-f]{64}$/).describe('Digest of the manifest (or index): what publish pushes and tags `release_id`.'),
    layout: z
      .string()
      .optional()
      .describe('Directory of the OCI image layout inside the artifact that holds the image (the build job built it, pushed nothing); absent: the image is in `repository` already and publish only tags it.')
  })
  .describe('The container image of the target.')

export const BuildInfoSchema = z
  .looseObject({
    schema: z.union([z.literal(1), z.literal(2)]).describe('Format version: 2 (1 is still read).'),
    target: z.string().min(1).describe('`server`, `admin` or `storefront`.'),
    build_key: z.string().regex(/^sha256:[0-9a-f]{64}$/).describe('release-plan.json targets.<target>.build_key.'),
    artifact: z.string().min(1).describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    manifest_hash: z.string().describe('manifest_hash of the plan the build ran for.'),
    release_id: z.string().describe('release_id of that plan.'),
    files: z.array(BuildInfoFileSchema).min(1).describe('The built files.'),
    image: BuildInfoImageSchema.nullable().optional().describe('Schema 2: the image, or null when the target has none.'),
    started_at: z.string().nullable().optional().describe('Schema 2: when the build step started (ISO 8601, UTC).'),
    finished_at: z.string().nullable().optional().describe('Schema 2: when staging finished (ISO 8601, UTC).')
  })
  .meta({ title: 'build-info.json', description: 'What one build artifact holds: target, build key, files with their SHA-256, and the image pushed by digest.' })

export type BuildInfo = z.output<typeof BuildInfoSchema>
export type BuildInfoFile = z.output<typeof BuildInfoFileSchema>
export type BuildInfoImage = z.output<typeof BuildInfoImageSchema>

/** Parses the text of a build-info.json; throws an Error naming `where` when it is not one. */
export function parseBuildInfo(text: string, where: string): BuildInfo {
  return parseJsonAs(BuildInfoSchema, text, where, 'build-info.json')
}
