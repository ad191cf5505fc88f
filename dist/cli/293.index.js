"use strict";
exports.id = 293;
exports.ids = [293,292];
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






async function loadConfig(root, manifest, snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root)) {
    const text = (await snapshot.read([_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2])).get(_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) ?? null;
    if (text === null)
        await assertConfigReadable(root, snapshot);
    return (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(text, _core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2, manifest === undefined ? {} : { manifest });
}
async function assertConfigReadable(root, snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root)) {
    if ((await snapshot.read([_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2])).get(_core_config_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_FILE */ .g2) != null)
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













const CONFIG = (0,_manifest_zod_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .lazySchema */ .ID)('ConfigSchema', _manifest_shapes_generated_js__WEBPACK_IMPORTED_MODULE_10__/* .FAST_CONFIG */ .mT);
const DEFAULT_CONFIG = (0,_manifest_zod_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .parseWith */ .Ku)(CONFIG, {});
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
        doc = (0,_manifest_document_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocument */ .u0)(file, text, { schema: 1 });
    }
    catch (err) {
        if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo) {
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
                err('config-reserved-path', ['codegen', app, key], `\`codegen.${app}.${key}\` '${a[key].length > 80 ? `${a[key].slice(0, 80)}\u2026` : a[key]}' ${why}`, `Name a file of the app of its own, e.g. "${_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .APP_DEFAULTS */ .HG[app][key]}".`);
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
            err('config-reserved-path', ['codegen', 'rustok', k], `\`codegen.rustok.${k}\` '${file.length > 80 ? `${file.slice(0, 80)}\u2026` : file}' ${why}`, `Name a generated file of its own, e.g. "${_constants_js__WEBPACK_IMPORTED_MODULE_9__/* .RUSTOK_OUTPUTS */ ._s[k].path}".`);
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
const MAX_NAME_BYTES = 200;
function reservedTarget(target, key, manifest, c) {
    const norm = (p) => p.split('/').filter((s) => s !== '' && s !== '.').join('/');
    const t = norm(target);
    if (t === '')
        return 'names the repository root, not a file';
    const long = t.split('/').find((s) => Buffer.byteLength(s) > MAX_NAME_BYTES);
    if (long !== undefined)
        return `has a name longer than ${MAX_NAME_BYTES} bytes ('${long.slice(0, 24)}\u2026')`;
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

const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function environmentProblem(name) {
    if (!ENVIRONMENT_PATTERN.test(name))
        return 'must be 1\u201364 ASCII letters, digits, `_`, `.` or `-`, starting with a letter or digit (it becomes the image tag)';
    if (name.includes('..') || name.endsWith('.') || name.endsWith('.lock'))
        return 'may not contain `..` or end in `.` or `.lock`';
    return null;
}
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
/* harmony export */   hR: () => (/* binding */ releasedDocument),
/* harmony export */   lM: () => (/* binding */ documentOf),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6612);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);


function readDocument(file, text, options = {}, cache) {
    return documentOf(file, text, cache ? cache.parse(text, file, options) : (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file, options));
}
function documentOf(file, text, data) {
    return new ParsedDocument(file, text, data);
}
function releasedDocument(doc, options = {}) {
    return new ReleasedDocument(doc.file, doc.text, options);
}
class ReleasedDocument {
    file;
    text;
    options;
    #data;
    #index;
    constructor(file, text, options) {
        this.file = file;
        this.text = text;
        this.options = options;
    }
    get data() {
        return (this.#data ??= (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(this.text, this.file, this.options));
    }
    get keys() {
        return (this.#index ??= (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .indexKeys */ .n)(this.text));
    }
}
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
        const fast = lazy.fast(doc.data);
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
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'missing-field', doc.file, loc, `missing required key \`${where}\``, `Add \`${lastKey(path)} = \u2026\` (see the JSON Schema in schema/ for the expected type).`);
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
function locate(doc, path) {
    return doc.keys.get(path) ?? doc.keys.nearest(path) ?? null;
}
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
        return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '\u2026' : v);
    return v === undefined ? 'nothing' : tomlType(v);
}
function article(expected) {
    const names = { string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean', array: 'an array', object: 'a table', record: 'a table', date: 'a date-time' };
    return names[expected] ?? expected;
}


/***/ }),

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mT: () => (/* binding */ FAST_CONFIG),
/* harmony export */   mu: () => (/* binding */ FAST_PACKAGE_MANIFEST),
/* harmony export */   rf: () => (/* binding */ FAST_MANIFEST)
/* harmony export */ });
/* harmony import */ var _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3435);

const d0 = { "embed_admin": false, "embed_storefront": false };
const d1 = { "profile": "release", "server": { "embed_admin": false, "embed_storefront": false }, "storefront": [] };
const d2 = { "default_enabled": [] };
const keys3 = new Set(["type"]);
const keys4 = new Set(["module", "crate", "dependencies", "co_requisites", "conflicts", "compat", "marketplace", "settings", "provides"]);
const d5 = ["rustok-module.toml", "module.toml"];
const keys6 = new Set(["actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues", "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses"]);
const re7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "");
const re8 = new RegExp("^\\S+( \\S+){4}$", "");
const d9 = ["rust-toolchain.toml", "rust-toolchain"];
const d10 = ["cargo", "build", "--locked", "-p", "{package}", "{profile_args}", "{target_args}", "{feature_args}"];
function p0(v) {
    return v === 2 ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p1(v) {
    if (typeof v !== 'string')
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p2(v) {
    if (v === undefined)
        return "rustok-server";
    const r = p1(v);
    return r === undefined ? "rustok-server" : r;
}
function p3(v) {
    return v === undefined ? undefined : p1(v);
}
function p4(v) {
    if (v === undefined)
        return "release";
    const r = p1(v);
    return r === undefined ? "release" : r;
}
function p5(v) {
    return v === "monolith" || v === "headless" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p6(v) {
    return v === undefined ? undefined : p5(v);
}
function p7(v) {
    return typeof v === 'boolean' ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p8(v) {
    if (v === undefined)
        return false;
    const r = p7(v);
    return r === undefined ? false : r;
}
function p9(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "embed_admin")) {
        known++;
        r = p8(v["embed_admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["embed_admin"] = r;
    }
    else {
        r = p8(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["embed_admin"] = r;
    }
    if (Object.hasOwn(v, "embed_storefront")) {
        known++;
        r = p8(v["embed_storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["embed_storefront"] = r;
    }
    else {
        r = p8(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["embed_storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p10(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d0);
    const r = p9(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d0) : r;
}
function p11(v) {
    return v === "leptos" || v === "next" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p12(v) {
    if (v === undefined)
        return "leptos";
    const r = p11(v);
    return r === undefined ? "leptos" : r;
}
function p13(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p1(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p14(v) {
    if (v === undefined)
        return [];
    const r = p13(v);
    return r === undefined ? [] : r;
}
function p15(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "stack")) {
        known++;
        r = p12(v["stack"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["stack"] = r;
    }
    else {
        r = p12(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["stack"] = r;
    }
    if (Object.hasOwn(v, "public_url")) {
        known++;
        r = p3(v["public_url"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["public_url"] = r;
    }
    if (Object.hasOwn(v, "redirect_uris")) {
        known++;
        r = p14(v["redirect_uris"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["redirect_uris"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["redirect_uris"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p16(v) {
    return v === undefined ? undefined : p15(v);
}
function p17(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "id")) {
        known++;
        r = p1(v["id"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["id"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "stack")) {
        known++;
        r = p12(v["stack"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["stack"] = r;
    }
    else {
        r = p12(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["stack"] = r;
    }
    if (Object.hasOwn(v, "public_url")) {
        known++;
        r = p3(v["public_url"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["public_url"] = r;
    }
    if (Object.hasOwn(v, "redirect_uris")) {
        known++;
        r = p14(v["redirect_uris"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["redirect_uris"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["redirect_uris"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p18(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p17(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p19(v) {
    if (v === undefined)
        return [];
    const r = p18(v);
    return r === undefined ? [] : r;
}
function p20(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "target")) {
        known++;
        r = p3(v["target"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["target"] = r;
    }
    if (Object.hasOwn(v, "profile")) {
        known++;
        r = p4(v["profile"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["profile"] = r;
    }
    else {
        r = p4(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["profile"] = r;
    }
    if (Object.hasOwn(v, "deployment_profile")) {
        known++;
        r = p6(v["deployment_profile"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deployment_profile"] = r;
    }
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p10(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    else {
        r = p10(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p16(v["admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p19(v["storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    else {
        r = p19(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p21(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d1);
    const r = p20(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d1) : r;
}
function p22(v) {
    return v === "path" || v === "git" || v === "crates-io" || v === "registry" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p23(v) {
    return v === "module" || v === "extension" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p24(v) {
    if (v === undefined)
        return "module";
    const r = p23(v);
    return r === undefined ? "module" : r;
}
function p25(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "crate")) {
        known++;
        r = p1(v["crate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["crate"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "source")) {
        known++;
        r = p22(v["source"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["source"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "path")) {
        known++;
        r = p3(v["path"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["path"] = r;
    }
    if (Object.hasOwn(v, "git")) {
        known++;
        r = p3(v["git"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["git"] = r;
    }
    if (Object.hasOwn(v, "rev")) {
        known++;
        r = p3(v["rev"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rev"] = r;
    }
    if (Object.hasOwn(v, "version")) {
        known++;
        r = p3(v["version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["version"] = r;
    }
    if (Object.hasOwn(v, "required")) {
        known++;
        r = p8(v["required"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["required"] = r;
    }
    else {
        r = p8(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["required"] = r;
    }
    if (Object.hasOwn(v, "depends_on")) {
        known++;
        r = p14(v["depends_on"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["depends_on"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["depends_on"] = r;
    }
    if (Object.hasOwn(v, "runtime")) {
        known++;
        r = p24(v["runtime"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runtime"] = r;
    }
    else {
        r = p24(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runtime"] = r;
    }
    if (Object.hasOwn(v, "features")) {
        known++;
        r = p14(v["features"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["features"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["features"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p26(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p25(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p27(v) {
    if (v === undefined)
        return {};
    const r = p26(v);
    return r === undefined ? {} : r;
}
function p28(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "default_enabled")) {
        known++;
        r = p14(v["default_enabled"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["default_enabled"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["default_enabled"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p29(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d2);
    const r = p28(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d2) : r;
}
function p30(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "schema")) {
        known++;
        r = p0(v["schema"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["schema"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "app")) {
        known++;
        r = p2(v["app"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["app"] = r;
    }
    else {
        r = p2(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["app"] = r;
    }
    if (Object.hasOwn(v, "build")) {
        known++;
        r = p21(v["build"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build"] = r;
    }
    else {
        r = p21(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build"] = r;
    }
    if (Object.hasOwn(v, "modules")) {
        known++;
        r = p27(v["modules"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules"] = r;
    }
    else {
        r = p27(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules"] = r;
    }
    if (Object.hasOwn(v, "settings")) {
        known++;
        r = p29(v["settings"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["settings"] = r;
    }
    else {
        r = p29(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["settings"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p31(v) {
    return v === "first_party" || v === "third_party" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p32(v) {
    return v === "core" || v === "verified" || v === "unverified" || v === "private" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p33(v) {
    return v === "dual_surface" || v === "admin_only" || v === "storefront_only" || v === "no_ui" || v === "capability_only" || v === "future_ui" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p34(v) {
    return v === undefined ? undefined : p33(v);
}
function p35(v) {
    return v === undefined ? undefined : p23(v);
}
function p36(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "slug")) {
        known++;
        r = p1(v["slug"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["slug"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p1(v["name"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["name"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "version")) {
        known++;
        r = p1(v["version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["version"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "description")) {
        known++;
        r = p3(v["description"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["description"] = r;
    }
    if (Object.hasOwn(v, "ownership")) {
        known++;
        r = p31(v["ownership"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["ownership"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "trust_level")) {
        known++;
        r = p32(v["trust_level"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["trust_level"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "ui_classification")) {
        known++;
        r = p34(v["ui_classification"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["ui_classification"] = r;
    }
    if (Object.hasOwn(v, "runtime")) {
        known++;
        r = p35(v["runtime"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runtime"] = r;
    }
    if (Object.hasOwn(v, "recommended_admin_surfaces")) {
        known++;
        r = p14(v["recommended_admin_surfaces"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["recommended_admin_surfaces"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["recommended_admin_surfaces"] = r;
    }
    if (Object.hasOwn(v, "showcase_admin_surfaces")) {
        known++;
        r = p14(v["showcase_admin_surfaces"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["showcase_admin_surfaces"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["showcase_admin_surfaces"] = r;
    }
    if (Object.hasOwn(v, "rustok_min_version")) {
        known++;
        r = p3(v["rustok_min_version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rustok_min_version"] = r;
    }
    if (Object.hasOwn(v, "rustok_max_version")) {
        known++;
        r = p3(v["rustok_max_version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rustok_max_version"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p37(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "entry_type")) {
        known++;
        r = p3(v["entry_type"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["entry_type"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p38(v) {
    return v === undefined ? undefined : p37(v);
}
function p39(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "version_req")) {
        known++;
        r = p1(v["version_req"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["version_req"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "module")) {
        known++;
        r = p3(v["module"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["module"] = r;
    }
    if (Object.hasOwn(v, "mode")) {
        known++;
        r = p3(v["mode"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["mode"] = r;
    }
    if (Object.hasOwn(v, "required_capabilities")) {
        known++;
        r = p14(v["required_capabilities"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["required_capabilities"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["required_capabilities"] = r;
    }
    if (Object.hasOwn(v, "contract")) {
        known++;
        r = p3(v["contract"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["contract"] = r;
    }
    if (Object.hasOwn(v, "contract_version")) {
        known++;
        r = p3(v["contract_version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["contract_version"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p40(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p39(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p41(v) {
    if (v === undefined)
        return {};
    const r = p40(v);
    return r === undefined ? {} : r;
}
function p42(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "modules")) {
        known++;
        r = p14(v["modules"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p43(v) {
    return v === undefined ? undefined : p42(v);
}
function p44(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p3(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p45(v) {
    return v === undefined ? undefined : p44(v);
}
function p46(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "category")) {
        known++;
        r = p3(v["category"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["category"] = r;
    }
    if (Object.hasOwn(v, "tags")) {
        known++;
        r = p14(v["tags"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["tags"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["tags"] = r;
    }
    if (Object.hasOwn(v, "publisher")) {
        known++;
        r = p3(v["publisher"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["publisher"] = r;
    }
    if (Object.hasOwn(v, "description")) {
        known++;
        r = p3(v["description"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["description"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p47(v) {
    return v === undefined ? undefined : p46(v);
}
function p48(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "type")) {
        known++;
        r = p1(v["type"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["type"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
            if (!keys3.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p49(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p48(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p50(v) {
    if (v === undefined)
        return {};
    const r = p49(v);
    return r === undefined ? {} : r;
}
function p51(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "query")) {
        known++;
        r = p3(v["query"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["query"] = r;
    }
    if (Object.hasOwn(v, "mutation")) {
        known++;
        r = p3(v["mutation"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["mutation"] = r;
    }
    if (Object.hasOwn(v, "subscription")) {
        known++;
        r = p3(v["subscription"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["subscription"] = r;
    }
    if (Object.hasOwn(v, "runtime_data_factory")) {
        known++;
        r = p3(v["runtime_data_factory"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runtime_data_factory"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p52(v) {
    return v === undefined ? undefined : p51(v);
}
function p53(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "axum_router")) {
        known++;
        r = p3(v["axum_router"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["axum_router"] = r;
    }
    if (Object.hasOwn(v, "axum_webhook_router")) {
        known++;
        r = p3(v["axum_webhook_router"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["axum_webhook_router"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p54(v) {
    return v === undefined ? undefined : p53(v);
}
function p55(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "namespace")) {
        known++;
        r = p1(v["namespace"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["namespace"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "factory")) {
        known++;
        r = p1(v["factory"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["factory"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p56(v) {
    return v === undefined ? undefined : p55(v);
}
function p57(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (!Number.isSafeInteger(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p58(v) {
    return v === undefined ? undefined : p57(v);
}
function p59(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "default_locale")) {
        known++;
        r = p1(v["default_locale"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["default_locale"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "supported_locales")) {
        known++;
        r = p14(v["supported_locales"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["supported_locales"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["supported_locales"] = r;
    }
    if (Object.hasOwn(v, "leptos_locales_path")) {
        known++;
        r = p3(v["leptos_locales_path"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["leptos_locales_path"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p60(v) {
    return v === undefined ? undefined : p59(v);
}
function p61(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "subpath")) {
        known++;
        r = p1(v["subpath"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["subpath"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "title")) {
        known++;
        r = p1(v["title"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["title"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "nav_label")) {
        known++;
        r = p3(v["nav_label"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["nav_label"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p62(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p61(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p63(v) {
    if (v === undefined)
        return [];
    const r = p62(v);
    return r === undefined ? [] : r;
}
function p64(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "leptos_crate")) {
        known++;
        r = p3(v["leptos_crate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["leptos_crate"] = r;
    }
    if (Object.hasOwn(v, "route_segment")) {
        known++;
        r = p3(v["route_segment"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["route_segment"] = r;
    }
    if (Object.hasOwn(v, "nav_label")) {
        known++;
        r = p3(v["nav_label"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["nav_label"] = r;
    }
    if (Object.hasOwn(v, "nav_group")) {
        known++;
        r = p3(v["nav_group"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["nav_group"] = r;
    }
    if (Object.hasOwn(v, "nav_order")) {
        known++;
        r = p58(v["nav_order"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["nav_order"] = r;
    }
    if (Object.hasOwn(v, "next_package")) {
        known++;
        r = p3(v["next_package"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["next_package"] = r;
    }
    if (Object.hasOwn(v, "i18n")) {
        known++;
        r = p60(v["i18n"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["i18n"] = r;
    }
    if (Object.hasOwn(v, "child_pages")) {
        known++;
        r = p63(v["child_pages"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["child_pages"] = r;
    }
    else {
        r = p63(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["child_pages"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p65(v) {
    return v === undefined ? undefined : p64(v);
}
function p66(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "id")) {
        known++;
        r = p1(v["id"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["id"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "slot")) {
        known++;
        r = p1(v["slot"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["slot"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "component")) {
        known++;
        r = p1(v["component"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["component"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "order")) {
        known++;
        r = p58(v["order"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["order"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p67(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p66(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p68(v) {
    if (v === undefined)
        return [];
    const r = p67(v);
    return r === undefined ? [] : r;
}
function p69(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "leptos_crate")) {
        known++;
        r = p3(v["leptos_crate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["leptos_crate"] = r;
    }
    if (Object.hasOwn(v, "slot")) {
        known++;
        r = p3(v["slot"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["slot"] = r;
    }
    if (Object.hasOwn(v, "route_segment")) {
        known++;
        r = p3(v["route_segment"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["route_segment"] = r;
    }
    if (Object.hasOwn(v, "page_title")) {
        known++;
        r = p3(v["page_title"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["page_title"] = r;
    }
    if (Object.hasOwn(v, "next_package")) {
        known++;
        r = p3(v["next_package"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["next_package"] = r;
    }
    if (Object.hasOwn(v, "i18n")) {
        known++;
        r = p60(v["i18n"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["i18n"] = r;
    }
    if (Object.hasOwn(v, "components")) {
        known++;
        r = p68(v["components"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["components"] = r;
    }
    else {
        r = p68(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["components"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p70(v) {
    return v === undefined ? undefined : p69(v);
}
function p71(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "graphql")) {
        known++;
        r = p52(v["graphql"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["graphql"] = r;
    }
    if (Object.hasOwn(v, "http")) {
        known++;
        r = p54(v["http"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["http"] = r;
    }
    if (Object.hasOwn(v, "cli")) {
        known++;
        r = p56(v["cli"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cli"] = r;
    }
    if (Object.hasOwn(v, "admin_ui")) {
        known++;
        r = p65(v["admin_ui"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin_ui"] = r;
    }
    if (Object.hasOwn(v, "storefront_ui")) {
        known++;
        r = p70(v["storefront_ui"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront_ui"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p72(v) {
    return v === undefined ? undefined : p71(v);
}
function p73(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "module")) {
        known++;
        r = p36(v["module"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["module"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "crate")) {
        known++;
        r = p38(v["crate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["crate"] = r;
    }
    if (Object.hasOwn(v, "dependencies")) {
        known++;
        r = p41(v["dependencies"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["dependencies"] = r;
    }
    else {
        r = p41(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["dependencies"] = r;
    }
    if (Object.hasOwn(v, "co_requisites")) {
        known++;
        r = p41(v["co_requisites"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["co_requisites"] = r;
    }
    else {
        r = p41(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["co_requisites"] = r;
    }
    if (Object.hasOwn(v, "conflicts")) {
        known++;
        r = p43(v["conflicts"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["conflicts"] = r;
    }
    if (Object.hasOwn(v, "compat")) {
        known++;
        r = p45(v["compat"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["compat"] = r;
    }
    if (Object.hasOwn(v, "marketplace")) {
        known++;
        r = p47(v["marketplace"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["marketplace"] = r;
    }
    if (Object.hasOwn(v, "settings")) {
        known++;
        r = p50(v["settings"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["settings"] = r;
    }
    else {
        r = p50(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["settings"] = r;
    }
    if (Object.hasOwn(v, "provides")) {
        known++;
        r = p72(v["provides"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["provides"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        for (const key of keys) {
            if (key === '__proto__')
                return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
            if (!keys4.has(key))
                out[key] = v[key];
        }
    }
    return out;
}
function p74(v) {
    return v === 1 ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p75(v) {
    if (v === undefined)
        return 1;
    const r = p74(v);
    return r === undefined ? 1 : r;
}
function p76(v) {
    return v === "default" || v === "rustok" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p77(v) {
    if (v === undefined)
        return "default";
    const r = p76(v);
    return r === undefined ? "default" : r;
}
function p78(v) {
    if (v === undefined)
        return "apps/server/src/generated/modules_registry_codegen.rs";
    const r = p1(v);
    return r === undefined ? "apps/server/src/generated/modules_registry_codegen.rs" : r;
}
function p79(v) {
    if (v === undefined)
        return "apps/server/src/generated/graphql_schema_codegen.rs";
    const r = p1(v);
    return r === undefined ? "apps/server/src/generated/graphql_schema_codegen.rs" : r;
}
function p80(v) {
    if (v === undefined)
        return "apps/server/src/generated/app_routes_codegen.rs";
    const r = p1(v);
    return r === undefined ? "apps/server/src/generated/app_routes_codegen.rs" : r;
}
function p81(v) {
    if (v === undefined)
        return "apps/admin/src/generated/module_registry_codegen.rs";
    const r = p1(v);
    return r === undefined ? "apps/admin/src/generated/module_registry_codegen.rs" : r;
}
function p82(v) {
    if (v === undefined)
        return "apps/storefront/src/generated/module_ui_codegen.rs";
    const r = p1(v);
    return r === undefined ? "apps/storefront/src/generated/module_ui_codegen.rs" : r;
}
function p83(v) {
    if (v === undefined)
        return "apps/storefront/src/generated/module_ui_codegen_client.rs";
    const r = p1(v);
    return r === undefined ? "apps/storefront/src/generated/module_ui_codegen_client.rs" : r;
}
function p84(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server_registry")) {
        known++;
        r = p78(v["server_registry"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_registry"] = r;
    }
    else {
        r = p78(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_registry"] = r;
    }
    if (Object.hasOwn(v, "server_graphql")) {
        known++;
        r = p79(v["server_graphql"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_graphql"] = r;
    }
    else {
        r = p79(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_graphql"] = r;
    }
    if (Object.hasOwn(v, "server_routes")) {
        known++;
        r = p80(v["server_routes"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_routes"] = r;
    }
    else {
        r = p80(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server_routes"] = r;
    }
    if (Object.hasOwn(v, "admin_registry")) {
        known++;
        r = p81(v["admin_registry"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin_registry"] = r;
    }
    else {
        r = p81(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin_registry"] = r;
    }
    if (Object.hasOwn(v, "storefront_ui")) {
        known++;
        r = p82(v["storefront_ui"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront_ui"] = r;
    }
    else {
        r = p82(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront_ui"] = r;
    }
    if (Object.hasOwn(v, "storefront_ui_client")) {
        known++;
        r = p83(v["storefront_ui_client"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront_ui_client"] = r;
    }
    else {
        r = p83(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront_ui_client"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p85(v) {
    return p84(v === undefined ? {} : v);
}
function p86(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v.length < 1)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p1(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p87(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d5);
    const r = p86(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d5) : r;
}
function p88(v) {
    if (v === undefined)
        return "modules.d";
    const r = p1(v);
    return r === undefined ? "modules.d" : r;
}
function p89(v) {
    if (v === undefined)
        return "mod-";
    const r = p1(v);
    return r === undefined ? "mod-" : r;
}
function p90(v) {
    if (v === undefined)
        return "rustok_api";
    const r = p1(v);
    return r === undefined ? "rustok_api" : r;
}
function p91(v) {
    if (v === undefined)
        return "apps/server/src/modules/generated.rs";
    const r = p1(v);
    return r === undefined ? "apps/server/src/modules/generated.rs" : r;
}
function p92(v) {
    if (v === undefined)
        return "apps/server/Cargo.toml";
    const r = p1(v);
    return r === undefined ? "apps/server/Cargo.toml" : r;
}
function p93(v) {
    if (v === undefined)
        return true;
    const r = p7(v);
    return r === undefined ? true : r;
}
function p94(v) {
    return v === "auto" || v === "always" || v === "never" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p95(v) {
    if (v === undefined)
        return "auto";
    const r = p94(v);
    return r === undefined ? "auto" : r;
}
function p96(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "output")) {
        known++;
        r = p91(v["output"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    else {
        r = p91(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    if (Object.hasOwn(v, "cargo_toml")) {
        known++;
        r = p92(v["cargo_toml"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    else {
        r = p92(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    if (Object.hasOwn(v, "template")) {
        known++;
        r = p3(v["template"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["template"] = r;
    }
    if (Object.hasOwn(v, "enabled")) {
        known++;
        r = p93(v["enabled"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    else {
        r = p93(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    if (Object.hasOwn(v, "gate")) {
        known++;
        r = p95(v["gate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    else {
        r = p95(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p97(v) {
    return p96(v === undefined ? {} : v);
}
function p98(v) {
    if (v === undefined)
        return "apps/admin/src/generated.rs";
    const r = p1(v);
    return r === undefined ? "apps/admin/src/generated.rs" : r;
}
function p99(v) {
    if (v === undefined)
        return "apps/admin/Cargo.toml";
    const r = p1(v);
    return r === undefined ? "apps/admin/Cargo.toml" : r;
}
function p100(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "output")) {
        known++;
        r = p98(v["output"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    else {
        r = p98(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    if (Object.hasOwn(v, "cargo_toml")) {
        known++;
        r = p99(v["cargo_toml"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    else {
        r = p99(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    if (Object.hasOwn(v, "template")) {
        known++;
        r = p3(v["template"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["template"] = r;
    }
    if (Object.hasOwn(v, "enabled")) {
        known++;
        r = p93(v["enabled"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    else {
        r = p93(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    if (Object.hasOwn(v, "gate")) {
        known++;
        r = p95(v["gate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    else {
        r = p95(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p101(v) {
    return p100(v === undefined ? {} : v);
}
function p102(v) {
    if (v === undefined)
        return "apps/storefront/src/generated.rs";
    const r = p1(v);
    return r === undefined ? "apps/storefront/src/generated.rs" : r;
}
function p103(v) {
    if (v === undefined)
        return "apps/storefront/Cargo.toml";
    const r = p1(v);
    return r === undefined ? "apps/storefront/Cargo.toml" : r;
}
function p104(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "output")) {
        known++;
        r = p102(v["output"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    else {
        r = p102(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    if (Object.hasOwn(v, "cargo_toml")) {
        known++;
        r = p103(v["cargo_toml"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    else {
        r = p103(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["cargo_toml"] = r;
    }
    if (Object.hasOwn(v, "template")) {
        known++;
        r = p3(v["template"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["template"] = r;
    }
    if (Object.hasOwn(v, "enabled")) {
        known++;
        r = p93(v["enabled"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    else {
        r = p93(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["enabled"] = r;
    }
    if (Object.hasOwn(v, "gate")) {
        known++;
        r = p95(v["gate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    else {
        r = p95(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["gate"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p105(v) {
    return p104(v === undefined ? {} : v);
}
function p106(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "preset")) {
        known++;
        r = p77(v["preset"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["preset"] = r;
    }
    else {
        r = p77(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["preset"] = r;
    }
    if (Object.hasOwn(v, "rustok")) {
        known++;
        r = p85(v["rustok"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rustok"] = r;
    }
    else {
        r = p85(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rustok"] = r;
    }
    if (Object.hasOwn(v, "package_manifests")) {
        known++;
        r = p87(v["package_manifests"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["package_manifests"] = r;
    }
    else {
        r = p87(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["package_manifests"] = r;
    }
    if (Object.hasOwn(v, "package_dir")) {
        known++;
        r = p88(v["package_dir"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["package_dir"] = r;
    }
    else {
        r = p88(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["package_dir"] = r;
    }
    if (Object.hasOwn(v, "feature_prefix")) {
        known++;
        r = p89(v["feature_prefix"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["feature_prefix"] = r;
    }
    else {
        r = p89(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["feature_prefix"] = r;
    }
    if (Object.hasOwn(v, "api_crate")) {
        known++;
        r = p90(v["api_crate"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["api_crate"] = r;
    }
    else {
        r = p90(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["api_crate"] = r;
    }
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p97(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    else {
        r = p97(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p101(v["admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    else {
        r = p101(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p105(v["storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    else {
        r = p105(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p107(v) {
    return p106(v === undefined ? {} : v);
}
function p108(v) {
    return v === "auto" || v === "managed" || v === "flags" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p109(v) {
    if (v === undefined)
        return "auto";
    const r = p108(v);
    return r === undefined ? "auto" : r;
}
function p110(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p14(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p14(v["admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p14(v["storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p111(v) {
    return p110(v === undefined ? {} : v);
}
function p112(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "mode")) {
        known++;
        r = p109(v["mode"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["mode"] = r;
    }
    else {
        r = p109(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["mode"] = r;
    }
    if (Object.hasOwn(v, "base_features")) {
        known++;
        r = p111(v["base_features"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["base_features"] = r;
    }
    else {
        r = p111(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["base_features"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p113(v) {
    return p112(v === undefined ? {} : v);
}
function p114(v) {
    if (v === undefined)
        return "modules.toml";
    const r = p1(v);
    return r === undefined ? "modules.toml" : r;
}
function p115(v) {
    if (v === undefined)
        return "main";
    const r = p1(v);
    return r === undefined ? "main" : r;
}
function p116(v) {
    let r;
    r = p1(v);
    if (r !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
        return r;
    r = p86(v);
    if (r !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
        return r;
    return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p117(v) {
    if (v === undefined)
        return "ubuntu-latest";
    const r = p116(v);
    return r === undefined ? "ubuntu-latest" : r;
}
function p118(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (!Number.isSafeInteger(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v < 1)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 360)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p119(v) {
    if (v === undefined)
        return 120;
    const r = p118(v);
    return r === undefined ? 120 : r;
}
function p120(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p121(v) {
    let r;
    r = p1(v);
    if (r !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
        return r;
    r = p120(v);
    if (r !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
        return r;
    r = p7(v);
    if (r !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
        return r;
    return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p122(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p121(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p123(v) {
    return v === undefined ? undefined : p122(v);
}
function p124(v) {
    return v === undefined ? undefined : p7(v);
}
function p125(v) {
    return v === undefined ? undefined : p118(v);
}
function p126(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p3(v["name"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["name"] = r;
    }
    if (Object.hasOwn(v, "id")) {
        known++;
        r = p3(v["id"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["id"] = r;
    }
    if (Object.hasOwn(v, "if")) {
        known++;
        r = p3(v["if"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["if"] = r;
    }
    if (Object.hasOwn(v, "uses")) {
        known++;
        r = p3(v["uses"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["uses"] = r;
    }
    if (Object.hasOwn(v, "with")) {
        known++;
        r = p123(v["with"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["with"] = r;
    }
    if (Object.hasOwn(v, "shell")) {
        known++;
        r = p3(v["shell"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["shell"] = r;
    }
    if (Object.hasOwn(v, "working-directory")) {
        known++;
        r = p3(v["working-directory"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["working-directory"] = r;
    }
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p123(v["env"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["env"] = r;
    }
    if (Object.hasOwn(v, "run")) {
        known++;
        r = p3(v["run"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["run"] = r;
    }
    if (Object.hasOwn(v, "continue-on-error")) {
        known++;
        r = p124(v["continue-on-error"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["continue-on-error"] = r;
    }
    if (Object.hasOwn(v, "timeout-minutes")) {
        known++;
        r = p125(v["timeout-minutes"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["timeout-minutes"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p127(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p126(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p128(v) {
    if (v === undefined)
        return [];
    const r = p127(v);
    return r === undefined ? [] : r;
}
function p129(v) {
    return v === undefined ? undefined : p116(v);
}
function p130(v) {
    return v === "read" || v === "write" || v === "none" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p131(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__' || !keys6.has(key))
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p130(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p132(v) {
    return v === undefined ? undefined : p131(v);
}
function p133(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v.length < 1)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p126(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p134(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "name")) {
        known++;
        r = p3(v["name"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["name"] = r;
    }
    if (Object.hasOwn(v, "needs")) {
        known++;
        r = p14(v["needs"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["needs"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["needs"] = r;
    }
    if (Object.hasOwn(v, "if")) {
        known++;
        r = p3(v["if"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["if"] = r;
    }
    if (Object.hasOwn(v, "runs-on")) {
        known++;
        r = p129(v["runs-on"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runs-on"] = r;
    }
    if (Object.hasOwn(v, "timeout-minutes")) {
        known++;
        r = p125(v["timeout-minutes"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["timeout-minutes"] = r;
    }
    if (Object.hasOwn(v, "permissions")) {
        known++;
        r = p132(v["permissions"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["permissions"] = r;
    }
    if (Object.hasOwn(v, "environment")) {
        known++;
        r = p3(v["environment"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["environment"] = r;
    }
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p123(v["env"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["env"] = r;
    }
    if (Object.hasOwn(v, "continue-on-error")) {
        known++;
        r = p124(v["continue-on-error"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["continue-on-error"] = r;
    }
    if (Object.hasOwn(v, "steps")) {
        known++;
        r = p133(v["steps"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["steps"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p135(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p134(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p136(v) {
    if (v === undefined)
        return {};
    const r = p135(v);
    return r === undefined ? {} : r;
}
function p137(v) {
    return v === "write" || v === "maintain" || v === "admin" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p138(v) {
    return v === undefined ? undefined : p137(v);
}
function p139(v) {
    if (typeof v !== 'string')
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    re7.lastIndex = 0;
    if (!re7.test(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p140(v) {
    return v === undefined ? undefined : p139(v);
}
function p141(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (!Number.isSafeInteger(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v < 0)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 1000)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p142(v) {
    return v === undefined ? undefined : p141(v);
}
function p143(v) {
    if (typeof v !== 'string')
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    re8.lastIndex = 0;
    if (!re8.test(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p144(v) {
    return v === undefined ? undefined : p143(v);
}
function p145(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "action")) {
        known++;
        r = p3(v["action"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["action"] = r;
    }
    if (Object.hasOwn(v, "action_version")) {
        known++;
        r = p3(v["action_version"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["action_version"] = r;
    }
    if (Object.hasOwn(v, "manifest")) {
        known++;
        r = p114(v["manifest"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["manifest"] = r;
    }
    else {
        r = p114(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["manifest"] = r;
    }
    if (Object.hasOwn(v, "default_branch")) {
        known++;
        r = p115(v["default_branch"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["default_branch"] = r;
    }
    else {
        r = p115(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["default_branch"] = r;
    }
    if (Object.hasOwn(v, "runs_on")) {
        known++;
        r = p117(v["runs_on"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runs_on"] = r;
    }
    else {
        r = p117(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["runs_on"] = r;
    }
    if (Object.hasOwn(v, "build_timeout_minutes")) {
        known++;
        r = p119(v["build_timeout_minutes"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build_timeout_minutes"] = r;
    }
    else {
        r = p119(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build_timeout_minutes"] = r;
    }
    if (Object.hasOwn(v, "extra_paths")) {
        known++;
        r = p14(v["extra_paths"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_paths"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_paths"] = r;
    }
    if (Object.hasOwn(v, "setup_steps")) {
        known++;
        r = p128(v["setup_steps"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["setup_steps"] = r;
    }
    else {
        r = p128(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["setup_steps"] = r;
    }
    if (Object.hasOwn(v, "extra_jobs")) {
        known++;
        r = p136(v["extra_jobs"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_jobs"] = r;
    }
    else {
        r = p136(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_jobs"] = r;
    }
    if (Object.hasOwn(v, "change_minimum_permission")) {
        known++;
        r = p138(v["change_minimum_permission"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["change_minimum_permission"] = r;
    }
    if (Object.hasOwn(v, "change_token_secret")) {
        known++;
        r = p3(v["change_token_secret"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["change_token_secret"] = r;
    }
    if (Object.hasOwn(v, "deploy_environment")) {
        known++;
        r = p140(v["deploy_environment"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deploy_environment"] = r;
    }
    if (Object.hasOwn(v, "prune_keep")) {
        known++;
        r = p142(v["prune_keep"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["prune_keep"] = r;
    }
    if (Object.hasOwn(v, "prune_schedule")) {
        known++;
        r = p144(v["prune_schedule"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["prune_schedule"] = r;
    }
    if (Object.hasOwn(v, "prune_dry_run")) {
        known++;
        r = p124(v["prune_dry_run"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["prune_dry_run"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p146(v) {
    return p145(v === undefined ? {} : v);
}
function p147(v) {
    if (v === undefined)
        return "";
    const r = p1(v);
    return r === undefined ? "" : r;
}
function p148(v) {
    if (v === undefined)
        return "Cargo.toml";
    const r = p1(v);
    return r === undefined ? "Cargo.toml" : r;
}
function p149(v) {
    if (v === undefined)
        return "Cargo.lock";
    const r = p1(v);
    return r === undefined ? "Cargo.lock" : r;
}
function p150(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d9);
    const r = p13(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d9) : r;
}
function p151(v) {
    if (v === undefined)
        return (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d10);
    const r = p86(v);
    return r === undefined ? (0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .fresh */ .p)(d10) : r;
}
function p152(v) {
    return v === undefined ? undefined : p13(v);
}
function p153(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p1(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p154(v) {
    if (v === undefined)
        return {};
    const r = p153(v);
    return r === undefined ? {} : r;
}
function p155(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "package")) {
        known++;
        r = p3(v["package"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["package"] = r;
    }
    if (Object.hasOwn(v, "command")) {
        known++;
        r = p151(v["command"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["command"] = r;
    }
    else {
        r = p151(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["command"] = r;
    }
    if (Object.hasOwn(v, "inputs")) {
        known++;
        r = p152(v["inputs"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["inputs"] = r;
    }
    if (Object.hasOwn(v, "extra_inputs")) {
        known++;
        r = p14(v["extra_inputs"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_inputs"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["extra_inputs"] = r;
    }
    if (Object.hasOwn(v, "output")) {
        known++;
        r = p3(v["output"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["output"] = r;
    }
    if (Object.hasOwn(v, "image")) {
        known++;
        r = p3(v["image"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["image"] = r;
    }
    if (Object.hasOwn(v, "env")) {
        known++;
        r = p154(v["env"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["env"] = r;
    }
    else {
        r = p154(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["env"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p156(v) {
    return p155(v === undefined ? {} : v);
}
function p157(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "release_prefix")) {
        known++;
        r = p3(v["release_prefix"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["release_prefix"] = r;
    }
    if (Object.hasOwn(v, "image_registry")) {
        known++;
        r = p147(v["image_registry"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["image_registry"] = r;
    }
    else {
        r = p147(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["image_registry"] = r;
    }
    if (Object.hasOwn(v, "workspace_manifest")) {
        known++;
        r = p148(v["workspace_manifest"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["workspace_manifest"] = r;
    }
    else {
        r = p148(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["workspace_manifest"] = r;
    }
    if (Object.hasOwn(v, "lockfile")) {
        known++;
        r = p149(v["lockfile"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["lockfile"] = r;
    }
    else {
        r = p149(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["lockfile"] = r;
    }
    if (Object.hasOwn(v, "toolchain_files")) {
        known++;
        r = p150(v["toolchain_files"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["toolchain_files"] = r;
    }
    else {
        r = p150(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["toolchain_files"] = r;
    }
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p156(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    else {
        r = p156(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p156(v["admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    else {
        r = p156(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p156(v["storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    else {
        r = p156(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p158(v) {
    return p157(v === undefined ? {} : v);
}
function p159(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "rebuild")) {
        known++;
        r = p138(v["rebuild"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rebuild"] = r;
    }
    if (Object.hasOwn(v, "deploy")) {
        known++;
        r = p138(v["deploy"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deploy"] = r;
    }
    if (Object.hasOwn(v, "rollback")) {
        known++;
        r = p138(v["rollback"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rollback"] = r;
    }
    if (Object.hasOwn(v, "prune")) {
        known++;
        r = p138(v["prune"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["prune"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p160(v) {
    return v === undefined ? undefined : p159(v);
}
function p161(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v <= 0)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 86400)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p162(v) {
    if (v === undefined)
        return 600;
    const r = p161(v);
    return r === undefined ? 600 : r;
}
function p163(v) {
    if (v === undefined)
        return "/health";
    const r = p1(v);
    return r === undefined ? "/health" : r;
}
function p164(v) {
    if (v === undefined)
        return "/modules";
    const r = p1(v);
    return r === undefined ? "/modules" : r;
}
function p165(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v <= 0)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 3600)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p166(v) {
    if (v === undefined)
        return 60;
    const r = p165(v);
    return r === undefined ? 60 : r;
}
function p167(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v <= 0)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 600)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p168(v) {
    if (v === undefined)
        return 10;
    const r = p167(v);
    return r === undefined ? 10 : r;
}
function p169(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v <= 0)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (v > 60)
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    return v;
}
function p170(v) {
    if (v === undefined)
        return 0.5;
    const r = p169(v);
    return r === undefined ? 0.5 : r;
}
function p171(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "health_path")) {
        known++;
        r = p163(v["health_path"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["health_path"] = r;
    }
    else {
        r = p163(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["health_path"] = r;
    }
    if (Object.hasOwn(v, "modules_path")) {
        known++;
        r = p164(v["modules_path"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules_path"] = r;
    }
    else {
        r = p164(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["modules_path"] = r;
    }
    if (Object.hasOwn(v, "migrations_path")) {
        known++;
        r = p147(v["migrations_path"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["migrations_path"] = r;
    }
    else {
        r = p147(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["migrations_path"] = r;
    }
    if (Object.hasOwn(v, "deadline")) {
        known++;
        r = p166(v["deadline"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deadline"] = r;
    }
    else {
        r = p166(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deadline"] = r;
    }
    if (Object.hasOwn(v, "timeout")) {
        known++;
        r = p168(v["timeout"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["timeout"] = r;
    }
    else {
        r = p168(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["timeout"] = r;
    }
    if (Object.hasOwn(v, "backoff")) {
        known++;
        r = p170(v["backoff"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["backoff"] = r;
    }
    else {
        r = p170(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["backoff"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p172(v) {
    return p171(v === undefined ? {} : v);
}
function p173(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "url")) {
        known++;
        r = p3(v["url"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["url"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p174(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
        const key = own[i];
        if (key === '__proto__')
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        const r = p173(v[key]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[key] = r;
    }
    return out;
}
function p175(v) {
    if (v === undefined)
        return {};
    const r = p174(v);
    return r === undefined ? {} : r;
}
function p176(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "hook")) {
        known++;
        r = p14(v["hook"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["hook"] = r;
    }
    else {
        r = p14(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["hook"] = r;
    }
    if (Object.hasOwn(v, "hook_timeout")) {
        known++;
        r = p162(v["hook_timeout"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["hook_timeout"] = r;
    }
    else {
        r = p162(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["hook_timeout"] = r;
    }
    if (Object.hasOwn(v, "smoke")) {
        known++;
        r = p172(v["smoke"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["smoke"] = r;
    }
    else {
        r = p172(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["smoke"] = r;
    }
    if (Object.hasOwn(v, "environments")) {
        known++;
        r = p175(v["environments"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["environments"] = r;
    }
    else {
        r = p175(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["environments"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p177(v) {
    return p176(v === undefined ? {} : v);
}
function p178(v) {
    if (v === undefined)
        return ".";
    const r = p1(v);
    return r === undefined ? "." : r;
}
function p179(v) {
    return v === undefined ? undefined : p86(v);
}
function p180(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "dockerfile")) {
        known++;
        r = p1(v["dockerfile"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["dockerfile"] = r;
    }
    else
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    if (Object.hasOwn(v, "context")) {
        known++;
        r = p178(v["context"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["context"] = r;
    }
    else {
        r = p178(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["context"] = r;
    }
    if (Object.hasOwn(v, "repository")) {
        known++;
        r = p3(v["repository"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["repository"] = r;
    }
    if (Object.hasOwn(v, "platforms")) {
        known++;
        r = p179(v["platforms"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["platforms"] = r;
    }
    if (Object.hasOwn(v, "build_args")) {
        known++;
        r = p154(v["build_args"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build_args"] = r;
    }
    else {
        r = p154(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["build_args"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p181(v) {
    return v === undefined ? undefined : p180(v);
}
function p182(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "server")) {
        known++;
        r = p181(v["server"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["server"] = r;
    }
    if (Object.hasOwn(v, "admin")) {
        known++;
        r = p181(v["admin"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["admin"] = r;
    }
    if (Object.hasOwn(v, "storefront")) {
        known++;
        r = p181(v["storefront"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["storefront"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
function p183(v) {
    return v === undefined ? undefined : p182(v);
}
function p184(v) {
    return v === "registry" || v === "features" || v === "workflows" ? v : _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
}
function p185(v) {
    if (!Array.isArray(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const r = p184(v[i]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out[i] = r;
    }
    return out;
}
function p186(v) {
    if (v === undefined)
        return [];
    const r = p185(v);
    return r === undefined ? [] : r;
}
function p187(v) {
    if (!(0,_fast_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .b)(v))
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    const out = {};
    let known = 0;
    let r;
    if (Object.hasOwn(v, "schema")) {
        known++;
        r = p75(v["schema"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["schema"] = r;
    }
    else {
        r = p75(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["schema"] = r;
    }
    if (Object.hasOwn(v, "codegen")) {
        known++;
        r = p107(v["codegen"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["codegen"] = r;
    }
    else {
        r = p107(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["codegen"] = r;
    }
    if (Object.hasOwn(v, "features")) {
        known++;
        r = p113(v["features"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["features"] = r;
    }
    else {
        r = p113(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["features"] = r;
    }
    if (Object.hasOwn(v, "workflows")) {
        known++;
        r = p146(v["workflows"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["workflows"] = r;
    }
    else {
        r = p146(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["workflows"] = r;
    }
    if (Object.hasOwn(v, "plan")) {
        known++;
        r = p158(v["plan"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["plan"] = r;
    }
    else {
        r = p158(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["plan"] = r;
    }
    if (Object.hasOwn(v, "rbac")) {
        known++;
        r = p160(v["rbac"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["rbac"] = r;
    }
    if (Object.hasOwn(v, "deploy")) {
        known++;
        r = p177(v["deploy"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deploy"] = r;
    }
    else {
        r = p177(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["deploy"] = r;
    }
    if (Object.hasOwn(v, "images")) {
        known++;
        r = p183(v["images"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["images"] = r;
    }
    if (Object.hasOwn(v, "strict")) {
        known++;
        r = p8(v["strict"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["strict"] = r;
    }
    else {
        r = p8(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["strict"] = r;
    }
    if (Object.hasOwn(v, "allow_dirty")) {
        known++;
        r = p186(v["allow_dirty"]);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["allow_dirty"] = r;
    }
    else {
        r = p186(undefined);
        if (r === _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO)
            return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
        out["allow_dirty"] = r;
    }
    const keys = Object.keys(v);
    if (keys.length !== known) {
        return _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO;
    }
    return out;
}
const FAST_MANIFEST = p30;
const FAST_PACKAGE_MANIFEST = p73;
const FAST_CONFIG = p187;


/***/ })

};
;