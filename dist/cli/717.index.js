"use strict";
exports.id = 717;
exports.ids = [717];
exports.modules = {

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalReleaseStore: () => (/* binding */ LocalReleaseStore),
/* harmony export */   publishLocal: () => (/* binding */ publishLocal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5050);
/* harmony import */ var _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7972);





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
            return null;
        const m = await this.read(releaseId);
        return m ? { release_id: m.release_id, artifacts: m.artifacts, ...(m.schema === 2 && m.images.length ? { images: m.images } : {}) } : null;
    }
    async findBuild(buildKey) {
        for (const m of await this.list()) {
            const artifact = m.artifacts.find((a) => a.build_key === buildKey);
            if (artifact)
                return { release_id: m.release_id, artifact };
        }
        return null;
    }
    async manifest(releaseId) {
        if (!_core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_ID_PATTERN */ .ZT.test(releaseId))
            return null;
        return this.read(releaseId);
    }
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
async function publishLocal(dir, manifest) {
    if (!_core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_ID_PATTERN */ .ZT.test(manifest.release_id))
        throw new Error(`not a release_id: ${manifest.release_id}`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, manifest.release_id, _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASE_MANIFEST */ .Op);
    await (0,_fs_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAt */ .nO)(file, JSON.stringify(manifest, null, 2) + '\n');
    return file;
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