/**
 * release-manifest.json: the asset of every release that lists its artifacts with their build
 * keys, so a later plan can find an artifact by build key instead of building it again.
 *
 * Schema 2 (written by `publish`) adds what the release is: the plan it came from (profile,
 * components and build keys, modules with versions, source commit), every asset with size and
 * SHA-256, the images with their digests, the previous release and the module delta against it,
 * and the build record (RusToK's `builds` row). Schema 1 still reads: `parseReleaseManifest`
 * accepts both, and the plan's release stores use only the fields both have. Readers ignore
 * unknown fields.
 */
import { z } from 'zod'
import { parseJsonAs } from './parse-json.js'

export const RELEASE_MANIFEST = 'release-manifest.json'
export const SHA256SUMS = 'SHA256SUMS'

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits')
const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex>')

export const ReleaseArtifactSchema = z
  .looseObject({
    target: z.string().describe('The target the artifact was built for: `server`, `admin` or `storefront`.'),
    build_key: z.string().meta({ pattern: '^sha256:[0-9a-f]{64}$', description: 'Build key of the build that produced it (release-plan.json targets.<target>.build_key).' }),
    name: z.string().describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    file: z.string().optional().describe('Schema 1: release asset file holding it, when it differs from `name`.'),
    sha256: z.string().optional().describe('Schema 1: SHA-256 (hex) of that file.'),
    release_id: z.string().optional().describe('Schema 2: the release whose assets hold the files — this one, or the earlier release a reused artifact (`rebuild: false` in the plan) was built in.'),
    files: z
      .array(
        z.looseObject({
          path: z.string().describe('Path of the built file relative to the repository root (build-info.json files[].path).'),
          asset: z.string().describe('Name of the release asset holding it (in release `release_id`).'),
          size: z.number().int().nonnegative().describe('Size in bytes.'),
          sha256: sha256Hex.describe('SHA-256 (hex).')
        })
      )
      .optional()
      .describe('Schema 2: the built files; empty for a reused artifact whose earlier release predates schema 2.')
  })
  .describe('One artifact of the release.')

const AssetSchema = z
  .looseObject({
    name: z.string().describe('Asset name.'),
    size: z.number().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 (hex).')
  })
  .describe('One release asset.')

const ImageSchema = z
  .looseObject({
    target: z.string().describe('The target the image was built for.'),
    repository: z.string().describe('Image repository without tag or digest, as build-info.json (or, reused, the earlier release) names it.'),
    digest: digest.describe('Digest of the manifest (or index) tagged `tag`.'),
    tag: z.string().describe('The tag publish set: the release_id.'),
    location: z.string().describe('Where it was tagged: `HOST[:PORT]/REPOSITORY` or `oci:DIR/…`.'),
    release_id: z.string().optional().describe('The release the image was built for: this one, or the earlier release of a reused target.'),
    source: z
      .enum(['build', 'registry', 'reused'])
      .optional()
      .describe('`build`: pushed from the image layout of the build artifact; `registry`: already in the registry, only tagged; `reused`: the image of the earlier release that holds a reused target, tagged again.')
  })
  .describe('A container image of the release.')

const BuildRecordSchema = z
  .looseObject({
    build_id: z.string().nullable().describe('`<run_id>.<run_attempt>` of the workflow run; null outside Actions.'),
    status: z.enum(['queued', 'running', 'success', 'failed', 'cancelled']).describe("RusToK's build status; a published release is `success`."),
    profile: z.string().describe('The profile built.'),
    manifest_hash: z.string().describe('manifest_hash built.'),
    modules_delta: z.string().describe('`+slug@ver,-slug,~slug@ver` against the previous release; empty when unchanged or there is none.'),
    started_at: z.string().nullable().describe('Earliest build start of the artifacts (build-info.json), ISO 8601 UTC; null when unknown.'),
    finished_at: z.string().describe('When publish assembled the release, ISO 8601 UTC.'),
    logs_url: z.string().nullable().describe('The workflow run: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`.'),
    requested_by: z.string().nullable().describe('GITHUB_ACTOR.'),
    event: z.string().nullable().describe('GITHUB_EVENT_NAME: push, workflow_dispatch, …'),
    reason: z.string().nullable().describe('The dispatch input `reason` (`--reason`).')
  })
  .describe("The build record (RusToK's `builds` row).")

/** The headless version contract (src/core/deploy/compat.ts reads it before a UI release is deployed). */
export const CompatSchema = z
  .looseObject({
    server_release_id: z.string().describe('The server release of the same plan (what the UIs were built against).'),
    server_version: z.string().nullable().describe("The server's [package] version in that plan; null when unknown."),
    requirements: z
      .array(z.looseObject({ slug: z.string().describe('Module slug.'), server: z.string().describe('Its `compat.server` requirement (Cargo syntax), from its package manifest.') }))
      .describe('`compat.server` of every module that declares one.')
  })
  .describe('Profiles with several components (headless) only: the version contract between the server and the UI releases. A server release reads its `server_version`; a UI release is checked with its `requirements`.')

const ManifestV1Schema = z
  .looseObject({
    schema: z.literal(1).describe('Format version.'),
    release_id: z.string().describe('The release_id, equal to the git tag of the release.'),
    manifest_hash: z.string().optional().describe('manifest_hash the release was built from.'),
    source_commit: z.string().nullable().optional().describe('Commit the release was built from.'),
    profile: z.string().optional().describe('Profile of the plan that built it.'),
    artifacts: z.array(ReleaseArtifactSchema).describe('The artifacts, by target.')
  })
  .describe('Schema 1: the artifacts and their build keys.')

export const ReleaseManifestV2Schema = z
  .looseObject({
    schema: z.literal(2).describe('Format version.'),
    release_id: z.string().describe('The release_id, equal to the git tag of the release and the image tag.'),
    component: z.string().describe('The component released (`monolith`, `server`, `admin`, `storefront`).'),
    plan_release_id: z.string().describe('release-plan.json release_id (differs from `release_id` when the profile has several components).'),
    manifest_hash: z.string().describe('manifest_hash the release was built from.'),
    source_commit: z.string().nullable().describe('Commit the release was built from; null outside git.'),
    profile: z.string().describe('Profile of the plan that built it.'),
    generator: z.looseObject({ name: z.string(), version: z.string() }).describe('The modules-rebuild that published it.'),
    components: z
      .array(z.looseObject({ name: z.string().describe('Component name.'), release_id: z.string().describe('Its release_id.'), build_keys: z.record(z.string(), z.string()).describe('Build key of each of its targets.') }))
      .describe('Every component of the plan and the build keys of its targets.'),
    modules: z
      .array(
        z.looseObject({
          slug: z.string(),
          crate: z.string(),
          source: z.string(),
          version: z.string().nullable(),
          required: z.boolean(),
          depends_on: z.array(z.string())
        })
      )
      .describe('The installed modules with their versions (release-plan.json modules).'),
    artifacts: z.array(ReleaseArtifactSchema).describe('The artifacts of the component, by target.'),
    assets: z.array(AssetSchema).describe('Every asset of the release except release-manifest.json and SHA256SUMS, by name.'),
    images: z.array(ImageSchema).describe('The images tagged `release_id`.'),
    previous_release: z.string().nullable().describe('The newest earlier release of the same component in the store; null for the first.'),
    delta: z
      .looseObject({ text: z.string().describe('`+slug@ver,-slug,~slug@ver`.'), entries: z.array(z.looseObject({ op: z.string(), slug: z.string(), version: z.string().nullable(), text: z.string(), changes: z.array(z.string()) })) })
      .nullable()
      .describe('Module delta against `previous_release`; null without one (or when it predates schema 2).'),
    compat: CompatSchema.optional(),
    build: BuildRecordSchema
  })
  .meta({ title: 'release-manifest.json', description: 'What one release is: plan, modules, artifacts, assets, images, delta and build record (schema 2; schema 1 still reads).' })

export const ReleaseManifestSchema = z.discriminatedUnion('schema', [ManifestV1Schema, ReleaseManifestV2Schema])

export type ReleaseManifest = z.output<typeof ReleaseManifestSchema>
export type ReleaseImage = z.output<typeof ImageSchema>
export type ReleaseManifestV2 = z.output<typeof ReleaseManifestV2Schema>
export type ReleaseArtifact = z.output<typeof ReleaseArtifactSchema>
export type BuildRecord = z.output<typeof BuildRecordSchema>

/** Parses the text of a release-manifest.json (schema 1 or 2); throws an Error naming `where` when it is not one. */
export function parseReleaseManifest(text: string, where: string): ReleaseManifest {
  return parseJsonAs(ReleaseManifestSchema, text, where, 'release-manifest.json')
}

/** The bytes of a schema 2 manifest: schema key order, two-space indent, final newline. */
export function serializeReleaseManifest(m: ReleaseManifestV2): string {
  return JSON.stringify(ReleaseManifestV2Schema.parse(m), null, 2) + '\n'
}

/** The JSON Schema of release-manifest.json (both schemas), as published in schema/release-manifest.schema.json. */
export function releaseManifestJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(ReleaseManifestSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n'
}
