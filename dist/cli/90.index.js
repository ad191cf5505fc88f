export const id = 90;
export const ids = [90];
export const modules = {

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
    const files = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshot */ .RA)(loc.root, (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .filesNeeded */ .dc)(stage, lookup));
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
