"use strict";
exports.id = 67;
exports.ids = [67];
exports.modules = {

/***/ 2067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jsonSchemas: () => (/* binding */ jsonSchemas),
  registerZodFallbacks: () => (/* binding */ registerZodFallbacks)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/core/catalog/schema.ts
var schema = __webpack_require__(3392);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./src/core/config/constants.ts
var constants = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/core/config/plan.ts
var plan = __webpack_require__(7131);
;// CONCATENATED MODULE: ./src/core/config/plan-schema.ts


const repoPath = (description) => schemas/* string */.YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const targetSchema = (target) => schemas/* object */.Ikc({
    package: schemas/* string */.YjP()
        .optional()
        .describe(target === 'server'
        ? 'Cargo package to build. Default: `app` of modules.toml.'
        : `Cargo package to build. Default: [package] name of [codegen.${target}] cargo_toml.`),
    command: schemas/* array */.YOg(schemas/* string */.YjP())
        .min(1)
        .default([...plan/* DEFAULT_COMMAND */.YT])
        .describe('The build command as an argument vector (never run through a shell). Placeholders: {package}; {profile_args} \u2192 `--release` or `--profile <name>` ([build] profile); {target_args} \u2192 `--target <triple>` or nothing ([build] target); {feature_args} \u2192 the cargo arguments [codegen] decides (nothing in managed mode, `--no-default-features --features \u2026` in flags mode); {features} \u2192 the feature list joined with commas; {profile}; {target}. Examples: `["trunk", "build", "--release", "--features", "{features}"]`, `["cargo", "leptos", "build", "--release"]`.'),
    inputs: schemas/* array */.YOg(repoPath('A file or directory whose content decides the build.'))
        .optional()
        .describe('Replaces the derived input paths of the build key. Default (derived): the app directory, the directory of every Cargo path dependency reachable from its Cargo.toml (through [workspace.dependencies] and [patch]), and the module crates the app compiles in.'),
    extra_inputs: schemas/* array */.YOg(repoPath('A file or directory whose content decides the build.'))
        .default([])
        .describe('Added to the input paths, e.g. assets or a Trunk.toml outside the app directory.'),
    output: repoPath('What the build produces, packed as the artifact.')
        .optional()
        .describe('Build output to pack as the artifact (placeholders as in `command`, plus {target_dir}: `target/<triple>` or `target`, and {profile_dir}: `release`, `debug` for dev, else the profile name). Default: `{target_dir}/{profile_dir}/{package}` (the binary).'),
    image: schemas/* string */.YjP()
        .optional()
        .describe('Container image name (without tag) when this target is deployed on its own. Default: `<image_registry>/<package>`, lowercased. The tag is the release_id.'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe('Environment variables of the build (e.g. RUSTFLAGS, SOURCE_DATE_EPOCH); part of the build key.')
})
    .describe(`How the ${target} target is built.`);
const PlanConfigSchema = schemas/* object */.Ikc({
    release_prefix: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: plan/* RELEASE_PREFIX_PATTERN */.Yw, description: 'First part of every release_id (\u2264 64 characters). Default: `app` of modules.toml without a trailing `-server` (`rustok-server` \u2192 `rustok`).' }),
    image_registry: schemas/* string */.YjP().default('').describe('Registry and namespace put before image names, e.g. "ghcr.io/rustokrs". Empty: bare names.'),
    workspace_manifest: repoPath('The Cargo workspace manifest.').default('Cargo.toml'),
    lockfile: repoPath('The Cargo lockfile; part of every build key and of the registry cache key.').default('Cargo.lock'),
    toolchain_files: schemas/* array */.YOg(repoPath('A toolchain file.'))
        .default(['rust-toolchain.toml', 'rust-toolchain'])
        .describe('Files that pin the Rust toolchain; all that exist are part of every build key.'),
    server: targetSchema('server').prefault({}),
    admin: targetSchema('admin').prefault({}),
    storefront: targetSchema('storefront').prefault({})
})
    .describe('How `modules-rebuild plan` keys, names and builds the targets (release-plan.json).');
const DEFAULT_PLAN_CONFIG = PlanConfigSchema.parse({});

// EXTERNAL MODULE: ./src/core/config/workflows.ts + 1 modules
var workflows = __webpack_require__(329);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/core/config/workflows-schema.ts



const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const runsOn = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
const StepSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().optional(),
    id: schemas/* string */.YjP().optional(),
    if: schemas/* string */.YjP().optional(),
    uses: schemas/* string */.YjP()
        .optional()
        .describe('`owner/repo@<40-hex sha> # vX.Y.Z` (the comment is rendered as a YAML comment and is required), `./local/path`, or `docker://image@sha256:<64 hex>`.'),
    with: schemas/* record */.g1P(schemas/* string */.YjP(), scalar).optional(),
    shell: schemas/* string */.YjP().optional(),
    'working-directory': schemas/* string */.YjP().optional(),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), scalar).optional(),
    run: schemas/* string */.YjP().optional().describe('Never `${{ github.event.* }}`, `github.head_ref` or `inputs.*` here: pass them through `env` and use "$VAR".'),
    'continue-on-error': schemas/* boolean */.zMY().optional(),
    'timeout-minutes': schemas/* number */.aig().int().min(1).max(360).optional()
})
    .describe('A workflow step; exactly one of `uses` and `run`.');
const ExtraJobSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().optional(),
    needs: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Jobs besides plan and build (always needed) that must finish first: other extra jobs.'),
    if: schemas/* string */.YjP().optional().describe('Extra condition; the job never runs on pull_request events whatever it says.'),
    'runs-on': runsOn.optional().describe('Default: [workflows] runs_on.'),
    'timeout-minutes': schemas/* number */.aig().int().min(1).max(360).optional(),
    permissions: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(workflows/* PERMISSION_SCOPES */.Eu), schemas/* enum */.k5n(workflows/* PERMISSION_LEVELS */.eO))
        .optional()
        .describe('Raised for this job only. Default: contents: read.'),
    environment: schemas/* string */.YjP().optional(),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), scalar).optional(),
    'continue-on-error': schemas/* boolean */.zMY().optional(),
    steps: schemas/* array */.YOg(StepSchema).min(1)
})
    .describe('A job that runs after build (never on pull requests).');
const WorkflowsConfigSchema = schemas/* object */.Ikc({
    action: schemas/* string */.YjP()
        .optional()
        .meta({
        pattern: workflows/* ACTION_REF */.bX.source,
        description: 'The modules-rebuild action the workflows call, pinned: "<owner>/<repo>@<40-hex commit>". Required by `workflows generate`.'
    }),
    action_version: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: workflows/* ACTION_VERSION */.Yt.source, description: 'The release `action` points at, e.g. "v0.1.0"; rendered as the `# v0.1.0` comment after `uses:`.' }),
    manifest: schemas/* string */.YjP().default('modules.toml').describe("The manifest the workflows pass to the action, repository-relative, '/' between directories."),
    default_branch: schemas/* string */.YjP().default('main').describe('Pushes to this branch plan and build.'),
    runs_on: runsOn.default('ubuntu-latest').describe('Runner label (or labels) of every job.'),
    build_timeout_minutes: schemas/* number */.aig().int().min(1).max(360).default(120).describe('timeout-minutes of each build job.'),
    extra_paths: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe('More path filters that start the workflow (e.g. "Cargo.lock", "crates/**"), besides the manifest, package manifests, generated files and this file.'),
    setup_steps: schemas/* array */.YOg(StepSchema).default([]).describe('Steps run in every build job after checkout and before the cargo cache and the build (e.g. a toolchain or system packages).'),
    extra_jobs: schemas/* record */.g1P(schemas/* string */.YjP(), ExtraJobSchema)
        .default({})
        .describe('Jobs after build, keyed by job id (`[workflows.extra_jobs.notify]`). They never run on pull requests.'),
    change_minimum_permission: schemas/* enum */.k5n(values/* MINIMUM_PERMISSIONS */.UT)
        .optional()
        .describe(`modules-change.yml: the least permission on the repository whoever starts a change must hold (read through the API). Default "${values/* DEFAULT_CHANGE_MINIMUM */.MP}".`),
    change_token_secret: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: workflows/* SECRET_NAME */.J4.source })
        .describe('modules-change.yml: name of a secret of the modules-change environment holding a GitHub App (or fine-grained) token, e.g. "MODULES_BOT_TOKEN". It pushes the change branch and opens the pull request, whose checks then start without a dispatch; the job\'s own GITHUB_TOKEN only reads. An empty secret fails the run.'),
    deploy_environment: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'an environment name: 1\u201364 letters, digits, `_`, `.` or `-` (it becomes the image tag)')
        .optional()
        .describe('modules-rebuild.yml: the GitHub environment the deploy job deploys each published release to (its protection rules apply; its variable MODULES_SMOKE_URL is the smoke checks\' base URL). Default "production".'),
    prune_keep: schemas/* number */.aig().int().min(0).max(1000).optional().describe('modules-prune.yml: how many of the newest releases of each component to keep. Default 10.'),
    prune_schedule: schemas/* string */.YjP()
        .regex(/^\S+( \S+){4}$/, 'a cron expression of five fields')
        .optional()
        .describe('modules-prune.yml: when the scheduled prune runs (cron, UTC). Default "27 4 * * 1" (Mondays 04:27).'),
    prune_dry_run: schemas/* boolean */.zMY().optional().describe('modules-prune.yml: false to let the scheduled run delete; by default it only reports the plan (a dispatch chooses with its dry_run input). Default true.')
})
    .describe('The generated GitHub workflows (`modules-rebuild workflows generate`).');

// EXTERNAL MODULE: ./src/core/config/rbac.ts
var rbac = __webpack_require__(516);
;// CONCATENATED MODULE: ./src/core/config/rbac-schema.ts



const minimum = (op, what) => schemas/* enum */.k5n(values/* MINIMUM_PERMISSIONS */.UT)
    .optional()
    .describe(`The least role (write, maintain or admin) whoever starts ${what} must hold on the repository, read through the API. Default "${rbac/* DEFAULT_MINIMUMS */.S3[op]}".`);
const RbacConfigSchema = schemas/* object */.Ikc({
    rebuild: minimum('rebuild', 'a rebuild (modules-rebuild.yml by workflow_dispatch or repository_dispatch: plan and build)'),
    deploy: minimum('deploy', 'a deploy'),
    rollback: minimum('rollback', 'a rollback (modules-rollback.yml)'),
    prune: minimum('prune', 'a prune (modules-prune.yml)')
})
    .describe('Who may start what: the least repository role per operation, checked for runs someone chose to start (workflow_dispatch, repository_dispatch, a pushed tag) and by the CLI when given --actor.');

;// CONCATENATED MODULE: ./src/core/config/deploy-schema.ts

const path = (description) => schemas/* string */.YjP().meta({ pattern: '^/', description });
const SmokeConfigSchema = schemas/* object */.Ikc({
    health_path: path('Health endpoint: answers 200 when the server is up.').default('/health'),
    modules_path: path('Modules endpoint: `{"manifest_hash": "sha256:\u2026", "modules": [{"slug": \u2026}, \u2026]}`.').default('/modules'),
    migrations_path: path('Optional migrations endpoint: `{"pending": []}` (or `{"pending": 0}`) when no migration is pending; empty: not checked.').default(''),
    deadline: schemas/* number */.aig().positive().max(3600).default(60).describe('Seconds the health endpoint has to answer 200 (retried with backoff).'),
    timeout: schemas/* number */.aig().positive().max(600).default(10).describe('Seconds per HTTP request.'),
    backoff: schemas/* number */.aig().positive().max(60).default(0.5).describe('Seconds before the first retry of the health check; doubles up to 8 s.')
})
    .describe('Smoke checks run by `smoke`, and by `deploy` / `rollback` when the environment has a URL.');
const EnvironmentConfigSchema = schemas/* object */.Ikc({
    url: schemas/* string */.YjP().meta({ description: 'Base URL of the environment (http or https): the smoke checks talk to it and the deployment records it.' }).optional()
})
    .describe('One environment.');
const DeployConfigSchema = schemas/* object */.Ikc({
    hook: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe('The deploy hook, an argument vector started without a shell in the repository root after the environment tags moved, e.g. ["./deploy/rollout.sh"] or ["kubectl", "rollout", "restart", "deployment/server"]. Its environment: RELEASE_ID, MANIFEST_HASH, ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID, IMAGE_<TARGET> (`<location>@sha256:\u2026`) and IMAGE_<TARGET>_DIGEST. Empty: no hook.'),
    hook_timeout: schemas/* number */.aig().positive().max(86400).default(600).describe('Seconds the hook may run before it is stopped (SIGTERM, then SIGKILL) and the deployment fails.'),
    smoke: SmokeConfigSchema.prefault({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), EnvironmentConfigSchema).default({}).describe('Per environment (the key is its name, e.g. production): its URL.')
})
    .describe('What `deploy` and `rollback` do besides moving the environment tags.');

// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/config/images-schema.ts



const images_schema_repoPath = (description) => schemas/* string */.YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const ImageConfigSchema = schemas/* object */.Ikc({
    dockerfile: images_schema_repoPath('The Dockerfile, e.g. "apps/server/Dockerfile.release".'),
    context: images_schema_repoPath('The build context directory ("." is the repository root); the build job builds the target first, so the Dockerfile can COPY the built files.').default('.'),
    repository: schemas/* string */.YjP()
        .optional()
        .describe('Image repository without tag, `HOST/NAME` in lowercase, e.g. "ghcr.io/rustokrs/rustok-server". Default: `ghcr.io/<owner>/<repo>-<target>` of the GitHub repository (GITHUB_REPOSITORY), lowercased. The tag is the release_id.'),
    platforms: schemas/* array */.YOg(schemas/* string */.YjP().meta({ pattern: config_images/* PLATFORM_PATTERN */.Hw, description: 'A platform, e.g. "linux/amd64".' }))
        .min(1)
        .optional()
        .describe('Platforms to build (buildx `platforms`); more than one makes an image index. Default: the runner\'s own. A Dockerfile that COPYs the target\'s built binary can only serve the runner\'s platform.'),
    build_args: schemas/* record */.g1P(schemas/* string */.YjP().meta({ pattern: config_images/* BUILD_ARG_PATTERN */.P$ }), schemas/* string */.YjP())
        .default({})
        .describe('Dockerfile ARGs (buildx `build-args`). Values may hold {source_commit}, {release_id} and {target}, filled in by the plan, e.g. `OCI_REVISION = "{source_commit}"`.')
})
    .describe('The container image of this target.');
const ImagesConfigSchema = schemas/* object */.Ikc(Object.fromEntries(values/* TARGETS */.dW.map((t) => [t, ImageConfigSchema.optional()])))
    .describe('Container images, per target (server, admin, storefront). A target without a table has no image. Its build job builds the image into an OCI image layout (no registry login, no push) that travels in the build artifact; publish pushes it and tags it release_id.');

;// CONCATENATED MODULE: ./src/core/config/schema.ts








const schema_repoPath = (description) => schemas/* string */.YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const feature = schemas/* string */.YjP().meta({ pattern: constants/* FEATURE_PATTERN */.i2, description: 'A Cargo feature name.' });
const RUSTOK_WHAT = {
    server_registry: 'register_optional_modules(): what apps/server/build.rs writes as modules_registry_codegen.rs.',
    server_graphql: 'OptionalModuleQuery/Mutation/Subscription and attach_module_graphql_data(): graphql_schema_codegen.rs.',
    server_routes: 'append_optional_module_axum_routers(): app_routes_codegen.rs.',
    admin_registry: 'Admin navigation, pages, components and module metadata: what apps/admin/build.rs writes as module_registry_codegen.rs.',
    storefront_ui: 'Storefront pages and slot components: what apps/storefront/build.rs writes as module_ui_codegen.rs in an SSR build.',
    storefront_ui_client: 'The client-only variant of module_ui_codegen.rs (features csr/hydrate without ssr): an empty register_generated_components().'
};
const rustokSchema = schemas/* object */.Ikc(Object.fromEntries(constants/* RUSTOK_OUTPUT_KEYS */.cL.map((k) => [k, schema_repoPath(RUSTOK_WHAT[k]).default(constants/* RUSTOK_OUTPUTS */._s[k].path)])))
    .describe('Where preset "rustok" writes each file (an app with enabled = false gets none of its files).');
const WHAT = {
    server: 'The server app: module registrations, GraphQL and HTTP merges of every installed module.',
    admin: 'The admin app: navigation entries of the modules with [provides.admin_ui] leptos_crate.',
    storefront: 'The storefront app: slot entries of the modules with [provides.storefront_ui] leptos_crate.'
};
const appSchema = (app) => schemas/* object */.Ikc({
    output: schema_repoPath('The generated Rust file (preset "default"; preset "rustok" uses [codegen.rustok]).').default(constants/* APP_DEFAULTS */.HG[app].output),
    cargo_toml: schema_repoPath("The app's Cargo.toml, whose `[features] default` holds the module features.").default(constants/* APP_DEFAULTS */.HG[app].cargo_toml),
    template: schema_repoPath('A Mustache template to render instead of the built-in one (see docs/templates.md); preset "default" only.').optional(),
    enabled: schemas/* boolean */.zMY().default(true).describe('false: generate nothing for this app and leave its Cargo.toml alone (e.g. a headless platform without an admin).'),
    gate: schemas/* enum */.k5n(constants/* GATE_MODES */.pQ)
        .default('auto')
        .describe('always: each optional module\'s statements are gated by #[cfg(feature = "<prefix><slug>")] and the module features join the feature set. never: no gates; the app compiles every installed module in (RusToK\'s admin and storefront today). auto: always for the server; for admin and storefront, always when their Cargo.toml declares any <prefix>* feature, else never.')
})
    .describe(WHAT[app]);
const CodegenSchema = schemas/* object */.Ikc({
    preset: schemas/* enum */.k5n(constants/* PRESETS */.fG)
        .default('default')
        .describe('default: one registry file per app from the built-in (or a user) Mustache template. rustok: exactly the files RusToK\'s apps/{server,admin,storefront}/build.rs generate (modules_registry_codegen.rs, graphql_schema_codegen.rs, app_routes_codegen.rs, module_registry_codegen.rs, module_ui_codegen.rs) plus a header line, at the paths of [codegen.rustok], for RusToK to include! instead of OUT_DIR.'),
    rustok: rustokSchema.prefault({}),
    package_manifests: schemas/* array */.YOg(schema_repoPath('File name of a package manifest inside a module directory.'))
        .min(1)
        .default(['rustok-module.toml', 'module.toml'])
        .describe('Package manifest names tried in order in each module directory.'),
    package_dir: schema_repoPath('Directory of the vendored package manifests of the modules that are not source = "path" (crates-io, git, registry): `<package_dir>/<slug>/rustok-module.toml`. `install` writes them from the catalog; code generation reads them.').default('modules.d'),
    feature_prefix: schemas/* string */.YjP()
        .default('mod-')
        .meta({ pattern: '^[A-Za-z0-9_][A-Za-z0-9_+.-]*$', description: 'Prefix of the per-module Cargo features: `<prefix><slug>`, e.g. `mod-blog`.' }),
    api_crate: schemas/* string */.YjP()
        .default('rustok_api')
        .meta({ description: 'Rust path (crate identifier, `_` not `-`; may go deeper, e.g. `rustok_core::modules`) that exports the registry types the generated `use` lines import.' }),
    server: appSchema('server').prefault({}),
    admin: appSchema('admin').prefault({}),
    storefront: appSchema('storefront').prefault({})
})
    .describe('What `modules-rebuild generate` writes and `check` compares.');
const FeaturesSchema = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(constants/* FEATURE_MODES */.Kh)
        .default('auto')
        .describe('managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features \u2026`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'),
    base_features: schemas/* object */.Ikc({
        server: schemas/* array */.YOg(feature).default([]).describe('Features of the server besides the module features, e.g. "redis-cache".'),
        admin: schemas/* array */.YOg(feature).default([]).describe('Features of the admin besides the module features, e.g. "ssr".'),
        storefront: schemas/* array */.YOg(feature).default([]).describe('Features of the storefront besides the module features, e.g. "ssr".')
    })
        .prefault({})
        .describe('Per app, the features that always come first in the feature set: written at the top of the managed region, and passed with --features in flags mode (where --no-default-features drops the rest of `default`).')
})
    .describe('How the module set reaches cargo.');
const ConfigSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(1).default(1).describe('Format version; this tool reads schema 1.'),
    codegen: CodegenSchema.prefault({}),
    features: FeaturesSchema.prefault({}),
    workflows: WorkflowsConfigSchema.prefault({}),
    plan: PlanConfigSchema.prefault({}),
    rbac: RbacConfigSchema.optional(),
    deploy: DeployConfigSchema.prefault({}),
    images: ImagesConfigSchema.optional(),
    strict: schemas/* boolean */.zMY()
        .default(false)
        .describe('false (default): findings about the hand-maintained Cargo.toml that predate modules-rebuild (feature-drift, and the feature-declaration findings the build works around: a module that cannot be switched off, a gate naming an undeclared feature) are warnings with an exact fix. true: they are errors, so `check` and `plan` fail until Cargo.toml agrees with modules.toml.'),
    allow_dirty: schemas/* array */.YOg(schemas/* enum */.k5n(constants/* DIRTY_KINDS */.vW))
        .default([])
        .describe('Findings that `check` reports as warnings instead of errors: "registry" (stale generated.rs), "features" (stale managed region, feature drift), "workflows" (stale workflows).')
})
    .meta({ title: 'modules-rebuild.toml', description: 'Configuration of modules-rebuild (schema 1). Every key is optional.' });

// EXTERNAL MODULE: ./src/core/manifest/package-schema.ts
var package_schema = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var manifest_schema = __webpack_require__(9290);
// EXTERNAL MODULE: ./src/core/manifest/zod-registry.ts
var zod_registry = __webpack_require__(6782);
// EXTERNAL MODULE: ./src/core/plan/schema.ts
var plan_schema = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/release/manifest.ts
var manifest = __webpack_require__(7972);
;// CONCATENATED MODULE: ./src/app/schemas.ts








function jsonSchemas() {
    const render = (schema) => JSON.stringify(json_schema_processors/* toJSONSchema */.bl(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
    return {
        'modules.schema.json': render(manifest_schema/* ManifestSchema */.pL),
        'rustok-module.schema.json': render(package_schema/* PackageManifestSchema */.VY),
        'marketplace.schema.json': render(schema/* CatalogSchema */.P),
        'modules-rebuild.schema.json': render(ConfigSchema),
        'release-plan.schema.json': (0,plan_schema/* releasePlanJsonSchema */._e)(),
        'release-manifest.schema.json': (0,manifest/* releaseManifestJsonSchema */.oM)()
    };
}
function registerZodFallbacks() {
    (0,zod_registry/* registerZodSchemas */.xH)({ ManifestSchema: manifest_schema/* ManifestSchema */.pL, BuildSchema: manifest_schema/* BuildSchema */.Un, ModuleEntrySchema: manifest_schema/* ModuleEntrySchema */.cl, PackageManifestSchema: package_schema/* PackageManifestSchema */.VY, ConfigSchema: ConfigSchema, ReleasePlanSchema: plan_schema/* ReleasePlanSchema */.Ms });
}


/***/ }),

/***/ 3392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CatalogSchema),
/* harmony export */   X: () => (/* binding */ CatalogEntrySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _manifest_package_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9281);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9290);



const CatalogEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    slug: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SLUG_PATTERN */ .ZT }).describe('The slug the module is installed under.'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCES */ .Hl),
    crate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CRATE_PATTERN */ .vD }),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Module version (semver); written as the requirement for crates-io/registry sources.'),
    git: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    rev: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Repository-relative crate directory (source = "path").'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SLUG_PATTERN */ .ZT })).default([]).describe('Slugs of the modules it needs; a package table\'s [dependencies] wins over this.'),
    package: _manifest_package_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageManifestSchema */ .VY.optional().describe('The rustok-module.toml of the offered version, for a crates-io / git / registry module (its crate is not in the repository): install writes it to `<codegen.package_dir>/<slug>/rustok-module.toml`, where code generation reads it.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([])
})
    .describe('One module offered by the catalog.');
const CatalogSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6U()]).optional().describe('When the catalog was last updated (RFC 3339).'),
    modules: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), CatalogEntrySchema).default({})
})
    .meta({ title: 'marketplace.toml', description: 'A catalog of installable modules (schema 1).' });


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ minimumFor),
/* harmony export */   S3: () => (/* binding */ DEFAULT_MINIMUMS),
/* harmony export */   Tm: () => (/* binding */ rank),
/* harmony export */   eO: () => (/* binding */ PERMISSION_LEVELS)
/* harmony export */ });
/* unused harmony exports GATED_OPERATIONS, isGatedEvent */
const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const rank = (level) => PERMISSION_LEVELS.indexOf(level);
const GATED_OPERATIONS = (/* unused pure expression or super */ null && (['rebuild', 'deploy', 'rollback', 'prune']));
const DEFAULT_MINIMUMS = { rebuild: 'admin', deploy: 'maintain', rollback: 'maintain', prune: 'admin' };
function minimumFor(op, rbac, explicit) {
    return explicit ?? rbac?.[op] ?? DEFAULT_MINIMUMS[op];
}
function isGatedEvent(event, ref) {
    if (event === 'workflow_dispatch' || event === 'repository_dispatch')
        return true;
    return event === 'push' && typeof ref === 'string' && ref.startsWith('refs/tags/');
}


/***/ }),

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ SOURCES),
/* harmony export */   Ix: () => (/* binding */ STACKS),
/* harmony export */   ZT: () => (/* binding */ SLUG_PATTERN),
/* harmony export */   aC: () => (/* binding */ RUNTIMES),
/* harmony export */   vD: () => (/* binding */ CRATE_PATTERN)
/* harmony export */ });
const SLUG_PATTERN = '^[a-z0-9_-]+$';
const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$';
const SOURCES = ['path', 'git', 'crates-io', 'registry'];
const STACKS = ['leptos', 'next'];
const RUNTIMES = ['module', 'extension'];


/***/ }),

/***/ 1776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ packageDirOf),
/* harmony export */   R6: () => (/* binding */ DEFAULT_LOOKUP),
/* harmony export */   j1: () => (/* binding */ UI_CLASSIFICATIONS),
/* harmony export */   s0: () => (/* binding */ PACKAGE_MANIFEST_NAMES),
/* harmony export */   sK: () => (/* binding */ OWNERSHIP),
/* harmony export */   xW: () => (/* binding */ TRUST_LEVELS)
/* harmony export */ });
/* unused harmony export DEFAULT_PACKAGE_DIR */
const PACKAGE_MANIFEST_NAMES = ['rustok-module.toml', 'module.toml'];
const DEFAULT_PACKAGE_DIR = 'modules.d';
const DEFAULT_LOOKUP = { names: PACKAGE_MANIFEST_NAMES, dir: DEFAULT_PACKAGE_DIR };
function packageDirOf(slug, e, lookup) {
    if (e.source === 'path')
        return e.path ? (e.path.endsWith('/') ? e.path.replace(/\/+$/, '') : e.path) : null;
    return `${lookup.dir.replace(/\/+$/, '')}/${slug}`;
}
const OWNERSHIP = ['first_party', 'third_party'];
const TRUST_LEVELS = ['core', 'verified', 'unverified', 'private'];
const UI_CLASSIFICATIONS = ['dual_surface', 'admin_only', 'storefront_only', 'no_ui', 'capability_only', 'future_ui'];


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* reexport safe */ _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__.H),
/* harmony export */   R6: () => (/* reexport safe */ _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__.R6),
/* harmony export */   VY: () => (/* binding */ PackageManifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(116);
/* harmony import */ var _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1776);




const rustPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'A Rust path relative to the module crate, e.g. `graphql::BlogQuery`.' });
const versionReq = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version_req: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Cargo version requirement, e.g. ">=0.1.0".'),
    module: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Display name of the provider module.'),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('How the dependency is used, e.g. "capability_provider".'),
    required_capabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    contract: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    contract_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
const i18n = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    default_locale: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    supported_locales: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    leptos_locales_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
const AdminUiSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CRATE_PATTERN */ .vD, description: 'Package name of the admin UI crate at `<module>/admin/`.' }),
    route_segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_group: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_order: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    next_package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    i18n: i18n.optional(),
    child_pages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ subpath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })).default([])
});
const StorefrontUiSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CRATE_PATTERN */ .vD, description: 'Package name of the storefront UI crate at `<module>/storefront/`.' }),
    slot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    route_segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    page_title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    next_package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    i18n: i18n.optional(),
    components: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), slot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), component: rustPath, order: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional() }))
        .default([])
});
const PackageManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    module: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SLUG_PATTERN */ .ZT }),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Semver version of the module.'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        ownership: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNERSHIP */ .sK),
        trust_level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUST_LEVELS */ .xW),
        ui_classification: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .UI_CLASSIFICATIONS */ .j1).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIMES */ .aC).optional(),
        recommended_admin_surfaces: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        showcase_admin_surfaces: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        rustok_min_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Lowest server version this module supports (semver).'),
        rustok_max_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Highest server version this module supports (semver).')
    }),
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ entry_type: rustPath.optional().describe('The type that implements the module, e.g. `BlogModule`.') }).optional(),
    dependencies: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), versionReq).default({}).describe('Keys must equal depends_on in modules.toml.'),
    co_requisites: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), versionReq).default({}),
    conflicts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]) }).optional(),
    compat: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cargo requirement on the server version, e.g. ">=0.1, <0.2".') }).optional(),
    marketplace: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]), publisher: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })
        .optional(),
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).default({}).describe('Typed settings schema of the module.'),
    provides: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        graphql: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ query: rustPath.optional(), mutation: rustPath.optional(), subscription: rustPath.optional(), runtime_data_factory: rustPath.optional() }).optional(),
        http: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ axum_router: rustPath.optional(), axum_webhook_router: rustPath.optional() }).optional(),
        cli: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), factory: rustPath }).optional(),
        admin_ui: AdminUiSchema.optional(),
        storefront_ui: StorefrontUiSchema.optional()
    })
        .optional()
})
    .meta({ title: 'rustok-module.toml', description: 'The package manifest of one module crate.' });


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.Hl),
/* harmony export */   Un: () => (/* binding */ BuildSchema),
/* harmony export */   ZT: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.ZT),
/* harmony export */   cl: () => (/* binding */ ModuleEntrySchema),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   vD: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.vD)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(116);




const slug = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SLUG_PATTERN */ .ZT, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ format: 'uri' });
const ModuleEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Cargo package name of the module crate.' }),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCES */ .Hl).describe('Where the crate comes from. Each source needs its own field: path \u2192 `path`; git \u2192 `git` + `rev`; crates-io/registry \u2192 `version`.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Repository-relative directory of the crate (source = "path"). Its package manifest is `<path>/rustok-module.toml`.'),
    git: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('https://, ssh:// or git@host: URL (source = "git").'),
    rev: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Commit to build (source = "git"); a full 40-hex id keeps builds reproducible.'),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cargo version requirement (source = "crates-io" or "registry").'),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Core module: always compiled and always active.'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Slugs of the modules this one needs. Must equal the [dependencies] keys of its package manifest.'),
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIMES */ .aC).default('module').describe('`extension`: globally active when compiled, never toggled per tenant.'),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Cargo features of the module crate to enable.')
})
    .describe('One installed module.');
const AdminSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .STACKS */ .Ix).default('leptos'),
    public_url: url.optional().describe('Required when the admin is standalone (embed_admin = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the admin is standalone.')
})
    .describe('The admin application.');
const StorefrontSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Unique id of this storefront.'),
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .STACKS */ .Ix).default('leptos'),
    public_url: url.optional().describe('Required when the storefront is standalone (embed_storefront = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the storefront is standalone.')
})
    .describe('One storefront.');
const BuildSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Rust target triple; non-empty adds `--target <triple>`.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('release').describe('`release` adds `--release`; any other value adds `--profile <name>`.'),
    deployment_profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_OPTIONS */ .rU).optional().describe('Schema-1 key, replaced by [build.server] embed_admin / embed_storefront.'),
    server: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        embed_admin: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Embed the admin into the server binary (cargo feature `embed-admin`).'),
        embed_storefront: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Embed the storefront into the server binary (cargo feature `embed-storefront`).')
    })
        .default({ embed_admin: false, embed_storefront: false }),
    admin: AdminSchema.optional(),
    storefront: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StorefrontSchema).default([])
})
    .describe('How the applications are built.');
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2).describe('Format version; this tool reads schema 2.'),
    app: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('rustok-server').meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Cargo package of the server application.' }),
    build: BuildSchema.default({ profile: 'release', server: { embed_admin: false, embed_storefront: false }, storefront: [] }),
    modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), ModuleEntrySchema).default({}).describe('Installed modules, keyed by slug.'),
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        default_enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Optional modules enabled for new tenants; must be dependency-closed.')
    })
        .default({ default_enabled: [] })
})
    .meta({ title: 'modules.toml', description: 'The module manifest of a RusToK-style platform (schema 2).' });


/***/ }),

/***/ 2777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ digestJson)
/* harmony export */ });
/* unused harmony export stableJson */
/* harmony import */ var _hash_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9976);

function stableJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error('stableJson: non-finite number');
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
}
function digestJson(value) {
    return (0,_hash_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(stableJson(value));
}


/***/ }),

/***/ 5050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ releaseId),
/* harmony export */   Mq: () => (/* binding */ defaultPrefix),
/* harmony export */   Sz: () => (/* binding */ sanitizePrefix),
/* harmony export */   ZT: () => (/* binding */ RELEASE_ID_PATTERN),
/* harmony export */   qU: () => (/* binding */ shortKey)
/* harmony export */ });
/* unused harmony exports SHORT_HASH, MAX_PREFIX, DEFAULT_PREFIX */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2777);

const RELEASE_ID_PATTERN = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?<!\.)$/;
const SHORT_HASH = 12;
const MAX_PREFIX = 64;
const DEFAULT_PREFIX = 'release';
function sanitizePrefix(raw) {
    let p = raw.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '');
    p = p.slice(0, MAX_PREFIX).replace(/\.+$/, '');
    return p === '' ? DEFAULT_PREFIX : p;
}
function defaultPrefix(app) {
    return sanitizePrefix(app.replace(/[-_]server$/, '') || app);
}
function releaseId(prefix, label, parts) {
    return `${sanitizePrefix(prefix)}-${sanitizePrefix(label)}-${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .digestJson */ .t)(parts).slice(0, SHORT_HASH)}`;
}
function shortKey(buildKey, length = 16) {
    return buildKey.replace(/^sha256:/, '').slice(0, length);
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

/***/ 7972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ parseReleaseManifest),
/* harmony export */   Fp: () => (/* binding */ serializeReleaseManifest),
/* harmony export */   Op: () => (/* binding */ RELEASE_MANIFEST),
/* harmony export */   oM: () => (/* binding */ releaseManifestJsonSchema),
/* harmony export */   sU: () => (/* binding */ SHA256SUMS)
/* harmony export */ });
/* unused harmony exports ReleaseArtifactSchema, CompatSchema, ReleaseManifestV2Schema, ReleaseManifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6009);


const RELEASE_MANIFEST = 'release-manifest.json';
const SHA256SUMS = 'SHA256SUMS';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits');
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex>');
const ReleaseArtifactSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The target the artifact was built for: `server`, `admin` or `storefront`.'),
    build_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ pattern: '^sha256:[0-9a-f]{64}$', description: 'Build key of the build that produced it (release-plan.json targets.<target>.build_key).' }),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Schema 1: release asset file holding it, when it differs from `name`.'),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Schema 1: SHA-256 (hex) of that file.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Schema 2: the release whose assets hold the files \u2014 this one, or the earlier release a reused artifact (`rebuild: false` in the plan) was built in.'),
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Path of the built file relative to the repository root (build-info.json files[].path).'),
        asset: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Name of the release asset holding it (in release `release_id`).'),
        size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
        sha256: sha256Hex.describe('SHA-256 (hex).')
    }))
        .optional()
        .describe('Schema 2: the built files; empty for a reused artifact whose earlier release predates schema 2.')
})
    .describe('One artifact of the release.');
const AssetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Asset name.'),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 (hex).')
})
    .describe('One release asset.');
const ImageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The target the image was built for.'),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Image repository without tag or digest, as build-info.json (or, reused, the earlier release) names it.'),
    digest: digest.describe('Digest of the manifest (or index) tagged `tag`.'),
    tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The tag publish set: the release_id.'),
    location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where it was tagged: `HOST[:PORT]/REPOSITORY` or `oci:DIR/\u2026`.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('The release the image was built for: this one, or the earlier release of a reused target.'),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['build', 'registry', 'reused'])
        .optional()
        .describe('`build`: pushed from the image layout of the build artifact; `registry`: already in the registry, only tagged; `reused`: the image of the earlier release that holds a reused target, tagged again.')
})
    .describe('A container image of the release.');
const BuildRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    build_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('`<run_id>.<run_attempt>` of the workflow run; null outside Actions.'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['queued', 'running', 'success', 'failed', 'cancelled']).describe("RusToK's build status; a published release is `success`."),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The profile built.'),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('manifest_hash built.'),
    modules_delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('`+slug@ver,-slug,~slug@ver` against the previous release; empty when unchanged or there is none.'),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('Earliest build start of the artifacts (build-info.json), ISO 8601 UTC; null when unknown.'),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('When publish assembled the release, ISO 8601 UTC.'),
    logs_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('The workflow run: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`.'),
    requested_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('GITHUB_ACTOR.'),
    event: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('GITHUB_EVENT_NAME: push, workflow_dispatch, \u2026'),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('The dispatch input `reason` (`--reason`).')
})
    .describe("The build record (RusToK's `builds` row).");
const CompatSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    server_release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The server release of the same plan (what the UIs were built against).'),
    server_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("The server's [package] version in that plan; null when unknown."),
    requirements: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ slug: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Module slug.'), server: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Its `compat.server` requirement (Cargo syntax), from its package manifest.') }))
        .describe('`compat.server` of every module that declares one.')
})
    .describe('Profiles with several components (headless) only: the version contract between the server and the UI releases. A server release reads its `server_version`; a UI release is checked with its `requirements`.');
const ManifestV1Schema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1).describe('Format version.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The release_id, equal to the git tag of the release.'),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('manifest_hash the release was built from.'),
    source_commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional().describe('Commit the release was built from.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Profile of the plan that built it.'),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ReleaseArtifactSchema).describe('The artifacts, by target.')
})
    .describe('Schema 1: the artifacts and their build keys.');
const ReleaseManifestV2Schema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2).describe('Format version.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The release_id, equal to the git tag of the release and the image tag.'),
    component: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The component released (`monolith`, `server`, `admin`, `storefront`).'),
    plan_release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('release-plan.json release_id (differs from `release_id` when the profile has several components).'),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('manifest_hash the release was built from.'),
    source_commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('Commit the release was built from; null outside git.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Profile of the plan that built it.'),
    generator: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).describe('The modules-rebuild that published it.'),
    components: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Component name.'), release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Its release_id.'), build_keys: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).describe('Build key of each of its targets.') }))
        .describe('Every component of the plan and the build keys of its targets.'),
    modules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        slug: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        crate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        depends_on: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    }))
        .describe('The installed modules with their versions (release-plan.json modules).'),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ReleaseArtifactSchema).describe('The artifacts of the component, by target.'),
    assets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(AssetSchema).describe('Every asset of the release except release-manifest.json and SHA256SUMS, by name.'),
    images: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ImageSchema).describe('The images tagged `release_id`.'),
    previous_release: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('The newest earlier release of the same component in the store; null for the first.'),
    delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ text: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('`+slug@ver,-slug,~slug@ver`.'), entries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ op: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), slug: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(), text: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), changes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) })) })
        .nullable()
        .describe('Module delta against `previous_release`; null without one (or when it predates schema 2).'),
    compat: CompatSchema.optional(),
    build: BuildRecordSchema
})
    .meta({ title: 'release-manifest.json', description: 'What one release is: plan, modules, artifacts, assets, images, delta and build record (schema 2; schema 1 still reads).' });
const ReleaseManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('schema', [ManifestV1Schema, ReleaseManifestV2Schema]);
function parseReleaseManifest(text, where) {
    return (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonAs */ .W)(ReleaseManifestSchema, text, where, 'release-manifest.json');
}
function serializeReleaseManifest(m) {
    return JSON.stringify(ReleaseManifestV2Schema.parse(m), null, 2) + '\n';
}
function releaseManifestJsonSchema() {
    return JSON.stringify(zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(ReleaseManifestSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseJsonAs)
/* harmony export */ });
function parseJsonAs(schema, text, where, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${where}: not JSON: ${err.message}`);
    }
    const r = schema.safeParse(data);
    if (!r.success)
        throw new Error(`${where}: not a ${what}: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
    return r.data;
}


/***/ })

};
;