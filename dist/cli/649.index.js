"use strict";
exports.id = 649;
exports.ids = [649];
exports.modules = {

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject),
/* harmony export */   v: () => (/* binding */ validateOnDisk)
/* harmony export */ });
/* harmony import */ var _core_project_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2076);
/* harmony import */ var _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5390);
/* harmony import */ var _core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3337);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(293);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);
/** Loads and validates a project from disk: the fs adapter feeding the pure two-stage core. */





/**
 * validate: the manifest, then every package manifest and UI crate it points at. `lookup`: where
 * package manifests are (modules-rebuild.toml `codegen.package_manifests` / `package_dir`).
 */
async function loadProject(root, manifest, lookup) {
    const loc = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .locateManifest */ .QM)(root, manifest);
    const stage = (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(loc.file, await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestText */ .pV)(loc));
    const files = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readFirstOf */ .Mr)(loc.root, (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .fileGroupsNeeded */ .uP)(stage, lookup));
    return (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .completeProject */ .NZ)(stage, files, lookup);
}
/** `validate`: the config (for package manifest names, and its own findings) plus the project. */
async function validateOnDisk(root, manifest) {
    const { config, diagnostics } = await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(root);
    const project = await loadProject(root, manifest, (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLookup */ .x8)(config ?? _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG */ .PV));
    if (!diagnostics.length)
        return project;
    const all = (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)([...diagnostics, ...project.diagnostics]);
    return { ...project, ok: project.ok && !(0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(all), diagnostics: all };
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

/***/ 6090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7426);
/* harmony import */ var _core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3926);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1971);




const validateCommand = {
    usage: 'modules-rebuild validate [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Check modules.toml and every package manifest it points at; report all problems at once.',
    options: { ..._command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON */ .S },
    async run(values, io) {
        const result = await (0,_app_project_js__WEBPACK_IMPORTED_MODULE_1__/* .validateOnDisk */ .v)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, String(values.root)), String(values.manifest));
        if (values.format === 'json') {
            io.stdout((0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonReport */ .L7)(result.ok, result.manifestHash, result.diagnostics));
        }
        else {
            for (const d of result.diagnostics)
                io.stderr((0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S5)(d));
            const modules = result.manifest ? Object.keys(result.manifest.modules).length : 0;
            if (result.ok)
                io.stdout(`ok: ${modules} modules, ${result.packages.size} package manifests (${(0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(result.diagnostics)})\nmanifest_hash: ${result.manifestHash}`);
            else
                io.stderr(`invalid: ${(0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(result.diagnostics)}`);
        }
        return result.ok ? 0 : 1;
    }
};


/***/ })

};
;