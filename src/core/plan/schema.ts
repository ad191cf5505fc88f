/**
 * release-plan.json, schema 1 — the contract between `modules-rebuild plan` and every later job
 * (cargo-dist's plan manifest). The single definition of the format: the TypeScript type and the
 * published JSON Schema (`releasePlanJsonSchema()`, schema/release-plan.schema.json) are derived
 * from it.
 *
 * Compatibility: readers must ignore fields they do not know (every object allows more
 * properties). New fields are added without changing `schema`; `schema` changes only when a field
 * is removed or changes meaning. The file holds no time stamp: the same inputs give the same bytes.
 */
import { z } from 'zod'
import { PROFILES, TARGETS } from '../values/values.js'
import { RELEASE_ID_PATTERN } from './release-id.js'
import { PLAN_SCHEMA_VERSION } from './version.js'

export { PLAN_FILE, PLAN_SCHEMA_VERSION } from './version.js'

const HASH_PATTERN = '^sha256:[0-9a-f]{64}$'

const sha256 = (description: string) => z.string().meta({ pattern: HASH_PATTERN, description })
const releaseId = (description: string) => z.string().meta({ pattern: RELEASE_ID_PATTERN.source, description })
const target = z.enum(TARGETS).describe('A build target: `server`, `admin` or `storefront`.')
const objectId = z
  .string()
  .nullable()
  .describe('Git object id (hex) of the content: a tree for a directory, a blob for a file; null when the path does not exist.')

export const KeyInputsSchema = z
  .looseObject({
    generator: z.string().describe('Name and version of the generator (`modules-rebuild <version>`): a new generator may generate different code.'),
    manifest_hash: sha256('manifest_hash of modules.toml: its content, not its comments or layout.'),
    lockfile: objectId.describe('Object id of the Cargo lockfile ([plan] lockfile); null when there is none.'),
    toolchain: z.record(z.string(), objectId).describe('Object id of each toolchain file ([plan] toolchain_files) that exists, by path.'),
    workspace_manifest: objectId.describe('Object id of the workspace Cargo.toml ([plan] workspace_manifest).'),
    command: z.string().describe('The build command line (`command.shell`).'),
    env: z.record(z.string(), z.string()).describe('Environment of the build ([plan.<target>] env).'),
    paths: z.record(z.string(), objectId).describe('Object id of every input path of the target, by path (sorted); a directory with `excluded` paths inside has the id of its tree without them.'),
    excluded: z.array(z.string()).describe('Package directories inside the input paths that the target does not build (e.g. `crates/blog/admin` for the server): left out of the ids.'),
    consumes: z.record(z.string(), sha256('Build key of a consumed target.')).describe('Build keys of the targets whose artifact this build consumes (the embedded UIs), by target.'),
    image: z
      .looseObject({
        dockerfile: z.string().describe('[images.<target>] dockerfile.'),
        dockerfile_id: objectId.describe('Object id of the Dockerfile; null when it does not exist.'),
        context: z.string().describe('[images.<target>] context.'),
        repository: z.string().nullable().describe('[images.<target>] repository as written; null for the default.'),
        platforms: z.array(z.string()).describe('[images.<target>] platforms; empty for the runner\'s own.'),
        build_args: z.record(z.string(), z.string()).describe('[images.<target>] build_args as written (placeholders unfilled).')
      })
      .optional()
      .describe('Only for a target with an image: its [images.<target>] settings and the Dockerfile\'s object id.')
  })
  .describe('Everything the build key covers. Two builds with equal key inputs produce the same artifact.')

const CacheSchema = z
  .looseObject({
    key: z.string().describe('Primary key for actions/cache.'),
    restore_keys: z.array(z.string()).describe('Fallback key prefixes for actions/cache `restore-keys`, most specific first.'),
    paths: z.array(z.string()).describe('Paths to cache (relative to the root, or under ~).')
  })
  .describe('An actions/cache entry.')

export const ArtifactSchema = z
  .looseObject({
    name: z.string().describe('Artifact name: `<prefix>-<target>-<16 hex of the build key>`. Workflow artifact and release asset names start with it.'),
    path: z.string().describe('What the build produces and the artifact packs, relative to the root ([plan.<target>] output).')
  })
  .describe('The artifact of a target.')

const ConsumesSchema = z
  .looseObject({
    target: target.describe('The consumed target.'),
    build_key: sha256('Its build key.'),
    artifact: z.string().describe('Its artifact name.'),
    path: z.string().describe('Where to put the artifact before building (its `artifact.path`).'),
    release_id: releaseId('A release id.').nullable().describe('Release that already holds the artifact, or null when it is built in this run.')
  })
  .describe('An artifact this build needs before it starts.')

const ExistingSchema = z
  .looseObject({
    release_id: releaseId('Release that holds an artifact with this build key.'),
    artifact: z.string().describe('Name of that artifact.')
  })
  .describe('Where the artifact of this build key already exists.')

export const TargetSchema = z
  .looseObject({
    package: z.string().describe('Cargo package built.'),
    component: z.string().describe('Name of the component (see `components`) this target belongs to.'),
    release_id: releaseId('release_id of that component: the git tag and image tag of its release.'),
    embedded_in: target.nullable().describe('The target that embeds this one (`server` when [build.server] embeds it), else null.'),
    stage: z.number().int().min(0).describe('Build order: stage 0 first; a stage starts when the stages before it are done.'),
    needs: z.array(target).describe('Targets that must be built (or found) before this one.'),
    build_key: sha256('SHA-256 of the canonical JSON of `key_inputs`: decides whether an artifact already exists.'),
    key_inputs: KeyInputsSchema,
    command: z
      .looseObject({
        argv: z.array(z.string()).describe('The command as an argument vector; run it from the root without a shell.'),
        shell: z.string().describe('The same command, POSIX-shell quoted, for logs and `run:` steps.')
      })
      .describe('The exact build command.'),
    features: z.array(z.string()).describe('The Cargo feature set of the build, from [codegen] and the profile.'),
    feature_mode: z.enum(['managed', 'flags']).nullable().describe('How the features reach cargo: `managed` (Cargo.toml `default`), `flags` (`--no-default-features --features …`).'),
    env: z.record(z.string(), z.string()).describe('Environment variables to set for the command.'),
    artifact: ArtifactSchema,
    consumes: z.array(ConsumesSchema).describe('Artifacts to download before building.'),
    image: z
      .looseObject({
        name: z.string().describe('Image name without tag.'),
        tag: z.string().describe('Image tag: the component release_id.'),
        ref: z.string().describe('`name:tag`.'),
        build: z
          .looseObject({
            dockerfile: z.string().describe('The Dockerfile, repository-relative.'),
            context: z.string().describe('The build context, repository-relative (`.`: the root).'),
            platforms: z.array(z.string()).describe('Platforms to build; empty: the runner\'s own.'),
            build_args: z.record(z.string(), z.string()).describe('Dockerfile ARGs, placeholders filled in.')
          })
          .nullable()
          .optional()
          .describe('How the build job builds the image ([images.<target>]); null or absent when the target has no [images] table (its image, if any, is pushed by other means).')
      })
      .nullable()
      .describe('Container image of the target; null when the target is embedded in another.'),
    cache: z
      .looseObject({
        registry: CacheSchema.describe('The cargo registry and git checkouts, keyed by the lockfile.'),
        target: CacheSchema.describe('The cargo target directory: exact hit for the same build key; restore-keys fall back to the same lockfile and toolchain, so a manifest change reuses compiled dependencies.')
      })
      .describe('Cache entries for @actions/cache.'),
    rebuild: z.boolean().describe('true when no existing release holds an artifact with this build key, so the target is in `matrix`.'),
    reasons: z.array(z.string()).describe('Why the target is (not) rebuilt, in words.'),
    existing: ExistingSchema.nullable().describe('The existing artifact when `rebuild` is false.'),
    changed_since_base: z
      .array(z.string())
      .nullable()
      .describe('PR mode: the key inputs that differ from the base (`manifest_hash`, `command`, `lockfile`, a path, …); empty when the build key equals the base one; null without --base.')
  })
  .meta({ id: 'ReleasePlanTarget', description: 'One build target.' })

export const MatrixEntrySchema = z
  .looseObject({
    target,
    stage: z.number().int().describe('`targets.<target>.stage`.'),
    needs: z.array(target).describe('`targets.<target>.needs`.'),
    component: z.string().describe('`targets.<target>.component`.'),
    release_id: z.string().describe('`targets.<target>.release_id`.'),
    build_key: z.string().describe('`targets.<target>.build_key`.'),
    package: z.string().describe('`targets.<target>.package`.'),
    command: z.string().describe('`targets.<target>.command.shell`.'),
    argv: z.array(z.string()).describe('`targets.<target>.command.argv`.'),
    features: z.string().describe('The features, joined with commas.'),
    env: z.record(z.string(), z.string()).describe('`targets.<target>.env`.'),
    artifact: z.string().describe('`targets.<target>.artifact.name`.'),
    artifact_path: z.string().describe('`targets.<target>.artifact.path`.'),
    consumes: z.array(ConsumesSchema).describe('`targets.<target>.consumes`.'),
    image: z.string().describe('`targets.<target>.image.ref`, or "" when there is no image.'),
    image_repository: z.string().optional().describe('`targets.<target>.image.name` when the build job builds the image, else "".'),
    image_dockerfile: z.string().optional().describe('`targets.<target>.image.build.dockerfile`, or "": the build job builds no image.'),
    image_context: z.string().optional().describe('`targets.<target>.image.build.context`, or "".'),
    image_platforms: z.string().optional().describe('`targets.<target>.image.build.platforms`, joined with commas ("" for the runner\'s own).'),
    image_build_args: z.string().optional().describe('`targets.<target>.image.build.build_args` as `NAME=value` lines (the form of build-push-action `build-args`).'),
    cache_registry_key: z.string().describe('`cache.registry.key`.'),
    cache_registry_restore_keys: z.string().describe('`cache.registry.restore_keys`, one per line (the form of actions/cache `restore-keys`).'),
    cache_registry_paths: z.string().describe('`cache.registry.paths`, one per line.'),
    cache_target_key: z.string().describe('`cache.target.key`.'),
    cache_target_restore_keys: z.string().describe('`cache.target.restore_keys`, one per line.'),
    cache_target_paths: z.string().describe('`cache.target.paths`, one per line.')
  })
  .describe('One job of the build matrix: the fields of a target, flattened to strings where actions inputs need them.')

export const ComponentSchema = z
  .looseObject({
    name: z.string().describe('`monolith` (one component), else `server`, `admin` or `storefront`.'),
    release_id: releaseId('The component release_id: `<prefix>-<name>-<12 hex>` of the profile and the build keys of its targets.'),
    targets: z.array(target).describe('Targets shipped in the component, in build order.'),
    existing: z.boolean().describe('true when a release with this id exists in the release store.')
  })
  .describe('A separately released and deployed unit.')

export const ContractSchema = z
  .looseObject({
    server_release_id: releaseId('release_id of the server component the UI components are built against.'),
    server_version: z.string().nullable().describe('[package] version of the server (workspace version when inherited); null when unknown.'),
    manifest_hash: sha256('manifest_hash the UIs and the server were planned from: their module sets match.'),
    modules: z.array(z.string()).describe('`slug@version` of every module, sorted: the API the UIs expect from the server.'),
    requirements: z
      .array(z.looseObject({ slug: z.string().describe('Module slug.'), server: z.string().describe('Its [compat] server requirement (Cargo syntax).') }))
      .describe('[compat] server of every module that declares one.'),
    server_requirement: z.string().nullable().describe('All requirements joined (Cargo syntax, comma = and); null when no module declares one.'),
    satisfied: z.boolean().nullable().describe('Whether server_version satisfies every requirement; null when either is unknown.')
  })
  .describe('What the separately released components promise each other (profiles with more than one component).')

export const DeltaEntrySchema = z
  .looseObject({
    op: z.enum(['+', '-', '~']).describe('`+` added, `-` removed, `~` changed (version or entry).'),
    slug: z.string().describe('Module slug (from the base for removed modules: untrusted text).'),
    version: z.string().nullable().describe('Version after the change (before, for `-`); null when unknown.'),
    text: z.string().describe("RusToK's form: `+slug@ver`, `-slug`, `~slug@ver`."),
    changes: z.array(z.string()).describe('For `~`: what changed (`version 0.1.0 → 0.2.0`, `depends_on`, `features`, …).'),
    depends_on: z.array(z.string()).describe('Dependencies of the module (the base ones for `-`).')
  })
  .describe('One module change.')

export const DeltaSchema = z
  .looseObject({
    base_ref: z.string().describe('The --base ref as given.'),
    base_commit: z.string().describe('The commit it resolved to.'),
    base_manifest_hash: z.string().nullable().describe('manifest_hash of the base modules.toml; null when it cannot be hashed.'),
    entries: z.array(DeltaEntrySchema).describe('The changes, by slug.'),
    text: z.string().describe('The entries joined with commas (RusToK builds.modules_delta); empty when the module set is unchanged.'),
    base_keys: z.record(z.string(), sha256('Build key.').nullable()).describe('Build key of every target at the base; null when it cannot be computed (see notes).')
  })
  .describe('PR mode (--base): the module delta against the base.')

export const ReleasePlanSchema = z
  .looseObject({
    schema: z.literal(PLAN_SCHEMA_VERSION).describe('Format version of release-plan.json.'),
    generator: z
      .looseObject({ name: z.literal('modules-rebuild').describe('The tool.'), version: z.string().describe('Its version.') })
      .describe('What wrote the plan.'),
    manifest_hash: sha256('manifest_hash of modules.toml.'),
    source_commit: z.string().nullable().describe('HEAD commit of the checkout; null outside git or before the first commit.'),
    source_state: z
      .enum(['clean', 'dirty', 'no-commit', 'no-git'])
      .describe('`clean`: every input equals HEAD. `dirty`: some input differs from HEAD (see dirty_paths); its key covers the working-tree content, hashed as git would store it. `no-commit`: no HEAD yet. `no-git`: not a git checkout; inputs hashed from the files (target/ and .git/ skipped).'),
    dirty_paths: z.array(z.string()).describe('Input paths whose working-tree content differs from HEAD (modified, added, deleted or untracked files).'),
    profile: z.enum(PROFILES).describe('What the server embeds: `monolith` (admin and storefront), `headless` (nothing: three components), `server-with-admin`, `server-with-storefront`.'),
    profile_source: z.enum(['modules.toml', 'option']).describe('`option`: --profile overrode [build.server] embed_admin / embed_storefront of modules.toml for this plan.'),
    release_id: releaseId('The release: the component id when there is one component, else `<prefix>-<profile>-<12 hex>` of the component ids.'),
    build_needed: z.boolean().describe('true when `matrix` has at least one entry.'),
    existing_release: releaseId('A release id.').nullable().describe('The release_id when every component release already exists in the release store; null otherwise.'),
    lookup: z
      .looseObject({
        store: z.enum(['none', 'local', 'github']).describe('Where existing releases were looked up; `none`: offline.'),
        note: z.string().describe('What the lookup means for this plan.')
      })
      .describe('The release store consulted.'),
    modules: z
      .array(
        z.looseObject({
          slug: z.string().describe('Module slug.'),
          crate: z.string().describe('Cargo package.'),
          source: z.string().describe('`path`, `git`, `crates-io` or `registry`.'),
          version: z.string().nullable().describe('[module] version (path), `version` (registry), `rev` (git); null when unknown.'),
          required: z.boolean().describe('Core module.'),
          depends_on: z.array(z.string()).describe('Slugs of its dependencies.')
        })
      )
      .describe('The installed modules, by slug.'),
    components: z.array(ComponentSchema).describe('Separately released units, server first.'),
    contract: ContractSchema.nullable().describe('The contract between components; null for a monolith.'),
    targets: z
      .looseObject({
        server: TargetSchema.optional().describe('The server (`app` of modules.toml).'),
        admin: TargetSchema.optional().describe('The admin app.'),
        storefront: TargetSchema.optional().describe('The storefront app.')
      })
      .describe('Every enabled target ([codegen.<app>] enabled), by name.'),
    stages: z.array(z.array(target)).describe('Targets by build stage (all targets, built or not).'),
    matrix: z
      .looseObject({ include: z.array(MatrixEntrySchema).describe('Targets to build, in stage order.') })
      .describe('`{"include": [...]}` for `strategy.matrix: ${{ fromJSON(...) }}`: only the targets to rebuild. An empty include means nothing to build (guard the job with `build_needed`).'),
    matrix_stages: z
      .array(z.looseObject({ include: z.array(MatrixEntrySchema).describe('Targets of this stage to build.') }))
      .describe('`matrix` split by stage (one build job per stage: a matrix cannot order its own entries). A rebuilt target also rebuilds the targets it embeds, so every stage reads its inputs from this run.'),
    delta: DeltaSchema.nullable().describe('PR mode (--base); null otherwise.'),
    notes: z.array(z.string()).describe('Decisions the plan made that a reader should know (derived inputs, fallbacks, overrides).')
  })
  .meta({ title: 'release-plan.json', description: 'The release plan written by `modules-rebuild plan` (schema 1). Readers must ignore unknown fields.' })

export type ReleasePlan = z.output<typeof ReleasePlanSchema>
export type PlanTarget = z.output<typeof TargetSchema>
export type KeyInputs = z.output<typeof KeyInputsSchema>
export type MatrixEntry = z.output<typeof MatrixEntrySchema>
export type Component = z.output<typeof ComponentSchema>
export type Contract = z.output<typeof ContractSchema>
export type DeltaEntry = z.output<typeof DeltaEntrySchema>
export type Delta = z.output<typeof DeltaSchema>
export type Consumes = z.output<typeof ConsumesSchema>

/** The JSON Schema of release-plan.json, as published in schema/release-plan.schema.json. */
export function releasePlanJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(ReleasePlanSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n'
}
