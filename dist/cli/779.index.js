export const id = 779;
export const ids = [779,292];
export const modules = {

/***/ 293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   v: () => (/* binding */ assertConfigReadable)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5390);
/* harmony import */ var _core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7967);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);
/** Reads modules-rebuild.toml from the root (absent: all defaults; present but unreadable: a UsageError). */





async function loadConfig(root, manifest) {
    const snapshot = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(root, [_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2]);
    const text = snapshot.get(_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) ?? null;
    if (text === null)
        await assertConfigReadable(root);
    return (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(text, _core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2, manifest === undefined ? {} : { manifest });
}
/**
 * readSnapshot reads a directory, or a symbolic link leading out of the root or to nothing, as
 * missing; for the config that would silently mean "all defaults" and generate for another
 * layout. Only a config that does not exist at all is absent.
 */
async function assertConfigReadable(root) {
    if ((await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(root, [_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2])).get(_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) != null)
        return;
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, _core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2)).catch((err) => {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return null;
        throw new _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2}: cannot read: ${err.message}`);
    });
    if (!st)
        return;
    const why = st.isDirectory() ? 'it is a directory' : st.isSymbolicLink() ? 'it is a symbolic link that does not lead to a file inside the root' : 'it is not a regular file';
    throw new _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${_core_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2}: cannot read: ${why}; fix or remove it (without it every setting is the default)`);
}


/***/ }),

/***/ 5390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   x8: () => (/* binding */ packageLookup)
/* harmony export */ });
/* unused harmony exports MAX_NAME_BYTES, reservedTarget */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8056);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7577);
/* harmony import */ var _manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(292);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7131);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(329);
/* harmony import */ var _actions_constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9398);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7967);
/**
 * Reading modules-rebuild.toml: shape (zod, via checkShape), then paths and identifiers. Pure: the
 * adapter passes the file's text, or null when the repository has no such file (all defaults).
 */








const DEFAULT_CONFIG = _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigSchema */ .Sk.parse({});
/** Where this configuration looks for package manifests. */
function packageLookup(c) {
    return { names: c.codegen.package_manifests, dir: c.codegen.package_dir };
}
const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/;
const FEATURE = new RegExp(_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .FEATURE_PATTERN */ .i2);
function readConfig(text, file = _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .CONFIG_FILE */ .g2, opts = {}) {
    if (text === null)
        return { config: structuredClone(DEFAULT_CONFIG), diagnostics: [] };
    let doc;
    try {
        doc = (0,_manifest_document_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocument */ .u)(file, text, { schema: 1 });
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
    const shape = (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkShape */ .eA)(_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigSchema */ .Sk, doc);
    diagnostics.push(...shape.diagnostics);
    if (shape.data)
        diagnostics.push(...checkValues(doc, shape.data, opts.manifest ?? 'modules.toml'), ...(0,_workflows_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWorkflowsConfig */ .dc)(shape.data.workflows, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)), ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPlanConfig */ .Ie)(shape.data.plan, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)));
    return { config: shape.data && !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(diagnostics) ? shape.data : null, diagnostics };
}
function checkValues(doc, c, manifest) {
    const out = [];
    const err = (rule, path, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, path), message, hint));
    const path = (p, value) => {
        const problem = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(value);
        if (problem)
            err('config-invalid-path', p, `\`${(0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(p)}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server/src/modules/generated.rs".');
    };
    c.codegen.package_manifests.forEach((name, i) => path(['codegen', 'package_manifests', i], name));
    path(['codegen', 'package_dir'], c.codegen.package_dir);
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .APPS */ .h) {
        const a = c.codegen[app];
        path(['codegen', app, 'output'], a.output);
        path(['codegen', app, 'cargo_toml'], a.cargo_toml);
        if (a.template !== undefined)
            path(['codegen', app, 'template'], a.template);
        for (const key of ['output', 'cargo_toml']) {
            const why = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(a[key]) === null ? reservedTarget(a[key], key, manifest, c) : null;
            if (why)
                err('config-reserved-path', ['codegen', app, key], `\`codegen.${app}.${key}\` '${a[key].length > 80 ? `${a[key].slice(0, 80)}…` : a[key]}' ${why}`, `Name a file of the app of its own, e.g. "${_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .APP_DEFAULTS */ .HG[app][key]}".`);
        }
        if (a.template !== undefined && c.codegen.preset === 'rustok') {
            err('config-conflict', ['codegen', app, 'template'], `\`codegen.${app}.template\` does not apply to preset "rustok", whose files must equal what RusToK's build.rs writes`, 'Remove `template`, or set `codegen.preset = "default"` to render your own template.');
        }
    }
    for (const k of _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .RUSTOK_OUTPUT_KEYS */ .cL) {
        const file = c.codegen.rustok[k];
        path(['codegen', 'rustok', k], file);
        const why = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(file) === null ? reservedTarget(file, 'output', manifest, c) : null;
        if (why)
            err('config-reserved-path', ['codegen', 'rustok', k], `\`codegen.rustok.${k}\` '${file.length > 80 ? `${file.slice(0, 80)}…` : file}' ${why}`, `Name a generated file of its own, e.g. "${_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .RUSTOK_OUTPUTS */ ._s[k].path}".`);
    }
    if (c.codegen.preset === 'rustok' && c.codegen.feature_prefix !== 'mod-') {
        err('config-conflict', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' does not apply to preset "rustok": RusToK's build script gates every module with the feature mod-<slug>`, 'Remove `feature_prefix` (default "mod-"), or use preset "default".');
    }
    const api = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .rustPathProblem */ .js)(c.codegen.api_crate);
    if (api)
        err('config-invalid-identifier', ['codegen', 'api_crate'], `\`codegen.api_crate\` '${c.codegen.api_crate}' ${api}`, `Write the crate as Rust spells it in a \`use\` line, e.g. "${c.codegen.api_crate.replace(/-/g, '_') || 'rustok_api'}".`);
    if (!PREFIX.test(c.codegen.feature_prefix)) {
        err('config-invalid-identifier', ['codegen', 'feature_prefix'], `\`codegen.feature_prefix\` '${c.codegen.feature_prefix}' cannot start a Cargo feature name`, 'Use ASCII letters, digits, `_`, `-`, `+` or `.`, starting with a letter, digit or `_`; the default is "mod-".');
    }
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .APPS */ .h) {
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
    for (const app of _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .APPS */ .h) {
        if (!on(app))
            continue;
        if (c.codegen.preset === 'default')
            out.push([[app, 'output'], c.codegen[app].output]);
        out.push([[app, 'cargo_toml'], c.codegen[app].cargo_toml]);
    }
    if (c.codegen.preset === 'rustok') {
        for (const k of _schema_js__WEBPACK_IMPORTED_MODULE_7__/* .RUSTOK_OUTPUT_KEYS */ .cL)
            if (on(_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .RUSTOK_OUTPUTS */ ._s[k].app))
                out.push([['rustok', k], c.codegen.rustok[k]]);
    }
    return out;
}
/** Longest file or directory name a generated path may have (file systems allow 255 bytes; the write path's temp names need the rest). */
const MAX_NAME_BYTES = 200;
/**
 * Why a file `generate` writes (an app's output or Cargo.toml) may not be `target`: the root, a
 * name too long, or a file another part of the program (or git) owns. Null when it may.
 */
function reservedTarget(target, key, manifest, c) {
    const norm = (p) => p.split('/').filter((s) => s !== '' && s !== '.').join('/');
    const t = norm(target);
    if (t === '')
        return 'names the repository root, not a file';
    const long = t.split('/').find((s) => Buffer.byteLength(s) > MAX_NAME_BYTES);
    if (long !== undefined)
        return `has a name longer than ${MAX_NAME_BYTES} bytes ('${long.slice(0, 24)}…')`;
    const lower = t.toLowerCase();
    if (lower === '.git' || lower.startsWith('.git/'))
        return 'is inside .git/, which only git may write';
    const owned = [
        [norm(manifest), 'is the manifest'],
        [_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .CONFIG_FILE */ .g2, 'is this configuration file'],
        ['Cargo.lock', "is Cargo's lockfile"],
        ..._actions_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .RESERVED_WORKFLOWS */ .yc.map((w) => [`${_actions_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WORKFLOWS_DIR */ .xs}/${w}`, 'is a workflow `workflows generate` writes'])
    ];
    if (key === 'output')
        owned.push(['Cargo.toml', "is the workspace's Cargo.toml"]);
    for (const [file, why] of owned)
        if (t === file)
            return why;
    for (const [file] of owned)
        if (t.startsWith(`${file}/`))
            return `is inside ${file}, which is a file`;
    const dir = norm(c.codegen.package_dir);
    if (dir !== '' && (t === dir || t.startsWith(`${dir}/`)))
        return `is inside \`codegen.package_dir\` (${dir}), where install keeps the vendored package manifests`;
    const base = t.split('/').at(-1);
    if (c.codegen.package_manifests.includes(base))
        return 'is named like a package manifest (`codegen.package_manifests`)';
    return null;
}


/***/ }),

/***/ 3926:
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

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5411);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);
/** A parsed TOML file together with its source and key positions. */


/**
 * Parses `text`; throws DiagnosticError for anything that is not a readable TOML table. Key
 * positions are indexed on first use: a file without findings is never indexed.
 */
function readDocument(file, text, options = {}) {
    const data = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file, options);
    let index;
    return {
        file,
        text,
        data,
        get keys() {
            return (index ??= (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .indexKeys */ .n)(text));
        }
    };
}


/***/ }),

/***/ 292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   suggest: () => (/* binding */ suggest),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports valueAt, tomlType */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);


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


/***/ })

};
