export const id = 274;
export const ids = [274];
export const modules = {

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject),
/* harmony export */   v: () => (/* binding */ validateOnDisk)
/* harmony export */ });
/* harmony import */ var _project_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4768);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1122);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2869);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9152);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9389);
/** Loads and validates a project from disk: the fs adapter feeding the pure two-stage core. */





/**
 * validate: the manifest, then every package manifest and UI crate it points at. `names`: the
 * package manifest file names to try (modules-rebuild.toml `codegen.package_manifests`).
 */
async function loadProject(root, manifest, names) {
    const loc = await (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .locateManifest */ .QM)(root, manifest);
    const stage = (0,_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(loc.file, await (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(loc.absolute, loc.file));
    const files = await (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(loc.root, (0,_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .filesNeeded */ .dc)(stage, names));
    return (0,_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .completeProject */ .NZ)(stage, files, names);
}
/** `validate`: the config (for package manifest names, and its own findings) plus the project. */
async function validateOnDisk(root, manifest) {
    const { config, diagnostics } = await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(root);
    const project = await loadProject(root, manifest, (config ?? _config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG */ .P).codegen.package_manifests);
    if (!diagnostics.length)
        return project;
    const all = (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)([...diagnostics, ...project.diagnostics]);
    return { ...project, ok: project.ok && !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(all), diagnostics: all };
}


/***/ }),

/***/ 6274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  generateCommand: () => (/* binding */ generateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diagnostics/render.ts
var render = __webpack_require__(1466);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/codegen/generate.ts + 7 modules
var generate = __webpack_require__(6674);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/adapters/config.ts
var adapters_config = __webpack_require__(9152);
// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/adapters/workflows.ts + 3 modules
var workflows = __webpack_require__(410);
// EXTERNAL MODULE: ./src/adapters/project.ts
var adapters_project = __webpack_require__(2889);
;// CONCATENATED MODULE: ./src/adapters/codegen.ts
/**
 * generate / check on disk: reads the config, the project and the files the generator needs, runs
 * the pure planner, and (generate) writes only files whose content changed.
 */








/** Problems in Cargo.toml that `generate` reports but that do not stop it writing the registry. */
const CARGO_SIDE = new Set(['feature-drift', 'feature-declaration', 'missing-feature-markers']);
async function planOnDisk(root, manifest) {
    const { config, diagnostics } = await (0,adapters_config/* loadConfig */.Z)(root);
    if (!config)
        return { config, project: null, plan: null, diagnostics };
    const project = await (0,adapters_project/* loadProject */.g)(root, manifest, config.codegen.package_manifests);
    const files = await (0,fs/* readSnapshot */.RA)(root, (0,generate/* filesForGeneration */.fF)(config));
    const plan = (0,generate/* planGeneration */.CK)({ project, config, files, ...(manifest ? { manifestFile: manifest } : {}) });
    return { config, project, plan, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...diagnostics, ...plan.diagnostics]) };
}
/** Errors that make generation unsafe: anything but the Cargo.toml-side findings. */
function blockingErrors(diagnostics) {
    return diagnostics.filter((d) => d.severity === 'error' && !CARGO_SIDE.has(d.rule));
}
/** Writes the planned files (only changed ones); writes nothing at all when a blocking error exists. */
async function generateOnDisk(root, manifest) {
    const ctx = await planOnDisk(root, manifest);
    const written = [];
    const unchanged = [];
    if (!ctx.plan || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, written, unchanged };
    const current = await (0,fs/* readSnapshot */.RA)(root, ctx.plan.files.map((f) => f.path));
    const { stale } = (0,generate/* checkGeneration */.Xb)(ctx.plan, current);
    const staleSet = new Set(stale.map((s) => s.path));
    // readSnapshot reads a path that a symlink leads out of the root as missing, so such a file is
    // always "stale"; writing it would follow the link and overwrite a file outside the checkout.
    // Checked for every file before the first write, so a refusal still writes nothing at all.
    const realRoot = await external_node_fs_.promises.realpath(root);
    for (const f of ctx.plan.files) {
        if (staleSet.has(f.path) && !(await staysInside(realRoot, external_node_path_default().join(root, f.path)))) {
            throw new fs/* UsageError */.eb(`${f.path}: refusing to write: a symbolic link leads outside ${root}`);
        }
    }
    for (const f of ctx.plan.files) {
        if (!staleSet.has(f.path)) {
            unchanged.push(f.path);
            continue;
        }
        const target = external_node_path_default().join(root, f.path);
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
        await external_node_fs_.promises.writeFile(target, f.content);
        written.push(f.path);
    }
    // Drift is judged against the files as now written.
    const after = await planOnDisk(root, manifest);
    return { ...after, written, unchanged };
}
/** True when writing `target` stays inside `realRoot`: its deepest existing ancestor (or itself) resolves there. */
async function staysInside(realRoot, target) {
    let p = target;
    for (;;) {
        const exists = await external_node_fs_.promises.lstat(p).then(() => true, () => false);
        if (exists)
            break;
        const parent = external_node_path_default().dirname(p);
        if (parent === p)
            return false;
        p = parent;
    }
    const real = await external_node_fs_.promises.realpath(p).catch(() => null); // null: a dangling symlink, whose target writeFile would create
    return real !== null && (real === realRoot || real.startsWith(realRoot + (external_node_path_default()).sep));
}
/**
 * `check`: the generated registry code and feature regions, and — once `[workflows] action` is
 * configured — the generated workflows too.
 */
async function checkOnDisk(root, manifest) {
    const ctx = await planOnDisk(root, manifest);
    if (!ctx.plan || !ctx.config || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, stale: [] };
    const current = await (0,fs/* readSnapshot */.RA)(root, ctx.plan.files.map((f) => f.path));
    const checked = (0,generate/* checkGeneration */.Xb)(ctx.plan, current, ctx.config.allow_dirty);
    const stale = [...checked.stale];
    const diagnostics = [...ctx.diagnostics, ...checked.diagnostics];
    if (ctx.config.workflows.action !== undefined) {
        const plan = (0,workflows/* planFromConfig */.IT)(ctx.config);
        const wf = await (0,workflows/* checkWorkflowsOnDisk */.rw)(root, { config: ctx.config, planned: plan.planned, diagnostics: plan.diagnostics });
        stale.push(...wf.stale.map((s) => ({ ...s, kind: 'workflows' })));
        diagnostics.push(...wf.diagnostics);
    }
    return { ...ctx, stale, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics) };
}
/** The command line that regenerates, as the user should type it. */
function fixCommand(root, manifest) {
    const q = (s) => (/^[A-Za-z0-9_./@:=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    return ['modules-rebuild generate', root === '.' ? '' : `--root ${q(root)}`, manifest === 'modules.toml' ? '' : `--manifest ${q(manifest)}`].filter(Boolean).join(' ');
}

;// CONCATENATED MODULE: ./src/cli/codegen.ts




function featureLines(sets) {
    return Object.entries(sets ?? {})
        .filter(([, s]) => s.enabled)
        .map(([app, s]) => `${app} features (${s.mode}): ${s.features.join(', ') || '(none)'}${s.cargoArgs.length ? `  → cargo ${s.cargoArgs.join(' ')}` : ''}`);
}
function printDiagnostics(io, diagnostics) {
    for (const d of diagnostics)
        io.stderr((0,render/* renderText */.S5)(d));
}
const ok = (diagnostics) => !diagnostics.some((d) => d.severity === 'error');
const generateCommand = {
    usage: 'modules-rebuild generate [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Write the registry code and the Cargo feature regions modules.toml generates (only files whose content changed). An invalid manifest writes nothing.',
    options: { ...command/* COMMON */.S },
    async run(values, io) {
        const root = String(values.root);
        const r = await generateOnDisk(external_node_path_default().resolve(io.cwd, root), String(values.manifest));
        const success = ok(r.diagnostics);
        if (values.format === 'json') {
            io.stdout((0,render/* jsonReport */.L7)(success, r.project?.manifestHash ?? null, r.diagnostics, { written: r.written, unchanged: r.unchanged, features: r.plan?.featureSets ?? null }));
        }
        else {
            printDiagnostics(io, r.diagnostics);
            if (!r.written.length && !r.unchanged.length)
                io.stderr(`nothing written: ${(0,render/* summaryLine */.dC)(r.diagnostics)}`);
            else {
                for (const f of r.written)
                    io.stdout(`wrote ${f}`);
                io.stdout(`${r.written.length} written, ${r.unchanged.length} unchanged (${(0,render/* summaryLine */.dC)(r.diagnostics)})`);
                for (const line of featureLines(r.plan?.featureSets))
                    io.stdout(line);
            }
        }
        return success ? 0 : 1;
    }
};
const checkCommand = {
    usage: 'modules-rebuild check [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Regenerate in memory and compare with the checkout (line endings ignored): exit 1 with a unified diff per stale file and the command that fixes it. allow_dirty in modules-rebuild.toml is the escape hatch.',
    options: { ...command/* COMMON */.S },
    async run(values, io) {
        const root = String(values.root);
        const r = await checkOnDisk(external_node_path_default().resolve(io.cwd, root), String(values.manifest));
        const success = ok(r.diagnostics);
        const fix = fixCommand(root, String(values.manifest));
        if (values.format === 'json') {
            io.stdout((0,render/* jsonReport */.L7)(success, r.project?.manifestHash ?? null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null, features: r.plan?.featureSets ?? null }));
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
                io.stdout(`generated files are up to date (${(0,render/* summaryLine */.dC)(r.diagnostics)})`);
        }
        return success ? 0 : 1;
    }
};


/***/ })

};
