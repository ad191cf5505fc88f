"use strict";
exports.id = 312;
exports.ids = [312];
exports.modules = {

/***/ 1035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readReleasePlan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_plan_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7344);
/* harmony import */ var _core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6009);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9213);




async function readReleasePlan(file) {
    const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8').catch((e) => {
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot read ${file}: ${e.message}`);
    });
    try {
        return (0,_core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonAs */ .W)(_core_plan_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleasePlanSchema */ .Ms, text, file, 'release-plan.json');
    }
    catch (e) {
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(e.message);
    }
}


/***/ }),

/***/ 7344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ ReleasePlanSchema),
/* harmony export */   _e: () => (/* binding */ releasePlanJsonSchema)
/* harmony export */ });
/* unused harmony exports KeyInputsSchema, ArtifactSchema, TargetSchema, MatrixEntrySchema, ComponentSchema, ContractSchema, DeltaEntrySchema, DeltaSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8439);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
/* harmony import */ var _release_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5050);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8027);





const HASH_PATTERN = '^sha256:[0-9a-f]{64}$';
const sha256 = (description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: HASH_PATTERN, description });
const releaseId = (description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _release_id_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_ID_PATTERN */ .ZT.source, description });
const target = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW).describe('A build target: `server`, `admin` or `storefront`.');
const objectId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .nullable()
    .describe('Git object id (hex) of the content: a tree for a directory, a blob for a file; null when the path does not exist.');
const KeyInputsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    generator: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Name and version of the generator (`modules-rebuild <version>`): a new generator may generate different code.'),
    manifest_hash: sha256('manifest_hash of modules.toml: its content, not its comments or layout.'),
    lockfile: objectId.describe('Object id of the Cargo lockfile ([plan] lockfile); null when there is none.'),
    toolchain: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), objectId).describe('Object id of each toolchain file ([plan] toolchain_files) that exists, by path.'),
    workspace_manifest: objectId.describe('Object id of the workspace Cargo.toml ([plan] workspace_manifest).'),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The build command line (`command.shell`).'),
    env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Environment of the build ([plan.<target>] env).'),
    paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), objectId).describe('Object id of every input path of the target, by path (sorted); a directory with `excluded` paths inside has the id of its tree without them.'),
    excluded: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Package directories inside the input paths that the target does not build (e.g. `crates/blog/admin` for the server): left out of the ids.'),
    consumes: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256('Build key of a consumed target.')).describe('Build keys of the targets whose artifact this build consumes (the embedded UIs), by target.'),
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        dockerfile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('[images.<target>] dockerfile.'),
        dockerfile_id: objectId.describe('Object id of the Dockerfile; null when it does not exist.'),
        context: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('[images.<target>] context.'),
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('[images.<target>] repository as written; null for the default.'),
        platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('[images.<target>] platforms; empty for the runner\'s own.'),
        build_args: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('[images.<target>] build_args as written (placeholders unfilled).')
    })
        .optional()
        .describe('Only for a target with an image: its [images.<target>] settings and the Dockerfile\'s object id.')
})
    .describe('Everything the build key covers. Two builds with equal key inputs produce the same artifact.');
const CacheSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Primary key for actions/cache.'),
    restore_keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Fallback key prefixes for actions/cache `restore-keys`, most specific first.'),
    paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Paths to cache (relative to the root, or under ~).')
})
    .describe('An actions/cache entry.');
const ArtifactSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Artifact name: `<prefix>-<target>-<16 hex of the build key>`. Workflow artifact and release asset names start with it.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What the build produces and the artifact packs, relative to the root ([plan.<target>] output).')
})
    .describe('The artifact of a target.');
const ConsumesSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    target: target.describe('The consumed target.'),
    build_key: sha256('Its build key.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Its artifact name.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Where to put the artifact before building (its `artifact.path`).'),
    release_id: releaseId('A release id.').nullable().describe('Release that already holds the artifact, or null when it is built in this run.')
})
    .describe('An artifact this build needs before it starts.');
const ExistingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    release_id: releaseId('Release that holds an artifact with this build key.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Name of that artifact.')
})
    .describe('Where the artifact of this build key already exists.');
const TargetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Cargo package built.'),
    component: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Name of the component (see `components`) this target belongs to.'),
    release_id: releaseId('release_id of that component: the git tag and image tag of its release.'),
    embedded_in: target.nullable().describe('The target that embeds this one (`server` when [build.server] embeds it), else null.'),
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).describe('Build order: stage 0 first; a stage starts when the stages before it are done.'),
    needs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(target).describe('Targets that must be built (or found) before this one.'),
    build_key: sha256('SHA-256 of the canonical JSON of `key_inputs`: decides whether an artifact already exists.'),
    key_inputs: KeyInputsSchema,
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The command as an argument vector; run it from the root without a shell.'),
        shell: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The same command, POSIX-shell quoted, for logs and `run:` steps.')
    })
        .describe('The exact build command.'),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The Cargo feature set of the build, from [codegen] and the profile.'),
    feature_mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['managed', 'flags']).nullable().describe('How the features reach cargo: `managed` (Cargo.toml `default`), `flags` (`--no-default-features --features \u2026`).'),
    env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Environment variables to set for the command.'),
    artifact: ArtifactSchema,
    consumes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ConsumesSchema).describe('Artifacts to download before building.'),
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Image name without tag.'),
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Image tag: the component release_id.'),
        ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`name:tag`.'),
        build: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
            dockerfile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The Dockerfile, repository-relative.'),
            context: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The build context, repository-relative (`.`: the root).'),
            platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Platforms to build; empty: the runner\'s own.'),
            build_args: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Dockerfile ARGs, placeholders filled in.')
        })
            .nullable()
            .optional()
            .describe('How the build job builds the image ([images.<target>]); null or absent when the target has no [images] table (its image, if any, is pushed by other means).')
    })
        .nullable()
        .describe('Container image of the target; null when the target is embedded in another.'),
    cache: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        registry: CacheSchema.describe('The cargo registry and git checkouts, keyed by the lockfile.'),
        target: CacheSchema.describe('The cargo target directory: exact hit for the same build key; restore-keys fall back to the same lockfile and toolchain, so a manifest change reuses compiled dependencies.')
    })
        .describe('Cache entries for @actions/cache.'),
    rebuild: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('true when no existing release holds an artifact with this build key, so the target is in `matrix`.'),
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Why the target is (not) rebuilt, in words.'),
    existing: ExistingSchema.nullable().describe('The existing artifact when `rebuild` is false.'),
    changed_since_base: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .nullable()
        .describe('PR mode: the key inputs that differ from the base (`manifest_hash`, `command`, `lockfile`, a path, \u2026); empty when the build key equals the base one; null without --base.')
})
    .meta({ id: 'ReleasePlanTarget', description: 'One build target.' });
const MatrixEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    target,
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().describe('`targets.<target>.stage`.'),
    needs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(target).describe('`targets.<target>.needs`.'),
    component: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.component`.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.release_id`.'),
    build_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.build_key`.'),
    package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.package`.'),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.command.shell`.'),
    argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('`targets.<target>.command.argv`.'),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The features, joined with commas.'),
    env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('`targets.<target>.env`.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.artifact.name`.'),
    artifact_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.artifact.path`.'),
    consumes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ConsumesSchema).describe('`targets.<target>.consumes`.'),
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`targets.<target>.image.ref`, or "" when there is no image.'),
    image_repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('`targets.<target>.image.name` when the build job builds the image, else "".'),
    image_dockerfile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('`targets.<target>.image.build.dockerfile`, or "": the build job builds no image.'),
    image_context: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('`targets.<target>.image.build.context`, or "".'),
    image_platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('`targets.<target>.image.build.platforms`, joined with commas ("" for the runner\'s own).'),
    image_build_args: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('`targets.<target>.image.build.build_args` as `NAME=value` lines (the form of build-push-action `build-args`).'),
    cache_registry_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.registry.key`.'),
    cache_registry_restore_keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.registry.restore_keys`, one per line (the form of actions/cache `restore-keys`).'),
    cache_registry_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.registry.paths`, one per line.'),
    cache_target_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.target.key`.'),
    cache_target_restore_keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.target.restore_keys`, one per line.'),
    cache_target_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`cache.target.paths`, one per line.')
})
    .describe('One job of the build matrix: the fields of a target, flattened to strings where actions inputs need them.');
const ComponentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`monolith` (one component), else `server`, `admin` or `storefront`.'),
    release_id: releaseId('The component release_id: `<prefix>-<name>-<12 hex>` of the profile and the build keys of its targets.'),
    targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(target).describe('Targets shipped in the component, in build order.'),
    existing: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('true when a release with this id exists in the release store.')
})
    .describe('A separately released and deployed unit.');
const ContractSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    server_release_id: releaseId('release_id of the server component the UI components are built against.'),
    server_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('[package] version of the server (workspace version when inherited); null when unknown.'),
    manifest_hash: sha256('manifest_hash the UIs and the server were planned from: their module sets match.'),
    modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('`slug@version` of every module, sorted: the API the UIs expect from the server.'),
    requirements: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Module slug.'), server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Its [compat] server requirement (Cargo syntax).') }))
        .describe('[compat] server of every module that declares one.'),
    server_requirement: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('All requirements joined (Cargo syntax, comma = and); null when no module declares one.'),
    satisfied: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullable().describe('Whether server_version satisfies every requirement; null when either is unknown.')
})
    .describe('What the separately released components promise each other (profiles with more than one component).');
const DeltaEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    op: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['+', '-', '~']).describe('`+` added, `-` removed, `~` changed (version or entry).'),
    slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Module slug (from the base for removed modules: untrusted text).'),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('Version after the change (before, for `-`); null when unknown.'),
    text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("RusToK's form: `+slug@ver`, `-slug`, `~slug@ver`."),
    changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('For `~`: what changed (`version 0.1.0 \u2192 0.2.0`, `depends_on`, `features`, \u2026).'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Dependencies of the module (the base ones for `-`).')
})
    .describe('One module change.');
const DeltaSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    base_ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The --base ref as given.'),
    base_commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The commit it resolved to.'),
    base_manifest_hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('manifest_hash of the base modules.toml; null when it cannot be hashed.'),
    entries: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DeltaEntrySchema).describe('The changes, by slug.'),
    text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The entries joined with commas (RusToK builds.modules_delta); empty when the module set is unchanged.'),
    base_keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256('Build key.').nullable()).describe('Build key of every target at the base; null when it cannot be computed (see notes).')
})
    .describe('PR mode (--base): the module delta against the base.');
const ReleasePlanSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_SCHEMA_VERSION */ .j).describe('Format version of release-plan.json.'),
    generator: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('modules-rebuild').describe('The tool.'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Its version.') })
        .describe('What wrote the plan.'),
    manifest_hash: sha256('manifest_hash of modules.toml.'),
    source_commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('HEAD commit of the checkout; null outside git or before the first commit.'),
    source_state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['clean', 'dirty', 'no-commit', 'no-git'])
        .describe('`clean`: every input equals HEAD. `dirty`: some input differs from HEAD (see dirty_paths); its key covers the working-tree content, hashed as git would store it. `no-commit`: no HEAD yet. `no-git`: not a git checkout; inputs hashed from the files (target/ and .git/ skipped).'),
    dirty_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Input paths whose working-tree content differs from HEAD (modified, added, deleted or untracked files).'),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILES */ .jI).describe('What the server embeds: `monolith` (admin and storefront), `headless` (nothing: three components), `server-with-admin`, `server-with-storefront`.'),
    profile_source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['modules.toml', 'option']).describe('`option`: --profile overrode [build.server] embed_admin / embed_storefront of modules.toml for this plan.'),
    release_id: releaseId('The release: the component id when there is one component, else `<prefix>-<profile>-<12 hex>` of the component ids.'),
    build_needed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('true when `matrix` has at least one entry.'),
    existing_release: releaseId('A release id.').nullable().describe('The release_id when every component release already exists in the release store; null otherwise.'),
    lookup: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        store: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'local', 'github']).describe('Where existing releases were looked up; `none`: offline.'),
        note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What the lookup means for this plan.')
    })
        .describe('The release store consulted.'),
    modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Module slug.'),
        crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Cargo package.'),
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('`path`, `git`, `crates-io` or `registry`.'),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('[module] version (path), `version` (registry), `rev` (git); null when unknown.'),
        required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('Core module.'),
        depends_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Slugs of its dependencies.')
    }))
        .describe('The installed modules, by slug.'),
    components: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ComponentSchema).describe('Separately released units, server first.'),
    contract: ContractSchema.nullable().describe('The contract between components; null for a monolith.'),
    targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        server: TargetSchema.optional().describe('The server (`app` of modules.toml).'),
        admin: TargetSchema.optional().describe('The admin app.'),
        storefront: TargetSchema.optional().describe('The storefront app.')
    })
        .describe('Every enabled target ([codegen.<app>] enabled), by name.'),
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(target)).describe('Targets by build stage (all targets, built or not).'),
    matrix: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(MatrixEntrySchema).describe('Targets to build, in stage order.') })
        .describe('`{"include": [...]}` for `strategy.matrix: ${{ fromJSON(...) }}`: only the targets to rebuild. An empty include means nothing to build (guard the job with `build_needed`).'),
    matrix_stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(MatrixEntrySchema).describe('Targets of this stage to build.') }))
        .describe('`matrix` split by stage (one build job per stage: a matrix cannot order its own entries). A rebuilt target also rebuilds the targets it embeds, so every stage reads its inputs from this run.'),
    delta: DeltaSchema.nullable().describe('PR mode (--base); null otherwise.'),
    notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Decisions the plan made that a reader should know (derived inputs, fallbacks, overrides).')
})
    .meta({ title: 'release-plan.json', description: 'The release plan written by `modules-rebuild plan` (schema 1). Readers must ignore unknown fields.' });
function releasePlanJsonSchema() {
    return JSON.stringify(zod__WEBPACK_IMPORTED_MODULE_4__/* .toJSONSchema */ .bl(ReleasePlanSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
}


/***/ }),

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PLAN_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export PLAN_FILE */
const PLAN_SCHEMA_VERSION = 1;
const PLAN_FILE = 'release-plan.json';


/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ IMAGE_LAYOUT_DIR),
/* harmony export */   TI: () => (/* reexport safe */ _actions_constants_js__WEBPACK_IMPORTED_MODULE_0__.TI),
/* harmony export */   WS: () => (/* binding */ BuildInfoSchema),
/* harmony export */   _Y: () => (/* binding */ parseBuildInfo)
/* harmony export */ });
/* unused harmony exports BuildInfoFileSchema, BuildInfoImageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6009);
/* harmony import */ var _actions_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9398);




const IMAGE_LAYOUT_DIR = 'oci-image';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits');
const BuildInfoFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Path of the file relative to the repository root (POSIX separators); the same path inside the artifact.'),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 of the file, hex.')
})
    .describe('One built file.');
const BuildInfoImageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Image repository without tag or digest, e.g. `ghcr.io/owner/platform-server`.'),
    digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('Digest of the manifest (or index): what publish pushes and tags `release_id`.'),
    layout: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Directory of the OCI image layout inside the artifact that holds the image (the build job built it, pushed nothing); absent: the image is in `repository` already and publish only tags it.')
})
    .describe('The container image of the target.');
const BuildInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2)]).describe('Format version: 2 (1 is still read).'),
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('`server`, `admin` or `storefront`.'),
    build_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('release-plan.json targets.<target>.build_key.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('manifest_hash of the plan the build ran for.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('release_id of that plan.'),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(BuildInfoFileSchema).min(1).describe('The built files.'),
    image: BuildInfoImageSchema.nullable().optional().describe('Schema 2: the image, or null when the target has none.'),
    started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional().describe('Schema 2: when the build step started (ISO 8601, UTC).'),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional().describe('Schema 2: when staging finished (ISO 8601, UTC).')
})
    .meta({ title: 'build-info.json', description: 'What one build artifact holds: target, build key, files with their SHA-256, and the image pushed by digest.' });
function parseBuildInfo(text, where) {
    return (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAs */ .W)(BuildInfoSchema, text, where, 'build-info.json');
}


/***/ })

};
;