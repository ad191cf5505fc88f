export const id = 131;
export const ids = [131];
export const modules = {

/***/ 131:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _plan_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4061);
/* harmony import */ var _workflows_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7436);
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
const repoPath = (description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const feature = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: FEATURE_PATTERN, description: 'A Cargo feature name.' });
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
const rustokSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc(Object.fromEntries(RUSTOK_OUTPUT_KEYS.map((k) => [k, repoPath(RUSTOK_WHAT[k]).default(RUSTOK_OUTPUTS[k].path)])))
    .describe('Where preset "rustok" writes each file (an app with enabled = false gets none of its files).');
const WHAT = {
    server: 'The server app: module registrations, GraphQL and HTTP merges of every installed module.',
    admin: 'The admin app: navigation entries of the modules with [provides.admin_ui] leptos_crate.',
    storefront: 'The storefront app: slot entries of the modules with [provides.storefront_ui] leptos_crate.'
};
const appSchema = (app) => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    output: repoPath('The generated Rust file (preset "default"; preset "rustok" uses [codegen.rustok]).').default(APP_DEFAULTS[app].output),
    cargo_toml: repoPath("The app's Cargo.toml, whose `[features] default` holds the module features.").default(APP_DEFAULTS[app].cargo_toml),
    template: repoPath('A Mustache template to render instead of the built-in one (see docs/templates.md); preset "default" only.').optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('false: generate nothing for this app and leave its Cargo.toml alone (e.g. a headless platform without an admin).'),
    gate: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(GATE_MODES)
        .default('auto')
        .describe('always: each optional module\'s statements are gated by #[cfg(feature = "<prefix><slug>")] and the module features join the feature set. never: no gates; the app compiles every installed module in (RusToK\'s admin and storefront today). auto: always for the server; for admin and storefront, always when their Cargo.toml declares any <prefix>* feature, else never.')
})
    .describe(WHAT[app]);
const CodegenSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    preset: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(PRESETS)
        .default('default')
        .describe('default: one registry file per app from the built-in (or a user) Mustache template. rustok: exactly the files RusToK\'s apps/{server,admin,storefront}/build.rs generate (modules_registry_codegen.rs, graphql_schema_codegen.rs, app_routes_codegen.rs, module_registry_codegen.rs, module_ui_codegen.rs) plus a header line, at the paths of [codegen.rustok], for RusToK to include! instead of OUT_DIR.'),
    rustok: rustokSchema.prefault({}),
    package_manifests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(repoPath('File name of a package manifest inside a module directory.'))
        .min(1)
        .default(['rustok-module.toml', 'module.toml'])
        .describe('Package manifest names tried in order in each module directory.'),
    package_dir: repoPath('Directory of the vendored package manifests of the modules that are not source = "path" (crates-io, git, registry): `<package_dir>/<slug>/rustok-module.toml`. `install` writes them from the catalog; code generation reads them.').default('modules.d'),
    feature_prefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .default('mod-')
        .meta({ pattern: '^[A-Za-z0-9_][A-Za-z0-9_+.-]*$', description: 'Prefix of the per-module Cargo features: `<prefix><slug>`, e.g. `mod-blog`.' }),
    api_crate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .default('rustok_api')
        .meta({ description: 'Rust path (crate identifier, `_` not `-`; may go deeper, e.g. `rustok_core::modules`) that exports the registry types the generated `use` lines import.' }),
    server: appSchema('server').prefault({}),
    admin: appSchema('admin').prefault({}),
    storefront: appSchema('storefront').prefault({})
})
    .describe('What `modules-rebuild generate` writes and `check` compares.');
const FeaturesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(FEATURE_MODES)
        .default('auto')
        .describe('managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features …`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'),
    base_features: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        server: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(feature).default([]).describe('Features of the server besides the module features, e.g. "redis-cache".'),
        admin: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(feature).default([]).describe('Features of the admin besides the module features, e.g. "ssr".'),
        storefront: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(feature).default([]).describe('Features of the storefront besides the module features, e.g. "ssr".')
    })
        .prefault({})
        .describe('Per app, the features that always come first in the feature set: written at the top of the managed region, and passed with --features in flags mode (where --no-default-features drops the rest of `default`).')
})
    .describe('How the module set reaches cargo.');
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).default(1).describe('Format version; this tool reads schema 1.'),
    codegen: CodegenSchema.prefault({}),
    features: FeaturesSchema.prefault({}),
    workflows: _workflows_config_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowsConfigSchema */ .qQ.prefault({}),
    plan: _plan_config_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanConfigSchema */ .VX.prefault({}),
    strict: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .describe('false (default): findings about the hand-maintained Cargo.toml that predate modules-rebuild (feature-drift, and the feature-declaration findings the build works around: a module that cannot be switched off, a gate naming an undeclared feature) are warnings with an exact fix. true: they are errors, so `check` and `plan` fail until Cargo.toml agrees with modules.toml.'),
    allow_dirty: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DIRTY_KINDS))
        .default([])
        .describe('Findings that `check` reports as warnings instead of errors: "registry" (stale generated.rs), "features" (stale managed region, feature drift), "workflows" (stale workflows).')
})
    .meta({ title: 'modules-rebuild.toml', description: 'Configuration of modules-rebuild (schema 1). Every key is optional.' });


/***/ }),

/***/ 4061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ checkPlanConfig),
/* harmony export */   VX: () => (/* binding */ PlanConfigSchema),
/* harmony export */   dW: () => (/* binding */ TARGETS)
/* harmony export */ });
/* unused harmony exports RELEASE_PREFIX_PATTERN, PLACEHOLDERS, DEFAULT_COMMAND, DEFAULT_PLAN_CONFIG */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1389);
/**
 * `[plan]` of modules-rebuild.toml: how release-plan.json names, builds and caches each target.
 * The single definition of the section; the lead mounts `PlanConfigSchema` into ConfigSchema as
 * `plan`. Every key is optional: without the section, targets are built with plain cargo from
 * RusToK's layout and their inputs are derived from the Cargo path dependencies.
 */



const TARGETS = ['server', 'admin', 'storefront'];
/** `[A-Za-z0-9_.-]`, starting with a letter or digit, no `..`, not ending in `.`: valid in git tags and OCI tags. */
const RELEASE_PREFIX_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.(?!\\.))*[A-Za-z0-9_-]$|^[A-Za-z0-9]$';
/** Placeholders of `command` (see DEFAULT_COMMAND); the `*_args` ones expand to zero or more arguments. */
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['{package}', '{profile_args}', '{target_args}', '{feature_args}', '{features}', '{profile}', '{target}']));
const DEFAULT_COMMAND = ['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'];
const repoPath = (description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const targetSchema = (target) => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    package: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe(target === 'server'
        ? 'Cargo package to build. Default: `app` of modules.toml.'
        : `Cargo package to build. Default: [package] name of [codegen.${target}] cargo_toml.`),
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .min(1)
        .default([...DEFAULT_COMMAND])
        .describe('The build command as an argument vector (never run through a shell). Placeholders: {package}; {profile_args} → `--release` or `--profile <name>` ([build] profile); {target_args} → `--target <triple>` or nothing ([build] target); {feature_args} → the cargo arguments [codegen] decides (nothing in managed mode, `--no-default-features --features …` in flags mode); {features} → the feature list joined with commas; {profile}; {target}. Examples: `["trunk", "build", "--release", "--features", "{features}"]`, `["cargo", "leptos", "build", "--release"]`.'),
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(repoPath('A file or directory whose content decides the build.'))
        .optional()
        .describe('Replaces the derived input paths of the build key. Default (derived): the app directory, the directory of every Cargo path dependency reachable from its Cargo.toml (through [workspace.dependencies] and [patch]), and the module crates the app compiles in.'),
    extra_inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(repoPath('A file or directory whose content decides the build.'))
        .default([])
        .describe('Added to the input paths, e.g. assets or a Trunk.toml outside the app directory.'),
    output: repoPath('What the build produces, packed as the artifact.')
        .optional()
        .describe('Build output to pack as the artifact (placeholders as in `command`, plus {target_dir}: `target/<triple>` or `target`, and {profile_dir}: `release`, `debug` for dev, else the profile name). Default: `{target_dir}/{profile_dir}/{package}` (the binary).'),
    image: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe('Container image name (without tag) when this target is deployed on its own. Default: `<image_registry>/<package>`, lowercased. The tag is the release_id.'),
    env: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default({}).describe('Environment variables of the build (e.g. RUSTFLAGS, SOURCE_DATE_EPOCH); part of the build key.')
})
    .describe(`How the ${target} target is built.`);
const PlanConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    release_prefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .meta({ pattern: RELEASE_PREFIX_PATTERN, description: 'First part of every release_id (≤ 64 characters). Default: `app` of modules.toml without a trailing `-server` (`rustok-server` → `rustok`).' }),
    image_registry: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('').describe('Registry and namespace put before image names, e.g. "ghcr.io/rustokrs". Empty: bare names.'),
    workspace_manifest: repoPath('The Cargo workspace manifest.').default('Cargo.toml'),
    lockfile: repoPath('The Cargo lockfile; part of every build key and of the registry cache key.').default('Cargo.lock'),
    toolchain_files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(repoPath('A toolchain file.'))
        .default(['rust-toolchain.toml', 'rust-toolchain'])
        .describe('Files that pin the Rust toolchain; all that exist are part of every build key.'),
    server: targetSchema('server').prefault({}),
    admin: targetSchema('admin').prefault({}),
    storefront: targetSchema('storefront').prefault({})
})
    .describe('How `modules-rebuild plan` keys, names and builds the targets (release-plan.json).');
const DEFAULT_PLAN_CONFIG = PlanConfigSchema.parse({});
/**
 * Checks beyond shape of `[plan]` (paths, the release prefix, env names); readConfig calls it with
 * a locator into modules-rebuild.toml.
 */
function checkPlanConfig(c, file, where = () => null) {
    const diagnostics = [];
    const locate = (p) => where(['plan', ...p]);
    const err = (path, message, hint) => diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-path', file, locate(path), message, hint));
    const paths = [
        [['workspace_manifest'], c.workspace_manifest],
        [['lockfile'], c.lockfile],
        ...c.toolchain_files.map((p, i) => [['toolchain_files', i], p])
    ];
    for (const t of TARGETS) {
        c[t].inputs?.forEach((p, i) => paths.push([[t, 'inputs', i], p]));
        c[t].extra_inputs.forEach((p, i) => paths.push([[t, 'extra_inputs', i], p]));
    }
    for (const [p, value] of paths) {
        const problem = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .repoPathProblem */ .Js)(value) ?? (value.includes('\n') ? 'contains a line break' : null);
        if (problem)
            err(p, `\`plan.${p.join('.')}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server".');
    }
    if (c.release_prefix !== undefined && (c.release_prefix.length > 64 || !new RegExp(RELEASE_PREFIX_PATTERN).test(c.release_prefix))) {
        diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-identifier', file, locate(['release_prefix']), `\`plan.release_prefix\` '${c.release_prefix}' cannot start a git tag and an OCI tag`, 'Use at most 64 ASCII letters, digits, `_`, `-` and single `.`, starting with a letter or digit and not ending in `.`, e.g. "rustok".'));
    }
    for (const t of TARGETS) {
        for (const k of Object.keys(c[t].env)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
                diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-identifier', file, locate([t, 'env', k]), `\`plan.${t}.env\` key '${k}' is not an environment variable name`, 'Use ASCII letters, digits and `_`, not starting with a digit.'));
        }
    }
    return diagnostics;
}


/***/ }),

/***/ 7436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q3: () => (/* binding */ DEFAULT_CHANGE_MINIMUM_PERMISSION),
  qQ: () => (/* binding */ WorkflowsConfigSchema),
  dc: () => (/* binding */ checkWorkflowsConfig),
  Lo: () => (/* binding */ splitUses)
});

// UNUSED EXPORTS: ACTION_REF, ACTION_VERSION, CHANGE_MINIMUM_PERMISSIONS, DEFAULT_WORKFLOWS_CONFIG, ExtraJobSchema, JOB_ID, PERMISSION_LEVELS, PERMISSION_SCOPES, SECRET_NAME, StepSchema, parseActionRef

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/manifest/identifiers.ts
var identifiers = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/workflows/constants.ts
var constants = __webpack_require__(2323);
;// CONCATENATED MODULE: ./src/workflows/expressions.ts
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

// EXTERNAL MODULE: ./src/workflows/pins.ts
var pins = __webpack_require__(4788);
;// CONCATENATED MODULE: ./src/workflows/config.ts
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
/** Repository roles a change may require (src/github/permissions.ts MINIMUM_PERMISSIONS). */
const CHANGE_MINIMUM_PERMISSIONS = ['write', 'maintain', 'admin'];
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
        .describe('modules-change.yml: name of a secret of the modules-change environment holding a GitHub App (or fine-grained) token, e.g. "MODULES_BOT_TOKEN". It pushes the change branch and opens the pull request, whose checks then start without a dispatch; the job\'s own GITHUB_TOKEN only reads. An empty secret fails the run.')
})
    .describe('The generated GitHub workflows (`modules-rebuild workflows generate`).');
const DEFAULT_WORKFLOWS_CONFIG = WorkflowsConfigSchema.parse({});
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


/***/ }),

/***/ 2323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CHANGE_WORKFLOW),
/* harmony export */   AX: () => (/* binding */ REBUILD_WORKFLOW),
/* harmony export */   BX: () => (/* binding */ BUILD_ARTIFACT_PATTERN),
/* harmony export */   G6: () => (/* binding */ GENERATE_COMMAND),
/* harmony export */   Lp: () => (/* binding */ GENERATED_MARKER),
/* harmony export */   Sy: () => (/* binding */ BUILT_IN_JOBS),
/* harmony export */   TI: () => (/* binding */ BUILD_INFO_FILE),
/* harmony export */   _z: () => (/* binding */ RESERVED_JOBS),
/* harmony export */   dm: () => (/* binding */ PLAN_ARTIFACT),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR),
/* harmony export */   yc: () => (/* binding */ RESERVED_WORKFLOWS)
/* harmony export */ });
/* unused harmony exports ROLLBACK_WORKFLOW, CHANGE_BRANCH_PREFIX, RELEASE_TAG_PREFIX, RELEASE_TAG_GLOB, releaseTag */
/**
 * Names the workflows and the release machinery share. Later issues (publish, deploy, rollback)
 * import these instead of spelling the strings again, so a rename happens in one place.
 */
/** Where generated workflows are written, relative to the repository root. */
const WORKFLOWS_DIR = '.github/workflows';
/** The rebuild workflow: plan → build (→ publish → deploy → smoke, with later issues). */
const REBUILD_WORKFLOW = 'modules-rebuild.yml';
/**
 * Reserved for the rollback issue: redeploys an already-built release (never rebuilds). Not
 * generated yet; `workflows generate` never writes another file under this name.
 */
const ROLLBACK_WORKFLOW = 'modules-rollback.yml';
/**
 * The change workflow: a workflow_dispatch or a repository_dispatch of type `modules-change`
 * (a backend) installs or removes one module on a branch and opens its pull request.
 */
const CHANGE_WORKFLOW = 'modules-change.yml';
/** Every workflow file name modules-rebuild owns, generated now or later. */
const RESERVED_WORKFLOWS = [REBUILD_WORKFLOW, ROLLBACK_WORKFLOW, CHANGE_WORKFLOW];
/** Branches of change requests: `modules-change/<install|uninstall>-<slug>` (apart from the `modules/` tags). */
const CHANGE_BRANCH_PREFIX = 'modules-change/';
/**
 * Release tags: `modules/<release_id>` (release_id from src/plan/release-id.ts, e.g.
 * `rustok-monolith-0123456789ab`). The namespace keeps them apart from the platform's own version
 * tags (`v1.2.3`); rollback lists releases by RELEASE_TAG_GLOB.
 */
const RELEASE_TAG_PREFIX = 'modules/';
const RELEASE_TAG_GLOB = (/* unused pure expression or super */ null && (`${RELEASE_TAG_PREFIX}*`));
const releaseTag = (releaseId) => `${RELEASE_TAG_PREFIX}${releaseId}`;
/** Artifact holding release-plan.json, uploaded by the plan job; later jobs download it by this name. */
const PLAN_ARTIFACT = 'release-plan';
/** Names of the build artifacts (`<prefix>-<target>-<16 hex of the build key>`), as download-artifact's pattern. */
const BUILD_ARTIFACT_PATTERN = '*-????????????????';
/** File in every build artifact: target, build key, manifest hash, release id, sha256 of each file. */
const BUILD_INFO_FILE = 'build-info.json';
/**
 * Job ids of the rebuild workflow, present and future. `[workflows.extra_jobs]` may not use them,
 * so a later release of modules-rebuild can add its jobs without breaking a repository's config.
 */
const BUILT_IN_JOBS = ['plan', 'build', 'build_stage1'];
const RESERVED_JOBS = [...BUILT_IN_JOBS, 'publish', 'images', 'provenance', 'deploy', 'smoke', 'rollback'];
/** The first line of every generated workflow starts with this marker (see generate.ts `header`). */
const GENERATED_MARKER = '# @generated by modules-rebuild';
/** The command that rewrites the workflows; named in headers, hints and diffs. */
const GENERATE_COMMAND = 'modules-rebuild workflows generate';


/***/ }),

/***/ 4788:
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


/***/ })

};
