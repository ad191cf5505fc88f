"use strict";
exports.id = 525;
exports.ids = [525,966];
exports.modules = {

/***/ 4966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubDeploymentHistory: () => (/* binding */ GitHubDeploymentHistory),
/* harmony export */   githubDeploymentHistory: () => (/* binding */ githubDeploymentHistory)
/* harmony export */ });
/* harmony import */ var _core_deploy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1322);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5423);


const describe = (text) => (text.length > 140 ? `${text.slice(0, 139)}\u2026` : text);
const MAX_PAGES = 3;
class GitHubDeploymentHistory {
    octokit;
    label;
    kind = 'github';
    owner;
    repo;
    constructor(octokit, label) {
        this.octokit = octokit;
        this.label = label;
        const [owner, repo, ...rest] = label.split('/');
        if (!owner || !repo || rest.length)
            throw new Error(`repository must be owner/repo, got '${label}'`);
        this.owner = owner;
        this.repo = repo;
    }
    async create(d) {
        const r = await this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: d.ref,
            environment: d.environment,
            task: 'deploy',
            auto_merge: false,
            required_contexts: [],
            payload: d.payload,
            description: describe(d.description),
            transient_environment: false
        });
        if (r.status !== 201)
            throw new Error(`GitHub ${this.label}: creating the deployment answered ${r.status}: ${JSON.stringify(r.data)}`);
        const data = r.data;
        return { id: data.id, environment: d.environment, ref: d.ref, payload: d.payload, creator: data.creator?.login ?? null, description: d.description, created_at: data.created_at, statuses: [] };
    }
    async setStatus(id, u) {
        const before = u.state === 'success' ? await this.list(null, id, 1) : [];
        await this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            state: u.state,
            description: describe(u.description),
            auto_inactive: false,
            ...(u.logUrl ? { log_url: u.logUrl } : {}),
            ...(u.environmentUrl ? { environment_url: u.environmentUrl } : {})
        });
        if (u.state !== 'success')
            return;
        const self = before.find((x) => x.id === id);
        if (!self)
            return;
        for (const other of (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .supersededBy */ .gT)(before, self)) {
            await this.octokit.rest.repos.createDeploymentStatus({ owner: this.owner, repo: this.repo, deployment_id: other, state: 'inactive', description: describe(`superseded by deployment ${id}`), auto_inactive: false });
        }
    }
    async list(environment, includeId, pages = MAX_PAGES) {
        let env = environment;
        if (includeId !== undefined && env === null) {
            const d = (await this.octokit.rest.repos.getDeployment({ owner: this.owner, repo: this.repo, deployment_id: includeId })).data;
            env = d.environment;
        }
        const raw = [];
        for (let page = 1; page <= pages; page++) {
            const r = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, task: 'deploy', per_page: 100, page, ...(env !== null ? { environment: env } : {}) });
            raw.push(...r.data);
            if (r.data.length < 100)
                break;
        }
        const out = [];
        for (const d of raw) {
            const r = await this.record(d);
            if (r)
                out.push(r);
        }
        return out.sort((a, b) => b.id - a.id);
    }
    async current(environment, component) {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const r = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, task: 'deploy', environment, per_page: 100, page });
            for (const d of r.data.sort((x, y) => y.id - x.id)) {
                const rec = await this.record(d, component);
                const p = rec ? (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .currentPointer */ .bi)([rec], environment, component) : null;
                if (p)
                    return p;
            }
            if (r.data.length < 100)
                break;
        }
        return null;
    }
    async record(d, component) {
        const payload = _core_deploy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentPayloadSchema */ .v0.safeParse(typeof d.payload === 'string' ? safeJson(d.payload) : d.payload);
        if (!payload.success || (component !== undefined && payload.data.component !== component))
            return null;
        const statuses = (await this.octokit.rest.repos.listDeploymentStatuses({ owner: this.owner, repo: this.repo, deployment_id: d.id, per_page: 100 })).data;
        const entries = statuses
            .slice()
            .reverse()
            .filter((s) => ['in_progress', 'success', 'failure', 'error', 'inactive'].includes(s.state))
            .map((s) => ({ state: s.state, description: s.description ?? '', at: s.created_at, log_url: s.log_url || null, environment_url: s.environment_url || null }));
        return { id: d.id, environment: d.environment, ref: d.ref, payload: payload.data, creator: d.creator?.login ?? null, description: d.description ?? '', created_at: d.created_at, statuses: entries };
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
function githubDeploymentHistory(o) {
    return new GitHubDeploymentHistory((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}), ...(o.throttle === false ? { throttle: false } : {}) }), o.repository);
}


/***/ }),

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubReleaseStore: () => (/* binding */ GitHubReleaseStore)
/* harmony export */ });
/* unused harmony export githubReleaseStore */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var _core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5050);
/* harmony import */ var _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7972);



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
        return m === null ? null : { release_id: releaseId, artifacts: m === 'none' ? [] : m.artifacts, ...(m !== 'none' && m.schema === 2 && m.images.length ? { images: m.images } : {}) };
    }
    async manifest(releaseId) {
        let release;
        try {
            release = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data;
        }
        catch (err) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err) === 404)
                return null;
            throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${err.message}`, { cause: err });
        }
        if (release.draft)
            return null;
        const asset = release.assets.find((a) => a.name === _core_release_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_MANIFEST */ .Op);
        if (!asset)
            return 'none';
        const text = await this.download(asset.id, `${releaseId}/${_core_release_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_MANIFEST */ .Op}`);
        return (0,_core_release_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReleaseManifest */ .Cc)(text, `${this.label} release ${releaseId}: ${_core_release_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_MANIFEST */ .Op}`);
    }
    async recent() {
        try {
            const list = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data;
            return list.filter((r) => !r.draft).map((r) => r.tag_name);
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`, { cause: err });
        }
    }
    async findBuild(buildKey) {
        const short = (0,_core_plan_release_id_js__WEBPACK_IMPORTED_MODULE_1__/* .shortKey */ .qU)(buildKey);
        let releases;
        try {
            releases = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data;
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`, { cause: err });
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
            return JSON.stringify(data);
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot download ${what}: ${err.message}`, { cause: err });
        }
    }
}
function githubReleaseStore(token, repository, baseUrl) {
    return new GitHubReleaseStore({ octokit: createOctokit({ token, ...(baseUrl ? { baseUrl } : {}) }), repository });
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LocalDeploymentHistory)
/* harmony export */ });
/* unused harmony export DEPLOY_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(104);
/* harmony import */ var _core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1322);
/* harmony import */ var _core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6009);
/* harmony import */ var _fs_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9944);






const DEPLOY_DIR = '.deploy';
const HISTORY = `${DEPLOY_DIR}/deployments.json`;
const HistoryFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), deployments: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentRecordSchema */ .M9) });
class LocalDeploymentHistory {
    dir;
    now;
    creator;
    kind = 'local';
    constructor(dir, now = () => new Date(), creator = null) {
        this.dir = dir;
        this.now = now;
        this.creator = creator;
    }
    get label() {
        return this.dir;
    }
    async create(d) {
        const all = await this.read();
        const record = { id: all.reduce((m, x) => Math.max(m, x.id), 0) + 1, environment: d.environment, ref: d.ref, payload: d.payload, creator: this.creator, description: d.description, created_at: this.now().toISOString(), statuses: [] };
        all.push(record);
        await this.write(all, [d.environment]);
        return record;
    }
    async setStatus(id, u) {
        const all = await this.read();
        const d = all.find((x) => x.id === id);
        if (!d)
            throw new Error(`${this.dir}: no deployment ${id}`);
        const at = this.now().toISOString();
        const entry = (state, description) => ({ state, description, at, log_url: u.logUrl ?? null, environment_url: u.environmentUrl ?? null });
        if (u.state === 'success')
            for (const o of (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .supersededBy */ .gT)(all, d))
                all.find((x) => x.id === o).statuses.push({ ...entry('inactive', `superseded by deployment ${id}`), log_url: null, environment_url: null });
        d.statuses.push(entry(u.state, u.description));
        await this.write(all, [d.environment]);
    }
    async list(environment) {
        return (await this.read()).filter((d) => environment === null || d.environment === environment).sort((a, b) => b.id - a.id);
    }
    async current(environment, component) {
        return (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPointer */ .bi)(await this.read(), environment, component);
    }
    recovered = false;
    async read() {
        if (!this.recovered && (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(this.dir).catch(() => null))?.isDirectory())
            await (0,_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.recoverInterrupted)(this.dir);
        this.recovered = true;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, HISTORY);
        let text;
        try {
            text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new Error(`${file}: cannot read: ${err.message}`);
        }
        return (0,_core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonAs */ .W)(HistoryFileSchema, text, file, 'deployment history').deployments;
    }
    async write(all, environments) {
        const files = [{ path: HISTORY, content: JSON.stringify({ schema: 1, deployments: all }, null, 2) + '\n' }];
        for (const env of environments) {
            const components = [...new Set(all.filter((d) => d.environment === env).map((d) => d.payload.component))].sort();
            const pointers = Object.fromEntries(components.map((c) => [c, (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPointer */ .bi)(all, env, c)]).filter(([, p]) => p !== null));
            files.push({ path: `${DEPLOY_DIR}/environments/${env}.json`, content: JSON.stringify({ schema: 1, environment: env, components: pointers }, null, 2) + '\n' });
        }
        await (0,_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFilesAt)(this.dir, files);
    }
}


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

/***/ 1322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   M9: () => (/* binding */ DeploymentRecordSchema),
/* harmony export */   Nn: () => (/* binding */ hookEnvironment),
/* harmony export */   bi: () => (/* binding */ currentPointer),
/* harmony export */   f5: () => (/* reexport safe */ _config_deploy_js__WEBPACK_IMPORTED_MODULE_0__.f5),
/* harmony export */   gT: () => (/* binding */ supersededBy),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   v0: () => (/* binding */ DeploymentPayloadSchema)
/* harmony export */ });
/* unused harmony exports DEPLOYMENT_KINDS, DEPLOYMENT_STATES, DeployedImageSchema, StatusEntrySchema, imageEnvName */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _config_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9383);


const DEPLOYMENT_KINDS = ['deploy', 'rollback', 'auto-rollback'];
const DEPLOYMENT_STATES = ['in_progress', 'success', 'failure', 'error', 'inactive'];
const digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex>');
const DeployedImageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The target the image was built for.'),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Image repository as the release records it.'),
    digest: digest.describe('Digest of the release image; the environment tag points at it.'),
    location: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Where the environment tag was set: `HOST[:PORT]/REPOSITORY` or `oci:DIR`.')
});
const DeploymentPayloadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('modules-rebuild'),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEPLOYMENT_KINDS),
    release_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    component: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    images: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DeployedImageSchema).describe('The images whose `<environment>` tag points at the release.'),
    previous_release: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    rolled_back_from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const StatusEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEPLOYMENT_STATES),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('ISO 8601 UTC.'),
    log_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    environment_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const DeploymentRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    payload: DeploymentPayloadSchema,
    creator: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    statuses: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StatusEntrySchema)
});
const stateOf = (d) => d.statuses.at(-1)?.state ?? null;
const succeeded = (d) => d.statuses.some((s) => s.state === 'success');
function currentPointer(records, environment, component) {
    let best = null;
    for (const d of records) {
        if (d.environment !== environment || d.payload.component !== component || !succeeded(d))
            continue;
        if (!best || d.id > best.id)
            best = d;
    }
    if (!best)
        return null;
    const since = best.statuses.find((s) => s.state === 'success').at;
    return { environment, component, release_id: best.payload.release_id, manifest_hash: best.payload.manifest_hash, deployment_id: best.id, images: best.payload.images, since };
}
function supersededBy(records, d) {
    return records.filter((o) => o.id !== d.id && o.id < d.id && o.environment === d.environment && o.payload.component === d.payload.component && stateOf(o) === 'success').map((o) => o.id);
}
function imageEnvName(target) {
    return `IMAGE_${target.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function hookEnvironment(p, environment, images) {
    const env = {
        RELEASE_ID: p.release_id,
        MANIFEST_HASH: p.manifest_hash,
        ENVIRONMENT: environment,
        COMPONENT: p.component,
        DEPLOY_KIND: p.kind,
        PREVIOUS_RELEASE_ID: p.previous_release ?? ''
    };
    for (const i of images) {
        env[imageEnvName(i.target)] = `${i.location}@${i.digest}`;
        env[`${imageEnvName(i.target)}_DIGEST`] = i.digest;
    }
    return env;
}


/***/ }),

/***/ 2405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FF: () => (/* binding */ GATE_OPTIONS),
  y3: () => (/* binding */ GATE_USAGE),
  er: () => (/* binding */ cliGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/config.ts
var app_config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/core/config/rbac.ts
var rbac = __webpack_require__(516);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values_values = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
;// CONCATENATED MODULE: ./src/adapters/github/permissions.ts





function permissionLevel(answer) {
    const candidates = ['none'];
    const p = answer.user?.permissions;
    if (p) {
        if (p.admin)
            candidates.push('admin');
        else if (p.maintain)
            candidates.push('maintain');
        else if (p.push)
            candidates.push('write');
        else if (p.triage)
            candidates.push('triage');
        else if (p.pull)
            candidates.push('read');
    }
    if (rbac/* PERMISSION_LEVELS */.eO.includes(answer.role_name))
        candidates.push(answer.role_name);
    if (['admin', 'write', 'read'].includes(answer.permission))
        candidates.push(answer.permission);
    return candidates.reduce((a, b) => ((0,rbac/* rank */.Tm)(b) > (0,rbac/* rank */.Tm)(a) ? b : a));
}
const PERMISSION_RULE = 'permission-denied';
async function requirePermission(octokit, r) {
    if (!values_values/* MINIMUM_PERMISSIONS */.UT.includes(r.minimum))
        throw new TypeError(`minimum must be one of ${values_values/* MINIMUM_PERMISSIONS */.UT.join(', ')}, not '${r.minimum}'`);
    if (!r.username)
        throw new TypeError('username is empty: nobody to check the permission of');
    let level = 'none';
    let roleName = null;
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: r.owner, repo: r.repo, username: r.username });
        level = permissionLevel(data);
        roleName = data.role_name;
    }
    catch (err) {
        if ((0,client.httpStatus)(err) !== 404)
            throw new Error(`cannot read ${r.username}'s permission on ${r.owner}/${r.repo}: ${err.message}`, { cause: err });
    }
    if ((0,rbac/* rank */.Tm)(level) >= (0,rbac/* rank */.Tm)(r.minimum))
        return { ok: true, username: r.username, level, role_name: roleName };
    const role = roleName && roleName !== level ? ` (role '${roleName}')` : '';
    return {
        ok: false,
        username: r.username,
        level,
        role_name: roleName,
        minimum: r.minimum,
        diagnostic: (0,diagnostic/* diagnostic */.YK)('error', PERMISSION_RULE, `${r.owner}/${r.repo}`, null, `${r.username} has ${level === 'none' ? 'no access' : `'${level}' permission`}${role} on ${r.owner}/${r.repo}; ${r.what ?? 'this'} needs at least '${r.minimum}'`, `Ask a repository admin to give ${r.username} the ${r.minimum} role (Settings \u2192 Collaborators and teams), or have someone with it make the request.`)
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/gate.ts


const WHAT = { rebuild: 'a rebuild', deploy: 'a deploy', rollback: 'a rollback', prune: 'a prune' };
async function gateOperation(r) {
    const [owner, repo, ...rest] = r.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/repo, got '${r.repository}'`);
    if (!r.token)
        throw new Error(`checking ${r.actor}'s permission for ${WHAT[r.operation]} needs a token (GITHUB_TOKEN is enough: the permission endpoint needs only metadata: read)`);
    const octokit = (0,client.createOctokit)({ ...r.client, token: r.token, ...(r.baseUrl ? { baseUrl: r.baseUrl } : {}) });
    return requirePermission(octokit, { owner, repo, username: r.actor, minimum: r.minimum, what: WHAT[r.operation] });
}
function gateLine(op, c, minimum) {
    return c.ok ? `RBAC: ${c.username} has '${c.level}' permission; ${WHAT[op]} needs '${minimum}': allowed` : c.diagnostic.message;
}

;// CONCATENATED MODULE: ./src/drivers/cli/gate.ts






const GATE_OPTIONS = { actor: { type: 'string' }, 'minimum-permission': { type: 'string' } };
const GATE_USAGE = '[--actor LOGIN [--minimum-permission write|maintain|admin]]';
async function cliGate(op, values, io) {
    const actor = values.actor;
    const explicit = values['minimum-permission'];
    if (explicit !== undefined && actor === undefined)
        throw new errors/* ArgumentError */.c1('--minimum-permission goes with --actor LOGIN');
    if (actor === undefined)
        return null;
    if (typeof actor !== 'string' || actor === '')
        throw new errors/* ArgumentError */.c1('--actor needs a GitHub login');
    if (typeof values.repo !== 'string')
        throw new errors/* ArgumentError */.c1('--actor goes with --repo OWNER/NAME: the permission is read from GitHub');
    if (explicit !== undefined && !(0,values_values/* isMinimumPermission */._M)(explicit))
        throw new errors/* ArgumentError */.c1(`--minimum-permission must be one of ${values_values/* MINIMUM_PERMISSIONS */.UT.join(', ')}, not '${String(explicit)}'`);
    let minimum;
    if (explicit !== undefined)
        minimum = explicit;
    else {
        const root = external_node_path_default().resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
        const { config, diagnostics } = await (0,app_config/* loadConfig */.Z)(root);
        if (!config)
            return diagnostics;
        minimum = (0,rbac/* minimumFor */.GH)(op, config.rbac);
    }
    const token = process.env.GITHUB_TOKEN;
    if (!token)
        throw new errors/* ArgumentError */.c1('--actor needs a token in GITHUB_TOKEN to read the permission');
    const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined;
    const check = await gateOperation({ operation: op, repository: values.repo, actor, minimum, token, ...(baseUrl ? { baseUrl } : {}) });
    if (!check.ok)
        return [check.diagnostic];
    io.stderr(gateLine(op, check, minimum));
    return null;
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_WINDOW_DAYS: () => (/* binding */ DEFAULT_WINDOW_DAYS),
  pruneCommand: () => (/* binding */ pruneCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/adapters/github/deployments.ts
var deployments = __webpack_require__(4966);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var releases = __webpack_require__(3046);
;// CONCATENATED MODULE: ./src/adapters/github/release-catalog.ts


class GitHubReleaseCatalog {
    octokit;
    kind = 'github';
    label;
    owner;
    repo;
    ids = new Map();
    constructor(octokit, repository) {
        this.octokit = octokit;
        const [owner, repo, ...rest] = repository.split('/');
        if (!owner || !repo || rest.length)
            throw new Error(`repository must be owner/repo, got '${repository}'`);
        this.owner = owner;
        this.repo = repo;
        this.label = repository;
    }
    async list() {
        let all;
        try {
            all = (await this.octokit.paginate(this.octokit.rest.repos.listReleases, { owner: this.owner, repo: this.repo, per_page: 100 }));
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`, { cause: err });
        }
        const store = new releases.GitHubReleaseStore({ octokit: this.octokit, repository: this.label });
        const out = [];
        for (const r of all) {
            if (r.draft)
                continue;
            const m = await store.manifest(r.tag_name);
            if (m === null || m === 'none' || m.release_id !== r.tag_name)
                continue;
            this.ids.set(r.tag_name, r.id);
            out.push({ manifest: m, published_at: r.published_at ?? r.created_at, immutable: r.immutable === true });
        }
        return out;
    }
    async delete(releaseId) {
        const id = this.ids.get(releaseId);
        if (id === undefined)
            throw new Error(`GitHub ${this.label}: release ${releaseId} was not listed`);
        try {
            await this.octokit.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id });
        }
        catch (err) {
            const status = (0,client.httpStatus)(err);
            if (status === 404)
                return { outcome: 'gone' };
            if (status === 422)
                return { outcome: 'immutable', message: `GitHub refused to delete it (422: ${err.message})` };
            throw new Error(`GitHub ${this.label}: cannot delete release ${releaseId}: ${err.message}`, { cause: err });
        }
        try {
            await this.octokit.rest.git.deleteRef({ owner: this.owner, repo: this.repo, ref: `tags/${releaseId}` });
        }
        catch (err) {
            const status = (0,client.httpStatus)(err);
            if (status !== 404 && status !== 422)
                throw new Error(`GitHub ${this.label}: release ${releaseId} deleted, but not its tag: ${err.message}`, { cause: err });
        }
        return { outcome: 'deleted' };
    }
}
function githubReleaseCatalog(o) {
    return new GitHubReleaseCatalog((0,client.createOctokit)({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) }), o.repository);
}

// EXTERNAL MODULE: ./src/adapters/store/deployments.ts
var store_deployments = __webpack_require__(2290);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/plan/release-id.ts
var release_id = __webpack_require__(5050);
// EXTERNAL MODULE: ./src/adapters/store/local.ts
var local = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/core/release/manifest.ts
var manifest = __webpack_require__(7972);
// EXTERNAL MODULE: ./src/adapters/fs/write.ts + 2 modules
var write = __webpack_require__(9944);
;// CONCATENATED MODULE: ./src/adapters/store/release-catalog.ts






class LocalReleaseCatalog {
    dir;
    kind = 'local';
    constructor(dir) {
        this.dir = dir;
    }
    get label() {
        return this.dir;
    }
    async list() {
        const out = [];
        for (const m of await new local.LocalReleaseStore(this.dir).manifests()) {
            const at = m.schema === 2 ? m.build.finished_at : (await external_node_fs_.promises.stat(external_node_path_default().join(this.dir, m.release_id, manifest/* RELEASE_MANIFEST */.Op))).mtime.toISOString();
            out.push({ manifest: m, published_at: at, immutable: false });
        }
        return out;
    }
    async delete(releaseId) {
        if (!release_id/* RELEASE_ID_PATTERN */.ZT.test(releaseId))
            throw new Error(`not a release_id: ${releaseId}`);
        const files = await listFiles(external_node_path_default().join(this.dir, releaseId));
        if (files === null)
            return { outcome: 'gone' };
        const ordered = [...files.filter((f) => f !== manifest/* RELEASE_MANIFEST */.Op), ...files.filter((f) => f === manifest/* RELEASE_MANIFEST */.Op)];
        await (0,write.applyChanges)(this.dir, ordered.map((f) => ({ path: `${releaseId}/${f}`, delete: true, prune: releaseId })));
        return { outcome: 'deleted' };
    }
}
async function listFiles(dir) {
    const entries = await external_node_fs_.promises.readdir(dir, { recursive: true, withFileTypes: true }).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw err;
    });
    if (entries === null)
        return null;
    return entries
        .filter((e) => !e.isDirectory())
        .map((e) => external_node_path_default().relative(dir, external_node_path_default().join(e.parentPath, e.name)).split((external_node_path_default()).sep).join('/'))
        .sort();
}

// EXTERNAL MODULE: ./src/core/deploy/model.ts
var model = __webpack_require__(1322);
;// CONCATENATED MODULE: ./src/core/deploy/prune.ts

const KEEP_REASONS = ['newest', 'current', 'deployed', 'deploying', 'referenced'];
const byNewest = (a, b) => (a.published_at !== b.published_at ? (a.published_at < b.published_at ? 1 : -1) : a.release_id < b.release_id ? -1 : a.release_id > b.release_id ? 1 : 0);
function selectPrune(input) {
    if (!Number.isInteger(input.keep) || input.keep < 0)
        throw new RangeError(`keep must be a whole number \u2265 0, not ${input.keep}`);
    if (!(input.windowDays >= 0))
        throw new RangeError(`the window must be \u2265 0 days, not ${input.windowDays}`);
    const now = Date.parse(input.now);
    if (Number.isNaN(now))
        throw new RangeError(`now is not a time: ${input.now}`);
    const since = now - input.windowDays * 86_400_000;
    const reasons = new Map();
    const mark = (id, r) => {
        const set = reasons.get(id) ?? new Set();
        set.add(r);
        reasons.set(id, set);
    };
    const byComponent = new Map();
    for (const r of input.releases)
        byComponent.set(r.component, [...(byComponent.get(r.component) ?? []), r]);
    for (const list of byComponent.values())
        for (const r of [...list].sort(byNewest).slice(0, input.keep))
            mark(r.release_id, 'newest');
    const pairs = new Set(input.deployments.map((d) => JSON.stringify([d.environment, d.payload.component])));
    for (const p of pairs) {
        const [env, component] = JSON.parse(p);
        const pointer = (0,model/* currentPointer */.bi)(input.deployments, env, component);
        if (pointer)
            mark(pointer.release_id, 'current');
    }
    for (const d of input.deployments) {
        const at = Date.parse(d.statuses.find((s) => s.state === 'success')?.at ?? d.created_at);
        if ((0,model/* succeeded */.gq)(d) && !(at < since))
            mark(d.payload.release_id, 'deployed');
        const state = (0,model/* stateOf */.L4)(d);
        if (state === null || state === 'in_progress')
            mark(d.payload.release_id, 'deploying');
    }
    const all = new Map(input.releases.map((r) => [r.release_id, r]));
    const queue = [...reasons.keys()];
    while (queue.length) {
        for (const used of all.get(queue.pop())?.uses ?? []) {
            if (used === undefined || !all.has(used))
                continue;
            const fresh = !reasons.has(used);
            mark(used, 'referenced');
            if (fresh)
                queue.push(used);
        }
    }
    const keep = [];
    const prune = [];
    for (const r of [...input.releases].sort(byNewest)) {
        const why = reasons.get(r.release_id);
        if (why)
            keep.push({ release_id: r.release_id, component: r.component, reasons: KEEP_REASONS.filter((k) => why.has(k)) });
        else
            prune.push({ release_id: r.release_id, component: r.component, published_at: r.published_at, action: r.immutable ? 'keep-immutable' : 'delete' });
    }
    return { keep, prune, images: imageActions(input, new Set(prune.map((p) => p.release_id))) };
}
function imageActions(input, pruned) {
    const keptDigests = new Map();
    for (const r of input.releases) {
        if (pruned.has(r.release_id))
            continue;
        for (const i of r.images) {
            const k = `${i.location}\n${i.digest}`;
            keptDigests.set(k, [...(keptDigests.get(k) ?? []), `release ${r.release_id}`]);
        }
    }
    const groups = new Map();
    for (const r of input.releases) {
        if (!pruned.has(r.release_id))
            continue;
        for (const i of r.images) {
            const k = `${i.location}\n${i.digest}`;
            const g = groups.get(k) ?? { location: i.location, digest: i.digest, tags: new Set() };
            g.tags.add(i.tag);
            groups.set(k, g);
        }
    }
    const out = [];
    for (const [k, g] of groups) {
        const tags = input.tags.get(g.location);
        if (!tags)
            throw new Error(`the tags of ${g.location} are unknown: cannot tell whether a kept tag points at ${g.digest}`);
        const others = [...tags].filter(([tag, digest]) => digest === g.digest && !pruned.has(tag)).map(([tag]) => `tag ${tag}`);
        const keptBy = [...others.sort(), ...[...(keptDigests.get(k) ?? [])].sort()];
        const releaseTags = [...g.tags].sort();
        if (keptBy.length === 0)
            out.push({ location: g.location, digest: g.digest, action: 'delete-manifest', tags: releaseTags, kept_by: [] });
        else {
            const present = releaseTags.filter((t) => tags.get(t) === g.digest);
            if (present.length)
                out.push({ location: g.location, digest: g.digest, action: 'untag', tags: present, kept_by: keptBy });
        }
    }
    return out.sort((a, b) => (a.location !== b.location ? (a.location < b.location ? -1 : 1) : a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
}

// EXTERNAL MODULE: ./src/adapters/oci/index.ts + 4 modules
var oci = __webpack_require__(2093);
// EXTERNAL MODULE: ./src/app/images.ts
var app_images = __webpack_require__(7413);
;// CONCATENATED MODULE: ./src/app/prune.ts



async function prune(o) {
    const listed = await o.releases.list();
    const deployments = await o.history.list(null);
    const releases = listed.map((l) => pruneRelease(l, o.images));
    const stores = new Map();
    const open = async (location) => {
        let s = stores.get(location);
        if (!s) {
            s = await (0,oci/* openImageStore */.Nr)(location, { cwd: o.images.cwd, ...(o.images.credentials && !location.startsWith('oci:') ? { credentials: o.images.credentials } : {}) });
            stores.set(location, s);
        }
        return s;
    };
    const tags = new Map();
    for (const location of new Set(releases.flatMap((r) => r.images.map((i) => i.location)))) {
        const store = await open(location);
        const map = new Map();
        for (const tag of await store.listTags()) {
            const digest = await store.resolve(tag);
            if (digest)
                map.set(tag, digest);
        }
        tags.set(location, map);
    }
    const plan = selectPrune({ releases, deployments, keep: o.keep, windowDays: o.windowDays, now: o.now().toISOString(), tags });
    const notes = [];
    const immutable = plan.prune.filter((p) => p.action === 'keep-immutable').map((p) => p.release_id);
    if (immutable.length)
        notes.push(`immutable release(s) stay: ${immutable.join(', ')} \u2014 only their images and image tags are pruned`);
    const result = { ok: true, dry_run: o.dryRun, source: { kind: o.releases.kind, label: o.releases.label }, plan, releases: [], images: [], notes };
    if (o.dryRun) {
        result.images = plan.images.map((a) => ({ location: a.location, digest: a.digest, action: a.action, tags: a.tags, outcome: 'planned', message: null }));
        result.releases = plan.prune.map((p) => ({ release_id: p.release_id, outcome: p.action === 'delete' ? 'planned' : 'immutable', message: p.action === 'delete' ? null : 'immutable: the release stays' }));
        return result;
    }
    const failedDigests = new Set();
    for (const a of plan.images) {
        const store = await open(a.location);
        const entry = { location: a.location, digest: a.digest, action: a.action, tags: a.tags };
        try {
            if (a.action === 'delete-manifest') {
                result.images.push({ ...entry, outcome: (await store.deleteManifest(a.digest)) ? 'deleted' : 'gone', message: null });
            }
            else {
                let untagged = 0;
                for (const t of a.tags)
                    if (await store.deleteTag(t))
                        untagged++;
                result.images.push({ ...entry, outcome: untagged ? 'untagged' : 'gone', message: null });
            }
        }
        catch (err) {
            const unsupported = err instanceof oci/* OciError */.Mf && err.code === 'UNSUPPORTED';
            if (a.action === 'untag' && unsupported) {
                result.images.push({ ...entry, outcome: 'unsupported', message: `the registry cannot delete tags; ${a.tags.join(', ')} stay on ${a.digest}, which ${a.kept_by.join(', ')} keep(s) anyway` });
            }
            else {
                result.ok = false;
                failedDigests.add(`${a.location}\n${a.digest}`);
                result.images.push({ ...entry, outcome: 'failed', message: err.message });
            }
        }
    }
    for (const p of plan.prune) {
        if (p.action === 'keep-immutable') {
            result.releases.push({ release_id: p.release_id, outcome: 'immutable', message: 'immutable: the release stays; its images were pruned' });
            continue;
        }
        const own = releases.find((r) => r.release_id === p.release_id);
        if (own.images.some((i) => failedDigests.has(`${i.location}\n${i.digest}`))) {
            result.releases.push({ release_id: p.release_id, outcome: 'failed', message: 'kept: an image of it could not be deleted (see images)' });
            continue;
        }
        try {
            const r = await o.releases.delete(p.release_id);
            result.releases.push({ release_id: p.release_id, outcome: r.outcome, message: r.outcome === 'immutable' ? r.message : null });
        }
        catch (err) {
            result.ok = false;
            result.releases.push({ release_id: p.release_id, outcome: 'failed', message: err.message });
        }
    }
    const refused = result.releases.filter((r) => r.outcome === 'immutable' && !immutable.includes(r.release_id)).map((r) => r.release_id);
    if (refused.length)
        notes.push(`${o.releases.label} refused to delete ${refused.join(', ')} (immutable): only their images and image tags were pruned`);
    return result;
}
function pruneRelease(l, dest) {
    const m = l.manifest;
    const uses = [...new Set(m.artifacts.map((a) => a.release_id).filter((id) => typeof id === 'string' && id !== m.release_id))];
    const images = m.schema === 2 ? m.images.map((i) => ({ location: dest.where === null ? i.location : (0,app_images/* imageLocation */.D)(i.repository, { where: dest.where, cwd: dest.cwd }), digest: i.digest, tag: i.tag })) : [];
    return { release_id: m.release_id, component: m.schema === 2 ? m.component : 'unknown', published_at: l.published_at, immutable: l.immutable, uses, images };
}
function pruneJson(r, keep, windowDays) {
    return { dry_run: r.dry_run, source: r.source, keep_newest: keep, window_days: windowDays, keep: r.plan.keep, prune: r.plan.prune, releases: r.releases, images: r.images, notes: r.notes };
}
function pruneText(r, keep, windowDays) {
    const lines = [`prune${r.dry_run ? ' (dry run: nothing deleted)' : ''}: ${r.source.label} \u2014 keep the ${keep} newest per component and what was deployed within ${windowDays} days`];
    for (const k of r.plan.keep)
        lines.push(`  keep    ${k.release_id} (${k.component}): ${k.reasons.join(', ')}`);
    for (const p of r.releases) {
        const planned = r.plan.prune.find((x) => x.release_id === p.release_id);
        const verb = r.dry_run ? (p.outcome === 'immutable' ? 'stays' : 'delete') : p.outcome;
        lines.push(`  ${verb.padEnd(7)} ${p.release_id} (${planned?.component ?? '?'}, published ${planned?.published_at ?? '?'})${p.message ? `: ${p.message}` : ''}`);
    }
    for (const i of r.images) {
        const what = i.action === 'delete-manifest' ? `delete ${i.location}@${i.digest} (tags ${i.tags.join(', ')})` : `untag ${i.tags.map((t) => `${i.location}:${t}`).join(', ')} (${i.digest} stays)`;
        lines.push(`  image   ${what}${r.dry_run ? '' : `: ${i.outcome}`}${i.message ? ` \u2014 ${i.message}` : ''}`);
    }
    if (r.plan.prune.length === 0)
        lines.push('  nothing to prune');
    for (const n of r.notes)
        lines.push(`note: ${n}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/drivers/cli/gate.ts + 2 modules
var gate = __webpack_require__(2405);
;// CONCATENATED MODULE: ./src/drivers/cli/prune.ts









const DEFAULT_WINDOW_DAYS = 90;
const pruneCommand = {
    usage: `modules-rebuild prune --keep N [--window DAYS] [--dry-run] [--store DIR | --repo OWNER/NAME [--github-api URL]] [--registry HOST[:PORT] | --images oci:DIR] ${gate/* GATE_USAGE */.y3} [--root DIR] [--format text|json]`,
    summary: `Delete old releases: keep the N newest of each component, every release an environment runs, every release deployed within the window (default ${DEFAULT_WINDOW_DAYS} days) and what kept releases reuse; delete the others' assets (the release directory, or the GitHub release and its tag) and their images by digest when no kept tag points at them. Immutable releases stay (only their images go). --dry-run prints the plan.`,
    options: {
        keep: { type: 'string' },
        window: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        store: { type: 'string' },
        repo: { type: 'string' },
        'github-api': { type: 'string' },
        registry: { type: 'string' },
        images: { type: 'string' },
        root: { type: 'string', default: '.' },
        format: { type: 'string', default: 'text' },
        ...gate/* GATE_OPTIONS */.FF
    },
    async run(values, io) {
        const keep = count('--keep', values.keep, true);
        const windowDays = values.window === undefined ? DEFAULT_WINDOW_DAYS : count('--window', values.window, false);
        if (values.repo !== undefined && values.store !== undefined)
            throw new errors/* ArgumentError */.c1('--store and --repo exclude each other');
        if (values['github-api'] !== undefined && values.repo === undefined)
            throw new errors/* ArgumentError */.c1('--github-api goes with --repo OWNER/NAME');
        if (values.registry !== undefined && values.images !== undefined)
            throw new errors/* ArgumentError */.c1('--registry and --images exclude each other');
        if (typeof values.images === 'string' && !values.images.startsWith('oci:'))
            throw new errors/* ArgumentError */.c1(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`);
        const refused = await (0,gate/* cliGate */.er)('prune', values, io);
        if (refused) {
            if (values.format === 'json')
                io.stdout((0,render/* jsonReport */.L7)(false, null, refused, {}));
            else
                for (const d of refused)
                    io.stderr((0,render/* renderText */.S5)(d));
            return 1;
        }
        let source;
        if (typeof values.repo === 'string') {
            if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo))
                throw new errors/* ArgumentError */.c1(`--repo must be OWNER/NAME, not '${values.repo}'`);
            const token = process.env.GITHUB_TOKEN;
            if (!token)
                throw new errors/* ArgumentError */.c1('--repo needs a token in GITHUB_TOKEN (contents: write to delete releases)');
            const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined;
            const o = { token, repository: values.repo, ...(baseUrl ? { baseUrl } : {}), log: (m) => io.stderr(m) };
            source = { releases: githubReleaseCatalog(o), history: (0,deployments.githubDeploymentHistory)(o) };
        }
        else {
            const dir = external_node_path_default().resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases');
            source = { releases: new LocalReleaseCatalog(dir), history: new store_deployments/* LocalDeploymentHistory */.r(dir) };
        }
        const where = typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : null;
        const user = process.env.REGISTRY_USERNAME;
        const password = process.env.REGISTRY_PASSWORD;
        const r = await prune({
            ...source,
            keep,
            windowDays,
            dryRun: values['dry-run'] === true,
            now: () => new Date(),
            images: { where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) }
        });
        if (values.format === 'json')
            io.stdout((0,render/* jsonReport */.L7)(r.ok, null, [], pruneJson(r, keep, windowDays)));
        else
            io.stdout(pruneText(r, keep, windowDays));
        return r.ok ? 0 : 1;
    }
};
function count(name, v, required) {
    if (v === undefined && required)
        throw new errors/* ArgumentError */.c1(`prune needs ${name} N (how many of the newest releases of each component to keep)`);
    if (typeof v !== 'string' || !/^\d{1,6}$/.test(v))
        throw new errors/* ArgumentError */.c1(`${name} must be a whole number \u2265 0, not '${String(v)}'`);
    return Number(v);
}


/***/ })

};
;