"use strict";
exports.id = 852;
exports.ids = [852];
exports.modules = {

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

/***/ 9398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CHANGE_WORKFLOW),
/* harmony export */   AX: () => (/* binding */ REBUILD_WORKFLOW),
/* harmony export */   BX: () => (/* binding */ BUILD_ARTIFACT_PATTERN),
/* harmony export */   G6: () => (/* binding */ GENERATE_COMMAND),
/* harmony export */   Lp: () => (/* binding */ GENERATED_MARKER),
/* harmony export */   RF: () => (/* binding */ ROLLBACK_WORKFLOW),
/* harmony export */   Sy: () => (/* binding */ BUILT_IN_JOBS),
/* harmony export */   TI: () => (/* binding */ BUILD_INFO_FILE),
/* harmony export */   ZY: () => (/* binding */ PRUNE_WORKFLOW),
/* harmony export */   _z: () => (/* binding */ RESERVED_JOBS),
/* harmony export */   dm: () => (/* binding */ PLAN_ARTIFACT),
/* harmony export */   f8: () => (/* binding */ CHANGE_EVENT_TYPE),
/* harmony export */   rL: () => (/* binding */ ROLLBACK_TAG_GLOB),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR),
/* harmony export */   yc: () => (/* binding */ RESERVED_WORKFLOWS)
/* harmony export */ });
/* unused harmony exports SMOKE_URL_VARIABLE, CHANGE_BRANCH_PREFIX */
const WORKFLOWS_DIR = '.github/workflows';
const REBUILD_WORKFLOW = 'modules-rebuild.yml';
const ROLLBACK_WORKFLOW = 'modules-rollback.yml';
const PRUNE_WORKFLOW = 'modules-prune.yml';
const ROLLBACK_TAG_GLOB = 'deploy/*/*';
const SMOKE_URL_VARIABLE = 'MODULES_SMOKE_URL';
const CHANGE_WORKFLOW = 'modules-change.yml';
const CHANGE_EVENT_TYPE = 'modules-change';
const RESERVED_WORKFLOWS = [REBUILD_WORKFLOW, ROLLBACK_WORKFLOW, CHANGE_WORKFLOW, PRUNE_WORKFLOW];
const CHANGE_BRANCH_PREFIX = 'modules-change/';
const PLAN_ARTIFACT = 'release-plan';
const BUILD_ARTIFACT_PATTERN = '*-????????????????';
const BUILD_INFO_FILE = 'build-info.json';
const BUILT_IN_JOBS = ['plan', 'build', 'build_stage1'];
const RESERVED_JOBS = [...BUILT_IN_JOBS, 'publish', 'images', 'provenance', 'deploy', 'smoke', 'rollback'];
const GENERATED_MARKER = '# @generated by modules-rebuild';
const GENERATE_COMMAND = 'modules-rebuild workflows generate';


/***/ }),

/***/ 9976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ digestOf),
  f: () => (/* binding */ sha256Hex)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/core/hash/digest.wasm.generated.ts
const DIGEST_WASM = 'AGFzbQEAAAABCgJgAX8Bf2ABfwADCAcAAQABAQEBBQMBAAEHGgMGbWVtb3J5AgAGc2hhMjU2AAQEc2hhMQAGCsQKBxkAIABBgP6DeHFBCHcgAEH/gfwHcUEIeHILxgMBDH8DQCABIAAgAWooAgAQADYCoAIgAUEEaiIBQcAASQ0ACwNAIAEoAuQBIQIgAkEHeCACQRJ4cyACQQN2cyEDIAEoApgCIQIgAkEReCACQRN4cyACQQp2cyEEIAEgASgC4AEgA2ogASgChAIgBGpqNgKgAiABQQRqIgFBgAJJDQALQQAoAoACIQVBACgChAIhBkEAKAKIAiEHQQAoAowCIQhBACgCkAIhCUEAKAKUAiEKQQAoApgCIQtBACgCnAIhDEEAIQEDQCAMIAlBBnggCUELeHMgCUEZeHNqIAsgCSAKIAtzcXNqIAEoAgAgASgCoAJqaiEDIAVBAnggBUENeHMgBUEWeHMgBSAGcSAHIAUgBnJxcmohBCALIQwgCiELIAkhCiAIIANqIQkgByEIIAYhByAFIQYgAyAEaiEFIAFBBGoiAUGAAkkNAAtBAEEAKAKAAiAFajYCgAJBAEEAKAKEAiAGajYChAJBAEEAKAKIAiAHajYCiAJBAEEAKAKMAiAIajYCjAJBAEEAKAKQAiAJajYCkAJBAEEAKAKUAiAKajYClAJBAEEAKAKYAiALajYCmAJBAEEAKAKcAiAMajYCnAILUAEBf0GACCAAQcgAakFAcWohASAAQYABOgCACEGBCCAAakEAIAFBgQggAGpr/AsAIAFBCGsgAEEddhAANgIAIAFBBGsgAEEDdBAANgIAIAELKAEBf0GAAiEBA0AgASABKAIAEAA2AgAgAUEEaiIBQYACIABqSQ0ACwuHAQECf0EAQefMp9AGNgKAAkEAQYXdntt7NgKEAkEAQfLmu+MDNgKIAkEAQbrqv6p6NgKMAkEAQf+kuYgFNgKQAkEAQYzRldh5NgKUAkEAQauzj/wBNgKYAkEAQZmag98FNgKcAiAAEAIhAUGACCECA0AgAhABIAJBwABqIgIgAUkNAAtBIBADC/gDAQd/A0AgASAAIAFqKAIAEAA2AqACIAFBBGoiAUHAAEkNAAsDQCABIAEoApQCIAEoAoACcyABKALoASABKALgAXNzQQF3NgKgAiABQQRqIgFBwAJJDQALQQAoAoACIQNBACgChAIhBEEAKAKIAiEFQQAoAowCIQZBACgCkAIhB0EAIQEDQCADQQV3IAYgBCAFIAZzcXNqIAdBmfOJ1AVqIAEoAqACamohAiAGIQcgBSEGIARBHnchBSADIQQgAiEDIAFBBGoiAUHQAEkNAAsDQCADQQV3IAQgBSAGc3NqIAdBodfn9gZqIAEoAqACamohAiAGIQcgBSEGIARBHnchBSADIQQgAiEDIAFBBGoiAUGgAUkNAAsDQCADQQV3IAQgBXEgBiAEIAVycXJqIAdB3Pnu+HhqIAEoAqACamohAiAGIQcgBSEGIARBHnchBSADIQQgAiEDIAFBBGoiAUHwAUkNAAsDQCADQQV3IAQgBSAGc3NqIAdB1oOL03xqIAEoAqACamohAiAGIQcgBSEGIARBHnchBSADIQQgAiEDIAFBBGoiAUHAAkkNAAtBAEEAKAKAAiADajYCgAJBAEEAKAKEAiAEajYChAJBAEEAKAKIAiAFajYCiAJBAEEAKAKMAiAGajYCjAJBAEEAKAKQAiAHajYCkAILYwECf0EAQYHGlLoGNgKAAkEAQYnXtv5+NgKEAkEAQf6568V5NgKIAkEAQfaoyYEBNgKMAkEAQfDDy558NgKQAiAAEAIhAUGACCECA0AgAhAFIAJBwABqIgIgAUkNAAtBFBADCwuHAgEAQQALgAKYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHG';

;// CONCATENATED MODULE: ./src/core/hash/digest.ts


const MESSAGE = 1024;
const OUT = 256;
const SIZE = { sha1: 20, sha256: 32 };
const PAGE = 65536;
const LARGE = 2 * 1024 * 1024;
let instance;
let digest_crypto;
const nodeCrypto = () => (digest_crypto ??= (0,external_node_module_.createRequire)('/')('node:crypto'));
function wasm() {
    if (instance === undefined) {
        const api = globalThis.WebAssembly;
        try {
            instance = api ? new api.Instance(new api.Module(Buffer.from(DIGEST_WASM, 'base64'))).exports : null;
        }
        catch {
            instance = null;
        }
    }
    return instance;
}
let view = null;
function run(m, algorithm, parts) {
    let need = MESSAGE + 72;
    for (const part of parts)
        need += typeof part === 'string' ? part.length * 3 : part.byteLength;
    if (view === null || view.length < need) {
        const have = m.memory.buffer.byteLength;
        if (have < need)
            m.memory.grow(Math.ceil((need - have) / PAGE));
        view = Buffer.from(m.memory.buffer);
    }
    const memory = view;
    let at = MESSAGE;
    for (const part of parts) {
        if (typeof part === 'string')
            at += memory.write(part, at, 'utf8');
        else {
            memory.set(part, at);
            at += part.byteLength;
        }
    }
    m[algorithm](at - MESSAGE);
    return memory;
}
function moduleFor(size) {
    return size > LARGE ? null : wasm();
}
function digestOf(algorithm, parts) {
    let size = 0;
    for (const part of parts)
        size += typeof part === 'string' ? part.length : part.byteLength;
    const m = moduleFor(size);
    if (m === null) {
        const hash = nodeCrypto().createHash(algorithm);
        for (const part of parts)
            hash.update(part);
        return hash.digest();
    }
    return Buffer.from(run(m, algorithm, parts).subarray(OUT, OUT + SIZE[algorithm]));
}
function sha256Hex(text) {
    const m = moduleFor(text.length);
    if (m === null)
        return nodeCrypto().createHash('sha256').update(text, 'utf8').digest('hex');
    return run(m, 'sha256', [text]).toString('hex', OUT, OUT + SIZE.sha256);
}


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ httpUrlProblem),
/* harmony export */   Js: () => (/* binding */ repoPathProblem),
/* harmony export */   Np: () => (/* binding */ gitUrlProblem),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   fF: () => (/* binding */ slugProblem),
/* harmony export */   ht: () => (/* binding */ gitRevProblem),
/* harmony export */   js: () => (/* binding */ rustPathProblem),
/* harmony export */   vO: () => (/* binding */ crateProblem)
/* harmony export */ });
const SLUG = /^[a-z0-9_-]+$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RUST_KEYWORDS = new Set('as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield _'.split(' '));
const KEYWORD_MAX = Math.max(...[...RUST_KEYWORDS].map((k) => k.length));
const LOOKALIKES = {
    '\u0430': ['a', 'CYRILLIC SMALL LETTER A'],
    '\u0435': ['e', 'CYRILLIC SMALL LETTER IE'],
    '\u043e': ['o', 'CYRILLIC SMALL LETTER O'],
    '\u0440': ['p', 'CYRILLIC SMALL LETTER ER'],
    '\u0441': ['c', 'CYRILLIC SMALL LETTER ES'],
    '\u0443': ['y', 'CYRILLIC SMALL LETTER U'],
    '\u0445': ['x', 'CYRILLIC SMALL LETTER HA'],
    '\u0456': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    '\u0458': ['j', 'CYRILLIC SMALL LETTER JE'],
    '\u0455': ['s', 'CYRILLIC SMALL LETTER DZE'],
    '\u0501': ['d', 'CYRILLIC SMALL LETTER KOMI DE'],
    '\u03bf': ['o', 'GREEK SMALL LETTER OMICRON'],
    '\u03b1': ['a', 'GREEK SMALL LETTER ALPHA'],
    '\u03bd': ['v', 'GREEK SMALL LETTER NU'],
    '\u03ba': ['k', 'GREEK SMALL LETTER KAPPA'],
    '\u0131': ['i', 'LATIN SMALL LETTER DOTLESS I'],
    '\u0261': ['g', 'LATIN SMALL LETTER SCRIPT G'],
    '\u2010': ['-', 'HYPHEN'],
    '\u2011': ['-', 'NON-BREAKING HYPHEN'],
    '\u2013': ['-', 'EN DASH'],
    '\uff3f': ['_', 'FULLWIDTH LOW LINE']
};
function describeChar(ch) {
    const cp = ch.codePointAt(0);
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const known = LOOKALIKES[ch];
    if (known)
        return `${code} ${known[1]}, which looks like '${known[0]}'`;
    if (cp >= 0xff01 && cp <= 0xff5e)
        return `${code} (a fullwidth form of '${String.fromCodePoint(cp - 0xfee0)}')`;
    if (cp < 0x20 || cp === 0x7f)
        return `${code} (a control character)`;
    return `${code} '${ch}'`;
}
function firstBad(value, allowed) {
    for (const ch of value)
        if (!allowed.test(ch))
            return ch;
    return null;
}
function slugProblem(slug) {
    if (slug.length === 0)
        return 'is empty';
    if (slug.length > 64)
        return 'is longer than 64 characters';
    if (SLUG.test(slug))
        return null;
    const bad = firstBad(slug, /[a-z0-9_-]/);
    return `contains ${describeChar(bad)}; slugs are lowercase ASCII letters, digits, '_' and '-'`;
}
function crateProblem(name) {
    if (!CRATE.test(name)) {
        if (name.length === 0)
            return 'is empty';
        if (name.length > 64)
            return 'is longer than 64 characters';
        if (!/^[A-Za-z]/.test(name))
            return 'must start with an ASCII letter';
        return `contains ${describeChar(firstBad(name, /[A-Za-z0-9_-]/))}; Cargo package names are ASCII letters, digits, '-' and '_'`;
    }
    if (name.length > KEYWORD_MAX)
        return null;
    const ident = name.replace(/-/g, '_');
    if (RUST_KEYWORDS.has(ident))
        return `becomes the Rust keyword \`${ident}\` as a crate identifier`;
    return null;
}
function rustPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (path.length > 256)
        return 'is longer than 256 characters';
    if (IDENT.test(path))
        return RUST_KEYWORDS.has(path) ? `uses the Rust keyword \`${path}\` as a path segment` : null;
    for (const seg of path.split('::')) {
        if (!IDENT.test(seg)) {
            const bad = seg === '' ? null : firstBad(seg, /[A-Za-z0-9_]/);
            return bad ? `contains ${describeChar(bad)}; only identifiers joined by '::' are allowed` : `has an empty or malformed segment '${seg}'`;
        }
        if (RUST_KEYWORDS.has(seg))
            return `uses the Rust keyword \`${seg}\` as a path segment`;
    }
    return null;
}
const PLAIN_PATH = /^[A-Za-z0-9._/@+-]+$/;
function repoPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (PLAIN_PATH.test(path) && !path.startsWith('-') && !path.startsWith('/') && !(path.startsWith('..') && (path.length === 2 || path[2] === '/')) && !path.includes('/../') && !path.endsWith('/..'))
        return null;
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~'))
        return 'is absolute; write it relative to the repository root';
    if (path.includes('\\'))
        return "uses '\\'; write '/' between directories";
    const bad = firstBad(path, /[A-Za-z0-9._/@+-]/);
    if (bad)
        return `contains ${describeChar(bad)}`;
    const segs = path.split('/');
    if (segs.includes('..'))
        return "leaves the repository with '..'";
    if (path.startsWith('-'))
        return "starts with '-', which a command would read as an option";
    return null;
}
function gitUrlProblem(url) {
    if (url.startsWith('-'))
        return "starts with '-', which git would read as an option";
    if (/^[a-z][a-z0-9+.-]*::/i.test(url))
        return `uses a git remote helper ('${url.split('::')[0]}::'), which can run commands`;
    if (/\s/.test(url))
        return 'contains white space';
    const control = firstBad(url, /[^\u0000-\u001f\u007f-\u009f]/u);
    if (control)
        return `contains ${describeChar(control)}`;
    if (/^https:\/\/[^/\s]+\/.+/.test(url) || /^ssh:\/\/[^/\s]+\/.+/.test(url))
        return null;
    if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\s:][^\s]*$/.test(url))
        return null;
    return 'must start with https://, ssh:// or be of the form git@host:owner/repo.git';
}
function httpUrlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'does not parse as a URL';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return `uses ${parsed.protocol} instead of http: or https:`;
    return null;
}
function gitRevProblem(rev) {
    if (rev.length === 0)
        return 'is empty';
    if (rev.length > 255)
        return 'is longer than 255 characters';
    if (/^[0-9a-fA-F]{4,64}$/.test(rev))
        return null;
    const control = firstBad(rev, /[^\u0000-\u001f\u007f-\u009f]/u);
    if (control)
        return `contains ${describeChar(control)}; a rev is a commit id or a ref name`;
    if (rev.startsWith('-'))
        return "starts with '-', which git would read as an option";
    const bad = firstBad(rev, /[^ ~^:?*[\\]/);
    if (bad)
        return `contains ${bad === ' ' ? 'a space' : `'${bad}'`}, which git refuses in a ref name`;
    if (rev === '@')
        return "is '@', which git refuses as a ref name";
    if (rev.includes('..'))
        return "contains '..', which git refuses in a ref name";
    if (rev.includes('@{'))
        return "contains '@{', which git refuses in a ref name";
    if (rev.startsWith('/') || rev.endsWith('/') || rev.includes('//'))
        return "has an empty component ('/' at an end or '//')";
    if (rev.endsWith('.'))
        return "ends with '.', which git refuses in a ref name";
    if (rev.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "has a component starting with '.' or ending with '.lock', which git refuses";
    return null;
}
function commentText(text) {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}


/***/ }),

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isDigest),
/* harmony export */   W: () => (/* binding */ DIGEST_PATTERN)
/* harmony export */ });
const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(s) {
    return DIGEST_PATTERN.test(s);
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   G_: () => (/* binding */ REPOSITORY_PATTERN),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   dz: () => (/* binding */ isTag)
/* harmony export */ });
/* unused harmony exports TAG_PATTERN, formatReference */
/* harmony import */ var _digest_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5733);

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$`);
function isTag(s) {
    return TAG_PATTERN.test(s);
}
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
        if (!(0,_digest_format_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .B)(digest))
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
function registryHost(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
function isLoopbackHost(host) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
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
                changes.push(`version ${b.version ?? '?'} \u2192 ${a.version ?? '?'}`);
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

/***/ 1508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ sha256sums),
/* harmony export */   _G: () => (/* binding */ deltaAgainst),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   ul: () => (/* binding */ releaseBody)
/* harmony export */ });
/* unused harmony export escapeCell */
/* harmony import */ var _plan_delta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4169);

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
const infos = (modules) => modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on], fields: {} }));
function deltaAgainst(previous, plan) {
    if (!previous || previous.schema !== 2)
        return null;
    const entries = (0,_plan_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .moduleDelta */ .rh)(infos(previous.modules), infos(plan.modules));
    return { text: entries.map((e) => e.text).join(','), entries: entries.map((e) => ({ op: e.op, slug: e.slug, version: e.version, text: e.text, changes: e.changes })) };
}
function escapeCell(text) {
    if (text === null || text === '')
        return '\u2014';
    return text
        .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
        .replace(/\r\n|\r|\n/g, '<br>');
}
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


/***/ }),

/***/ 3422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ DEFAULT_CHANGE_MINIMUM),
/* harmony export */   Nd: () => (/* binding */ isProfileOption),
/* harmony export */   UT: () => (/* binding */ MINIMUM_PERMISSIONS),
/* harmony export */   _M: () => (/* binding */ isMinimumPermission),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   jI: () => (/* binding */ PROFILES),
/* harmony export */   rU: () => (/* binding */ PROFILE_OPTIONS),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
const TARGETS = ['server', 'admin', 'storefront'];
const PROFILES = ['monolith', 'headless', 'server-with-admin', 'server-with-storefront'];
const PROFILE_OPTIONS = ['monolith', 'headless'];
const isProfileOption = (v) => typeof v === 'string' && PROFILE_OPTIONS.includes(v);
const MINIMUM_PERMISSIONS = ['write', 'maintain', 'admin'];
const isMinimumPermission = (v) => typeof v === 'string' && MINIMUM_PERMISSIONS.includes(v);
const DEFAULT_CHANGE_MINIMUM = 'maintain';
const oneOf = (values) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`);
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(text) {
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    return null;
}


/***/ }),

/***/ 6086:
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
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/app/plan-file.ts
var plan_file = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/app/images.ts
var app_images = __webpack_require__(7413);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(5423);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/adapters/http/upload.ts
var upload = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/core/release/manifest.ts
var release_manifest = __webpack_require__(7972);
;// CONCATENATED MODULE: ./src/adapters/github/release-assets.ts




const sameAsset = (remote, want) => (remote.state === undefined || remote.state === 'uploaded') && remote.size === want.size && remote.digest === `sha256:${want.sha256}`;
async function listAssets(octokit, r, releaseId) {
    return (await octokit.paginate(octokit.rest.repos.listReleaseAssets, { ...r, release_id: releaseId, per_page: 100 }));
}
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
        url,
        name: a.name,
        data: new upload/* FileBody */.p(a.path),
        headers: { 'content-type': a.contentType ?? 'application/octet-stream', 'content-length': a.size },
        request: { fetch: (0,upload/* uploadFetch */.Y)() }
    });
    return r.data;
}
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
            if ((0,client.httpStatus)(err) === 404)
                throw err;
            existing = (await listAssets(octokit, r, release.id)).find((x) => x.name === a.name);
            if (existing && sameAsset(existing, a))
                return { action: replaced ? 'replaced' : (0,client.isAlreadyExists)(err) ? 'skipped' : 'uploaded' };
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
        if ((0,client.httpStatus)(err) !== 404)
            throw err;
    }
}

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




class PublishRefusedError extends errors/* ToolError */.v4 {
    reason;
    name = 'PublishRefusedError';
    constructor(reason, message) {
        super(reason === 'invalid-request' ? 'release-request-invalid' : 'release-conflict', message);
        this.reason = reason;
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
            if ((0,client.httpStatus)(err) === 404)
                return null;
            throw err;
        }
    };
    const tagCommit = async () => {
        let obj;
        try {
            obj = (await octokit.rest.git.getRef({ ...r, ref: `tags/${tag}` })).data.object;
        }
        catch (err) {
            if ((0,client.httpStatus)(err) === 404)
                return null;
            throw err;
        }
        if (obj.type === 'commit' && obj.sha !== req.commit) {
            throw new PublishRefusedError('tag-commit-mismatch', `${where}: the tag ${tag} exists at commit ${obj.sha}, this release is of commit ${req.commit}; refusing to publish (a release_id names one commit)`);
        }
        return obj.sha;
    };
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
        const existing = await findPublished();
        if (existing)
            return settle(existing, waited ? 'adopted' : 'unchanged');
        let holder = true;
        try {
            await octokit.rest.git.createRef({ ...r, ref: `refs/tags/${tag}`, sha: req.commit });
            log(`${where}: tag created at ${req.commit}`);
        }
        catch (err) {
            if (!(0,client.isAlreadyExists)(err))
                throw new Error(`${where}: cannot create the tag ${tag} at ${req.commit}: ${err.message}`, { cause: err });
            if ((await tagCommit()) === null)
                continue;
            holder = false;
        }
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
                if ((0,client.isAlreadyExists)(err))
                    continue;
                throw err;
            }
        }
        else
            log(`${where}: continuing draft ${draft.id}`);
        try {
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
            remote = await listAssets(octokit, r, draft.id);
            const problems = assetProblems(remote, req.assets);
            if (problems.length)
                throw new Error(`${where}: the draft's assets do not match after upload, not publishing: ${problems.join('; ')}`);
            const pub = (await octokit.rest.repos.updateRelease({ ...r, release_id: draft.id, tag_name: tag, name: req.name, body: req.body, draft: false, make_latest: req.makeLatest ? 'true' : 'false' })).data;
            if (pub.draft)
                throw new Error(`${where}: GitHub kept release ${pub.id} a draft`);
            log(`${where}: published ${pub.html_url}`);
            return settle(pub, 'published');
        }
        catch (err) {
            if ((0,client.httpStatus)(err) === 404 || (0,client.isAlreadyExists)(err)) {
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
        if ((0,client.httpStatus)(err) !== 404)
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

// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var releases = __webpack_require__(3046);
;// CONCATENATED MODULE: ./src/adapters/github/release-sink.ts



class GitHubReleaseSink {
    o;
    label;
    store;
    owner;
    repo;
    constructor(o) {
        this.o = o;
        this.store = new releases.GitHubReleaseStore({ octokit: o.octokit, repository: o.repository, scan: o.scan ?? 30 });
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
function githubReleaseSink(o) {
    const octokit = (0,client.createOctokit)({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) });
    return new GitHubReleaseSink({ octokit, repository: o.repository, transaction: (ok, req) => publishToGitHub(ok, req, o.log ? { log: o.log } : {}) });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/plan/release-id.ts
var release_id = __webpack_require__(5050);
// EXTERNAL MODULE: ./src/adapters/store/local.ts
var local = __webpack_require__(3717);
;// CONCATENATED MODULE: ./src/adapters/store/local-publish.ts







const TEMP_PREFIX = '.tmp-';
const RELEASE_BODY = 'RELEASE.md';
class ReleaseConflictError extends errors/* ToolError */.v4 {
    name = 'ReleaseConflictError';
    constructor(message) {
        super('release-conflict', message);
    }
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
        this.store = new local.LocalReleaseStore(dir);
    }
    get label() {
        return this.dir;
    }
    find(releaseId) {
        return new local.LocalReleaseStore(this.dir).find(releaseId);
    }
    async existingHash(releaseId) {
        const m = await this.store.manifest(releaseId);
        return m ? (m.manifest_hash ?? null) : undefined;
    }
    async previous(component, releaseId) {
        const all = (await new local.LocalReleaseStore(this.dir).manifests()).filter((m) => m.release_id !== releaseId && m.schema === 2 && m.component === component);
        all.sort((a, b) => (a.schema === 2 && b.schema === 2 ? a.build.finished_at.localeCompare(b.build.finished_at) || a.release_id.localeCompare(b.release_id) : 0));
        return all.at(-1) ?? null;
    }
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
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/release/build-info.ts
var build_info = __webpack_require__(5826);
// EXTERNAL MODULE: ./src/adapters/fs/hash-stream.ts
var hash_stream = __webpack_require__(9801);
;// CONCATENATED MODULE: ./src/adapters/store/artifacts.ts





const isInside = (rel) => rel !== '' && !external_node_path_default().isAbsolute(rel) && !rel.split(/[\\/]/).some((p) => p === '..' || p === '' || p === '.');
async function readArtifacts(dir, plan, where) {
    const diagnostics = [];
    const err = (rule, abs, message, hint) => diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', rule, where(abs), null, message, hint));
    const names = (await external_node_fs_.promises.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const artifacts = [];
    const skipped = [];
    const seen = new Map();
    for (const name of names) {
        const artDir = external_node_path_default().join(dir, name);
        const infoPath = external_node_path_default().join(artDir, build_info/* BUILD_INFO_FILE */.TI);
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
            info = (0,build_info/* parseBuildInfo */._Y)(text, where(infoPath));
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
            if (!isInside(f.path) || f.path === build_info/* BUILD_INFO_FILE */.TI || paths.has(f.path)) {
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
            const got = await (0,hash_stream.hashFile)(abs);
            if (got.size !== f.size || got.sha256 !== f.sha256) {
                err('artifact-tampered', abs, `differs from build-info.json: ${got.size} bytes, sha256 ${got.sha256}; build-info.json says ${f.size} bytes, sha256 ${f.sha256}`, 'The file changed after the build staged it: rebuild, do not publish it.');
                continue;
            }
            files.push({ path: f.path, abs, size: got.size, sha256: got.sha256 });
        }
        const layout = info.image?.layout;
        if (layout !== undefined) {
            const index = await external_node_fs_.promises.lstat(external_node_path_default().join(artDir, layout, 'index.json')).catch(() => null);
            if (!isInside(layout) || !index?.isFile())
                err('artifact-missing', external_node_path_default().join(artDir, build_info/* BUILD_INFO_FILE */.TI), `image.layout '${layout}' is not an image layout inside the artifact (no ${layout}/index.json)`, 'Upload the whole staged directory, with the oci-image/ layout stage wrote.');
        }
        if (diagnostics.length === before)
            artifacts.push({ target: info.target, dir: artDir, info, files, infoPath });
    }
    return { artifacts, diagnostics, skipped };
}

// EXTERNAL MODULE: ./src/core/release/record.ts
var record = __webpack_require__(1508);
;// CONCATENATED MODULE: ./src/app/publish.ts









const targetOf = (plan, t) => plan.targets[t];
async function publish(o) {
    const { plan } = o;
    const read = await readArtifacts(o.artifactsDir, plan, o.where);
    const diagnostics = [...read.diagnostics];
    const notes = [];
    const byTarget = new Map(read.artifacts.map((a) => [a.target, a]));
    const badTargets = new Set(read.diagnostics.map((d) => d.file ?? ''));
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
            const images = await releaseImages(o, c, built, diagnostics, notes);
            if (diagnostics.length)
                return { ok: false, diagnostics, releases, skipped: read.skipped, notes };
            const artifacts = [];
            for (const t of c.targets)
                artifacts.push(await artifactEntry(plan, t, c.release_id, byTarget.get(t), o.sink));
            const previous = await o.sink.previous(c.name, c.release_id);
            const delta = (0,record/* deltaAgainst */._G)(previous, plan);
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
                ...(plan.contract ? { compat: { server_release_id: plan.contract.server_release_id, server_version: plan.contract.server_version, requirements: plan.contract.requirements.map((r) => ({ slug: r.slug, server: r.server })) } } : {}),
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
                if (!(err instanceof errors/* ToolError */.v4) || (err.rule !== 'release-conflict' && err.rule !== 'release-request-invalid'))
                    throw err;
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', err.rule, o.where(o.artifactsDir), null, err.message));
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
async function releaseImages(o, c, built, diagnostics, notes) {
    const images = [];
    const tag = async (target, req, source, releaseId, at) => {
        if (!o.images || o.dryRun) {
            images.push({ target, repository: req.repository, digest: req.digest, tag: c.release_id, location: '(not tagged: dry run)', release_id: releaseId, source });
            return;
        }
        try {
            images.push({ target, ...(await o.images(req, c.release_id)), release_id: releaseId, source });
        }
        catch (err) {
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'image-error', at, null, err.message));
        }
    };
    for (const a of built) {
        const image = a.info.image;
        if (!image)
            continue;
        const { layout, ...rest } = image;
        await tag(a.target, layout ? { ...rest, layoutDir: external_node_path_default().join(a.dir, ...layout.split('/')) } : rest, layout ? 'build' : 'registry', c.release_id, o.where(a.infoPath));
    }
    for (const t of c.targets) {
        const target = targetOf(o.plan, t);
        if (target.rebuild || !target.image || !target.existing)
            continue;
        const earlier = (await o.sink.find(target.existing.release_id))?.images?.find((i) => i.target === t);
        if (!earlier) {
            notes.push(`${t}: reused from ${target.existing.release_id}, which records no image of ${t}; ${c.release_id} has none`);
            continue;
        }
        await tag(t, { repository: earlier.repository, digest: earlier.digest }, 'reused', earlier.release_id ?? target.existing.release_id, `${o.sink.label}/${target.existing.release_id}`);
    }
    return images;
}
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
async function writeRequest(work, manifest, assets) {
    const dir = external_node_path_default().join(work, manifest.release_id);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const { hashFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9801));
    const manifestPath = external_node_path_default().join(dir, release_manifest/* RELEASE_MANIFEST */.Op);
    await external_node_fs_.promises.writeFile(manifestPath, (0,release_manifest/* serializeReleaseManifest */.Fp)(manifest));
    const m = await hashFile(manifestPath);
    const withManifest = [...assets, { name: release_manifest/* RELEASE_MANIFEST */.Op, path: manifestPath, size: m.size, sha256: m.sha256, contentType: 'application/json' }];
    const sumsPath = external_node_path_default().join(dir, release_manifest/* SHA256SUMS */.sU);
    await external_node_fs_.promises.writeFile(sumsPath, (0,record/* sha256sums */.U0)(withManifest));
    const s = await hashFile(sumsPath);
    return {
        tag: manifest.release_id,
        commit: manifest.source_commit,
        name: manifest.release_id,
        body: (0,record/* releaseBody */.ul)(manifest),
        manifestHash: manifest.manifest_hash,
        assets: [...withManifest, { name: release_manifest/* SHA256SUMS */.sU, path: sumsPath, size: s.size, sha256: s.sha256, contentType: 'text/plain' }],
        makeLatest: true
    };
}

;// CONCATENATED MODULE: ./src/drivers/cli/publish.ts










const publishCommand = {
    usage: 'modules-rebuild publish --plan release-plan.json --artifacts DIR [--store DIR | --repo OWNER/NAME [--github-api URL]] [--registry HOST[:PORT] | --images oci:DIR] [--reason TEXT] [--dry-run] [--format text|json]',
    summary: 'Verify the build artifacts against release-plan.json (every file\'s SHA-256 and size), tag the images release_id, and publish one release per component with release-manifest.json and SHA256SUMS into a local release store (default ./releases; images into the layouts of --images, default oci:images) or, with --repo, as GitHub Releases (token: GITHUB_TOKEN; API: --github-api, else GITHUB_API_URL; images to the repositories build-info.json names unless --registry / --images). Images carried by the artifacts are pushed, reused targets\' images tagged again. A rerun is `unchanged`.',
    options: { plan: { type: 'string' }, artifacts: { type: 'string' }, store: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' }, registry: { type: 'string' }, images: { type: 'string' }, reason: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
    async run(values, io) {
        if (typeof values.plan !== 'string' || typeof values.artifacts !== 'string')
            throw new errors/* ArgumentError */.c1('publish needs --plan FILE and --artifacts DIR');
        if (values.registry !== undefined && values.images !== undefined)
            throw new errors/* ArgumentError */.c1('--registry and --images exclude each other');
        if (typeof values.images === 'string' && !values.images.startsWith('oci:'))
            throw new errors/* ArgumentError */.c1(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`);
        const plan = await (0,plan_file/* readReleasePlan */.R)(external_node_path_default().resolve(io.cwd, values.plan));
        const artifactsDir = external_node_path_default().resolve(io.cwd, values.artifacts);
        if (!(await external_node_fs_.promises.stat(artifactsDir).catch(() => null))?.isDirectory())
            throw new errors/* IoError */.dA(`${values.artifacts}: no such directory`);
        if (values.repo !== undefined && values.store !== undefined)
            throw new errors/* ArgumentError */.c1('--store and --repo exclude each other');
        if (values['github-api'] !== undefined && values.repo === undefined)
            throw new errors/* ArgumentError */.c1('--github-api goes with --repo OWNER/NAME');
        let sink;
        if (typeof values.repo === 'string') {
            if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo))
                throw new errors/* ArgumentError */.c1(`--repo must be OWNER/NAME, not '${values.repo}'`);
            const token = process.env.GITHUB_TOKEN;
            if (!token)
                throw new errors/* ArgumentError */.c1('--repo needs a token in GITHUB_TOKEN (contents: write)');
            sink = githubReleaseSink({ token, repository: values.repo, ...(typeof values['github-api'] === 'string' ? { baseUrl: values['github-api'] } : {}), log: (m) => io.stderr(m) });
        }
        else
            sink = new LocalReleaseSink(external_node_path_default().resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases'));
        const where = typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : typeof values.repo === 'string' ? null : 'oci:images';
        const user = process.env.REGISTRY_USERNAME;
        const password = process.env.REGISTRY_PASSWORD;
        const r = await publish({
            plan,
            artifactsDir,
            sink,
            images: (0,app_images/* imageTagger */.A)({ where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) }),
            run: (0,record/* runContext */.pO)(process.env),
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
                io.stdout(`${x.outcome}: ${x.release_id} (${x.component})${x.url ? ` ${x.url}` : ''}${x.images.map((i) => `\n  image ${i.location}:${i.tag} \u2192 ${i.digest}`).join('')}`);
            if (!r.ok)
                io.stderr('publish refused: nothing was published');
        }
        return r.ok ? 0 : 1;
    }
};


/***/ })

};
;