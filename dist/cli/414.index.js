"use strict";
exports.id = 414;
exports.ids = [414];
exports.modules = {

/***/ 3056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ dependencyClosure),
/* harmony export */   Y1: () => (/* binding */ reaching),
/* harmony export */   g1: () => (/* binding */ dependencyOrder),
/* harmony export */   im: () => (/* binding */ reachableFrom),
/* harmony export */   p4: () => (/* binding */ findCycles)
/* harmony export */ });
function findCycles(nodes, edges) {
    const order = new Map(nodes.map((n, i) => [n, i]));
    const succ = (n) => (edges.get(n) ?? []).filter((m) => order.has(m));
    const adjacency = nodes.map((n) => {
        const out = [];
        for (const m of edges.get(n) ?? []) {
            const j = order.get(m);
            if (j !== undefined)
                out.push(j);
        }
        return out;
    });
    const index = new Int32Array(nodes.length).fill(-1);
    const low = new Int32Array(nodes.length);
    const onStack = new Uint8Array(nodes.length);
    const stack = [];
    const components = [];
    let counter = 0;
    const work = [];
    const enter = (v) => {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
        work.push(v, 0);
    };
    for (let root = 0; root < nodes.length; root++) {
        if (index[root] >= 0)
            continue;
        enter(root);
        while (work.length) {
            const top = work[work.length - 2];
            const next = adjacency[top];
            const k = work[work.length - 1];
            if (k < next.length) {
                work[work.length - 1] = k + 1;
                const m = next[k];
                if (index[m] < 0)
                    enter(m);
                else if (onStack[m])
                    low[top] = Math.min(low[top], index[m]);
                continue;
            }
            work.length -= 2;
            if (work.length) {
                const parent = work[work.length - 2];
                low[parent] = Math.min(low[parent], low[top]);
            }
            if (low[top] === index[top]) {
                const comp = [];
                let m;
                do {
                    m = stack.pop();
                    onStack[m] = 0;
                    comp.push(m);
                } while (m !== top);
                if (comp.length > 1 || next.includes(top))
                    components.push(comp);
            }
        }
    }
    return components
        .map((comp) => cyclePath(comp.map((i) => nodes[i]), succ, order))
        .sort((a, b) => order.get(a[0]) - order.get(b[0]));
}
function cyclePath(comp, succ, order) {
    const inComp = new Set(comp);
    const start = [...comp].sort((a, b) => order.get(a) - order.get(b))[0];
    const prev = new Map();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
        const n = queue[i];
        for (const m of succ(n)) {
            if (!inComp.has(m))
                continue;
            if (m === start) {
                const back = [n];
                while (back[back.length - 1] !== start)
                    back.push(prev.get(back[back.length - 1]));
                return [...back.reverse(), start];
            }
            if (!prev.has(m)) {
                prev.set(m, n);
                queue.push(m);
            }
        }
    }
    return [start, start];
}
function dependencyOrder(nodes, edges) {
    const position = new Map(nodes.map((n, i) => [n, i]));
    const pending = new Int32Array(nodes.length);
    const dependents = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        const deps = knownDeps(n, edges.get(n), position);
        pending[i] = deps.length;
        for (const d of deps) {
            const j = position.get(d);
            const list = dependents[j];
            if (list)
                list.push(i);
            else
                dependents[j] = [i];
        }
    }
    const heap = new MinHeap();
    for (let i = 0; i < nodes.length; i++)
        if (pending[i] === 0)
            heap.push(i);
    const out = [];
    const done = new Uint8Array(nodes.length);
    while (heap.size) {
        const i = heap.pop();
        out.push(nodes[i]);
        done[i] = 1;
        const list = dependents[i];
        if (list) {
            for (const j of list)
                if ((pending[j] = pending[j] - 1) === 0)
                    heap.push(j);
        }
    }
    if (out.length < nodes.length)
        for (let i = 0; i < nodes.length; i++)
            if (!done[i])
                out.push(nodes[i]);
    return out;
}
function knownDeps(n, deps, position) {
    if (deps === undefined)
        return [];
    let plain = deps.length <= 16;
    for (let i = 0; i < deps.length && plain; i++) {
        const d = deps[i];
        if (d === n || !position.has(d))
            plain = false;
        for (let j = 0; j < i && plain; j++)
            if (deps[j] === d)
                plain = false;
    }
    return plain ? deps : [...new Set(deps)].filter((d) => position.has(d) && d !== n);
}
function dependencyClosure(start, edges, descend) {
    const seen = new Set([start]);
    const out = [];
    const stack = [...(edges.get(start) ?? [])].reverse();
    while (stack.length) {
        const n = stack.pop();
        if (seen.has(n))
            continue;
        seen.add(n);
        out.push(n);
        if (descend && !descend(n))
            continue;
        const next = edges.get(n) ?? [];
        for (let i = next.length - 1; i >= 0; i--)
            if (!seen.has(next[i]))
                stack.push(next[i]);
    }
    return out;
}
function reachableFrom(starts, edges) {
    const seen = new Set();
    const stack = [];
    for (const s of starts)
        stack.push(...(edges.get(s) ?? []));
    while (stack.length) {
        const n = stack.pop();
        if (seen.has(n))
            continue;
        seen.add(n);
        for (const m of edges.get(n) ?? [])
            if (!seen.has(m))
                stack.push(m);
    }
    return [...seen];
}
function reaching(targets, edges) {
    const into = new Map();
    for (const [n, deps] of edges) {
        for (const d of deps) {
            const list = into.get(d);
            if (list)
                list.push(n);
            else
                into.set(d, [n]);
        }
    }
    const found = new Set();
    const queue = [...targets];
    for (let i = 0; i < queue.length; i++) {
        for (const p of into.get(queue[i]) ?? []) {
            if (found.has(p))
                continue;
            found.add(p);
            queue.push(p);
        }
    }
    return found;
}
class MinHeap {
    a = [];
    get size() {
        return this.a.length;
    }
    push(v) {
        const a = this.a;
        a.push(v);
        for (let i = a.length - 1; i > 0;) {
            const p = (i - 1) >> 1;
            if (a[p] <= a[i])
                break;
            [a[p], a[i]] = [a[i], a[p]];
            i = p;
        }
    }
    pop() {
        const a = this.a;
        const top = a[0];
        const last = a.pop();
        if (a.length) {
            a[0] = last;
            for (let i = 0;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && a[l] < a[m])
                    m = l;
                if (r < a.length && a[r] < a[m])
                    m = r;
                if (m === i)
                    break;
                [a[m], a[i]] = [a[i], a[m]];
                i = m;
            }
        }
        return top;
    }
}


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ digestCanonical),
/* harmony export */   wj: () => (/* binding */ manifestHash)
/* harmony export */ });
/* unused harmony exports HASH_PREFIX, hashText */
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4882);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7172);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9976);



const HASH_PREFIX = 'sha256:';
function digestCanonical(text) {
    return HASH_PREFIX + (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(text);
}
function manifestHash(doc, file) {
    return digestCanonical((0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(doc, file));
}
function hashText(text, file) {
    return manifestHash(parseToml(text, file), file);
}


/***/ }),

/***/ 116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ SOURCES),
/* harmony export */   Ix: () => (/* binding */ STACKS),
/* harmony export */   ZT: () => (/* binding */ SLUG_PATTERN),
/* harmony export */   aC: () => (/* binding */ RUNTIMES),
/* harmony export */   vD: () => (/* binding */ CRATE_PATTERN)
/* harmony export */ });
const SLUG_PATTERN = '^[a-z0-9_-]+$';
const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$';
const SOURCES = ['path', 'git', 'crates-io', 'registry'];
const STACKS = ['leptos', 'next'];
const RUNTIMES = ['module', 'extension'];


/***/ }),

/***/ 1776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ packageDirOf),
/* harmony export */   R6: () => (/* binding */ DEFAULT_LOOKUP),
/* harmony export */   j1: () => (/* binding */ UI_CLASSIFICATIONS),
/* harmony export */   s0: () => (/* binding */ PACKAGE_MANIFEST_NAMES),
/* harmony export */   sK: () => (/* binding */ OWNERSHIP),
/* harmony export */   xW: () => (/* binding */ TRUST_LEVELS)
/* harmony export */ });
/* unused harmony export DEFAULT_PACKAGE_DIR */
const PACKAGE_MANIFEST_NAMES = ['rustok-module.toml', 'module.toml'];
const DEFAULT_PACKAGE_DIR = 'modules.d';
const DEFAULT_LOOKUP = { names: PACKAGE_MANIFEST_NAMES, dir: DEFAULT_PACKAGE_DIR };
function packageDirOf(slug, e, lookup) {
    if (e.source === 'path')
        return e.path ? (e.path.endsWith('/') ? e.path.replace(/\/+$/, '') : e.path) : null;
    return `${lookup.dir.replace(/\/+$/, '')}/${slug}`;
}
const OWNERSHIP = ['first_party', 'third_party'];
const TRUST_LEVELS = ['core', 'verified', 'unverified', 'private'];
const UI_CLASSIFICATIONS = ['dual_surface', 'admin_only', 'storefront_only', 'no_ui', 'capability_only', 'future_ui'];


/***/ }),

/***/ 5624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ checkPackages),
/* harmony export */   ce: () => (/* binding */ valueProblems),
/* harmony export */   hT: () => (/* binding */ VALUE_HINTS),
/* harmony export */   l0: () => (/* binding */ wantedFiles),
/* harmony export */   sH: () => (/* binding */ wantedFileGroups),
/* harmony export */   w_: () => (/* binding */ cargoPackageName)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1809);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8056);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7577);
/* harmony import */ var _package_lookup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1776);
/* harmony import */ var _shapes_generated_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1540);
/* harmony import */ var _zod_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6782);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(292);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4535);









const PACKAGE_MANIFEST = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .lazySchema */ .ID)('PackageManifestSchema', _shapes_generated_js__WEBPACK_IMPORTED_MODULE_5__/* .FAST_PACKAGE_MANIFEST */ .mu);
const join = (dir, name) => `${dir.endsWith('/') ? dir.replace(/\/+$/, '') : dir}/${name}`;
function dirOf(slug, e, lookup) {
    const dir = (0,_package_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .packageDirOf */ .H)(slug, e, lookup);
    return dir === null || (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPathProblem */ .Js)(dir) ? null : dir;
}
function wantedFiles(m, lookup = _package_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOOKUP */ .R6) {
    return wantedFileGroups(m, lookup).flat();
}
function wantedFileGroups(m, lookup = _package_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOOKUP */ .R6) {
    const out = [];
    for (const slug in m.modules) {
        const e = m.modules[slug];
        const dir = dirOf(slug, e, lookup);
        if (dir === null)
            continue;
        out.push(lookup.names.map((n) => join(dir, n)));
        if (e.source === 'path')
            out.push([join(dir, 'admin/Cargo.toml')], [join(dir, 'storefront/Cargo.toml')]);
    }
    return out;
}
function checkPackages(manifestDoc, m, files, lookup = _package_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOOKUP */ .R6) {
    const out = [];
    const missing = [];
    const packages = new Map();
    const names = lookup.names;
    for (const slug in m.modules) {
        const e = m.modules[slug];
        const dir = dirOf(slug, e, lookup);
        if (dir === null)
            continue;
        const vendored = e.source !== 'path';
        let file;
        for (let i = 0; i < names.length && file === undefined; i++) {
            const f = join(dir, names[i]);
            if (typeof files.get(f) === 'string')
                file = f;
        }
        if (file === undefined) {
            if (vendored) {
                const want = join(dir, names[0]);
                missing.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'codegen-package-missing', manifestDoc.file, (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .entryLoc */ .HA)(manifestDoc, slug, ['source']) ?? (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .entryLoc */ .HA)(manifestDoc, slug), `Module '${slug}' (source = "${e.source}") has no package manifest to generate its registration from: ${names.map((n) => join(dir, n)).join(' or ')} does not exist`, `Run \`modules-rebuild install ${slug}\` to write it from the catalog, or copy the crate's own ${names[0]} (of the version modules.toml names) to ${want}.`));
                continue;
            }
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'package-manifest-missing', manifestDoc.file, (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .entryLoc */ .HA)(manifestDoc, slug, ['path']), `Module '${slug}' has no package manifest: ${names.map((n) => join(dir, n)).join(' or ')} does not exist`, `Create ${join(dir, names[0])} with a [module] section, or fix \`path\`.`));
            continue;
        }
        let parsed;
        try {
            parsed = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(file, files.get(file));
        }
        catch (err) {
            if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo)
                out.push(...err.diagnostics);
            else
                throw err;
            continue;
        }
        append(out, (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .injections */ .X0)(parsed));
        const shape = (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .checkShape */ .eA)(PACKAGE_MANIFEST, parsed);
        append(out, shape.diagnostics);
        if (!shape.data)
            continue;
        const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .releasedDocument */ .hR)(parsed);
        packages.set(slug, { slug, doc, manifest: shape.data, vendored });
        append(out, checkOne(manifestDoc, slug, e, doc, shape.data, files, vendored));
    }
    out.push(...checkVersions(m, packages));
    return { packages, diagnostics: out, missing };
}
function append(out, more) {
    if (more.length)
        out.push(...more);
}
function checkOne(manifestDoc, slug, e, doc, p, files, vendored) {
    const out = [];
    const err = (rule, path, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, path), message, hint));
    const mod = p.module;
    if (mod.slug !== slug)
        err('package-slug-mismatch', ['module', 'slug'], `Package manifest slug '${mod.slug}' does not match the modules.toml key '${slug}'`, `Set \`slug = "${slug}"\` here, or rename the entry in modules.toml.`);
    if (!(0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isCargoVersion */ .TT)(mod.version))
        err('invalid-version', ['module', 'version'], `Module '${slug}' version '${mod.version}' is not semver`, 'Write MAJOR.MINOR.PATCH, e.g. "0.1.0".');
    for (const key of ['rustok_min_version', 'rustok_max_version']) {
        const v = mod[key];
        if (v !== undefined && !(0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isCargoVersion */ .TT)(v))
            err('invalid-version', ['module', key], `\`module.${key}\` '${v}' is not semver`, 'Write MAJOR.MINOR.PATCH.');
    }
    if (e.required !== (mod.trust_level === 'core')) {
        err('required-trust-mismatch', ['module', 'trust_level'], e.required ? `Module '${slug}' is required in modules.toml but its trust_level is '${mod.trust_level}'` : `Module '${slug}' has trust_level 'core' but is not required in modules.toml`, 'Required modules and only they have trust_level = "core".');
    }
    if (vendored) {
        if ((e.source === 'crates-io' || e.source === 'registry') && e.version !== undefined && (0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isCargoVersion */ .TT)(mod.version) && (0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCargoReq */ .CI)(e.version).ok && !(0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfiesCargo */ .u7)(mod.version, e.version)) {
            err('package-version-mismatch', ['module', 'version'], `Module '${slug}' is ${mod.version} here, which modules.toml's version = "${e.version}" does not admit`, `This file must describe the version cargo builds: write the package manifest of a version matching "${e.version}" here (modules-rebuild install ${slug} writes the catalog's), or change the requirement.`);
        }
    }
    else if (mod.ownership !== 'first_party')
        err('path-not-first-party', ['module', 'ownership'], `Module '${slug}' comes from a path in this repository but its ownership is '${mod.ownership}'`, 'Path modules must have ownership = "first_party".');
    const runtime = mod.runtime ?? 'module';
    if (runtime !== e.runtime)
        err('runtime-mismatch', ['module', 'runtime'], `Module '${slug}' runtime is '${runtime}' here but '${e.runtime}' in modules.toml`, 'Make the two runtime values equal.');
    const declared = Object.keys(p.dependencies);
    if (!sameMembers(declared, e.depends_on)) {
        const missing = e.depends_on.filter((d) => !declared.includes(d));
        const extra = declared.filter((d) => !e.depends_on.includes(d));
        const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in depends_on: ${extra.join(', ')}` : ''].filter(Boolean);
        out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'package-dependencies-mismatch', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, ['dependencies']) ?? (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, ['module']) ?? null, `Module '${slug}' [dependencies] do not match depends_on in modules.toml (${parts.join('; ')})`, `Make [dependencies] list exactly: ${e.depends_on.join(', ') || '(nothing)'}.`));
        const entry = (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .entryLoc */ .HA)(manifestDoc, slug, ['depends_on']);
        if (entry)
            out[out.length - 1].hint += ` depends_on is at ${manifestDoc.file}:${entry.line}.`;
    }
    for (const v of valueProblems(p)) {
        const key = (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPath */ .jV)(v.path);
        err(v.rule, v.path, v.rule === 'invalid-rust-path' ? `\`${key}\` '${v.value}' ${v.problem}` : `Module '${slug}' ${key} '${v.value}' ${v.problem}`, VALUE_HINTS[v.rule]);
    }
    const server = p.compat?.server;
    if (server !== undefined) {
        const r = (0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCargoReq */ .CI)(server);
        if (!r.ok)
            err('invalid-version-req', ['compat', 'server'], `Module '${slug}' compat.server '${server}' is not a Cargo version requirement: ${r.reason}`, 'Write a Cargo requirement such as ">=0.1, <0.2".');
    }
    if (!vendored)
        append(out, checkUi(doc, slug, e.path, p, files));
    return out;
}
function sameMembers(a, b) {
    if (a.length === b.length) {
        let i = 0;
        while (i < a.length && a[i] === b[i])
            i++;
        if (i === a.length)
            return true;
    }
    return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}
const VALUE_HINTS = {
    'invalid-version-req': 'Write a Cargo requirement such as ">=0.1.0" or "0.1".',
    'invalid-rust-path': 'Write a plain Rust path such as `BlogModule` or `graphql::BlogQuery`.',
    'invalid-crate-name': 'Use the Cargo package name of the UI crate.'
};
function valueProblems(p) {
    const out = [];
    for (let s = 0; s < REQ_SECTIONS.length; s++) {
        const section = REQ_SECTIONS[s];
        const table = p[section];
        for (const dep in table) {
            const version_req = table[dep].version_req;
            const r = (0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCargoReq */ .CI)(version_req);
            if (!r.ok)
                out.push({ rule: 'invalid-version-req', path: [section, dep, 'version_req'], value: version_req, problem: `is not a Cargo version requirement: ${r.reason}` });
        }
    }
    rustPathProblems(p, out);
    for (let s = 0; s < UI_SECTIONS.length; s++) {
        const section = UI_SECTIONS[s];
        const value = p.provides?.[section]?.leptos_crate;
        const problem = value === undefined ? null : (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .crateProblem */ .vO)(value);
        if (problem)
            out.push({ rule: 'invalid-crate-name', path: ['provides', section, 'leptos_crate'], value: value, problem });
    }
    return out;
}
const REQ_SECTIONS = ['dependencies', 'co_requisites'];
const UI_SECTIONS = ['admin_ui', 'storefront_ui'];
function rustPathProblems(p, out) {
    const check = (value, path) => {
        const problem = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .rustPathProblem */ .js)(value);
        if (problem)
            out.push({ rule: 'invalid-rust-path', path: path(), value, problem });
    };
    const entry = p.crate?.entry_type;
    if (entry !== undefined)
        check(entry, () => ['crate', 'entry_type']);
    const pr = p.provides;
    if (pr === undefined)
        return;
    for (const section of ['graphql', 'http']) {
        const table = pr[section];
        for (const k in table) {
            const v = table[k];
            if (typeof v === 'string')
                check(v, () => ['provides', section, k]);
        }
    }
    if (pr.cli)
        check(pr.cli.factory, () => ['provides', 'cli', 'factory']);
    pr.storefront_ui?.components.forEach((c, i) => check(c.component, () => ['provides', 'storefront_ui', 'components', i, 'component']));
}
const UI_KINDS = [
    ['admin', 'admin_ui', 'admin/Cargo.toml'],
    ['storefront', 'storefront_ui', 'storefront/Cargo.toml']
];
function checkUi(doc, slug, dir, p, files) {
    let out;
    for (let i = 0; i < UI_KINDS.length; i++) {
        const [kind, section, cargoName] = UI_KINDS[i];
        const declared = p.provides?.[section]?.leptos_crate;
        const cargoFile = join(dir, cargoName);
        const cargo = files.get(cargoFile);
        if (declared === undefined && typeof cargo !== 'string')
            continue;
        const err = (message, hint) => (out ??= []).push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'ui-crate-mismatch', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, ['provides', section, 'leptos_crate']) ?? (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, ['module']), message, hint));
        if (declared !== undefined && typeof cargo !== 'string') {
            err(`Module '${slug}' declares provides.${section}.leptos_crate = '${declared}' but ${cargoFile} does not exist`, `Create the ${kind} crate at ${join(dir, kind)}/ or remove [provides.${section}].leptos_crate.`);
        }
        else if (declared === undefined && typeof cargo === 'string') {
            err(`Module '${slug}' has ${kind === 'admin' ? 'an' : 'a'} ${kind} crate (${cargoFile}) but no [provides.${section}].leptos_crate`, `Add \`leptos_crate = "<package name>"\` under [provides.${section}] so the ${kind} app registers it.`);
        }
        else if (declared !== undefined && typeof cargo === 'string') {
            const name = cargoPackageName(cargo);
            if (name !== undefined && name !== declared)
                err(`Module '${slug}' provides.${section}.leptos_crate is '${declared}' but ${cargoFile} names the package '${name}'`, `Set leptos_crate = "${name}".`);
        }
    }
    return out ?? NONE;
}
const NONE = [];
function cargoPackageName(text) {
    let inPackage = false;
    for (const line of text.split('\n')) {
        const header = /^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]/.exec(line);
        if (header)
            inPackage = header[1] === 'package';
        else if (inPackage) {
            const name = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?\r?$/.exec(line);
            if (name)
                return name[1];
        }
    }
    return undefined;
}
function checkVersions(m, packages) {
    const out = [];
    for (const [slug, pkg] of packages) {
        const deps = pkg.manifest.dependencies;
        for (const dep in deps) {
            const version_req = deps[dep].version_req;
            const target = packages.get(dep);
            if (!target || !m.modules[dep] || !(0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCargoReq */ .CI)(version_req).ok)
                continue;
            const v = target.manifest.module.version;
            if ((0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isCargoVersion */ .TT)(v) && !(0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfiesCargo */ .u7)(v, version_req)) {
                out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'incompatible-dependency', pkg.doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(pkg.doc, ['dependencies', dep]), `Module '${slug}' requires ${dep} ${version_req} but ${dep} is ${v}`, `Install a version of '${dep}' that matches ${version_req}, or relax the requirement.`));
            }
        }
    }
    return out;
}


/***/ }),

/***/ 4535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ entryLoc),
/* harmony export */   X0: () => (/* binding */ injections),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3056);
/* harmony import */ var _cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1809);
/* harmony import */ var _identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7577);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(116);
/* harmony import */ var _shapes_generated_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1540);
/* harmony import */ var _zod_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6782);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(292);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4882);









const SCHEMA_2_CHANGES = 'schema 2 replaced `build.deployment_profile` with `[build.server] embed_admin` / `embed_storefront`, added `[build.admin]` and `[[build.storefront]]` (public_url, redirect_uris), and requires `source` on every module';
const MANIFEST = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .lazySchema */ .ID)('ManifestSchema', _shapes_generated_js__WEBPACK_IMPORTED_MODULE_3__/* .FAST_MANIFEST */ .rf);
function validateManifest(doc) {
    const out = [];
    const schema = doc.data.schema;
    if (schema !== 2) {
        out.push(schemaDiagnostic(doc, schema));
        return { manifest: null, diagnostics: out };
    }
    (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(out, injections(doc));
    const shape = (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .checkShape */ .eA)(MANIFEST, doc, (path, value) => {
        const [top, slug, key] = path;
        if (top !== 'modules' || typeof slug !== 'string' || key !== 'source' || path.length !== 3 || typeof value !== 'string')
            return null;
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-source', doc.file, entryLoc(doc, slug, ['source']), `Module '${slug}' has invalid source '${value}'`, `Use one of ${_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .SOURCES */ .Hl.map((s) => `"${s}"`).join(', ')}.`);
    });
    (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(out, shape.diagnostics);
    const manifest = shape.data ?? lenient(doc);
    (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(out, checkModules(doc, manifest)), checkGraph(doc, manifest)), checkBuild(doc, manifest));
    return { manifest, diagnostics: out };
}
function schemaDiagnostic(doc, schema) {
    const loc = (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['schema']);
    if (schema === undefined) {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'unsupported-schema', doc.file, loc, `${doc.file} has no \`schema\` key`, 'Add `schema = 2` as the first line.');
    }
    if (schema === 1) {
        return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'unsupported-schema', doc.file, loc, `schema 1 is no longer supported: ${SCHEMA_2_CHANGES}`, 'Migrate the file to schema 2 (see the README) and set `schema = 2`.');
    }
    const shown = typeof schema === 'string' ? `"${schema}" (a string)` : String(schema);
    return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'unsupported-schema', doc.file, loc, `Unsupported manifest schema: ${shown}`, 'This version of modules-rebuild reads `schema = 2` (an integer).');
}
function lenient(doc) {
    const data = doc.data;
    const BuildSchema = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .zodSchema */ .jN)('BuildSchema');
    const ModuleEntrySchema = (0,_zod_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .zodSchema */ .jN)('ModuleEntrySchema');
    const build = BuildSchema.safeParse(data.build ?? {});
    const modules = {};
    if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(data.modules)) {
        for (const [slug, raw] of Object.entries(data.modules)) {
            const entry = ModuleEntrySchema.safeParse(raw);
            if (entry.success)
                modules[slug] = entry.data;
        }
    }
    const settings = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(data.settings) ? data.settings : {};
    const enabled = Array.isArray(settings.default_enabled) ? settings.default_enabled.filter((s) => typeof s === 'string') : [];
    return {
        schema: 2,
        app: typeof data.app === 'string' ? data.app : 'rustok-server',
        build: build.success ? build.data : BuildSchema.parse({}),
        modules,
        settings: { default_enabled: enabled }
    };
}
function entryLoc(doc, slug, sub = []) {
    const entry = doc.keys.get(['modules', slug]);
    const loc = (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['modules', slug, ...sub]);
    if (entry && loc && loc.line === entry.line)
        return entry;
    return loc ?? entry ?? null;
}
function injections(doc) {
    if ((!doc.text.includes('${{') && !doc.text.includes('\\')) || !hasExpression(doc.data))
        return [];
    const out = [];
    const pathOf = (n) => {
        const p = [];
        for (let c = n; c && c[1] !== null; c = c[2])
            p.unshift(c[1]);
        return p;
    };
    const stack = [[doc.data, null, null]];
    while (stack.length) {
        const node = stack.pop();
        const v = node[0];
        if (typeof v === 'string') {
            if (!v.includes('${{'))
                continue;
            const path = pathOf(node);
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'expression-injection', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, path), `\`${(0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(path)}\` contains \`\${{\`, which a workflow would evaluate as an expression`, 'Remove `${{`; values from manifests must never contain GitHub expressions.'));
        }
        else if (Array.isArray(v))
            for (let i = 0; i < v.length; i++)
                stack.push([v[i], i, node]);
        else if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(v))
            for (const k in v)
                stack.push([v[k], k, node]);
    }
    return out;
}
function hasExpression(root) {
    const stack = [root];
    while (stack.length) {
        const v = stack.pop();
        if (typeof v === 'string') {
            if (v.includes('${{'))
                return true;
        }
        else if (Array.isArray(v))
            for (let i = 0; i < v.length; i++)
                stack.push(v[i]);
        else if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(v))
            for (const k in v)
                stack.push(v[k]);
    }
    return false;
}
function checkModules(doc, m) {
    const out = [];
    const err = (rule, loc, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, loc, message, hint));
    const appProblem = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .crateProblem */ .vO)(m.app);
    if (appProblem)
        err('invalid-crate-name', (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['app']), `app '${m.app}' ${appProblem}`, 'Set `app` to the Cargo package name of the server.');
    const crates = new Map();
    const rawModules = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(doc.data.modules) ? doc.data.modules : {};
    for (const slug of Object.keys(rawModules)) {
        const problem = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .slugProblem */ .fF)(slug);
        if (problem)
            err('invalid-slug', entryLoc(doc, slug), `Module slug '${slug}' ${problem}`, 'Rename the module key to lowercase ASCII, e.g. `page_builder`.');
    }
    for (const slug in m.modules) {
        const e = m.modules[slug];
        const crate = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .crateProblem */ .vO)(e.crate);
        if (crate)
            err('invalid-crate-name', entryLoc(doc, slug, ['crate']), `Module '${slug}' crate '${e.crate}' ${crate}`, 'Use the exact Cargo package name of the module crate.');
        const other = crates.get(e.crate);
        if (other !== undefined)
            err('duplicate-crate', entryLoc(doc, slug, ['crate']), `Modules '${other}' and '${slug}' both name crate '${e.crate}'`, 'Each crate can be installed under one slug only; remove one of the entries.');
        else
            crates.set(e.crate, slug);
        checkSource(doc, slug, e, out);
    }
    return out;
}
function checkSource(doc, slug, e, out) {
    if (e.source === 'path' && e.path && (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(e.path) === null)
        return;
    const at = (...sub) => entryLoc(doc, slug, sub);
    const err = (rule, loc, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, loc, message, hint));
    const need = (field, what, example) => {
        if (e[field] === undefined || e[field] === '')
            err('missing-source-field', at('source'), `Module '${slug}' has source='${e.source}' but no ${what} specified`, `Add \`${field} = ${example}\` to the entry.`);
    };
    if (e.source === 'path') {
        need('path', 'path', `"crates/${slug}"`);
        const problem = e.path ? (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(e.path) : null;
        if (problem)
            err('path-escape', at('path'), `Module '${slug}' path '${e.path}' ${problem}`, 'Point `path` at a directory inside this repository, e.g. "crates/<name>".');
    }
    else if (e.source === 'git') {
        need('git', 'git URL', '"https://github.com/owner/repo.git"');
        need('rev', 'rev', '"<40-hex commit id>"');
        const problem = e.git ? (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .gitUrlProblem */ .Np)(e.git) : null;
        if (problem)
            err('invalid-git-url', at('git'), `Module '${slug}' git URL '${e.git}' ${problem}`, 'Use https://host/owner/repo.git, ssh://host/owner/repo.git or git@host:owner/repo.git.');
        const rev = e.rev ? (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .gitRevProblem */ .ht)(e.rev) : null;
        if (rev)
            err('invalid-git-rev', at('rev'), `Module '${slug}' rev ${JSON.stringify(e.rev)} ${rev}`, 'Pin `rev` to the 40-hex commit id.');
        else if (e.rev && !/^[0-9a-f]{40}$/.test(e.rev)) {
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('warning', 'unpinned-git-rev', doc.file, at('rev'), `Module '${slug}' rev '${e.rev}' is not a full commit id, so the build can change without the manifest changing`, 'Pin `rev` to the 40-hex commit id.'));
        }
    }
    else {
        need('version', 'version', '"1.2"');
        const req = e.version ? (0,_cargo_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCargoReq */ .CI)(e.version) : null;
        if (req && !req.ok)
            err('invalid-version-req', at('version'), `Module '${slug}' version '${e.version}' is not a Cargo version requirement: ${req.reason}`, 'Write a Cargo requirement such as "1.2", "=1.2.3" or ">=1.2, <2".');
    }
}
function checkGraph(doc, m) {
    const out = [];
    const err = (rule, loc, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, doc.file, loc, message, hint));
    const rawModules = (0,_toml_js__WEBPACK_IMPORTED_MODULE_6__/* .isTable */ .bI)(doc.data.modules) ? doc.data.modules : {};
    const known = new Set(Object.keys(rawModules));
    const slugs = Object.keys(m.modules);
    const edges = new Map(slugs.map((s) => [s, m.modules[s].depends_on]));
    for (const slug of slugs) {
        const deps = m.modules[slug].depends_on;
        let i = 0;
        while (i < deps.length && known.has(deps[i]))
            i++;
        if (i === deps.length)
            continue;
        const missing = deps.filter((d) => !known.has(d));
        if (missing.length) {
            const first = deps.indexOf(missing[0]);
            err('unknown-dependency', entryLoc(doc, slug, ['depends_on', first]), `Module '${slug}' depends on missing modules: ${missing.join(', ')}`, `Install ${missing.join(', ')} (add ${missing.length > 1 ? 'entries' : 'an entry'} under [modules]) or remove ${missing.length > 1 ? 'them' : 'it'} from depends_on.`);
        }
    }
    for (const cycle of (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_8__/* .findCycles */ .p4)(slugs, edges)) {
        const [a, b] = cycle;
        const loc = entryLoc(doc, a, ['depends_on', m.modules[a].depends_on.indexOf(b)]);
        err('dependency-cycle', loc, `Dependency cycle: ${cycle.join(' -> ')}`, 'Modules cannot depend on each other in a circle; remove one edge of the cycle from depends_on.');
    }
    const enabled = m.settings.default_enabled;
    const listed = new Set(enabled);
    const unlisted = (dep) => {
        const d = m.modules[dep];
        return !!d && !d.required && !listed.has(dep);
    };
    const wanted = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_8__/* .reachableFrom */ .im)(enabled, edges).filter(unlisted);
    const leads = wanted.length ? (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_8__/* .reaching */ .Y1)(wanted, edges) : new Set();
    enabled.forEach((slug, i) => {
        const loc = () => (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['settings', 'default_enabled', i]);
        const entry = m.modules[slug];
        if (!known.has(slug)) {
            err('default-enabled-unknown', loc(), `default_enabled contains modules not present in modules.toml: ${slug}`, `Install '${slug}' under [modules] or remove it from default_enabled.`);
        }
        else if (entry?.required) {
            err('default-enabled-required', loc(), `default_enabled must list only optional modules; required modules are always active: ${slug}`, `Remove '${slug}' from default_enabled.`);
        }
        else if (entry && leads.has(slug)) {
            for (const dep of (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_8__/* .dependencyClosure */ .Nk)(slug, edges, (n) => leads.has(n))) {
                if (unlisted(dep)) {
                    err('default-enabled-not-closed', loc(), `default_enabled must include optional dependency closure: ${slug} -> ${dep}`, `Add '${dep}' to default_enabled (or remove '${slug}').`);
                }
            }
        }
    });
    return out;
}
function checkBuild(doc, m) {
    const out = [];
    const b = m.build;
    if (b.deployment_profile !== undefined) {
        out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('warning', 'deprecated-key', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['build', 'deployment_profile']), '`build.deployment_profile` is a schema-1 key and is ignored', b.deployment_profile === 'monolith' ? 'Use `[build.server] embed_admin = true` and `embed_storefront = true` instead.' : 'Use `[build.server] embed_admin = false` and `embed_storefront = false` instead.'));
    }
    const surface = (path, what, standalone, s) => {
        if (standalone && (!s.public_url || s.redirect_uris.length === 0)) {
            const missing = !s.public_url ? 'public_url' : 'redirect_uris';
            const fix = missing === 'public_url' ? 'Set `public_url` to the URL it is served from' : 'Add at least one OAuth redirect URI to `redirect_uris`';
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'missing-public-url', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, path), `${what} is standalone but has no ${missing}`, `${fix}, or embed it into the server ([build.server]).`));
        }
        const urls = [...(s.public_url ? [[[...path, 'public_url'], s.public_url]] : []), ...s.redirect_uris.map((u, i) => [[...path, 'redirect_uris', i], u])];
        for (const [p, u] of urls) {
            const problem = (0,_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .httpUrlProblem */ .Hv)(u);
            if (problem)
                out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-url', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, p), `\`${(0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(p)}\` '${u}' ${problem}`, 'Write an absolute http:// or https:// URL.'));
        }
    };
    if (b.admin)
        surface(['build', 'admin'], 'The admin', !b.server.embed_admin, b.admin);
    const ids = new Set();
    const token = (path, value, pattern, what) => {
        if (value !== undefined && !pattern.test(value))
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, path), `\`${(0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPath */ .jV)(path)}\` '${value}' is not a valid ${what}`, `A ${what} is made of ASCII letters, digits, '_', '-' and '.'.`));
    };
    token(['build', 'target'], b.target || undefined, /^[A-Za-z0-9_.-]{1,100}$/, 'Rust target triple');
    token(['build', 'profile'], b.profile, /^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'Cargo profile name');
    b.storefront.forEach((s, i) => {
        token(['build', 'storefront', i, 'id'], s.id, /^[a-z0-9_-]{1,64}$/, 'storefront id');
        surface(['build', 'storefront', i], `Storefront '${s.id}'`, !b.server.embed_storefront, s);
        if (ids.has(s.id))
            out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'duplicate-storefront-id', doc.file, (0,_shape_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x5)(doc, ['build', 'storefront', i, 'id']), `Duplicate storefront id '${s.id}'`, 'Give every [[build.storefront]] a unique id.'));
        ids.add(s.id);
    });
    return out;
}


/***/ }),

/***/ 2076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ completeProject),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   dc: () => (/* binding */ filesNeeded),
/* harmony export */   uP: () => (/* binding */ fileGroupsNeeded)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _hash_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2718);
/* harmony import */ var _manifest_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8056);
/* harmony import */ var _manifest_packages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5624);
/* harmony import */ var _manifest_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4535);





function readManifest(file, text) {
    let doc;
    try {
        doc = (0,_manifest_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(file, text);
    }
    catch (err) {
        if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo)
            return { doc: null, manifest: null, manifestHash: null, diagnostics: err.diagnostics };
        throw err;
    }
    const { manifest, diagnostics } = (0,_manifest_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateManifest */ .yl)(doc);
    let hash = null;
    try {
        hash = (0,_hash_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestHash */ .wj)(doc.data);
    }
    catch (err) {
        if (!(err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo))
            throw err;
        diagnostics.push(...err.diagnostics);
    }
    return { doc, manifest, manifestHash: hash, diagnostics };
}
function filesNeeded(stage, lookup) {
    return stage.manifest ? (0,_manifest_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .wantedFiles */ .l0)(stage.manifest, lookup) : [];
}
function fileGroupsNeeded(stage, lookup) {
    return stage.manifest ? (0,_manifest_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .wantedFileGroups */ .sH)(stage.manifest, lookup) : [];
}
function completeProject(stage, files, lookup) {
    const diagnostics = [...stage.diagnostics];
    let packages = new Map();
    let missingPackages = [];
    if (stage.doc && stage.manifest) {
        const checked = (0,_manifest_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPackages */ .Gf)(stage.doc, stage.manifest, files, lookup);
        packages = checked.packages;
        missingPackages = checked.missing;
        diagnostics.push(...checked.diagnostics);
    }
    const sorted = (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .sortDiagnostics */ .Ds)(diagnostics);
    return { ok: stage.manifest !== null && !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(sorted), manifest: stage.manifest, manifestHash: stage.manifestHash, packages, diagnostics: sorted, missingPackages };
}


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ COMMON)
/* harmony export */ });
const COMMON = {
    root: { type: 'string', default: '.' },
    manifest: { type: 'string', default: 'modules.toml' },
    format: { type: 'string', default: 'text' }
};


/***/ })

};
;