"use strict";
exports.id = 293;
exports.ids = [293,292];
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
/* harmony import */ var _core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2187);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9213);
/** Reads modules-rebuild.toml from the root (absent: all defaults; present but unreadable: a IoError). */






async function loadConfig(root, manifest) {
    const snapshot = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(root, [_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2]);
    const text = snapshot.get(_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) ?? null;
    if (text === null)
        await assertConfigReadable(root);
    return (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(text, _core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2, manifest === undefined ? {} : { manifest });
}
/**
 * readSnapshot reads a directory, or a symbolic link leading out of the root or to nothing, as
 * missing; for the config that would silently mean "all defaults" and generate for another
 * layout. Only a config that does not exist at all is absent.
 */
async function assertConfigReadable(root) {
    if ((await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(root, [_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2])).get(_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) != null)
        return;
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, _core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2));
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return;
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .IoError */ .dA(`${_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2}: cannot read: ${err.message}`);
    }
    const why = st.isDirectory() ? 'it is a directory' : st.isSymbolicLink() ? 'it is a symbolic link that does not lead to a file inside the root' : 'it is not a regular file';
    throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .IoError */ .dA(`${_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2}: cannot read: ${why}; fix or remove it (without it every setting is the default)`);
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
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9383);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7131);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2514);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(329);
/* harmony import */ var _actions_constants_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9398);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2187);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3422);
/* harmony import */ var _manifest_shapes_generated_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1540);
/* harmony import */ var _manifest_zod_registry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6782);
/**
 * Reading modules-rebuild.toml: shape (checkShape: the generated Shape, zod for findings), then paths and identifiers. Pure: the
 * adapter passes the file's text, or null when the repository has no such file (all defaults).
 */













const CONFIG = (0,_manifest_zod_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .lazySchema */ .ID)('ConfigSchema', _manifest_shapes_generated_js__WEBPACK_IMPORTED_MODULE_10__/* .CONFIG_SHAPE */ .XP);
const DEFAULT_CONFIG = (0,_manifest_zod_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .parseWith */ .Ku)(CONFIG, {});
/** Where this configuration looks for package manifests. */
function packageLookup(c) {
    return { names: c.codegen.package_manifests, dir: c.codegen.package_dir };
}
const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/;
const FEATURE = new RegExp(_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .FEATURE_PATTERN */ .i2);
function readConfig(text, file = _constants_js__WEBPACK_IMPORTED_MODULE_9__/* .CONFIG_FILE */ .g2, opts = {}) {
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
    const shape = (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkShape */ .eA)(CONFIG, doc);
    diagnostics.push(...shape.diagnostics);
    if (shape.data)
        diagnostics.push(...checkValues(doc, shape.data, opts.manifest ?? 'modules.toml'), ...(0,_workflows_js__WEBPACK_IMPORTED_MODULE_7__/* .checkWorkflowsConfig */ .dc)(shape.data.workflows, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)), ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlanConfig */ .Ie)(shape.data.plan, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)), ...(0,_deploy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkDeployConfig */ .aT)(shape.data.deploy, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)), ...(0,_images_js__WEBPACK_IMPORTED_MODULE_6__/* .checkImagesConfig */ .Zx)(shape.data.images ?? {}, file, (p) => (0,_manifest_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc, p)));
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
    for (const app of _values_values_js__WEBPACK_IMPORTED_MODULE_12__/* .TARGETS */ .dW) {
        const a = c.codegen[app];
        path(['codegen', app, 'output'], a.output);
        path(['codegen', app, 'cargo_toml'], a.cargo_toml);
        if (a.template !== undefined)
            path(['codegen', app, 'template'], a.template);
        for (const key of ['output', 'cargo_toml']) {
            const why = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(a[key]) === null ? reservedTarget(a[key], key, manifest, c) : null;
            if (why)
                err('config-reserved-path', ['codegen', app, key], `\`codegen.${app}.${key}\` '${a[key].length > 80 ? `${a[key].slice(0, 80)}…` : a[key]}' ${why}`, `Name a file of the app of its own, e.g. "${_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .APP_DEFAULTS */ .HG[app][key]}".`);
        }
        if (a.template !== undefined && c.codegen.preset === 'rustok') {
            err('config-conflict', ['codegen', app, 'template'], `\`codegen.${app}.template\` does not apply to preset "rustok", whose files must equal what RusToK's build.rs writes`, 'Remove `template`, or set `codegen.preset = "default"` to render your own template.');
        }
    }
    for (const k of _constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUSTOK_OUTPUT_KEYS */ .cL) {
        const file = c.codegen.rustok[k];
        path(['codegen', 'rustok', k], file);
        const why = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(file) === null ? reservedTarget(file, 'output', manifest, c) : null;
        if (why)
            err('config-reserved-path', ['codegen', 'rustok', k], `\`codegen.rustok.${k}\` '${file.length > 80 ? `${file.slice(0, 80)}…` : file}' ${why}`, `Name a generated file of its own, e.g. "${_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUSTOK_OUTPUTS */ ._s[k].path}".`);
    }
    for (const app of _values_values_js__WEBPACK_IMPORTED_MODULE_12__/* .TARGETS */ .dW) {
        if (c.images?.[app]?.repository !== undefined && c.plan[app].image !== undefined)
            err('config-conflict', ['images', app, 'repository'], `\`images.${app}.repository\` and \`plan.${app}.image\` both name the image of ${app}`, `Keep \`images.${app}.repository\` and remove \`plan.${app}.image\`.`);
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
    for (const app of _values_values_js__WEBPACK_IMPORTED_MODULE_12__/* .TARGETS */ .dW) {
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
    for (const app of _values_values_js__WEBPACK_IMPORTED_MODULE_12__/* .TARGETS */ .dW) {
        if (!on(app))
            continue;
        if (c.codegen.preset === 'default')
            out.push([[app, 'output'], c.codegen[app].output]);
        out.push([[app, 'cargo_toml'], c.codegen[app].cargo_toml]);
    }
    if (c.codegen.preset === 'rustok') {
        for (const k of _constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUSTOK_OUTPUT_KEYS */ .cL)
            if (on(_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUSTOK_OUTPUTS */ ._s[k].app))
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
        [_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .CONFIG_FILE */ .g2, 'is this configuration file'],
        ['Cargo.lock', "is Cargo's lockfile"],
        ..._actions_constants_js__WEBPACK_IMPORTED_MODULE_8__/* .RESERVED_WORKFLOWS */ .yc.map((w) => [`${_actions_constants_js__WEBPACK_IMPORTED_MODULE_8__/* .WORKFLOWS_DIR */ .xs}/${w}`, 'is a workflow `workflows generate` writes'])
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

/***/ 9383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aT: () => (/* binding */ checkDeployConfig),
/* harmony export */   f5: () => (/* binding */ environmentProblem)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_PATTERN */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);

/** Environment names: a valid OCI tag (the name is the image tag) and a file name; ≤ 64 characters. */
const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function environmentProblem(name) {
    if (!ENVIRONMENT_PATTERN.test(name))
        return 'must be 1–64 ASCII letters, digits, `_`, `.` or `-`, starting with a letter or digit (it becomes the image tag)';
    if (name.includes('..') || name.endsWith('.') || name.endsWith('.lock'))
        return 'may not contain `..` or end in `.` or `.lock`';
    return null;
}
/** Checks beyond shape: hook argv, paths, environment names and URLs. */
function checkDeployConfig(c, file, at) {
    const out = [];
    const err = (p, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-deploy', file, at(p), message, hint));
    if (c.hook.length > 0 && c.hook[0].trim() === '')
        err(['deploy', 'hook', 0], '`deploy.hook` starts with an empty program name', 'Name the program first, e.g. hook = ["./deploy/rollout.sh"].');
    c.hook.forEach((a, i) => {
        if (a.includes('\0'))
            err(['deploy', 'hook', i], `\`deploy.hook[${i}]\` contains a NUL character`, 'Remove it.');
    });
    for (const key of ['health_path', 'modules_path', 'migrations_path']) {
        const v = c.smoke[key];
        if (key === 'migrations_path' && v === '')
            continue;
        if (!v.startsWith('/') || /[\s#?]/.test(v.replace(/\?.*$/, '')) || v.startsWith('//'))
            err(['deploy', 'smoke', key], `\`deploy.smoke.${key}\` '${v}' is not a path on the server`, 'Write an absolute path such as "/health".');
    }
    for (const [name, e] of Object.entries(c.environments)) {
        const problem = environmentProblem(name);
        if (problem)
            err(['deploy', 'environments', name], `environment name '${name}' ${problem}`, 'Rename the environment, e.g. "production".');
        if (e.url !== undefined) {
            let u = null;
            try {
                u = new URL(e.url);
            }
            catch {
                u = null;
            }
            if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password)
                err(['deploy', 'environments', name, 'url'], `\`deploy.environments.${name}.url\` '${e.url}' is not an http(s) URL without credentials`, 'Write e.g. "https://shop.example.com".');
        }
    }
    return out;
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ documentOf),
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
    return documentOf(file, text, (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file, options));
}
/** The document of `text` already parsed into `data` by the caller (what readDocument gives for it). */
function documentOf(file, text, data) {
    return new ParsedDocument(file, text, data);
}
/** One class for every parsed document: the key index getter lives on the prototype, not in a closure per document. */
class ParsedDocument {
    file;
    text;
    data;
    #index;
    constructor(file, text, data) {
        this.file = file;
        this.text = text;
        this.data = data;
    }
    get keys() {
        return (this.#index ??= (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .indexKeys */ .n)(this.text));
    }
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
/* harmony import */ var _fast_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3435);
/* harmony import */ var _zod_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6782);




function checkShape(lazy, doc, override) {
    let schema;
    if (isLazy(lazy)) {
        const fast = (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .fastParse */ .S)(lazy.shape, doc.data);
        if (fast !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_2__.NO)
            return { data: fast, diagnostics: [] };
        schema = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .zodSchema */ .jN)(lazy.name);
    }
    else
        schema = lazy;
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
const isLazy = (s) => !('_zod' in s);
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
;