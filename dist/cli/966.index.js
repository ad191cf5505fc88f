"use strict";
exports.id = 966;
exports.ids = [966];
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


/***/ })

};
;