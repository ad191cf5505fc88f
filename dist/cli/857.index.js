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
/**
 * `check`'s comparison of planned files with the checkout, and the unified diff of each stale one.
 * Its own module, loaded only when upToDate (generate.ts) finds a difference: the happy path
 * never loads the diff code.
 */



/**
 * Compares the planned files with the checkout (`current`: path → text, null when missing), line
 * endings ignored. Each stale file gets a unified diff and a `stale-generated` diagnostic: an
 * error, or a warning when its kind is in `allowDirty`.
 */
function checkGeneration(plan, current, allowDirty = []) {
    const stale = [];
    const diagnostics = [];
    for (const f of plan.files) {
        const now = current.get(f.path) ?? null;
        // Registry content is final as planned (the default preset normalises it; preset "rustok" keeps the build scripts' bytes, blank last line included).
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
/**
 * unifiedDiff: the diff `check` prints for a stale file. Its own module, so the `diff` library
 * loads only when some file differs.
 *
 * The unified diff of two texts when one only adds lines to the other (or only removes lines from
 * it) — what `check` shows for a registry file that does not exist yet, or a feature region that
 * gained or lost modules — in linear time, byte for byte what the `diff` library's
 * createTwoFilesPatch prints, which takes time quadratic in the number of added lines (13 s for
 * the 20,000-line registry of 5,000 modules).
 *
 * Why the same: the library runs Myers' algorithm, growing the furthest-reaching path on every
 * diagonal one edit at a time. When the old lines are a subsequence of the new ones, the shortest
 * edit script has exactly (new − old) edits, all additions, and the only path with that many
 * additions and no removal is the one on the outermost diagonal, which the algorithm extends by
 * adding the next new line and then taking every line the two sides have in common: so the script
 * is the greedy one below (take a common line whenever the next lines are equal, else add). The
 * same holds for removals, mirrored. Anything else (lines both added and removed) is left to the
 * library. __tests__/line-diff.test.ts compares both on random texts.
 */

/** A unified diff (3 lines of context) from `have` to `want`; null: the file does not exist (before) / is deleted (after). */
function unifiedDiff(file, have, want) {
    const oldFileName = have === null ? '/dev/null' : `a/${file}`;
    const newFileName = want === null ? '/dev/null' : `b/${file}`;
    // Lines only added or only removed (a new file, a region that gained modules): linear, same bytes.
    const hunks = oneWayHunks(have ?? '', want ?? '', 3);
    if (hunks)
        return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({ oldFileName, newFileName, oldHeader: undefined, newHeader: undefined, hunks }, diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr);
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(oldFileName, newFileName, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr });
}
/** The library's lines: split after each `\n` (a `\r\n` is one separator), no empty last line. */
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
/**
 * The runs of the greedy script from `from` to `to` when `from` is a subsequence of `to` (`mark`
 * for the lines only `to` has); null when it is not.
 */
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
/** A run's value as the library splits it into patch lines: each keeps its `\n`, except an unterminated last one. */
function splitLines(text) {
    const out = text.split('\n').map((line) => line + '\n');
    if (text.endsWith('\n'))
        out.pop();
    else
        out.push(out.pop().slice(0, -1));
    return out;
}
/** The hunks of the patch from `oldText` to `newText` (`context` lines around changes), or null when lines are both added and removed. */
function oneWayHunks(oldText, newText, context) {
    const a = tokens(oldText);
    const b = tokens(newText);
    const runs = greedy(a, b, '+') ?? greedy(b, a, '-');
    return runs === null ? null : hunks(runs, context);
}
/** Runs → hunks: changes with up to `context` common lines around them; changes closer than 2 × context share a hunk. */
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
    // Lines lose their `\n`; a line without one is followed by the "no newline" marker.
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