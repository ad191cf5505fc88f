"use strict";
exports.id = 387;
exports.ids = [387,423];
exports.modules = {

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_API_URL: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   apiUrl: () => (/* binding */ apiUrl),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   isAlreadyExists: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);




const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = `modules-rebuild/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`;
function apiUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
function createOctokit(o) {
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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, {
        baseUrl,
        userAgent: o.userAgent ?? USER_AGENT,
        ...(baseUrl === apiUrl() ? {} : { request: { fetch: globalThis.fetch } }),
        throttle: o.throttle === false ? { enabled: false } : { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: o.retries ?? 3, ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function isAlreadyExists(err) {
    if (httpStatus(err) !== 422)
        return false;
    const e = err;
    const data = e.response?.data;
    if (/already exists/i.test(String(data?.message ?? e.message ?? '')))
        return true;
    return Array.isArray(data?.errors) && data.errors.some((x) => x?.code === 'already_exists');
}


/***/ }),

/***/ 5812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ uploadFetch),
/* harmony export */   p: () => (/* binding */ FileBody)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);




class FileBody {
    path;
    constructor(path) {
        this.path = path;
    }
    [Symbol.asyncIterator]() {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { highWaterMark: 64 * 1024 })[Symbol.asyncIterator]();
    }
}
function uploadFetch(fallback = globalThis.fetch) {
    return (async (input, init = {}) => {
        if (!(init.body instanceof FileBody))
            return fallback(input, init);
        const file = init.body.path;
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        const headers = {};
        new Headers(init.headers).forEach((v, k) => (headers[k] = v));
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file);
        try {
            return await new Promise((resolve, reject) => {
                const req = (url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_3___default()) : (node_http__WEBPACK_IMPORTED_MODULE_2___default())).request(url, { method: init.method ?? 'POST', headers, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
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


/***/ }),

/***/ 2093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mf: () => (/* reexport */ store/* OciError */.M),
  uO: () => (/* reexport */ RegistryImageStore),
  Nr: () => (/* binding */ openImageStore),
  F2: () => (/* reexport */ oci_reference/* parseReference */.F2)
});

// UNUSED EXPORTS: LayoutImageStore, MANIFEST_ACCEPT, MEDIA_TYPES, formatReference, isDigest, isTag, parseManifest, sha256Digest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/oci/layout.ts
var layout = __webpack_require__(6186);
// EXTERNAL MODULE: ./src/core/oci/reference.ts
var oci_reference = __webpack_require__(488);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/adapters/http/upload.ts
var upload = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/core/oci/digest.ts
var oci_digest = __webpack_require__(4933);
;// CONCATENATED MODULE: ./src/adapters/oci/http.ts
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
async function discard(res) {
    try {
        await res.body?.cancel();
    }
    catch {
    }
}
async function registryError(res) {
    let text = '';
    try {
        text = new TextDecoder().decode(await readLimited(res, 64 * 1024, 'error body'));
    }
    catch {
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
    }
    return { message: res.statusText || 'request failed' };
}
function mediaTypeOf(contentType) {
    const t = contentType?.split(';')[0]?.trim().toLowerCase();
    return t ? t : undefined;
}
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

// EXTERNAL MODULE: ./src/core/oci/media.ts
var media = __webpack_require__(4449);
;// CONCATENATED MODULE: ./src/core/oci/auth.ts
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
                i++;
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
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

// EXTERNAL MODULE: ./src/core/oci/store.ts
var store = __webpack_require__(5188);
;// CONCATENATED MODULE: ./src/adapters/oci/registry-auth.ts




const DEFAULT_TOKEN_SECONDS = 60;
class RegistryAuth {
    registry;
    credentials;
    fetchImpl;
    insecure;
    timeoutMs;
    onSecret;
    basicRequired = false;
    bearer = null;
    tokens = new Map();
    tokenRequests = 0;
    constructor(registry, credentials, fetchImpl, insecure, timeoutMs, onSecret = () => { }) {
        this.registry = registry;
        this.credentials = credentials;
        this.fetchImpl = fetchImpl;
        this.insecure = insecure;
        this.timeoutMs = timeoutMs;
        this.onSecret = onSecret;
        if (credentials)
            onSecret(basic(credentials).slice('Basic '.length));
    }
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
    async challenge(res, scope, where) {
        const header = res.headers.get('www-authenticate');
        const err = await unauthorized(res);
        const fail = (why) => new store/* OciError */.M(where, `${err.message}; ${why}`, 401, err.code);
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
    async refused(res, where) {
        const err = await unauthorized(res);
        const who = this.credentials ? `the credentials of ${JSON.stringify(this.credentials.username)} were refused` : 'anonymous access was refused';
        return new store/* OciError */.M(where, `${err.message}; ${who}`, 401, err.code);
    }
    async fetchToken(cacheKey, scope) {
        const realm = this.bearer.realm;
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new store/* OciError */.M(this.registry, `token realm ${JSON.stringify(realm)} is not a URL`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (this.insecure || (0,oci_reference/* isLoopbackHost */.cW)(url.hostname)))) {
            throw new store/* OciError */.M(this.registry, `refusing token realm ${url.origin}: not https (set insecure to allow plain http)`);
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
            throw new store/* OciError */.M(where, `${err.message}${why}`, res.status, err.code);
        }
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(await readLimited(res, 1024 * 1024, where)));
        }
        catch (err) {
            await discard(res);
            throw new store/* OciError */.M(where, `token response is not JSON: ${err.message}`);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new store/* OciError */.M(where, 'token response has no token');
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
        const cached = { header: `Bearer ${token}`, expiresAt: Date.now() + Math.max(seconds - 10, seconds / 2) * 1000 };
        this.onSecret(token);
        this.tokens.set(cacheKey, cached);
        return cached;
    }
}
async function unauthorized(res) {
    const err = await registryError(res);
    return err.code ? { code: err.code, message: err.message } : { code: 'UNAUTHORIZED', message: 'authentication required' };
}
function basic(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./src/adapters/oci/registry.ts









class RegistryImageStore {
    registry;
    repository;
    label;
    base;
    auth;
    fetchImpl;
    uploadImpl;
    timeoutMs;
    constructor(registry, repository, options = {}) {
        this.registry = registry;
        this.repository = repository;
        if (!oci_reference/* REPOSITORY_PATTERN */.G_.test(repository))
            throw new store/* OciError */.M(`${registry}/${repository}`, 'not a repository name (lowercase components separated by /)');
        this.label = `${registry}/${repository}`;
        const http = (0,oci_reference/* isLoopbackHost */.cW)((0,oci_reference/* registryHost */.U$)(registry)) || options.insecure === true;
        this.base = `${http ? 'http' : 'https'}://${registry}/v2/${repository}`;
        this.fetchImpl = options.fetch ?? globalThis.fetch;
        this.uploadImpl = options.fetch ?? (0,upload/* uploadFetch */.Y)(globalThis.fetch);
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.auth = new RegistryAuth(registry, options.credentials, this.fetchImpl, options.insecure === true, this.timeoutMs, options.onSecret);
    }
    get tokenRequests() {
        return this.auth.tokenRequests;
    }
    async resolve(tag) {
        const where = this.where(checkTag(this.label, tag));
        const res = await this.send('HEAD', `/manifests/${tag}`, false, where, { accept: media/* MANIFEST_ACCEPT */.dY });
        if (res.status === 404)
            return null;
        if (!res.ok)
            throw await this.failure(res, where);
        const digest = res.headers.get('docker-content-digest');
        return digest && (0,oci_digest/* isDigest */.Bc)(digest) ? digest : (await this.getManifest(tag)).digest;
    }
    async getManifest(reference) {
        const where = this.where(checkReference(this.label, reference));
        const res = await this.send('GET', `/manifests/${reference}`, false, where, { accept: media/* MANIFEST_ACCEPT */.dY });
        if (!res.ok)
            throw await this.failure(res, where);
        let bytes;
        try {
            bytes = await readLimited(res, media/* MAX_MANIFEST_BYTES */.ZJ, 'manifest');
        }
        catch (err) {
            throw new store/* OciError */.M(where, err.message);
        }
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const check = (expected, what) => {
            try {
                (0,oci_digest/* verifyDigest */.Ub)(bytes, expected, what);
            }
            catch (err) {
                throw new store/* OciError */.M(where, err.message, undefined, 'DIGEST_INVALID');
            }
        };
        if ((0,oci_digest/* isDigest */.Bc)(reference))
            check(reference, 'manifest received for this digest');
        const said = res.headers.get('docker-content-digest');
        if (said) {
            if (!(0,oci_digest/* isDigest */.Bc)(said))
                throw new store/* OciError */.M(where, `Docker-Content-Digest ${JSON.stringify(said)} is not a digest`, undefined, 'DIGEST_INVALID');
            check(said, 'manifest received against its Docker-Content-Digest');
        }
        const served = mediaTypeOf(res.headers.get('content-type'));
        let mediaType;
        try {
            mediaType = (0,media/* parseManifest */.Ng)(bytes, served && media/* MANIFEST_MEDIA_TYPES */.$T.includes(served) ? served : undefined).mediaType;
        }
        catch (err) {
            throw new store/* OciError */.M(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        return { bytes, mediaType, digest };
    }
    async putManifest(tag, bytes, mediaType) {
        const where = this.where(checkReference(this.label, tag));
        if (bytes.byteLength > media/* MAX_MANIFEST_BYTES */.ZJ)
            throw new store/* OciError */.M(where, `manifest of ${bytes.byteLength} bytes is over the ${media/* MAX_MANIFEST_BYTES */.ZJ}-byte limit`, undefined, 'MANIFEST_INVALID');
        try {
            (0,media/* parseManifest */.Ng)(bytes, mediaType);
        }
        catch (err) {
            throw new store/* OciError */.M(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if ((0,oci_digest/* isDigest */.Bc)(tag) && tag !== digest)
            throw new store/* OciError */.M(where, `manifest hashes to ${digest}`, undefined, 'DIGEST_INVALID');
        const res = await this.send('PUT', `/manifests/${tag}`, true, where, { 'content-type': mediaType }, bytes);
        if (!res.ok)
            throw await this.failure(res, where);
        await discard(res);
        const stored = res.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new store/* OciError */.M(where, `registry stored ${stored}, the manifest sent hashes to ${digest}`, res.status, 'DIGEST_INVALID');
        return digest;
    }
    async tag(source, newTag) {
        checkTag(this.label, newTag);
        const m = await this.getManifest(source);
        return this.putManifest(newTag, m.bytes, m.mediaType);
    }
    async exists(digest) {
        const where = this.where(checkReference(this.label, digest));
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new store/* OciError */.M(where, 'not a digest');
        const res = await this.send('HEAD', `/manifests/${digest}`, false, where, { accept: media/* MANIFEST_ACCEPT */.dY });
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
                    return [];
                throw new store/* OciError */.M(this.label, err.message, 404, err.code);
            }
            if (!res.ok)
                throw await this.failure(res, this.label);
            const next = nextLink(res.headers.get('link'), url);
            if (next && new URL(next).origin !== new URL(this.base).origin)
                throw new store/* OciError */.M(this.label, `tag list: refusing a next page on another origin (${new URL(next).origin})`);
            let body;
            try {
                body = JSON.parse(new TextDecoder().decode(await readLimited(res, media/* MAX_MANIFEST_BYTES */.ZJ, 'tag list')));
            }
            catch (err) {
                throw new store/* OciError */.M(this.label, `tag list: ${err.message}`);
            }
            if (body.tags !== null && body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
                throw new store/* OciError */.M(this.label, 'tag list: "tags" is not a list of strings');
            }
            tags.push(...(body.tags ?? []));
            url = next;
        }
        return [...new Set(tags)].sort();
    }
    async deleteManifest(digest) {
        const where = this.where(checkReference(this.label, digest));
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new store/* OciError */.M(where, 'not a digest');
        return this.delete(`/manifests/${digest}`, where);
    }
    async deleteTag(tag) {
        const where = this.where(checkTag(this.label, tag));
        try {
            return await this.delete(`/manifests/${tag}`, where);
        }
        catch (err) {
            if (err instanceof store/* OciError */.M && (err.status === 405 || (err.status === 400 && (err.code === 'DIGEST_INVALID' || err.code === 'UNSUPPORTED')))) {
                throw new store/* OciError */.M(where, `the registry cannot delete a tag (OCI distribution 1.1 DELETE by tag): ${err.message}`, err.status, 'UNSUPPORTED');
            }
            throw err;
        }
    }
    async delete(pathname, where) {
        const res = await this.send('DELETE', pathname, true, where, { accept: 'application/json' });
        if (res.status === 404) {
            await discard(res);
            return false;
        }
        if (!res.ok)
            throw await this.failure(res, where);
        await discard(res);
        return true;
    }
    async hasBlob(digest) {
        const where = `${this.label}@${digest}`;
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new store/* OciError */.M(this.label, `${JSON.stringify(digest)} is not a digest`);
        const res = await this.send('HEAD', `/blobs/${digest}`, false, where, {});
        await discard(res);
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await this.failure(res, where, 'BLOB_UNKNOWN');
        return true;
    }
    async putBlobFile(digest, size, file, options = {}) {
        const where = `${this.label}@${digest}`;
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new store/* OciError */.M(this.label, `${JSON.stringify(digest)} is not a digest`);
        const st = await external_node_fs_.promises.stat(file).catch(() => null);
        if (!st?.isFile() || st.size !== size)
            throw new store/* OciError */.M(where, `${file}: ${st?.isFile() ? `${st.size} bytes, the descriptor says ${size}` : 'not a file'}`, undefined, 'BLOB_UNKNOWN');
        if (await this.hasBlob(digest))
            return 'present';
        const from = options.mountFrom !== undefined && options.mountFrom !== this.repository && oci_reference/* REPOSITORY_PATTERN */.G_.test(options.mountFrom) ? options.mountFrom : undefined;
        const start = from ? `/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}` : '/blobs/uploads/';
        const opened = await this.send('POST', start, true, where, { 'content-length': '0' }, undefined, from ? repositoryScope(from, false) : undefined);
        await discard(opened);
        if (from && opened.status === 201)
            return 'mounted';
        if (opened.status !== 202)
            throw await this.failure(opened, where, 'BLOB_UPLOAD_INVALID');
        const location = opened.headers.get('location');
        if (!location)
            throw new store/* OciError */.M(where, 'the registry opened an upload without a Location', opened.status, 'BLOB_UPLOAD_INVALID');
        let url;
        try {
            url = new URL(location, `${this.base}/blobs/uploads/`);
        }
        catch {
            throw new store/* OciError */.M(where, `upload Location ${JSON.stringify(location.slice(0, 200))} is not a URL`, opened.status, 'BLOB_UPLOAD_INVALID');
        }
        if (url.protocol !== new URL(this.base).protocol)
            throw new store/* OciError */.M(where, `refusing an upload Location on ${url.protocol} (the registry is ${new URL(this.base).protocol})`);
        url.searchParams.set('digest', digest);
        const done = await this.send('PUT', url.toString(), true, where, { 'content-type': 'application/octet-stream', 'content-length': String(size) }, new upload/* FileBody */.p(file), undefined, this.timeoutMs + Math.ceil(size / 1024));
        if (done.status !== 201)
            throw await this.failure(done, where, 'BLOB_UPLOAD_INVALID');
        await discard(done);
        const stored = done.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new store/* OciError */.M(where, `registry stored ${stored}, expected ${digest}`, done.status, 'DIGEST_INVALID');
        return 'uploaded';
    }
    where(reference) {
        return `${this.label}${(0,oci_digest/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
    }
    async send(method, pathOrUrl, push, where, headers, body, extraScope, timeoutMs = this.timeoutMs) {
        const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl;
        const sameOrigin = new URL(url).origin === new URL(this.base).origin;
        const scope = [repositoryScope(this.repository, push), ...(extraScope ? [extraScope] : [])].join(' ');
        let authorization = sameOrigin ? await this.auth.header(scope) : undefined;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                res = await (body instanceof upload/* FileBody */.p ? this.uploadImpl : this.fetchImpl)(url, {
                    method,
                    headers: authorization ? { ...headers, authorization } : headers,
                    ...(body ? { body: body } : {}),
                    signal: AbortSignal.timeout(timeoutMs)
                });
            }
            catch (err) {
                const cause = err.cause;
                throw new store/* OciError */.M(where, `${method} failed: ${cause?.code ?? cause?.message ?? err.message}`);
            }
            if (res.status !== 401)
                return res;
            if (attempt > 0 || !sameOrigin)
                throw await this.auth.refused(res, where);
            authorization = await this.auth.challenge(res, scope, where);
        }
    }
    async failure(res, where, unknown = 'MANIFEST_UNKNOWN') {
        if (res.status === 404 && !res.headers.get('content-type')?.includes('json')) {
            await discard(res);
            return new store/* OciError */.M(where, 'not found', 404, unknown);
        }
        const err = await registryError(res);
        return new store/* OciError */.M(where, err.message, res.status, err.code);
    }
}
function checkTag(label, tag) {
    if (!(0,oci_reference/* isTag */.dz)(tag))
        throw new store/* OciError */.M(label, `${JSON.stringify(tag)} is not a tag`);
    return tag;
}
function checkReference(label, reference) {
    if (!(0,oci_reference/* isTag */.dz)(reference) && !(0,oci_digest/* isDigest */.Bc)(reference))
        throw new store/* OciError */.M(label, `${JSON.stringify(reference)} is neither a tag nor a digest`);
    return reference;
}

;// CONCATENATED MODULE: ./src/adapters/oci/index.ts










async function openImageStore(location, options = {}) {
    if (location.startsWith('oci:')) {
        const dir = location.slice('oci:'.length);
        if (!dir)
            throw new Error('oci: needs a directory, as in oci:./images');
        return new layout/* LayoutImageStore */.D(external_node_path_default().resolve(options.cwd ?? '.', dir)).init();
    }
    const ref = (0,oci_reference/* parseReference */.F2)(location);
    if (ref.tag !== undefined || ref.digest !== undefined)
        throw new Error(`${location}: name a repository (HOST[:PORT]/REPOSITORY) without a tag or digest`);
    return new RegistryImageStore(ref.registry, ref.repository, options);
}


/***/ }),

/***/ 7413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ imageTagger),
/* harmony export */   D: () => (/* binding */ imageLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_oci_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5936);
/* harmony import */ var _adapters_oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2093);



function imageLocation(repository, dest) {
    if (dest.where === null)
        return repository;
    const repo = (0,_adapters_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(repository).repository;
    if (dest.where.startsWith('oci:'))
        return `oci:${node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dest.cwd, dest.where.slice(4), ...repo.split('/'))}`;
    return `${dest.where}/${repo}`;
}
function imageTagger(dest) {
    const mounts = new Map();
    return async (image, tag) => {
        const location = imageLocation(image.repository, dest);
        const store = await (0,_adapters_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openImageStore */ .Nr)(location, { cwd: dest.cwd, ...(dest.credentials && !location.startsWith('oci:') ? { credentials: dest.credentials } : {}), ...(dest.onSecret ? { onSecret: dest.onSecret } : {}) });
        if (image.layoutDir) {
            const registry = store instanceof _adapters_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryImageStore */ .uO ? store.registry : null;
            if (registry && !mounts.has(registry))
                mounts.set(registry, new Map());
            const r = await (0,_adapters_oci_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushImage */ .G)(image.layoutDir, image.digest, store, tag, registry ? { mounts: mounts.get(registry), repository: store.repository } : {});
            if (r.digest !== image.digest)
                throw new Error(`${store.label}:${tag}: pushed ${r.digest}, expected ${image.digest}`);
        }
        else {
            const current = await store.resolve(tag);
            if (current !== null && current !== image.digest)
                throw new Error(`${store.label}:${tag} already points at ${current}, not ${image.digest}: a release tag is never moved`);
            if (current === null) {
                if (!(await store.exists(image.digest)))
                    throw new Error(`${store.label}@${image.digest}: the image is not there`);
                const got = await store.tag(image.digest, tag);
                if (got !== image.digest)
                    throw new Error(`${store.label}:${tag}: tagged ${got}, expected ${image.digest}`);
            }
        }
        return { repository: image.repository, digest: image.digest, tag, location: store.label };
    };
}


/***/ })

};
;