"use strict";
exports.id = 253;
exports.ids = [253];
exports.modules = {

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ writeChanged),
/* harmony export */   Mr: () => (/* binding */ readFirstOf),
/* harmony export */   QM: () => (/* binding */ locateManifest),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7577);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9213);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5193);
/**
 * File-system adapter: reads the manifest and the files it points at, and hands the pure core a
 * snapshot. Problems reading the *manifest* are usage/IO errors (exit 2); files the manifest points
 * at that do not exist are findings of the core (exit 1).
 */





/**
 * The root and the manifest in it. `--root` must be a directory; a manifest outside the root is
 * refused (package paths, generated files and modules-rebuild.toml are all resolved against the
 * root) unless `outside` allows it (hash reads nothing else).
 */
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
/**
 * stat that answers null for a path that cannot be stat'ed. These reads run at the start of every
 * command and are synchronous on purpose: the first use of fs.promises loads node's stream and
 * readline modules (~2–3 ms of a 120 ms start) for nothing.
 */
function statOrNull(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(p);
    }
    catch {
        return null;
    }
}
/** The manifest's text; a missing manifest names the directory searched and how to point elsewhere. */
async function readManifestText(loc) {
    if (!statOrNull(loc.absolute))
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA(`${loc.file}: cannot read: no such file in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(loc.absolute)}; run in the platform's repository root, or pass --root DIR (the action: working-directory) and --manifest FILE when it is not modules.toml`);
    return readText(loc.absolute, loc.file);
}
/** Reads a text file; IoError when it is missing or unreadable. Invalid UTF-8 is left for the core to report. */
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
/** UTF-8 text; invalid UTF-8 comes back with U+FFFD in it, which the core reports as binary-content. */
function decode(buf) {
    const text = buf.toString('utf8');
    if (!text.includes('\uFFFD'))
        return text;
    try {
        return strictUtf8.decode(buf); // a genuine U+FFFD in valid UTF-8
    }
    catch {
        return text;
    }
}
/**
 * Reads the files the core asked for. A file that does not exist, or that resolves outside the
 * root through a symlink, is null; any other read failure is an IoError.
 *
 * Synchronous on purpose (promise-based reads cost more than they save), and with one directory
 * listing per parent, not per module: a 5,000-module workspace asks for 20,000 files, most of which
 * do not exist (module.toml, admin/Cargo.toml, …). Each is first probed with one lstat that does
 * not throw; only a file that exists has the directories above it checked for symlinks, in their
 * parents' listings — `crates/`'s one listing answers for every `crates/<module>/`. Anything
 * unusual (a probe error, a symlink on the way) takes the slow path: every segment in its
 * parent's listing, and the real path of a linked file checked against the root.
 */
async function readSnapshot(root, files) {
    const reader = snapshotReader(root);
    const out = new Map();
    for (const rel of files)
        out.set(rel, reader.probe(rel));
    return out;
}
/**
 * readSnapshot for groups of alternatives (a module's package manifest names, in lookup order):
 * each group's files are read in order up to the first that exists; the ones after it are not
 * read and not in the map. A group's first file is usually there, so it is opened straight away
 * (no lstat first; a failed open costs more than a probe, so the others are probed as usual).
 */
async function readFirstOf(root, groups) {
    const reader = snapshotReader(root);
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
/** One buffer for the reads of a snapshot; a file that does not fit is read whole by readFileSync. */
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
    /** Every segment of a repository path, or null for a path that is not one. */
    const segmentsOf = (rel) => {
        if ((0,_core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(rel) !== null)
            return null;
        const segments = rel.split('/').filter((s) => s !== '' && s !== '.');
        return segments.length === 0 ? null : segments;
    };
    const absoluteOf = (segments) => (posix ? `${root}/${segments.join('/')}` : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...segments));
    /**
     * Whether the directories above the file and the file itself (`last`: its lstat; undefined: its
     * parent's listing says; null: not checked) are what they must be, per their parents' listings: true, false when one is not there or not
     * a directory (the file: is one), 'linked' when one is a symlink (the file's real path decides).
     */
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
    /** The file's text, or null. */
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
        const segments = segmentsOf(rel);
        if (segments === null)
            return null;
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(absoluteOf(segments), { throwIfNoEntry: false });
        }
        catch {
            return read(rel, segments, undefined); // ENOTDIR, EACCES, …: the listings decide, as they always did
        }
        return stat === undefined ? null : read(rel, segments, stat);
    };
    let chunk;
    /** probe without the lstat: the file opened without following a symlink (one is read as probe reads it). */
    const open = (rel) => {
        const segments = segmentsOf(rel);
        if (segments === null)
            return null;
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(absoluteOf(segments), NO_FOLLOW);
        }
        catch (err) {
            const code = err.code;
            return code === 'ENOENT' ? null : probe(rel); // a symlink (ELOOP), a file on the way, …
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
            return failed(rel, err); // EISDIR: a directory
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
        // The directories above it (null: not the file itself): a symlink among them takes the probe's way (the real path decides).
        const inside = walk(segments, null);
        return inside === false ? null : inside === 'linked' || whole ? probe(rel) : text;
    };
    return { probe, open };
}
/**
 * Writes the files whose path is in `changed` (one all-or-nothing transaction of write.ts: confined
 * to the root, atomic); the others are reported unchanged. A refusal or an I/O error is a
 * IoError and leaves every file as it was.
 */
async function writeChanged(root, files, changed) {
    const { written } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_4__/* .applyChanges */ .YF)(root, files.filter((f) => changed.has(f.path)).map((f) => ({ path: f.path, content: f.content })));
    return { written, unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path) };
}


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ digestCanonical),
/* harmony export */   wj: () => (/* binding */ manifestHash)
/* harmony export */ });
/* unused harmony exports HASH_PREFIX, hashText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7172);
/**
 * manifest_hash = "sha256:" + hex(SHA-256(UTF-8 bytes of the RFC 8785 canonical JSON of the
 * parsed TOML document)). It covers every key and value of the document; comments, white space,
 * key order, inline-table vs `[table]` form and CRLF line endings do not change it.
 */



const HASH_PREFIX = 'sha256:';
/** `sha256:<64 lowercase hex>` of the UTF-8 bytes of `text` (already canonical JSON). */
function digestCanonical(text) {
    return HASH_PREFIX + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The manifest_hash of a parsed document. Throws DiagnosticError (`invalid-value`) for nan/inf. */
function manifestHash(doc, file) {
    return digestCanonical((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(doc, file));
}
/** parseToml + manifestHash. Throws only DiagnosticError. */
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
/**
 * Canonical JSON (RFC 8785, JCS) of a parsed TOML value — the input of manifest_hash.
 *
 * - Tables become objects whose keys are sorted by UTF-16 code units; arrays stay arrays.
 * - Strings are escaped exactly as JCS requires. `JSON.stringify` of a string is that
 *   serialization (ES2019 well-formed stringify: lone surrogates become `\udXXX`), so the output
 *   is always valid UTF-16 and encodes to UTF-8 without replacement characters.
 * - Numbers use the ES Number-to-string rules (JCS): `1.0` and `1` are both `1`, `-0.0` is `0`.
 * - Integers outside the IEEE-754 safe range arrive as `bigint` and are written as their exact
 *   decimal digits. JCS cannot represent them; this is a documented deviation.
 * - TOML date-times, dates and times are RFC 3339 strings as smol-toml's `TomlDate.toISOString`
 *   prints them (see the note below).
 * - TOML `nan` / `inf` have no JSON form: a DiagnosticError with rule `invalid-value`.
 *
 * The walk is iterative (an explicit stack), so document depth never touches the call stack —
 * important because smol-toml's `maxDepth` does not bound dotted keys or `[a.b.c…]` headers.
 * The output is built in one pass into an array of pieces joined once at the end.
 *
 * Note on dates: `TomlDate.toISOString` keeps the *kind* of value (offset date-time with its
 * authored offset, local date-time, local date, local time) but normalizes its spelling:
 * fractional seconds are always three digits (truncated to milliseconds, `07:32` → `07:32:00.000`),
 * `z` → `Z` and a space delimiter → `T`. Equivalent spellings therefore hash alike.
 */


/** Default `file` of diagnostics raised while serializing a value that has no file name. */
const NO_FILE = '<document>';
/**
 * Returns the RFC 8785 canonical JSON of `value`. `file` only labels diagnostics.
 * Throws DiagnosticError (rule `invalid-value`) for nan/inf, invalid dates and non-TOML values.
 */
function canonicalJson(value, file = NO_FILE) {
    const sorted = sortedForStringify(value, 0);
    if (sorted !== SLOW)
        return JSON.stringify(sorted);
    const first = containerOrScalar(value, value, file);
    if (typeof first === 'string')
        return first;
    const out = [];
    // One frame per open container: its (sorted) keys for a table, and the next child to write.
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
/**
 * The fast path: `value` with every table's keys in JCS order (a table already in order, and an
 * array none of whose elements changed, is itself), so that the engine's JSON.stringify writes
 * the canonical form in one native pass — its strings, numbers and key order are then exactly
 * JCS's. SLOW for anything it would write differently or that needs a finding: bigint, nan/inf,
 * dates, keys that are array indices (an engine enumerates those first, in numeric order),
 * `__proto__`, values that are not TOML, nesting beyond MAX_FAST_DEPTH (this walk recurses).
 * The walk below handles those.
 */
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
/** Beyond this depth the fast path hands over to the iterative walk (no deep recursion). */
const MAX_FAST_DEPTH = 200;
function open(container, out) {
    if (Array.isArray(container)) {
        out.push('[');
        return { container, keys: null, size: container.length, next: 0 };
    }
    out.push('{');
    // Default sort compares UTF-16 code units, which is exactly the JCS order.
    const keys = Object.keys(container).sort();
    return { container, keys, size: keys.length, next: 0 };
}
/** A container is returned as is (to be walked); anything else is serialized right away. */
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
            // fall through: an out-of-range date has no RFC 3339 form
        }
    }
    throw notHashable(root, file, 'the date is invalid', 'Write a valid RFC 3339 date or time.');
}
/** Builds the diagnostic, locating the first offending value (a second walk, only on failure). */
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
/** `a.b."c d".0` — bare keys as is, others quoted like TOML basic strings (display only). */
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
/**
 * Grammar checks for every value that can reach generated Rust code, a cargo command line or a
 * workflow: slugs, crate names, Rust paths, repository paths, git URLs, http(s) URLs. Each returns
 * null when the value is fine, or a sentence saying what is wrong.
 */
const SLUG = /^[a-z0-9_-]+$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Rust keywords (strict and reserved, 2021 edition): never valid as an identifier segment. */
const RUST_KEYWORDS = new Set('as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield _'.split(' '));
/** Characters that look like ASCII letters; named so a reviewer sees why `blоg` is refused. */
const LOOKALIKES = {
    'а': ['a', 'CYRILLIC SMALL LETTER A'],
    'е': ['e', 'CYRILLIC SMALL LETTER IE'],
    'о': ['o', 'CYRILLIC SMALL LETTER O'],
    'р': ['p', 'CYRILLIC SMALL LETTER ER'],
    'с': ['c', 'CYRILLIC SMALL LETTER ES'],
    'у': ['y', 'CYRILLIC SMALL LETTER U'],
    'х': ['x', 'CYRILLIC SMALL LETTER HA'],
    'і': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    'ј': ['j', 'CYRILLIC SMALL LETTER JE'],
    'ѕ': ['s', 'CYRILLIC SMALL LETTER DZE'],
    'ԁ': ['d', 'CYRILLIC SMALL LETTER KOMI DE'],
    'ο': ['o', 'GREEK SMALL LETTER OMICRON'],
    'α': ['a', 'GREEK SMALL LETTER ALPHA'],
    'ν': ['v', 'GREEK SMALL LETTER NU'],
    'κ': ['k', 'GREEK SMALL LETTER KAPPA'],
    'ı': ['i', 'LATIN SMALL LETTER DOTLESS I'],
    'ɡ': ['g', 'LATIN SMALL LETTER SCRIPT G'],
    '‐': ['-', 'HYPHEN'],
    '‑': ['-', 'NON-BREAKING HYPHEN'],
    '–': ['-', 'EN DASH'],
    '＿': ['_', 'FULLWIDTH LOW LINE']
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
    const ident = name.replace(/-/g, '_');
    if (RUST_KEYWORDS.has(ident))
        return `becomes the Rust keyword \`${ident}\` as a crate identifier`;
    return null;
}
/** A plain Rust path of identifiers: `BlogModule`, `graphql::BlogQuery`. No generics, no `::` prefix. */
function rustPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (path.length > 256)
        return 'is longer than 256 characters';
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
/** A repository-relative path: no absolute paths, no `..`, POSIX separators, printable ASCII-safe. */
function repoPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    // The common case first, without a test per character: a 5,000-module workspace asks about 20,000 paths.
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
/** git URLs that Cargo and git fetch safely: https://, ssh:// or scp-like git@host:path. */
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
/** An absolute http(s) URL that parses. */
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
/**
 * A git revision as Cargo's `rev` takes it: a commit id (4 to 64 hex digits) or a ref name under
 * the rules of `git check-ref-format` (no control characters, space, `~ ^ : ? * [ \`, `..`, `@{`,
 * `//`; no component starting with `.` or ending with `.lock`; not ending with `/` or `.`), and
 * not starting with `-` (git would read it as an option). Anything else — a newline above all —
 * must never reach a file or a command line.
 */
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
/** Text for a TOML comment line: characters a comment may not hold (controls but tab, DEL) as \uXXXX. */
function commentText(text) {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ COMMON)
/* harmony export */ });
/** Options every project command takes. */
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
/**
 * Explains a manifest_hash: which top-level inputs it covers (each with its own hash) and, given
 * an earlier document, what changed between the two — per module for `modules`, and one level
 * below every other top-level table (`build.server`, `settings.default_enabled`).
 */



/**
 * Explains the hash of `doc`; with `against` (the earlier document) also lists the changes that
 * lead from `against` to `doc` (`added` = only in `doc`). Throws DiagnosticError like manifestHash.
 */
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
    // Same bytes as canonicalJson(doc): the members are already canonical and in JCS order.
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
/** Changes from `before` to `after`: top-level keys, one level deeper inside tables. */
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
            // Two tables are compared entry by entry (no whole-table pass: it would double the work).
            if ((0,toml/* isTable */.bI)(b) && (0,toml/* isTable */.bI)(a))
                diffTable(b, a, path, changes, same);
            else if (!same(b, a))
                changes.push({ path: (0,jcs/* formatPath */.jV)(path), kind: 'changed' });
        }
    }
    return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
/** One entry per differing key of two tables; a changed entry that is a table in both names its keys. */
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
/** Human-readable text of an explanation (no trailing newline). */
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