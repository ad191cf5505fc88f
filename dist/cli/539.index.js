export const id = 539;
export const ids = [539];
export const modules = {

/***/ 4539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemasCommand: () => (/* binding */ schemasCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * marketplace.toml, schema 1 — the catalog that install/uninstall read. Each entry carries what
 * an install writes into modules.toml, plus `depends_on` so an install can close the dependencies
 * of a crates-io or git module whose package manifest is not on disk.
 */


const CatalogEntrySchema = schemas/* object */.Ikc({
    slug: schemas/* string */.YjP().meta({ pattern: schema/* SLUG_PATTERN */.ZT }).describe('The slug the module is installed under.'),
    name: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().optional(),
    source: schemas/* enum */.k5n(schema/* SOURCES */.Hl),
    crate: schemas/* string */.YjP().meta({ pattern: schema/* CRATE_PATTERN */.vD }),
    version: schemas/* string */.YjP().optional().describe('Module version (semver); written as the requirement for crates-io/registry sources.'),
    git: schemas/* string */.YjP().optional(),
    rev: schemas/* string */.YjP().optional(),
    path: schemas/* string */.YjP().optional().describe('Repository-relative crate directory (source = "path").'),
    depends_on: schemas/* array */.YOg(schemas/* string */.YjP().meta({ pattern: schema/* SLUG_PATTERN */.ZT })).default([]),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([])
})
    .describe('One module offered by the catalog.');
const CatalogSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(1),
    updated_at: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()]).optional().describe('When the catalog was last updated (RFC 3339).'),
    modules: schemas/* record */.g1P(schemas/* string */.YjP(), CatalogEntrySchema).default({})
})
    .meta({ title: 'marketplace.toml', description: 'A catalog of installable modules (schema 1).' });

// EXTERNAL MODULE: ./src/config/schema.ts
var config_schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/manifest/package-schema.ts
var package_schema = __webpack_require__(901);
;// CONCATENATED MODULE: ./src/schemas.ts
/** JSON Schemas derived from the zod schemas — never written by hand. Published under schema/. */





function jsonSchemas() {
    const render = (schema) => JSON.stringify(json_schema_processors/* toJSONSchema */.bl(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
    return {
        'modules.schema.json': render(schema/* ManifestSchema */.pL),
        'rustok-module.schema.json': render(package_schema/* PackageManifestSchema */.VY),
        'marketplace.schema.json': render(CatalogSchema),
        'modules-rebuild.schema.json': render(config_schema/* ConfigSchema */.Sk)
    };
}

;// CONCATENATED MODULE: ./src/cli/schemas.ts



const schemasCommand = {
    usage: 'modules-rebuild schemas [--out DIR]',
    summary: 'Write the JSON Schemas of modules.toml, rustok-module.toml and marketplace.toml (for editors) into DIR (default: print them).',
    options: { out: { type: 'string' } },
    async run(values, io) {
        const schemas = jsonSchemas();
        if (typeof values.out !== 'string') {
            io.stdout(JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, JSON.parse(v)])), null, 2));
            return 0;
        }
        const dir = external_node_path_default().resolve(io.cwd, values.out);
        await external_node_fs_.promises.mkdir(dir, { recursive: true });
        for (const [name, text] of Object.entries(schemas))
            await external_node_fs_.promises.writeFile(external_node_path_default().join(dir, name), text);
        io.stdout(`wrote ${Object.keys(schemas).map((n) => external_node_path_default().join(values.out, n)).join(', ')}`);
        return 0;
    }
};


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ ConfigSchema),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   h: () => (/* binding */ APPS),
/* harmony export */   i2: () => (/* binding */ FEATURE_PATTERN)
/* harmony export */ });
/* unused harmony exports FEATURE_MODES, DIRTY_KINDS, APP_DEFAULTS, CodegenSchema, FeaturesSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
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
/** Cargo feature names: `mod-blog`, `redis-cache`, and in a default list also `crate/feature`. */
const FEATURE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_+.-]*(/[A-Za-z0-9_][A-Za-z0-9_+.-]*)?$';
const repoPath = (description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ description: `${description} Repository-relative, '/' between directories.` });
const feature = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ pattern: FEATURE_PATTERN, description: 'A Cargo feature name.' });
/** RusToK's layout: where each app keeps its generated registry and its Cargo.toml. */
const APP_DEFAULTS = {
    server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml' },
    admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml' },
    storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml' }
};
const WHAT = {
    server: 'The server app: module registrations, GraphQL and HTTP merges of every installed module.',
    admin: 'The admin app: navigation entries of the modules with [provides.admin_ui] leptos_crate.',
    storefront: 'The storefront app: slot entries of the modules with [provides.storefront_ui] leptos_crate.'
};
const appSchema = (app) => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    output: repoPath('The generated Rust file.').default(APP_DEFAULTS[app].output),
    cargo_toml: repoPath("The app's Cargo.toml, whose `[features] default` holds the module features.").default(APP_DEFAULTS[app].cargo_toml),
    template: repoPath('A Mustache template to render instead of the built-in one (see docs/templates.md).').optional(),
    enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('false: generate nothing for this app and leave its Cargo.toml alone (e.g. a headless platform without an admin).')
})
    .describe(WHAT[app]);
const CodegenSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    package_manifests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(repoPath('File name of a package manifest inside a module directory.'))
        .min(1)
        .default(['rustok-module.toml', 'module.toml'])
        .describe('Package manifest names tried in order in each path module directory.'),
    feature_prefix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .default('mod-')
        .meta({ pattern: '^[A-Za-z0-9_][A-Za-z0-9_+.-]*$', description: 'Prefix of the per-module Cargo features: `<prefix><slug>`, e.g. `mod-blog`.' }),
    api_crate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .default('rustok_api')
        .meta({ description: 'Rust path (crate identifier, `_` not `-`; may go deeper, e.g. `rustok_core::modules`) that exports the registry types the generated `use` lines import.' }),
    server: appSchema('server').prefault({}),
    admin: appSchema('admin').prefault({}),
    storefront: appSchema('storefront').prefault({})
})
    .describe('What `modules-rebuild generate` writes and `check` compares.');
const FeaturesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FEATURE_MODES)
        .default('auto')
        .describe('managed: rewrite the lines between the BEGIN/END markers of `[features] default` in each Cargo.toml. flags: leave Cargo.toml alone and build with `--no-default-features --features …`. auto: managed for a Cargo.toml that has the markers, flags otherwise.'),
    base_features: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        server: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(feature).default([]).describe('Features of the server besides the module features, e.g. "redis-cache".'),
        admin: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(feature).default([]).describe('Features of the admin besides the module features, e.g. "ssr".'),
        storefront: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(feature).default([]).describe('Features of the storefront besides the module features, e.g. "ssr".')
    })
        .prefault({})
        .describe('Per app, the features that always come first in the feature set: written at the top of the managed region, and passed with --features in flags mode (where --no-default-features drops the rest of `default`).')
})
    .describe('How the module set reaches cargo.');
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1).default(1).describe('Format version; this tool reads schema 1.'),
    codegen: CodegenSchema.prefault({}),
    features: FeaturesSchema.prefault({}),
    allow_dirty: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DIRTY_KINDS))
        .default([])
        .describe('Findings that `check` reports as warnings instead of errors: "registry" (stale generated.rs), "features" (stale managed region, feature drift), "workflows" (stale workflows).')
})
    .meta({ title: 'modules-rebuild.toml', description: 'Configuration of modules-rebuild (schema 1). Every key is optional.' });


/***/ }),

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VY: () => (/* binding */ PackageManifestSchema),
/* harmony export */   s0: () => (/* binding */ PACKAGE_MANIFEST_NAMES)
/* harmony export */ });
/* unused harmony exports OWNERSHIP, TRUST_LEVELS, UI_CLASSIFICATIONS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6470);
/**
 * The per-module package manifest (`<module path>/rustok-module.toml`, or `module.toml`), as RusToK
 * writes it. Unknown top-level sections (RusToK's `[fba.*]`) are kept as they are.
 */


const PACKAGE_MANIFEST_NAMES = ['rustok-module.toml', 'module.toml'];
const OWNERSHIP = ['first_party', 'third_party'];
const TRUST_LEVELS = ['core', 'verified', 'unverified', 'private'];
const UI_CLASSIFICATIONS = ['dual_surface', 'admin_only', 'storefront_only', 'no_ui', 'capability_only', 'future_ui'];
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
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Package name of the admin UI crate at `<module>/admin/`.' }),
    route_segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_group: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_order: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    next_package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    i18n: i18n.optional(),
    child_pages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ subpath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })).default([])
});
const StorefrontUiSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Package name of the storefront UI crate at `<module>/storefront/`.' }),
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
        slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SLUG_PATTERN */ .ZT }),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Semver version of the module.'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        ownership: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(OWNERSHIP),
        trust_level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(TRUST_LEVELS),
        ui_classification: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(UI_CLASSIFICATIONS).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIMES */ .aC).optional(),
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

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ SOURCES),
/* harmony export */   Un: () => (/* binding */ BuildSchema),
/* harmony export */   ZT: () => (/* binding */ SLUG_PATTERN),
/* harmony export */   aC: () => (/* binding */ RUNTIMES),
/* harmony export */   cl: () => (/* binding */ ModuleEntrySchema),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   vD: () => (/* binding */ CRATE_PATTERN)
/* harmony export */ });
/* unused harmony export STACKS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/**
 * modules.toml, schema 2 — the single definition of the format. The TypeScript types and the
 * published JSON Schema (schema/modules.schema.json) are derived from these zod schemas.
 *
 * zod checks shape and types only; the rules that need context (sources, slugs, the dependency
 * graph, URLs) live in validate.ts so that each gets its own rule id and RusToK's wording.
 */

// One-shot CLI runs parse each schema a handful of times: zod's JIT (new Function per object
// schema) costs more than it saves here, and it would need 'unsafe-eval' anyway.
zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });
const SLUG_PATTERN = '^[a-z0-9_-]+$';
const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$';
const slug = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: SLUG_PATTERN, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ format: 'uri' });
const SOURCES = ['path', 'git', 'crates-io', 'registry'];
const STACKS = ['leptos', 'next'];
const RUNTIMES = ['module', 'extension'];
const ModuleEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: CRATE_PATTERN, description: 'Cargo package name of the module crate.' }),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(SOURCES).describe('Where the crate comes from. Each source needs its own field: path → `path`; git → `git` + `rev`; crates-io/registry → `version`.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Repository-relative directory of the crate (source = "path"). Its package manifest is `<path>/rustok-module.toml`.'),
    git: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('https://, ssh:// or git@host: URL (source = "git").'),
    rev: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Commit to build (source = "git"); a full 40-hex id keeps builds reproducible.'),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cargo version requirement (source = "crates-io" or "registry").'),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Core module: always compiled and always active.'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Slugs of the modules this one needs. Must equal the [dependencies] keys of its package manifest.'),
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(RUNTIMES).default('module').describe('`extension`: globally active when compiled, never toggled per tenant.'),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Cargo features of the module crate to enable.')
})
    .describe('One installed module.');
const AdminSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the admin is standalone (embed_admin = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the admin is standalone.')
})
    .describe('The admin application.');
const StorefrontSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Unique id of this storefront.'),
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the storefront is standalone (embed_storefront = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the storefront is standalone.')
})
    .describe('One storefront.');
const BuildSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Rust target triple; non-empty adds `--target <triple>`.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('release').describe('`release` adds `--release`; any other value adds `--profile <name>`.'),
    deployment_profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['monolith', 'headless']).optional().describe('Schema-1 key, replaced by [build.server] embed_admin / embed_storefront.'),
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
    app: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('rustok-server').meta({ pattern: CRATE_PATTERN, description: 'Cargo package of the server application.' }),
    build: BuildSchema.default({ profile: 'release', server: { embed_admin: false, embed_storefront: false }, storefront: [] }),
    modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), ModuleEntrySchema).default({}).describe('Installed modules, keyed by slug.'),
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        default_enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Optional modules enabled for new tenants; must be dependency-closed.')
    })
        .default({ default_enabled: [] })
})
    .meta({ title: 'modules.toml', description: 'The module manifest of a RusToK-style platform (schema 2).' });


/***/ })

};
