export const id = 335;
export const ids = [335];
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

/***/ 7344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ ReleasePlanSchema),
/* harmony export */   S1: () => (/* binding */ serializePlan),
/* harmony export */   _e: () => (/* binding */ releasePlanJsonSchema),
/* harmony export */   jk: () => (/* binding */ PLAN_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports PLAN_FILE, PROFILES, PROFILE_OPTIONS, KeyInputsSchema, ArtifactSchema, TargetSchema, MatrixEntrySchema, ComponentSchema, ContractSchema, DeltaEntrySchema, DeltaSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7131);
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


const PLAN_SCHEMA_VERSION = 1;
const PLAN_FILE = 'release-plan.json';
const PROFILES = ['monolith', 'headless', 'server-with-admin', 'server-with-storefront'];
const PROFILE_OPTIONS = (/* unused pure expression or super */ null && (['monolith', 'headless']));
const HASH_PATTERN = '^sha256:[0-9a-f]{64}$';
const RELEASE_ID = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$';
const sha256 = (description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: HASH_PATTERN, description });
const releaseId = (description) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: RELEASE_ID, description });
const target = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGETS */ .dW).describe('A build target: `server`, `admin` or `storefront`.');
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
    feature_mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['managed', 'flags']).nullable().describe('How the features reach cargo: `managed` (Cargo.toml `default`), `flags` (`--no-default-features --features …`).'),
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
        .describe('PR mode: the key inputs that differ from the base (`manifest_hash`, `command`, `lockfile`, a path, …); empty when the build key equals the base one; null without --base.')
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
    changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('For `~`: what changed (`version 0.1.0 → 0.2.0`, `depends_on`, `features`, …).'),
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
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PLAN_SCHEMA_VERSION).describe('Format version of release-plan.json.'),
    generator: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('modules-rebuild').describe('The tool.'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Its version.') })
        .describe('What wrote the plan.'),
    manifest_hash: sha256('manifest_hash of modules.toml.'),
    source_commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('HEAD commit of the checkout; null outside git or before the first commit.'),
    source_state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['clean', 'dirty', 'no-commit', 'no-git'])
        .describe('`clean`: every input equals HEAD. `dirty`: some input differs from HEAD (see dirty_paths); its key covers the working-tree content, hashed as git would store it. `no-commit`: no HEAD yet. `no-git`: not a git checkout; inputs hashed from the files (target/ and .git/ skipped).'),
    dirty_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Input paths whose working-tree content differs from HEAD (modified, added, deleted or untracked files).'),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(PROFILES).describe('What the server embeds: `monolith` (admin and storefront), `headless` (nothing: three components), `server-with-admin`, `server-with-storefront`.'),
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
/** The JSON Schema of release-plan.json, as published in schema/release-plan.schema.json. */
function releasePlanJsonSchema() {
    return JSON.stringify(zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(ReleasePlanSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }), null, 2) + '\n';
}
/** The bytes of release-plan.json: schema key order, two-space indent, final newline. */
function serializePlan(plan) {
    return JSON.stringify(ReleasePlanSchema.parse(plan), null, 2) + '\n';
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
