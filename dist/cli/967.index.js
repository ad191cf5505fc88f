export const id = 967;
export const ids = [967];
export const modules = {

/***/ 7483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ PINS),
/* harmony export */   I1: () => (/* binding */ pinnedRef),
/* harmony export */   NS: () => (/* binding */ isPinnedAction)
/* harmony export */ });
const PINS = {
    'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
    'actions/cache': { sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae', version: 'v5.0.5' },
    'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
    'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
    'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
    'actions/attest-build-provenance': { sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', version: 'v4.1.0' },
    'docker/setup-buildx-action': { sha: '37fe631027851001ddb9b187196cc803df7f5f0e', version: 'v4.3.0' },
    'docker/login-action': { sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', version: 'v4.1.0' },
    'docker/metadata-action': { sha: 'dc802804100637a589fabce1cb79ff13a1411302', version: 'v6.2.0' },
    'docker/build-push-action': { sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', version: 'v7.3.0' }
};
const isPinnedAction = (name) => Object.hasOwn(PINS, name);
/** `owner/repo@<sha>`, the `uses:` value of a pinned action (its comment is `# <version>`). */
const pinnedRef = (action) => `${action}@${PINS[action].sha}`;


/***/ }),

/***/ 9383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ DeployConfigSchema),
/* harmony export */   aT: () => (/* binding */ checkDeployConfig),
/* harmony export */   f5: () => (/* binding */ environmentProblem)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT_PATTERN, SmokeConfigSchema, EnvironmentConfigSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/**
 * `[deploy]` of modules-rebuild.toml: the project's deploy hook (the platform-specific part —
 * kubectl, fly, ssh — stays the user's), the smoke checks, and per environment the URL the smoke
 * checks talk to. Part of ConfigSchema (schema.ts); in core/config so that the configuration does
 * not depend on the deploy model (core/deploy/model.ts re-exports the environment name rule).
 */


/** Environment names: a valid OCI tag (the name is the image tag) and a file name; ≤ 64 characters. */
const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function environmentProblem(name) {
    if (!ENVIRONMENT_PATTERN.test(name))
        return 'must be 1–64 ASCII letters, digits, `_`, `.` or `-`, starting with a letter or digit (it becomes the image tag)';
    if (name.includes('..') || name.endsWith('.') || name.endsWith('.lock'))
        return 'may not contain `..` or end in `.` or `.lock`';
    return null;
}
const path = (description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: '^/', description });
const SmokeConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    health_path: path('Health endpoint: answers 200 when the server is up.').default('/health'),
    modules_path: path('Modules endpoint: `{"manifest_hash": "sha256:…", "modules": [{"slug": …}, …]}`.').default('/modules'),
    migrations_path: path('Optional migrations endpoint: `{"pending": []}` (or `{"pending": 0}`) when no migration is pending; empty: not checked.').default(''),
    deadline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(3600).default(60).describe('Seconds the health endpoint has to answer 200 (retried with backoff).'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(600).default(10).describe('Seconds per HTTP request.'),
    backoff: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(60).default(0.5).describe('Seconds before the first retry of the health check; doubles up to 8 s.')
})
    .describe('Smoke checks run by `smoke`, and by `deploy` / `rollback` when the environment has a URL.');
const EnvironmentConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'Base URL of the environment (http or https): the smoke checks talk to it and the deployment records it.' }).optional()
})
    .describe('One environment.');
const DeployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    hook: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .default([])
        .describe('The deploy hook, an argument vector started without a shell in the repository root after the environment tags moved, e.g. ["./deploy/rollout.sh"] or ["kubectl", "rollout", "restart", "deployment/server"]. Its environment: RELEASE_ID, MANIFEST_HASH, ENVIRONMENT, COMPONENT, DEPLOY_KIND, PREVIOUS_RELEASE_ID, IMAGE_<TARGET> (`<location>@sha256:…`) and IMAGE_<TARGET>_DIGEST. Empty: no hook.'),
    hook_timeout: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(86400).default(600).describe('Seconds the hook may run before it is stopped (SIGTERM, then SIGKILL) and the deployment fails.'),
    smoke: SmokeConfigSchema.prefault({}),
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), EnvironmentConfigSchema).default({}).describe('Per environment (the key is its name, e.g. production): its URL.')
})
    .describe('What `deploy` and `rollback` do besides moving the environment tags.');
/** Checks beyond shape: hook argv, paths, environment names and URLs. */
function checkDeployConfig(c, file, at) {
    const out = [];
    const err = (p, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-deploy', file, at(p), message, hint));
    if (c.hook.length > 0 && c.hook[0].trim() === '')
        err(['deploy', 'hook', 0], '`deploy.hook` starts with an empty program name', 'Name the program first, e.g. hook = ["./deploy/rollout.sh"].');
    c.hook.forEach((a, i) => {
        if (a.includes('\0'))
            err(['deploy', 'hook', i], `\`deploy.hook[${i}]\` contains a NUL character`, 'Remove it.');
    });
    for (const key of ['health_path', 'modules_path', 'migrations_path']) {
        const v = c.smoke[key];
        if (key === 'migrations_path' && v === '')
            continue;
        if (!v.startsWith('/') || /[\s#?]/.test(v.replace(/\?.*$/, '')) || v.startsWith('//'))
            err(['deploy', 'smoke', key], `\`deploy.smoke.${key}\` '${v}' is not a path on the server`, 'Write an absolute path such as "/health".');
    }
    for (const [name, e] of Object.entries(c.environments)) {
        const problem = environmentProblem(name);
        if (problem)
            err(['deploy', 'environments', name], `environment name '${name}' ${problem}`, 'Rename the environment, e.g. "production".');
        if (e.url !== undefined) {
            let u = null;
            try {
                u = new URL(e.url);
            }
            catch {
                u = null;
            }
            if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password)
                err(['deploy', 'environments', name, 'url'], `\`deploy.environments.${name}.url\` '${e.url}' is not an http(s) URL without credentials`, 'Write e.g. "https://shop.example.com".');
        }
    }
    return out;
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ minimumFor),
/* harmony export */   Tm: () => (/* binding */ rank),
/* harmony export */   UT: () => (/* binding */ MINIMUM_PERMISSIONS),
/* harmony export */   _M: () => (/* binding */ isMinimumPermission),
/* harmony export */   eO: () => (/* binding */ PERMISSION_LEVELS),
/* harmony export */   i8: () => (/* binding */ RbacConfigSchema)
/* harmony export */ });
/* unused harmony exports GATED_OPERATIONS, DEFAULT_MINIMUMS, isGatedEvent */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
/**
 * RBAC policy (seed §2C.3: only admins may trigger a rebuild), pure: the repository roles, the
 * minimums an operation may require (one list, imported by the config schema, the action, the
 * CLI and the permission check), the built-in minimum of each operation, the `[rbac]` table of
 * modules-rebuild.toml, and which runs are checked at all.
 *
 * Checked runs: someone chose to start them — `workflow_dispatch`, `repository_dispatch`, and a
 * `push` of a tag (modules-rollback.yml's `deploy/<environment>/<release_id>`). A push to a branch
 * and a pull request are governed by branch protection and review, a schedule by whoever
 * committed it; their runs are not checked. The CLI checks whenever it is given an actor.
 */

/** Repository roles from least to most access. */
const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
/** What an operation may require: triage and read can change nothing in the repository. */
const MINIMUM_PERMISSIONS = ['write', 'maintain', 'admin'];
const rank = (level) => PERMISSION_LEVELS.indexOf(level);
const isMinimumPermission = (v) => typeof v === 'string' && MINIMUM_PERMISSIONS.includes(v);
/** The operations behind the gate (`change` has its own minimum: [workflows] change_minimum_permission). */
const GATED_OPERATIONS = (/* unused pure expression or super */ null && (['rebuild', 'deploy', 'rollback', 'prune']));
/** Built-in minimums: a rebuild and a prune need admin, a deploy or rollback maintain. */
const DEFAULT_MINIMUMS = { rebuild: 'admin', deploy: 'maintain', rollback: 'maintain', prune: 'admin' };
const minimum = (op, what) => zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(MINIMUM_PERMISSIONS)
    .optional()
    .describe(`The least role (write, maintain or admin) whoever starts ${what} must hold on the repository, read through the API. Default "${DEFAULT_MINIMUMS[op]}".`);
/** `[rbac]` of modules-rebuild.toml: optional, keys without defaults, so a configuration that sets none keeps its config hash. */
const RbacConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    rebuild: minimum('rebuild', 'a rebuild (modules-rebuild.yml by workflow_dispatch or repository_dispatch: plan and build)'),
    deploy: minimum('deploy', 'a deploy'),
    rollback: minimum('rollback', 'a rollback (modules-rollback.yml)'),
    prune: minimum('prune', 'a prune (modules-prune.yml)')
})
    .describe('Who may start what: the least repository role per operation, checked for runs someone chose to start (workflow_dispatch, repository_dispatch, a pushed tag) and by the CLI when given --actor.');
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

/***/ 7967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ APP_DEFAULTS),
/* harmony export */   Sk: () => (/* binding */ ConfigSchema),
/* harmony export */   _s: () => (/* binding */ RUSTOK_OUTPUTS),
/* harmony export */   cL: () => (/* binding */ RUSTOK_OUTPUT_KEYS),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   h: () => (/* binding */ APPS),
/* harmony export */   i2: () => (/* binding */ FEATURE_PATTERN)
/* harmony export */ });
/* unused harmony exports FEATURE_MODES, DIRTY_KINDS, GATE_MODES, PRESETS, CodegenSchema, FeaturesSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(104);
/* harmony import */ var _rbac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(516);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9383);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7131);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(329);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2514);
/**
 * modules-rebuild.toml, schema 1 — the tool's own configuration at the repository root. The single
 * definition of the format: the TypeScript type and the published JSON Schema
 * (schema/modules-rebuild.schema.json) are derived from it. Every key is optional; a repository
 * without the file gets RusToK's layout. Checks that need more than shape (paths, identifiers,
 * distinct outputs) live in config.ts.
 */






const CONFIG_FILE = 'modules-rebuild.toml';
const APPS = ['server', 'admin', 'storefront'];
const FEATURE_MODES = ['auto', 'managed', 'flags'];
const DIRTY_KINDS = ['registry', 'features', 'workflows'];
const GATE_MODES = ['auto', 'always', 'never'];
const PRESETS = ['default', 'rustok'];
/** Cargo feature names: `mod-blog`, `redis-cache`, and in a default list also `crate/feature`. */
const FEATURE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_+.-]*(/[A-Za-z0-9_][A-Za-z0-9_+.-]*)?$';
const repoPath = (description) => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const feature = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().meta({ pattern: FEATURE_PATTERN, description: 'A Cargo feature name.' });
/** RusToK's layout: where each app keeps its generated registry and its Cargo.toml. */
const APP_DEFAULTS = {
    server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml' },
    admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml' },
    storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml' }
};
/**
 * The files of preset "rustok": the ones the build scripts of RusToK's apps (apps/server/build.rs, …) write into OUT_DIR, committed
 * instead (the app `include!`s them). Key → app and default path.
 */
const RUSTOK_OUTPUTS = {
    server_registry: { app: 'server', path: 'apps/server/src/generated/modules_registry_codegen.rs' },
    server_graphql: { app: 'server', path: 'apps/server/src/generated/graphql_schema_codegen.rs' },
    server_routes: { app: 'server', path: 'apps/server/src/generated/app_routes_codegen.rs' },
    admin_registry: { app: 'admin', path: 'apps/admin/src/generated/module_registry_codegen.rs' },
    storefront_ui: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen.rs' },
    storefront_ui_client: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen_client.rs' }
};
const RUSTOK_OUTPUT_KEYS = Object.keys(RUSTOK_OUTPUTS);
const RUSTOK_WHAT = {
    server_registry: 'register_optional_modules(): what apps/server/build.rs writes as modules_registry_codegen.rs.',
    server_graphql: 'OptionalModuleQuery/Mutation/Subscription and attach_module_graphql_data(): graphql_schema_codegen.rs.',
    server_routes: 'append_optional_module_axum_routers(): app_routes_codegen.rs.',
    admin_registry: 'Admin navigation, pages, components and module metadata: what apps/admin/build.rs writes as module_registry_codegen.rs.',
    storefront_ui: 'Storefront pages and slot components: what apps/storefront/build.rs writes as module_ui_codegen.rs in an SSR build.',
    storefront_ui_client: 'The client-only variant of module_ui_codegen.rs (features csr/hydrate without ssr): an empty register_generated_components().'
};
const rustokSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc(Object.fromEntries(RUSTOK_OUTPUT_KEYS.map((k) => [k, repoPath(RUSTOK_WHAT[k]).default(RUSTOK_OUTPUTS[k].path)])))
    .describe('Where preset "rustok" writes each file (an app with enabled = false gets none of its files).');
const WHAT = {
    server: 'The server app: module registrations, GraphQL and HTTP merges of every installed module.',
    admin: 'The admin app: navigation entries of the modules with [provides.admin_ui] leptos_crate.',
    storefront: 'The storefront app: slot entries of the modules with [provides.storefront_ui] leptos_crate.'
};
const appSchema = (app) => zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    output: repoPath('The generated Rust file (preset "default"; preset "rustok" uses [codegen.rustok]).').default(APP_DEFAULTS[app].output),
    cargo_toml: repoPath("The app's Cargo.toml, whose `[features] default` holds the module features.").default(APP_DEFAULTS[app].cargo_toml),
    template: repoPath('A Mustache template to render instead of the built-in one (see docs/templates.md); preset "default" only.').optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().default(true).describe('false: generate nothing for this app and leave its Cargo.toml alone (e.g. a headless platform without an admin).'),
    gate: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(GATE_MODES)
        .default('auto')
        .describe('always: each optional module\'s statements are gated by #[cfg(feature = "<prefix><slug>")] and the module features join the feature set. never: no gates; the app compiles every installed module in (RusToK\'s admin and storefront today). auto: always for the server; for admin and storefront, always when their Cargo.toml declares any <prefix>* feature, else never.')
})
    .describe(WHAT[app]);
const CodegenSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    preset: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(PRESETS)
        .default('default')
        .describe('default: one registry file per app from the built-in (or a user) Mustache template. rustok: exactly the files RusToK\'s apps/{server,admin,storefront}/build.rs generate (modules_registry_codegen.rs, graphql_schema_codegen.rs, app_routes_codegen.rs, module_registry_codegen.rs, module_ui_codegen.rs) plus a header line, at the paths of [codegen.rustok], for RusToK to include! instead of OUT_DIR.'),
    rustok: rustokSchema.prefault({}),
    package_manifests: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(repoPath('File name of a package manifest inside a module directory.'))
        .min(1)
        .default(['rustok-module.toml', 'module.toml'])
        .describe('Package manifest names tried in order in each module directory.'),
    package_dir: repoPath('Directory of the vendored package manifests of the modules that are not source = "path" (crates-io, git, registry): `<package_dir>/<slug>/rustok-module.toml`. `install` writes them from the catalog; code generation reads them.').default('modules.d'),
    feature_prefix: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .default('mod-')
        .meta({ pattern: '^[A-Za-z0-9_][A-Za-z0-9_+.-]*$', description: 'Prefix of the per-module Cargo features: `<prefix><slug>`, e.g. `mod-blog`.' }),
    api_crate: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .default('rustok_api')
        .meta({ description: 'Rust path (crate identifier, `_` not `-`; may go deeper, e.g. `rustok_core::modules`) that exports the registry types the generated `use` lines import.' }),
    server: appSchema('server').prefault({}),
    admin: appSchema('admin').prefault({}),
    storefront: appSchema('storefront').prefault({})
})
    .describe('What `modules-rebuild generate` writes and `check` compares.');
const FeaturesSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(FEATURE_MODES)
        .default('auto')
        .describe('managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features …`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'),
    base_features: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        server: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(feature).default([]).describe('Features of the server besides the module features, e.g. "redis-cache".'),
        admin: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(feature).default([]).describe('Features of the admin besides the module features, e.g. "ssr".'),
        storefront: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(feature).default([]).describe('Features of the storefront besides the module features, e.g. "ssr".')
    })
        .prefault({})
        .describe('Per app, the features that always come first in the feature set: written at the top of the managed region, and passed with --features in flags mode (where --no-default-features drops the rest of `default`).')
})
    .describe('How the module set reaches cargo.');
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1).default(1).describe('Format version; this tool reads schema 1.'),
    codegen: CodegenSchema.prefault({}),
    features: FeaturesSchema.prefault({}),
    workflows: _workflows_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkflowsConfigSchema */ .qQ.prefault({}),
    plan: _plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanConfigSchema */ .VX.prefault({}),
    rbac: _rbac_js__WEBPACK_IMPORTED_MODULE_0__/* .RbacConfigSchema */ .i8.optional(),
    deploy: _deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployConfigSchema */ .B1.prefault({}),
    // Optional, not defaulted: without [images] the configuration (and its hash in the workflow header) is what it was.
    images: _images_js__WEBPACK_IMPORTED_MODULE_4__/* .ImagesConfigSchema */ .uF.optional(),
    strict: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe('false (default): findings about the hand-maintained Cargo.toml that predate modules-rebuild (feature-drift, and the feature-declaration findings the build works around: a module that cannot be switched off, a gate naming an undeclared feature) are warnings with an exact fix. true: they are errors, so `check` and `plan` fail until Cargo.toml agrees with modules.toml.'),
    allow_dirty: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(DIRTY_KINDS))
        .default([])
        .describe('Findings that `check` reports as warnings instead of errors: "registry" (stale generated.rs), "features" (stale managed region, feature drift), "workflows" (stale workflows).')
})
    .meta({ title: 'modules-rebuild.toml', description: 'Configuration of modules-rebuild (schema 1). Every key is optional.' });


/***/ }),

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q3: () => (/* binding */ DEFAULT_CHANGE_MINIMUM_PERMISSION),
  Dd: () => (/* binding */ DEPLOY_DEFAULTS),
  qQ: () => (/* binding */ WorkflowsConfigSchema),
  dc: () => (/* binding */ checkWorkflowsConfig),
  Lo: () => (/* binding */ splitUses)
});

// UNUSED EXPORTS: ACTION_REF, ACTION_VERSION, CHANGE_MINIMUM_PERMISSIONS, DEFAULT_WORKFLOWS_CONFIG, ExtraJobSchema, JOB_ID, PERMISSION_LEVELS, PERMISSION_SCOPES, SECRET_NAME, StepSchema, parseActionRef

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./src/core/config/rbac.ts
var rbac = __webpack_require__(516);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/actions/constants.ts
var constants = __webpack_require__(9398);
;// CONCATENATED MODULE: ./src/core/actions/expressions.ts
/**
 * GitHub Actions expressions (`${{ … }}`) inside the strings of [workflows] setup steps and extra
 * jobs, read the way the runner reads them: the expression ends at the first `}}` outside a
 * string literal; names are case-insensitive (`github.EVENT` is `github.event`); a context can be
 * reached by property (`github.event`), by index (`github['event']`) or whole (`toJSON(github)`).
 *
 * Where an expression becomes code (`run:`, a script input), only an allow-list may be named:
 * contexts whose values the workflow itself decides, and the properties of `github` an outside
 * contributor cannot choose. Everything else — `github.event`, `github.head_ref`, `github.actor`,
 * `inputs`, a dynamic index, an expression that does not tokenize — is refused (fail closed).
 */
/** Contexts that may be named anywhere inside an expression used as code. */
const ALLOWED_CONTEXTS = new Set(['matrix', 'steps', 'needs', 'env', 'runner', 'vars', 'secrets', 'strategy', 'job']);
/**
 * Properties of `github` an outside contributor cannot set. Left out on purpose: event (titles,
 * bodies, commit messages, branch names of forks), head_ref and base_ref (branch names),
 * actor / triggering_actor (user-chosen names), event_path, and anything unknown.
 */
const ALLOWED_GITHUB = new Set([
    'repository', 'repository_owner', 'repository_id', 'repository_owner_id', 'sha', 'ref', 'ref_name', 'ref_type', 'ref_protected',
    'run_id', 'run_number', 'run_attempt', 'workflow', 'workflow_ref', 'workflow_sha', 'server_url', 'api_url', 'graphql_url',
    'event_name', 'job', 'workspace', 'token', 'retention_days', 'action', 'action_path'
]);
const LITERALS = new Set(['true', 'false', 'null', 'nan', 'infinity']);
/** The bodies of the `${{ … }}` expressions of `text`; an unterminated one makes `error` set. */
function expressionBodies(text) {
    const bodies = [];
    for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i)) {
        let j = i + 3;
        let end = -1;
        while (j < text.length) {
            if (text[j] === "'") {
                j++;
                while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'"))
                    j += text[j] === "'" ? 2 : 1;
                j++;
            }
            else if (text.startsWith('}}', j)) {
                end = j;
                break;
            }
            else
                j++;
        }
        if (end < 0)
            return { bodies, error: 'an expression `${{` has no closing `}}`' };
        bodies.push(text.slice(i + 3, end));
        i = end + 2;
    }
    return { bodies, error: null };
}
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const rest = src.slice(i);
        const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest) ?? null;
        if (m) {
            out.push({ kind: 'ident', text: m[0].toLowerCase() });
            i += m[0].length;
            continue;
        }
        if (c === "'") {
            let j = i + 1;
            let s = '';
            for (;;) {
                if (j >= src.length)
                    return null;
                if (src[j] === "'") {
                    if (src[j + 1] === "'") {
                        s += "'";
                        j += 2;
                        continue;
                    }
                    break;
                }
                s += src[j++];
            }
            out.push({ kind: 'string', text: s });
            i = j + 1;
            continue;
        }
        const num = /^(?:0x[0-9a-fA-F]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(rest);
        if (num && /[\d.]/.test(c)) {
            out.push({ kind: 'number', text: num[0] });
            i += num[0].length;
            continue;
        }
        const op = /^(?:==|!=|<=|>=|&&|\|\||[<>!.[\](),*])/.exec(rest);
        if (!op)
            return null;
        out.push({ kind: 'punct', text: op[0] });
        i += op[0].length;
    }
    return out;
}
/**
 * What an expression names that may not become code, e.g. `github.event.*`, `inputs.*`,
 * `github.head_ref`, `github` (the whole context); empty when it names only the allow-list.
 */
function refusedReferences(body) {
    const tokens = tokenize(body);
    if (tokens === null)
        return ['an expression that cannot be read'];
    const found = new Set();
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'ident')
            continue;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        if (prev?.kind === 'punct' && prev.text === '.')
            continue; // a property, checked with its context
        if (next?.kind === 'punct' && next.text === '(')
            continue; // a function name; its arguments are tokens too
        if (LITERALS.has(t.text))
            continue;
        if (ALLOWED_CONTEXTS.has(t.text))
            continue;
        if (t.text !== 'github') {
            found.add(`${t.text}.*`);
            continue;
        }
        // github: the first property decides, by name or by literal index.
        let prop = null;
        let after = i + 1;
        if (next?.text === '.' && tokens[i + 2]?.kind === 'ident') {
            prop = tokens[i + 2].text;
            after = i + 3;
        }
        else if (next?.text === '[' && tokens[i + 2]?.kind === 'string' && tokens[i + 3]?.text === ']') {
            prop = tokens[i + 2].text.toLowerCase();
            after = i + 4;
        }
        else if (next?.text === '[') {
            found.add('github[…]');
            continue;
        }
        if (prop === null)
            found.add('github');
        else if (!ALLOWED_GITHUB.has(prop))
            found.add(`github.${prop}${tokens[after]?.text === '.' || tokens[after]?.text === '[' ? '.*' : ''}`);
    }
    return [...found];
}
/** The refused references of every expression in `text` (a run: script, a script input). */
function unsafeExpressions(text) {
    const { bodies, error } = expressionBodies(text);
    const found = new Set(bodies.flatMap(refusedReferences));
    if (error)
        found.add(error);
    // Read a second way too — each expression ending at the first `}}`, quotes or not — so a `}}`
    // inside a string literal cannot hide a reference from one reading or the other.
    for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i + 3)) {
        const end = text.indexOf('}}', i + 3);
        if (end < 0)
            break;
        for (const r of refusedReferences(text.slice(i + 3, end)))
            found.add(r);
    }
    return [...found];
}

// EXTERNAL MODULE: ./src/core/actions/pins.ts
var pins = __webpack_require__(7483);
;// CONCATENATED MODULE: ./src/core/config/workflows.ts
/**
 * `[workflows]` of modules-rebuild.toml: how the generated GitHub workflows call modules-rebuild,
 * where they run, and the two extension points (setup steps before the build, jobs after it) that
 * replace hand edits. The single definition of the section; the lead mounts
 * `WorkflowsConfigSchema` into ConfigSchema as `workflows`. Shape is zod's job; everything a
 * workflow could be attacked through (action pins, expressions in `run:`, credentials left on
 * disk) is checked by `checkWorkflowsConfig`, which both config reading and `planWorkflows` call.
 */







/** `with:` inputs that hold code whatever the action (github-script's `script` is matched by action). */
const SCRIPT_INPUTS = new Set(['script', 'run', 'command', 'commands']);
/** `owner/repo[/path]@<40 hex>`: the only form a remote action may take in a generated workflow. */
const ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100})((?:\/[A-Za-z0-9._-]+)*)@([0-9a-f]{40})$/;
/** `vX.Y.Z` with an optional pre-release: the comment after a pinned `uses:`. */
const ACTION_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Job ids GitHub accepts, kept to a lowercase-friendly subset. */
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** Runner labels: `ubuntu-latest`, `ubuntu-24.04`, `self-hosted`, `linux`, `x64`, `gpu_large`. */
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A branch name the `branches:` filter matches literally. */
const BRANCH = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,200}$/;
const PERMISSION_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses'
];
const PERMISSION_LEVELS = ['read', 'write', 'none'];
/** Repository roles a change may require: the one list of src/core/config/rbac.ts. */
const CHANGE_MINIMUM_PERMISSIONS = rbac/* MINIMUM_PERMISSIONS */.UT;
const DEFAULT_CHANGE_MINIMUM_PERMISSION = 'maintain';
/** A secret name GitHub accepts (letters, digits, `_`; not starting with a digit or GITHUB_). */
const SECRET_NAME = /^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)(?![0-9])[A-Za-z0-9_]{1,200}$/;
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
    permissions: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(PERMISSION_SCOPES), schemas/* enum */.k5n(PERMISSION_LEVELS))
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
        pattern: ACTION_REF.source,
        description: 'The modules-rebuild action the workflows call, pinned: "<owner>/<repo>@<40-hex commit>". Required by `workflows generate`.'
    }),
    action_version: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: ACTION_VERSION.source, description: 'The release `action` points at, e.g. "v0.1.0"; rendered as the `# v0.1.0` comment after `uses:`.' }),
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
    change_minimum_permission: schemas/* enum */.k5n(CHANGE_MINIMUM_PERMISSIONS)
        .optional()
        .describe('modules-change.yml: the least permission on the repository whoever starts a change must hold (read through the API). Default "maintain".'),
    change_token_secret: schemas/* string */.YjP()
        .optional()
        .meta({ pattern: SECRET_NAME.source })
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
const DEFAULT_WORKFLOWS_CONFIG = WorkflowsConfigSchema.parse({});
/** The defaults of the deploy, rollback and prune keys of [workflows]. */
const DEPLOY_DEFAULTS = { deploy_environment: 'production', prune_keep: 10, prune_schedule: '27 4 * * 1', prune_dry_run: true };
function parseActionRef(ref) {
    const m = ACTION_REF.exec(ref);
    return m ? { repo: m[1], action: m[1] + m[2], sha: m[3] } : null;
}
/** `owner/repo@sha # v1.2.3` → ref and version (null when the comment is missing). */
function splitUses(uses) {
    const m = /^(\S+)\s+#\s*(\S+)\s*$/.exec(uses.trim());
    return m ? { ref: m[1], version: m[2] } : { ref: uses.trim(), version: null };
}
/**
 * Every check beyond shape: the action reference, paths, branch and runner labels, and the
 * safety of each setup step and extra job. `requireAction`: `workflows generate` needs `action`;
 * plain config reading does not (a repository may not use the workflows).
 */
function checkWorkflowsConfig(w, file, where = () => null, requireAction = false) {
    const out = [];
    const at = (p) => where(['workflows', ...p]);
    const err = (rule, p, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', rule, file, at(p), message, hint));
    const key = (p) => ['workflows', ...p].map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z0-9_-]+$/.test(k) ? `.${k}` : `."${k}"`)).join('').slice(1);
    const noExpression = (p, value) => {
        if (!value.includes('${{'))
            return true;
        err('expression-injection', p, `\`${key(p)}\` contains \`\${{\`, which the workflow would evaluate`, 'Write a literal value here.');
        return false;
    };
    // The modules-rebuild action.
    if (w.action === undefined) {
        if (requireAction)
            err('config-invalid-action', ['action'], '`workflows.action` is not set: the workflows need to know which modules-rebuild to call', 'Add `action = "<owner>/modules-rebuild@<40-hex commit>"` and `action_version = "vX.Y.Z"` under [workflows] (the commit of the release tag).');
    }
    else if (noExpression(['action'], w.action) && !parseActionRef(w.action)) {
        err('config-invalid-action', ['action'], `\`workflows.action\` '${w.action}' is not "<owner>/<repo>@<40-hex commit>"`, 'Pin the action to the full commit id of a release, e.g. "acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567"; tags and branches can be moved.');
    }
    if (w.action_version === undefined) {
        if (requireAction || w.action !== undefined)
            err('config-invalid-action', ['action_version'], '`workflows.action_version` is not set', 'Add the release the commit belongs to, e.g. `action_version = "v0.1.0"`; it becomes the `# v0.1.0` comment readers and update bots rely on.');
    }
    else if (!ACTION_VERSION.test(w.action_version)) {
        err('config-invalid-action', ['action_version'], `\`workflows.action_version\` '${w.action_version}' is not a release tag of the form vX.Y.Z`, 'Write the tag the pinned commit belongs to, e.g. "v0.1.0".');
    }
    // Paths, branch, runners.
    if (noExpression(['manifest'], w.manifest)) {
        const problem = (0,identifiers/* repoPathProblem */.Js)(w.manifest);
        if (problem)
            err('config-invalid-path', ['manifest'], `\`workflows.manifest\` '${w.manifest}' ${problem}`, 'Write the manifest path relative to the repository root, e.g. "modules.toml".');
    }
    w.extra_paths.forEach((p, i) => {
        if (!noExpression(['extra_paths', i], p))
            return;
        const problem = globProblem(p);
        if (problem)
            err('config-invalid-path', ['extra_paths', i], `\`workflows.extra_paths[${i}]\` '${p}' ${problem}`, 'Write a repository-relative path or glob, e.g. "Cargo.lock" or "crates/**".');
    });
    if (noExpression(['default_branch'], w.default_branch) && !BRANCH.test(w.default_branch)) {
        err('invalid-value', ['default_branch'], `\`workflows.default_branch\` '${w.default_branch}' is not a branch name`, 'Write the branch pushes to which release, e.g. "main".');
    }
    checkRunsOn(w.runs_on, ['runs_on']);
    if (w.change_token_secret !== undefined && noExpression(['change_token_secret'], w.change_token_secret) && !SECRET_NAME.test(w.change_token_secret)) {
        err('invalid-value', ['change_token_secret'], `\`workflows.change_token_secret\` '${w.change_token_secret}' is not a secret name`, 'Write the name of a repository secret, e.g. "MODULES_BOT_TOKEN": letters, digits and `_`, not starting with a digit or GITHUB_.');
    }
    // Extension points.
    w.setup_steps.forEach((s, i) => checkStep(s, ['setup_steps', i]));
    const ids = Object.keys(w.extra_jobs);
    for (const [id, job] of Object.entries(w.extra_jobs)) {
        const p = ['extra_jobs', id];
        if (!JOB_ID.test(id))
            err('invalid-workflow-extension', p, `Extra job id '${id}' is not a valid job id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.');
        else if (constants/* RESERVED_JOBS */._z.includes(id))
            err('invalid-workflow-extension', p, `Extra job id '${id}' is reserved for modules-rebuild's own jobs (${constants/* RESERVED_JOBS */._z.join(', ')})`, `Rename the job, e.g. "${id}-extra".`);
        job.needs.forEach((n, j) => {
            if (n === 'plan' || n === 'build')
                return;
            if (n === id)
                err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs itself`, 'Remove it from `needs`.');
            else if (!ids.includes(n))
                err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs '${n}', which is not a job of the workflow`, `Name plan, build or another extra job (${ids.filter((x) => x !== id).join(', ') || 'none defined'}).`);
        });
        if (job['runs-on'] !== undefined)
            checkRunsOn(job['runs-on'], [...p, 'runs-on']);
        if (job.environment !== undefined)
            noExpression([...p, 'environment'], job.environment);
        job.steps.forEach((s, i) => checkStep(s, [...p, 'steps', i]));
    }
    return out;
    function checkRunsOn(v, p) {
        const labels = typeof v === 'string' ? [v] : v;
        labels.forEach((l, i) => {
            const lp = typeof v === 'string' ? p : [...p, i];
            if (noExpression(lp, l) && !RUNNER_LABEL.test(l))
                err('invalid-value', lp, `\`${key(lp)}\` '${l}' is not a runner label`, 'Write a label such as "ubuntu-latest", "ubuntu-24.04" or "self-hosted".');
        });
    }
    function checkStep(s, p) {
        const label = `${key(p)}${s.name ? ` ('${s.name}')` : ''}`;
        if ((s.uses === undefined) === (s.run === undefined)) {
            err('invalid-workflow-extension', p, `Step ${label} must have exactly one of \`uses\` and \`run\``, 'A step either calls an action (`uses`) or runs a script (`run`).');
            return;
        }
        if (s.id !== undefined && !JOB_ID.test(s.id))
            err('invalid-workflow-extension', [...p, 'id'], `Step id '${s.id}' is not a valid step id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.');
        if (s.shell !== undefined)
            noExpression([...p, 'shell'], s.shell);
        if (s['working-directory'] !== undefined)
            noExpression([...p, 'working-directory'], s['working-directory']);
        if (s.run !== undefined)
            codeExpressions([...p, 'run'], label, '`run:`', s.run);
        const script = s.uses !== undefined && splitUses(s.uses).ref.toLowerCase().startsWith('actions/github-script@');
        for (const [k, v] of Object.entries(s.with ?? {})) {
            if (typeof v === 'string' && (SCRIPT_INPUTS.has(k.toLowerCase()) || (script && k.toLowerCase() === 'script')))
                codeExpressions([...p, 'with', k], label, `\`with.${k}\``, v);
        }
        if (s.uses !== undefined)
            checkUses(s, p, label);
    }
    /** Expressions in text that becomes code (a run: script, a script input): the allow-list only. */
    function codeExpressions(p, label, where, text) {
        const bad = unsafeExpressions(text);
        if (bad.length) {
            err('expression-injection', p, `Step ${label} puts ${bad.join(', ')} inside ${where}, where a crafted value becomes code`, `Pass the value through \`env\` (\`env = { TITLE = "\${{ github.event.pull_request.title }}" }\`) and read "$TITLE" (process.env.TITLE in a script); inside code, expressions may name only ${[...ALLOWED_CONTEXTS].join(', ')} and github.{${[...ALLOWED_GITHUB].slice(0, 8).join(', ')}, …}.`);
        }
    }
    function checkUses(s, p, label) {
        const up = [...p, 'uses'];
        const uses = s.uses;
        if (!noExpression(up, uses))
            return;
        if (uses.startsWith('./'))
            return;
        if (uses.startsWith('docker://')) {
            if (!/^docker:\/\/[^\s@]+@sha256:[0-9a-f]{64}$/.test(uses))
                err('invalid-workflow-extension', up, `Step ${label}: docker action '${uses}' is not pinned to a digest`, 'Write `docker://image@sha256:<64 hex>`.');
            return;
        }
        const { ref, version } = splitUses(uses);
        const parsed = parseActionRef(ref);
        if (!parsed) {
            err('invalid-workflow-extension', up, `Step ${label}: '${ref}' is not pinned to a full commit id`, 'Write `uses = "owner/repo@<40-hex commit> # vX.Y.Z"`: a tag or branch can be moved to other code.');
            return;
        }
        if (version === null || !ACTION_VERSION.test(version)) {
            err('invalid-workflow-extension', up, `Step ${label}: '${ref}' has no \`# vX.Y.Z\` comment naming its release`, `Append the release tag of the commit: "${ref} # v1.2.3".`);
        }
        if ((0,pins/* isPinnedAction */.NS)(parsed.action) && (parsed.sha !== pins/* PINS */.$x[parsed.action].sha || (version !== null && version !== pins/* PINS */.$x[parsed.action].version))) {
            const pin = pins/* PINS */.$x[parsed.action];
            err('invalid-workflow-extension', up, `Step ${label}: ${parsed.action} is pinned to ${parsed.sha.slice(0, 12)}… but modules-rebuild's pin table has ${pin.version} (${pin.sha.slice(0, 12)}…)`, `Use "${parsed.action}@${pin.sha} # ${pin.version}" so every job runs the same reviewed code.`);
        }
        if (parsed.action === 'actions/checkout' && !(s.with?.['persist-credentials'] === false || s.with?.['persist-credentials'] === 'false')) {
            err('invalid-workflow-extension', up, `Step ${label}: actions/checkout without persist-credentials = false leaves the token in .git/config for every later step`, 'Add `with = { persist-credentials = false }`.');
        }
    }
}
/** Path filters: repository-relative paths with `*`, `**` and `?` wildcards; no negation, no `..`. */
function globProblem(p) {
    if (p.startsWith('!'))
        return "is a negated filter ('!'), which would stop the workflow for files the tool needs";
    const problem = (0,identifiers/* repoPathProblem */.Js)(p.replace(/\*\*?|\?/g, 'x'));
    return problem;
}


/***/ })

};
