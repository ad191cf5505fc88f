export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3765);
/* harmony import */ var _diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1466);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);




const validateCommand = {
    usage: 'modules-rebuild validate [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'Check modules.toml and every package manifest it points at; report all problems at once.',
    options: { ..._command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON */ .S },
    async run(values, io) {
        const result = await (0,_adapters_project_js__WEBPACK_IMPORTED_MODULE_1__/* .validateOnDisk */ .v)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, String(values.root)), String(values.manifest));
        if (values.format === 'json') {
            io.stdout((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonReport */ .L7)(result.ok, result.manifestHash, result.diagnostics));
        }
        else {
            for (const d of result.diagnostics)
                io.stderr((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S5)(d));
            const modules = result.manifest ? Object.keys(result.manifest.modules).length : 0;
            if (result.ok)
                io.stdout(`ok: ${modules} modules, ${result.packages.size} package manifests (${(0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(result.diagnostics)})\nmanifest_hash: ${result.manifestHash}`);
            else
                io.stderr(`invalid: ${(0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryLine */ .dC)(result.diagnostics)}`);
        }
        return result.ok ? 0 : 1;
    }
};


/***/ })

};
