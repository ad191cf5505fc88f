/**
 * release-manifest.json, schema 1: the asset of every release that lists its artifacts with their
 * build keys, so a later plan can find an artifact by build key instead of building it again.
 * Readers ignore unknown fields.
 */
import { z } from 'zod'

export const RELEASE_MANIFEST = 'release-manifest.json'

export const ReleaseArtifactSchema = z
  .looseObject({
    target: z.string().describe('The target the artifact was built for: `server`, `admin` or `storefront`.'),
    build_key: z.string().meta({ pattern: '^sha256:[0-9a-f]{64}$', description: 'Build key of the build that produced it (release-plan.json targets.<target>.build_key).' }),
    name: z.string().describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    file: z.string().optional().describe('Release asset file holding it, when it differs from `name`.'),
    sha256: z.string().optional().describe('SHA-256 (hex) of that file.')
  })
  .describe('One artifact of the release.')

export const ReleaseManifestSchema = z
  .looseObject({
    schema: z.literal(1).describe('Format version.'),
    release_id: z.string().describe('The release_id, equal to the git tag of the release.'),
    manifest_hash: z.string().optional().describe('manifest_hash the release was built from.'),
    source_commit: z.string().nullable().optional().describe('Commit the release was built from.'),
    profile: z.string().optional().describe('Profile of the plan that built it.'),
    artifacts: z.array(ReleaseArtifactSchema).describe('The artifacts, by target.')
  })
  .meta({ title: 'release-manifest.json', description: 'Artifacts of one release and the build keys they were built with (schema 1).' })

export type ReleaseManifest = z.output<typeof ReleaseManifestSchema>
export type ReleaseArtifact = z.output<typeof ReleaseArtifactSchema>

/** Parses the text of a release-manifest.json; throws an Error naming `where` when it is not one. */
export function parseReleaseManifest(text: string, where: string): ReleaseManifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new Error(`${where}: not JSON: ${(err as Error).message}`)
  }
  const r = ReleaseManifestSchema.safeParse(data)
  if (!r.success) throw new Error(`${where}: not a release-manifest.json: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`)
  return r.data
}
