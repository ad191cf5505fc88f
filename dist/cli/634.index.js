export const id = 634;
export const ids = [634];
export const modules = {

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   x8: () => (/* binding */ packageLookup)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/* harmony import */ var _manifest_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3885);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1389);
/* harmony import */ var _manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7264);
/* harmony import */ var _plan_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4061);
/* harmony import */ var _workflows_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(918);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(131);
/**
 * Reading modules-rebuild.toml: shape (zod, via checkShape), then paths and identifiers. Pure: the
 * adapter passes the file's text, or null when the repository has no such file (all defaults).
 */







const DEFAULT_CONFIG = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigSchema */ .Sk.parse({});
/** Where this configuration looks for package manifests. */
function packageLookup(c) {
    return { names: c.codegen.package_manifests, dir: c.codegen.package_dir };
}
const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/;
const FEATURE = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .FEATURE_PATTERN */ .i2);
function readConfig(text, file = _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .CONFIG_FILE */ .g2) {
    if (text === null)
        return { config: structuredClone(DEFAULT_CONFIG), diagnostics: [] };
    let doc;
    try {
        doc = (0,_manifest_document_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocument */ .u)(file, text);
    }
    catch (err) {
        if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo) {
            // A config file holding only comments means "all defaults", not an error.
            if (err.diagnostics.every((d) => d.rule === 'empty-file'))
                return { config: structuredClone(DEFAULT_CONFIG), diagnostics: [] };
            return { config: null, diagnostics: err.diagnostics };
        }
        throw err;
    }
    const diagnostics = [];
    if (doc.data.schema !== undefined && doc.data.schema !== 1) {
        diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'unsupported-schema', file, (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, ['schema']), `Unsupported ${file} schema: ${typeof doc.data.schema === 'string' ? JSON.stringify(doc.data.schema) : String(doc.data.schema)}`, 'This version of modules-rebuild reads `schema = 1`.'));
        return { config: null, diagnostics };
    }
    const shape = (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkShape */ .eA)(_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigSchema */ .Sk, doc);
    diagnostics.push(...shape.diagnostics);
    if (shape.data)
        diagnostics.push(...checkValues(doc, shape.data), ...(0,_workflows_config_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWorkflowsConfig */ .dc)(shape.data.workflows, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)), ...(0,_plan_config_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPlanConfig */ .Ie)(shape.data.plan, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)));
    return { config: shape.data && !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(diagnostics) ? shape.data : null, diagnostics };
}
function checkValues(doc, c) {
    const out = [];
    const err = (rule, path, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, path), message, hint));
    const path = (p, value) => {
        const problem = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(value);
        if (problem)
            err('config-invalid-path', p, `\`${(0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(p)}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server/src/modules/generated.rs".');
    };
    c.codegen.package_manifests.forEach((name, i) => path(['codegen', 'package_manifests', i], name));
    path(['codegen', 'package_dir'], c.codegen.package_dir);
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .APPS */ .h) {
        const a = c.codegen[app];
        path(['codegen', app, 'output'], a.output);
        path(['codegen', app, 'cargo_toml'], a.cargo_toml);
        if (a.template !== undefined)
            path(['codegen', app, 'template'], a.template);
        if (a.template !== undefined && c.codegen.preset === 'rustok') {
            err('config-conflict', ['codegen', app, 'template'], `\`codegen.${app}.template\` does not apply to preset "rustok", whose files must equal what RusToK's build.rs writes`, 'Remove `template`, or set `codegen.preset = "default"` to render your own template.');
        }
    }
    for (const k of _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .RUSTOK_OUTPUT_KEYS */ .cL)
        path(['codegen', 'rustok', k], c.codegen.rustok[k]);
    if (c.codegen.preset === 'rustok' && c.codegen.feature_prefix !== 'mod-') {
        err('config-conflict', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' does not apply to preset "rustok": RusToK's build script gates every module with the feature mod-<slug>`, 'Remove `feature_prefix` (default "mod-"), or use preset "default".');
    }
    const api = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .rustPathProblem */ .js)(c.codegen.api_crate);
    if (api)
        err('config-invalid-identifier', ['codegen', 'api_crate'], `\`codegen.api_crate\` '${c.codegen.api_crate}' ${api}`, `Write the crate as Rust spells it in a \`use\` line, e.g. "${c.codegen.api_crate.replace(/-/g, '_') || 'rustok_api'}".`);
    if (!PREFIX.test(c.codegen.feature_prefix)) {
        err('config-invalid-identifier', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' cannot start a Cargo feature name`, 'Use ASCII letters, digits, `_`, `-`, `+` or `.`, starting with a letter, digit or `_`; the default is "mod-".');
    }
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .APPS */ .h) {
        c.features.base_features[app].forEach((f, i) => {
            if (!FEATURE.test(f))
                err('config-invalid-identifier', ['features', 'base_features', app, i], `\`features.base_features.${app}[${i}]\` '${f}' is not a Cargo feature name`, 'Write a feature such as "ssr" or "dep-crate/feature".');
        });
    }
    const written = new Map();
    for (const [at, file] of writtenFiles(c)) {
        const other = written.get(file);
        if (other !== undefined)
            err('config-duplicate-output', ['codegen', ...at], `\`codegen.${at.join('.')}\` '${file}' is also \`codegen.${other}\``, 'Give every enabled app its own output files and Cargo.toml.');
        else
            written.set(file, at.join('.'));
    }
    return out;
}
/** The files code generation writes or rewrites, each with its key under [codegen]: per enabled app its Cargo.toml and its preset's outputs. */
function writtenFiles(c) {
    const out = [];
    const on = (app) => c.codegen[app].enabled;
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .APPS */ .h) {
        if (!on(app))
            continue;
        if (c.codegen.preset === 'default')
            out.push([[app, 'output'], c.codegen[app].output]);
        out.push([[app, 'cargo_toml'], c.codegen[app].cargo_toml]);
    }
    if (c.codegen.preset === 'rustok') {
        for (const k of _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .RUSTOK_OUTPUT_KEYS */ .cL)
            if (on(_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .RUSTOK_OUTPUTS */ ._s[k].app))
                out.push([['rustok', k], c.codegen.rustok[k]]);
    }
    return out;
}


/***/ }),

/***/ 1466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
/* unused harmony export toJson */
/** `modules.toml:15:1: error[unknown-dependency]: message` and the hint on the next line. */
function renderText(d) {
    const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
    const head = `${where}: ${d.severity}[${d.rule}]: ${d.message}`;
    return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
function toJson(d) {
    return { file: d.file, line: d.line, column: d.column, rule: d.rule, message: d.message, hint: d.hint };
}
/** The `--format json` report: one object, errors and warnings apart. */
function jsonReport(ok, manifestHash, diagnostics, extra = {}) {
    return JSON.stringify({
        ok,
        manifest_hash: manifestHash,
        errors: diagnostics.filter((d) => d.severity === 'error').map(toJson),
        warnings: diagnostics.filter((d) => d.severity === 'warning').map(toJson),
        ...extra
    }, null, 2);
}
function summaryLine(diagnostics) {
    const e = diagnostics.filter((d) => d.severity === 'error').length;
    const w = diagnostics.length - e;
    return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 5456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7429);
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

/***/ 3885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ readDocument)
});

;// CONCATENATED MODULE: ./src/manifest/locate.ts
var C;
(function (C) {
    C[C["TAB"] = 9] = "TAB";
    C[C["LF"] = 10] = "LF";
    C[C["CR"] = 13] = "CR";
    C[C["SPACE"] = 32] = "SPACE";
    C[C["QUOTE"] = 34] = "QUOTE";
    C[C["HASH"] = 35] = "HASH";
    C[C["APOS"] = 39] = "APOS";
    C[C["COMMA"] = 44] = "COMMA";
    C[C["DOT"] = 46] = "DOT";
    C[C["EQ"] = 61] = "EQ";
    C[C["LBRACKET"] = 91] = "LBRACKET";
    C[C["BACKSLASH"] = 92] = "BACKSLASH";
    C[C["RBRACKET"] = 93] = "RBRACKET";
    C[C["LBRACE"] = 123] = "LBRACE";
    C[C["RBRACE"] = 125] = "RBRACE";
})(C || (C = {}));
const IMPLICIT = 1;
const TABLE_ARRAY = 2;
/** keyEnd value of a node whose segment is an array index (stored in keyStart). */
const INDEX = -1;
/** Fields of a node, stored interleaved in one Int32Array (few allocations, no GC pressure). */
const KEY_START = 0;
const KEY_END = 1;
const FIRST_CHILD = 2;
const LAST_CHILD = 3;
const NEXT_SIBLING = 4;
const FLAGS = 5;
const LINE = 6;
const COLUMN = 7;
const STRIDE = 8;
/**
 * The key tree. Node 0 is the document. A node's segment is the source range keyStart..keyEnd (a
 * bare or quoted key), or the array index keyStart when keyEnd is INDEX.
 */
class Tree {
    source;
    data;
    size = 1;
    /** Lookup tables of the nodes searched so far; once built, kept complete. */
    children = new Map();
    constructor(source) {
        this.source = source;
        this.data = new Int32Array(STRIDE * Math.max(64, source.length >> 4));
        this.data[FIRST_CHILD] = this.data[LAST_CHILD] = this.data[NEXT_SIBLING] = -1;
    }
    get(node, field) {
        return this.data[node * STRIDE + field];
    }
    set(node, field, value) {
        this.data[node * STRIDE + field] = value;
    }
    add(parent, keyStart, keyEnd, flags, line, column) {
        const k = this.size++;
        if (k * STRIDE >= this.data.length) {
            const grown = new Int32Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        const d = this.data;
        const o = k * STRIDE;
        d[o + KEY_START] = keyStart;
        d[o + KEY_END] = keyEnd;
        d[o + FIRST_CHILD] = -1;
        d[o + LAST_CHILD] = -1;
        d[o + NEXT_SIBLING] = -1;
        d[o + FLAGS] = flags;
        d[o + LINE] = line;
        d[o + COLUMN] = column;
        const p = parent * STRIDE;
        const last = d[p + LAST_CHILD];
        if (last < 0)
            d[p + FIRST_CHILD] = k;
        else
            d[last * STRIDE + NEXT_SIBLING] = k;
        d[p + LAST_CHILD] = k;
        if (this.children.size > 0) {
            const map = this.children.get(parent);
            if (map !== undefined) {
                const key = this.key(k);
                if (key !== null && !map.has(key))
                    map.set(key, k);
            }
        }
        return k;
    }
    key(k) {
        const start = this.get(k, KEY_START);
        const end = this.get(k, KEY_END);
        return end === INDEX ? start : decodeKey(this.source, start, end);
    }
    lookup(parent, key) {
        let map = this.children.get(parent);
        if (map === undefined) {
            map = new Map();
            for (let c = this.get(parent, FIRST_CHILD); c >= 0; c = this.get(c, NEXT_SIBLING)) {
                const k = this.key(c);
                if (k !== null && !map.has(k))
                    map.set(k, c);
            }
            this.children.set(parent, map);
        }
        return map.get(key) ?? -1;
    }
}
function indexKeys(source) {
    const tree = new Tree(source);
    try {
        scan(source, tree);
    }
    catch {
        // Never throw: keep what was indexed before the surprise.
    }
    const find = (path, nearest) => {
        let node = 0;
        let found = -1;
        try {
            for (const segment of path) {
                node = tree.lookup(node, segment);
                if (node < 0)
                    break;
                found = node;
            }
        }
        catch {
            return undefined;
        }
        if (found < 0 || (!nearest && node < 0))
            return undefined;
        return { line: tree.get(found, LINE), column: tree.get(found, COLUMN) };
    };
    return {
        get: (path) => find(path, false),
        nearest: (path) => find(path, true)
    };
}
/** Decodes the key at start..end: bare, 'literal' or "basic" with escapes (null if malformed). */
function decodeKey(s, start, end) {
    const q = s.charCodeAt(start);
    if (q === C.APOS)
        return s.slice(start + 1, end - 1);
    if (q !== C.QUOTE)
        return s.slice(start, end);
    end--;
    let out = '';
    let from = start + 1;
    for (let i = from; i < end;) {
        if (s.charCodeAt(i) !== C.BACKSLASH) {
            i++;
            continue;
        }
        out += s.slice(from, i);
        const e = s[i + 1];
        i += 2;
        switch (e) {
            case 'b':
                out += '\b';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'f':
                out += '\f';
                break;
            case 'r':
                out += '\r';
                break;
            case 'e':
                out += '\x1b';
                break;
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 'x':
            case 'u':
            case 'U': {
                const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
                const hex = s.slice(i, i + len);
                const cp = Number.parseInt(hex, 16);
                if (hex.length !== len || !Number.isInteger(cp) || cp < 0 || cp > 0x10ffff)
                    return null;
                out += String.fromCodePoint(cp);
                i += len;
                break;
            }
            default:
                return null;
        }
        from = i;
    }
    return out + s.slice(from, end);
}
function scan(s, tree) {
    const n = s.length;
    const bom = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    let i = bom;
    // Offset → line/column, advanced incrementally: positions are taken in increasing order.
    // Without surrogate pairs a column is a plain offset difference.
    const astral = /[\uD800-\uDBFF]/.test(s);
    let curOffset = bom;
    let curLine = 1;
    let lineStart = bom;
    let curColumn = 1;
    let nextEol = s.indexOf('\n', bom);
    let line = 1;
    let column = 1;
    const locate = (offset) => {
        if (offset < curOffset) {
            curOffset = lineStart = bom;
            curLine = curColumn = 1;
            nextEol = s.indexOf('\n', bom);
        }
        if (!astral) {
            while (nextEol >= 0 && nextEol < offset) {
                curLine++;
                lineStart = nextEol + 1;
                nextEol = s.indexOf('\n', lineStart);
            }
            curOffset = offset;
            line = curLine;
            column = offset - lineStart + 1;
            return;
        }
        for (; curOffset < offset; curOffset++) {
            const c = s.charCodeAt(curOffset);
            if (c === C.LF) {
                curLine++;
                curColumn = 1;
            }
            else if (c < 0xdc00 || c > 0xdfff) {
                // A low surrogate is the second half of a code point already counted.
                curColumn++;
            }
        }
        line = curLine;
        column = curColumn;
    };
    const add = (parent, keyStart, keyEnd, flags, at) => {
        locate(at);
        return tree.add(parent, keyStart, keyEnd, flags, line, column);
    };
    /** The child `start..end` of `parent`, created if missing; an explicit use overrides an implicit one. */
    const child = (parent, start, end, implicit) => {
        const key = decodeKey(s, start, end);
        if (key === null)
            return -1;
        const found = tree.lookup(parent, key);
        if (found < 0)
            return add(parent, start, end, implicit ? IMPLICIT : 0, start);
        const flags = tree.get(found, FLAGS);
        if (!implicit && flags & IMPLICIT) {
            locate(start);
            tree.set(found, FLAGS, flags & ~IMPLICIT);
            tree.set(found, LINE, line);
            tree.set(found, COLUMN, column);
        }
        return found;
    };
    const skipSpaces = () => {
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c !== C.SPACE && c !== C.TAB)
                break;
            i++;
        }
    };
    /** Skips whitespace, line breaks and comments. */
    const skipVoid = () => {
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c === C.SPACE || c === C.TAB || c === C.LF || c === C.CR)
                i++;
            else if (c === C.HASH) {
                const eol = s.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            }
            else
                break;
        }
    };
    /** Skips a string starting at `i` (which holds `"` or `'`); multi-line ones only if `multi`. */
    const skipString = (multi) => {
        const q = s.charCodeAt(i);
        if (multi && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
            i += 3;
            while (i < n) {
                const c = s.charCodeAt(i);
                if (c === C.BACKSLASH && q === C.QUOTE)
                    i += 2;
                else if (c === q && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
                    // A closing run may hold up to two extra quotes that belong to the content.
                    i += 3;
                    if (s.charCodeAt(i) === q)
                        i++;
                    if (s.charCodeAt(i) === q)
                        i++;
                    return;
                }
                else
                    i++;
            }
            return;
        }
        i++;
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c === q) {
                i++;
                return;
            }
            if (c === C.LF)
                return;
            i += c === C.BACKSLASH && q === C.QUOTE ? 2 : 1;
        }
    };
    /** Start of the last segment read by readKey. */
    let lastKeyOffset = 0;
    /**
     * Reads a (possibly dotted) key at `i` below `base`. Leading segments become implicit tables.
     * In a header (`header`), arrays of tables resolve to their last entry and the last segment is
     * looked up (a table may be named again); in a key/value it is always new (TOML forbids
     * redefinition). Returns the node, or -1 on a surprise. Stops before `=` or `]`.
     */
    const readKey = (base, header) => {
        let node = base;
        for (;;) {
            skipSpaces();
            const start = i;
            const c = s.charCodeAt(i);
            if (c === C.QUOTE || c === C.APOS)
                skipString(false);
            else {
                while (i < n) {
                    const d = s.charCodeAt(i);
                    if (d === C.SPACE || d === C.TAB || d === C.DOT || d === C.EQ || d === C.LF || d === C.CR ||
                        d === C.RBRACKET || d === C.LBRACKET || d === C.HASH || d === C.QUOTE || d === C.APOS ||
                        d === C.LBRACE || d === C.RBRACE || d === C.COMMA)
                        break;
                    i++;
                }
            }
            const end = i;
            if (end === start)
                return -1;
            skipSpaces();
            if (s.charCodeAt(i) !== C.DOT) {
                lastKeyOffset = start;
                return header ? child(node, start, end, false) : add(node, start, end, 0, start);
            }
            i++;
            node = child(node, start, end, true);
            if (node < 0)
                return -1;
            if (header && tree.get(node, FLAGS) & TABLE_ARRAY)
                node = tree.get(node, LAST_CHILD);
            if (node < 0)
                return -1;
        }
    };
    // Nesting levels inside a value: the node of each open array / inline table, and for arrays the
    // index of the next element (-1 for an inline table). Plain number stacks, reused.
    const stackNode = [];
    const stackIndex = [];
    let depth = 0;
    /** Starts the value at `i` for `node`: skips a scalar, or opens an array / inline table. */
    const startValue = (node) => {
        const c = s.charCodeAt(i);
        if (c === C.QUOTE || c === C.APOS)
            skipString(true);
        else if (c === C.LBRACKET) {
            i++;
            stackNode[depth] = node;
            stackIndex[depth++] = 0;
        }
        else if (c === C.LBRACE) {
            i++;
            stackNode[depth] = node;
            stackIndex[depth++] = -1;
        }
        else {
            // Number, boolean or date-time (which may contain a space): up to a delimiter.
            while (i < n) {
                const d = s.charCodeAt(i);
                if (d === C.COMMA || d === C.RBRACKET || d === C.RBRACE || d === C.HASH || d === C.LF || d === C.CR)
                    break;
                i++;
            }
        }
    };
    /** The table that key/value lines currently belong to. */
    let table = 0;
    while (i < n) {
        const before = i;
        const level = depth;
        skipVoid();
        if (i >= n)
            break;
        const c = s.charCodeAt(i);
        if (level === 0) {
            if (c === C.LBRACKET) {
                // Table header `[a.b]` or array-of-tables header `[[a.b]]`.
                const aot = s.charCodeAt(i + 1) === C.LBRACKET;
                i += aot ? 2 : 1;
                const node = readKey(0, true);
                if (node < 0 || s.charCodeAt(i) !== C.RBRACKET)
                    return;
                i += aot ? 2 : 1;
                if (aot) {
                    tree.set(node, FLAGS, tree.get(node, FLAGS) | TABLE_ARRAY);
                    const last = tree.get(node, LAST_CHILD);
                    table = add(node, last < 0 ? 0 : tree.get(last, KEY_START) + 1, INDEX, 0, lastKeyOffset);
                }
                else
                    table = node;
                continue;
            }
            const node = readKey(table, false);
            if (node < 0 || s.charCodeAt(i) !== C.EQ)
                return;
            i++;
            skipSpaces();
            startValue(node);
        }
        else if (c === (stackIndex[level - 1] < 0 ? C.RBRACE : C.RBRACKET)) {
            i++;
            depth--;
        }
        else if (c === C.COMMA)
            i++;
        else if (stackIndex[level - 1] >= 0) {
            const index = stackIndex[level - 1];
            stackIndex[level - 1] = index + 1;
            startValue(add(stackNode[level - 1], index, INDEX, 0, i));
        }
        else {
            const node = readKey(stackNode[level - 1], false);
            if (node < 0 || s.charCodeAt(i) !== C.EQ)
                return;
            i++;
            skipSpaces();
            startValue(node);
        }
        if (i === before && depth === level)
            return; // no progress: give up rather than loop
    }
}

// EXTERNAL MODULE: ./src/manifest/toml.ts
var toml = __webpack_require__(7429);
;// CONCATENATED MODULE: ./src/manifest/document.ts
/** A parsed TOML file together with its source and key positions. */


/**
 * Parses `text`; throws DiagnosticError for anything that is not a readable TOML table. Key
 * positions are indexed on first use: a file without findings is never indexed.
 */
function readDocument(file, text) {
    const data = (0,toml/* parseToml */.MT)(text, file);
    let index;
    return {
        file,
        text,
        data,
        get keys() {
            return (index ??= indexKeys(text));
        }
    };
}


/***/ }),

/***/ 7264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports valueAt, tomlType */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7429);


function checkShape(schema, doc, override) {
    const diagnostics = unknownKeys(schema, doc);
    const parsed = schema.safeParse(doc.data);
    if (parsed.success)
        return { data: parsed.data, diagnostics };
    for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        diagnostics.push(override?.(path, valueAt(doc.data, path), locate(doc, path)) ?? issueDiagnostic(issue, path, doc));
    }
    return { data: null, diagnostics };
}
function issueDiagnostic(issue, path, doc) {
    const where = formatPath(path);
    const value = valueAt(doc.data, path);
    const loc = locate(doc, path);
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'missing-field', doc.file, loc, `missing required key \`${where}\``, `Add \`${lastKey(path)} = …\` (see the JSON Schema in schema/ for the expected type).`);
    }
    if (issue.code === 'invalid_type') {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-type', doc.file, loc, `\`${where}\` must be ${article(issue.expected)}, found ${tomlType(value)}`, `Write ${article(issue.expected)} here.`);
    }
    if (issue.code === 'invalid_value') {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(' | ');
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', doc.file, loc, `\`${where}\` must be one of ${allowed}, found ${show(value)}`, `Use one of ${allowed}.`);
    }
    return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', doc.file, loc, `\`${where}\`: ${issue.message}`, null);
}
/** Location of `path` in the document, falling back to the nearest located ancestor. */
function locate(doc, path) {
    return doc.keys.get(path) ?? doc.keys.nearest(path) ?? null;
}
/** Walks the schema alongside the data and reports keys the schema does not define. */
function unknownKeys(schema, doc) {
    const out = [];
    const pathOf = (n, last) => {
        const p = [last];
        for (let c = n; c && c[2] !== null; c = c[3])
            p.unshift(c[2]);
        return p;
    };
    const stack = [[schema, doc.data, null, null]];
    while (stack.length) {
        const node = stack.pop();
        const [s, v] = node;
        const def = unwrap(s)._zod.def;
        if (def.type === 'object' && (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v)) {
            const shape = def.shape ?? {};
            for (const key in v) {
                const sub = shape[key];
                if (sub)
                    stack.push([sub, v[key], key, node]);
                else if (!def.catchall) {
                    const path = pathOf(node, key);
                    const near = suggest(key, Object.keys(shape));
                    out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('warning', 'unknown-key', doc.file, locate(doc, path), `unknown key \`${formatPath(path)}\`${near ? ` (did you mean \`${near}\`?)` : ''}; it is ignored`, near ? `Rename it to \`${near}\`.` : `Known keys here: ${Object.keys(shape).join(', ')}.`));
                }
            }
        }
        else if (def.type === 'record' && (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v) && def.valueType) {
            for (const key in v)
                stack.push([def.valueType, v[key], key, node]);
        }
        else if (def.type === 'array' && Array.isArray(v) && def.element) {
            for (let i = 0; i < v.length; i++)
                stack.push([def.element, v[i], i, node]);
        }
    }
    return out;
}
function unwrap(s) {
    let cur = s;
    for (;;) {
        const def = cur._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            cur = def.innerType;
        else
            return cur;
    }
}
/** The closest candidate within edit distance 2 (or a case-insensitive / prefix match). */
function suggest(word, candidates) {
    let best = null;
    let bestD = 3;
    for (const c of candidates) {
        const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return best;
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
function formatPath(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += (out ? '.' : '') + (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p));
    }
    return out;
}
function lastKey(path) {
    const k = [...path].reverse().find((p) => typeof p === 'string');
    return typeof k === 'string' ? k : 'key';
}
function valueAt(data, path) {
    let cur = data;
    for (const p of path) {
        if (cur === undefined)
            return undefined;
        if (typeof p === 'number')
            cur = Array.isArray(cur) ? cur[p] : undefined;
        else
            cur = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(cur) && Object.hasOwn(cur, p) ? cur[p] : undefined;
    }
    return cur;
}
function tomlType(v) {
    if (v === undefined)
        return 'nothing';
    if (typeof v === 'string')
        return `a string (${show(v)})`;
    if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))
        return `an integer (${String(v)})`;
    if (typeof v === 'number')
        return `a float (${v})`;
    if (typeof v === 'boolean')
        return `a boolean (${v})`;
    if (v instanceof Date)
        return 'a date-time';
    if (Array.isArray(v))
        return 'an array';
    return 'a table';
}
function show(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v);
    return v === undefined ? 'nothing' : tomlType(v);
}
function article(expected) {
    const names = { string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean', array: 'an array', object: 'a table', record: 'a table', date: 'a date-time' };
    return names[expected] ?? expected;
}


/***/ }),

/***/ 7429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   bI: () => (/* binding */ isTable)
/* harmony export */ });
/* unused harmony exports LIMITS, lineColumn */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2869);
/**
 * Safe TOML reading: every failure becomes a Diagnostic (never a stack trace, hang or crash).
 * Limits keep hostile input cheap: size, nesting depth and array length are bounded.
 */


const LIMITS = {
    /** Bytes of one TOML file. A 50,000-module manifest is about 6 MiB. */
    fileBytes: 32 * 1024 * 1024,
    /** Nesting of inline tables / arrays. RusToK's deepest is 8. */
    depth: 64,
    /** Elements of one array (a 5,000-module platform lists 5,000 features in `default`). */
    arrayLength: 8192
};
/**
 * Parses `text` (the content of `file`, a root-relative POSIX path) into a TOML table.
 * Throws DiagnosticError (only) for empty, binary, oversized, malformed or too-deep input.
 */
function parseToml(text, file) {
    const fail = (rule, line, column, message, hint) => {
        const loc = line === null ? null : { line, column: column ?? 1 };
        return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .DiagnosticError */ .uo([(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnostic */ .YK)('error', rule, file, loc, message, hint)]);
    };
    if (text.length > LIMITS.fileBytes) {
        throw fail('limit-exceeded', null, null, `${file} is larger than ${LIMITS.fileBytes} bytes`, 'Split the file or remove generated content.');
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const { line, column } = lineColumn(text, nul);
        throw fail('binary-content', line, column, `${file} contains a NUL byte`, 'TOML files must be UTF-8 text; was a binary file committed under this name?');
    }
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
        const { line, column } = lineColumn(text, bad);
        throw fail('binary-content', line, column, `${file} is not valid UTF-8`, 'Re-save the file as UTF-8.');
    }
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
            maxDepth: LIMITS.depth,
            integersAsBigInt: 'asNeeded',
            unsafeKeyBehaviour: 'throw'
        });
    }
    catch (err) {
        if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const message = err.message.split('\n')[0] ?? 'invalid TOML';
            const depth = /depth|nested/i.test(message);
            return throwIt(fail(depth ? 'limit-exceeded' : 'toml-syntax', err.line, err.column, depth ? `nesting is deeper than ${LIMITS.depth} levels` : `invalid TOML: ${message}`, depth ? 'Flatten the structure; no format of modules-rebuild nests this deep.' : 'Fix the TOML syntax at this position.'));
        }
        // smol-toml can exhaust the stack on pathological input; report it, never crash.
        return throwIt(fail('toml-syntax', null, null, `${file} could not be parsed: ${err.message}`, 'Simplify the document.'));
    }
    if (Object.keys(doc).length === 0) {
        throw fail('empty-file', null, null, `${file} is empty`, 'Start with `schema = 2`; see the README for a complete example.');
    }
    const long = findLongArray(doc);
    if (long) {
        throw fail('limit-exceeded', null, null, `array \`${long}\` has more than ${LIMITS.arrayLength} elements`, 'No list in these formats needs that many entries; is the file generated by mistake?');
    }
    return doc;
}
function throwIt(e) {
    throw e;
}
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
/** The dotted path of the first array longer than the limit, or null. Iterative; paths are built only for the culprit. */
function findLongArray(root) {
    const stack = [[root, '']];
    while (stack.length) {
        const [v, p] = stack.pop();
        if (Array.isArray(v)) {
            if (v.length > LIMITS.arrayLength)
                return p;
            for (let i = 0; i < v.length; i++)
                if (typeof v[i] === 'object')
                    stack.push([v[i], `${p}[${i}]`]);
        }
        else if (isTable(v)) {
            for (const k in v)
                if (typeof v[k] === 'object')
                    stack.push([v[k], p ? `${p}.${k}` : k]);
        }
    }
    return null;
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}


/***/ })

};
