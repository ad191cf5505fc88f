"use strict";
exports.id = 857;
exports.ids = [857];
exports.modules = {

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkGeneration: () => (/* binding */ checkGeneration)
/* harmony export */ });
/* harmony import */ var _diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5539);
/* harmony import */ var _diagnostics_line_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2696);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);



function checkGeneration(plan, current, allowDirty = []) {
    const stale = [];
    const diagnostics = [];
    for (const f of plan.files) {
        const now = current.get(f.path) ?? null;
        const want = (0,_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_1__.lf)(f.content);
        const have = now === null ? null : (0,_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_1__.lf)(now);
        if (have === want)
            continue;
        const diff = (0,_diagnostics_line_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .unifiedDiff */ .W)(f.path, have, want);
        stale.push({ path: f.path, kind: f.kind, diff });
        const what = f.kind === 'registry' ? 'generated registry code' : 'managed feature region';
        const message = have === null ? `${f.path} does not exist; modules.toml generates it (${what})` : `${f.path} is out of date with modules.toml (${what}; ${changedLines(diff)} changed lines)`;
        const line = have === null ? null : { line: (0,_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .firstDifference */ .at)(have, want), column: 1 };
        diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)(allowDirty.includes(f.kind) ? 'warning' : 'error', 'stale-generated', f.path, line, message, `Run \`modules-rebuild generate\` and commit the result${f.kind === 'registry' ? '; never edit generated files by hand' : ''}.`));
    }
    return { stale, diagnostics: (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .sortDiagnostics */ .Ds)(diagnostics) };
}
function changedLines(diff) {
    return diff.split('\n').filter((l) => (l.startsWith('+') || l.startsWith('-')) && !l.startsWith('+++') && !l.startsWith('---')).length;
}


/***/ })

};
;