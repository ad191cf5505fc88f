export const id = 20;
export const ids = [20];
export const modules = {

/***/ 1873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashFile: () => (/* binding */ hashFile),
  M: () => (/* binding */ readArtifacts)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./src/core/release/parse-json.ts
var parse_json = __webpack_require__(6009);
// EXTERNAL MODULE: ./src/core/actions/constants.ts
var constants = __webpack_require__(9398);
;// CONCATENATED MODULE: ./src/core/release/build-info.ts
/**
 * build-info.json: the file every build artifact carries next to the built files. The build job's
 * stage step writes it; publish reads one per artifact and trusts nothing else about the build.
 * Schema 2 adds the container image pushed by digest and the build's timing; schema 1 (the inline
 * stage script of earlier workflows) still reads.
 */




const sha256Hex = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits');
const BuildInfoFileSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().min(1).describe('Path of the file relative to the repository root (POSIX separators); the same path inside the artifact.'),
    size: schemas/* number */.aig().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 of the file, hex.')
})
    .describe('One built file.');
const BuildInfoImageSchema = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP().min(1).describe('Image repository without tag or digest, e.g. `ghcr.io/owner/platform-server`.'),
    digest: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('Digest of the manifest (or index) the build pushed, by which publish tags it `release_id`.')
})
    .describe('The container image built from the artifact and pushed by digest.');
const BuildInfoSchema = schemas/* looseObject */._H3({
    schema: schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2)]).describe('Format version: 2 (1 is still read).'),
    target: schemas/* string */.YjP().min(1).describe('`server`, `admin` or `storefront`.'),
    build_key: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('release-plan.json targets.<target>.build_key.'),
    artifact: schemas/* string */.YjP().min(1).describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    manifest_hash: schemas/* string */.YjP().describe('manifest_hash of the plan the build ran for.'),
    release_id: schemas/* string */.YjP().describe('release_id of that plan.'),
    files: schemas/* array */.YOg(BuildInfoFileSchema).min(1).describe('The built files.'),
    image: BuildInfoImageSchema.nullable().optional().describe('Schema 2: the image, or null when the target has none.'),
    started_at: schemas/* string */.YjP().nullable().optional().describe('Schema 2: when the build step started (ISO 8601, UTC).'),
    finished_at: schemas/* string */.YjP().nullable().optional().describe('Schema 2: when staging finished (ISO 8601, UTC).')
})
    .meta({ title: 'build-info.json', description: 'What one build artifact holds: target, build key, files with their SHA-256, and the image pushed by digest.' });
/** Parses the text of a build-info.json; throws an Error naming `where` when it is not one. */
function parseBuildInfo(text, where) {
    return (0,parse_json/* parseJsonAs */.W)(BuildInfoSchema, text, where, 'build-info.json');
}

;// CONCATENATED MODULE: ./src/adapters/store/artifacts.ts
/**
 * Reads the build artifacts of a run (one directory per artifact, as actions/download-artifact
 * lays them out, each with build-info.json and the built files) and verifies them against
 * release-plan.json: every file streamed once (SHA-256 and size, never whole in memory).
 */





/** SHA-256 (hex) and size of a file, streamed. */
async function hashFile(file) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        h.update(chunk);
        size += chunk.byteLength;
    }
    return { sha256: h.digest('hex'), size };
}
const isInside = (rel) => rel !== '' && !external_node_path_default().isAbsolute(rel) && !rel.split(/[\\/]/).some((p) => p === '..' || p === '' || p === '.');
/**
 * Every artifact under `dir`, verified. `where` maps an absolute path to what messages show.
 * Diagnostics name the file; an artifact with any problem is left out of `artifacts`.
 */
async function readArtifacts(dir, plan, where) {
    const diagnostics = [];
    const err = (rule, abs, message, hint) => diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', rule, where(abs), null, message, hint));
    const names = (await external_node_fs_.promises.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const artifacts = [];
    const skipped = [];
    const seen = new Map();
    for (const name of names) {
        const artDir = external_node_path_default().join(dir, name);
        const infoPath = external_node_path_default().join(artDir, constants/* BUILD_INFO_FILE */.TI);
        const text = await external_node_fs_.promises.readFile(infoPath, 'utf8').catch((e) => {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        });
        if (text === null) {
            skipped.push(name);
            continue;
        }
        let info;
        try {
            info = parseBuildInfo(text, where(infoPath));
        }
        catch (e) {
            err('artifact-mismatch', infoPath, e.message.replace(`${where(infoPath)}: `, ''));
            continue;
        }
        const before = diagnostics.length;
        const target = plan.targets[info.target];
        if (!target) {
            err('artifact-mismatch', infoPath, `target '${info.target}' is not a target of the plan (${Object.keys(plan.targets).join(', ')})`);
            continue;
        }
        const expect = [
            ['artifact', info.artifact, [target.artifact.name]],
            ['build_key', info.build_key, [target.build_key]],
            ['manifest_hash', info.manifest_hash, [plan.manifest_hash]],
            ['release_id', info.release_id, [...new Set([plan.release_id, target.release_id])]]
        ];
        for (const [field, got, want] of expect)
            if (!want.includes(got))
                err('artifact-mismatch', infoPath, `${field} is '${got}', the plan's ${info.target} says '${want.join("' or '")}'`, 'Download the artifacts of the run that wrote this release-plan.json.');
        if (name !== info.artifact)
            err('artifact-mismatch', infoPath, `artifact '${info.artifact}' is in a directory named '${name}'`, 'Each artifact goes in a directory of its own name (actions/download-artifact without merge-multiple).');
        const other = seen.get(info.target);
        if (other)
            err('artifact-mismatch', infoPath, `a second artifact for target '${info.target}' (the first is ${other})`);
        seen.set(info.target, name);
        const files = [];
        const paths = new Set();
        for (const f of info.files) {
            if (!isInside(f.path) || f.path === constants/* BUILD_INFO_FILE */.TI || paths.has(f.path)) {
                err('artifact-mismatch', infoPath, `files[].path '${f.path}' is not a unique relative path inside the artifact`);
                continue;
            }
            paths.add(f.path);
            const abs = external_node_path_default().join(artDir, f.path);
            const st = await external_node_fs_.promises.lstat(abs).catch(() => null);
            if (!st?.isFile()) {
                err('artifact-missing', abs, st ? `not a regular file (build-info.json lists it)` : `missing (build-info.json lists it)`);
                continue;
            }
            const got = await hashFile(abs);
            if (got.size !== f.size || got.sha256 !== f.sha256) {
                err('artifact-tampered', abs, `differs from build-info.json: ${got.size} bytes, sha256 ${got.sha256}; build-info.json says ${f.size} bytes, sha256 ${f.sha256}`, 'The file changed after the build staged it: rebuild, do not publish it.');
                continue;
            }
            files.push({ path: f.path, abs, size: got.size, sha256: got.sha256 });
        }
        if (diagnostics.length === before)
            artifacts.push({ target: info.target, dir: artDir, info, files, infoPath });
    }
    return { artifacts, diagnostics, skipped };
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ LocalReleaseStore)
/* harmony export */ });
/* unused harmony export publishLocal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5050);
/* harmony import */ var _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7972);
/**
 * A release store in a directory: `<dir>/<release_id>/release-manifest.json` per release, plus
 * the artifact files next to it. Used by local runs, tests and the demo. `publish --store DIR`
 * writes releases through local-publish.ts; `publishLocal` records a bare manifest (tests).
 */





class LocalReleaseStore {
    dir;
    kind = 'local';
    all = null;
    constructor(dir) {
        this.dir = dir;
    }
    get label() {
        return this.dir;
    }
    async find(releaseId) {
        if (!_core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_ID_PATTERN */ .ZT.test(releaseId))
            return null; // never a path outside the store
        const m = await this.read(releaseId);
        return m ? { release_id: m.release_id, artifacts: m.artifacts } : null;
    }
    async findBuild(buildKey) {
        for (const m of await this.list()) {
            const artifact = m.artifacts.find((a) => a.build_key === buildKey);
            if (artifact)
                return { release_id: m.release_id, artifact };
        }
        return null;
    }
    /** The whole release-manifest.json of `releaseId`, or null when there is no such release. */
    async manifest(releaseId) {
        if (!_core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_ID_PATTERN */ .ZT.test(releaseId))
            return null;
        return this.read(releaseId);
    }
    /** Every release-manifest.json of the store, sorted by release_id. */
    manifests() {
        return this.list();
    }
    async read(releaseId) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, releaseId, _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASE_MANIFEST */ .Op);
        let text;
        try {
            text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            throw new Error(`release store ${this.dir}: cannot read ${file}: ${err.message}`);
        }
        const m = (0,_core_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseManifest */ .Cc)(text, file);
        if (m.release_id !== releaseId)
            throw new Error(`${file}: release_id '${m.release_id}' differs from its directory '${releaseId}'`);
        return m;
    }
    /** Every release of the store, sorted by id (so a build found in two releases resolves the same way on every run). */
    list() {
        this.all ??= (async () => {
            const names = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.dir).catch((err) => {
                if (err.code === 'ENOENT')
                    return [];
                throw new Error(`release store ${this.dir}: ${err.message}`);
            });
            const out = [];
            for (const name of names.filter((n) => _core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_ID_PATTERN */ .ZT.test(n)).sort()) {
                const m = await this.read(name);
                if (m)
                    out.push(m);
            }
            return out;
        })();
        return this.all;
    }
}
/** Records a release in a local store (what a local publish does): writes `<dir>/<id>/release-manifest.json`. */
async function publishLocal(dir, manifest) {
    if (!RELEASE_ID_PATTERN.test(manifest.release_id))
        throw new Error(`not a release_id: ${manifest.release_id}`);
    const file = path.join(dir, manifest.release_id, RELEASE_MANIFEST);
    await writeFileAt(file, JSON.stringify(manifest, null, 2) + '\n');
    return file;
}


/***/ }),

/***/ 9398:
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
 * Release tags: `modules/<release_id>` (release_id from src/core/plan/release-id.ts, e.g.
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

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ checkPlanConfig),
/* harmony export */   VX: () => (/* binding */ PlanConfigSchema),
/* harmony export */   dW: () => (/* binding */ TARGETS)
/* harmony export */ });
/* unused harmony exports RELEASE_PREFIX_PATTERN, PLACEHOLDERS, DEFAULT_COMMAND, DEFAULT_PLAN_CONFIG */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7577);
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

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
/* unused harmony export toJson */
/** `modules.toml:15:1: error[unknown-dependency]: message` and the hint on the next line. */
function renderText(d) {
    const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
    const head = `${where}: ${d.severity}[${d.rule}]: ${d.message}`;
    return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
function toJson(d) {
    return { file: d.file, line: d.line, column: d.column, rule: d.rule, message: d.message, hint: d.hint };
}
/** The `--format json` report: one object, errors and warnings apart. */
function jsonReport(ok, manifestHash, diagnostics, extra = {}) {
    return JSON.stringify({
        ok,
        manifest_hash: manifestHash,
        errors: diagnostics.filter((d) => d.severity === 'error').map(toJson),
        warnings: diagnostics.filter((d) => d.severity === 'warning').map(toJson),
        ...extra
    }, null, 2);
}
function summaryLine(diagnostics) {
    const e = diagnostics.filter((d) => d.severity === 'error').length;
    const w = diagnostics.length - e;
    return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ modulesOf),
/* harmony export */   qh: () => (/* binding */ modulesOfDocument),
/* harmony export */   rh: () => (/* binding */ moduleDelta)
/* harmony export */ });
/* unused harmony export moduleVersion */
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4882);

/** The version a module is built at: [module] version for path modules, `version` for registries, `rev` for git. */
function moduleVersion(e, pkg) {
    if (e.source === 'path')
        return pkg?.manifest.module.version ?? null;
    if (e.source === 'git')
        return e.rev ?? null;
    return e.version ?? null;
}
function modulesOf(m, packages) {
    return Object.entries(m.modules)
        .map(([slug, e]) => ({
        slug,
        crate: e.crate,
        source: e.source,
        version: moduleVersion(e, packages.get(slug)),
        required: e.required,
        depends_on: [...e.depends_on],
        fields: { path: e.path ?? '', git: e.git ?? '', rev: e.rev ?? '', runtime: e.runtime, features: e.features.join(',') }
    }))
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
const str = (v) => (typeof v === 'string' ? v : '');
/**
 * Best effort for a base manifest that does not validate: the `[modules]` table as written, with
 * versions from `packages` (path → package manifest text already parsed by the caller) when known.
 */
function modulesOfDocument(doc, versionOf) {
    const modules = (0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .bI)(doc.modules) ? doc.modules : {};
    return Object.entries(modules)
        .filter(([, e]) => (0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .bI)(e))
        .map(([slug, raw]) => {
        const e = raw;
        const source = str(e.source);
        const version = source === 'path' ? versionOf(slug) : source === 'git' ? str(e.rev) || null : str(e.version) || null;
        return {
            slug,
            crate: str(e.crate),
            source,
            version,
            required: e.required === true,
            depends_on: Array.isArray(e.depends_on) ? e.depends_on.filter((d) => typeof d === 'string') : [],
            fields: { path: str(e.path), git: str(e.git), rev: str(e.rev), runtime: str(e.runtime) || 'module', features: Array.isArray(e.features) ? e.features.filter((f) => typeof f === 'string').join(',') : '' }
        };
    })
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
const at = (slug, v) => (v === null ? slug : `${slug}@${v}`);
/** Added, removed and changed modules, by slug. */
function moduleDelta(base, head) {
    const before = new Map(base.map((m) => [m.slug, m]));
    const after = new Map(head.map((m) => [m.slug, m]));
    const slugs = [...new Set([...before.keys(), ...after.keys()])].sort();
    const out = [];
    for (const slug of slugs) {
        const b = before.get(slug);
        const a = after.get(slug);
        if (a && !b)
            out.push({ op: '+', slug, version: a.version, text: `+${at(slug, a.version)}`, changes: [], depends_on: a.depends_on });
        else if (b && !a)
            out.push({ op: '-', slug, version: b.version, text: `-${slug}`, changes: [], depends_on: b.depends_on });
        else if (a && b) {
            const changes = [];
            if (a.version !== b.version)
                changes.push(`version ${b.version ?? '?'} → ${a.version ?? '?'}`);
            if (a.crate !== b.crate)
                changes.push('crate');
            if (a.source !== b.source)
                changes.push('source');
            if (a.required !== b.required)
                changes.push('required');
            if ([...a.depends_on].sort().join(',') !== [...b.depends_on].sort().join(','))
                changes.push('depends_on');
            for (const k of Object.keys(a.fields).sort())
                if (a.fields[k] !== b.fields[k])
                    changes.push(k);
            if (changes.length)
                out.push({ op: '~', slug, version: a.version, text: `~${at(slug, a.version)}`, changes, depends_on: a.depends_on });
        }
    }
    return out;
}


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

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/core/plan/schema.ts
var schema = __webpack_require__(7344);
// EXTERNAL MODULE: ./src/core/release/parse-json.ts
var parse_json = __webpack_require__(6009);
;// CONCATENATED MODULE: ./src/app/plan-file.ts
/** Reads a release-plan.json that a command is given (publish): unreadable or invalid is a usage error (exit 2). */




async function readReleasePlan(file) {
    const text = await external_node_fs_.promises.readFile(file, 'utf8').catch((e) => {
        throw new fs/* UsageError */.eb(`cannot read ${file}: ${e.message}`);
    });
    try {
        return (0,parse_json/* parseJsonAs */.W)(schema/* ReleasePlanSchema */.Ms, text, file, 'release-plan.json');
    }
    catch (e) {
        throw new fs/* UsageError */.eb(e.message);
    }
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(7428);
;// CONCATENATED MODULE: ./src/core/oci/digest.ts
/** Content digests (`algorithm:hex`) of exact bytes: computing and checking them. */

/** sha256 and sha512, the algorithms the OCI image-spec registers. */
const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(s) {
    return DIGEST_PATTERN.test(s);
}
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The digest of `bytes` computed with the algorithm of `expected`. */
function digestWith(expected, bytes) {
    if (!isDigest(expected))
        throw new Error(`not a digest: ${JSON.stringify(expected)}`);
    const algorithm = expected.slice(0, expected.indexOf(':'));
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` do not hash to `expected`; `what` names the content in the message. */
function verifyDigest(bytes, expected, what) {
    const actual = digestWith(expected, bytes);
    if (actual !== expected)
        throw new Error(`${what}: digest mismatch: expected ${expected}, content hashes to ${actual}`);
}

;// CONCATENATED MODULE: ./src/core/oci/media.ts
/**
 * OCI and Docker manifest formats (pure): media types, the Accept list a client sends, and the
 * parts of a manifest that point at other content (config and layer blobs, child manifests).
 * Readers ignore unknown fields, as the image-spec asks.
 */


const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
/** The manifest media types this client reads and writes, in the order of the Accept header. */
const MANIFEST_MEDIA_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerManifestList];
/** Accept header for manifest requests: every type above, so the registry never down-converts. */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
/** Largest manifest accepted (the limit distribution and containerd apply). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The annotation that names a tag in an image layout's index.json. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const DescriptorSchema = schemas/* looseObject */._H3({
    mediaType: schemas/* string */.YjP().min(1),
    digest: schemas/* string */.YjP().regex(DIGEST_PATTERN),
    size: schemas/* number */.aig().int().nonnegative(),
    annotations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    platform: schemas/* looseObject */._H3({ architecture: schemas/* string */.YjP(), os: schemas/* string */.YjP(), variant: schemas/* string */.YjP().optional() }).optional()
});
const ImageManifestSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* literal */.euz(2),
    mediaType: schemas/* string */.YjP().optional(),
    config: DescriptorSchema,
    layers: schemas/* array */.YOg(DescriptorSchema)
});
const IndexSchema = schemas/* looseObject */._H3({
    schemaVersion: schemas/* literal */.euz(2),
    mediaType: schemas/* string */.YjP().optional(),
    manifests: schemas/* array */.YOg(DescriptorSchema)
});
function isIndexType(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;
}
/**
 * Parses manifest bytes. `mediaType` is the one the transport named (Content-Type, a descriptor);
 * when absent it comes from the body's own `mediaType` field, or from its shape (OCI allows the
 * field to be missing). A body that names a different type than the transport is refused.
 */
function parseManifest(bytes, mediaType) {
    let data;
    try {
        data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (err) {
        throw new Error(`manifest is not JSON: ${err.message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error('manifest is not a JSON object');
    const own = data.mediaType;
    if (own !== undefined && typeof own !== 'string')
        throw new Error('manifest mediaType is not a string');
    if (mediaType && own && own !== mediaType)
        throw new Error(`manifest says mediaType ${own}, but was served as ${mediaType}`);
    const type = mediaType || own || ('manifests' in data ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
    if (!MANIFEST_MEDIA_TYPES.includes(type))
        throw new Error(`unsupported manifest media type ${type}`);
    if (isIndexType(type)) {
        const r = IndexSchema.safeParse(data);
        if (!r.success)
            throw new Error(`not an image index: ${errors/* prettifyError */.S1(r.error)}`);
        return { mediaType: type, kind: 'index', blobs: [], children: r.data.manifests };
    }
    const r = ImageManifestSchema.safeParse(data);
    if (!r.success)
        throw new Error(`not an image manifest: ${errors/* prettifyError */.S1(r.error)}`);
    return { mediaType: type, kind: 'image', blobs: [r.data.config, ...r.data.layers], children: [] };
}

;// CONCATENATED MODULE: ./src/core/oci/reference.ts
/**
 * Image references `HOST[:PORT]/repository[:tag][@digest]` (pure), with the grammar of the
 * distribution spec. The registry host is always explicit: no implied docker.io or library/.
 */

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$`);
function isTag(s) {
    return TAG_PATTERN.test(s);
}
/** Parses a reference; throws an Error saying which part is wrong. */
function parseReference(text) {
    const slash = text.indexOf('/');
    if (slash <= 0)
        throw new Error(`${JSON.stringify(text)}: an image reference is HOST[:PORT]/REPOSITORY[:TAG][@DIGEST]`);
    const registry = text.slice(0, slash);
    if (!REGISTRY_PATTERN.test(registry) || !validPort(registry))
        throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(registry)} is not a registry host[:port]`);
    let rest = text.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(digest)} is not a sha256 or sha512 digest`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(tag)} is not a tag`);
    }
    if (!REPOSITORY_PATTERN.test(rest) || rest.length > 255)
        throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(rest)} is not a repository name (lowercase components separated by /)`);
    return { registry, repository: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
function validPort(registry) {
    const m = /:([0-9]+)$/.exec(registry.replace(/^\[[^\]]*\]/, ''));
    return !m || (Number(m[1]) >= 1 && Number(m[1]) <= 65535);
}
/** The host of `host[:port]`, without brackets for IPv6. */
function registryHost(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
/** localhost, 127.0.0.0/8 and ::1: the only hosts spoken to over plain http without an explicit opt-in. */
function isLoopbackHost(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

;// CONCATENATED MODULE: ./src/core/oci/store.ts
/**
 * One interface over the places images live: a registry repository (registry.ts) and an OCI
 * image-layout directory (layout.ts), so publish, deploy and rollback are written once.
 * A store is one repository; references are tags or digests within it.
 */
/** A failure naming the store and reference, with the HTTP status and the registry's error code when there were ones. */
class OciError extends Error {
    where;
    status;
    code;
    name = 'OciError';
    constructor(where, message, status, code) {
        super(`${where}: ${status !== undefined ? `HTTP ${status}${code ? ` ${code}` : ''}: ` : code ? `${code}: ` : ''}${message}`);
        this.where = where;
        this.status = status;
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./src/adapters/oci/layout.ts
/**
 * An ImageStore over an OCI image-layout directory (image-spec "image-layout"): `oci-layout`,
 * `index.json` and `blobs/<alg>/<hex>`. Tags are `org.opencontainers.image.ref.name` annotations
 * on index.json's descriptors, so `skopeo inspect oci:DIR:TAG` and `skopeo copy oci:DIR:TAG …`
 * read what this store writes. The default image store of local runs.
 *
 * Tagging rewrites index.json only; blobs are content-addressed and written once. One writer at
 * a time: index.json is replaced atomically, but two concurrent writers could lose a tag.
 */








const LAYOUT_FILE = 'oci-layout';
const LayoutFileSchema = schemas/* looseObject */._H3({ imageLayoutVersion: schemas/* string */.YjP() });
class LayoutImageStore {
    dir;
    label;
    constructor(dir) {
        this.dir = dir;
        this.label = `oci:${dir}`;
    }
    /** Creates the layout (oci-layout and an empty index.json) unless it exists; checks it when it does. */
    async init() {
        await external_node_fs_.promises.mkdir(external_node_path_default().join(this.dir, 'blobs', 'sha256'), { recursive: true });
        const existing = await external_node_fs_.promises.readFile(external_node_path_default().join(this.dir, LAYOUT_FILE), 'utf8').catch((err) => {
            if (err.code === 'ENOENT')
                return null;
            throw new OciError(this.label, `cannot read ${LAYOUT_FILE}: ${err.message}`);
        });
        if (existing === null) {
            await writeFileAtomic(external_node_path_default().join(this.dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        else {
            this.checkLayoutFile(existing);
        }
        if ((await this.readIndexFile()) === null)
            await this.writeIndex({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] });
        return this;
    }
    async resolve(tag) {
        this.checkTag(tag);
        return this.descriptorOf(tag, await this.readIndex())?.digest ?? null;
    }
    async getManifest(reference) {
        const index = await this.readIndex();
        const where = this.where(reference);
        const desc = isDigest(reference) ? index.manifests.find((d) => d.digest === reference) : this.descriptorOf(this.checkTag(reference), index);
        const digest = isDigest(reference) ? reference : desc?.digest;
        if (!digest)
            throw new OciError(where, 'no such tag', undefined, 'MANIFEST_UNKNOWN');
        const bytes = await this.readBlob(digest, where);
        if (!bytes)
            throw new OciError(where, `no blob ${digest}`, undefined, 'MANIFEST_UNKNOWN');
        try {
            return { bytes, mediaType: parseManifest(bytes, desc?.mediaType).mediaType, digest };
        }
        catch (err) {
            throw new OciError(where, err.message, undefined, 'MANIFEST_INVALID');
        }
    }
    async putManifest(tag, bytes, mediaType) {
        const where = this.where(this.checkTag(tag));
        if (bytes.byteLength > MAX_MANIFEST_BYTES)
            throw new OciError(where, `manifest of ${bytes.byteLength} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID');
        let refs;
        try {
            refs = parseManifest(bytes, mediaType);
        }
        catch (err) {
            throw new OciError(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        for (const d of [...refs.blobs, ...refs.children]) {
            if (!(await this.hasBlob(d.digest)))
                throw new OciError(where, `references ${d.digest}, which is not in the layout`, undefined, refs.kind === 'index' ? 'MANIFEST_UNKNOWN' : 'MANIFEST_BLOB_UNKNOWN');
        }
        const digest = await this.putBlob(bytes);
        await this.setTag(tag, { mediaType, digest, size: bytes.byteLength });
        return digest;
    }
    async tag(source, newTag) {
        this.checkTag(newTag);
        const m = await this.getManifest(source); // verifies the blob before pointing a tag at it
        await this.setTag(newTag, { mediaType: m.mediaType, digest: m.digest, size: m.bytes.byteLength });
        return m.digest;
    }
    async exists(digest) {
        if (!isDigest(digest))
            throw new OciError(this.label, `${JSON.stringify(digest)} is not a digest`);
        return this.hasBlob(digest);
    }
    async listTags() {
        const names = (await this.readIndex()).manifests.map((d) => d.annotations?.[REF_NAME_ANNOTATION]).filter((t) => t !== undefined);
        return [...new Set(names)].sort();
    }
    /** Removes a tag; its blobs stay (content may be shared with other tags). False when there was none. */
    async deleteTag(tag) {
        this.checkTag(tag);
        const index = await this.readIndex();
        const kept = index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== tag);
        if (kept.length === index.manifests.length)
            return false;
        await this.writeIndex({ ...index, manifests: kept });
        return true;
    }
    /** Stores bytes as a blob (written once: an existing blob is verified, not rewritten); returns the digest. */
    async putBlob(bytes) {
        const digest = sha256Digest(bytes);
        if (!(await this.hasBlob(digest)))
            await writeFileAtomic(this.blobPath(digest), bytes);
        return digest;
    }
    async setTag(tag, desc) {
        const index = await this.readIndex();
        const manifests = index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== tag);
        manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { [REF_NAME_ANNOTATION]: tag } });
        await this.writeIndex({ ...index, manifests });
    }
    descriptorOf(tag, index) {
        return index.manifests.findLast((d) => d.annotations?.[REF_NAME_ANNOTATION] === tag);
    }
    async readIndex() {
        const index = await this.readIndexFile();
        if (index === null)
            throw new OciError(this.label, 'not an OCI image layout: no index.json');
        return index;
    }
    async readIndexFile() {
        let text;
        try {
            text = await external_node_fs_.promises.readFile(external_node_path_default().join(this.dir, 'index.json'), 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return null;
            throw new OciError(this.label, `cannot read index.json: ${err.message}`);
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (err) {
            throw new OciError(this.label, `index.json is not JSON: ${err.message}`);
        }
        const r = IndexSchema.safeParse(data);
        if (!r.success)
            throw new OciError(this.label, `index.json is not an image index: ${errors/* prettifyError */.S1(r.error)}`);
        return r.data;
    }
    async writeIndex(index) {
        await writeFileAtomic(external_node_path_default().join(this.dir, 'index.json'), JSON.stringify(index));
    }
    checkLayoutFile(text) {
        let ok = false;
        try {
            ok = LayoutFileSchema.safeParse(JSON.parse(text)).success;
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new OciError(this.label, `${LAYOUT_FILE} is not {"imageLayoutVersion": …}`);
    }
    blobPath(digest) {
        const [algorithm, hex] = digest.split(':');
        return external_node_path_default().join(this.dir, 'blobs', algorithm, hex);
    }
    async hasBlob(digest) {
        return external_node_fs_.promises.stat(this.blobPath(digest)).then((s) => s.isFile(), () => false);
    }
    /** A manifest-sized blob, verified against its digest; null when absent. */
    async readBlob(digest, where) {
        const file = this.blobPath(digest);
        const stat = await external_node_fs_.promises.stat(file).catch(() => null);
        if (!stat)
            return null;
        if (stat.size > MAX_MANIFEST_BYTES)
            throw new OciError(where, `manifest blob of ${stat.size} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID');
        const bytes = await external_node_fs_.promises.readFile(file);
        try {
            verifyDigest(bytes, digest, `blob ${digest}`);
        }
        catch (err) {
            throw new OciError(where, err.message, undefined, 'DIGEST_INVALID');
        }
        return bytes;
    }
    checkTag(tag) {
        if (!isTag(tag))
            throw new OciError(this.label, `${JSON.stringify(tag)} is not a tag`);
        return tag;
    }
    where(reference) {
        return `${this.label}${isDigest(reference) ? '@' : ':'}${reference}`;
    }
}
/**
 * Atomic replace: a temp file in the same directory, written, fsynced, renamed over the target,
 * and the directory fsynced. Kept local to the layout store: the program-wide write path
 * (src/adapters/fs/write.ts) takes text under a journal, while a layout holds binary blobs; once that
 * path takes bytes, this belongs there.
 */
async function writeFileAtomic(file, data) {
    const dir = external_node_path_default().dirname(file);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(tmp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_.promises.rename(tmp, file);
    }
    catch (err) {
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw err;
    }
    const d = await external_node_fs_.promises.open(dir, 'r');
    try {
        await d.sync();
    }
    finally {
        await d.close();
    }
}

;// CONCATENATED MODULE: ./src/adapters/oci/http.ts
/** Small helpers for registry HTTP responses: bounded bodies and the OCI error JSON. */
/** The body of `res`, refused (and the transfer cancelled) past `max` bytes. */
async function readLimited(res, max, what) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > max) {
        await res.body?.cancel();
        throw new Error(`${what}: response of ${declared} bytes is over the ${max}-byte limit`);
    }
    if (!res.body)
        return new Uint8Array(0);
    const chunks = [];
    let total = 0;
    const reader = res.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > max) {
            await reader.cancel();
            throw new Error(`${what}: response is over the ${max}-byte limit`);
        }
        chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
/** Reads and discards a body we do not need, so the connection can be reused. */
async function discard(res) {
    try {
        await res.body?.cancel();
    }
    catch {
        // already closed
    }
}
/**
 * The first error of the distribution spec's error body `{"errors":[{"code","message","detail"}]}`,
 * or the status text when the body is not one. Bodies are read up to 64 KiB.
 */
async function registryError(res) {
    let text = '';
    try {
        text = new TextDecoder().decode(await readLimited(res, 64 * 1024, 'error body'));
    }
    catch {
        // too large or broken: the status says enough
    }
    try {
        const body = JSON.parse(text);
        const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
        if (first && typeof first.code === 'string') {
            const extra = body.errors.length > 1 ? ` (and ${body.errors.length - 1} more)` : '';
            return { code: first.code, message: `${typeof first.message === 'string' ? first.message : first.code.toLowerCase()}${extra}` };
        }
    }
    catch {
        // not JSON
    }
    return { message: res.statusText || 'request failed' };
}
/** The media type of a Content-Type header, without parameters. */
function mediaTypeOf(contentType) {
    const t = contentType?.split(';')[0]?.trim().toLowerCase();
    return t ? t : undefined;
}
/** The `rel="next"` target of a Link header, resolved against `base`. */
function nextLink(link, base) {
    if (!link)
        return null;
    for (const part of link.split(',')) {
        const m = /<([^>]*)>\s*;(.*)/.exec(part.trim());
        if (m && /rel="?next"?/.test(m[2]))
            return new URL(m[1], base).toString();
    }
    return null;
}

;// CONCATENATED MODULE: ./src/core/oci/auth.ts
/** WWW-Authenticate challenges (RFC 7235) as registries send them (pure). */
/**
 * Parses a WWW-Authenticate header value into its challenges, e.g.
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"`.
 * Scheme names are lowercased; parameter names too; quoted values are unescaped. Several
 * challenges in one header are split where a new `scheme name=` starts.
 */
function parseWwwAuthenticate(header) {
    const out = [];
    let i = 0;
    const n = header.length;
    const skip = (re) => {
        while (i < n && re.test(header[i]))
            i++;
    };
    while (i < n) {
        skip(/[\s,]/);
        const scheme = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(header.slice(i));
        if (!scheme)
            break;
        i += scheme[0].length;
        const challenge = { scheme: scheme[0].toLowerCase(), params: {} };
        out.push(challenge);
        skip(/\s/);
        const token68 = /^[A-Za-z0-9._~+/-]+=*(?=\s*(,|$))/.exec(header.slice(i));
        if (token68) {
            i += token68[0].length;
            continue;
        }
        for (;;) {
            const save = i;
            skip(/[\s,]/);
            const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(header.slice(i));
            if (!name) {
                i = save;
                break;
            }
            i += name[0].length;
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                const token = /^[^\s,]*/.exec(header.slice(i))[0];
                value = token;
                i += token.length;
            }
            challenge.params[name[1].toLowerCase()] = value;
        }
    }
    return out;
}
/** `repository:NAME:ACTIONS`: the token scope for pulling (and pushing) one repository. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

;// CONCATENATED MODULE: ./src/adapters/oci/registry-auth.ts
/**
 * Registry authentication: HTTP Basic, and the Bearer token flow of the distribution spec that
 * ghcr.io and Docker Hub use. A 401 carries `WWW-Authenticate: Bearer realm=…,service=…,scope=…`;
 * the client asks the realm for a token (with Basic credentials, or anonymously), caches it per
 * scope until it expires, and retries once. Credentials and tokens never reach an error message.
 */




/** Seconds a token is kept when the token server does not say (the distribution spec's default). */
const DEFAULT_TOKEN_SECONDS = 60;
class RegistryAuth {
    registry;
    credentials;
    fetchImpl;
    insecure;
    timeoutMs;
    basicRequired = false;
    bearer = null;
    tokens = new Map();
    /** Token requests made, for callers that report them. */
    tokenRequests = 0;
    constructor(registry, credentials, fetchImpl, insecure, timeoutMs) {
        this.registry = registry;
        this.credentials = credentials;
        this.fetchImpl = fetchImpl;
        this.insecure = insecure;
        this.timeoutMs = timeoutMs;
    }
    /** The Authorization header for a request needing `scope`, fetching a token when the realm is known. */
    async header(scope) {
        if (this.bearer) {
            const cached = this.tokens.get(scope);
            if (cached && cached.expiresAt > Date.now())
                return cached.header;
            return (await this.fetchToken(scope, scope)).header;
        }
        if (this.basicRequired && this.credentials)
            return basic(this.credentials);
        return undefined;
    }
    /**
     * Handles a 401 for `scope` (the caller's) and says how to retry: the Basic or Bearer header
     * to send. `where` names the request in errors.
     */
    async challenge(res, scope, where) {
        const header = res.headers.get('www-authenticate');
        const err = await unauthorized(res);
        const fail = (why) => new OciError(where, `${err.message}; ${why}`, 401, err.code);
        const challenges = header ? parseWwwAuthenticate(header) : [];
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer?.params.realm) {
            this.bearer = { realm: bearer.params.realm, ...(bearer.params.service !== undefined ? { service: bearer.params.service } : {}) };
            this.tokens.delete(scope);
            return (await this.fetchToken(scope, bearer.params.scope || scope)).header;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            if (!this.credentials)
                throw fail('the registry wants a username and password, and none were given');
            if (this.basicRequired)
                throw fail(`the registry refused the credentials of ${JSON.stringify(this.credentials.username)}`);
            this.basicRequired = true;
            return basic(this.credentials);
        }
        throw fail(header ? `unsupported authentication challenge ${JSON.stringify(header.split(/\s/)[0])}` : 'no WWW-Authenticate challenge');
    }
    /** A second 401 after a retry with fresh authorization: the credentials are not enough. */
    async refused(res, where) {
        const err = await unauthorized(res);
        const who = this.credentials ? `the credentials of ${JSON.stringify(this.credentials.username)} were refused` : 'anonymous access was refused';
        return new OciError(where, `${err.message}; ${who}`, 401, err.code);
    }
    async fetchToken(cacheKey, scope) {
        const realm = this.bearer.realm;
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new OciError(this.registry, `token realm ${JSON.stringify(realm)} is not a URL`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (this.insecure || isLoopbackHost(url.hostname)))) {
            throw new OciError(this.registry, `refusing token realm ${url.origin}: not https (set insecure to allow plain http)`);
        }
        if (this.bearer.service !== undefined)
            url.searchParams.set('service', this.bearer.service);
        for (const s of scope.split(' ').filter(Boolean))
            url.searchParams.append('scope', s);
        if (this.credentials)
            url.searchParams.set('account', this.credentials.username);
        const where = `${this.registry}: token server ${url.origin}${url.pathname}`;
        this.tokenRequests++;
        const res = await this.fetchImpl(url, {
            headers: this.credentials ? { authorization: basic(this.credentials) } : {},
            signal: AbortSignal.timeout(this.timeoutMs)
        });
        if (!res.ok) {
            const err = await registryError(res);
            const why = res.status === 401 || res.status === 403 ? (this.credentials ? `; the credentials of ${JSON.stringify(this.credentials.username)} were refused` : '; anonymous access was refused') : '';
            throw new OciError(where, `${err.message}${why}`, res.status, err.code);
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(await readLimited(res, 1024 * 1024, where)));
        }
        catch (err) {
            await discard(res);
            throw new OciError(where, `token response is not JSON: ${err.message}`);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new OciError(where, 'token response has no token');
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
        // Renew 10 s early (or at half-life for very short tokens) so a token never expires in flight.
        const cached = { header: `Bearer ${token}`, expiresAt: Date.now() + Math.max(seconds - 10, seconds / 2) * 1000 };
        this.tokens.set(cacheKey, cached);
        return cached;
    }
}
/** The registry's error of a 401; a HEAD has no body, so its error is the generic one. */
async function unauthorized(res) {
    const err = await registryError(res);
    return err.code ? { code: err.code, message: err.message } : { code: 'UNAUTHORIZED', message: 'authentication required' };
}
function basic(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./src/adapters/oci/registry.ts
/**
 * An ImageStore over the OCI distribution API (one repository of one registry), with Node's
 * global fetch. Manifests are fetched with every OCI and Docker manifest type accepted, checked
 * against their digest, and retagged by PUTting the exact bytes back: a retag moves two
 * manifests' worth of bytes whatever the size of the image.
 */







class RegistryImageStore {
    registry;
    repository;
    label;
    base;
    auth;
    fetchImpl;
    timeoutMs;
    /** `registry` is `host[:port]`; loopback hosts are reached over http, others over https unless `insecure`. */
    constructor(registry, repository, options = {}) {
        this.registry = registry;
        this.repository = repository;
        if (!REPOSITORY_PATTERN.test(repository))
            throw new OciError(`${registry}/${repository}`, 'not a repository name (lowercase components separated by /)');
        this.label = `${registry}/${repository}`;
        const http = isLoopbackHost(registryHost(registry)) || options.insecure === true;
        this.base = `${http ? 'http' : 'https'}://${registry}/v2/${repository}`;
        this.fetchImpl = options.fetch ?? globalThis.fetch;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.auth = new RegistryAuth(registry, options.credentials, this.fetchImpl, options.insecure === true, this.timeoutMs);
    }
    /** Token requests made so far (one per scope while the tokens last). */
    get tokenRequests() {
        return this.auth.tokenRequests;
    }
    async resolve(tag) {
        const where = this.where(checkTag(this.label, tag));
        const res = await this.send('HEAD', `/manifests/${tag}`, false, where, { accept: MANIFEST_ACCEPT });
        if (res.status === 404)
            return null;
        if (!res.ok)
            throw await this.failure(res, where);
        const digest = res.headers.get('docker-content-digest');
        // A registry that does not say the digest on HEAD: hash the manifest itself.
        return digest && isDigest(digest) ? digest : (await this.getManifest(tag)).digest;
    }
    async getManifest(reference) {
        const where = this.where(checkReference(this.label, reference));
        const res = await this.send('GET', `/manifests/${reference}`, false, where, { accept: MANIFEST_ACCEPT });
        if (!res.ok)
            throw await this.failure(res, where);
        let bytes;
        try {
            bytes = await readLimited(res, MAX_MANIFEST_BYTES, 'manifest');
        }
        catch (err) {
            throw new OciError(where, err.message);
        }
        const digest = sha256Digest(bytes);
        const check = (expected, what) => {
            try {
                verifyDigest(bytes, expected, what);
            }
            catch (err) {
                throw new OciError(where, err.message, undefined, 'DIGEST_INVALID');
            }
        };
        if (isDigest(reference))
            check(reference, 'manifest received for this digest');
        const said = res.headers.get('docker-content-digest');
        if (said) {
            if (!isDigest(said))
                throw new OciError(where, `Docker-Content-Digest ${JSON.stringify(said)} is not a digest`, undefined, 'DIGEST_INVALID');
            check(said, 'manifest received against its Docker-Content-Digest');
        }
        const served = mediaTypeOf(res.headers.get('content-type'));
        let mediaType;
        try {
            mediaType = parseManifest(bytes, served && MANIFEST_MEDIA_TYPES.includes(served) ? served : undefined).mediaType;
        }
        catch (err) {
            throw new OciError(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        return { bytes, mediaType, digest };
    }
    async putManifest(tag, bytes, mediaType) {
        const where = this.where(checkReference(this.label, tag));
        if (bytes.byteLength > MAX_MANIFEST_BYTES)
            throw new OciError(where, `manifest of ${bytes.byteLength} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, undefined, 'MANIFEST_INVALID');
        try {
            parseManifest(bytes, mediaType);
        }
        catch (err) {
            throw new OciError(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        const digest = sha256Digest(bytes);
        if (isDigest(tag) && tag !== digest)
            throw new OciError(where, `manifest hashes to ${digest}`, undefined, 'DIGEST_INVALID');
        const res = await this.send('PUT', `/manifests/${tag}`, true, where, { 'content-type': mediaType }, bytes);
        if (!res.ok)
            throw await this.failure(res, where);
        await discard(res);
        const stored = res.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new OciError(where, `registry stored ${stored}, the manifest sent hashes to ${digest}`, res.status, 'DIGEST_INVALID');
        return digest;
    }
    async tag(source, newTag) {
        checkTag(this.label, newTag);
        const m = await this.getManifest(source);
        return this.putManifest(newTag, m.bytes, m.mediaType);
    }
    async exists(digest) {
        const where = this.where(checkReference(this.label, digest));
        if (!isDigest(digest))
            throw new OciError(where, 'not a digest');
        const res = await this.send('HEAD', `/manifests/${digest}`, false, where, { accept: MANIFEST_ACCEPT });
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await this.failure(res, where);
        return true;
    }
    async listTags() {
        const tags = [];
        let url = `${this.base}/tags/list?n=1000`;
        for (let page = 0; url && page < 1000; page++) {
            const res = await this.send('GET', url, false, this.label, { accept: 'application/json' });
            if (res.status === 404) {
                const err = await registryError(res);
                if (err.code === 'NAME_UNKNOWN')
                    return []; // the repository has no image yet
                throw new OciError(this.label, err.message, 404, err.code);
            }
            if (!res.ok)
                throw await this.failure(res, this.label);
            const next = nextLink(res.headers.get('link'), url);
            // The next page carries our Authorization header: never to another origin.
            if (next && new URL(next).origin !== new URL(this.base).origin)
                throw new OciError(this.label, `tag list: refusing a next page on another origin (${new URL(next).origin})`);
            let body;
            try {
                body = JSON.parse(new TextDecoder().decode(await readLimited(res, MAX_MANIFEST_BYTES, 'tag list')));
            }
            catch (err) {
                throw new OciError(this.label, `tag list: ${err.message}`);
            }
            if (body.tags !== null && body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
                throw new OciError(this.label, 'tag list: "tags" is not a list of strings');
            }
            tags.push(...(body.tags ?? []));
            url = next;
        }
        return [...new Set(tags)].sort();
    }
    where(reference) {
        return `${this.label}${isDigest(reference) ? '@' : ':'}${reference}`;
    }
    /** One request, authorized for pull (or push) of this repository, retried once after a 401 challenge. */
    async send(method, pathOrUrl, push, where, headers, body) {
        const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl;
        const scope = repositoryScope(this.repository, push);
        let authorization = await this.auth.header(scope);
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                res = await this.fetchImpl(url, {
                    method,
                    headers: authorization ? { ...headers, authorization } : headers,
                    ...(body ? { body } : {}),
                    signal: AbortSignal.timeout(this.timeoutMs)
                });
            }
            catch (err) {
                const cause = err.cause;
                throw new OciError(where, `${method} failed: ${cause?.code ?? cause?.message ?? err.message}`);
            }
            if (res.status !== 401)
                return res;
            if (attempt > 0)
                throw await this.auth.refused(res, where);
            authorization = await this.auth.challenge(res, scope, where);
        }
    }
    async failure(res, where) {
        if (res.status === 404 && !res.headers.get('content-type')?.includes('json')) {
            await discard(res);
            return new OciError(where, 'not found', 404, 'MANIFEST_UNKNOWN'); // HEAD: no body to say more
        }
        const err = await registryError(res);
        return new OciError(where, err.message, res.status, err.code);
    }
}
function checkTag(label, tag) {
    if (!isTag(tag))
        throw new OciError(label, `${JSON.stringify(tag)} is not a tag`);
    return tag;
}
function checkReference(label, reference) {
    if (!isTag(reference) && !isDigest(reference))
        throw new OciError(label, `${JSON.stringify(reference)} is neither a tag nor a digest`);
    return reference;
}

;// CONCATENATED MODULE: ./src/adapters/oci/index.ts
/**
 * Container images (OCI): one ImageStore interface over a registry repository and an image-layout
 * directory. Publish tags each image `release_id`; deploy and rollback re-point environment tags
 * (`production`, …) at a release's digests — always by storing the exact manifest bytes again.
 */










/**
 * Opens the store a location names: `oci:DIR` is an image-layout directory (created when missing,
 * relative to `cwd`), `HOST[:PORT]/REPOSITORY` a registry repository. A tag or digest in the
 * location is refused: a store is a whole repository.
 */
async function openImageStore(location, options = {}) {
    if (location.startsWith('oci:')) {
        const dir = location.slice('oci:'.length);
        if (!dir)
            throw new Error('oci: needs a directory, as in oci:./images');
        return new LayoutImageStore(external_node_path_default().resolve(options.cwd ?? '.', dir)).init();
    }
    const ref = parseReference(location);
    if (ref.tag !== undefined || ref.digest !== undefined)
        throw new Error(`${location}: name a repository (HOST[:PORT]/REPOSITORY) without a tag or digest`);
    return new RegistryImageStore(ref.registry, ref.repository, options);
}

;// CONCATENATED MODULE: ./src/app/images.ts
/**
 * Tags the images a build pushed by digest with the release_id, through src/oci (a retag stores
 * the exact manifest bytes again, so the digest is unchanged). Where an image is tagged:
 * `registry` (`HOST[:PORT]`) replaces the host of the build's repository, `oci:DIR` puts each
 * repository in an image layout `DIR/<repository path>`, neither uses the repository as the build
 * recorded it.
 */


/** Where the image of `repository` is tagged. */
function imageLocation(repository, dest) {
    if (dest.where === null)
        return repository;
    const repo = parseReference(repository).repository;
    if (dest.where.startsWith('oci:'))
        return `oci:${external_node_path_default().resolve(dest.cwd, dest.where.slice(4), ...repo.split('/'))}`;
    return `${dest.where}/${repo}`;
}
function imageTagger(dest) {
    return async (image, tag) => {
        const location = imageLocation(image.repository, dest);
        const store = await openImageStore(location, { cwd: dest.cwd, ...(dest.credentials && !location.startsWith('oci:') ? { credentials: dest.credentials } : {}) });
        const current = await store.resolve(tag);
        if (current !== null && current !== image.digest)
            throw new Error(`${store.label}:${tag} already points at ${current}, not ${image.digest}: a release tag is never moved`);
        if (current === null) {
            if (!(await store.exists(image.digest)))
                throw new Error(`${store.label}@${image.digest}: the image the build pushed is not there`);
            const got = await store.tag(image.digest, tag);
            if (got !== image.digest)
                throw new Error(`${store.label}:${tag}: tagged ${got}, expected ${image.digest}`);
        }
        return { repository: image.repository, digest: image.digest, tag, location: store.label };
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts
/**
 * The one way modules-rebuild talks to the GitHub REST API: @actions/github's Octokit (REST
 * endpoint methods, pagination) plus
 *   - @octokit/plugin-throttling: GitHub's documented pacing — writes one at a time at least a
 *     second apart, content-creating requests (pull requests) further apart — and waiting out
 *     primary and secondary rate limits (retry-after / x-ratelimit-reset) up to `rateLimitRetries`
 *     times;
 *   - @octokit/plugin-retry: retries server errors (5xx, and other statuses not in its
 *     do-not-retry list: 400, 401, 403, 404, 410, 422, 451) with quadratic back-off.
 * The base URL is `GITHUB_API_URL` (GitHub Enterprise Server, or a test double), the user agent
 * `modules-rebuild/<version>`. The token is never logged; the caller masks it (core.setSecret).
 */




const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = `modules-rebuild/${version/* VERSION */.x}`;
function apiUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
function client_createOctokit(o) {
    if (!o.token)
        throw new Error('a GitHub token is required');
    const baseUrl = (o.baseUrl ?? apiUrl()).replace(/\/+$/, '');
    const log = o.log ?? (() => { });
    const limit = o.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < limit;
        log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return again;
    };
    return (0,github/* getOctokit */.Q)(o.token, {
        baseUrl,
        userAgent: o.userAgent ?? USER_AGENT,
        // @actions/github's default fetch goes through the runner's proxy settings for
        // GITHUB_API_URL; any other base URL gets Node's own fetch.
        ...(baseUrl === apiUrl() ? {} : { request: { fetch: globalThis.fetch } }),
        throttle: o.throttle === false ? { enabled: false } : { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: o.retries ?? 3, ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of an Octokit RequestError (undefined for other errors). */
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * A 422 that says the thing being created is already there: `Reference already exists` (git refs)
 * or a Validation Failed with `code: already_exists` (a release asset's name, a published release's
 * tag). For a publisher it means "adopt what is there" after checking it, never "fail".
 */
function isAlreadyExists(err) {
    if (httpStatus(err) !== 422)
        return false;
    const e = err;
    const data = e.response?.data;
    if (/already exists/i.test(String(data?.message ?? e.message ?? '')))
        return true;
    return Array.isArray(data?.errors) && data.errors.some((x) => x?.code === 'already_exists');
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/core/release/manifest.ts
var release_manifest = __webpack_require__(7972);
;// CONCATENATED MODULE: ./src/adapters/github/release-assets.ts
/**
 * Release assets for the GitHub release transaction (github-publish.ts): listing, comparing with
 * the request (name, size, `digest: sha256:…`), streaming uploads from disk and reading the
 * manifest_hash of a release's release-manifest.json.
 */






/**
 * A request body that streams `path` and can be sent again: every iteration opens the file anew,
 * so Octokit's retries (5xx, a reset connection, a secondary rate limit) resend the whole file
 * instead of a consumed stream. Never the whole file in memory: 64 KiB chunks. uploadFetch sends
 * it from a reused buffer instead.
 */
class FileBody {
    path;
    constructor(path) {
        this.path = path;
    }
    [Symbol.asyncIterator]() {
        return (0,external_node_fs_.createReadStream)(this.path, { highWaterMark: 64 * 1024 })[Symbol.asyncIterator]();
    }
}
/**
 * Octokit's `request.fetch` for uploads: sends a FileBody over node:http(s) from one reused 1 MiB
 * buffer, waiting for each write to be flushed before reading on. Node's fetch (and a piped read
 * stream) keep every chunk alive until a garbage collection, which let a 256 MiB upload add about
 * as much to the publisher's memory; this keeps it flat. Any other body goes to `fallback`.
 * Note: not through the runner's HTTP(S)_PROXY.
 */
function uploadFetch(fallback = globalThis.fetch) {
    return (async (input, init = {}) => {
        if (!(init.body instanceof FileBody))
            return fallback(input, init);
        const file = init.body.path;
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        const headers = {};
        new Headers(init.headers).forEach((v, k) => (headers[k] = v));
        const fh = await (0,external_node_fs_promises_.open)(file);
        try {
            return await new Promise((resolve, reject) => {
                const req = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(url, { method: init.method ?? 'POST', headers, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('error', reject);
                    res.on('end', () => {
                        const h = new Headers();
                        for (const [k, v] of Object.entries(res.headers))
                            if (v !== undefined)
                                h.set(k, Array.isArray(v) ? v.join(', ') : v);
                        const status = res.statusCode ?? 500;
                        resolve(new Response([101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: h }));
                    });
                });
                req.on('error', reject);
                const buf = Buffer.allocUnsafeSlow(1 << 20);
                const pump = async () => {
                    for (;;) {
                        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
                        if (!bytesRead)
                            break;
                        await new Promise((ok, fail) => req.write(buf.subarray(0, bytesRead), (e) => (e ? fail(e) : ok())));
                    }
                    req.end();
                };
                pump().catch((err) => {
                    req.destroy(err);
                    reject(err);
                });
            });
        }
        finally {
            await fh.close();
        }
    });
}
/** True when the asset on GitHub has the request's bytes (complete upload, same size and digest). */
const sameAsset = (remote, want) => (remote.state === undefined || remote.state === 'uploaded') && remote.size === want.size && remote.digest === `sha256:${want.sha256}`;
async function listAssets(octokit, r, releaseId) {
    return (await octokit.paginate(octokit.rest.repos.listReleaseAssets, { ...r, release_id: releaseId, per_page: 100 }));
}
/** Differences between the release's assets and the request: missing, wrong (size/digest), extra. Empty: they match. */
function assetProblems(remote, want) {
    const out = [];
    const byName = new Map(remote.map((a) => [a.name, a]));
    for (const w of want) {
        const a = byName.get(w.name);
        if (!a)
            out.push(`${w.name}: missing`);
        else if (!sameAsset(a, w))
            out.push(`${w.name}: ${a.size} bytes, ${a.digest ?? 'no digest'}${a.state && a.state !== 'uploaded' ? ` (${a.state})` : ''}; expected ${w.size} bytes, sha256:${w.sha256}`);
    }
    const names = new Set(want.map((w) => w.name));
    for (const a of remote)
        if (!names.has(a.name))
            out.push(`${a.name}: not part of this release`);
    return out;
}
async function uploadOnce(octokit, url, a) {
    const r = await octokit.request({
        method: 'POST',
        url, // the upload_url template ({?name,label}): Octokit fills name in
        name: a.name,
        data: new FileBody(a.path),
        headers: { 'content-type': a.contentType ?? 'application/octet-stream', 'content-length': a.size },
        request: { fetch: uploadFetch() }
    });
    return r.data;
}
/**
 * Makes the release's asset `a.name` hold `a`'s bytes: skipped when it already does, replaced
 * (delete + upload) when it holds others, uploaded when absent. Octokit retries each request
 * (5xx, resets, rate limits); on top of that a whole attempt is retried `attempts` times. A 422
 * already_exists (a concurrent publisher, or a retried upload that had arrived) is checked:
 * the same bytes are adopted, others replaced.
 */
async function putAsset(octokit, r, release, current, a, attempts = 3, log = () => { }) {
    if (current && sameAsset(current, a))
        return { action: 'skipped' };
    let replaced = false;
    let existing = current;
    let lastErr;
    for (let i = 1; i <= attempts; i++) {
        try {
            if (existing) {
                log(`replacing ${a.name} (${existing.size} bytes, ${existing.digest ?? 'no digest'})`);
                await deleteAsset(octokit, r, existing.id);
                replaced = true;
                existing = undefined;
            }
            const up = await uploadOnce(octokit, release.upload_url, a);
            if (!sameAsset(up, a))
                throw new Error(`GitHub stored ${a.name} as ${up.size} bytes, ${up.digest ?? 'no digest'}; expected ${a.size} bytes, sha256:${a.sha256}`);
            return { action: replaced ? 'replaced' : 'uploaded' };
        }
        catch (err) {
            lastErr = err;
            if (httpStatus(err) === 404)
                throw err; // the release is gone: the transaction starts over
            existing = (await listAssets(octokit, r, release.id)).find((x) => x.name === a.name);
            if (existing && sameAsset(existing, a))
                return { action: replaced ? 'replaced' : isAlreadyExists(err) ? 'skipped' : 'uploaded' };
            if (i < attempts)
                log(`upload of ${a.name} failed (${err.message}); attempt ${i + 1} of ${attempts}`);
        }
    }
    throw new Error(`cannot upload ${a.name}: ${lastErr.message}`);
}
async function deleteAsset(octokit, r, assetId) {
    try {
        await octokit.rest.repos.deleteReleaseAsset({ ...r, asset_id: assetId });
    }
    catch (err) {
        if (httpStatus(err) !== 404)
            throw err;
    }
}

/** manifest_hash of a release's release-manifest.json asset (null: no such asset or no such field). */
async function manifestHashOf(octokit, r, assets) {
    const asset = assets.find((a) => a.name === release_manifest/* RELEASE_MANIFEST */.Op);
    if (!asset)
        return null;
    const res = await octokit.rest.repos.getReleaseAsset({ ...r, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    const data = res.data;
    const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : JSON.stringify(data);
    try {
        const hash = JSON.parse(text).manifest_hash;
        return typeof hash === 'string' ? hash : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/release-publish.ts
/**
 * The GitHub release transaction: tag lock → draft → upload → verify → publish.
 *
 *   1. A published release of the tag already? Same manifest_hash (its release-manifest.json) and
 *      the same assets → `unchanged`, nothing written; another manifest_hash → refused.
 *   2. The lock: create `refs/tags/<tag>` at the commit. "Reference already exists" at the same
 *      commit means another publisher (or a crashed earlier run) holds it; at another commit → refused.
 *   3. The draft: the lock holder creates it (or reuses its own from a crashed run). A publisher
 *      that lost the lock polls the releases of the tag (drafts are not found by tag: it lists
 *      them) until the winner publishes — then it verifies that release (`adopted`) — or until the
 *      winner's draft has not changed for `takeoverAfterMs` (the winner died): it takes the draft over.
 *   4. Uploads, one at a time, streamed from disk: an asset already there with the same size and
 *      digest is skipped, a different one replaced (delete + upload), extra assets deleted.
 *   5. Verification: the listed assets are exactly the request's (names, sizes, sha256 digests).
 *   6. Publication (draft: false, make_latest), then the published release is verified again and
 *      stray drafts of the tag (from crashed runs) are deleted.
 * Nothing is ever published before step 5 passed, so nobody sees a release with a missing or
 * wrong asset; every step can be rerun after a crash and converges on the one release.
 */



/** Why a publication was refused: exit 1 for the orchestrator (the input contradicts what is on GitHub). */
class PublishRefusedError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'PublishRefusedError';
    }
}
const ROUNDS = 6;
async function publishToGitHub(octokit, req, opts = {}) {
    const log = opts.log ?? (() => { });
    const r = { owner: req.owner, repo: req.repo };
    const tag = req.tag;
    const where = `${req.owner}/${req.repo} release ${tag}`;
    checkRequest(req);
    const done = { uploaded: [], skipped: [], replaced: [] };
    const releasesOfTag = async () => {
        const all = (await octokit.paginate(octokit.rest.repos.listReleases, { ...r, per_page: 100 }));
        const mine = all.filter((x) => x.tag_name === tag);
        return { published: mine.find((x) => !x.draft), drafts: mine.filter((x) => x.draft).sort((a, b) => a.id - b.id) };
    };
    const findPublished = async () => {
        try {
            return (await octokit.rest.repos.getReleaseByTag({ ...r, tag })).data;
        }
        catch (err) {
            if (httpStatus(err) === 404)
                return null;
            throw err;
        }
    };
    /** The tag's commit (null: no tag); refuses another commit than the request's. */
    const tagCommit = async () => {
        let obj;
        try {
            obj = (await octokit.rest.git.getRef({ ...r, ref: `tags/${tag}` })).data.object;
        }
        catch (err) {
            if (httpStatus(err) === 404)
                return null;
            throw err;
        }
        if (obj.type === 'commit' && obj.sha !== req.commit) {
            throw new PublishRefusedError('tag-commit-mismatch', `${where}: the tag ${tag} exists at commit ${obj.sha}, this release is of commit ${req.commit}; refusing to publish (a release_id names one commit)`);
        }
        return obj.sha;
    };
    /** A published release of the tag: checked against the request, stray drafts removed. */
    const settle = async (rel, outcome) => {
        await tagCommit();
        const assets = rel.assets ?? (await listAssets(octokit, r, rel.id));
        const hash = await manifestHashOf(octokit, r, assets);
        if (hash !== req.manifestHash) {
            throw new PublishRefusedError('manifest-mismatch', `${where} is already published with manifest_hash ${hash ?? '(none: no readable release-manifest.json)'}; this release has manifest_hash ${req.manifestHash}. A release_id is published once: plan again to get a new one`);
        }
        const problems = assetProblems(assets, req.assets);
        if (problems.length)
            throw new PublishRefusedError('published-assets-mismatch', `${where} is published with the same manifest_hash but other assets (changed by hand?): ${problems.join('; ')}`);
        for (const d of (await releasesOfTag()).drafts) {
            log(`deleting the stray draft ${d.id} of ${tag}`);
            await deleteRelease(octokit, r, d.id);
        }
        log(`${where}: ${outcome}${rel.immutable ? ' (immutable)' : ''}`);
        return { id: rel.id, html_url: rel.html_url, outcome, ...done };
    };
    /** Lost the lock: waits for the winner to publish, or takes over a draft that stopped changing. */
    const waitForWinner = async () => {
        const takeover = opts.takeoverAfterMs ?? 120_000;
        const poll = Math.max(10, Math.min(opts.pollMs ?? 2_000, takeover));
        let seen = '';
        let since = Date.now();
        for (;;) {
            const now = await releasesOfTag();
            if (now.published)
                return { published: now.published };
            const print = JSON.stringify(now.drafts.map((d) => [d.id, d.assets.map((a) => [a.name, a.size, a.state])]));
            if (print !== seen) {
                seen = print;
                since = Date.now();
            }
            else if (Date.now() - since >= takeover) {
                log(`${where}: no progress for ${takeover} ms; taking ${now.drafts[0] ? `draft ${now.drafts[0].id}` : 'the release'} over`);
                return { draft: now.drafts[0] };
            }
            await (0,promises_.setTimeout)(poll);
        }
    };
    let waited = false;
    for (let round = 1; round <= ROUNDS; round++) {
        // 1. Already published?
        const existing = await findPublished();
        if (existing)
            return settle(existing, waited ? 'adopted' : 'unchanged');
        // 2. The lock.
        let holder = true;
        try {
            await octokit.rest.git.createRef({ ...r, ref: `refs/tags/${tag}`, sha: req.commit });
            log(`${where}: tag created at ${req.commit}`);
        }
        catch (err) {
            if (!isAlreadyExists(err))
                throw new Error(`${where}: cannot create the tag ${tag} at ${req.commit}: ${err.message}`);
            if ((await tagCommit()) === null)
                continue; // an answer that was wrong: try again
            holder = false;
        }
        // 3. The draft.
        let draft;
        if (holder) {
            const now = await releasesOfTag();
            if (now.published)
                continue;
            draft = now.drafts[0];
        }
        else {
            log(`${where}: the tag exists at ${req.commit}: another publisher holds the lock, waiting for it`);
            const w = await waitForWinner();
            waited = true;
            if ('published' in w)
                continue;
            draft = w.draft;
        }
        if (!draft) {
            try {
                draft = (await octokit.rest.repos.createRelease({ ...r, tag_name: tag, target_commitish: req.commit, name: req.name, body: req.body, draft: true })).data;
                log(`${where}: draft ${draft.id} created`);
            }
            catch (err) {
                if (isAlreadyExists(err))
                    continue;
                throw err;
            }
        }
        else
            log(`${where}: continuing draft ${draft.id}`);
        try {
            // 4. Uploads (extra assets first: a name may come back with other bytes).
            let remote = await listAssets(octokit, r, draft.id);
            const wanted = new Set(req.assets.map((a) => a.name));
            for (const extra of remote.filter((a) => !wanted.has(a.name))) {
                log(`deleting ${extra.name}: not part of this release`);
                await deleteAsset(octokit, r, extra.id);
            }
            for (const a of req.assets) {
                const { action } = await putAsset(octokit, r, draft, remote.find((x) => x.name === a.name), a, opts.uploadAttempts ?? 3, log);
                done[action].push(a.name);
                log(`${a.name}: ${action}`);
            }
            // 5. Verification.
            remote = await listAssets(octokit, r, draft.id);
            const problems = assetProblems(remote, req.assets);
            if (problems.length)
                throw new Error(`${where}: the draft's assets do not match after upload, not publishing: ${problems.join('; ')}`);
            // 6. Publication.
            const pub = (await octokit.rest.repos.updateRelease({ ...r, release_id: draft.id, tag_name: tag, name: req.name, body: req.body, draft: false, make_latest: req.makeLatest ? 'true' : 'false' })).data;
            if (pub.draft)
                throw new Error(`${where}: GitHub kept release ${pub.id} a draft`);
            log(`${where}: published ${pub.html_url}`);
            return settle(pub, 'published');
        }
        catch (err) {
            // The draft vanished (another publisher finished and cleaned up) or another release of the
            // tag was published first: start over, which verifies and adopts it.
            if (httpStatus(err) === 404 || isAlreadyExists(err)) {
                log(`${where}: ${err.message}; starting over`);
                continue;
            }
            throw err;
        }
    }
    throw new Error(`${where}: no stable state after ${ROUNDS} rounds (concurrent publishers keep changing it); run publish again`);
}
async function deleteRelease(octokit, r, id) {
    try {
        await octokit.rest.repos.deleteRelease({ ...r, release_id: id });
    }
    catch (err) {
        if (httpStatus(err) !== 404)
            throw err;
    }
}
function checkRequest(req) {
    const problems = [];
    if (!/^[0-9a-f]{40}$/.test(req.commit))
        problems.push(`commit '${req.commit}' is not a 40-hex commit id`);
    const names = new Set();
    for (const a of req.assets) {
        if (names.has(a.name))
            problems.push(`asset ${a.name} appears twice`);
        names.add(a.name);
        if (!/^[0-9a-f]{64}$/.test(a.sha256))
            problems.push(`asset ${a.name}: sha256 '${a.sha256}' is not 64 hex digits`);
    }
    if (problems.length)
        throw new PublishRefusedError('invalid-request', `release ${req.tag}: ${problems.join('; ')}`);
}

// EXTERNAL MODULE: ./src/core/plan/release-id.ts
var release_id = __webpack_require__(5050);
;// CONCATENATED MODULE: ./src/adapters/github/releases.ts
/**
 * GitHub releases as the release store: the release whose tag is the release_id, and its
 * `release-manifest.json` asset. Drafts are invisible to the tag lookup, so a release counts only
 * once it is published (publishing is transactional). `findBuild` scans the newest releases
 * (`scan`, default 100: one API page) for an asset whose name carries the build key's 16-hex short
 * form, then confirms the full key in that release's manifest.
 *
 * Talks to GitHub through the project's one client (src/adapters/github/client.ts: retry and throttling).
 */



class GitHubReleaseStore {
    kind = 'github';
    label;
    owner;
    repo;
    octokit;
    scan;
    constructor(o) {
        const [owner, repo, ...rest] = o.repository.split('/');
        if (!owner || !repo || rest.length)
            throw new Error(`repository must be owner/repo, got '${o.repository}'`);
        this.owner = owner;
        this.repo = repo;
        this.octokit = o.octokit;
        this.scan = o.scan ?? 100;
        this.label = o.repository;
    }
    async find(releaseId) {
        const m = await this.manifest(releaseId);
        return m === null ? null : { release_id: releaseId, artifacts: m === 'none' ? [] : m.artifacts };
    }
    /** The release-manifest.json of the published release `releaseId`; 'none' when it has none; null when there is no such release. */
    async manifest(releaseId) {
        let release;
        try {
            release = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data;
        }
        catch (err) {
            if (httpStatus(err) === 404)
                return null;
            throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${err.message}`);
        }
        if (release.draft)
            return null;
        const asset = release.assets.find((a) => a.name === release_manifest/* RELEASE_MANIFEST */.Op);
        if (!asset)
            return 'none';
        const text = await this.download(asset.id, `${releaseId}/${release_manifest/* RELEASE_MANIFEST */.Op}`);
        return (0,release_manifest/* parseReleaseManifest */.Cc)(text, `${this.label} release ${releaseId}: ${release_manifest/* RELEASE_MANIFEST */.Op}`);
    }
    /** Tags of the newest published releases (one API page of `scan`), newest first. */
    async recent() {
        try {
            const list = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data;
            return list.filter((r) => !r.draft).map((r) => r.tag_name);
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`);
        }
    }
    async findBuild(buildKey) {
        const short = (0,release_id/* shortKey */.qU)(buildKey);
        let releases;
        try {
            releases = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data;
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`);
        }
        for (const r of releases) {
            if (r.draft || !r.assets.some((a) => a.name.includes(short)))
                continue;
            const found = await this.find(r.tag_name);
            const artifact = found?.artifacts.find((a) => a.build_key === buildKey);
            if (found && artifact)
                return { release_id: found.release_id, artifact };
        }
        return null;
    }
    async download(assetId, what) {
        try {
            const r = await this.octokit.rest.repos.getReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } });
            const data = r.data;
            if (typeof data === 'string')
                return data;
            if (data instanceof ArrayBuffer)
                return Buffer.from(data).toString('utf8');
            if (ArrayBuffer.isView(data))
                return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
            return JSON.stringify(data); // a JSON body already decoded
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot download ${what}: ${err.message}`);
        }
    }
}
/** The store of `repository` (owner/repo) with a token; `baseUrl` for GitHub Enterprise or an API double. */
function githubReleaseStore(token, repository, baseUrl) {
    return new GitHubReleaseStore({ octokit: createOctokit({ token, ...(baseUrl ? { baseUrl } : {}) }), repository });
}

;// CONCATENATED MODULE: ./src/adapters/github/release-sink.ts
/**
 * GitHub releases as the publish sink: lookups through GitHubReleaseStore, the release itself
 * through the transaction of github-publish.ts (tag lock → draft → upload → verify → publish),
 * injected (tests pass a stand-in); githubReleaseSink wires the real one.
 */



class GitHubReleaseSink {
    o;
    label;
    store;
    owner;
    repo;
    constructor(o) {
        this.o = o;
        this.store = new GitHubReleaseStore({ octokit: o.octokit, repository: o.repository, scan: o.scan ?? 30 });
        this.label = o.repository;
        [this.owner, this.repo] = o.repository.split('/');
    }
    find(releaseId) {
        return this.store.find(releaseId);
    }
    async existingHash(releaseId) {
        const m = await this.store.manifest(releaseId);
        if (m === null)
            return undefined;
        return m === 'none' ? null : (m.manifest_hash ?? null);
    }
    async previous(component, releaseId) {
        for (const tag of await this.store.recent()) {
            if (tag === releaseId)
                continue;
            const m = await this.store.manifest(tag);
            if (m && m !== 'none' && m.schema === 2 && m.component === component)
                return m;
        }
        return null;
    }
    async publish(req) {
        if (!req.commit)
            throw new Error(`release ${req.tag}: the plan has no source commit to tag (publish to GitHub from a git checkout)`);
        const r = await this.o.transaction(this.o.octokit, { owner: this.owner, repo: this.repo, tag: req.tag, commit: req.commit, name: req.name, body: req.body, manifestHash: req.manifestHash, assets: req.assets, makeLatest: req.makeLatest });
        return { outcome: r.outcome, url: r.html_url, id: r.id };
    }
}
/** The GitHub sink of `publish`: the one client (retry, throttling) and the release transaction. */
function githubReleaseSink(o) {
    const octokit = client_createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) });
    return new GitHubReleaseSink({ octokit, repository: o.repository, transaction: (ok, req) => publishToGitHub(ok, req, o.log ? { log: o.log } : {}) });
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/adapters/store/local.ts
var local = __webpack_require__(3717);
;// CONCATENATED MODULE: ./src/adapters/store/local-publish.ts
/**
 * The release transaction on a local directory (the release store of local runs, tests and the
 * demo): everything is staged under `DIR/.tmp-<release_id>-<random>/`, every file fsynced, and the
 * directory renamed to `DIR/<release_id>/` last, so a release is either absent or complete. An
 * existing release with the same manifest_hash is left unchanged; another manifest_hash is refused
 * naming both. A staging directory left by a crash is removed by the next publish. One publisher
 * at a time per directory.
 *
 * Not through src/adapters/fs/write.ts: that path writes text content under a root with a journal;
 * a release is binary files copied (streamed) into a new directory that appears whole by one
 * rename, which needs no journal. write.ts has no "stage a directory, rename it into place"
 * operation yet; when it gets one that takes bytes, this belongs there.
 */






const TEMP_PREFIX = '.tmp-';
const RELEASE_BODY = 'RELEASE.md';
class ReleaseConflictError extends Error {
    name = 'ReleaseConflictError';
}
async function fsyncPath(p) {
    const h = await external_node_fs_.promises.open(p, external_node_fs_.constants.O_RDONLY);
    try {
        await h.sync();
    }
    finally {
        await h.close();
    }
}
class LocalReleaseSink {
    dir;
    store;
    constructor(dir) {
        this.dir = dir;
        this.store = new local/* LocalReleaseStore */.w(dir);
    }
    get label() {
        return this.dir;
    }
    find(releaseId) {
        return new local/* LocalReleaseStore */.w(this.dir).find(releaseId);
    }
    async existingHash(releaseId) {
        const m = await this.store.manifest(releaseId);
        return m ? (m.manifest_hash ?? null) : undefined;
    }
    async previous(component, releaseId) {
        const all = (await new local/* LocalReleaseStore */.w(this.dir).manifests()).filter((m) => m.release_id !== releaseId && m.schema === 2 && m.component === component);
        all.sort((a, b) => (a.schema === 2 && b.schema === 2 ? a.build.finished_at.localeCompare(b.build.finished_at) || a.release_id.localeCompare(b.release_id) : 0));
        return all.at(-1) ?? null;
    }
    /** Removes staging directories left by an interrupted publish. */
    async cleanLeftovers() {
        const names = await external_node_fs_.promises.readdir(this.dir).catch((e) => (e.code === 'ENOENT' ? [] : Promise.reject(e)));
        const removed = names.filter((n) => n.startsWith(TEMP_PREFIX));
        for (const n of removed)
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, n), { recursive: true, force: true });
        return removed;
    }
    async publish(req) {
        if (!release_id/* RELEASE_ID_PATTERN */.ZT.test(req.tag))
            throw new Error(`not a release_id: ${req.tag}`);
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        await this.cleanLeftovers();
        const final = external_node_path_default().join(this.dir, req.tag);
        const url = (0,external_node_url_.pathToFileURL)(final).href;
        const have = await this.existingHash(req.tag);
        if (have !== undefined)
            return this.settle(req, have, url);
        const temp = external_node_path_default().join(this.dir, `${TEMP_PREFIX}${req.tag}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await external_node_fs_.promises.mkdir(temp);
        try {
            for (const a of req.assets) {
                if (a.name.includes('/') || a.name.startsWith('.') || a.name === RELEASE_BODY)
                    throw new Error(`asset name '${a.name}' cannot be a file of the release directory`);
                const to = external_node_path_default().join(temp, a.name);
                await external_node_fs_.promises.copyFile(a.path, to, external_node_fs_.constants.COPYFILE_EXCL);
                await fsyncPath(to);
            }
            await external_node_fs_.promises.writeFile(external_node_path_default().join(temp, RELEASE_BODY), req.body, { flag: 'wx' });
            await fsyncPath(external_node_path_default().join(temp, RELEASE_BODY));
            await fsyncPath(temp);
            try {
                await external_node_fs_.promises.rename(temp, final);
            }
            catch (err) {
                const code = err.code;
                if (code !== 'EEXIST' && code !== 'ENOTEMPTY')
                    throw err;
                // Another publisher won the race: judge its release like any existing one.
                return this.settle(req, (await this.existingHash(req.tag)) ?? null, url);
            }
            await fsyncPath(this.dir);
            return { outcome: 'published', url, id: null };
        }
        finally {
            await external_node_fs_.promises.rm(temp, { recursive: true, force: true });
        }
    }
    settle(req, have, url) {
        if (have !== req.manifestHash)
            throw new ReleaseConflictError(`release ${req.tag} in ${this.dir} has manifest_hash ${have ?? '(none)'}, this publish has ${req.manifestHash}`);
        return { outcome: 'unchanged', url, id: null };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/adapters/store/artifacts.ts + 1 modules
var artifacts = __webpack_require__(1873);
// EXTERNAL MODULE: ./src/core/plan/delta.ts
var delta = __webpack_require__(4169);
;// CONCATENATED MODULE: ./src/core/release/record.ts
/**
 * The pure parts of a release: SHA256SUMS, the build record, the module delta against the
 * previous release, and the release body (a markdown table of the record). No I/O.
 */

/** coreutils `sha256sum` format: `<hex>  <name>` per line, sorted by name (byte order), final newline. */
function sha256sums(assets) {
    const sorted = [...assets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const a of sorted)
        if (/[\r\n\\]/.test(a.name))
            throw new Error(`asset name ${JSON.stringify(a.name)} cannot be listed in SHA256SUMS`);
    return sorted.map((a) => `${a.sha256}  ${a.name}\n`).join('');
}
function runContext(env) {
    const v = (k) => (env[k] ? env[k] : null);
    const runId = v('GITHUB_RUN_ID');
    const server = v('GITHUB_SERVER_URL');
    const repo = v('GITHUB_REPOSITORY');
    return {
        build_id: runId ? `${runId}.${v('GITHUB_RUN_ATTEMPT') ?? '1'}` : null,
        logs_url: runId && server && repo ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}` : null,
        requested_by: v('GITHUB_ACTOR'),
        event: v('GITHUB_EVENT_NAME')
    };
}
/** Plan modules as the delta module compares them (the entry fields the plan does not carry are left out). */
const infos = (modules) => modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on], fields: {} }));
/** The delta from `previous` to the plan's modules; null when there is no previous release or it predates schema 2 (no modules). */
function deltaAgainst(previous, plan) {
    if (!previous || previous.schema !== 2)
        return null;
    const entries = (0,delta/* moduleDelta */.rh)(infos(previous.modules), infos(plan.modules));
    return { text: entries.map((e) => e.text).join(','), entries: entries.map((e) => ({ op: e.op, slug: e.slug, version: e.version, text: e.text, changes: e.changes })) };
}
/**
 * One cell of a markdown table: backslash, `|` and markdown punctuation escaped, `<`, `>`, `&` as
 * entities (no HTML gets through), line breaks as `<br>`; empty → an em dash.
 */
function escapeCell(text) {
    if (text === null || text === '')
        return '—';
    return text
        .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** The release body: title line, the build record as a two-column table, artifacts and images. */
function releaseBody(m) {
    const b = m.build;
    const rows = [
        ['release_id', m.release_id],
        ['component', m.component],
        ['profile', m.profile],
        ['manifest_hash', m.manifest_hash],
        ['source commit', m.source_commit],
        ['build id', b.build_id],
        ['status', b.status],
        ['started', b.started_at],
        ['finished', b.finished_at],
        ['requested by', b.requested_by],
        ['event', b.event],
        ['reason', b.reason],
        ['previous release', m.previous_release],
        ['modules delta', b.modules_delta],
        ['logs', b.logs_url]
    ];
    const lines = [`Release ${escapeCell(m.release_id)} of ${escapeCell(m.component)}.`, '', '| field | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), ''];
    lines.push('| artifact | target | build key | in release |', '|---|---|---|---|');
    for (const a of m.artifacts)
        lines.push(`| ${escapeCell(a.name)} | ${escapeCell(a.target)} | ${escapeCell(a.build_key)} | ${escapeCell(a.release_id ?? m.release_id)} |`);
    if (m.images.length) {
        lines.push('', '| image | digest |', '|---|---|');
        for (const i of m.images)
            lines.push(`| ${escapeCell(`${i.repository}:${i.tag}`)} | ${escapeCell(i.digest)} |`);
    }
    lines.push('', `Verify the assets with \`sha256sum -c SHA256SUMS\`.`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/app/publish.ts
/**
 * The publish orchestrator: verifies the build artifacts against release-plan.json, tags the
 * images `release_id`, writes release-manifest.json (schema 2) and SHA256SUMS, and hands one
 * release per component to a release sink — the local store (local-publish.ts) or GitHub (the
 * transaction of github-publish.ts, injected). Nothing is published when any check fails.
 *
 * Assets: each built file is uploaded as `<artifact>-<basename>` (the artifact name carries the
 * build key's short form, which the plan's GitHub lookup searches for), plus
 * `<artifact>-build-info.json`; two files with the same basename in one artifact are refused.
 * A target the plan does not rebuild (`rebuild: false`) is recorded with the release that holds
 * it (`artifacts[].release_id`) and its files are not uploaded again.
 */








const targetOf = (plan, t) => plan.targets[t];
async function publish(o) {
    const { plan } = o;
    const read = await (0,artifacts/* readArtifacts */.M)(o.artifactsDir, plan, o.where);
    const diagnostics = [...read.diagnostics];
    const notes = [];
    const byTarget = new Map(read.artifacts.map((a) => [a.target, a]));
    const badTargets = new Set(read.diagnostics.map((d) => d.file));
    for (const [t, target] of Object.entries(plan.targets)) {
        if (target.rebuild && !byTarget.has(t) && ![...badTargets].some((f) => f.includes(target.artifact.name)))
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'artifact-missing', o.where(o.artifactsDir), null, `no artifact '${target.artifact.name}' for target '${t}', which the plan rebuilds`, 'Download every build artifact of the run (actions/download-artifact without `name`).'));
        if (!target.rebuild && byTarget.has(t))
            notes.push(`${t}: the plan reuses ${target.artifact.name} from ${target.existing?.release_id ?? '?'}; the downloaded copy is not uploaded again`);
    }
    for (const c of plan.components) {
        const have = await o.sink.existingHash(c.release_id);
        if (have !== undefined && have !== plan.manifest_hash)
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-conflict', o.where(o.artifactsDir), null, `release ${c.release_id} in ${o.sink.label} has manifest_hash ${have ?? '(none)'}, this plan has ${plan.manifest_hash}`, 'A release is immutable: delete it by hand if it is wrong, or publish another plan.'));
    }
    if (diagnostics.length)
        return { ok: false, diagnostics, releases: [], skipped: read.skipped, notes };
    const work = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'modules-rebuild-publish-'));
    try {
        const releases = [];
        for (const c of plan.components) {
            if ((await o.sink.existingHash(c.release_id)) === plan.manifest_hash) {
                releases.push({ component: c.name, release_id: c.release_id, outcome: 'unchanged', url: null, id: null, manifest: null, images: [] });
                continue;
            }
            const built = c.targets.filter((t) => targetOf(plan, t).rebuild).map((t) => byTarget.get(t));
            const assets = assetsOf(built, diagnostics, o.where);
            if (diagnostics.length)
                return { ok: false, diagnostics, releases, skipped: read.skipped, notes };
            const images = [];
            for (const a of built) {
                if (!a.info.image)
                    continue;
                if (!o.images || o.dryRun) {
                    images.push({ target: a.target, repository: a.info.image.repository, digest: a.info.image.digest, tag: c.release_id, location: '(not tagged: dry run)' });
                    continue;
                }
                try {
                    images.push({ target: a.target, ...(await o.images(a.info.image, c.release_id)) });
                }
                catch (err) {
                    diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'image-error', o.where(a.infoPath), null, err.message));
                }
            }
            if (diagnostics.length)
                return { ok: false, diagnostics, releases, skipped: read.skipped, notes };
            const artifacts = [];
            for (const t of c.targets)
                artifacts.push(await artifactEntry(plan, t, c.release_id, byTarget.get(t), o.sink));
            const previous = await o.sink.previous(c.name, c.release_id);
            const delta = deltaAgainst(previous, plan);
            const started = built.map((a) => a.info.started_at).filter((s) => typeof s === 'string').sort()[0] ?? null;
            const manifest = {
                schema: 2,
                release_id: c.release_id,
                component: c.name,
                plan_release_id: plan.release_id,
                manifest_hash: plan.manifest_hash,
                source_commit: plan.source_commit,
                profile: plan.profile,
                generator: { name: 'modules-rebuild', version: version/* VERSION */.x },
                components: plan.components.map((x) => ({ name: x.name, release_id: x.release_id, build_keys: Object.fromEntries(x.targets.map((t) => [t, targetOf(plan, t).build_key])) })),
                modules: plan.modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on] })),
                artifacts,
                assets: assets.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })).sort((a, b) => (a.name < b.name ? -1 : 1)),
                images,
                previous_release: previous?.release_id ?? null,
                delta,
                build: { build_id: o.run.build_id, status: 'success', profile: plan.profile, manifest_hash: plan.manifest_hash, modules_delta: delta?.text ?? '', started_at: started, finished_at: o.now().toISOString(), logs_url: o.run.logs_url, requested_by: o.run.requested_by, event: o.run.event, reason: o.reason }
            };
            if (o.dryRun) {
                releases.push({ component: c.name, release_id: c.release_id, outcome: 'dry-run', url: null, id: null, manifest, images });
                continue;
            }
            const request = await writeRequest(work, manifest, assets);
            let r;
            try {
                r = await o.sink.publish(request);
            }
            catch (err) {
                // A refusal of the store (another manifest_hash under this release_id, a tag at another commit): exit 1.
                if (err.name !== 'ReleaseConflictError' && err.name !== 'PublishRefusedError')
                    throw err;
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-conflict', o.where(o.artifactsDir), null, err.message));
                return { ok: false, diagnostics, releases, skipped: read.skipped, notes };
            }
            releases.push({ component: c.name, release_id: c.release_id, outcome: r.outcome, url: r.url, id: r.id, manifest, images });
        }
        return { ok: true, diagnostics, releases, skipped: read.skipped, notes };
    }
    finally {
        await external_node_fs_.promises.rm(work, { recursive: true, force: true });
    }
}
/** The assets of the built artifacts: `<artifact>-<basename>` per file and `<artifact>-build-info.json`. */
function assetsOf(built, diagnostics, where) {
    const out = [];
    const names = new Map();
    for (const a of built) {
        const entries = [...a.files.map((f) => ({ name: `${a.info.artifact}-${external_node_path_default().posix.basename(f.path)}`, path: f.abs, size: f.size, sha256: f.sha256, from: f.path }))];
        for (const e of entries) {
            const other = names.get(e.name);
            if (other !== undefined || e.name === release_manifest/* RELEASE_MANIFEST */.Op || e.name === release_manifest/* SHA256SUMS */.sU) {
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'artifact-mismatch', where(a.infoPath), null, `files '${other ?? e.name}' and '${e.from}' would both be the release asset '${e.name}'`, 'Give the built files distinct names.'));
                continue;
            }
            names.set(e.name, e.from);
            out.push({ name: e.name, path: e.path, size: e.size, sha256: e.sha256 });
        }
    }
    return out;
}
async function artifactEntry(plan, t, releaseId, built, sink) {
    const target = targetOf(plan, t);
    const base = { target: t, build_key: target.build_key, name: target.artifact.name };
    if (target.rebuild && built)
        return { ...base, release_id: releaseId, files: built.files.map((f) => ({ path: f.path, asset: `${built.info.artifact}-${external_node_path_default().posix.basename(f.path)}`, size: f.size, sha256: f.sha256 })) };
    const from = target.existing?.release_id ?? null;
    const earlier = from ? (await sink.find(from))?.artifacts.find((a) => a.build_key === target.build_key) : undefined;
    return { ...base, ...(from ? { release_id: from } : {}), files: earlier?.files ?? [] };
}
/** Writes release-manifest.json and SHA256SUMS into `work/<release_id>/` and returns the full request. */
async function writeRequest(work, manifest, assets) {
    const dir = external_node_path_default().join(work, manifest.release_id);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const { hashFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1873));
    const manifestPath = external_node_path_default().join(dir, release_manifest/* RELEASE_MANIFEST */.Op);
    await external_node_fs_.promises.writeFile(manifestPath, (0,release_manifest/* serializeReleaseManifest */.Fp)(manifest));
    const m = await hashFile(manifestPath);
    const withManifest = [...assets, { name: release_manifest/* RELEASE_MANIFEST */.Op, path: manifestPath, size: m.size, sha256: m.sha256, contentType: 'application/json' }];
    const sumsPath = external_node_path_default().join(dir, release_manifest/* SHA256SUMS */.sU);
    await external_node_fs_.promises.writeFile(sumsPath, sha256sums(withManifest));
    const s = await hashFile(sumsPath);
    return {
        tag: manifest.release_id,
        commit: manifest.source_commit,
        name: manifest.release_id,
        body: releaseBody(manifest),
        manifestHash: manifest.manifest_hash,
        assets: [...withManifest, { name: release_manifest/* SHA256SUMS */.sU, path: sumsPath, size: s.size, sha256: s.sha256, contentType: 'text/plain' }],
        makeLatest: true
    };
}

;// CONCATENATED MODULE: ./src/drivers/cli/publish.ts










const publishCommand = {
    usage: 'modules-rebuild publish --plan release-plan.json --artifacts DIR [--store DIR | --repo OWNER/NAME [--github-api URL]] [--registry HOST[:PORT] | --images oci:DIR] [--reason TEXT] [--dry-run] [--format text|json]',
    summary: 'Verify the build artifacts against release-plan.json (every file\'s SHA-256 and size), tag the images release_id, and publish one release per component with release-manifest.json and SHA256SUMS into a local release store (default ./releases) or, with --repo, as GitHub Releases (token: GITHUB_TOKEN; API: --github-api, else GITHUB_API_URL). A rerun is `unchanged`.',
    options: { plan: { type: 'string' }, artifacts: { type: 'string' }, store: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' }, registry: { type: 'string' }, images: { type: 'string' }, reason: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
    async run(values, io) {
        if (typeof values.plan !== 'string' || typeof values.artifacts !== 'string')
            throw new fs/* UsageError */.eb('publish needs --plan FILE and --artifacts DIR');
        if (values.registry !== undefined && values.images !== undefined)
            throw new fs/* UsageError */.eb('--registry and --images exclude each other');
        if (typeof values.images === 'string' && !values.images.startsWith('oci:'))
            throw new fs/* UsageError */.eb(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`);
        const plan = await readReleasePlan(external_node_path_default().resolve(io.cwd, values.plan));
        const artifactsDir = external_node_path_default().resolve(io.cwd, values.artifacts);
        if (!(await external_node_fs_.promises.stat(artifactsDir).catch(() => null))?.isDirectory())
            throw new fs/* UsageError */.eb(`${values.artifacts}: no such directory`);
        if (values.repo !== undefined && values.store !== undefined)
            throw new fs/* UsageError */.eb('--store and --repo exclude each other');
        if (values['github-api'] !== undefined && values.repo === undefined)
            throw new fs/* UsageError */.eb('--github-api goes with --repo OWNER/NAME');
        let sink;
        if (typeof values.repo === 'string') {
            if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo))
                throw new fs/* UsageError */.eb(`--repo must be OWNER/NAME, not '${values.repo}'`);
            const token = process.env.GITHUB_TOKEN;
            if (!token)
                throw new fs/* UsageError */.eb('--repo needs a token in GITHUB_TOKEN (contents: write)');
            sink = githubReleaseSink({ token, repository: values.repo, ...(typeof values['github-api'] === 'string' ? { baseUrl: values['github-api'] } : {}), log: (m) => io.stderr(m) });
        }
        else
            sink = new LocalReleaseSink(external_node_path_default().resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases'));
        const where = typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : null;
        const user = process.env.REGISTRY_USERNAME;
        const password = process.env.REGISTRY_PASSWORD;
        const r = await publish({
            plan,
            artifactsDir,
            sink,
            images: imageTagger({ where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) }),
            run: runContext(process.env),
            reason: typeof values.reason === 'string' && values.reason !== '' ? values.reason : null,
            dryRun: values['dry-run'] === true,
            now: () => new Date(),
            where: (abs) => external_node_path_default().relative(io.cwd, abs).split((external_node_path_default()).sep).join('/') || '.'
        });
        const releases = r.releases.map((x) => ({ component: x.component, release_id: x.release_id, outcome: x.outcome, url: x.url, images: x.images }));
        if (values.format === 'json') {
            io.stdout((0,render/* jsonReport */.L7)(r.ok, plan.manifest_hash, r.diagnostics, { releases, manifests: r.releases.map((x) => x.manifest), notes: r.notes, skipped: r.skipped }));
        }
        else {
            for (const d of r.diagnostics)
                io.stderr((0,render/* renderText */.S5)(d));
            for (const n of r.notes)
                io.stderr(`note: ${n}`);
            for (const x of releases)
                io.stdout(`${x.outcome}: ${x.release_id} (${x.component})${x.url ? ` ${x.url}` : ''}${x.images.map((i) => `\n  image ${i.location}:${i.tag} → ${i.digest}`).join('')}`);
            if (!r.ok)
                io.stderr('publish refused: nothing was published');
        }
        return r.ok ? 0 : 1;
    }
};


/***/ })

};
