"use strict";
exports.id = 292;
exports.ids = [292];
exports.modules = {

/***/ 292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   suggest: () => (/* binding */ suggest),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports valueAt, tomlType */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);
/* harmony import */ var _fast_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3435);
/* harmony import */ var _zod_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6782);




function checkShape(lazy, doc, override) {
    let schema;
    if (isLazy(lazy)) {
        const fast = lazy.fast(doc.data);
        if (fast !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_2__.NO)
            return { data: fast, diagnostics: [] };
        schema = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .zodSchema */ .jN)(lazy.name);
    }
    else
        schema = lazy;
    const diagnostics = unknownKeys(schema, doc);
    const parsed = schema.safeParse(doc.data);
    if (parsed.success)
        return { data: parsed.data, diagnostics };
    for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        diagnostics.push(override?.(path, valueAt(doc.data, path), locate(doc, path)) ?? issueDiagnostic(issue, path, doc));
    }
    return { data: null, diagnostics };
}
const isLazy = (s) => !('_zod' in s);
function issueDiagnostic(issue, path, doc) {
    const where = formatPath(path);
    const value = valueAt(doc.data, path);
    const loc = locate(doc, path);
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'missing-field', doc.file, loc, `missing required key \`${where}\``, `Add \`${lastKey(path)} = \u2026\` (see the JSON Schema in schema/ for the expected type).`);
    }
    if (issue.code === 'invalid_type') {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-type', doc.file, loc, `\`${where}\` must be ${article(issue.expected)}, found ${tomlType(value)}`, `Write ${article(issue.expected)} here.`);
    }
    if (issue.code === 'invalid_value') {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(' | ');
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', doc.file, loc, `\`${where}\` must be one of ${allowed}, found ${show(value)}`, `Use one of ${allowed}.`);
    }
    return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', doc.file, loc, `\`${where}\`: ${issue.message}`, null);
}
function locate(doc, path) {
    return doc.keys.get(path) ?? doc.keys.nearest(path) ?? null;
}
function unknownKeys(schema, doc) {
    const out = [];
    const pathOf = (n, last) => {
        const p = [last];
        for (let c = n; c && c[2] !== null; c = c[3])
            p.unshift(c[2]);
        return p;
    };
    const stack = [[schema, doc.data, null, null]];
    while (stack.length) {
        const node = stack.pop();
        const [s, v] = node;
        const def = unwrap(s)._zod.def;
        if (def.type === 'object' && (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v)) {
            const shape = def.shape ?? {};
            for (const key in v) {
                const sub = shape[key];
                if (sub)
                    stack.push([sub, v[key], key, node]);
                else if (!def.catchall) {
                    const path = pathOf(node, key);
                    const near = suggest(key, Object.keys(shape));
                    out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('warning', 'unknown-key', doc.file, locate(doc, path), `unknown key \`${formatPath(path)}\`${near ? ` (did you mean \`${near}\`?)` : ''}; it is ignored`, near ? `Rename it to \`${near}\`.` : `Known keys here: ${Object.keys(shape).join(', ')}.`));
                }
            }
        }
        else if (def.type === 'record' && (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v) && def.valueType) {
            for (const key in v)
                stack.push([def.valueType, v[key], key, node]);
        }
        else if (def.type === 'array' && Array.isArray(v) && def.element) {
            for (let i = 0; i < v.length; i++)
                stack.push([def.element, v[i], i, node]);
        }
    }
    return out;
}
function unwrap(s) {
    let cur = s;
    for (;;) {
        const def = cur._zod.def;
        if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType)
            cur = def.innerType;
        else
            return cur;
    }
}
function suggest(word, candidates) {
    let best = null;
    let bestD = 3;
    for (const c of candidates) {
        const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return best;
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
function formatPath(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += (out ? '.' : '') + (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p));
    }
    return out;
}
function lastKey(path) {
    const k = [...path].reverse().find((p) => typeof p === 'string');
    return typeof k === 'string' ? k : 'key';
}
function valueAt(data, path) {
    let cur = data;
    for (const p of path) {
        if (cur === undefined)
            return undefined;
        if (typeof p === 'number')
            cur = Array.isArray(cur) ? cur[p] : undefined;
        else
            cur = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(cur) && Object.hasOwn(cur, p) ? cur[p] : undefined;
    }
    return cur;
}
function tomlType(v) {
    if (v === undefined)
        return 'nothing';
    if (typeof v === 'string')
        return `a string (${show(v)})`;
    if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))
        return `an integer (${String(v)})`;
    if (typeof v === 'number')
        return `a float (${v})`;
    if (typeof v === 'boolean')
        return `a boolean (${v})`;
    if (v instanceof Date)
        return 'a date-time';
    if (Array.isArray(v))
        return 'an array';
    return 'a table';
}
function show(v) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '\u2026' : v);
    return v === undefined ? 'nothing' : tomlType(v);
}
function article(expected) {
    const names = { string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean', array: 'an array', object: 'a table', record: 'a table', date: 'a date-time' };
    return names[expected] ?? expected;
}


/***/ })

};
;