"use strict";
exports.id = 85;
exports.ids = [85];
exports.modules = {

/***/ 3085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubReleaseFiles: () => (/* binding */ GitHubReleaseFiles)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3046);
/* harmony import */ var _fs_hash_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9801);



class GitHubReleaseFiles {
    octokit;
    label;
    token;
    fetchImpl;
    store;
    owner;
    repo;
    assets = new Map();
    constructor(octokit, label, token, fetchImpl = globalThis.fetch) {
        this.octokit = octokit;
        this.label = label;
        this.token = token;
        this.fetchImpl = fetchImpl;
        this.store = new _releases_js__WEBPACK_IMPORTED_MODULE_1__.GitHubReleaseStore({ octokit, repository: label });
        [this.owner, this.repo] = label.split('/');
    }
    async manifest(releaseId) {
        const m = await this.store.manifest(releaseId);
        if (m === 'none')
            throw new Error(`GitHub ${this.label}: release ${releaseId} has no release-manifest.json asset`);
        return m;
    }
    async text(releaseId, name) {
        const a = (await this.list(releaseId))?.find((x) => x.name === name);
        if (!a)
            return null;
        const chunks = [];
        for await (const c of await this.download(a))
            chunks.push(Buffer.from(c));
        return Buffer.concat(chunks).toString('utf8');
    }
    async hash(releaseId, names) {
        const assets = (await this.list(releaseId)) ?? [];
        const out = [];
        for (const name of names) {
            const a = assets.find((x) => x.name === name);
            out.push(a ? { name, found: true, ...(await (0,_fs_hash_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .hashStream */ .L)(await this.download(a))) } : { name, found: false });
        }
        return out;
    }
    list(releaseId) {
        let p = this.assets.get(releaseId);
        if (!p) {
            p = (async () => {
                try {
                    const r = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data;
                    return r.draft ? null : r.assets;
                }
                catch (err) {
                    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(err) === 404)
                        return null;
                    throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${err.message}`, { cause: err });
                }
            })();
            this.assets.set(releaseId, p);
        }
        return p;
    }
    async download(a) {
        const what = `GitHub ${this.label}: asset ${a.name}`;
        let res = await this.fetchImpl(a.url, { headers: { accept: 'application/octet-stream', authorization: `Bearer ${this.token}`, 'user-agent': 'modules-rebuild' }, redirect: 'manual' });
        for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 5; hops++) {
            const location = res.headers.get('location');
            await res.body?.cancel();
            if (!location)
                throw new Error(`${what}: redirect without a location`);
            res = await this.fetchImpl(new URL(location, a.url), { headers: { accept: 'application/octet-stream', 'user-agent': 'modules-rebuild' }, redirect: 'manual' });
        }
        if (res.status !== 200 || !res.body) {
            await res.body?.cancel();
            throw new Error(`${what}: download answered HTTP ${res.status}`);
        }
        return res.body;
    }
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


/***/ })

};
;