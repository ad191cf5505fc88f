export const id = 751;
export const ids = [751];
export const modules = {

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

/***/ 3337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   YK: () => (/* binding */ diagnostic),
/* harmony export */   uo: () => (/* binding */ DiagnosticError)
/* harmony export */ });
function diagnostic(severity, rule, file, loc, message, hint) {
    return {
        severity,
        rule,
        file,
        line: loc?.line ?? null,
        column: loc?.column ?? null,
        message,
        hint: hint ?? null
    };
}
/**
 * Raised by pure functions that must stop at the first problem (for example parsing a document
 * that is not TOML). Carries the diagnostics so callers can report them like any other finding.
 */
class DiagnosticError extends Error {
    diagnostics;
    constructor(diagnostics) {
        super(diagnostics.map((d) => d.message).join('; '));
        this.name = 'DiagnosticError';
        this.diagnostics = diagnostics;
    }
}
/** Orders diagnostics by file, line, column, then rule, so output is stable across runs. */
function sortDiagnostics(list) {
    return [...list].sort((a, b) => cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const hasErrors = (list) => list.some((d) => d.severity === 'error');


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ packageDirOf),
/* harmony export */   R6: () => (/* binding */ DEFAULT_LOOKUP),
/* harmony export */   VY: () => (/* binding */ PackageManifestSchema),
/* harmony export */   s0: () => (/* binding */ PACKAGE_MANIFEST_NAMES)
/* harmony export */ });
/* unused harmony exports DEFAULT_PACKAGE_DIR, OWNERSHIP, TRUST_LEVELS, UI_CLASSIFICATIONS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9290);
/**
 * The per-module package manifest (`<module path>/rustok-module.toml`, or `module.toml`), as RusToK
 * writes it. Unknown top-level sections (RusToK's `[fba.*]`) are kept as they are.
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

/***/ 9290:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
/**
 * modules.toml, schema 2 — the single definition of the format. The TypeScript types and the
 * published JSON Schema (schema/modules.schema.json) are derived from these zod schemas.
 *
 * zod checks shape and types only; the rules that need context (sources, slugs, the dependency
 * graph, URLs) live in validate.ts so that each gets its own rule id and RusToK's wording.
 */

const SLUG_PATTERN = '^[a-z0-9_-]+$';
const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$';
const slug = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ pattern: SLUG_PATTERN, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' });
const url = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ format: 'uri' });
const SOURCES = ['path', 'git', 'crates-io', 'registry'];
const STACKS = ['leptos', 'next'];
const RUNTIMES = ['module', 'extension'];
const ModuleEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    crate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().meta({ pattern: CRATE_PATTERN, description: 'Cargo package name of the module crate.' }),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SOURCES).describe('Where the crate comes from. Each source needs its own field: path → `path`; git → `git` + `rev`; crates-io/registry → `version`.'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Repository-relative directory of the crate (source = "path"). Its package manifest is `<path>/rustok-module.toml`.'),
    git: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('https://, ssh:// or git@host: URL (source = "git").'),
    rev: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Commit to build (source = "git"); a full 40-hex id keeps builds reproducible.'),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Cargo version requirement (source = "crates-io" or "registry").'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Core module: always compiled and always active.'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(slug).default([]).describe('Slugs of the modules this one needs. Must equal the [dependencies] keys of its package manifest.'),
    runtime: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUNTIMES).default('module').describe('`extension`: globally active when compiled, never toggled per tenant.'),
    features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Cargo features of the module crate to enable.')
})
    .describe('One installed module.');
const AdminSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    stack: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the admin is standalone (embed_admin = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(url).default([]).describe('At least one is required when the admin is standalone.')
})
    .describe('The admin application.');
const StorefrontSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Unique id of this storefront.'),
    stack: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STACKS).default('leptos'),
    public_url: url.optional().describe('Required when the storefront is standalone (embed_storefront = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(url).default([]).describe('At least one is required when the storefront is standalone.')
})
    .describe('One storefront.');
const BuildSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Rust target triple; non-empty adds `--target <triple>`.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('release').describe('`release` adds `--release`; any other value adds `--profile <name>`.'),
    deployment_profile: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['monolith', 'headless']).optional().describe('Schema-1 key, replaced by [build.server] embed_admin / embed_storefront.'),
    server: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        embed_admin: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Embed the admin into the server binary (cargo feature `embed-admin`).'),
        embed_storefront: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Embed the storefront into the server binary (cargo feature `embed-storefront`).')
    })
        .default({ embed_admin: false, embed_storefront: false }),
    admin: AdminSchema.optional(),
    storefront: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(StorefrontSchema).default([])
})
    .describe('How the applications are built.');
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2).describe('Format version; this tool reads schema 2.'),
    app: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('rustok-server').meta({ pattern: CRATE_PATTERN, description: 'Cargo package of the server application.' }),
    build: BuildSchema.default({ profile: 'release', server: { embed_admin: false, embed_storefront: false }, storefront: [] }),
    modules: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ModuleEntrySchema).default({}).describe('Installed modules, keyed by slug.'),
    settings: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        default_enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(slug).default([]).describe('Optional modules enabled for new tenants; must be dependency-closed.')
    })
        .default({ default_enabled: [] })
})
    .meta({ title: 'modules.toml', description: 'The module manifest of a RusToK-style platform (schema 2).' });


/***/ }),

/***/ 8335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemasCommand: () => (/* binding */ schemasCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/write.ts + 1 modules
var write = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/core/catalog/schema.ts
var schema = __webpack_require__(3392);
// EXTERNAL MODULE: ./src/core/config/schema.ts
var config_schema = __webpack_require__(7967);
// EXTERNAL MODULE: ./src/core/manifest/package-schema.ts
var package_schema = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var manifest_schema = __webpack_require__(9290);
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
        'modules-rebuild.schema.json': render(config_schema/* ConfigSchema */.Sk),
        // Written by the tool, read by workflows and people: the output form.
        'release-plan.schema.json': (0,plan_schema/* releasePlanJsonSchema */._e)(),
        'release-manifest.schema.json': (0,manifest/* releaseManifestJsonSchema */.oM)()
    };
}

;// CONCATENATED MODULE: ./src/drivers/cli/schemas.ts



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
        await (0,write/* writeFilesAt */.Aq)(dir, Object.entries(schemas).map(([name, content]) => ({ path: name, content })));
        io.stdout(`wrote ${Object.keys(schemas).map((n) => external_node_path_default().join(values.out, n)).join(', ')}`);
        return 0;
    }
};


/***/ })

};
