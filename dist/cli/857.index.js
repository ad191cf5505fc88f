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
/* harmony import */ var _diagnostics_line_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5578);
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


/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* unused harmony export oneWayHunks */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, have, want) {
    const oldFileName = have === null ? '/dev/null' : `a/${file}`;
    const newFileName = want === null ? '/dev/null' : `b/${file}`;
    const hunks = oneWayHunks(have ?? '', want ?? '', 3);
    if (hunks)
        return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({ oldFileName, newFileName, oldHeader: undefined, newHeader: undefined, hunks }, diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr);
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(oldFileName, newFileName, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr });
}
function tokens(text) {
    const parts = text.split(/(\n|\r\n)/);
    if (!parts[parts.length - 1])
        parts.pop();
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        if (i % 2)
            out[out.length - 1] = out[out.length - 1] + parts[i];
        else
            out.push(parts[i]);
    }
    return out.filter((t) => t !== '');
}
function greedy(from, to, mark) {
    if (from.length > to.length)
        return null;
    const runs = [];
    let i = 0;
    let start = 0;
    let common = true;
    const close = (end) => {
        if (end > start)
            runs.push({ mark: common ? ' ' : mark, lines: splitLines(to.slice(start, end).join('')) });
        start = end;
    };
    for (let j = 0; j < to.length; j++) {
        const same = i < from.length && from[i] === to[j];
        if (same !== common) {
            close(j);
            common = same;
        }
        if (same)
            i++;
    }
    close(to.length);
    return i === from.length ? runs : null;
}
function splitLines(text) {
    const out = text.split('\n').map((line) => line + '\n');
    if (text.endsWith('\n'))
        out.pop();
    else
        out.push(out.pop().slice(0, -1));
    return out;
}
function oneWayHunks(oldText, newText, context) {
    const a = tokens(oldText);
    const b = tokens(newText);
    const runs = greedy(a, b, '+') ?? greedy(b, a, '-');
    return runs === null ? null : hunks(runs, context);
}
function hunks(runs, context) {
    const all = [...runs, { mark: ' ', lines: [] }];
    const out = [];
    let oldStart = 0;
    let newStart = 0;
    let lines = [];
    let oldLine = 1;
    let newLine = 1;
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.mark !== ' ') {
            if (!oldStart) {
                const prev = all[i - 1];
                oldStart = oldLine;
                newStart = newLine;
                if (prev) {
                    lines = context > 0 ? prev.lines.slice(-context).map((l) => ' ' + l) : [];
                    oldStart -= lines.length;
                    newStart -= lines.length;
                }
            }
            for (const l of run.lines)
                lines.push(run.mark + l);
            if (run.mark === '+')
                newLine += run.lines.length;
            else
                oldLine += run.lines.length;
            continue;
        }
        if (oldStart) {
            if (run.lines.length <= context * 2 && i < all.length - 2) {
                for (const l of run.lines)
                    lines.push(' ' + l);
            }
            else {
                const size = Math.min(run.lines.length, context);
                for (const l of run.lines.slice(0, size))
                    lines.push(' ' + l);
                out.push({ oldStart, oldLines: oldLine - oldStart + size, newStart, newLines: newLine - newStart + size, lines });
                oldStart = 0;
                newStart = 0;
                lines = [];
            }
        }
        oldLine += run.lines.length;
        newLine += run.lines.length;
    }
    for (const h of out) {
        const marked = [];
        for (const l of h.lines) {
            if (l.endsWith('\n'))
                marked.push(l.slice(0, -1));
            else
                marked.push(l, '\\ No newline at end of file');
        }
        h.lines = marked;
    }
    return out;
}


/***/ })

};
;