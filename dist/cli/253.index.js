"use strict";
exports.id = 253;
exports.ids = [253];
exports.modules = {

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ writeChanged),
/* harmony export */   QM: () => (/* binding */ locateManifest),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   r3: () => (/* binding */ openSnapshot),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export readFirstOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7577);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9213);




async function locateManifest(root, manifest = 'modules.toml', outside = 'refuse') {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const stat = statOrNull(absRoot);
    if (stat && !stat.isDirectory()) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(root) || '.';
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${root} is a file, not a directory: --root takes the platform's repository root (the directory that holds modules.toml)${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root).endsWith('.toml') ? `; for this manifest pass --root ${dir}${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root) === 'modules.toml' ? '' : ` --manifest ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root)}`}` : ''}`);
    }
    if (!stat)
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${root}: no such directory (--root takes the platform's repository root)`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absRoot, manifest);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(absRoot, absolute);
    const outsideRoot = rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    if (outsideRoot && outside === 'refuse') {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute);
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArgumentError */ .c1(`--manifest ${manifest} is outside the root ${absRoot}: its package paths, the generated files and modules-rebuild.toml are resolved against the root. Pass --root ${dir}${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute) === 'modules.toml' ? '' : ` --manifest ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute)}`}`);
    }
    const file = outsideRoot ? absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    return { root: absRoot, file, absolute };
}
function statOrNull(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(p);
    }
    catch {
        return null;
    }
}
async function readManifestText(loc) {
    if (!statOrNull(loc.absolute))
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${loc.file}: cannot read: no such file in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(loc.absolute)}; run in the platform's repository root, or pass --root DIR (the action: working-directory) and --manifest FILE when it is not modules.toml`);
    return readText(loc.absolute, loc.file);
}
async function readText(absolute, shown) {
    let buf;
    try {
        buf = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(absolute);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : err.message;
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${shown}: cannot read: ${why}`);
    }
    return decode(buf);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decode(buf) {
    const text = buf.toString('utf8');
    if (!text.includes('\uFFFD'))
        return text;
    try {
        return strictUtf8.decode(buf);
    }
    catch {
        return text;
    }
}
async function readSnapshot(root, files) {
    return openSnapshot(root).read(files);
}
function openSnapshot(root) {
    let reader;
    const get = () => (reader ??= snapshotReader(root));
    return {
        read: async (files) => {
            const r = get();
            const out = new Map();
            for (const rel of files)
                out.set(rel, r.probe(rel));
            return out;
        },
        readFirstOf: async (groups) => firstOf(get(), groups)
    };
}
async function readFirstOf(root, groups) {
    return firstOf(snapshotReader(root), groups);
}
function firstOf(reader, groups) {
    const out = new Map();
    for (const group of groups) {
        for (let i = 0; i < group.length; i++) {
            const rel = group[i];
            const text = i === 0 && group.length > 1 ? reader.open(rel) : reader.probe(rel);
            out.set(rel, text);
            if (text !== null)
                break;
        }
    }
    return out;
}
const NO_FOLLOW = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW ?? 0);
const plain = (rel) => rel !== '.' && !rel.startsWith('./') && !rel.endsWith('/') && !rel.endsWith('/.') && !rel.includes('//') && !rel.includes('/./');
const CHUNK = 64 * 1024;
function snapshotReader(root) {
    let realRoot;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
    }
    catch {
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${root}: no such directory`);
    }
    const posix = (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) === '/';
    const listings = new Map();
    const list = (dir) => {
        let entries = listings.get(dir);
        if (entries === undefined) {
            try {
                entries = new Map(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir), { withFileTypes: true }).map((d) => [d.name, d]));
            }
            catch {
                entries = null;
            }
            listings.set(dir, entries);
        }
        return entries;
    };
    const segmentsOf = (rel) => {
        if ((0,_core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(rel) !== null)
            return null;
        const split = rel.split('/');
        const segments = plain(rel) ? split : split.filter((s) => s !== '' && s !== '.');
        return segments.length === 0 ? null : segments;
    };
    const absoluteOf = (segments) => (posix ? `${root}/${segments.join('/')}` : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...segments));
    const absoluteOfPlain = (rel) => (posix && plain(rel) && (0,_core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(rel) === null ? `${root}/${rel}` : null);
    const walk = (segments, last) => {
        let dir = '';
        let linked = false;
        const dirs = segments.length - 1;
        for (let i = 0; i < dirs; i++) {
            const name = segments[i];
            const entry = list(dir)?.get(name);
            if (!entry)
                return false;
            if (entry.isSymbolicLink())
                linked = true;
            else if (!entry.isDirectory())
                return false;
            dir = dir ? `${dir}/${name}` : name;
        }
        if (last !== null) {
            const entry = last ?? list(dir)?.get(segments[dirs]);
            if (!entry)
                return false;
            if (entry.isSymbolicLink())
                linked = true;
            else if (entry.isDirectory())
                return false;
        }
        return linked ? 'linked' : true;
    };
    const failed = (rel, err) => {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
            return null;
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${rel}: cannot read: ${err.message}`);
    };
    const read = (rel, segments, last) => {
        const inside = walk(segments, last);
        if (inside === false)
            return null;
        const absolute = absoluteOf(segments);
        try {
            if (inside === 'linked') {
                const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(absolute);
                if (real !== realRoot && !real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
                    return null;
                if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real).isDirectory())
                    return null;
            }
            return decode(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(absolute));
        }
        catch (err) {
            return failed(rel, err);
        }
    };
    const probe = (rel) => {
        const quick = absoluteOfPlain(rel);
        const segments = quick === null ? segmentsOf(rel) : null;
        if (quick === null && segments === null)
            return null;
        const parts = () => segments ?? rel.split('/');
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(quick ?? absoluteOf(segments), { throwIfNoEntry: false });
        }
        catch {
            return read(rel, parts(), undefined);
        }
        return stat === undefined ? null : read(rel, parts(), stat);
    };
    let chunk;
    const open = (rel) => {
        const segments = segmentsOf(rel);
        if (segments === null)
            return null;
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(posix && plain(rel) ? `${root}/${rel}` : absoluteOf(segments), NO_FOLLOW);
        }
        catch (err) {
            const code = err.code;
            return code === 'ENOENT' ? null : probe(rel);
        }
        let text = null;
        let whole = false;
        try {
            chunk ??= Buffer.allocUnsafe(CHUNK);
            let n = 0;
            for (let got = -1; got !== 0 && n < CHUNK; n += got)
                got = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, chunk, n, CHUNK - n, null);
            if (n < CHUNK)
                text = decode(chunk.subarray(0, n));
            else
                whole = true;
        }
        catch (err) {
            return failed(rel, err);
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
        const inside = walk(segments, null);
        return inside === false ? null : inside === 'linked' || whole ? probe(rel) : text;
    };
    const texts = new Map();
    const remembered = (how) => (rel) => {
        let text = texts.get(rel);
        if (text === undefined)
            texts.set(rel, (text = how(rel)));
        return text;
    };
    return { probe: remembered(probe), open: remembered(open) };
}
async function writeChanged(root, files, changed) {
    const { applyChanges } = await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 9944));
    const { written } = await applyChanges(root, files.filter((f) => changed.has(f.path)).map((f) => ({ path: f.path, content: f.content })));
    return { written, unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path) };
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


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ digestCanonical),
/* harmony export */   wj: () => (/* binding */ manifestHash)
/* harmony export */ });
/* unused harmony exports HASH_PREFIX, hashText */
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4882);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7172);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9976);



const HASH_PREFIX = 'sha256:';
function digestCanonical(text) {
    return HASH_PREFIX + (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(text);
}
function manifestHash(doc, file) {
    return digestCanonical((0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(doc, file));
}
function hashText(text, file) {
    return manifestHash(parseToml(text, file), file);
}


/***/ }),

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);


const NO_FILE = '<document>';
function canonicalJson(value, file = NO_FILE) {
    const sorted = sortedForStringify(value, 0);
    if (sorted !== SLOW)
        return JSON.stringify(sorted);
    const first = containerOrScalar(value, value, file);
    if (typeof first === 'string')
        return first;
    const out = [];
    const frames = [open(first, out)];
    while (frames.length > 0) {
        const f = frames[frames.length - 1];
        let child = null;
        while (f.next < f.size && child === null) {
            const i = f.next++;
            const sep = i > 0 ? ',' : '';
            let v;
            if (f.keys === null) {
                if (sep)
                    out.push(sep);
                v = f.container[i];
            }
            else {
                const key = f.keys[i];
                out.push(sep + JSON.stringify(key) + ':');
                v = f.container[key];
            }
            const c = containerOrScalar(v, value, file);
            if (typeof c === 'string')
                out.push(c);
            else
                child = c;
        }
        if (child !== null)
            frames.push(open(child, out));
        else {
            out.push(f.keys === null ? ']' : '}');
            frames.pop();
        }
    }
    return out.join('');
}
const SLOW = Symbol('slow');
function sortedForStringify(v, depth) {
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return v;
        case 'number':
            return Number.isFinite(v) ? v : SLOW;
        case 'object':
            break;
        default:
            return SLOW;
    }
    if (depth > MAX_FAST_DEPTH || typeof v.toJSON === 'function')
        return SLOW;
    if (Array.isArray(v)) {
        let copy = null;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            const y = sortedForStringify(x, depth + 1);
            if (y === SLOW)
                return SLOW;
            if (y !== x)
                (copy ??= v.slice())[i] = y;
        }
        return copy ?? v;
    }
    if (!(0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
        return SLOW;
    const keys = Object.keys(v);
    let ordered = true;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const c = k.charCodeAt(0);
        if ((c >= 48 && c <= 57) || k === '__proto__')
            return SLOW;
        if (i > 0 && keys[i - 1] > k)
            ordered = false;
    }
    if (!ordered)
        keys.sort();
    let copy = ordered ? null : {};
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const x = v[k];
        const y = sortedForStringify(x, depth + 1);
        if (y === SLOW)
            return SLOW;
        if (copy === null && y !== x) {
            copy = {};
            for (let j = 0; j < i; j++)
                copy[keys[j]] = v[keys[j]];
        }
        if (copy !== null)
            copy[k] = y;
    }
    return copy ?? v;
}
const MAX_FAST_DEPTH = 200;
function open(container, out) {
    if (Array.isArray(container)) {
        out.push('[');
        return { container, keys: null, size: container.length, next: 0 };
    }
    out.push('{');
    const keys = Object.keys(container).sort();
    return { container, keys, size: keys.length, next: 0 };
}
function containerOrScalar(v, root, file) {
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
            if (Number.isFinite(v))
                return JSON.stringify(v);
            throw notHashable(root, file, 'TOML nan/inf has no JSON form', 'Use a finite number (or a string such as "inf").');
        case 'bigint':
            return v.toString();
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object':
            if (v instanceof Date)
                return JSON.stringify(dateText(v, root, file));
            if (Array.isArray(v))
                return v;
            if ((0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
                return v;
            break;
    }
    throw notHashable(root, file, 'it is not a TOML value', 'Only parsed TOML documents can be hashed.');
}
function dateText(d, root, file) {
    if (!Number.isNaN(d.getTime())) {
        try {
            return d.toISOString();
        }
        catch {
        }
    }
    throw notHashable(root, file, 'the date is invalid', 'Write a valid RFC 3339 date or time.');
}
function notHashable(root, file, why, hint) {
    const path = findUnhashable(root);
    const where = path === null ? 'a value' : path.length === 0 ? 'the document' : formatPath(path);
    return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo([(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', file, null, `${where} cannot be hashed: ${why}`, hint)]);
}
function isUnhashableLeaf(v) {
    if (typeof v === 'number')
        return !Number.isFinite(v);
    if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean')
        return false;
    if (v instanceof Date) {
        if (Number.isNaN(v.getTime()))
            return true;
        try {
            v.toISOString();
            return false;
        }
        catch {
            return true;
        }
    }
    return !Array.isArray(v) && !(0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v);
}
function findUnhashable(root) {
    const stack = [[root, []]];
    while (stack.length > 0) {
        const [v, p] = stack.pop();
        if (isUnhashableLeaf(v))
            return p;
        if (Array.isArray(v))
            v.forEach((x, i) => stack.push([x, [...p, String(i)]]));
        else if ((0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
            for (const k of Object.keys(v))
                stack.push([v[k], [...p, k]]);
    }
    return null;
}
function formatPath(path) {
    return path.map(formatKey).join('.');
}
function formatKey(key) {
    return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
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

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ COMMON)
/* harmony export */ });
const COMMON = {
    root: { type: 'string', default: '.' },
    manifest: { type: 'string', default: 'modules.toml' },
    format: { type: 'string', default: 'text' }
};


/***/ }),

/***/ 9253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hashCommand: () => (/* binding */ hashCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/hash/hash.ts
var hash_hash = __webpack_require__(2718);
// EXTERNAL MODULE: ./src/core/hash/jcs.ts
var jcs = __webpack_require__(7172);
;// CONCATENATED MODULE: ./src/core/hash/explain.ts



function explainHash(doc, against, file) {
    const keys = Object.keys(doc).sort();
    const members = [];
    const inputs = [];
    for (const key of keys) {
        const value = doc[key];
        const json = (0,jcs/* canonicalJson */.dj)(value, file);
        members.push(JSON.stringify(key) + ':' + json);
        const input = { path: (0,jcs/* formatKey */.TD)(key), hash: (0,hash_hash/* digestCanonical */.Hb)(json) };
        const entries = collectionSize(key, value);
        if (entries !== null)
            input.entries = entries;
        inputs.push(input);
    }
    const manifest_hash = (0,hash_hash/* digestCanonical */.Hb)('{' + members.join(',') + '}');
    const changes = against === undefined ? null : diffDocuments(against, doc, file);
    return { manifest_hash, inputs, changes };
}
function collectionSize(key, value) {
    if (!(0,toml/* isTable */.bI)(value))
        return null;
    const values = Object.values(value);
    if (key === 'modules')
        return values.length;
    return values.length > 0 && values.every(toml/* isTable */.bI) ? values.length : null;
}
function has(t, k) {
    return Object.prototype.hasOwnProperty.call(t, k);
}
function unionKeys(a, b) {
    const set = new Set(Object.keys(a));
    for (const k of Object.keys(b))
        set.add(k);
    return [...set];
}
function diffDocuments(before, after, file) {
    const same = (x, y) => (0,jcs/* canonicalJson */.dj)(x, file) === (0,jcs/* canonicalJson */.dj)(y, file);
    const changes = [];
    for (const key of unionKeys(before, after)) {
        const path = [key];
        if (!has(before, key))
            changes.push({ path: (0,jcs/* formatPath */.jV)(path), kind: 'added' });
        else if (!has(after, key))
            changes.push({ path: (0,jcs/* formatPath */.jV)(path), kind: 'removed' });
        else {
            const b = before[key];
            const a = after[key];
            if ((0,toml/* isTable */.bI)(b) && (0,toml/* isTable */.bI)(a))
                diffTable(b, a, path, changes, same);
            else if (!same(b, a))
                changes.push({ path: (0,jcs/* formatPath */.jV)(path), kind: 'changed' });
        }
    }
    return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
function diffTable(before, after, parent, changes, same) {
    for (const key of unionKeys(before, after)) {
        const path = (0,jcs/* formatPath */.jV)([...parent, key]);
        if (!has(before, key))
            changes.push({ path, kind: 'added' });
        else if (!has(after, key))
            changes.push({ path, kind: 'removed' });
        else {
            const b = before[key];
            const a = after[key];
            if (same(b, a))
                continue;
            const change = { path, kind: 'changed' };
            if ((0,toml/* isTable */.bI)(b) && (0,toml/* isTable */.bI)(a)) {
                change.keys = unionKeys(b, a)
                    .filter((k) => !has(b, k) || !has(a, k) || !same(b[k], a[k]))
                    .sort();
            }
            changes.push(change);
        }
    }
}
const COVERS = 'covers the whole parsed document (every key and value); comments, whitespace, key order, ' +
    'inline-vs-table form and CRLF line endings do not count';
function renderExplanation(e) {
    const lines = [`manifest_hash ${e.manifest_hash}`, COVERS, '', 'inputs:'];
    const keyWidth = Math.max(3, ...e.inputs.map((i) => i.path.length));
    const entryWidth = Math.max(7, ...e.inputs.map((i) => String(i.entries ?? '').length));
    lines.push(`  ${'key'.padEnd(keyWidth)}  ${'entries'.padStart(entryWidth)}  hash`);
    for (const i of e.inputs) {
        lines.push(`  ${i.path.padEnd(keyWidth)}  ${String(i.entries ?? '').padStart(entryWidth)}  ${i.hash}`);
    }
    if (e.changes !== null) {
        lines.push('');
        if (e.changes.length === 0)
            lines.push('no changes');
        else {
            lines.push('changes:');
            const sign = { added: '+', removed: '-', changed: '~' };
            for (const c of e.changes) {
                const keys = c.keys && c.keys.length > 0 ? ` (${c.keys.map(jcs/* formatKey */.TD).join(', ')})` : '';
                lines.push(`  ${sign[c.kind]} ${c.path}${keys}`);
            }
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/drivers/cli/command.ts
var command = __webpack_require__(1971);
;// CONCATENATED MODULE: ./src/drivers/cli/hash.ts








const hashCommand = {
    usage: 'modules-rebuild hash [--root DIR] [--manifest FILE] [--format text|json] [--explain] [--against FILE]',
    summary: 'Print manifest_hash (sha256 of the canonical JSON of the TOML document). Needs only parseable TOML.',
    options: { ...command/* COMMON */.S, explain: { type: 'boolean', default: false }, against: { type: 'string' } },
    async run(values, io) {
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const read = async (manifest) => {
            const loc = await (0,fs/* locateManifest */.QM)(root, manifest, 'allow');
            return (0,toml/* parseToml */.MT)(await (0,fs/* readManifestText */.pV)(loc), loc.file);
        };
        try {
            const doc = await read(String(values.manifest));
            const against = typeof values.against === 'string' ? await read(values.against) : undefined;
            const hash = (0,hash_hash/* manifestHash */.wj)(doc);
            const explanation = values.explain || against ? explainHash(doc, against) : null;
            if (values.format === 'json')
                io.stdout((0,render/* jsonReport */.L7)(true, hash, [], explanation ? { explain: explanation } : {}));
            else
                io.stdout(explanation ? renderExplanation(explanation) : hash);
            return 0;
        }
        catch (err) {
            if (!(err instanceof diagnostic/* DiagnosticError */.uo))
                throw err;
            if (values.format === 'json')
                io.stdout((0,render/* jsonReport */.L7)(false, null, err.diagnostics));
            else
                for (const d of err.diagnostics)
                    io.stderr((0,render/* renderText */.S5)(d));
            return 1;
        }
    }
};


/***/ })

};
;