"use strict";
exports.id = 74;
exports.ids = [74];
exports.modules = {

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ expandCommand),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
/* unused harmony exports profileArgs, profileDir */
const profileArgs = (profile) => (profile === 'release' ? ['--release'] : ['--profile', profile]);
function profileDir(profile) {
    if (profile === 'dev' || profile === 'test')
        return 'debug';
    if (profile === 'bench')
        return 'release';
    return profile;
}
function expandCommand(template, ctx) {
    const lists = {
        '{profile_args}': profileArgs(ctx.profile),
        '{target_args}': ctx.triple ? ['--target', ctx.triple] : [],
        '{feature_args}': [...ctx.featureArgs]
    };
    const out = [];
    for (const arg of template) {
        const list = lists[arg];
        if (list)
            out.push(...list);
        else
            out.push(fill(arg, ctx, lists));
    }
    return out;
}
function fill(text, ctx, lists) {
    const values = {
        '{package}': ctx.package,
        '{features}': ctx.features.join(','),
        '{profile}': ctx.profile,
        '{target}': ctx.triple ?? '',
        '{target_dir}': ctx.triple ? `target/${ctx.triple}` : 'target',
        '{profile_dir}': profileDir(ctx.profile)
    };
    return text.replace(/\{[a-z_]+\}/g, (m) => values[m] ?? lists?.[m]?.join(' ') ?? m);
}
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
function shellQuote(argv) {
    return argv.map((a) => (a !== '' && SAFE.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
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

/***/ 2777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ digestJson)
/* harmony export */ });
/* unused harmony export stableJson */
/* harmony import */ var _hash_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9976);

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
function digestJson(value) {
    return (0,_hash_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(stableJson(value));
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

const RELEASE_ID_PATTERN = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?<!\.)$/;
const SHORT_HASH = 12;
const MAX_PREFIX = 64;
const DEFAULT_PREFIX = 'release';
function sanitizePrefix(raw) {
    let p = raw.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '');
    p = p.slice(0, MAX_PREFIX).replace(/\.+$/, '');
    return p === '' ? DEFAULT_PREFIX : p;
}
function defaultPrefix(app) {
    return sanitizePrefix(app.replace(/[-_]server$/, '') || app);
}
function releaseId(prefix, label, parts) {
    return `${sanitizePrefix(prefix)}-${sanitizePrefix(label)}-${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .digestJson */ .t)(parts).slice(0, SHORT_HASH)}`;
}
function shortKey(buildKey, length = 16) {
    return buildKey.replace(/^sha256:/, '').slice(0, length);
}


/***/ }),

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PLAN_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export PLAN_FILE */
const PLAN_SCHEMA_VERSION = 1;
const PLAN_FILE = 'release-plan.json';


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/core/codegen/generate.ts + 7 modules
var generate = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/core/config/config.ts
var config = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/core/config/constants.ts
var constants = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/app/config.ts
var app_config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/manifest/packages.ts
var manifest_packages = __webpack_require__(5624);
// EXTERNAL MODULE: ./src/core/manifest/package-lookup.ts
var package_lookup = __webpack_require__(1776);
// EXTERNAL MODULE: ./src/core/manifest/shape.ts
var shape = __webpack_require__(292);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var manifest_toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/project/project.ts
var project_project = __webpack_require__(2076);
// EXTERNAL MODULE: ./src/core/plan/delta.ts
var delta = __webpack_require__(4169);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/hash/digest.ts + 1 modules
var digest = __webpack_require__(9976);
;// CONCATENATED MODULE: ./src/core/plan/git-objects.ts

const objectId = (type, body, algo = 'sha1') => (0,digest/* digestOf */.o)(algo, [`${type} ${body.length}\0`, body]);
function treeId(entries, algo = 'sha1') {
    const sorted = [...entries].sort(treeOrder);
    return objectId('tree', Buffer.concat(sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), e.id])), algo);
}
function treeOrder(a, b) {
    return compareUtf8(a.mode === '40000' ? a.name + '/' : a.name, b.mode === '40000' ? b.name + '/' : b.name);
}
const SURROGATE = /[\uD800-\uDFFF]/;
function compareUtf8(a, b) {
    if (!SURROGATE.test(a) && !SURROGATE.test(b))
        return a < b ? -1 : a > b ? 1 : 0;
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
const requestKey = (r) => [r.path, ...r.exclude].join('\0');

;// CONCATENATED MODULE: ./src/adapters/git/repo-files.ts


const HEX40 = /^[0-9a-f]{40}$/;
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return null;
    }
}
function configProblem(text) {
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#') || line.startsWith(';'))
            continue;
        const head = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]\s*(.*)$/.exec(line);
        if (head) {
            section = head[1].toLowerCase();
            if (section === 'include' || section === 'includeif')
                return 'config includes';
            if (section === 'extensions')
                return 'repository extensions';
            if (!head[2] || /^[#;]/.test(head[2]))
                continue;
            return 'config with a key on a section line';
        }
        if (line.startsWith('['))
            return 'unparsed config section';
        const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
        if (!kv)
            continue;
        const key = `${section}.${kv[1].toLowerCase()}`;
        const value = (kv[2] ?? 'true').replace(/\s*[#;].*$/, '').replace(/^"|"$/g, '').toLowerCase();
        if (key === 'core.repositoryformatversion' && value !== '0' && value !== '1')
            return `repositoryformatversion ${value}`;
        if (key === 'core.worktree')
            return 'core.worktree';
        if (key === 'core.bare' && value !== 'false' && value !== 'no' && value !== 'off' && value !== '0')
            return 'a bare repository';
        if ((key === 'core.sparsecheckout' || key === 'core.splitindex' || key === 'index.sparse') && value !== 'false' && value !== 'no' && value !== 'off' && value !== '0')
            return key;
    }
    return null;
}
function discover(root) {
    for (const k of ['GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM'])
        if (process.env[k] !== undefined)
            return { unsupported: `${k} is set` };
    let dir;
    try {
        dir = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return { unsupported: 'the root cannot be resolved' };
    }
    const start = dir;
    let dev = (0,external_node_fs_.statSync)(dir).dev;
    for (;;) {
        if (external_node_path_default().basename(dir) === '.git' || (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'HEAD'))) {
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'objects')) && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'refs')))
                return { unsupported: 'inside a git directory' };
        }
        const dotgit = external_node_path_default().join(dir, '.git');
        let st;
        try {
            st = (0,external_node_fs_.statSync)(dotgit);
        }
        catch {
            st = null;
        }
        if (st?.isFile())
            return { unsupported: 'a .git file (linked worktree or submodule)' };
        if (st?.isDirectory() && (0,external_node_fs_.existsSync)(external_node_path_default().join(dotgit, 'HEAD')))
            return layoutOf(dir, dotgit, start);
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return { notRepo: true };
        const pdev = (0,external_node_fs_.statSync)(parent).dev;
        if (pdev !== dev)
            return { notRepo: true };
        dev = pdev;
        dir = parent;
    }
}
function layoutOf(top, gitDir, start) {
    const uid = process.getuid?.();
    if (uid === undefined || (0,external_node_fs_.statSync)(top).uid !== uid || (0,external_node_fs_.statSync)(gitDir).uid !== uid)
        return { unsupported: 'owned by another user (safe.directory)' };
    for (const f of ['commondir', 'info/grafts', 'objects/info/alternates', 'objects/info/http-alternates', 'info/sparse-checkout', 'sharedindex']) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(gitDir, f)))
            return { unsupported: f };
    }
    const config = readText(external_node_path_default().join(gitDir, 'config'));
    if (config === null)
        return { unsupported: 'no config' };
    const problem = configProblem(config);
    if (problem)
        return { unsupported: problem };
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(gitDir, 'refs', 'replace')))
        return { unsupported: 'replace refs' };
    if (/ refs\/replace\//.test(readText(external_node_path_default().join(gitDir, 'packed-refs')) ?? ''))
        return { unsupported: 'replace refs' };
    const rel = external_node_path_default().relative(top, start);
    return { layout: { top, gitDir, prefix: rel ? rel.split((external_node_path_default()).sep).join('/') + '/' : '' } };
}
class Refs {
    gitDir;
    packed = null;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    packedRefs() {
        if (this.packed)
            return this.packed;
        const map = new Map();
        for (const line of (readText(external_node_path_default().join(this.gitDir, 'packed-refs')) ?? '').split('\n')) {
            if (!line || line.startsWith('#') || line.startsWith('^'))
                continue;
            const m = /^([0-9a-f]{40}) (.+)$/.exec(line);
            if (!m)
                throw new UnsupportedRepo(`packed-refs line ${JSON.stringify(line)}`);
            map.set(m[2], m[1]);
        }
        return (this.packed = map);
    }
    resolve(name, depth = 0) {
        if (depth > 5)
            throw new UnsupportedRepo(`symbolic ref loop at ${name}`);
        if (!/^(HEAD|refs\/[^\0\\]+)$/.test(name) || name.split('/').some((c) => c === '' || c === '.' || c === '..' || c.endsWith('.lock')))
            return null;
        const file = external_node_path_default().join(this.gitDir, ...name.split('/'));
        let text = null;
        try {
            if ((0,external_node_fs_.statSync)(file).isFile())
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            text = null;
        }
        if (text !== null) {
            const t = text.trim();
            if (HEX40.test(t))
                return t;
            const sym = /^ref: (\S+)$/.exec(t);
            if (sym)
                return this.resolve(sym[1], depth + 1);
            throw new UnsupportedRepo(`ref ${name}: ${JSON.stringify(t.slice(0, 60))}`);
        }
        return this.packedRefs().get(name) ?? null;
    }
    dwim(name) {
        for (const candidate of [name, `refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`]) {
            if (candidate !== 'HEAD' && !candidate.startsWith('refs/')) {
                if ((0,external_node_fs_.existsSync)(external_node_path_default().join(this.gitDir, candidate)))
                    throw new UnsupportedRepo(`a file ${candidate} in the git directory`);
                continue;
            }
            const id = this.resolve(candidate);
            if (id)
                return id;
        }
        return null;
    }
}
class UnsupportedRepo extends Error {
}
function simpleRevision(ref) {
    return HEX40.test(ref) || (/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) && !ref.includes('..') && !ref.includes('//') && !ref.endsWith('/') && !ref.endsWith('.lock') && !/^[0-9a-f]{4,39}$/.test(ref) && !/@|\^|~|:/.test(ref));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/adapters/git/object-store.ts




const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const deflateBound = (size) => size + 5 * Math.ceil(size / 16383 + 1) + 64;
class ObjectStore {
    objects;
    packs = null;
    cache = new Map();
    present = new Set();
    constructor(objects) {
        this.objects = objects;
    }
    loadPacks() {
        if (this.packs)
            return this.packs;
        const dir = external_node_path_default().join(this.objects, 'pack');
        let names = [];
        try {
            names = (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.idx')).sort();
        }
        catch {
            names = [];
        }
        const packs = [];
        for (const n of names) {
            const idx = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, n));
            if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2)
                throw new UnsupportedRepo(`pack index ${n} is not version 2`);
            const file = external_node_path_default().join(dir, n.slice(0, -4) + '.pack');
            const fd = (0,external_node_fs_.openSync)(file, 'r');
            packs.push({ file, fd, size: (0,external_node_fs_.fstatSync)(fd).size, idx, count: idx.readUInt32BE(8 + 255 * 4) });
        }
        return (this.packs = packs);
    }
    close() {
        for (const p of this.packs ?? []) {
            if (p.fd !== null)
                (0,external_node_fs_.closeSync)(p.fd);
            p.fd = null;
        }
    }
    read(id) {
        const cached = this.cache.get(id);
        if (cached)
            return cached;
        const bin = Buffer.from(id, 'hex');
        for (const p of this.loadPacks()) {
            const offset = findInPack(p, bin);
            if (offset !== null)
                return this.remember(id, this.readPacked(p, offset, 0));
        }
        let raw;
        try {
            raw = (0,external_node_fs_.readFileSync)(external_node_path_default().join(this.objects, id.slice(0, 2), id.slice(2)));
        }
        catch {
            return null;
        }
        const data = (0,external_node_zlib_.inflateSync)(raw);
        const nul = data.indexOf(0);
        const m = /^(commit|tree|blob|tag) (\d+)$/.exec(data.subarray(0, nul).toString('latin1'));
        if (!m || Number(m[2]) !== data.length - nul - 1)
            throw new UnsupportedRepo(`loose object ${id} has a bad header`);
        return this.remember(id, { type: m[1], body: data.subarray(nul + 1) });
    }
    has(id) {
        if (this.cache.has(id) || this.present.has(id))
            return true;
        const bin = Buffer.from(id, 'hex');
        for (const p of this.loadPacks())
            if (findInPack(p, bin) !== null)
                return this.seen(id);
        return (0,external_node_fs_.existsSync)(external_node_path_default().join(this.objects, id.slice(0, 2), id.slice(2))) && this.seen(id);
    }
    seen(id) {
        this.present.add(id);
        return true;
    }
    remember(id, o) {
        if (o.type !== 'blob')
            this.cache.set(id, o);
        return o;
    }
    readPacked(p, offset, depth) {
        if (depth > 100)
            throw new UnsupportedRepo('delta chain deeper than 100');
        const head = readAt(p, offset, 32);
        let c = head[0];
        const type = (c >> 4) & 7;
        let size = c & 15;
        let at = 1;
        for (let shift = 4; c & 0x80; shift += 7) {
            c = head[at++];
            size += (c & 0x7f) * 2 ** shift;
        }
        if (TYPES[type])
            return { type: TYPES[type], body: this.inflate(p, offset + at, size) };
        if (type === 6) {
            c = head[at++];
            let back = c & 0x7f;
            while (c & 0x80) {
                c = head[at++];
                back = (back + 1) * 128 + (c & 0x7f);
            }
            const base = this.readPacked(p, offset - back, depth + 1);
            return { type: base.type, body: applyDelta(base.body, this.inflate(p, offset + at, size)) };
        }
        if (type === 7) {
            const baseId = head.subarray(at, at + 20).toString('hex');
            const base = this.read(baseId);
            if (!base)
                throw new UnsupportedRepo(`REF_DELTA base ${baseId} missing (thin pack?)`);
            return { type: base.type, body: applyDelta(base.body, this.inflate(p, offset + at + 20, size)) };
        }
        throw new UnsupportedRepo(`pack object type ${type}`);
    }
    inflate(p, offset, size) {
        const out = (0,external_node_zlib_.inflateSync)(readAt(p, offset, Math.min(deflateBound(size), p.size - offset)));
        if (out.length !== size)
            throw new UnsupportedRepo(`pack object at ${offset}: ${out.length} bytes instead of ${size}`);
        return out;
    }
}
function readAt(p, offset, length) {
    if (p.fd === null)
        p.fd = (0,external_node_fs_.openSync)(p.file, 'r');
    const buf = Buffer.allocUnsafe(Math.max(0, Math.min(length, p.size - offset)));
    let got = 0;
    while (got < buf.length) {
        const n = (0,external_node_fs_.readSync)(p.fd, buf, got, buf.length - got, offset + got);
        if (n === 0)
            break;
        got += n;
    }
    return buf.subarray(0, got);
}
function findInPack(p, id) {
    const first = id[0];
    let lo = first === 0 ? 0 : p.idx.readUInt32BE(8 + (first - 1) * 4);
    let hi = p.idx.readUInt32BE(8 + first * 4);
    const names = 8 + 256 * 4;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const cmp = p.idx.compare(id, 0, 20, names + mid * 20, names + mid * 20 + 20);
        if (cmp === 0) {
            const offsets = names + p.count * 24;
            const o = p.idx.readUInt32BE(offsets + mid * 4);
            if (!(o & 0x80000000))
                return o;
            const large = offsets + p.count * 4 + (o & 0x7fffffff) * 8;
            return p.idx.readUInt32BE(large) * 2 ** 32 + p.idx.readUInt32BE(large + 4);
        }
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return null;
}
function applyDelta(base, delta) {
    let at = 0;
    const varint = () => {
        let v = 0;
        let shift = 0;
        let c;
        do {
            c = delta[at++];
            v += (c & 0x7f) * 2 ** shift;
            shift += 7;
        } while (c & 0x80);
        return v;
    };
    if (varint() !== base.length)
        throw new UnsupportedRepo('delta base size mismatch');
    const out = Buffer.allocUnsafe(varint());
    let w = 0;
    while (at < delta.length) {
        const op = delta[at++];
        if (op & 0x80) {
            let off = 0;
            let len = 0;
            for (let i = 0; i < 4; i++)
                if (op & (1 << i))
                    off += delta[at++] * 2 ** (8 * i);
            for (let i = 0; i < 3; i++)
                if (op & (16 << i))
                    len += delta[at++] * 2 ** (8 * i);
            if (len === 0)
                len = 0x10000;
            if (off + len > base.length || w + len > out.length)
                throw new UnsupportedRepo('delta copy out of range');
            base.copy(out, w, off, off + len);
            w += len;
        }
        else if (op) {
            if (w + op > out.length || at + op > delta.length)
                throw new UnsupportedRepo('delta insert out of range');
            delta.copy(out, w, at, at + op);
            w += op;
            at += op;
        }
        else
            throw new UnsupportedRepo('delta opcode 0');
    }
    if (w !== out.length)
        throw new UnsupportedRepo('delta result size mismatch');
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/git/reader.ts



class GitReader {
    layout;
    refs;
    store;
    trees = new Map();
    constructor(layout) {
        this.layout = layout;
        this.refs = new Refs(layout.gitDir);
        this.store = new ObjectStore(external_node_path_default().join(layout.gitDir, 'objects'));
    }
    get indexFile() {
        return external_node_path_default().join(this.layout.gitDir, 'index');
    }
    get objectsDir() {
        return external_node_path_default().join(this.layout.gitDir, 'objects');
    }
    head() {
        const id = this.refs.resolve('HEAD');
        return id && this.peel(id, 'commit');
    }
    resolveCommit(ref) {
        if (!simpleRevision(ref))
            throw new UnsupportedRepo(`revision syntax ${JSON.stringify(ref)}`);
        const id = /^[0-9a-f]{40}$/.test(ref) ? ref : this.refs.dwim(ref);
        return id && this.peel(id, 'commit');
    }
    peel(id, type) {
        for (let i = 0; i < 20; i++) {
            const o = this.store.read(id);
            if (!o)
                return null;
            if (o.type === type)
                return id;
            if (o.type !== 'tag')
                return null;
            const m = /^object ([0-9a-f]{40})\n/.exec(o.body.toString('latin1', 0, 60));
            if (!m)
                return null;
            id = m[1];
        }
        return null;
    }
    objectAt(rev, p) {
        const at = this.locate(rev, p);
        if (!at)
            return null;
        const o = this.store.read(at.oid);
        if (!o)
            throw new UnsupportedRepo(`object ${at.oid} is not in the object store`);
        return { oid: at.oid, type: o.type, body: o.body };
    }
    entryAt(rev, p) {
        const at = this.locate(rev, p);
        if (!at)
            return null;
        if (!this.store.has(at.oid))
            throw new UnsupportedRepo(`object ${at.oid} is not in the object store`);
        return at;
    }
    treeOf(rev) {
        return this.locate(rev, '').oid;
    }
    locate(rev, p) {
        const c = this.store.read(rev);
        if (!c)
            throw new UnsupportedRepo(`${rev} is not in the object store`);
        if (c.type !== 'commit' && c.type !== 'tree')
            throw new UnsupportedRepo(`${rev} is a ${c.type}`);
        const m = c.type === 'tree' ? [rev, rev] : /^tree ([0-9a-f]{40})\n/.exec(c.body.toString('latin1', 0, 46));
        if (!m)
            throw new UnsupportedRepo(`commit ${rev} without a tree line`);
        let oid = m[1];
        let type = 'tree';
        if (p !== '') {
            for (const part of p.split('/')) {
                if (part === '' || part === '.' || part === '..')
                    throw new UnsupportedRepo(`path ${JSON.stringify(p)}`);
                if (type !== 'tree')
                    return null;
                const e = this.entries(oid).get(ASCII.test(part) ? part : Buffer.from(part).toString('latin1'));
                if (!e)
                    return null;
                oid = e.oid;
                type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
                if (type === 'commit') {
                    throw new UnsupportedRepo(`submodule at ${p}`);
                }
            }
        }
        return { oid, type };
    }
    entries(oid) {
        const known = this.trees.get(oid);
        if (known)
            return known;
        const tree = this.store.read(oid);
        if (!tree)
            throw new UnsupportedRepo(`tree ${oid} is not in the object store`);
        const out = treeEntries(tree.body);
        this.trees.set(oid, out);
        return out;
    }
}
const ASCII = /^[\x00-\x7f]*$/;
function treeEntries(body) {
    const out = new Map();
    let at = 0;
    while (at < body.length) {
        const sp = body.indexOf(0x20, at);
        const nul = body.indexOf(0, sp);
        if (sp < 0 || nul < 0)
            throw new UnsupportedRepo('malformed tree');
        const name = body.toString('latin1', sp + 1, nul);
        if (!out.has(name))
            out.set(name, { mode: body.toString('latin1', at, sp), oid: body.toString('hex', nul + 1, nul + 21) });
        at = nul + 21;
    }
    return out;
}
function openReader(root) {
    const d = discover(root);
    if ('layout' in d)
        return { reader: new GitReader(d.layout) };
    return d;
}

;// CONCATENATED MODULE: ./src/adapters/git/index-file.ts


const KNOWN_OPTIONAL = new Set(['TREE', 'REUC', 'UNTR', 'FSMN', 'EOIE', 'IEOT']);
function readIndex(file) {
    let buf;
    let st;
    try {
        st = (0,external_node_fs_.statSync)(file, { bigint: true });
        buf = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return null;
    }
    return { ...parseIndex(buf), mtimeS: Number(st.mtimeNs / 1000000000n), mtimeNs: Number(st.mtimeNs % 1000000000n) };
}
function parseIndex(buf) {
    if (buf.length < 32 || buf.toString('latin1', 0, 4) !== 'DIRC')
        throw new UnsupportedRepo('index without a DIRC header');
    const version = buf.readUInt32BE(4);
    if (version < 2 || version > 4)
        throw new UnsupportedRepo(`index version ${version}`);
    const count = buf.readUInt32BE(8);
    const end = buf.length - 20;
    const entries = [];
    let at = 12;
    let previous = Buffer.alloc(0);
    for (let i = 0; i < count; i++) {
        const start = at;
        if (at + 62 > end)
            throw new UnsupportedRepo('truncated index');
        const flags = buf.readUInt16BE(at + 60);
        at += 62;
        if (flags & 0x4000) {
            if (version < 3)
                throw new UnsupportedRepo('extended index flags in version 2');
            const extended = buf.readUInt16BE(at);
            at += 2;
            if (extended & 0x4000)
                throw new UnsupportedRepo('skip-worktree entries (sparse checkout)');
            if (extended & 0x2000)
                throw new UnsupportedRepo('intent-to-add entries');
            if (extended & ~0x6000)
                throw new UnsupportedRepo('unknown extended index flags');
        }
        let name;
        if (version === 4) {
            let c = buf[at++];
            let strip = c & 0x7f;
            while (c & 0x80) {
                c = buf[at++];
                strip = ((strip + 1) << 7) | (c & 0x7f);
            }
            const nul = buf.indexOf(0, at);
            if (nul < 0 || strip > previous.length)
                throw new UnsupportedRepo('bad index v4 path');
            name = Buffer.concat([previous.subarray(0, previous.length - strip), buf.subarray(at, nul)]);
            at = nul + 1;
        }
        else {
            const nul = buf.indexOf(0, at);
            if (nul < 0)
                throw new UnsupportedRepo('bad index path');
            name = buf.subarray(at, nul);
            at = start + ((nul - start + 8) & ~7);
        }
        previous = name;
        const mode = buf.readUInt32BE(start + 24);
        const type = mode >>> 12;
        if (type !== 0o10 && type !== 0o12 && type !== 0o16)
            throw new UnsupportedRepo(`index entry mode ${mode.toString(8)}`);
        entries.push({
            name: name.toString('utf8'),
            ctimeS: buf.readUInt32BE(start),
            ctimeNs: buf.readUInt32BE(start + 4),
            mtimeS: buf.readUInt32BE(start + 8),
            mtimeNs: buf.readUInt32BE(start + 12),
            ino: buf.readUInt32BE(start + 20),
            mode,
            uid: buf.readUInt32BE(start + 28),
            gid: buf.readUInt32BE(start + 32),
            size: buf.readUInt32BE(start + 36),
            id: buf.toString('hex', start + 40, start + 60),
            stage: (flags >> 12) & 3,
            assumeValid: (flags & 0x8000) !== 0
        });
    }
    const trees = new Map();
    while (at < end) {
        if (at + 8 > end)
            throw new UnsupportedRepo('truncated index extension');
        const sig = buf.toString('latin1', at, at + 4);
        const size = buf.readUInt32BE(at + 4);
        if (at + 8 + size > end)
            throw new UnsupportedRepo('index extensions overrun the checksum');
        if (sig === 'TREE')
            cacheTree(buf.subarray(at + 8, at + 8 + size), trees);
        else if (!KNOWN_OPTIONAL.has(sig)) {
            if (!(sig.charCodeAt(0) >= 65 && sig.charCodeAt(0) <= 90))
                throw new UnsupportedRepo(`index extension ${JSON.stringify(sig)}`);
        }
        at += 8 + size;
    }
    if (at !== end)
        throw new UnsupportedRepo('index extensions overrun the checksum');
    return { entries, trees };
}
function cacheTree(ext, trees) {
    let at = 0;
    const node = (dir, depth) => {
        if (depth > 4096)
            throw new UnsupportedRepo('cache-tree nested too deep');
        const nul = ext.indexOf(0, at);
        const nl = ext.indexOf(0x0a, nul);
        if (nul < 0 || nl < 0)
            throw new UnsupportedRepo('malformed cache-tree');
        const name = ext.toString('utf8', at, nul);
        if (name.includes('\uFFFD'))
            throw new UnsupportedRepo('a cache-tree name that is not UTF-8');
        const m = /^(-?\d+) (\d+)$/.exec(ext.toString('latin1', nul + 1, nl));
        if (!m)
            throw new UnsupportedRepo('malformed cache-tree');
        at = nl + 1;
        const path = dir === null ? '' : dir === '' ? name : `${dir}/${name}`;
        if (Number(m[1]) >= 0) {
            if (at + 20 > ext.length)
                throw new UnsupportedRepo('malformed cache-tree');
            trees.set(path, ext.toString('hex', at, at + 20));
            at += 20;
        }
        for (let i = Number(m[2]); i > 0; i--)
            node(path, depth + 1);
    };
    try {
        node(null, 0);
        if (at !== ext.length)
            throw new UnsupportedRepo('malformed cache-tree');
    }
    catch (err) {
        if (!(err instanceof UnsupportedRepo))
            throw err;
        trees.clear();
    }
}

;// CONCATENATED MODULE: ./src/adapters/git/index-trees.ts


const modeText = (mode) => (mode >>> 12 === 0o12 ? '120000' : mode & 0o111 ? '100755' : '100644');
class IndexTrees {
    index;
    entries;
    names;
    constructor(index) {
        this.index = index;
        this.entries = index.entries;
        this.names = index.entries.map((e) => e.name);
    }
    under(p) {
        const { entries } = this;
        if (p === '')
            return entries;
        const at = this.lowerBound(p);
        const below = this.lowerBound(p + '/');
        return [...entries.slice(at, this.end(at, p, (n) => n === p)), ...entries.slice(below, this.end(below, p + '/'))];
    }
    idAt(p, exclude = []) {
        if (p !== '' && p.split('/').some((s) => s === '' || s === '.' || s === '..'))
            throw new UnsupportedRepo(`path ${JSON.stringify(p)}`);
        if (p !== '') {
            const at = this.lowerBound(p);
            const file = this.entries[at];
            if (file?.name === p) {
                if (file.stage !== 0 || this.names[at + 1] === p)
                    throw new UnsupportedRepo(`conflict at ${p}`);
                if (file.mode >>> 12 === 0o16)
                    throw new UnsupportedRepo(`submodule at ${p}`);
                return file.id;
            }
        }
        const lo = p === '' ? 0 : this.lowerBound(p + '/');
        const hi = p === '' ? this.names.length : this.end(lo, p + '/');
        if (lo === hi)
            return null;
        if (!exclude.length && this.index.trees.has(p))
            return this.index.trees.get(p);
        return this.treeAt(p, lo, hi, exclude)?.toString('hex') ?? null;
    }
    treeAt(dir, lo, hi, exclude) {
        const cut = dir === '' ? 0 : dir.length + 1;
        const out = [];
        for (let i = lo; i < hi;) {
            const e = this.entries[i];
            if (e.stage !== 0)
                throw new UnsupportedRepo(`conflict at ${e.name}`);
            if (e.name.includes('\uFFFD'))
                throw new UnsupportedRepo(`a name that is not UTF-8 below ${dir}`);
            const slash = e.name.indexOf('/', cut);
            if (slash < 0) {
                if (e.mode >>> 12 === 0o16)
                    throw new UnsupportedRepo(`submodule at ${e.name}`);
                if (!exclude.includes(e.name))
                    out.push({ name: e.name.slice(cut), mode: modeText(e.mode), id: Buffer.from(e.id, 'hex') });
                i++;
                continue;
            }
            const child = e.name.slice(0, slash);
            const start = i;
            i = this.end(i, child + '/', undefined, hi);
            if (exclude.includes(child))
                continue;
            const cached = this.index.trees.get(child);
            const id = exclude.some((x) => x.startsWith(child + '/')) ? this.treeAt(child, start, i, exclude) : cached !== undefined ? Buffer.from(cached, 'hex') : this.treeAt(child, start, i, exclude);
            if (id)
                out.push({ name: child.slice(cut), mode: '40000', id });
        }
        return out.length ? treeId(out) : null;
    }
    end(from, prefix, test = (n) => n.startsWith(prefix), hi = this.names.length) {
        let j = from;
        while (j < hi && test(this.names[j]))
            j++;
        return j;
    }
    lowerBound(p) {
        let lo = 0;
        let hi = this.names.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compareUtf8(this.names[mid], p) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}

;// CONCATENATED MODULE: ./src/adapters/git/status.ts






const S = 1000000000n;
function worktreeState(reader, head, full) {
    const index = readIndex(reader.indexFile);
    if (!index)
        throw new UnsupportedRepo('no index');
    const trees = new IndexTrees(index);
    const same = index.trees.get('') === reader.treeOf(head);
    const dirty = { state: 'dirty', head: null };
    const tops = outermost(full);
    for (const p of tops) {
        const entries = trees.under(p);
        if (entries.some((e) => e.stage !== 0))
            return dirty;
        if (entries.some((e) => e.mode >>> 12 === 0o16))
            throw new UnsupportedRepo(`submodule under ${p}`);
        if (!same && (reader.entryAt(head, p)?.oid ?? null) !== (entries.length ? trees.idAt(p) : null))
            return dirty;
        for (const e of entries)
            if (!fileMatches(reader.layout.top, e, index))
                return dirty;
        untracked(reader.layout.top, p, new Set(entries.map((e) => e.name)));
    }
    return { state: 'clean', head: same ? trees : null };
}
function outermost(paths) {
    const set = new Set(paths);
    if (set.has(''))
        return [''];
    const below = (p) => {
        for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1))
            if (set.has(p.slice(0, i)))
                return true;
        return false;
    };
    return [...set].filter((p) => !below(p)).sort();
}
const lo32 = (n) => Number(n & 0xffffffffn);
function fileMatches(top, e, index) {
    if (e.assumeValid)
        return true;
    const file = external_node_path_default().join(top, ...e.name.split('/'));
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(file, { bigint: true });
    }
    catch {
        return false;
    }
    const link = e.mode >>> 12 === 0o12;
    if (link ? !st.isSymbolicLink() : !st.isFile())
        return false;
    if (!link && (Number(st.mode) & 0o100 ? 0o100755 : 0o100644) !== e.mode)
        return false;
    const statSame = lo32(st.mtimeNs / S) === e.mtimeS &&
        lo32(st.mtimeNs % S) === e.mtimeNs &&
        lo32(st.ctimeNs / S) === e.ctimeS &&
        lo32(st.ctimeNs % S) === e.ctimeNs &&
        lo32(st.ino) === e.ino &&
        lo32(st.uid) === e.uid &&
        lo32(st.gid) === e.gid &&
        lo32(st.size) === e.size;
    const racy = index.mtimeS < e.mtimeS || (index.mtimeS === e.mtimeS && index.mtimeNs <= e.mtimeNs);
    if (statSame && !racy)
        return true;
    const body = link ? Buffer.from((0,external_node_fs_.readlinkSync)(file)) : (0,external_node_fs_.readFileSync)(file);
    return objectId('blob', body).toString('hex') === e.id;
}
function untracked(top, p, tracked) {
    const walk = (rel) => {
        const abs = external_node_path_default().join(top, ...rel.split('/').filter(Boolean));
        for (const d of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const name = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.isDirectory()) {
                if (rel === '' && d.name === '.git')
                    continue;
                walk(name);
            }
            else if (!tracked.has(name))
                throw new UnsupportedRepo(`untracked ${name}: its ignore rules need git`);
        }
    };
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(top, ...p.split('/').filter(Boolean)));
    }
    catch {
        return;
    }
    if (st.isDirectory())
        walk(p);
    else if (!tracked.has(p))
        throw new UnsupportedRepo(`untracked ${p}: its ignore rules need git`);
}

;// CONCATENATED MODULE: ./src/adapters/git/git.ts









const git = async (args, o) => (await __webpack_require__.e(/* import() */ 938).then(__webpack_require__.bind(__webpack_require__, 8938))).git(args, o);
function inProcess(repo, fn) {
    if (!repo.reader)
        return undefined;
    try {
        return fn(repo.reader);
    }
    catch (err) {
        if (err instanceof UnsupportedRepo)
            return undefined;
        throw err;
    }
    finally {
        repo.reader.store.close();
    }
}
function gitOnPath() {
    for (const dir of (process.env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        try {
            (0,external_node_fs_.accessSync)(external_node_path_default().join(dir, 'git'), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
        }
    }
    return false;
}
async function openRepo(root) {
    if (process.platform !== 'win32' && !gitOnPath())
        return { repo: null, note: 'git is not installed' };
    const found = openReader(root);
    if ('notRepo' in found)
        return { repo: null, note: 'not a git repository' };
    if ('reader' in found) {
        const reader = found.reader;
        const repo = { top: reader.layout.top, prefix: reader.layout.prefix, index: reader.indexFile, objects: reader.objectsDir, head: null, reader };
        const head = inProcess(repo, (r) => ({ id: r.head() }));
        if (head)
            return { repo: { ...repo, head: head.id }, note: null };
    }
    return openRepoWithGit(root);
}
async function openRepoWithGit(root) {
    const args = ['rev-parse', '--show-toplevel', '--show-prefix', '--git-path', 'index', '--git-path', 'objects'];
    let lines;
    let head = null;
    try {
        const r = await git([...args, 'HEAD'], { cwd: root, allow: [128] });
        if (r.code === 0) {
            lines = r.stdout.toString('utf8').split('\n');
            head = /^[0-9a-f]{40,64}$/.test(lines[4] ?? '') ? lines[4] : null;
        }
        else
            lines = (await git(args, { cwd: root })).stdout.toString('utf8').split('\n');
    }
    catch (err) {
        const message = err.message;
        if (/ENOENT/.test(message))
            return { repo: null, note: 'git is not installed' };
        return { repo: null, note: /not a git repository/i.test(message) ? 'not a git repository' : message.split('\n')[0] };
    }
    const [top, prefix, index, objects] = lines;
    if (!top || prefix === undefined || !index || !objects)
        return { repo: null, note: 'git rev-parse gave no working tree (bare repository?)' };
    return { repo: { top, prefix, index: external_node_path_default().resolve(root, index), objects: external_node_path_default().resolve(root, objects), head }, note: null };
}
async function catObjects(repo, names, env, bodies) {
    const out = new Map();
    const unique = [...new Set(names)];
    if (!unique.length)
        return out;
    const local = env ? undefined : inProcess(repo, (r) => readObjects(r, unique, bodies));
    if (local)
        return local;
    for (const n of unique)
        if (n.includes('\n'))
            throw new errors/* GitError */.XS(`object name with a line break: ${JSON.stringify(n)}`);
    const r = await git(['cat-file', '--batch'], { cwd: repo.top, input: unique.join('\n') + '\n', ...(env ? { env } : {}) });
    const buf = r.stdout;
    let at = 0;
    for (const n of unique) {
        const nl = buf.indexOf(0x0a, at);
        if (nl < 0)
            throw new errors/* GitError */.XS('git cat-file --batch: truncated output');
        const header = buf.subarray(at, nl).toString('utf8');
        at = nl + 1;
        const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.set(n, null);
            continue;
        }
        const size = Number(m[3]);
        out.set(n, { oid: m[1], type: m[2], body: buf.subarray(at, at + size) });
        at += size + 1;
    }
    return out;
}
const NO_BODY = Buffer.alloc(0);
function readObjects(reader, names, bodies) {
    const out = new Map();
    for (const n of names) {
        const m = /^([0-9a-f]{40}):(.*)$/s.exec(n);
        if (!m)
            throw new UnsupportedRepo(`object name ${JSON.stringify(n)}`);
        if (bodies && !bodies.has(n)) {
            const e = reader.entryAt(m[1], m[2]);
            out.set(n, e && { ...e, body: NO_BODY });
        }
        else
            out.set(n, reader.objectAt(m[1], m[2]));
    }
    return out;
}
function parseTree(body, idLength) {
    const out = [];
    let at = 0;
    while (at < body.length) {
        const sp = body.indexOf(0x20, at);
        const nul = body.indexOf(0, sp);
        out.push({ mode: body.subarray(at, sp).toString('latin1'), name: body.subarray(sp + 1, nul).toString('utf8'), id: Buffer.from(body.subarray(nul + 1, nul + 1 + idLength)) });
        at = nul + 1 + idLength;
    }
    return out;
}
async function git_readAt(repo, rev, paths) {
    const found = await catObjects(repo, paths.map((p) => `${rev}:${repo.prefix}${p}`));
    return new Map(paths.map((p) => {
        const o = found.get(`${rev}:${repo.prefix}${p}`) ?? null;
        return [p, o && o.type === 'blob' ? o.body.toString('utf8') : null];
    }));
}
async function resolveCommit(repo, ref) {
    if (ref.startsWith('-') || ref.includes('\n') || ref === '')
        return null;
    const local = inProcess(repo, (r) => ({ id: r.resolveCommit(ref) }));
    if (local)
        return local.id;
    const r = await git(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { cwd: repo.top, allow: [1, 128] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
async function idsAt(repo, revs, requests, env) {
    const dirs = new Set();
    for (const r of requests) {
        for (const x of r.exclude)
            for (let d = external_node_path_default().posix.dirname(x); d.length > r.path.length; d = external_node_path_default().posix.dirname(d))
                dirs.add(d);
    }
    const name = (rev, p) => `${rev}:${repo.prefix}${p}`;
    const bodies = new Set(revs.flatMap((rev) => [...requests.filter((r) => r.exclude.length).map((r) => name(rev, r.path)), ...[...dirs].map((d) => name(rev, d))]));
    const found = await catObjects(repo, revs.flatMap((rev) => [...requests.map((r) => name(rev, r.path)), ...[...dirs].map((d) => name(rev, d))]), env, bodies);
    const out = new Map();
    for (const rev of revs) {
        const ids = new Map();
        const idOf = (dir, exclude) => {
            const o = found.get(name(rev, dir)) ?? null;
            if (!o || o.type !== 'tree')
                return o && o.type === 'blob' ? o.oid : null;
            const kept = [];
            for (const e of parseTree(o.body, o.oid.length / 2)) {
                const child = `${dir}/${e.name}`;
                if (exclude.includes(child))
                    continue;
                if (e.mode === '40000' && exclude.some((x) => x.startsWith(child + '/'))) {
                    const sub = idOf(child, exclude);
                    if (sub)
                        kept.push({ ...e, id: Buffer.from(sub, 'hex') });
                }
                else
                    kept.push(e);
            }
            if (!kept.length)
                return null;
            return treeId(kept, o.oid.length === 64 ? 'sha256' : 'sha1').toString('hex');
        };
        for (const r of requests) {
            const o = found.get(name(rev, r.path)) ?? null;
            ids.set(requestKey(r), !o || (o.type !== 'blob' && o.type !== 'tree') ? null : r.exclude.length ? idOf(r.path, r.exclude) : o.oid);
        }
        out.set(rev, ids);
    }
    return out;
}
function idsInIndex(index, prefix, requests) {
    const ids = new Map();
    for (const r of requests)
        ids.set(requestKey(r), index.idAt(`${prefix}${r.path}`, r.exclude.map((x) => `${prefix}${x}`)));
    return ids;
}
async function copyIndex(from, to) {
    const st = await external_node_fs_.promises.stat(from).catch(() => null);
    if (!st)
        return;
    await external_node_fs_.promises.copyFile(from, to);
    const then = new Date(Math.floor(st.mtimeMs) - 1);
    await external_node_fs_.promises.utimes(to, then, then);
}
async function worktreeObjectIds(repo, root, requests) {
    const paths = [...new Set(requests.map((r) => r.path))].sort();
    const notes = [];
    const exists = (p) => {
        try {
            return (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, ...p.split('/')), { throwIfNoEntry: false }) !== undefined;
        }
        catch {
            return false;
        }
    };
    const existing = new Set(paths.filter(exists));
    let present = [...existing];
    const full = (ps) => ps.map((p) => `${repo.prefix}${p}`);
    let clean = false;
    let index = null;
    if (repo.head && !present.length)
        clean = true;
    else if (repo.head) {
        const state = inProcess(repo, (r) => worktreeState(r, repo.head, full(present)));
        index = state?.head ?? null;
        clean = state ? state.state === 'clean' : (await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...full(present)], { cwd: repo.top })).stdout.length === 0;
    }
    let tree = repo.head;
    const tmp = clean ? null : await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'modules-rebuild-plan-'));
    try {
        let env;
        if (tmp) {
            const objects = external_node_path_default().join(tmp, 'objects');
            await external_node_fs_.promises.mkdir(objects);
            const e = { GIT_INDEX_FILE: external_node_path_default().join(tmp, 'index'), GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: repo.objects };
            env = e;
            for (const fresh of [false, true]) {
                try {
                    await external_node_fs_.promises.rm(e.GIT_INDEX_FILE, { force: true });
                    if (!fresh)
                        await copyIndex(repo.index, e.GIT_INDEX_FILE);
                    else if (repo.head)
                        await git(['read-tree', repo.head], { cwd: repo.top, env: e });
                    if (present.length) {
                        const add = await git(['add', '-A', '--', ...full(present)], { cwd: repo.top, env: e, allow: [1] });
                        if (add.code === 1) {
                            const ignored = await git(['check-ignore', '--no-index', '--', ...full(present)], { cwd: repo.top, env: e, allow: [1] });
                            const skip = new Set(ignored.stdout.toString('utf8').split('\n').filter(Boolean));
                            const kept = present.filter((p) => !skip.has(`${repo.prefix}${p}`));
                            present = kept;
                            if (present.length)
                                await git(['add', '-A', '--', ...full(present)], { cwd: repo.top, env: e });
                        }
                    }
                    tree = (await git(['write-tree'], { cwd: repo.top, env: e })).stdout.toString('utf8').trim();
                    break;
                }
                catch (err) {
                    if (fresh)
                        throw err;
                    notes.push(`a copy of the index could not be used (${err.message.split('\n')[0]}); hashed from HEAD and the files instead.`);
                }
            }
        }
        const revs = repo.head && tree !== repo.head ? [tree, repo.head] : [tree];
        const fromIndex = index && !tmp ? inProcess(repo, () => new Map([[tree, idsInIndex(index, repo.prefix, requests)]])) : undefined;
        const found = fromIndex ?? (await idsAt(repo, revs, requests, env));
        const ids = new Map();
        const dirty = new Set();
        const untracked = new Set();
        for (const r of requests) {
            const k = requestKey(r);
            const now = existing.has(r.path) ? (found.get(tree).get(k) ?? null) : null;
            ids.set(k, now);
            const then = repo.head ? (found.get(repo.head).get(k) ?? null) : null;
            if (now !== then)
                dirty.add(r.path);
            if (now === null && existing.has(r.path))
                untracked.add(r.path);
        }
        for (const p of untracked)
            notes.push(`${p} exists, but git keeps nothing of it (ignored by .gitignore, or empty): not part of any build key.`);
        return { ids, dirty: [...dirty].sort(), notes };
    }
    finally {
        if (tmp)
            await external_node_fs_.promises.rm(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/plan/inputs.ts


function joinRel(dir, rel) {
    if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel))
        return null;
    const joined = external_node_path_.posix.join(dir === '' ? '.' : dir, rel.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (joined === '.' || joined === '' || joined === '..' || joined.startsWith('../'))
        return null;
    return joined;
}
function coverPaths(paths) {
    const sorted = [...new Set(paths)].sort();
    const kept = new Set();
    for (const p of sorted)
        if (!hasAncestorIn(p, kept))
            kept.add(p);
    return [...kept];
}
function hasAncestorIn(p, set) {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1))
        if (set.has(p.slice(0, i)))
            return true;
    return false;
}
function moduleInputs(target, m, packages) {
    const out = [];
    for (const [slug, e] of Object.entries(m.modules)) {
        if (e.source !== 'path' || !e.path)
            continue;
        const dir = e.path.replace(/\/+$/, '');
        if (target === 'server')
            out.push(dir);
        else {
            const provides = packages.get(slug)?.manifest.provides;
            const ui = target === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate;
            if (ui !== undefined)
                out.push(`${dir}/${target}`);
        }
    }
    return out;
}
function activatedOptionalDeps(doc, enabled) {
    const table = (0,manifest_toml/* isTable */.bI)(doc.features) ? doc.features : {};
    const out = new Set();
    const seen = new Set();
    const stack = [...enabled.features, ...(enabled.noDefault ? [] : ['default'])];
    while (stack.length) {
        const f = stack.pop();
        if (seen.has(f))
            continue;
        seen.add(f);
        if (f.startsWith('dep:')) {
            out.add(f.slice(4));
            continue;
        }
        const slash = f.indexOf('/');
        if (slash >= 0) {
            if (f[slash - 1] !== '?')
                out.add(f.slice(0, slash));
            continue;
        }
        const next = table[f];
        if (Array.isArray(next))
            stack.push(...next.filter((x) => typeof x === 'string'));
        else
            out.add(f);
    }
    return out;
}
function depTables(doc) {
    const out = [];
    for (const k of ['dependencies', 'build-dependencies'])
        if ((0,manifest_toml/* isTable */.bI)(doc[k]))
            out.push(doc[k]);
    if ((0,manifest_toml/* isTable */.bI)(doc.target)) {
        for (const t of Object.values(doc.target)) {
            if (!(0,manifest_toml/* isTable */.bI)(t))
                continue;
            for (const k of ['dependencies', 'build-dependencies'])
                if ((0,manifest_toml/* isTable */.bI)(t[k]))
                    out.push(t[k]);
        }
    }
    return out;
}
class CargoPaths {
    read;
    workspaceManifest;
    toml;
    parsed = new Map();
    workspace = null;
    notes = [];
    constructor(read, workspaceManifest, toml = new manifest_toml/* TomlCache */.Pj()) {
        this.read = read;
        this.workspaceManifest = workspaceManifest;
        this.toml = toml;
    }
    async load(files) {
        const wanted = files.filter((f) => !this.parsed.has(f));
        if (!wanted.length)
            return;
        const texts = await this.read(wanted);
        for (const f of wanted) {
            const text = texts.get(f) ?? null;
            if (text === null) {
                this.parsed.set(f, null);
                continue;
            }
            try {
                this.parsed.set(f, this.toml.parse(text, f));
            }
            catch {
                this.parsed.set(f, null);
                this.notes.push(`${f} is not valid TOML: its path dependencies are not followed (the directory still counts).`);
            }
        }
    }
    async members() {
        return (await this.ws()).members;
    }
    async ws() {
        if (this.workspace)
            return this.workspace;
        await this.load([this.workspaceManifest]);
        const doc = this.parsed.get(this.workspaceManifest);
        const dir = external_node_path_.posix.dirname(this.workspaceManifest) === '.' ? '' : external_node_path_.posix.dirname(this.workspaceManifest);
        const deps = new Map();
        const patches = [];
        const wsTable = doc && (0,manifest_toml/* isTable */.bI)(doc.workspace) ? doc.workspace : null;
        if (wsTable && (0,manifest_toml/* isTable */.bI)(wsTable.dependencies)) {
            for (const [name, spec] of Object.entries(wsTable.dependencies)) {
                const p = (0,manifest_toml/* isTable */.bI)(spec) && typeof spec.path === 'string' ? joinRel(dir, spec.path) : null;
                if (p)
                    deps.set(name, p);
            }
        }
        if (doc && (0,manifest_toml/* isTable */.bI)(doc.patch)) {
            for (const source of Object.values(doc.patch)) {
                if (!(0,manifest_toml/* isTable */.bI)(source))
                    continue;
                for (const spec of Object.values(source)) {
                    const p = (0,manifest_toml/* isTable */.bI)(spec) && typeof spec.path === 'string' ? joinRel(dir, spec.path) : null;
                    if (p)
                        patches.push(p);
                }
            }
        }
        const members = [];
        if (wsTable && Array.isArray(wsTable.members)) {
            for (const m of wsTable.members) {
                const p = typeof m === 'string' && !/[*?[]/.test(m) ? joinRel(dir, m) : null;
                if (p)
                    members.push(p);
            }
        }
        this.workspace = { deps, patches, members };
        return this.workspace;
    }
    async closure(starts, top) {
        const ws = await this.ws();
        const seen = new Set(starts);
        let frontier = [...starts];
        while (frontier.length) {
            const manifests = frontier.map((d) => `${d}/Cargo.toml`);
            await this.load(manifests);
            const next = [];
            for (const dir of frontier) {
                const doc = this.parsed.get(`${dir}/Cargo.toml`);
                if (!doc)
                    continue;
                const active = top && starts.includes(dir) ? activatedOptionalDeps(doc, top) : null;
                for (const table of depTables(doc)) {
                    for (const [name, spec] of Object.entries(table)) {
                        if (!(0,manifest_toml/* isTable */.bI)(spec))
                            continue;
                        const d = spec;
                        if (active && d.optional === true && !active.has(name))
                            continue;
                        let p = null;
                        if (typeof d.path === 'string') {
                            p = joinRel(dir, d.path);
                            if (p === null)
                                this.notes.push(`${dir}/Cargo.toml: path dependency '${name}' (${d.path}) is outside the root or is the root; not an input.`);
                        }
                        else if (d.workspace === true)
                            p = ws.deps.get(name) ?? null;
                        if (p !== null && !seen.has(p)) {
                            seen.add(p);
                            next.push(p);
                        }
                    }
                }
            }
            frontier = next;
        }
        for (const p of ws.patches)
            seen.add(p);
        return [...seen];
    }
}
async function targetInputs(o) {
    const notes = [];
    if (o.explicit !== undefined)
        return { paths: coverPaths([...o.explicit, ...o.extra]), reach: [], notes: [`${o.target}: input paths from [plan.${o.target}] inputs.`] };
    const closure = o.appDir === '' ? [] : await o.cargo.closure([o.appDir], o.enabled);
    if (o.appDir === '')
        notes.push(`${o.target}: the app's Cargo.toml is at the root; only module crates and extra_inputs are inputs (the root tree would include modules.toml). Set [plan.${o.target}] inputs.`);
    const reach = [...closure, ...moduleInputs(o.target, o.manifest, o.packages), ...o.extra];
    return { paths: coverPaths(reach), reach, notes };
}
function knownPackages(m, packages, members) {
    return [...moduleInputs('admin', m, packages), ...moduleInputs('storefront', m, packages), ...members];
}
function nestedExclusions(paths, reach, candidates) {
    const inside = new Set(paths);
    const reached = new Set(reach);
    const containsReached = new Set();
    for (const r of reach)
        for (let i = r.indexOf('/'); i >= 0; i = r.indexOf('/', i + 1))
            containsReached.add(r.slice(0, i));
    const out = new Set([...new Set(candidates)].filter((k) => hasAncestorIn(k, inside) && !reached.has(k) && !containsReached.has(k)));
    return [...out].filter((k) => !hasAncestorIn(k, out)).sort();
}

// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/codegen/features.ts + 2 modules
var codegen_features = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/manifest/cargo-semver.ts + 2 modules
var cargo_semver = __webpack_require__(1809);
// EXTERNAL MODULE: ./src/core/plan/command.ts
var command = __webpack_require__(6054);
// EXTERNAL MODULE: ./src/core/plan/json.ts
var json = __webpack_require__(2777);
// EXTERNAL MODULE: ./src/core/plan/release-id.ts
var release_id = __webpack_require__(5050);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values_values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/core/plan/plan.ts










const GENERATOR = `modules-rebuild ${version/* VERSION */.x}`;
function resolveProfile(m, option) {
    if (option === 'monolith')
        return { profile: 'monolith', source: 'option', embed: { admin: true, storefront: true } };
    if (option === 'headless')
        return { profile: 'headless', source: 'option', embed: { admin: false, storefront: false } };
    const { embed_admin: a, embed_storefront: s } = m.build.server;
    const profile = a && s ? 'monolith' : a ? 'server-with-admin' : s ? 'server-with-storefront' : 'headless';
    return { profile, source: 'modules.toml', embed: { admin: a, storefront: s } };
}
const enabledTargets = (codegen) => values_values/* TARGETS */.dW.filter((t) => codegen.codegen[t].enabled);
function profileFeatures(set, base, embed) {
    const isEmbed = (f) => codegen_features/* EMBED_FEATURES */.ob.includes(f);
    const wanted = codegen_features/* EMBED_FEATURES */.ob.filter((f) => (f === 'embed-admin' ? embed.admin : embed.storefront));
    if (set.features.filter(isEmbed).join(',') === wanted.join(','))
        return { features: set.features, args: set.cargoArgs, mode: set.mode, overridden: false, dropped: [] };
    const keptNames = new Set(set.kept.map((k) => k.feature));
    const rest = set.features.filter((f) => !isEmbed(f) && !keptNames.has(f));
    const head = rest.filter((f) => base.includes(f));
    const tail = rest.filter((f) => !base.includes(f));
    const allowed = new Set([...wanted, ...tail]);
    const kept = set.kept.filter((k) => k.enables.every((e) => allowed.has(e))).map((k) => k.feature);
    const dropped = set.kept.map((k) => k.feature).filter((f) => !kept.includes(f));
    const features = [...new Set([...head, ...kept, ...wanted, ...tail])];
    return { features, args: (0,codegen_features/* cargoArgsFor */.H7)(features), mode: 'flags', overridden: true, dropped };
}
function targetSpecs(i) {
    const notes = [];
    const targets = enabledTargets(i.codegen);
    const serverOn = targets.includes('server');
    const specs = [];
    for (const t of targets) {
        const tc = i.plan[t];
        const set = i.featureSets[t];
        let features = set.features;
        let args = set.cargoArgs;
        let mode = set.mode;
        if (t === 'server') {
            const p = profileFeatures(set, i.codegen.features.base_features.server, i.profile.embed);
            ({ features, args, mode } = p);
            if (p.overridden)
                notes.push(`server: the profile's features differ from those modules.toml selects, so they are passed explicitly: ${features.join(',') || '(none)'}.`);
            if (p.dropped.length)
                notes.push(`server: left out ${p.dropped.join(', ')} of [features] default: ${p.dropped.length === 1 ? 'it enables' : 'they enable'} features the profile does not select.`);
        }
        if (set.mode === 'flags' && set.kept.length) {
            const kept = set.kept.map((k) => k.feature).filter((f) => features.includes(f));
            if (kept.length)
                notes.push(`${t}: keeps ${kept.join(', ')} of [features] default (not module features; --no-default-features would drop them). List them in [features] base_features.${t} of modules-rebuild.toml to make this explicit.`);
        }
        if (set.alwaysCompiled.length)
            notes.push(`${t}: ${set.alwaysCompiled.join(', ')} ${set.alwaysCompiled.length === 1 ? 'is' : 'are'} compiled in whatever the features say (non-optional dependencies).`);
        const pkg = tc.package ?? (t === 'server' ? i.manifest.app : (i.packages[t] ?? null));
        const cargoDir = i.codegen.codegen[t].cargo_toml.replace(/\/?Cargo\.toml$/, '');
        const packageName = pkg ?? (cargoDir.split('/').pop() || t);
        if (pkg === null)
            notes.push(`${t}: no [package] name in ${i.codegen.codegen[t].cargo_toml}; building package '${packageName}' (set [plan.${t}] package).`);
        const ctx = { package: packageName, profile: i.manifest.build.profile, triple: i.manifest.build.target || undefined, featureArgs: args, features };
        const argv = (0,command/* expandCommand */.Aq)(tc.command, ctx);
        const embedded = t !== 'server' && serverOn && i.profile.embed[t];
        const registry = i.plan.image_registry.replace(/\/+$/, '');
        const image = embedded ? null : (i.codegen.images?.[t] ?? null);
        const imageName = image ? (image.repository ?? (i.githubRepository ? (0,config_images/* defaultImageRepository */.l3)(i.githubRepository, t) : '')) : (tc.image ?? (registry ? `${registry}/${packageName}` : packageName)).toLowerCase();
        specs.push({
            target: t,
            package: packageName,
            argv,
            shell: (0,command/* shellQuote */.ZL)(argv),
            features,
            featureMode: mode,
            env: sortRecord(tc.env),
            inputs: i.inputs[t] ?? [],
            excluded: i.excluded?.[t] ?? [],
            outputPath: (0,command/* fill */.GS)(tc.output ?? '{target_dir}/{profile_dir}/{package}', ctx),
            embeddedIn: embedded ? 'server' : null,
            imageName,
            image
        });
    }
    return { specs, notes };
}
function sortRecord(r) {
    return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
const inputRequest = (spec, p) => ({ path: p, exclude: spec.excluded.filter((x) => x.startsWith(p + '/')) });
function keyRequests(specs, plan) {
    const all = new Map();
    const add = (r) => all.set(requestKey(r), r);
    for (const p of [plan.lockfile, plan.workspace_manifest, ...plan.toolchain_files])
        add({ path: p, exclude: [] });
    for (const s of specs)
        for (const p of s.inputs)
            add(inputRequest(s, p));
    for (const s of specs)
        if (s.image)
            add({ path: s.image.dockerfile, exclude: [] });
    return [...all.values()].sort((a, b) => (requestKey(a) < requestKey(b) ? -1 : 1));
}
function keyInputs(spec, f, consumes) {
    const id = (p) => f.ids.get(requestKey({ path: p, exclude: [] })) ?? null;
    const toolchain = {};
    for (const p of [...f.plan.toolchain_files].sort())
        if (id(p) !== null)
            toolchain[p] = id(p);
    return {
        generator: f.generator ?? GENERATOR,
        manifest_hash: f.manifestHash,
        lockfile: id(f.plan.lockfile),
        toolchain,
        workspace_manifest: id(f.plan.workspace_manifest),
        command: spec.shell,
        env: spec.env,
        paths: Object.fromEntries(spec.inputs.map((p) => [p, f.ids.get(requestKey(inputRequest(spec, p))) ?? null])),
        excluded: spec.excluded,
        consumes,
        ...(spec.image ? { image: imageKey(spec.image, id(spec.image.dockerfile)) } : {})
    };
}
function imageKey(c, dockerfileId) {
    return { dockerfile: c.dockerfile, dockerfile_id: dockerfileId, context: c.context, repository: c.repository ?? null, platforms: c.platforms ?? [], build_args: sortRecord(c.build_args) };
}
const buildKey = (ki) => 'sha256:' + (0,json/* digestJson */.t)(ki);
function computeKeys(specs, f) {
    const out = new Map();
    const ordered = [...specs].sort((a, b) => stageOf(a, specs) - stageOf(b, specs));
    for (const spec of ordered) {
        const consumes = {};
        for (const s of specs)
            if (s.embeddedIn === spec.target)
                consumes[s.target] = out.get(s.target).key;
        const ki = keyInputs(spec, f, consumes);
        out.set(spec.target, { spec, inputs: ki, key: buildKey(ki) });
    }
    return out;
}
function stageOf(spec, specs) {
    return specs.some((s) => s.embeddedIn === spec.target) ? 1 : 0;
}
function keyDifferences(base, head) {
    const out = [];
    for (const k of ['generator', 'manifest_hash', 'lockfile', 'workspace_manifest', 'command'])
        if (base[k] !== head[k])
            out.push(k);
    const diffRecord = (b, h, show) => {
        for (const k of [...new Set([...Object.keys(b), ...Object.keys(h)])].sort())
            if (b[k] !== h[k])
                out.push(show(k));
    };
    diffRecord(base.toolchain, head.toolchain, (k) => k);
    diffRecord(base.env, head.env, (k) => `env ${k}`);
    diffRecord(base.paths, head.paths, (k) => k);
    if (base.excluded.join('\0') !== head.excluded.join('\0'))
        out.push('excluded');
    diffRecord(base.consumes, head.consumes, (k) => `${k} (embedded)`);
    return out;
}
function releasePrefix(plan, m) {
    return plan.release_prefix !== undefined ? (0,release_id/* sanitizePrefix */.Sz)(plan.release_prefix) : (0,release_id/* defaultPrefix */.Mq)(m.app);
}
function planComponents(keys, profile, prefix) {
    const specs = [...keys.values()].map((k) => k.spec);
    const groups = [];
    const server = specs.find((s) => s.target === 'server');
    if (server)
        groups.push([...specs.filter((s) => s.embeddedIn === 'server').map((s) => s.target), 'server']);
    for (const s of specs)
        if (s.target !== 'server' && s.embeddedIn === null)
            groups.push([s.target]);
    const single = groups.length === 1;
    const components = groups.map((targets) => {
        const name = single ? profile : server && targets.includes('server') ? 'server' : targets[0];
        const parts = { profile, component: name, keys: Object.fromEntries(targets.map((t) => [t, keys.get(t).key])) };
        return { name, release_id: (0,release_id/* releaseId */.Bf)(prefix, name, parts), targets };
    });
    const id = single ? components[0].release_id : (0,release_id/* releaseId */.Bf)(prefix, profile, { profile, components: Object.fromEntries(components.map((c) => [c.name, c.release_id])) });
    return { components, releaseId: id };
}
const CACHE_PREFIX = 'modules-rebuild-v1';
const REGISTRY_PATHS = ['~/.cargo/registry/index/', '~/.cargo/registry/cache/', '~/.cargo/git/db/'];
function cacheEntries(k, m) {
    const lock = (k.inputs.lockfile ?? 'none').slice(0, 16);
    const deps = (0,json/* digestJson */.t)({ lockfile: k.inputs.lockfile, toolchain: k.inputs.toolchain }).slice(0, 16);
    const word = (v) => v.replace(/[^A-Za-z0-9_.-]/g, '-');
    const base = `${CACHE_PREFIX}-cargo-target-${k.spec.target}-${word(m.build.target || 'host')}-${word(m.build.profile)}`;
    return {
        registry: { key: `${CACHE_PREFIX}-cargo-registry-${lock}`, restore_keys: [`${CACHE_PREFIX}-cargo-registry-`], paths: REGISTRY_PATHS },
        target: { key: `${base}-${deps}-${(0,release_id/* shortKey */.qU)(k.key)}`, restore_keys: [`${base}-${deps}-`, `${base}-`], paths: ['target'] }
    };
}
function packageVersion(cargoText, workspaceText, toml = new manifest_toml/* TomlCache */.Pj()) {
    const read = (text) => {
        if (text === null)
            return null;
        try {
            return toml.parse(text, 'Cargo.toml');
        }
        catch {
            return null;
        }
    };
    const doc = read(cargoText);
    const pkg = doc && (0,manifest_toml/* isTable */.bI)(doc.package) ? doc.package : null;
    if (!pkg)
        return null;
    if (typeof pkg.version === 'string')
        return pkg.version;
    if ((0,manifest_toml/* isTable */.bI)(pkg.version) && pkg.version.workspace === true) {
        const ws = read(workspaceText);
        const wp = ws && (0,manifest_toml/* isTable */.bI)(ws.workspace) && (0,manifest_toml/* isTable */.bI)(ws.workspace.package) ? ws.workspace.package : null;
        return wp && typeof wp.version === 'string' ? wp.version : null;
    }
    return null;
}
function contractOf(serverReleaseId, serverVersion, manifestHash, modules, requirements) {
    const reqs = [...requirements].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    return {
        server_release_id: serverReleaseId,
        server_version: serverVersion,
        manifest_hash: manifestHash,
        modules: modules.map((m) => (m.version === null ? m.slug : `${m.slug}@${m.version}`)),
        requirements: reqs,
        server_requirement: reqs.length ? reqs.map((r) => r.server).join(', ') : null,
        satisfied: serverVersion === null || !reqs.length ? null : unmetRequirements(serverVersion, reqs).length === 0
    };
}
function unmetRequirements(serverVersion, requirements) {
    return requirements.filter((r) => !(0,cargo_semver/* satisfiesCargo */.u7)(serverVersion, r.server));
}

// EXTERNAL MODULE: ./src/core/plan/version.ts
var plan_version = __webpack_require__(8027);
;// CONCATENATED MODULE: ./src/core/plan/assemble.ts






const LOOKUP_NOTE = {
    none: 'Offline: no release store was consulted, so every target counts as unbuilt. Pass a token (GitHub) or a local store to skip builds that already exist.',
    local: 'Existing releases were looked up in a local release store.',
    github: 'Existing releases were looked up in the GitHub releases of the repository.'
};
function assemblePlan(a) {
    const specs = [...a.keys.values()].map((k) => k.spec);
    const componentOf = new Map();
    for (const c of a.components)
        for (const t of c.targets)
            componentOf.set(t, c);
    const targets = {};
    const artifactName = (t) => `${a.prefix}-${t}-${(0,release_id/* shortKey */.qU)(a.keys.get(t).key)}`;
    for (const t of values_values/* TARGETS */.dW) {
        const k = a.keys.get(t);
        if (!k)
            continue;
        const s = k.spec;
        const comp = componentOf.get(t);
        const found = a.lookups.builds.get(k.key) ?? null;
        const reasons = [];
        if (found)
            reasons.push(`release ${found.release_id} holds artifact ${found.artifact.name} with this build key`);
        else if (a.lookups.store === 'none')
            reasons.push('offline: no release store consulted, counted as unbuilt');
        else
            reasons.push(`no release in the ${a.lookups.store} store holds an artifact with this build key`);
        let changed = null;
        if (a.base) {
            const b = a.base.keys?.get(t);
            if (!a.base.keys)
                reasons.push(`the base ${a.base.delta.base_ref} could not be planned (see notes)`);
            else if (!b) {
                changed = ['target'];
                reasons.push(`not a target at ${a.base.delta.base_ref}`);
            }
            else {
                changed = keyDifferences(b.inputs, k.inputs);
                reasons.push(changed.length ? `changed since ${a.base.delta.base_ref}: ${changed.join(', ')}` : `build key unchanged since ${a.base.delta.base_ref}`);
            }
        }
        const consumes = specs
            .filter((x) => x.embeddedIn === t)
            .map((x) => {
            const ck = a.keys.get(x.target);
            const at = a.lookups.builds.get(ck.key) ?? null;
            return { target: x.target, build_key: ck.key, artifact: at ? at.artifact.name : artifactName(x.target), path: x.outputPath, release_id: at ? at.release_id : null };
        });
        targets[t] = {
            package: s.package,
            component: comp.name,
            release_id: comp.release_id,
            embedded_in: s.embeddedIn,
            stage: stageOf(s, specs),
            needs: specs.filter((x) => x.embeddedIn === t).map((x) => x.target),
            build_key: k.key,
            key_inputs: k.inputs,
            command: { argv: s.argv, shell: s.shell },
            features: s.features,
            feature_mode: s.featureMode,
            env: s.env,
            artifact: { name: artifactName(t), path: s.outputPath },
            consumes,
            image: s.embeddedIn ? null : { name: s.imageName, tag: comp.release_id, ref: `${s.imageName}:${comp.release_id}`, build: s.image ? imageBuild(s.image, { source_commit: a.source.commit, release_id: comp.release_id, target: t }) : null },
            cache: cacheEntries(k, a.manifest),
            rebuild: found === null,
            reasons,
            existing: found ? { release_id: found.release_id, artifact: found.artifact.name } : null,
            changed_since_base: changed
        };
    }
    for (const t of values_values/* TARGETS */.dW) {
        const tt = targets[t];
        if (!tt?.rebuild)
            continue;
        for (const c of tt.consumes) {
            const ct = targets[c.target];
            if (ct && !ct.rebuild) {
                ct.rebuild = true;
                ct.reasons.push(`embedded by ${t}, which rebuilds: built again in this run so ${t} can embed it`);
                c.artifact = ct.artifact.name;
                c.release_id = null;
            }
        }
    }
    const order = values_values/* TARGETS */.dW.filter((t) => targets[t]).sort((x, y) => targets[x].stage - targets[y].stage);
    const stageCount = Math.max(0, ...order.map((t) => targets[t].stage + 1));
    const stages = Array.from({ length: stageCount }, (_, i) => order.filter((t) => targets[t].stage === i));
    const include = order.filter((t) => targets[t].rebuild).map((t) => matrixEntry(t, targets[t]));
    const components = a.components.map((c) => ({ ...c, existing: a.lookups.releases.get(c.release_id) ?? false }));
    const allExist = components.length > 0 && components.every((c) => c.existing);
    return {
        schema: plan_version/* PLAN_SCHEMA_VERSION */.j,
        generator: { name: 'modules-rebuild', version: version/* VERSION */.x },
        manifest_hash: a.manifestHash,
        source_commit: a.source.commit,
        source_state: a.source.state,
        dirty_paths: a.source.dirty,
        profile: a.profile.profile,
        profile_source: a.profile.source,
        release_id: a.releaseId,
        build_needed: include.length > 0,
        existing_release: allExist ? a.releaseId : null,
        lookup: { store: a.lookups.store, note: LOOKUP_NOTE[a.lookups.store] },
        modules: a.modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: m.depends_on })),
        components,
        contract: a.contract,
        targets,
        stages,
        matrix: { include },
        matrix_stages: stages.map((s) => ({ include: include.filter((e) => s.includes(e.target)) })),
        delta: a.base ? { ...a.base.delta, base_keys: Object.fromEntries(order.map((t) => [t, a.base.keys?.get(t)?.key ?? null])) } : null,
        notes: a.notes
    };
}
function matrixEntry(target, t) {
    return {
        target,
        stage: t.stage,
        needs: t.needs,
        component: t.component,
        release_id: t.release_id,
        build_key: t.build_key,
        package: t.package,
        command: t.command.shell,
        argv: t.command.argv,
        features: t.features.join(','),
        env: t.env,
        artifact: t.artifact.name,
        artifact_path: t.artifact.path,
        consumes: t.consumes,
        image: t.image?.ref ?? '',
        image_repository: t.image?.build ? t.image.name : '',
        image_dockerfile: t.image?.build?.dockerfile ?? '',
        image_context: t.image?.build?.context ?? '',
        image_platforms: t.image?.build?.platforms.join(',') ?? '',
        image_build_args: Object.entries(t.image?.build?.build_args ?? {}).map(([k, v]) => `${k}=${v}`).join('\n'),
        cache_registry_key: t.cache.registry.key,
        cache_registry_restore_keys: t.cache.registry.restore_keys.join('\n'),
        cache_registry_paths: t.cache.registry.paths.join('\n'),
        cache_target_key: t.cache.target.key,
        cache_target_restore_keys: t.cache.target.restore_keys.join('\n'),
        cache_target_paths: t.cache.target.paths.join('\n')
    };
}
function planOutputs(plan, manifestHash, planPath) {
    return {
        manifest_hash: plan?.manifest_hash ?? manifestHash ?? '',
        release_id: plan?.release_id ?? '',
        matrix: JSON.stringify(plan?.matrix ?? { include: [] }),
        matrix_stage0: JSON.stringify(plan?.matrix_stages[0] ?? { include: [] }),
        matrix_stage1: JSON.stringify(plan?.matrix_stages[1] ?? { include: [] }),
        stage0_needed: String((plan?.matrix_stages[0]?.include.length ?? 0) > 0),
        stage1_needed: String((plan?.matrix_stages[1]?.include.length ?? 0) > 0),
        build_needed: plan ? String(plan.build_needed) : 'false',
        existing_release: plan?.existing_release ?? '',
        plan_path: plan && planPath ? planPath : ''
    };
}
function imageBuild(c, facts) {
    return { dockerfile: c.dockerfile, context: c.context, platforms: c.platforms ?? [], build_args: Object.fromEntries(Object.entries(c.build_args).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, (0,config_images/* fillBuildArg */.gb)(v, facts)])) };
}

// EXTERNAL MODULE: ./src/core/manifest/fast-shape.ts
var fast_shape = __webpack_require__(3435);
;// CONCATENATED MODULE: ./src/core/manifest/shapes-plan.generated.ts

const keys0 = new Set(["name", "version"]);
const keys1 = new Set(["store", "note"]);
const keys2 = new Set(["slug", "crate", "source", "version", "required", "depends_on"]);
const keys3 = new Set(["name", "release_id", "targets", "existing"]);
const keys4 = new Set(["slug", "server"]);
const keys5 = new Set(["server_release_id", "server_version", "manifest_hash", "modules", "requirements", "server_requirement", "satisfied"]);
const keys6 = new Set(["dockerfile", "dockerfile_id", "context", "repository", "platforms", "build_args"]);
const keys7 = new Set(["generator", "manifest_hash", "lockfile", "toolchain", "workspace_manifest", "command", "env", "paths", "excluded", "consumes", "image"]);
const keys8 = new Set(["argv", "shell"]);
const keys9 = new Set(["name", "path"]);
const keys10 = new Set(["target", "build_key", "artifact", "path", "release_id"]);
const keys11 = new Set(["dockerfile", "context", "platforms", "build_args"]);
const keys12 = new Set(["name", "tag", "ref", "build"]);
const keys13 = new Set(["key", "restore_keys", "paths"]);
const keys14 = new Set(["registry", "target"]);
const keys15 = new Set(["release_id", "artifact"]);
const keys16 = new Set(["package", "component", "release_id", "embedded_in", "stage", "needs", "build_key", "key_inputs", "command", "features", "feature_mode", "env", "artifact", "consumes", "image", "cache", "rebuild", "reasons", "existing", "changed_since_base"]);
const keys17 = new Set(["server", "admin", "storefront"]);
const keys18 = new Set(["target", "stage", "needs", "component", "release_id", "build_key", "package", "command", "argv", "features", "env", "artifact", "artifact_path", "consumes", "image", "image_repository", "image_dockerfile", "image_context", "image_platforms", "image_build_args", "cache_registry_key", "cache_registry_restore_keys", "cache_registry_paths", "cache_target_key", "cache_target_restore_keys", "cache_target_paths"]);
const keys19 = new Set(["include"]);
const keys20 = new Set(["op", "slug", "version", "text", "changes", "depends_on"]);
const keys21 = new Set(["base_ref", "base_commit", "base_manifest_hash", "entries", "text", "base_keys"]);
const keys22 = new Set(["schema", "generator", "manifest_hash", "source_commit", "source_state", "dirty_paths", "profile", "profile_source", "release_id", "build_needed", "existing_release", "lookup", "modules", "components", "contract", "targets", "stages", "matrix", "matrix_stages", "delta", "notes"]);
function p0(v) {
    return v === 1 ? v : fast_shape.NO;
}
function p1(v) {
    return v === "modules-rebuild" ? v : fast_shape.NO;
}
function p2(v) {
    if (typeof v !== 'string')
        return fast_shape.NO;
    return v;
}
function p3(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p1(v["name"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["name"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "version")) {
        known++;
        r = p2(v["version"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["version"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys0.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p4(v) {
    return v === null ? null : p2(v);
}
function p5(v) {
    return v === "clean" || v === "dirty" || v === "no-commit" || v === "no-git" ? v : fast_shape.NO;
}
function p6(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p2(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p7(v) {
    return v === "monolith" || v === "headless" || v === "server-with-admin" || v === "server-with-storefront" ? v : fast_shape.NO;
}
function p8(v) {
    return v === "modules.toml" || v === "option" ? v : fast_shape.NO;
}
function p9(v) {
    return typeof v === 'boolean' ? v : fast_shape.NO;
}
function p10(v) {
    return v === "none" || v === "local" || v === "github" ? v : fast_shape.NO;
}
function p11(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "store")) {
        known++;
        r = p10(v["store"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["store"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "note")) {
        known++;
        r = p2(v["note"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["note"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys1.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p12(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "slug")) {
        known++;
        r = p2(v["slug"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["slug"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "crate")) {
        known++;
        r = p2(v["crate"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["crate"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "source")) {
        known++;
        r = p2(v["source"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["source"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "version")) {
        known++;
        r = p4(v["version"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["version"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "required")) {
        known++;
        r = p9(v["required"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["required"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "depends_on")) {
        known++;
        r = p6(v["depends_on"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["depends_on"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys2.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p13(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p12(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p14(v) {
    return v === "server" || v === "admin" || v === "storefront" ? v : fast_shape.NO;
}
function p15(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p14(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p16(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p2(v["name"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["name"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p2(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "targets")) {
        known++;
        r = p15(v["targets"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["targets"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "existing")) {
        known++;
        r = p9(v["existing"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["existing"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys3.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p17(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p16(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p18(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "slug")) {
        known++;
        r = p2(v["slug"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["slug"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p2(v["server"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["server"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys4.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p19(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p18(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p20(v) {
    return v === null ? null : p9(v);
}
function p21(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server_release_id")) {
        known++;
        r = p2(v["server_release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["server_release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "server_version")) {
        known++;
        r = p4(v["server_version"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["server_version"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "manifest_hash")) {
        known++;
        r = p2(v["manifest_hash"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["manifest_hash"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "modules")) {
        known++;
        r = p6(v["modules"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["modules"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "requirements")) {
        known++;
        r = p19(v["requirements"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["requirements"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "server_requirement")) {
        known++;
        r = p4(v["server_requirement"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["server_requirement"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "satisfied")) {
        known++;
        r = p20(v["satisfied"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["satisfied"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys5.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p22(v) {
    return v === null ? null : p21(v);
}
function p23(v) {
    return v === null ? null : p14(v);
}
function p24(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return fast_shape.NO;
    if (!Number.isSafeInteger(v))
        return fast_shape.NO;
    if (v < 0)
        return fast_shape.NO;
    return v;
}
function p25(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return fast_shape.NO;
        const r = p4(v[key]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[key] = r;
    }
    return out;
}
function p26(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return fast_shape.NO;
        const r = p2(v[key]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[key] = r;
    }
    return out;
}
function p27(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "dockerfile")) {
        known++;
        r = p2(v["dockerfile"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["dockerfile"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "dockerfile_id")) {
        known++;
        r = p4(v["dockerfile_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["dockerfile_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "context")) {
        known++;
        r = p2(v["context"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["context"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "repository")) {
        known++;
        r = p4(v["repository"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["repository"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "platforms")) {
        known++;
        r = p6(v["platforms"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["platforms"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_args")) {
        known++;
        r = p26(v["build_args"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_args"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys6.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p28(v) {
    return v === undefined ? undefined : p27(v);
}
function p29(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "generator")) {
        known++;
        r = p2(v["generator"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["generator"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "manifest_hash")) {
        known++;
        r = p2(v["manifest_hash"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["manifest_hash"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "lockfile")) {
        known++;
        r = p4(v["lockfile"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["lockfile"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "toolchain")) {
        known++;
        r = p25(v["toolchain"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["toolchain"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "workspace_manifest")) {
        known++;
        r = p4(v["workspace_manifest"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["workspace_manifest"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "command")) {
        known++;
        r = p2(v["command"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["command"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p26(v["env"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["env"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "paths")) {
        known++;
        r = p25(v["paths"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["paths"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "excluded")) {
        known++;
        r = p6(v["excluded"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["excluded"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "consumes")) {
        known++;
        r = p26(v["consumes"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["consumes"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "image")) {
        known++;
        r = p28(v["image"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys7.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p30(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "argv")) {
        known++;
        r = p6(v["argv"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["argv"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "shell")) {
        known++;
        r = p2(v["shell"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["shell"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys8.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p31(v) {
    return v === "managed" || v === "flags" ? v : fast_shape.NO;
}
function p32(v) {
    return v === null ? null : p31(v);
}
function p33(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p2(v["name"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["name"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "path")) {
        known++;
        r = p2(v["path"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["path"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys9.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p34(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "target")) {
        known++;
        r = p14(v["target"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["target"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_key")) {
        known++;
        r = p2(v["build_key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "artifact")) {
        known++;
        r = p2(v["artifact"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["artifact"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "path")) {
        known++;
        r = p2(v["path"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["path"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p4(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys10.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p35(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p34(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p36(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "dockerfile")) {
        known++;
        r = p2(v["dockerfile"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["dockerfile"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "context")) {
        known++;
        r = p2(v["context"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["context"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "platforms")) {
        known++;
        r = p6(v["platforms"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["platforms"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_args")) {
        known++;
        r = p26(v["build_args"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_args"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys11.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p37(v) {
    return v === null ? null : p36(v);
}
function p38(v) {
    return v === undefined ? undefined : p37(v);
}
function p39(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p2(v["name"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["name"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "tag")) {
        known++;
        r = p2(v["tag"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["tag"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "ref")) {
        known++;
        r = p2(v["ref"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["ref"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build")) {
        known++;
        r = p38(v["build"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys12.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p40(v) {
    return v === null ? null : p39(v);
}
function p41(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "key")) {
        known++;
        r = p2(v["key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "restore_keys")) {
        known++;
        r = p6(v["restore_keys"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["restore_keys"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "paths")) {
        known++;
        r = p6(v["paths"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["paths"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys13.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p42(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "registry")) {
        known++;
        r = p41(v["registry"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["registry"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "target")) {
        known++;
        r = p41(v["target"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["target"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys14.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p43(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p2(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "artifact")) {
        known++;
        r = p2(v["artifact"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["artifact"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys15.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p44(v) {
    return v === null ? null : p43(v);
}
function p45(v) {
    return v === null ? null : p6(v);
}
function p46(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "package")) {
        known++;
        r = p2(v["package"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["package"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "component")) {
        known++;
        r = p2(v["component"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["component"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p2(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "embedded_in")) {
        known++;
        r = p23(v["embedded_in"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["embedded_in"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "stage")) {
        known++;
        r = p24(v["stage"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["stage"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "needs")) {
        known++;
        r = p15(v["needs"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["needs"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_key")) {
        known++;
        r = p2(v["build_key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "key_inputs")) {
        known++;
        r = p29(v["key_inputs"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["key_inputs"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "command")) {
        known++;
        r = p30(v["command"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["command"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "features")) {
        known++;
        r = p6(v["features"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["features"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "feature_mode")) {
        known++;
        r = p32(v["feature_mode"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["feature_mode"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p26(v["env"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["env"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "artifact")) {
        known++;
        r = p33(v["artifact"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["artifact"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "consumes")) {
        known++;
        r = p35(v["consumes"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["consumes"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "image")) {
        known++;
        r = p40(v["image"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache")) {
        known++;
        r = p42(v["cache"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "rebuild")) {
        known++;
        r = p9(v["rebuild"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["rebuild"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "reasons")) {
        known++;
        r = p6(v["reasons"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["reasons"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "existing")) {
        known++;
        r = p44(v["existing"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["existing"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "changed_since_base")) {
        known++;
        r = p45(v["changed_since_base"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["changed_since_base"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys16.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p47(v) {
    return v === undefined ? undefined : p46(v);
}
function p48(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p47(v["server"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p47(v["admin"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p47(v["storefront"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys17.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p49(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p15(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p50(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return fast_shape.NO;
    if (!Number.isSafeInteger(v))
        return fast_shape.NO;
    return v;
}
function p51(v) {
    return v === undefined ? undefined : p2(v);
}
function p52(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "target")) {
        known++;
        r = p14(v["target"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["target"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "stage")) {
        known++;
        r = p50(v["stage"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["stage"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "needs")) {
        known++;
        r = p15(v["needs"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["needs"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "component")) {
        known++;
        r = p2(v["component"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["component"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p2(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_key")) {
        known++;
        r = p2(v["build_key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "package")) {
        known++;
        r = p2(v["package"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["package"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "command")) {
        known++;
        r = p2(v["command"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["command"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "argv")) {
        known++;
        r = p6(v["argv"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["argv"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "features")) {
        known++;
        r = p2(v["features"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["features"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p26(v["env"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["env"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "artifact")) {
        known++;
        r = p2(v["artifact"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["artifact"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "artifact_path")) {
        known++;
        r = p2(v["artifact_path"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["artifact_path"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "consumes")) {
        known++;
        r = p35(v["consumes"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["consumes"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "image")) {
        known++;
        r = p2(v["image"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "image_repository")) {
        known++;
        r = p51(v["image_repository"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image_repository"] = r;
    }
    if (Object.hasOwn(v, "image_dockerfile")) {
        known++;
        r = p51(v["image_dockerfile"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image_dockerfile"] = r;
    }
    if (Object.hasOwn(v, "image_context")) {
        known++;
        r = p51(v["image_context"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image_context"] = r;
    }
    if (Object.hasOwn(v, "image_platforms")) {
        known++;
        r = p51(v["image_platforms"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image_platforms"] = r;
    }
    if (Object.hasOwn(v, "image_build_args")) {
        known++;
        r = p51(v["image_build_args"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["image_build_args"] = r;
    }
    if (Object.hasOwn(v, "cache_registry_key")) {
        known++;
        r = p2(v["cache_registry_key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_registry_key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache_registry_restore_keys")) {
        known++;
        r = p2(v["cache_registry_restore_keys"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_registry_restore_keys"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache_registry_paths")) {
        known++;
        r = p2(v["cache_registry_paths"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_registry_paths"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache_target_key")) {
        known++;
        r = p2(v["cache_target_key"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_target_key"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache_target_restore_keys")) {
        known++;
        r = p2(v["cache_target_restore_keys"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_target_restore_keys"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "cache_target_paths")) {
        known++;
        r = p2(v["cache_target_paths"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["cache_target_paths"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys18.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p53(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p52(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p54(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "include")) {
        known++;
        r = p53(v["include"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["include"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys19.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p55(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p54(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p56(v) {
    return v === "+" || v === "-" || v === "~" ? v : fast_shape.NO;
}
function p57(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "op")) {
        known++;
        r = p56(v["op"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["op"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "slug")) {
        known++;
        r = p2(v["slug"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["slug"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "version")) {
        known++;
        r = p4(v["version"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["version"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "text")) {
        known++;
        r = p2(v["text"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["text"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "changes")) {
        known++;
        r = p6(v["changes"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["changes"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "depends_on")) {
        known++;
        r = p6(v["depends_on"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["depends_on"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys20.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p58(v) {
    if (!Array.isArray(v))
        return fast_shape.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p57(v[i]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out[i] = r;
    }
    return out;
}
function p59(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "base_ref")) {
        known++;
        r = p2(v["base_ref"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["base_ref"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "base_commit")) {
        known++;
        r = p2(v["base_commit"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["base_commit"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "base_manifest_hash")) {
        known++;
        r = p4(v["base_manifest_hash"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["base_manifest_hash"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "entries")) {
        known++;
        r = p58(v["entries"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["entries"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "text")) {
        known++;
        r = p2(v["text"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["text"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "base_keys")) {
        known++;
        r = p25(v["base_keys"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["base_keys"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys21.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p60(v) {
    return v === null ? null : p59(v);
}
function p61(v) {
    if (!(0,fast_shape/* isTable */.b)(v))
        return fast_shape.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "schema")) {
        known++;
        r = p0(v["schema"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["schema"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "generator")) {
        known++;
        r = p3(v["generator"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["generator"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "manifest_hash")) {
        known++;
        r = p2(v["manifest_hash"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["manifest_hash"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "source_commit")) {
        known++;
        r = p4(v["source_commit"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["source_commit"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "source_state")) {
        known++;
        r = p5(v["source_state"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["source_state"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "dirty_paths")) {
        known++;
        r = p6(v["dirty_paths"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["dirty_paths"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "profile")) {
        known++;
        r = p7(v["profile"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["profile"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "profile_source")) {
        known++;
        r = p8(v["profile_source"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["profile_source"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "release_id")) {
        known++;
        r = p2(v["release_id"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["release_id"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "build_needed")) {
        known++;
        r = p9(v["build_needed"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["build_needed"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "existing_release")) {
        known++;
        r = p4(v["existing_release"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["existing_release"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "lookup")) {
        known++;
        r = p11(v["lookup"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["lookup"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "modules")) {
        known++;
        r = p13(v["modules"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["modules"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "components")) {
        known++;
        r = p17(v["components"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["components"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "contract")) {
        known++;
        r = p22(v["contract"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["contract"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "targets")) {
        known++;
        r = p48(v["targets"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["targets"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "stages")) {
        known++;
        r = p49(v["stages"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["stages"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "matrix")) {
        known++;
        r = p54(v["matrix"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["matrix"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "matrix_stages")) {
        known++;
        r = p55(v["matrix_stages"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["matrix_stages"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "delta")) {
        known++;
        r = p60(v["delta"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["delta"] = r;
    }
    else
        return fast_shape.NO;
    if (Object.hasOwn(v, "notes")) {
        known++;
        r = p6(v["notes"]);
        if (r === fast_shape.NO)
            return fast_shape.NO;
        out["notes"] = r;
    }
    else
        return fast_shape.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return fast_shape.NO;
            if (!keys22.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
const FAST_RELEASE_PLAN = p61;

// EXTERNAL MODULE: ./src/core/manifest/zod-registry.ts
var zod_registry = __webpack_require__(6782);
;// CONCATENATED MODULE: ./src/core/plan/format.ts


const RELEASE_PLAN = (0,zod_registry/* lazySchema */.ID)('ReleasePlanSchema', FAST_RELEASE_PLAN);
function serializePlan(plan) {
    return JSON.stringify((0,zod_registry/* parseWith */.Ku)(RELEASE_PLAN, plan), null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/diagnostics/output.ts
var output = __webpack_require__(7007);
;// CONCATENATED MODULE: ./src/core/plan/summary.ts




function mermaidLabel(text) {
    let out = '';
    for (const ch of text)
        out += /^[A-Za-z0-9 _.@+-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return `"${out}"`;
}
const code = (s) => `<code>${(0,output/* escapeHtml */.ZD)(s)}</code>`;
const summary_short = (key) => key.replace(/^sha256:/, '').slice(0, 12);
const MAX_GRAPH_NODES = 200;
function graphNodes(plan) {
    const ops = new Map((plan.delta?.entries ?? []).map((e) => [e.slug, e]));
    const nodes = plan.modules.map((m) => {
        const op = ops.get(m.slug)?.op;
        return { slug: m.slug, version: m.version, depends_on: m.depends_on, kind: op === '+' ? 'added' : op === '~' ? 'changed' : 'same' };
    });
    for (const e of plan.delta?.entries ?? [])
        if (e.op === '-')
            nodes.push({ slug: e.slug, version: e.version, depends_on: e.depends_on, kind: 'removed' });
    return nodes;
}
function mermaidGraph(nodes) {
    let shown = nodes;
    let partial = false;
    if (nodes.length > MAX_GRAPH_NODES) {
        const changed = new Set(nodes.filter((n) => n.kind !== 'same').map((n) => n.slug));
        const keep = new Set(changed);
        for (const n of nodes) {
            if (changed.has(n.slug))
                n.depends_on.forEach((d) => keep.add(d));
            if (n.depends_on.some((d) => changed.has(d)))
                keep.add(n.slug);
        }
        shown = nodes.filter((n) => keep.has(n.slug));
        partial = true;
        if (shown.length > MAX_GRAPH_NODES || shown.length === 0)
            return null;
    }
    const id = new Map();
    shown.forEach((n, i) => id.set(n.slug, `m${i}`));
    const lines = ['graph LR'];
    for (const n of shown)
        lines.push(`  ${id.get(n.slug)}[${mermaidLabel(n.version === null ? n.slug : `${n.slug}@${n.version}`)}]`);
    for (const n of shown)
        for (const d of n.depends_on)
            if (id.has(d))
                lines.push(`  ${id.get(n.slug)} --> ${id.get(d)}`);
    lines.push('  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:2px');
    lines.push('  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3');
    lines.push('  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px');
    for (const kind of ['added', 'removed', 'changed']) {
        const ids = shown.filter((n) => n.kind === kind).map((n) => id.get(n.slug));
        if (ids.length)
            lines.push(`  class ${ids.join(',')} ${kind}`);
    }
    return { text: lines.join('\n'), partial };
}
function summaryMarkdown(plan) {
    const out = [];
    out.push(`<h2>modules-rebuild plan: ${code(plan.release_id)}</h2>`);
    const source = plan.source_commit ? `${code(plan.source_commit.slice(0, 12))} (${(0,output/* escapeHtml */.ZD)(plan.source_state)})` : (0,output/* escapeHtml */.ZD)(plan.source_state);
    out.push(`<p>Profile <b>${(0,output/* escapeHtml */.ZD)(plan.profile)}</b> (from ${(0,output/* escapeHtml */.ZD)(plan.profile_source === 'option' ? '--profile' : 'modules.toml')}) \u00b7 manifest_hash ${code(plan.manifest_hash)} \u00b7 source ${source}</p>`);
    const targets = plan.stages.flat().filter((t) => plan.targets[t]);
    const status = plan.build_needed
        ? `<b>Build needed</b>: ${plan.matrix.include.length} of ${targets.length} target${targets.length === 1 ? '' : 's'}.`
        : plan.existing_release
            ? `<b>Nothing to build</b>: release ${code(plan.existing_release)} already exists.`
            : '<b>Nothing to build</b>: every artifact already exists.';
    out.push(`<p>${status} ${(0,output/* escapeHtml */.ZD)(plan.lookup.note)}</p>`);
    if (plan.components.length > 1)
        out.push(`<p>Components: ${plan.components.map((c) => `${(0,output/* escapeHtml */.ZD)(c.name)} ${code(c.release_id)}`).join(' \u00b7 ')}</p>`);
    const rows = targets.map((t) => {
        const x = plan.targets[t];
        return `<tr><td>${(0,output/* escapeHtml */.ZD)(t)}</td><td>${x.stage}</td><td>${code(summary_short(x.build_key))}</td><td>${x.rebuild ? 'yes' : 'no'}</td><td>${(0,output/* escapeHtml */.ZD)(x.reasons.join('; '))}</td></tr>`;
    });
    out.push(`<table><tr><th>Target</th><th>Stage</th><th>Build key</th><th>Rebuild?</th><th>Why</th></tr>${rows.join('')}</table>`);
    if (plan.delta) {
        const d = plan.delta;
        out.push(`<h3>Module delta against ${code(d.base_ref)} (${code(d.base_commit.slice(0, 12))})</h3>`);
        if (!d.entries.length)
            out.push('<p>The module set is unchanged.</p>');
        else
            out.push(`<ul>${d.entries.map((e) => `<li>${code(e.text)}${e.changes.length ? ` \u2014 ${(0,output/* escapeHtml */.ZD)(e.changes.join(', '))}` : ''}</li>`).join('')}</ul>`);
    }
    const graph = mermaidGraph(graphNodes(plan));
    out.push('<h3>Module dependencies</h3>');
    if (graph) {
        if (graph.partial)
            out.push(`<p>${plan.modules.length} modules: only the changed modules and their neighbours are drawn.</p>`);
        out.push('```mermaid\n' + graph.text + '\n```');
    }
    else
        out.push(`<p>${plan.modules.length} modules: too many to draw.</p>`);
    if (plan.notes.length)
        out.push(`<details><summary>Notes</summary><ul>${plan.notes.map((n) => `<li>${(0,output/* escapeHtml */.ZD)(n)}</li>`).join('')}</ul></details>`);
    return out.join('\n\n') + '\n';
}
function refusedSummary(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return [
        '<h2>modules-rebuild plan: refused</h2>',
        `<p>${errors.length} error${errors.length === 1 ? '' : 's'}: nothing is planned or built until they are fixed.</p>`,
        `<ul>${errors.map((d) => `<li>${(0,output/* escapeHtml */.ZD)((0,render/* renderText */.S5)(d))}</li>`).join('')}</ul>`
    ].join('\n\n') + '\n';
}
function planText(plan) {
    const lines = [];
    lines.push(`release_id: ${plan.release_id} (${plan.profile}, from ${plan.profile_source === 'option' ? '--profile' : 'modules.toml'})`);
    lines.push(`manifest_hash: ${plan.manifest_hash}`);
    lines.push(`source: ${plan.source_commit ?? '-'} (${plan.source_state}${plan.dirty_paths.length ? `: ${plan.dirty_paths.join(', ')}` : ''})`);
    lines.push(`lookup: ${plan.lookup.store} \u2014 ${plan.lookup.note}`);
    for (const c of plan.components.length > 1 ? plan.components : [])
        lines.push(`component ${c.name}: ${c.release_id}${c.existing ? ' (exists)' : ''}`);
    for (const t of values_values/* TARGETS */.dW) {
        const x = plan.targets[t];
        if (!x)
            continue;
        lines.push(`${t}: ${x.rebuild ? 'build' : 'skip'} (stage ${x.stage}) key ${summary_short(x.build_key)} \u2014 ${x.reasons.join('; ')}`);
        lines.push(`  $ ${x.command.shell}`);
    }
    if (plan.delta)
        lines.push(`delta against ${plan.delta.base_ref}: ${plan.delta.text || '(no module change)'}`);
    lines.push(plan.build_needed ? `build needed: ${plan.matrix.include.map((e) => e.target).join(', ')}` : `nothing to build${plan.existing_release ? `: release ${plan.existing_release} exists` : ''}`);
    for (const n of plan.notes)
        lines.push(`note: ${n}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts



const SKIP_DIRS = new Set(['.git', 'target']);
async function idOf(absolute, exclude) {
    const st = await external_node_fs_.promises.lstat(absolute).catch(() => null);
    if (!st)
        return null;
    if (st.isSymbolicLink())
        return { mode: '120000', id: objectId('blob', Buffer.from(await external_node_fs_.promises.readlink(absolute))) };
    if (st.isFile())
        return { mode: st.mode & 0o100 ? '100755' : '100644', id: objectId('blob', await external_node_fs_.promises.readFile(absolute)) };
    if (!st.isDirectory())
        return null;
    const names = await external_node_fs_.promises.readdir(absolute);
    const entries = [];
    for (const name of names) {
        const child = external_node_path_default().join(absolute, name);
        const cst = await external_node_fs_.promises.lstat(child).catch(() => null);
        if ((cst?.isDirectory() && SKIP_DIRS.has(name)) || exclude.has(child))
            continue;
        const sub = await idOf(child, exclude);
        if (sub)
            entries.push({ name, ...sub });
    }
    if (!entries.length)
        return null;
    return { mode: '40000', id: treeId(entries) };
}
async function worktreeIds(root, requests) {
    const out = new Map();
    const abs = (p) => external_node_path_default().join(root, ...p.split('/'));
    for (const r of requests) {
        const found = await idOf(abs(r.path), new Set(r.exclude.map(abs)));
        out.set(requestKey(r), found ? found.id.toString('hex') : null);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/app/plan.ts





















async function loadSide(read, manifestFile, manifestText, toml) {
    const configText = (await read([constants/* CONFIG_FILE */.g2])).get(constants/* CONFIG_FILE */.g2) ?? null;
    const cfg = (0,config/* readConfig */.Xg)(configText);
    const diagnostics = [...cfg.diagnostics];
    if (manifestText === null)
        return { stage: null, project: null, diagnostics, ready: null };
    const stage = (0,project_project/* readManifest */.WI)(manifestFile, manifestText);
    const lookup = (0,config/* packageLookup */.x8)(cfg.config ?? config/* DEFAULT_CONFIG */.PV);
    const project = (0,project_project/* completeProject */.NZ)(stage, await read((0,project_project/* filesNeeded */.dc)(stage, lookup)), lookup);
    const { manifest, manifestHash } = project;
    if (!cfg.config || !project.ok || !manifest || manifestHash === null)
        return { stage, project, diagnostics: [...diagnostics, ...project.diagnostics], ready: null };
    const generation = (0,generate/* planGeneration */.CK)({ project, config: cfg.config, files: await read((0,generate/* filesForGeneration */.fF)(cfg.config, manifest)), manifestFile, toml });
    const ready = { config: cfg.config, planConfig: cfg.config.plan, manifest, manifestHash, packages: project.packages, generation };
    return { stage, project, diagnostics: [...diagnostics, ...generation.diagnostics], ready };
}
async function keySide(side, read, toml, option, ids, githubRepository = null) {
    const { manifest: m, config, planConfig: pc } = side;
    const notes = [];
    const profile = resolveProfile(m, option);
    const cargo = new CargoPaths(read, pc.workspace_manifest, toml);
    const targets = enabledTargets(config);
    const inputs = {};
    const reach = {};
    const packages = {};
    const cargoFiles = await read(targets.map((t) => config.codegen[t].cargo_toml));
    const sets = side.generation.featureSets;
    for (const t of targets) {
        const set = t === 'server' ? profileFeatures(sets.server, config.features.base_features.server, profile.embed) : { features: sets[t].features, args: sets[t].cargoArgs };
        const enabled = { features: set.features, noDefault: set.args.includes('--no-default-features') };
        const cargoToml = config.codegen[t].cargo_toml;
        const appDir = cargoToml.includes('/') ? cargoToml.slice(0, cargoToml.lastIndexOf('/')) : '';
        const r = await targetInputs({ target: t, appDir, manifest: m, packages: side.packages, explicit: pc[t].inputs, extra: pc[t].extra_inputs, cargo, enabled });
        inputs[t] = r.paths;
        if (pc[t].inputs === undefined)
            reach[t] = r.reach;
        notes.push(...r.notes);
        const text = cargoFiles.get(cargoToml) ?? null;
        packages[t] = text === null ? null : ((0,manifest_packages/* cargoPackageName */.w_)(text) ?? null);
    }
    notes.push(...cargo.notes);
    const candidates = [...knownPackages(m, side.packages, await cargo.members()), ...Object.values(reach).flat()];
    const excluded = {};
    for (const t of targets) {
        const [paths, reached] = [inputs[t], reach[t]];
        if (paths && reached)
            excluded[t] = nestedExclusions(paths, reached, candidates);
    }
    const spec = targetSpecs({ manifest: m, codegen: config, plan: pc, featureSets: side.generation.featureSets, profile, packages, inputs, excluded, githubRepository });
    notes.push(...spec.notes);
    const found = await ids(keyRequests(spec.specs, pc));
    notes.push(...found.notes);
    const keys = computeKeys(spec.specs, { manifestHash: side.manifestHash, ids: found.ids, plan: pc });
    return { keys, profile, notes, dirty: found.dirty };
}
async function runPlan(o) {
    const loc = await (0,fs/* locateManifest */.QM)(o.root, o.manifest);
    const root = loc.root;
    const snapshot = (0,fs/* openSnapshot */.r3)(root);
    const read = (paths) => snapshot.read(paths);
    await (0,app_config/* assertConfigReadable */.v)(root, snapshot);
    const toml = new manifest_toml/* TomlCache */.Pj();
    const head = await loadSide(read, loc.file, await (0,fs/* readManifestText */.pV)(loc), toml);
    const diagnostics = [...head.diagnostics];
    const hash = head.project?.manifestHash ?? null;
    const refuse = () => {
        const sorted = (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics);
        return { ok: false, plan: null, json: null, diagnostics: sorted, summary: refusedSummary(sorted), outputs: planOutputs(null, hash, null) };
    };
    const ready = head.ready;
    if (!ready || (0,diagnostic/* hasErrors */.Cs)(diagnostics))
        return refuse();
    const current = await read(ready.generation.files.map((f) => f.path));
    diagnostics.push(...(await (0,generate/* checkPlanned */.VZ)(ready.generation, current, ready.config.allow_dirty)).diagnostics);
    if ((0,diagnostic/* hasErrors */.Cs)(diagnostics))
        return refuse();
    const { manifest: m, planConfig: pc, packages, manifestHash } = ready;
    const notes = [];
    const { repo, note: gitNote } = await openRepo(root);
    if (!repo)
        notes.push(`${gitNote}: input paths were hashed from the files as git would hash them (target/ and .git/ skipped); source_commit is unknown.`);
    const keyed = await keySide(ready, read, toml, o.profile, async (requests) => (repo ? worktreeObjectIds(repo, root, requests) : { ids: await worktreeIds(root, requests), dirty: [], notes: [] }), o.githubRepository ?? null);
    for (const k of keyed.keys.values()) {
        if (k.spec.image && k.spec.imageName === '')
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'image-repository-unknown', constants/* CONFIG_FILE */.g2, null, `[images.${k.spec.target}] sets no repository, and the default ghcr.io/<owner>/<repo>-${k.spec.target} needs the GitHub repository, which is unknown here`, `Set \`repository\` in [images.${k.spec.target}] (e.g. "ghcr.io/owner/platform-${k.spec.target}"), or run where GITHUB_REPOSITORY is set (the action; the CLI reads it too).`));
    }
    if ((0,diagnostic/* hasErrors */.Cs)(diagnostics))
        return refuse();
    notes.push(...keyed.notes);
    if (keyed.dirty.length)
        notes.push(`${keyed.dirty.length} input path(s) differ from HEAD (${keyed.dirty.join(', ')}): their build keys cover the working-tree content, as git would store it if committed.`);
    if (keyed.profile.source === 'option')
        notes.push(`--profile ${keyed.profile.profile} overrides [build.server] embed_admin / embed_storefront of modules.toml for this plan.`);
    if (keyed.keys.size === 0) {
        diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'no-targets', constants/* CONFIG_FILE */.g2, null, 'Nothing to plan: every app of [codegen] is disabled', 'Enable at least one of [codegen.server], [codegen.admin], [codegen.storefront].'));
        return refuse();
    }
    const prefix = releasePrefix(pc, m);
    const { components, releaseId } = planComponents(keyed.keys, keyed.profile.profile, prefix);
    const modules = (0,delta/* modulesOf */.XG)(m, packages);
    const requirements = [];
    for (const [slug, p] of packages)
        if (p.manifest.compat?.server !== undefined)
            requirements.push({ slug, server: p.manifest.compat.server });
    const serverCargo = ready.config.codegen.server.cargo_toml;
    const cargoTexts = await read([serverCargo, pc.workspace_manifest]);
    const serverVersion = packageVersion(cargoTexts.get(serverCargo) ?? null, cargoTexts.get(pc.workspace_manifest) ?? null, toml);
    const serverComponent = components.find((c) => c.targets.includes('server')) ?? components[0];
    const contract = contractOf(serverComponent?.release_id ?? releaseId, serverVersion, manifestHash, modules, requirements);
    if (contract.satisfied === false && serverVersion !== null) {
        for (const r of unmetRequirements(serverVersion, contract.requirements)) {
            const pkg = packages.get(r.slug);
            if (!pkg)
                continue;
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'incompatible-server', pkg.doc.file, (0,shape/* locate */.x5)(pkg.doc, ['compat', 'server']), `Module '${r.slug}' requires server ${r.server}, but the server (${serverCargo}) is version ${serverVersion}`, `Upgrade the module to a version built for server ${serverVersion}, or change [compat] server if it was wrong.`));
        }
        return refuse();
    }
    let lookups = { store: 'none', builds: new Map(), releases: new Map() };
    if (o.store) {
        try {
            const builds = new Map();
            for (const k of keyed.keys.values())
                builds.set(k.key, await o.store.findBuild(k.key));
            const releases = new Map();
            for (const c of components)
                releases.set(c.release_id, (await o.store.find(c.release_id)) !== null);
            lookups = { store: o.store.kind, builds, releases };
        }
        catch (err) {
            diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-store-error', o.store.label, null, `Cannot look up existing releases: ${err.message}`, 'Fix the store (or its token) and rerun; without the lookup the plan cannot tell which builds already exist. Run without a store to plan offline.'));
            return refuse();
        }
    }
    let base = null;
    if (o.base !== undefined) {
        const r = await compareBase(o.base, repo, root, loc.file, o.profile, modules);
        if ('error' in r) {
            diagnostics.push(r.error);
            return refuse();
        }
        base = r.base;
        notes.push(...r.notes);
    }
    const plan = assemblePlan({
        manifest: m,
        manifestHash,
        profile: keyed.profile,
        prefix,
        keys: keyed.keys,
        components,
        releaseId,
        modules,
        contract: components.length > 1 ? contract : null,
        source: { commit: repo?.head ?? null, state: !repo ? 'no-git' : !repo.head ? 'no-commit' : keyed.dirty.length ? 'dirty' : 'clean', dirty: keyed.dirty },
        lookups,
        base,
        notes
    });
    const json = serializePlan(plan);
    let planPath = null;
    if (o.out !== undefined) {
        planPath = external_node_path_default().resolve(o.out);
        await (await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 9944))).writeFileAt(planPath, json);
    }
    return { ok: true, plan, json, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics), summary: summaryMarkdown(plan), outputs: planOutputs(plan, hash, planPath) };
}
async function compareBase(ref, repo, root, manifestFile, option, headModules) {
    const hint = 'Fetch the base first: actions/checkout with `fetch-depth: 0`, or `git fetch origin <base>`; pass a branch, tag or commit.';
    if (!repo)
        return { error: (0,diagnostic/* diagnostic */.YK)('error', 'base-unavailable', manifestFile, null, `--base ${ref}: ${root} is not a git repository`, 'Run plan inside a git checkout for PR mode.') };
    const commit = await resolveCommit(repo, ref);
    if (!commit)
        return { error: (0,diagnostic/* diagnostic */.YK)('error', 'base-unavailable', manifestFile, null, `--base ${ref}: no such commit in this repository`, hint) };
    const read = (paths) => git_readAt(repo, commit, paths.filter((p) => (0,identifiers/* repoPathProblem */.Js)(p) === null));
    const notes = [];
    const text = (await read([manifestFile])).get(manifestFile) ?? null;
    const toml = new manifest_toml/* TomlCache */.Pj();
    const side = await loadSide(read, manifestFile, text, toml);
    let modules = [];
    const baseHash = side.stage?.manifestHash ?? null;
    let keys = null;
    if (text === null)
        notes.push(`${manifestFile} does not exist at ${ref}: every module counts as added.`);
    else if (side.ready && !(0,diagnostic/* hasErrors */.Cs)(side.diagnostics)) {
        modules = (0,delta/* modulesOf */.XG)(side.ready.manifest, side.ready.packages);
        const k = await keySide(side.ready, read, toml, option, async (requests) => ({ ids: (await idsAt(repo, [commit], requests)).get(commit) ?? new Map(), dirty: [], notes: [] }));
        keys = k.keys;
    }
    else {
        const doc = side.stage?.doc?.data ?? (() => {
            try {
                return (0,manifest_toml/* parseToml */.MT)(text, manifestFile);
            }
            catch {
                return null;
            }
        })();
        if (doc) {
            const dirs = new Map();
            if ((0,manifest_toml/* isTable */.bI)(doc.modules))
                for (const [slug, e] of Object.entries(doc.modules))
                    if ((0,manifest_toml/* isTable */.bI)(e) && typeof e.path === 'string' && (0,identifiers/* repoPathProblem */.Js)(e.path) === null)
                        dirs.set(slug, e.path.replace(/\/+$/, ''));
            const files = await read([...dirs.values()].map((d) => `${d}/${package_lookup/* PACKAGE_MANIFEST_NAMES */.s0[0]}`));
            modules = (0,delta/* modulesOfDocument */.qh)(doc, (slug) => {
                const t = dirs.has(slug) ? files.get(`${dirs.get(slug)}/${package_lookup/* PACKAGE_MANIFEST_NAMES */.s0[0]}`) : null;
                if (!t)
                    return null;
                try {
                    const p = (0,manifest_toml/* parseToml */.MT)(t, 'rustok-module.toml');
                    return (0,manifest_toml/* isTable */.bI)(p.module) && typeof p.module.version === 'string' ? p.module.version : null;
                }
                catch {
                    return null;
                }
            });
        }
        const first = side.diagnostics.find((d) => d.severity === 'error');
        notes.push(`The base ${ref} does not plan cleanly${first ? ` (${first.file}: ${first.message})` : ''}: its build keys are unknown, so every target counts as changed.`);
    }
    const entries = (0,delta/* moduleDelta */.rh)(modules, headModules);
    return {
        base: { delta: { base_ref: ref, base_commit: commit, base_manifest_hash: baseHash, entries, text: entries.map((e) => e.text).join(',') }, keys },
        notes
    };
}

// EXTERNAL MODULE: ./src/drivers/cli/command.ts
var cli_command = __webpack_require__(1971);
;// CONCATENATED MODULE: ./src/drivers/cli/plan.ts







const planCommand = {
    usage: `modules-rebuild plan [--root DIR] [--manifest FILE] [--profile ${values_values/* PROFILE_OPTIONS */.rU.join('|')}] [--base REF] [--out FILE] [--releases DIR | --repo OWNER/NAME [--github-api URL]] [--format text|json]`,
    summary: 'Validate, check generated code, then plan the release: build keys, the release_id, and the matrix of targets that have no release yet. release-plan.json is written only with --out FILE; without it the plan is printed (the full plan with --format json). Offline unless --releases names a local release store or --repo the GitHub repository whose releases to look up (token: GITHUB_TOKEN; API: --github-api, else GITHUB_API_URL), as the action does. Exit 0 with warnings, 1 refused (errors), 2 usage.',
    options: { ...cli_command/* COMMON */.S, profile: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' }, releases: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' } },
    async run(values, io) {
        const profile = values.profile;
        if (profile !== undefined && !(0,values_values/* isProfileOption */.Nd)(profile))
            throw new errors/* ArgumentError */.c1(`--profile must be ${(0,values_values/* oneOf */.yL)(values_values/* PROFILE_OPTIONS */.rU)}, not '${String(profile)}'`);
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const r = await runPlan({
            root,
            manifest: String(values.manifest),
            ...(profile ? { profile } : {}),
            ...(typeof values.base === 'string' ? { base: values.base } : {}),
            ...(typeof values.out === 'string' ? { out: external_node_path_default().resolve(io.cwd, values.out) } : {}),
            store: await releaseStore(values, io.cwd),
            githubRepository: (typeof values.repo === 'string' ? values.repo : null) ?? (process.env.GITHUB_REPOSITORY || null)
        });
        if (values.format === 'json') {
            io.stdout((0,render/* jsonReport */.L7)(r.ok, r.outputs.manifest_hash || null, r.diagnostics, { plan: r.plan, outputs: r.outputs }));
        }
        else {
            for (const d of r.diagnostics)
                io.stderr((0,render/* renderText */.S5)(d));
            if (r.plan)
                io.stdout(planText(r.plan));
            if (r.ok && typeof values.out === 'string')
                io.stdout(`wrote ${values.out}`);
            if (!r.ok)
                io.stderr('plan refused: nothing to build until the errors above are fixed');
        }
        return r.ok ? 0 : 1;
    }
};
async function releaseStore(values, cwd) {
    if (values.releases !== undefined && values.repo !== undefined)
        throw new errors/* ArgumentError */.c1('--releases and --repo exclude each other');
    if (values['github-api'] !== undefined && values.repo === undefined)
        throw new errors/* ArgumentError */.c1('--github-api goes with --repo OWNER/NAME');
    if (typeof values.releases === 'string')
        return new (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 3717))).LocalReleaseStore(external_node_path_default().resolve(cwd, values.releases));
    if (typeof values.repo !== 'string')
        return null;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo))
        throw new errors/* ArgumentError */.c1(`--repo must be OWNER/NAME, not '${values.repo}'`);
    const token = process.env.GITHUB_TOKEN;
    if (!token)
        throw new errors/* ArgumentError */.c1('--repo needs a token in GITHUB_TOKEN (contents: read)');
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 5423));
    const { GitHubReleaseStore } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(239), __webpack_require__.e(46)]).then(__webpack_require__.bind(__webpack_require__, 3046));
    const octokit = createOctokit({ token, ...(typeof values['github-api'] === 'string' ? { baseUrl: values['github-api'] } : {}) });
    return new GitHubReleaseStore({ octokit, repository: values.repo });
}


/***/ })

};
;