"use strict";
exports.id = 479;
exports.ids = [479];
exports.modules = {

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