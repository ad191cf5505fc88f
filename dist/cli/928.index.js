"use strict";
exports.id = 928;
exports.ids = [928];
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
/**
 * `[plan]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `plan`). Only loaded to word findings and to publish the JSON Schema; the
 * constants and checks the plan needs are in config.ts.
 */


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
        .describe('The build command as an argument vector (never run through a shell). Placeholders: {package}; {profile_args} → `--release` or `--profile <name>` ([build] profile); {target_args} → `--target <triple>` or nothing ([build] target); {feature_args} → the cargo arguments [codegen] decides (nothing in managed mode, `--no-default-features --features …` in flags mode); {features} → the feature list joined with commas; {profile}; {target}. Examples: `["trunk", "build", "--release", "--features", "{features}"]`, `["cargo", "leptos", "build", "--release"]`.'),
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
        .meta({ pattern: plan/* RELEASE_PREFIX_PATTERN */.Yw, description: 'First part of every release_id (≤ 64 characters). Default: `app` of modules.toml without a trailing `-server` (`rustok-server` → `rustok`).' }),
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
/**
 * `[workflows]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `workflows`). Only loaded to word findings and to publish the JSON Schema; the
 * constants and checks are in config.ts.
 */



const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const runsOn = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
/** One workflow step, as a TOML table with the keys of the step's YAML. */
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
/** One job after `build`, as a TOML table with the keys of the job's YAML. */
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
    // modules-change.yml. Optional without a default, so configurations that do not set them keep
    // their config hash (and their modules-rebuild.yml byte for byte).
    change_minimum_permission: schemas/* enum */.k5n(values/* MINIMUM_PERMISSIONS */.UT)
        .optional()
        .describe(`modules-change.yml: the least permission on the repository whoever starts a change must hold (read through the API). Default "${values/* DEFAULT_CHANGE_MINIMUM */.MP}".`),
    change_token_secret: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: workflows/* SECRET_NAME */.J4.source })
        .describe('modules-change.yml: name of a secret of the modules-change environment holding a GitHub App (or fine-grained) token, e.g. "MODULES_BOT_TOKEN". It pushes the change branch and opens the pull request, whose checks then start without a dispatch; the job\'s own GITHUB_TOKEN only reads. An empty secret fails the run.'),
    // Deploy, rollback and prune. Optional without a default (see above); the defaults live in
    // DEPLOY_DEFAULTS and are applied by the generator.
    deploy_environment: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'an environment name: 1–64 letters, digits, `_`, `.` or `-` (it becomes the image tag)')
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
/**
 * `[rbac]` of modules-rebuild.toml: the single definition of the section (mounted into ConfigSchema
 * as `rbac`). Only loaded to word findings and to publish the JSON Schema; the roles, minimums and
 * the gate's rules are in rbac.ts.
 */



const minimum = (op, what) => schemas/* enum */.k5n(values/* MINIMUM_PERMISSIONS */.UT)
    .optional()
    .describe(`The least role (write, maintain or admin) whoever starts ${what} must hold on the repository, read through the API. Default "${rbac/* DEFAULT_MINIMUMS */.S3[op]}".`);
/** `[rbac]` of modules-rebuild.toml: optional, keys without defaults, so a configuration that sets none keeps its config hash. */
const RbacConfigSchema = schemas/* object */.Ikc({
    rebuild: minimum('rebuild', 'a rebuild (modules-rebuild.yml by workflow_dispatch or repository_dispatch: plan and build)'),
    deploy: minimum('deploy', 'a deploy'),
    rollback: minimum('rollback', 'a rollback (modules-rollback.yml)'),
    prune: minimum('prune', 'a prune (modules-prune.yml)')
})
    .describe('Who may start what: the least repository role per operation, checked for runs someone chose to start (workflow_dispatch, repository_dispatch, a pushed tag) and by the CLI when given --actor.');

;// CONCATENATED MODULE: ./src/core/config/deploy-schema.ts
/**
 * `[deploy]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `deploy`). Only loaded to word findings, to publish the JSON Schema and where a
 * caller fills in smoke defaults; the environment name rule and the checks are in deploy.ts.
 */

const path = (description) => schemas/* string */.YjP().meta({ pattern: '^/', description });
const SmokeConfigSchema = schemas/* object */.Ikc({
    health_path: path('Health endpoint: answers 200 when the server is up.').default('/health'),
    modules_path: path('Modules endpoint: `{"manifest_hash": "sha256:…", "modules": [{"slug": …}, …]}`.').default('/modules'),
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
        .describe('The deploy hook, an argument vector started without a shell in the repository root after the environment tags moved, e.g. ["./deploy/rollout.sh"] or ["kubectl", "rollout", "restart", "deployment/server"]. Its environment: RELEASE_ID, MANIFEST_HASH, ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID, IMAGE_<TARGET> (`<location>@sha256:…`) and IMAGE_<TARGET>_DIGEST. Empty: no hook.'),
    hook_timeout: schemas/* number */.aig().positive().max(86400).default(600).describe('Seconds the hook may run before it is stopped (SIGTERM, then SIGKILL) and the deployment fails.'),
    smoke: SmokeConfigSchema.prefault({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), EnvironmentConfigSchema).default({}).describe('Per environment (the key is its name, e.g. production): its URL.')
})
    .describe('What `deploy` and `rollback` do besides moving the environment tags.');

// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/config/images-schema.ts
/**
 * `[images.<target>]` of modules-rebuild.toml: the single definition of the section (mounted into
 * ConfigSchema as `images`). Only loaded to word findings and to publish the JSON Schema; the
 * patterns, defaults and checks are in images.ts.
 */



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
/**
 * modules-rebuild.toml, schema 1 — the tool's own configuration at the repository root. The single
 * definition of the format: the TypeScript type and the published JSON Schema
 * (schema/modules-rebuild.schema.json) are derived from it. Every key is optional; a repository
 * without the file gets RusToK's layout. Checks that need more than shape (paths, identifiers,
 * distinct outputs) live in config.ts.
 */








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
        .describe('managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features …`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'),
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
    // Optional, not defaulted: without [images] the configuration (and its hash in the workflow header) is what it was.
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
/** JSON Schemas derived from the zod schemas — never written by hand. Published under schema/. */








function jsonSchemas() {
    const render = (schema) => JSON.stringify(json_schema_processors/* toJSONSchema */.bl(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
    return {
        'modules.schema.json': render(manifest_schema/* ManifestSchema */.pL),
        'rustok-module.schema.json': render(package_schema/* PackageManifestSchema */.VY),
        'marketplace.schema.json': render(schema/* CatalogSchema */.P),
        'modules-rebuild.schema.json': render(ConfigSchema),
        // Written by the tool, read by workflows and people: the output form.
        'release-plan.schema.json': (0,plan_schema/* releasePlanJsonSchema */._e)(),
        'release-manifest.schema.json': (0,manifest/* releaseManifestJsonSchema */.oM)()
    };
}
/** Makes the zod schemas available to the checks that fall back to them (manifest/zod-registry.ts). */
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
/**
 * marketplace.toml, schema 1 — the catalog that install/uninstall read. Each entry carries what
 * an install writes into modules.toml, plus `depends_on` so an install can close the dependencies
 * of a crates-io or git module whose package manifest is not on disk.
 */



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
/** Repository roles from least to most access. */
const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const rank = (level) => PERMISSION_LEVELS.indexOf(level);
/** The operations behind the gate (`change` has its own minimum: [workflows] change_minimum_permission). */
const GATED_OPERATIONS = (/* unused pure expression or super */ null && (['rebuild', 'deploy', 'rollback', 'prune']));
/** Built-in minimums: a rebuild and a prune need admin, a deploy or rollback maintain. */
const DEFAULT_MINIMUMS = { rebuild: 'admin', deploy: 'maintain', rollback: 'maintain', prune: 'admin' };
/** The minimum of `op`: the explicit one (an action input, a CLI option), else `[rbac]`, else the built-in one. */
function minimumFor(op, rbac, explicit) {
    return explicit ?? rbac?.[op] ?? DEFAULT_MINIMUMS[op];
}
/** Whether a run of `event` on `ref` is checked (see the module comment). */
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
/** The constants of modules.toml, apart from its zod schema (schema.ts re-exports them) so code that only needs them does not load zod. */
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
/**
 * Where package manifests are and their enums, apart from their zod schema (package-schema.ts
 * re-exports them) so code that only needs them does not load zod.
 */
const PACKAGE_MANIFEST_NAMES = ['rustok-module.toml', 'module.toml'];
/** Where the package manifests of crates-io / git / registry modules live: `<dir>/<slug>/<name>`. */
const DEFAULT_PACKAGE_DIR = 'modules.d';
const DEFAULT_LOOKUP = { names: PACKAGE_MANIFEST_NAMES, dir: DEFAULT_PACKAGE_DIR };
/** The directory holding a module's package manifest: its `path`, or `<dir>/<slug>` for the other sources. */
function packageDirOf(slug, e, lookup) {
    if (e.source === 'path')
        return e.path ? e.path.replace(/\/+$/, '') : null;
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
/**
 * The per-module package manifest (`<module path>/rustok-module.toml`, or `module.toml`), as RusToK
 * writes it. Unknown top-level sections (RusToK's `[fba.*]`) are kept as they are.
 */




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
/**
 * modules.toml, schema 2 — the single definition of the format. The TypeScript types and the
 * published JSON Schema (schema/modules.schema.json) are derived from these zod schemas.
 *
 * zod checks shape and types only; the rules that need context (sources, slugs, the dependency
 * graph, URLs) live in validate.ts so that each gets its own rule id and RusToK's wording.
 */




const slug = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SLUG_PATTERN */ .ZT, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ format: 'uri' });
const ModuleEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Cargo package name of the module crate.' }),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCES */ .Hl).describe('Where the crate comes from. Each source needs its own field: path → `path`; git → `git` + `rev`; crates-io/registry → `version`.'),
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Canonical JSON of plain JSON values (objects with sorted keys, no white space — RFC 8785 for the
 * strings, integers and booleans the plan hashes) and its SHA-256. The plan's values are shallow
 * and contain null, which the TOML-oriented hash/jcs.ts does not take.
 */

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
/** Hex SHA-256 of the canonical JSON of `value`. */
function digestJson(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableJson(value), 'utf8').digest('hex');
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
/**
 * release_id: `<prefix>-<label>-<12 hex>`, where the hex is the start of a SHA-256 over the
 * canonical JSON of what the release is made of (the build keys and the profile). Same inputs →
 * same id on any machine and any run; no time, no counter, no run number.
 *
 * Grammar (checked by RELEASE_ID_PATTERN): ASCII letters, digits, `_`, `.`, `-`; starts with a
 * letter or digit; ≤ 128 characters; no `..`; does not end in `.` or `.lock`. That is a valid git
 * tag (git check-ref-format) and a valid OCI tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`).
 */

const RELEASE_ID_PATTERN = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?<!\.)$/;
const SHORT_HASH = 12;
const MAX_PREFIX = 64;
const DEFAULT_PREFIX = 'release';
/**
 * Any string → a prefix the grammar accepts: other characters become `-`, runs of `.` one `.`,
 * leading characters that are not a letter or digit and trailing `.` are dropped, ≤ 64 characters.
 * Empty → "release".
 */
function sanitizePrefix(raw) {
    let p = raw.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '');
    p = p.slice(0, MAX_PREFIX).replace(/\.+$/, '');
    return p === '' ? DEFAULT_PREFIX : p;
}
/** The default prefix: `app` without a trailing `-server` (`rustok-server` → `rustok`). */
function defaultPrefix(app) {
    return sanitizePrefix(app.replace(/[-_]server$/, '') || app);
}
/** `<prefix>-<label>-<12 hex of SHA-256(canonical JSON of parts)>`. `label` is sanitized like a prefix. */
function releaseId(prefix, label, parts) {
    return `${sanitizePrefix(prefix)}-${sanitizePrefix(label)}-${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .digestJson */ .t)(parts).slice(0, SHORT_HASH)}`;
}
/** The 16-hex short form of a build key used in artifact names (`sha256:abcd…` → `abcd…`). */
function shortKey(buildKey, length = 16) {
    return buildKey.replace(/^sha256:/, '').slice(0, length);
}


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
    release_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Schema 2: the release whose assets hold the files — this one, or the earlier release a reused artifact (`rebuild: false` in the plan) was built in.'),
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
    location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where it was tagged: `HOST[:PORT]/REPOSITORY` or `oci:DIR/…`.'),
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
    event: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('GITHUB_EVENT_NAME: push, workflow_dispatch, …'),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe('The dispatch input `reason` (`--reason`).')
})
    .describe("The build record (RusToK's `builds` row).");
/** The headless version contract (src/core/deploy/compat.ts reads it before a UI release is deployed). */
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
/** Parses the text of a release-manifest.json (schema 1 or 2); throws an Error naming `where` when it is not one. */
function parseReleaseManifest(text, where) {
    return (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonAs */ .W)(ReleaseManifestSchema, text, where, 'release-manifest.json');
}
/** The bytes of a schema 2 manifest: schema key order, two-space indent, final newline. */
function serializeReleaseManifest(m) {
    return JSON.stringify(ReleaseManifestV2Schema.parse(m), null, 2) + '\n';
}
/** The JSON Schema of release-manifest.json (both schemas), as published in schema/release-manifest.schema.json. */
function releaseManifestJsonSchema() {
    return JSON.stringify(zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(ReleaseManifestSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseJsonAs)
/* harmony export */ });
/** Parses `text` as JSON of `schema`; throws an Error naming `where`, the format and every problem. */
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