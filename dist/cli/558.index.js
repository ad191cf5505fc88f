"use strict";
exports.id = 558;
exports.ids = [558];
exports.modules = {

/***/ 6558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemasCommand: () => (/* binding */ schemasCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_fs_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/* harmony import */ var _app_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2067);



const schemasCommand = {
    usage: 'modules-rebuild schemas [--out DIR]',
    summary: 'Write the JSON Schemas of modules.toml, rustok-module.toml and marketplace.toml (for editors) into DIR (default: print them).',
    options: { out: { type: 'string' } },
    async run(values, io) {
        const schemas = (0,_app_schemas_js__WEBPACK_IMPORTED_MODULE_2__.jsonSchemas)();
        if (typeof values.out !== 'string') {
            io.stdout(JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, JSON.parse(v)])), null, 2));
            return 0;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.out);
        await (0,_adapters_fs_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFilesAt */ .Aq)(dir, Object.entries(schemas).map(([name, content]) => ({ path: name, content })));
        io.stdout(`wrote ${Object.keys(schemas).map((n) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(values.out, n)).join(', ')}`);
        return 0;
    }
};


/***/ })

};
;