"use strict";
exports.id = 48;
exports.ids = [48];
exports.modules = {

/***/ 7048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_FILES: () => (/* binding */ MAX_FILES),
  STALE_TEMP_MS: () => (/* binding */ STALE_TEMP_MS),
  STORE_KEY: () => (/* binding */ STORE_KEY),
  TomlStore: () => (/* binding */ TomlStore),
  openTomlStore: () => (/* binding */ openTomlStore),
  storeDir: () => (/* binding */ storeDir),
  storeKey: () => (/* binding */ storeKey),
  useParsedTomlStore: () => (/* reexport */ toml/* useParsedTomlStore */.wo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/hash/digest.ts + 1 modules
var digest = __webpack_require__(9976);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/core/manifest/toml-codec.ts

function encodeToml(table) {
    return JSON.stringify(encodeValue(table));
}
function decodeToml(json) {
    const root = JSON.parse(json);
    if (!Array.isArray(root) || root[0] !== 0)
        throw new SyntaxError('not a table');
    return reviveValue(root);
}
function encodeValue(v) {
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return v;
        case 'number':
            if (Number.isFinite(v))
                return Object.is(v, -0) ? [2, 'z', 0] : v;
            return [2, v !== v ? 'N' : v > 0 ? 'I' : 'i', 0];
        case 'bigint':
            return [2, 'n', v.toString()];
    }
    if (Array.isArray(v)) {
        const out = [1];
        for (const item of v)
            out.push(encodeValue(item));
        return out;
    }
    if (v instanceof dist/* TomlDate */.PJ)
        return encodeDate(v);
    if (v instanceof Date)
        throw new TypeError('a Date that is not a TomlDate');
    const out = [0];
    for (const k in v)
        out.push(k, encodeValue(v[k]));
    return out;
}
function encodeDate(d) {
    const ms = d.getTime();
    if (d.isDate())
        return [2, 'D', ms];
    if (d.isTime())
        return [2, 'T', ms];
    if (d.isLocal())
        return [2, 'L', ms];
    const iso = d.toISOString();
    return [2, 'O', [1, iso.endsWith('Z') ? 'Z' : iso.slice(-6), ms]];
}
function reviveValue(v) {
    if (typeof v !== 'object') {
        if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
            return v;
        throw new SyntaxError('not a TOML value');
    }
    if (!Array.isArray(v))
        throw new SyntaxError('not a TOML value');
    switch (v[0]) {
        case 0: {
            if (v.length % 2 !== 1)
                throw new SyntaxError('odd table');
            const t = Object.create(null);
            for (let i = 1; i < v.length; i += 2) {
                const k = v[i];
                if (typeof k !== 'string')
                    throw new SyntaxError('key not a string');
                t[k] = reviveValue(v[i + 1]);
            }
            return t;
        }
        case 1: {
            const a = new Array(v.length - 1);
            for (let i = 1; i < v.length; i++)
                a[i - 1] = reviveValue(v[i]);
            return a;
        }
        case 2:
            return reviveSpecial(v[1], v[2]);
    }
    throw new SyntaxError('unknown container');
}
function reviveSpecial(kind, payload) {
    switch (kind) {
        case 'n':
            if (typeof payload === 'string' && /^-?\d+$/.test(payload))
                return BigInt(payload);
            break;
        case 'z':
            return -0;
        case 'N':
            return NaN;
        case 'I':
            return Infinity;
        case 'i':
            return -Infinity;
        case 'D':
            return dist/* TomlDate */.PJ.wrapAsLocalDate(time(payload));
        case 'T':
            return dist/* TomlDate */.PJ.wrapAsLocalTime(time(payload));
        case 'L':
            return dist/* TomlDate */.PJ.wrapAsLocalDateTime(time(payload));
        case 'O':
            if (Array.isArray(payload) && typeof payload[1] === 'string' && /^(?:Z|[+-]\d\d:\d\d)$/.test(payload[1])) {
                return dist/* TomlDate */.PJ.wrapAsOffsetDateTime(time(payload[2]), payload[1]);
            }
    }
    throw new SyntaxError('unknown special value');
}
function time(ms) {
    const d = new Date(typeof ms === 'number' ? ms : NaN);
    if (Number.isNaN(d.getTime()))
        throw new RangeError('invalid date');
    return d;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
;// CONCATENATED MODULE: ./src/adapters/fs/toml-store.ts







function storeKey(build) {
    return (0,digest/* sha256Hex */.f)(JSON.stringify({ store: 'parsed-toml', build: build ?? `unbuilt:${process.pid}:${Date.now()}:${Math.random()}` }));
}
const STORE_KEY = storeKey(version/* BUILD_ID */.j);
const MAX_FILES = 64;
class TomlStore {
    file;
    header;
    #stored;
    #used = new Map();
    #lastText;
    #lastHash = '';
    constructor(file, header, stored) {
        this.file = file;
        this.header = header;
        this.#stored = stored;
    }
    get(text) {
        const hash = this.#hash(text);
        const json = this.#used.get(hash) ?? this.#stored.get(hash);
        if (json === undefined)
            return undefined;
        try {
            const table = decodeToml(json);
            this.#used.set(hash, json);
            return table;
        }
        catch {
            this.#stored.delete(hash);
            return undefined;
        }
    }
    set(text, table) {
        const hash = this.#hash(text);
        if (this.#used.has(hash))
            return;
        try {
            this.#used.set(hash, encodeToml(table));
        }
        catch {
        }
    }
    get changed() {
        if (this.#used.size !== this.#stored.size)
            return true;
        for (const hash of this.#used.keys())
            if (!this.#stored.has(hash))
                return true;
        return false;
    }
    save() {
        if (!this.changed)
            return;
        let body = '';
        for (const [hash, json] of this.#used)
            body += `\n${hash}\t${json}`;
        const head = JSON.stringify({ ...this.header, length: body.length });
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            external_node_fs_default().writeFileSync(tmp, head + body, { mode: 0o600, flag: 'wx' });
            external_node_fs_default().renameSync(tmp, this.file);
        }
        catch {
            external_node_fs_default().rmSync(tmp, { force: true });
            return;
        }
        prune(external_node_path_default().dirname(this.file));
    }
    #hash(text) {
        if (text !== this.#lastText) {
            this.#lastHash = (0,digest/* sha256Hex */.f)(text);
            this.#lastText = text;
        }
        return this.#lastHash;
    }
}
function openTomlStore(root, command, env = process.env, key = STORE_KEY) {
    const dir = storeDir(env);
    if (!dir)
        return null;
    let real;
    try {
        real = external_node_fs_default().realpathSync(root);
    }
    catch {
        return null;
    }
    const header = { key, root: real, command };
    const file = external_node_path_default().join(dir, `${(0,digest/* sha256Hex */.f)(`${real}\0${command}`)}.toml-cache`);
    return new TomlStore(file, header, readEntries(file, header));
}
function storeDir(env) {
    const setting = env.MODULES_REBUILD_TOML_CACHE;
    if (setting === 'off' || setting === '0' || setting === 'false' || typeof process.getuid !== 'function')
        return null;
    try {
        const home = () => env.HOME || external_node_os_default().homedir();
        const dir = setting ? external_node_path_default().resolve(setting) : external_node_path_default().join(env.XDG_CACHE_HOME || external_node_path_default().join(home(), '.cache'), 'modules-rebuild', 'toml-cache');
        external_node_fs_default().mkdirSync(dir, { recursive: true, mode: 0o700 });
        return ownedNotShared(external_node_fs_default().lstatSync(dir)) && external_node_fs_default().lstatSync(dir).isDirectory() ? dir : null;
    }
    catch {
        return null;
    }
}
const ownedNotShared = (st) => st.uid === process.getuid() && (st.mode & 0o022) === 0;
function readEntries(file, header) {
    const entries = new Map();
    let text;
    let fd;
    try {
        fd = external_node_fs_default().openSync(file, (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0));
        const st = external_node_fs_default().fstatSync(fd);
        if (!st.isFile() || !ownedNotShared(st))
            return entries;
        text = external_node_fs_default().readFileSync(fd, 'utf8');
    }
    catch {
        return entries;
    }
    finally {
        if (fd !== undefined)
            external_node_fs_default().closeSync(fd);
    }
    const nl = text.indexOf('\n');
    let head;
    try {
        head = JSON.parse(nl < 0 ? text : text.slice(0, nl));
    }
    catch {
        return entries;
    }
    if (head.key !== header.key || head.root !== header.root || head.command !== header.command)
        return entries;
    if (nl < 0 || head.length !== text.length - nl)
        return entries;
    for (let at = nl + 1; at < text.length;) {
        let end = text.indexOf('\n', at);
        if (end < 0)
            end = text.length;
        if (text.charCodeAt(at + 64) !== 9)
            return new Map();
        entries.set(text.slice(at, at + 64), text.slice(at + 65, end));
        at = end + 1;
    }
    return entries;
}
const TEMP = /^[0-9a-f]{64}\.toml-cache\.\d+\.tmp$/;
const STALE_TEMP_MS = 10 * 60_000;
function prune(dir) {
    try {
        const names = external_node_fs_default().readdirSync(dir);
        const stale = Date.now() - STALE_TEMP_MS;
        for (const name of names)
            if (TEMP.test(name))
                removeIfStale(external_node_path_default().join(dir, name), stale);
        const files = names.filter((f) => f.endsWith('.toml-cache'));
        if (files.length <= MAX_FILES)
            return;
        const byAge = files.map((f) => ({ f, t: external_node_fs_default().statSync(external_node_path_default().join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
        for (const { f } of byAge.slice(0, files.length - MAX_FILES / 2))
            external_node_fs_default().rmSync(external_node_path_default().join(dir, f), { force: true });
    }
    catch {
    }
}
function removeIfStale(file, stale) {
    try {
        const st = external_node_fs_default().lstatSync(file);
        if (st.isFile() && st.uid === process.getuid() && st.mtimeMs < stale)
            external_node_fs_default().unlinkSync(file);
    }
    catch {
    }
}


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


/***/ })

};
;