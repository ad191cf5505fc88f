"use strict";
exports.id = 30;
exports.ids = [30];
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





async function loadProject(root, manifest, lookup, snapshot) {
    const loc = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .locateManifest */ .QM)(root, manifest);
    const stage = (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(loc.file, await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestText */ .pV)(loc));
    const files = await (snapshot ?? (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(loc.root)).readFirstOf((0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .fileGroupsNeeded */ .uP)(stage, lookup));
    return (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .completeProject */ .NZ)(stage, files, lookup);
}
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