"use strict";
exports.id = 479;
exports.ids = [479];
exports.modules = {

/***/ 9242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ blockingErrors),
/* harmony export */   V2: () => (/* binding */ fixCommand),
/* harmony export */   mp: () => (/* binding */ generateOnDisk),
/* harmony export */   qP: () => (/* binding */ planOnDisk),
/* harmony export */   zk: () => (/* binding */ checkOnDisk)
/* harmony export */ });
/* harmony import */ var _core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8626);
/* harmony import */ var _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5390);
/* harmony import */ var _core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5539);
/* harmony import */ var _core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3337);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(293);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7426);







const CARGO_SIDE = new Set(['feature-drift', 'feature-declaration', 'missing-feature-markers']);
async function planOnDisk(root, manifest, snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root)) {
    const { config, diagnostics } = await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(root, manifest, snapshot);
    if (!config)
        return { config, project: null, plan: null, diagnostics };
    const project = await (0,_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .g)(root, manifest, (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLookup */ .x8)(config), snapshot);
    const files = await snapshot.read((0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .filesForGeneration */ .fF)(config, project.manifest));
    const plan = (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .planGeneration */ .CK)({ project, config, files, ...(manifest ? { manifestFile: manifest } : {}) });
    return { config, project, plan, diagnostics: (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)([...diagnostics, ...plan.diagnostics]) };
}
function blockingErrors(diagnostics) {
    return diagnostics.filter((d) => d.severity === 'error' && !CARGO_SIDE.has(d.rule));
}
async function generateOnDisk(root, manifest, prior) {
    await (await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 9944))).recoverInterrupted(root);
    const snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root);
    const ctx = await planOnDisk(root, manifest, snapshot);
    if (!ctx.plan || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, written: [], unchanged: [], preexisting: [], ok: false };
    const current = await snapshot.read(ctx.plan.files.map((f) => f.path));
    const { stale } = await (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPlanned */ .VZ)(ctx.plan, current);
    const staleSet = new Set(stale.map((s) => s.path));
    const { written, unchanged } = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChanged */ .CQ)(root, ctx.plan.files, staleSet);
    const after = await planOnDisk(root, manifest);
    const { preexisting, introduced } = (0,_core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_6__/* .splitByOrigin */ .aS)(prior ?? ctx.diagnostics, after.diagnostics);
    return { ...after, written, unchanged, preexisting, ok: !(0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(introduced) };
}
async function checkOnDisk(root, manifest) {
    const snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root);
    const ctx = await planOnDisk(root, manifest, snapshot);
    if (!ctx.plan || !ctx.config || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, stale: [] };
    const current = await snapshot.read(ctx.plan.files.map((f) => f.path));
    const checked = await (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPlanned */ .VZ)(ctx.plan, current, ctx.config.allow_dirty);
    const stale = [...checked.stale];
    const diagnostics = [...ctx.diagnostics, ...checked.diagnostics];
    if (ctx.config.workflows.action !== undefined) {
        const { checkWorkflowsOnDisk, planFromConfig } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(815), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 7399));
        const plan = planFromConfig(ctx.config);
        const wf = await checkWorkflowsOnDisk(root, { config: ctx.config, planned: plan.planned, diagnostics: plan.diagnostics });
        stale.push(...wf.stale.map((s) => ({ ...s, kind: 'workflows' })));
        diagnostics.push(...wf.diagnostics);
    }
    return { ...ctx, stale, diagnostics: (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)(diagnostics) };
}
function fixCommand(root, manifest, stale = []) {
    const q = (s) => (/^[A-Za-z0-9_./@:=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    const rootArg = root === '.' ? '' : `--root ${q(root)}`;
    const code = ['modules-rebuild generate', rootArg, manifest === 'modules.toml' ? '' : `--manifest ${q(manifest)}`].filter(Boolean).join(' ');
    const workflows = ['modules-rebuild workflows generate', rootArg].filter(Boolean).join(' ');
    const kinds = new Set(stale.map((s) => s.kind));
    if (!kinds.has('workflows'))
        return code;
    return kinds.size === 1 ? workflows : `${code} && ${workflows}`;
}


/***/ }),

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

/***/ 8479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand),
/* harmony export */   generateCommand: () => (/* binding */ generateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5539);
/* harmony import */ var _core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3926);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1971);
/* harmony import */ var _app_codegen_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9242);





function featureLines(sets) {
    return Object.entries(sets ?? {})
        .filter(([, s]) => s.enabled)
        .map(([app, s]) => `${app} features (${s.mode}): ${s.features.join(', ') || '(none)'}${s.cargoArgs.length ? `  \u2192 cargo ${s.cargoArgs.join(' ')}` : ''}`);
}
function printDiagnostics(io, diagnostics) {
    for (const d of diagnostics)
        io.stderr((0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S5)(d));
}
const ok = (diagnostics) => !diagnostics.some((d) => d.severity === 'error');
const generateCommand = {
    usage: 'modules-rebuild generate [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Write the registry code and the Cargo feature regions modules.toml generates (only files whose content changed). An invalid manifest writes nothing (exit 1). Exit 0 when it wrote what the manifest generates and introduced no error: findings the tree had before are reported as such, not failed.',
    options: { ..._command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON */ .S },
    async run(values, io) {
        const root = String(values.root);
        const r = await (0,_app_codegen_js__WEBPACK_IMPORTED_MODULE_2__/* .generateOnDisk */ .mp)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, root), String(values.manifest));
        const before = (0,_core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .preexistingLine */ .Pz)(r.preexisting);
        if (values.format === 'json') {
            io.stdout((0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonReport */ .L7)(r.ok, r.project?.manifestHash ?? null, r.diagnostics, { written: r.written, unchanged: r.unchanged, preexisting: r.preexisting.length, features: r.plan?.featureSets ?? null }));
        }
        else {
            printDiagnostics(io, r.diagnostics);
            if (!r.written.length && !r.unchanged.length)
                io.stderr(`nothing written: ${(0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(r.diagnostics)}`);
            else {
                for (const f of r.written)
                    io.stdout(`wrote ${f}`);
                io.stdout(`${r.written.length} written, ${r.unchanged.length} unchanged (${(0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(r.diagnostics)}${before ? `; ${before}` : ''})`);
                for (const line of featureLines(r.plan?.featureSets))
                    io.stdout(line);
            }
        }
        return r.ok ? 0 : 1;
    }
};
const checkCommand = {
    usage: 'modules-rebuild check [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Regenerate in memory and compare with the checkout (line endings ignored): exit 1 with a unified diff per stale file and the command that fixes it. allow_dirty in modules-rebuild.toml is the escape hatch.',
    options: { ..._command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON */ .S },
    async run(values, io) {
        const root = String(values.root);
        const r = await (0,_app_codegen_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOnDisk */ .zk)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, root), String(values.manifest));
        const success = ok(r.diagnostics);
        const fix = (0,_app_codegen_js__WEBPACK_IMPORTED_MODULE_2__/* .fixCommand */ .V2)(root, String(values.manifest), r.stale);
        if (values.format === 'json') {
            io.stdout((0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonReport */ .L7)(success, r.project?.manifestHash ?? null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null, features: r.plan?.featureSets ?? null }));
        }
        else {
            printDiagnostics(io, r.diagnostics);
            for (const s of r.stale)
                io.stdout(s.diff);
            for (const line of featureLines(r.plan?.featureSets))
                io.stdout(line);
            if (r.stale.length)
                io.stderr(`${r.stale.length} generated file${r.stale.length === 1 ? ' is' : 's are'} stale; fix: ${fix}`);
            else if (success)
                io.stdout(`generated files are up to date (${(0,_core_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(r.diagnostics)})`);
        }
        return success ? 0 : 1;
    }
};


/***/ })

};
;