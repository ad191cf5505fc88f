"use strict";
exports.id = 697;
exports.ids = [697];
exports.modules = {

/***/ 7934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ob: () => (/* binding */ EMBED_FEATURES),
  H7: () => (/* binding */ cargoArgsFor),
  AJ: () => (/* binding */ gatesModules),
  w2: () => (/* binding */ planAppFeatures)
});

// UNUSED EXPORTS: appModules, treeSeverity

// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/document.ts
var manifest_document = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/core/manifest/shape.ts
var shape = __webpack_require__(292);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/manifest/toml-write.ts
var toml_write = __webpack_require__(7371);
;// CONCATENATED MODULE: ./src/core/codegen/declarations.ts




const fixLine = (section, line) => `under [${section}]: \`${line}\``;
function checkDeclarations(input) {
    const { app, file, doc, prefix } = input;
    const out = [];
    const err = (path, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', 'feature-declaration', file, (0,shape/* locate */.x5)(doc, path), message, hint));
    const table = (0,toml/* isTable */.bI)(doc.data.features) ? doc.data.features : {};
    const declared = (f) => Object.hasOwn(table, f);
    const undeclared = input.features.filter((f) => !f.includes('/') && !declared(f));
    if (undeclared.length) {
        const bySlug = new Map(input.modules.map((x) => [prefix + x.slug, x]));
        const fixes = undeclared.map((f) => {
            const x = bySlug.get(f);
            if (!x)
                return fixLine('features', `${f} = []`);
            const dep = input.deps.get(x.crate);
            if (dep)
                return fixLine('features', `${f} = ["dep:${dep.key}"]`);
            const where = x.path !== undefined ? { path: relativeTo(file, x.path) } : { version: '*' };
            return `${fixLine('dependencies', `${(0,toml_write/* tomlKey */.m8)(x.crate)} = ${(0,toml_write/* tomlValue */.MS)({ ...where, optional: true })}`)} and ${fixLine('features', `${f} = ["dep:${x.crate}"]`)}`;
        });
        err(['features'], `${file} does not declare ${undeclared.length === 1 ? 'the feature' : `${undeclared.length} features`} the ${app} build selects: ${undeclared.join(', ')}`, `cargo refuses undeclared features; declare ${undeclared.length === 1 ? 'it' : 'each'}: ${fixes.join('; ')}.`);
    }
    if (!input.managed)
        return out;
    const byCrate = input.deps;
    const optional = new Set(input.modules.filter((o) => !o.required).map((o) => o.slug));
    for (const x of input.modules) {
        const dep = byCrate.get(x.crate) ?? null;
        if (x.required) {
            if (app !== 'server')
                continue;
            if (!dep)
                err(['dependencies'], `Required module '${x.slug}' needs the dependency ${x.crate}, but [dependencies] has none`, `Add \`${x.crate}.workspace = true\` (or a path/version) under [dependencies].`);
            else if (dep.optional)
                err(['dependencies', dep.key], `Required module '${x.slug}': dependency ${dep.key} is optional, but required modules are always compiled in`, 'Remove `optional = true`.');
            continue;
        }
        const feature = prefix + x.slug;
        if (!dep)
            err(['dependencies'], `Module '${x.slug}': ${feature} needs an optional dependency on ${x.crate}, but [dependencies] has none`, `Add \`${x.crate} = { workspace = true, optional = true }\` under [dependencies].`);
        if (!declared(feature))
            continue;
        const value = table[feature];
        const items = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
        const want = [`dep:${dep?.key ?? x.crate}`];
        if (app === 'server')
            want.push(...x.depends_on.filter((d) => optional.has(d)).map((d) => prefix + d));
        const lacking = want.filter((w) => !items.includes(w));
        if (lacking.length)
            err(['features', feature], `${feature} lacks ${lacking.map((w) => `"${w}"`).join(', ')}`, `Write \`${feature} = [${[...want, ...items.filter((i) => !want.includes(i))].map((w) => `"${w}"`).join(', ')}]\`.`);
    }
    if (app === 'server') {
        for (const f of ['embed-admin', 'embed-storefront']) {
            if (!declared(f) && !undeclared.includes(f))
                err(['features'], `${file} does not declare the feature ${f} ([build.server] of modules.toml switches it)`, `Add \`${f} = [...]\` under [features], enabling the embedded ${f.slice(6)} crate.`);
        }
    }
    return out;
}
function dependencyIndex(deps) {
    const index = new Map();
    for (const [key, v] of Object.entries(deps)) {
        const pkg = (0,toml/* isTable */.bI)(v) && typeof v.package === 'string' ? v.package : key;
        if (!index.has(pkg))
            index.set(pkg, { key, optional: (0,toml/* isTable */.bI)(v) && v.optional === true, value: v });
    }
    return index;
}
function relativeTo(file, target) {
    const from = file.split('/').slice(0, -1);
    const to = target.replace(/\/+$/, '').split('/');
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i])
        i++;
    return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || '.';
}

;// CONCATENATED MODULE: ./src/core/codegen/region.ts


const BEGIN_MARKER = '# BEGIN modules-rebuild managed features';
const END_MARKER = '# END modules-rebuild managed features';
const BEGIN_LINE = (/* unused pure expression or super */ null && (`${BEGIN_MARKER} (generated from modules.toml; do not edit)`));
function splitLines(text) {
    const out = [];
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        out.push(text.slice(start, i + 1));
        start = i + 1;
    }
    if (start < text.length)
        out.push(text.slice(start));
    return out;
}
const body = (line) => line.replace(/\r?\n$/, '');
const isMarker = (line, marker) => line.includes(marker) && body(line).trim().startsWith(marker);
function findRegion(text) {
    const lines = splitLines(text);
    const begins = [];
    const ends = [];
    lines.forEach((l, i) => {
        if (isMarker(l, BEGIN_MARKER))
            begins.push(i);
        else if (isMarker(l, END_MARKER))
            ends.push(i);
    });
    if (begins.length === 0 && ends.length === 0)
        return { kind: 'absent' };
    if (begins.length !== 1)
        return { kind: 'broken', line: begins.length ? begins[1] + 1 : ends[0] + 1, problem: begins.length ? 'has more than one BEGIN marker' : 'has an END marker but no BEGIN marker' };
    if (ends.length !== 1)
        return { kind: 'broken', line: ends.length ? ends[1] + 1 : begins[0] + 1, problem: ends.length ? 'has more than one END marker' : 'has a BEGIN marker but no END marker' };
    const [begin, end] = [begins[0], ends[0]];
    if (end < begin)
        return { kind: 'broken', line: end + 1, problem: 'has the END marker before the BEGIN marker' };
    const first = lines[begin];
    const indent = /^[ \t]*/.exec(first)[0];
    const eol = first.endsWith('\r\n') ? '\r\n' : '\n';
    return { kind: 'found', begin, end, indent, eol, lines };
}
function replaceRegion(region, items) {
    const { lines, begin, end, indent, eol } = region;
    const inner = items.map((f) => `${indent}${JSON.stringify(f)},${eol}`);
    return [...lines.slice(0, begin + 1), ...inner, ...lines.slice(end)].join('');
}
const PROBE = 'modules-rebuild-region-probe';
function regionPlacementProblem(region, file) {
    let data;
    try {
        data = (0,toml/* parseToml */.MT)(replaceRegion(region, [PROBE]), file);
    }
    catch (err) {
        if (!(err instanceof diagnostic/* DiagnosticError */.uo))
            throw err;
        return 'has its markers outside an array, so no feature can be written between them';
    }
    const features = data.features;
    const list = (0,toml/* isTable */.bI)(features) ? features.default : undefined;
    if (!Array.isArray(list) || !list.includes(PROBE))
        return 'has its markers outside `[features] default = [...]`';
    return null;
}
function parseWithRegion(region, items, file) {
    if (region.lines.some((l) => l.includes(PROBE)))
        return null;
    let data;
    try {
        data = (0,toml/* parseToml */.MT)(replaceRegion(region, [...items, PROBE]), file);
    }
    catch (err) {
        if (!(err instanceof diagnostic/* DiagnosticError */.uo))
            throw err;
        return null;
    }
    return withoutProbe(data);
}
function parseRegionInPlace(region, file) {
    const { lines, end, indent, eol } = region;
    if (lines.some((l) => l.includes(PROBE)))
        return null;
    let data;
    try {
        data = (0,toml/* parseToml */.MT)([...lines.slice(0, end), `${indent}${JSON.stringify(PROBE)},${eol}`, ...lines.slice(end)].join(''), file);
    }
    catch (err) {
        if (!(err instanceof diagnostic/* DiagnosticError */.uo))
            throw err;
        return null;
    }
    return withoutProbe(data);
}
function withoutProbe(data) {
    const features = data.features;
    const list = (0,toml/* isTable */.bI)(features) ? features.default : undefined;
    const at = Array.isArray(list) ? list.indexOf(PROBE) : -1;
    if (!(0,toml/* isTable */.bI)(features) || !Array.isArray(list) || at < 0)
        return null;
    return { ...data, features: { ...features, default: [...list.slice(0, at), ...list.slice(at + 1)] } };
}

;// CONCATENATED MODULE: ./src/core/codegen/features.ts







const EMBED_FEATURES = ['embed-admin', 'embed-storefront'];
function appModules(app, m, packages, order) {
    const out = [];
    for (const slug of order) {
        const e = m.modules[slug];
        const provides = packages.get(slug)?.manifest.provides;
        const crate = app === 'server' ? e.crate : app === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate;
        const path = app === 'server' && e.source === 'path' ? e.path : undefined;
        if (crate !== undefined)
            out.push({ slug, crate, required: e.required, depends_on: e.depends_on, ...(path !== undefined ? { path } : {}) });
    }
    return out;
}
const cargoArgsFor = (features) => (features.length ? ['--no-default-features', '--features', features.join(',')] : ['--no-default-features']);
const treeSeverity = (config) => (config.strict && !config.allow_dirty.includes('features') ? 'error' : 'warning');
function planAppFeatures(input) {
    const { app, manifest: m, config } = input;
    const a = config.codegen[app];
    const file = a.cargo_toml;
    const prefix = config.codegen.feature_prefix;
    const noDrift = { missing: [], unexpected: [] };
    if (!a.enabled)
        return { set: { enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: noDrift, kept: [], alwaysCompiled: [] }, file: null, diagnostics: [] };
    const mode = config.features.mode;
    const region = input.cargoText === null || mode === 'flags' ? { kind: 'absent' } : findRegion(input.cargoText);
    const inPlace = region.kind === 'found' ? parseRegionInPlace(region, file) : null;
    let doc = null;
    let unreadable = null;
    if (input.cargoText !== null) {
        try {
            doc = inPlace ? (0,manifest_document/* documentOf */.lM)(file, input.cargoText, inPlace) : (0,manifest_document/* readDocument */.u0)(file, input.cargoText, {}, input.toml);
        }
        catch (err) {
            if (!(err instanceof diagnostic/* DiagnosticError */.uo))
                throw err;
            unreadable = err;
        }
    }
    const gated = gatesModules(app, a.gate, prefix, input.cargoText, doc ? doc.data : null);
    const modules = gated ? appModules(app, m, input.packages, input.order) : [];
    const optional = modules.filter((x) => !x.required);
    const embed = app === 'server' ? EMBED_FEATURES.filter((f) => (f === 'embed-admin' ? m.build.server.embed_admin : m.build.server.embed_storefront)) : [];
    const base = config.features.base_features[app];
    const setOf = (moduleFeatures, kept) => [...new Set([...base, ...kept, ...embed, ...moduleFeatures])];
    const argsOf = (features) => (gated || features.length ? cargoArgsFor(features) : []);
    const fallback = setOf(optional.map((x) => prefix + x.slug), []);
    const flags = { enabled: true, gated, mode: 'flags', features: fallback, cargoArgs: argsOf(fallback), drift: noDrift, kept: [], alwaysCompiled: [] };
    const out = [];
    if (input.cargoText === null) {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'io-error', file, null, `${file} does not exist, so the ${app} app's module features cannot be checked`, `Create it, point \`[codegen.${app}] cargo_toml\` of modules-rebuild.toml at the app's Cargo.toml, or set \`[codegen.${app}] enabled = false\`.`));
        return { set: flags, file: null, diagnostics: out };
    }
    if (!doc)
        return { set: flags, file: null, diagnostics: unreadable.diagnostics };
    const severity = treeSeverity(config);
    const table = featuresTable(doc.data);
    const deps = dependencyIndex((0,toml/* isTable */.bI)(doc.data.dependencies) ? doc.data.dependencies : {});
    const declared = (f) => Object.hasOwn(table, f);
    const optionalFix = (dep) => fixLine('dependencies', `${(0,toml_write/* tomlKey */.m8)(dep.key)} = ${(0,toml_write/* tomlValue */.MS)({ ...((0,toml/* isTable */.bI)(dep.value) ? dep.value : { version: dep.value }), optional: true })}`);
    const moduleFeatures = [];
    const alwaysCompiled = [];
    for (const x of optional) {
        const f = prefix + x.slug;
        const dep = deps.get(x.crate);
        const fixed = dep !== undefined && !dep.optional;
        if (fixed)
            alwaysCompiled.push(x.slug);
        if (fixed && !declared(f)) {
            out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-declaration', file, (0,shape/* locate */.x5)(doc, ['dependencies', dep.key]), `Module '${x.slug}' is always compiled into the ${app}: ${dep.key} is a non-optional dependency, and ${file} declares no feature ${f}, so the build passes none. Its registration is gated by #[cfg(feature = "${f}")], so the generated registry never registers it`, `Declare the feature so the registration compiles in: ${fixLine('features', `${f} = []`)}. Or, to make the module switchable, both lines together: ${optionalFix(dep)} and ${fixLine('features', `${f} = ["dep:${dep.key}"]`)}.`));
            continue;
        }
        moduleFeatures.push(f);
        if (fixed) {
            const items = Array.isArray(table[f]) ? table[f].filter((v) => typeof v === 'string') : [];
            out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-declaration', file, (0,shape/* locate */.x5)(doc, ['dependencies', dep.key]), `Optional module '${x.slug}' cannot be switched off in the ${app}: ${dep.key} is a non-optional dependency, so ${f} only toggles its registration`, `Make the dependency optional and let the feature pull it in, both lines together: ${optionalFix(dep)} and ${fixLine('features', `${f} = ${(0,toml_write/* tomlValue */.MS)([`dep:${dep.key}`, ...items.filter((i) => i !== `dep:${dep.key}`)])}`)}.`));
        }
    }
    const defaults = Array.isArray(table.default) ? table.default.map((v) => (typeof v === 'string' ? v : '')) : [];
    const considered = (f) => f.startsWith(prefix) || (app === 'server' && EMBED_FEATURES.includes(f));
    const selectedNow = new Set([...embed, ...moduleFeatures]);
    const kept = [];
    if (gated) {
        for (const f of defaults) {
            if (!f || considered(f) || base.includes(f))
                continue;
            const enables = [...closure(f, table)].filter((g) => considered(g) && g !== f).sort();
            const foreign = enables.filter((g) => !selectedNow.has(g));
            if (!foreign.length)
                kept.push({ feature: f, enables });
            else
                out.push((0,diagnostic/* diagnostic */.YK)('warning', 'feature-drift', file, (0,shape/* locate */.x5)(doc, ['features', 'default']), `[features] default enables ${f}, which turns on ${foreign.join(', ')} that modules.toml does not select; the ${app} build leaves ${f} out`, `Select the modules in modules.toml, or drop "${f}" from default.`));
        }
    }
    const managedFeatures = setOf(moduleFeatures, []);
    const markersHint = `Put these two lines inside \`default = [ \u2026 ]\` of [features] (README, "Two feature modes"):\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features`;
    const managedSet = { ...flags, mode: 'managed', cargoArgs: [], features: managedFeatures, kept, alwaysCompiled };
    let effective = doc.data;
    let planned = null;
    if (region.kind === 'broken') {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, region.line === null ? null : { line: region.line, column: 1 }, `${file} ${region.problem}`, markersHint));
        return { set: managedSet, file: null, diagnostics: out };
    }
    if (region.kind === 'absent' && mode === 'managed') {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, (0,shape/* locate */.x5)(doc, ['features', 'default']), `${file} has no managed-features markers, but [features] mode = "managed"`, `${markersHint}\nOr set [features] mode = "flags" in modules-rebuild.toml.`));
        return { set: managedSet, file: null, diagnostics: out };
    }
    if (region.kind === 'found') {
        const content = replaceRegion(region, managedFeatures);
        const placed = inPlace && content === input.cargoText ? inPlace : parseWithRegion(region, managedFeatures, file);
        if (placed)
            effective = placed;
        else {
            const problem = regionPlacementProblem(region, file);
            if (problem) {
                out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, { line: region.begin + 1, column: 1 }, `${file} ${problem}`, markersHint));
                return { set: managedSet, file: null, diagnostics: out };
            }
            try {
                effective = (0,toml/* parseToml */.MT)(content, file);
            }
            catch (err) {
                if (!(err instanceof diagnostic/* DiagnosticError */.uo))
                    throw err;
                return { set: managedSet, file: null, diagnostics: [...out, ...err.diagnostics] };
            }
        }
        planned = { path: file, content };
    }
    const managed = region.kind === 'found';
    const features = managed ? managedFeatures : setOf(moduleFeatures, kept.map((k) => k.feature));
    const effectiveDefaults = managed ? (Array.isArray(featuresTable(effective).default) ? featuresTable(effective).default.map((v) => (typeof v === 'string' ? v : '')) : []) : defaults;
    const selected = new Set(features);
    const inDefaults = new Set(effectiveDefaults);
    const missing = [...embed, ...moduleFeatures].filter((f) => !inDefaults.has(f));
    const unexpected = [];
    const original = table.default;
    const inRegion = (line) => region.kind === 'found' && line > region.begin + 1 && line <= region.end + 1;
    let positions;
    const at = (f) => {
        if (!positions) {
            positions = new Map();
            if (Array.isArray(original))
                original.forEach((v, j) => (positions.get(v) ?? positions.set(v, []).get(v)).push(j));
        }
        const locs = (positions.get(f) ?? []).map((j) => (0,shape/* locate */.x5)(doc, ['features', 'default', j]));
        return locs.find((l) => l && !inRegion(l.line)) ?? (0,shape/* locate */.x5)(doc, ['features', 'default']);
    };
    const defaultLine = (list) => fixLine('features', `default = ${(0,toml_write/* tomlValue */.MS)([...list])}`);
    effectiveDefaults.forEach((f) => {
        if (!considered(f) || selected.has(f))
            return;
        unexpected.push(f);
        out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-drift', file, at(f), `[features] default enables ${f}, but modules.toml does not select it: ${whyNot(app, f, prefix, m)}`, managed ? `Remove "${f}" from default (it is outside the managed region, which modules-rebuild maintains).` : `Remove "${f}" from default: ${defaultLine(defaults.filter((g) => g !== f))}.`));
    });
    if (missing.length) {
        const notes = [];
        const via = enabledThrough(effectiveDefaults, featuresTable(effective));
        for (const f of missing)
            if (via.has(f))
                notes.push(`${f} is enabled only indirectly, through ${via.get(f)}`);
        const undeclared = missing.filter((f) => !declared(f));
        if (undeclared.length > 1 && undeclared.length === missing.length)
            notes.push('none of them is even declared in [features]');
        else if (undeclared.length)
            notes.push(`${undeclared.join(', ')} ${undeclared.length === 1 ? 'is' : 'are'} not even declared in [features]`);
        out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-drift', file, (0,shape/* locate */.x5)(doc, ['features', 'default']), `[features] default lacks ${missing.length} feature${missing.length === 1 ? '' : 's'} that modules.toml selects: ${missing.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''}; a plain \`cargo build\` compiles a different module set than the manifest`, `modules-rebuild builds with \`--no-default-features --features \u2026\`, so its builds follow the manifest. To make \`cargo build\` agree, ${managed ? 'add them to default' : `write ${defaultLine([...defaults, ...missing.filter((f) => declared(f))])}`}, or put the managed-features markers into default (README, "Two feature modes") and let \`modules-rebuild generate\` maintain the list.`));
    }
    out.push(...checkDeclarations({ app, file, doc, features, modules, prefix, managed, deps }));
    return { set: { enabled: true, gated, mode: managed ? 'managed' : 'flags', features, cargoArgs: managed ? [] : argsOf(features), drift: { missing, unexpected }, kept, alwaysCompiled }, file: planned, diagnostics: out };
}
function gatesModules(app, gate, prefix, cargoText, parsed) {
    if (gate !== 'auto')
        return gate === 'always';
    if (app === 'server' || cargoText === null)
        return true;
    if (parsed === null)
        return true;
    try {
        const features = featuresTable(parsed ?? (0,toml/* parseToml */.MT)(cargoText, 'Cargo.toml'));
        return Object.keys(features).some((f) => f.startsWith(prefix));
    }
    catch {
        return true;
    }
}
function closure(root, table) {
    const seen = new Set();
    const stack = [root];
    while (stack.length) {
        const f = stack.pop();
        if (seen.has(f) || f.includes(':') || f.includes('/'))
            continue;
        seen.add(f);
        const next = table[f];
        if (Array.isArray(next))
            for (const v of next)
                if (typeof v === 'string')
                    stack.push(v);
    }
    return seen;
}
function featuresTable(data) {
    return (0,toml/* isTable */.bI)(data.features) ? data.features : {};
}
function enabledThrough(roots, table) {
    const via = new Map();
    for (const root of roots) {
        const stack = Array.isArray(table[root]) ? [...table[root]] : [];
        while (stack.length) {
            const f = stack.pop();
            if (typeof f !== 'string' || via.has(f) || f.includes(':') || f.includes('/'))
                continue;
            via.set(f, root);
            const next = table[f];
            if (Array.isArray(next))
                stack.push(...next);
        }
    }
    return via;
}
function whyNot(app, f, prefix, m) {
    if (f === 'embed-admin')
        return '[build.server] embed_admin is false';
    if (f === 'embed-storefront')
        return '[build.server] embed_storefront is false';
    const slug = f.slice(prefix.length);
    const e = m.modules[slug];
    if (!e)
        return `no module '${slug}' is installed`;
    if (e.required)
        return `'${slug}' is required, so it is always compiled in without a feature`;
    const section = app === 'admin' ? 'admin_ui' : 'storefront_ui';
    return `module '${slug}' has no [provides.${section}] leptos_crate`;
}


/***/ }),

/***/ 7687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ valueProblem),
/* harmony export */   Fy: () => (/* binding */ textProblem),
/* harmony export */   Gj: () => (/* binding */ rustString),
/* harmony export */   R2: () => (/* binding */ pascal),
/* harmony export */   Yo: () => (/* binding */ crateIdent)
/* harmony export */ });
function rustString(value) {
    if (PLAIN.test(value))
        return value;
    let out = '';
    for (const ch of value) {
        const cp = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (mustEscape(cp))
            out += `\\u{${(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp).toString(16)}}`;
        else
            out += ch;
    }
    return out;
}
const PLAIN = /^[^\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]*$/;
function mustEscape(cp) {
    return (cp < 0x20 ||
        (cp >= 0x7f && cp <= 0x9f) ||
        cp === 0x2028 ||
        cp === 0x2029 ||
        cp === 0x061c ||
        (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2060 && cp <= 0x2069) ||
        cp === 0xfeff ||
        (cp >= 0xd800 && cp <= 0xdfff));
}
const crateIdent = (crate) => (crate.includes('-') ? crate.replace(/-/g, '_') : crate);
function pascal(slug) {
    if (slug.length > 0 && !slug.includes('-') && !slug.includes('_'))
        return slug[0].toUpperCase() + slug.slice(1);
    return slug
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase() + p.slice(1))
        .join('');
}
const SEGMENT = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*$/;
const SLOT = /^[a-z0-9_-]+$/;
function valueProblem(kind, value) {
    const max = kind === 'slot' ? 64 : 128;
    if (value.length === 0)
        return 'is empty';
    if (value.length > max)
        return `is longer than ${max} characters`;
    if ((kind === 'slot' ? SLOT : SEGMENT).test(value))
        return null;
    if (kind !== 'slot' && /^[a-z0-9_/-]+$/.test(value))
        return "has an empty segment (a leading, trailing or doubled '/')";
    for (const ch of value) {
        if (!/[a-z0-9_-]/.test(ch) && !(kind !== 'slot' && ch === '/'))
            return `contains ${describe(ch)}; ${kind === 'slot' ? 'slots are' : `a ${kind} is`} lowercase ASCII letters, digits, '_' and '-'${kind === 'slot' ? '' : ", with '/' between segments"}`;
    }
    return null;
}
function textProblem(value) {
    const m = /\p{Cs}/u.exec(value);
    return m ? `contains the unpaired surrogate ${describe(m[0])}, which is not text` : null;
}
function describe(ch) {
    const cp = ch.codePointAt(0);
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    if (cp < 0x20 || cp === 0x7f)
        return `${code} (a control character)`;
    if (/[A-Z]/.test(ch))
        return `'${ch}' (upper case)`;
    if (cp > 0x7f)
        return `${code} '${ch}' (not ASCII)`;
    return `'${ch}'`;
}


/***/ }),

/***/ 3209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ PRESET_SIGNAL_FILE),
  cU: () => (/* binding */ planRustok),
  hK: () => (/* binding */ presetFor),
  i2: () => (/* reexport */ rustokFiles)
});

// EXTERNAL MODULE: ./src/core/config/constants.ts
var constants = __webpack_require__(2187);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/shape.ts
var shape = __webpack_require__(292);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/codegen/rust.ts
var rust = __webpack_require__(7687);
;// CONCATENATED MODULE: ./src/core/codegen/rustok/json.ts
class UnsupportedValue extends Error {
}
function byteOrder(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
const isTable = (v) => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const holdsTable = (v) => Array.isArray(v) && v.some(isTable);
function serdeJsonMap(map) {
    const keys = Object.keys(map).sort(byteOrder);
    return `{${keys.map((k) => `${jsonString(k)}:${serdeJson(map[k])}`).join(',')}}`;
}
function serdeJson(value) {
    if (typeof value === 'string')
        return jsonString(value);
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return Number.isFinite(value) ? ryu(value) : 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (value instanceof Date)
        throw new UnsupportedValue('a TOML date-time');
    if (Array.isArray(value))
        return `[${value.map(serdeJson).join(',')}]`;
    const keys = Object.keys(value).sort(byteOrder);
    const run = (pick) => keys.filter((k) => pick(value[k]));
    const ordered = [...run((v) => !isTable(v) && !holdsTable(v)), ...run(holdsTable), ...run(isTable)];
    return `{${ordered.map((k) => `${jsonString(k)}:${serdeJson(value[k])}`).join(',')}}`;
}
const SHORT = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function jsonString(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (SHORT[ch] !== undefined)
            out += SHORT[ch];
        else if (cp < 0x20)
            out += `\\u${cp.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
function ryu(f) {
    if (f === 0)
        return Object.is(f, -0) ? '-0.0' : '0.0';
    const neg = f < 0;
    const [mant, exp] = Math.abs(f).toExponential().split('e');
    const digits = mant.replace('.', '');
    const length = digits.length;
    const kk = Number(exp) + 1;
    const k = kk - length;
    let out;
    if (k >= 0 && kk <= 16)
        out = digits + '0'.repeat(k) + '.0';
    else if (kk > 0 && kk <= 16)
        out = `${digits.slice(0, kk)}.${digits.slice(kk)}`;
    else if (kk > -5 && kk <= 0)
        out = `0.${'0'.repeat(-kk)}${digits}`;
    else if (length === 1)
        out = `${digits}e${kk - 1}`;
    else
        out = `${digits[0]}.${digits.slice(1)}e${kk - 1}`;
    return (neg ? '-' : '') + out;
}
const GRAPHEME_EXTEND = /\p{Grapheme_Extend}/u;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function rustDebugString(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\0')
            out += '\\0';
        else if (ch !== ' ' && (GRAPHEME_EXTEND.test(ch) || NOT_PRINTABLE.test(ch)))
            out += `\\u{${cp.toString(16)}}`;
        else
            out += ch;
    }
    return out + '"';
}

;// CONCATENATED MODULE: ./src/core/codegen/rustok/inputs.ts





const PACKAGE_FILE = 'rustok-module.toml';
const join = (dir, name) => `${dir}/${name}`;
const CRATE_FILES = ['src/lib.rs', 'src/graphql/mod.rs', 'src/graphql.rs'];
function dirOf(e) {
    if (e.path === undefined)
        return null;
    const dir = e.path.replace(/\/+$/, '');
    return dir === '' || (0,identifiers/* repoPathProblem */.Js)(dir) ? null : dir;
}
function rustokFiles(m) {
    return Object.values(m.modules).flatMap((e) => {
        const dir = dirOf(e);
        return dir === null ? [] : CRATE_FILES.map((f) => join(dir, f));
    });
}
function rustokModules(input) {
    return Object.keys(input.manifest.modules)
        .sort(byteOrder)
        .map((slug) => {
        const entry = input.manifest.modules[slug];
        const dir = dirOf(entry);
        const pkg = input.packages.get(slug);
        const own = dir !== null && pkg !== undefined && !pkg.vendored && pkg.doc.file === join(dir, PACKAGE_FILE) ? pkg : null;
        return { slug, entry, dir, pkg: own };
    });
}
const fileText = (input, dir, file) => (dir === null ? null : (input.files.get(join(dir, file)) ?? null));
function manifestOf(m) {
    return m.pkg?.manifest ?? null;
}
function pascalCase(value) {
    return value
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => asciiUpper(p[0]) + p.slice(1))
        .join('');
}
function titleCase(value) {
    return value
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => asciiUpper(p[0]) + p.slice(1))
        .join(' ');
}
const asciiUpper = (ch) => (/[a-z]/.test(ch) ? ch.toUpperCase() : ch);
const underscore = (s) => s.replace(/-/g, '_');
class Refusals {
    diagnostics = [];
    literal(m, path, value) {
        if ((0,rust/* rustString */.Gj)(value) === value)
            return true;
        this.refuse(m, path, `Module '${m.slug}' ${path.join('.')} ${JSON.stringify(value)} contains a character (quote, backslash, control or invisible character) that RusToK's build script would write unescaped into a Rust string literal`, 'Remove the character; preset "rustok" reproduces the build script exactly and will not write broken or injectable Rust.');
        return false;
    }
    refuse(m, path, message, hint) {
        const doc = m.pkg?.doc;
        this.diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'rustok-preset-value', doc?.file ?? 'modules.toml', doc ? (0,shape/* locate */.x5)(doc, path) : null, message, hint));
    }
}

;// CONCATENATED MODULE: ./src/core/codegen/rustok/admin.ts



const GROUPS = ['content', 'commerce', 'runtime', 'governance', 'automation', 'other'];
const DEFAULTS = {
    pages: ['Content', 10], blog: ['Content', 20], forum: ['Content', 30], comments: ['Content', 40], media: ['Content', 50], seo: ['Content', 60],
    product: ['Commerce', 10], pricing: ['Commerce', 20], inventory: ['Commerce', 30], order: ['Commerce', 40], customer: ['Commerce', 50], commerce: ['Commerce', 60], fulfillment: ['Commerce', 70], region: ['Commerce', 80],
    search: ['Runtime', 10], channel: ['Runtime', 20], index: ['Runtime', 30], outbox: ['Runtime', 40],
    tenant: ['Governance', 10], rbac: ['Governance', 20],
    workflow: ['Automation', 10]
};
function navGroup(raw, slug) {
    if (raw === undefined)
        return Object.hasOwn(DEFAULTS, slug) ? DEFAULTS[slug][0] : 'Other';
    const g = raw.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
    return GROUPS.includes(g) ? g[0].toUpperCase() + g.slice(1) : 'Other';
}
const navOrder = (raw, slug) => raw ?? (Object.hasOwn(DEFAULTS, slug) ? DEFAULTS[slug][1] : 500);
function settingsJson(m) {
    const data = (0,dist/* parse */.qg)(m.pkg.doc.text.replace(/^\uFEFF/, ''), { integersAsBigInt: true });
    return serdeJsonMap((data.settings ?? {}));
}
function adminView(modules, refuse) {
    const view = { core: [], metadata: [], entries: [] };
    for (const m of modules) {
        const p = manifestOf(m);
        if (p === null)
            continue;
        if (m.entry.required)
            view.core.push(p.module.slug);
        const mod = p.module;
        let ok = refuse.literal(m, ['module', 'slug'], mod.slug);
        ok = [...mod.recommended_admin_surfaces.map((s, i) => refuse.literal(m, ['module', 'recommended_admin_surfaces', i], s)), ...mod.showcase_admin_surfaces.map((s, i) => refuse.literal(m, ['module', 'showcase_admin_surfaces', i], s))].every(Boolean) && ok;
        let json = '';
        try {
            json = settingsJson(m);
        }
        catch (err) {
            if (!(err instanceof UnsupportedValue))
                throw err;
            refuse.refuse(m, ['settings'], `Module '${m.slug}' [settings] holds ${err.message}, which preset "rustok" cannot render as RusToK's build script does`, 'Write the value as a string.');
            ok = false;
        }
        view.metadata.push({ slug: mod.slug, ownership: mod.ownership, trustLevel: mod.trust_level, recommended: mod.recommended_admin_surfaces, showcase: mod.showcase_admin_surfaces, settingsJson: json });
        const ui = p.provides?.admin_ui;
        if (ui?.leptos_crate === undefined || !ok)
            continue;
        const at = (...k) => ['provides', 'admin_ui', ...k];
        if (ui.nav_order !== undefined && ui.nav_order < 0) {
            refuse.refuse(m, at('nav_order'), `Module '${m.slug}' [provides.admin_ui] nav_order ${ui.nav_order} is negative; RusToK reads it as usize`, 'Use 0 or a positive number.');
            continue;
        }
        const children = [];
        ui.child_pages.forEach((c, i) => {
            const subpath = c.subpath.replace(/^\/+|\/+$/g, '');
            if (subpath === '')
                return;
            const fallback = titleCase(subpath.slice(subpath.lastIndexOf('/') + 1));
            const page = { subpath, title: c.title ?? fallback, navLabel: c.nav_label ?? fallback };
            if ([refuse.literal(m, at('child_pages', i, 'subpath'), page.subpath), refuse.literal(m, at('child_pages', i, 'title'), page.title), refuse.literal(m, at('child_pages', i, 'nav_label'), page.navLabel)].every(Boolean))
                children.push(page);
            else
                ok = false;
        });
        const entry = {
            slug: mod.slug,
            name: mod.name,
            crateIdent: underscore(ui.leptos_crate),
            component: `${pascalCase(mod.slug)}Admin`,
            route: ui.route_segment ?? mod.slug,
            navLabel: ui.nav_label ?? mod.name,
            navGroup: navGroup(ui.nav_group, mod.slug),
            navOrder: navOrder(ui.nav_order, mod.slug),
            hasSettings: Object.keys(p.settings).length > 0,
            children
        };
        ok = [refuse.literal(m, ['module', 'name'], entry.name), refuse.literal(m, at('route_segment'), entry.route), refuse.literal(m, at('nav_label'), entry.navLabel)].every(Boolean) && ok;
        if (ok)
            view.entries.push(entry);
    }
    return view;
}
const fnPart = (slug) => underscore(slug);
const childConst = (slug) => `${fnPart(slug).replace(/[a-z]/g, (c) => c.toUpperCase())}_ADMIN_CHILD_PAGES`;
const childRef = (e) => (e.children.length === 0 ? '&[]' : childConst(e.slug));
const strList = (xs) => (xs.length === 0 ? '&[]' : `&[${xs.map((x) => `"${x}"`).join(', ')}]`);
function renderAdminRegistry(view) {
    let out = 'use leptos::prelude::*;\n';
    out += 'use crate::app::modules::{register_component, register_page, AdminChildPageRegistration, AdminComponentRegistration, AdminPageRegistration, AdminSlot};\n\n';
    out += 'pub fn core_module_slugs() -> &\'static [&\'static str] {\n    &[\n';
    for (const slug of view.core)
        out += `        "${slug}",\n`;
    out += '    ]\n}\n\n';
    for (const e of view.entries) {
        if (e.children.length === 0)
            continue;
        out += `const ${childConst(e.slug)}: &[AdminChildPageRegistration] = &[\n`;
        for (const c of e.children)
            out += `    AdminChildPageRegistration { subpath: "${c.subpath}", title: "${c.title}", nav_label: "${c.navLabel}" },\n`;
        out += '];\n\n';
    }
    out += 'pub fn module_navigation_entries() -> &\'static [super::GeneratedModuleNavigationEntry] {\n    &[\n';
    for (const e of view.entries) {
        out += `        super::GeneratedModuleNavigationEntry { module_slug: "${e.slug}", route_segment: "${e.route}", nav_label: "${e.navLabel}", nav_group: "${e.navGroup}", nav_order: ${e.navOrder}, has_settings: ${e.hasSettings}, child_pages: ${childRef(e)} },\n`;
    }
    out += '    ]\n}\n\n';
    out += 'pub fn module_runtime_metadata(slug: &str) -> Option<super::GeneratedModuleRuntimeMetadata> {\n    match slug {\n';
    for (const d of view.metadata) {
        out += `        "${d.slug}" => Some(super::GeneratedModuleRuntimeMetadata { ownership: "${d.ownership}", trust_level: "${d.trustLevel}", recommended_admin_surfaces: ${strList(d.recommended)}, showcase_admin_surfaces: ${strList(d.showcase)}, settings_schema_json: ${rustDebugString(d.settingsJson)} }),\n`;
    }
    out += '        _ => None,\n    }\n}\n\n';
    out += 'pub fn register_generated_components() {\n';
    view.entries.forEach((e, i) => {
        out += `    register_component(AdminComponentRegistration { id: "${e.slug}-dashboard", module_slug: Some("${e.slug}"), slot: AdminSlot::DashboardSection, order: ${100 + i}, render: render_${fnPart(e.slug)}_dashboard_section });\n`;
        out += `    register_page(AdminPageRegistration { module_slug: "${e.slug}", route_segment: "${e.route}", title: "${e.navLabel}", child_pages: ${childRef(e)}, render: render_${fnPart(e.slug)}_admin_page });\n`;
        out += `    register_component(AdminComponentRegistration { id: "${e.slug}-nav", module_slug: Some("${e.slug}"), slot: AdminSlot::NavItem, order: ${200 + i}, render: render_${fnPart(e.slug)}_nav_item });\n`;
    });
    out += '}\n\n';
    for (const e of view.entries)
        out += renderEntryFns(e);
    return out;
}
function renderEntryFns(e) {
    const component = `${e.crateIdent}::${e.component}`;
    const page = e.slug === 'search' ? 'crate::app::modules::SearchAdminComposition' : component;
    const link = 'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-all hover:bg-accent hover:text-accent-foreground {}';
    return [
        `fn render_${fnPart(e.slug)}_dashboard_section() -> AnyView {`,
        '    view! {',
        '        <section class="rounded-xl border border-border bg-card p-6 shadow-sm">',
        '            <div class="mb-4 flex items-center justify-between gap-3">',
        `                <h3 class="text-lg font-semibold text-card-foreground">"${e.name}"</h3>`,
        `                <span class="inline-flex items-center rounded-full border border-border px-2.5 py-0.5 text-xs font-medium text-muted-foreground">"${e.slug}"</span>`,
        '            </div>',
        `            <${component} />`,
        '        </section>',
        '    }',
        '    .into_any()',
        '}',
        '',
        `fn render_${fnPart(e.slug)}_admin_page() -> AnyView {`,
        '    view! {',
        `        <${page} />`,
        '    }',
        '    .into_any()',
        '}',
        '',
        `fn render_${fnPart(e.slug)}_nav_item() -> AnyView {`,
        '    use leptos_router::components::A;',
        '    use leptos_router::hooks::use_location;',
        '',
        '    let location = use_location();',
        `    let is_active = move || location.pathname.get().starts_with("/modules/${e.route}");`,
        '',
        '    view! {',
        '        <A',
        `            href="/modules/${e.route}"`,
        '            attr:class=move || format!(',
        `                "${link}",`,
        '                if is_active() { "bg-accent text-accent-foreground shadow-sm" } else { "text-muted-foreground" }',
        '            )',
        '        >',
        '            <svg class="h-4 w-4 shrink-0" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2">',
        '                <path stroke-linecap="round" stroke-linejoin="round" d="M4 7h16M4 12h16M4 17h10" />',
        '            </svg>',
        `            "${e.navLabel}"`,
        '        </A>',
        '    }',
        '    .into_any()',
        '}',
        '',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/core/codegen/rustok/server.ts

function qualify(crate, value) {
    const v = value?.trim();
    if (!v)
        return null;
    return `${underscore(crate)}::${v.startsWith('crate::') ? v.slice('crate::'.length) : v}`;
}
function inferModule(crate, lib) {
    if (lib === null)
        return null;
    const marker = 'impl RusToKModule for ';
    const at = lib.indexOf(marker);
    if (at < 0)
        return null;
    const ident = /^[A-Za-z0-9_]*/.exec(lib.slice(at + marker.length))[0];
    return ident ? `${underscore(crate)}::${ident}` : null;
}
function serverEntries(input, modules) {
    return modules
        .filter((m) => !m.entry.required)
        .map((m) => {
        const crate = m.entry.crate;
        const p = manifestOf(m);
        const stem = pascalCase(m.slug);
        const ident = underscore(crate);
        const has = (f) => fileText(input, m.dir, f) !== null;
        const probedGraphql = p === null && m.dir !== null && (has('src/graphql/mod.rs') || has('src/graphql.rs'));
        const g = p?.provides?.graphql;
        const h = p?.provides?.http;
        const call = (v) => (v === null ? null : `${v}(runtime)`);
        return {
            feature: `mod-${m.slug}`,
            module: qualify(crate, p?.crate?.entry_type) ?? inferModule(crate, fileText(input, m.dir, 'src/lib.rs')) ?? (p === null ? `${ident}::${stem}Module` : null),
            query: qualify(crate, g?.query) ?? (probedGraphql ? `${ident}::graphql::${stem}Query` : null),
            mutation: qualify(crate, g?.mutation) ?? (probedGraphql ? `${ident}::graphql::${stem}Mutation` : null),
            subscription: qualify(crate, g?.subscription),
            factory: qualify(crate, g?.runtime_data_factory),
            router: call(qualify(crate, h?.axum_router)),
            webhookRouter: call(qualify(crate, h?.axum_webhook_router))
        };
    });
}
const gated = (feature, statement) => `    #[cfg(feature = "${feature}")]\n    {\n        ${statement}\n    }\n`;
function renderModulesRegistry(entries) {
    let out = '#[allow(unused_mut)]\npub fn register_optional_modules(mut registry: rustok_core::ModuleRegistry) -> rustok_core::ModuleRegistry {\n';
    for (const e of entries)
        if (e.module !== null)
            out += gated(e.feature, `registry = registry.register(${e.module});`);
    return out + '    registry\n}\n';
}
function merged(derive, name, items) {
    if (items.length === 0)
        return `#[derive(${derive}, Default)]\npub struct ${name}();\n`;
    return `#[derive(${derive}, Default)]\npub struct ${name}(\n${items.map(([f, e]) => `    #[cfg(feature = "${f}")] ${e},\n`).join('')});\n`;
}
function renderGraphqlSchema(entries) {
    const pick = (k) => entries.flatMap((e) => (e[k] === null ? [] : [[e.feature, e[k]]]));
    const schema = 'async_graphql::SchemaBuilder<super::Query, super::Mutation, super::Subscription>';
    let out = 'use async_graphql::{MergedObject, MergedSubscription};\n\n';
    out += merged('MergedObject', 'OptionalModuleQuery', pick('query')) + '\n';
    out += merged('MergedObject', 'OptionalModuleMutation', pick('mutation'));
    out += '\n' + merged('MergedSubscription', 'OptionalModuleSubscription', pick('subscription'));
    out += '\n/// Runtime-data factories declared by installed capability manifests.\n';
    out += 'pub const MODULE_GRAPHQL_RUNTIME_DATA_FACTORIES: &[&str] = &[\n';
    for (const e of entries)
        if (e.factory !== null)
            out += `    "${e.factory}",\n`;
    out += '];\n';
    out += `\npub fn attach_module_graphql_data(\n    mut builder: ${schema},\n    inputs: &rustok_api::graphql::GraphqlRuntimeInputs,\n) -> Result<${schema}, String> {\n`;
    for (const e of entries)
        if (e.factory !== null)
            out += gated(e.feature, `builder = builder.data(${e.factory}(inputs)?);`);
    return out + '    Ok(builder)\n}\n';
}
function renderAppRoutes(entries) {
    let out = '#[allow(unused_mut, unused_variables)]\npub fn append_optional_module_axum_routers(\n    mut router: axum::Router,\n    runtime: &rustok_api::HostRuntimeContext,\n) -> anyhow::Result<axum::Router> {\n';
    for (const e of entries) {
        if (e.router !== null)
            out += gated(e.feature, `router = router.merge(${e.router}?);`);
        if (e.webhookRouter !== null)
            out += gated(e.feature, `router = router.merge(${e.webhookRouter}?);`);
    }
    return out + '    Ok(router)\n}\n';
}

;// CONCATENATED MODULE: ./src/core/codegen/rustok/storefront.ts

const SLOTS = {
    header_navigation: 'HeaderNavigation',
    header_actions: 'HeaderActions',
    home_after_hero: 'HomeAfterHero',
    home_after_catalog: 'HomeAfterCatalog',
    home_before_footer: 'HomeBeforeFooter',
    footer_navigation: 'FooterNavigation',
    checkout_payment_handoff: 'CheckoutPaymentHandoff',
    checkout_result_handoff: 'CheckoutResultHandoff',
    checkout_shipping_handoff: 'CheckoutShippingHandoff'
};
const CLIENT_ONLY_STOREFRONT = 'pub fn register_generated_components() {}\n';
const RUST_PATH = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*$/;
function storefrontEntries(modules, cargoToml, refuse) {
    const out = [];
    for (const m of modules) {
        const p = manifestOf(m);
        const ui = p?.provides?.storefront_ui;
        if (!p || ui?.leptos_crate === undefined)
            continue;
        const crate = ui.leptos_crate;
        if (!cargoToml.includes(`${crate} =`) && !cargoToml.includes(`"${crate}"`))
            continue;
        const slug = p.module.slug;
        const at = (...k) => ['provides', 'storefront_ui', ...k];
        let ok = true;
        const slotOf = (raw, path) => {
            const s = raw?.trim() || 'home_after_hero';
            if (Object.hasOwn(SLOTS, s))
                return SLOTS[s];
            refuse.refuse(m, path, `Module '${slug}' declares unsupported storefront slot \`${s}\``, `Use one of ${Object.keys(SLOTS).join(', ')}.`);
            ok = false;
            return '';
        };
        const ids = new Set();
        const components = ui.components.map((c, i) => {
            const id = c.id.trim();
            const path = c.component.trim();
            if (id === '' || path === '') {
                refuse.refuse(m, at('components', i), `Module '${slug}' storefront component ${id === '' ? 'id' : `'${id}' Rust component`} must not be empty`, 'Fill in `id` and `component`.');
                ok = false;
            }
            else if (ids.has(id)) {
                refuse.refuse(m, at('components', i, 'id'), `Module '${slug}' declares duplicate storefront component id '${id}'`, 'Give every component its own id.');
                ok = false;
            }
            else if (!RUST_PATH.test(path)) {
                refuse.refuse(m, at('components', i, 'component'), `Module '${slug}' declares invalid storefront Rust component '${path}'`, 'Write a Rust path such as `BlogTeaser` or `widgets::BlogTeaser`.');
                ok = false;
            }
            ids.add(id);
            ok = refuse.literal(m, at('components', i, 'id'), id) && ok;
            return { id, path, slot: slotOf(c.slot, at('components', i, 'slot')), order: c.order ?? 1000 + i };
        });
        const entry = {
            slug,
            crateIdent: underscore(crate),
            component: `${pascalCase(slug)}View`,
            slot: slotOf(ui.slot, at('slot')),
            route: ui.route_segment ?? slug,
            title: ui.page_title ?? p.module.name,
            components
        };
        ok = [refuse.literal(m, ['module', 'slug'], slug), refuse.literal(m, at('route_segment'), entry.route), refuse.literal(m, at('page_title'), entry.title)].every(Boolean) && ok;
        if (components.some((c) => c.order < 0)) {
            refuse.refuse(m, at('components'), `Module '${slug}' has a storefront component with a negative order; RusToK reads it as usize`, 'Use 0 or a positive number.');
            ok = false;
        }
        if (ok)
            out.push(entry);
    }
    return out;
}
const fragment = (s) => [...s].map((ch) => (/^[A-Za-z0-9]$/.test(ch) ? ch.toLowerCase() : '_')).join('');
const viewFn = (slug) => `render_${underscore(slug)}_storefront_view`;
const componentFn = (slug, id) => `render_${fragment(slug)}_${fragment(id)}_storefront_component`;
const render = (name, path) => `fn ${name}() -> AnyView {\n    view! {\n        <${path} />\n    }\n    .into_any()\n}\n\n`;
const SPECIAL = { search: 'crate::modules::SearchStorefrontComposition', forum: 'crate::modules::ForumStorefrontComposition' };
function renderStorefrontUi(entries) {
    let out = 'use leptos::prelude::*;\n';
    out += 'use crate::modules::{register_component, register_page, StorefrontComponentRegistration, StorefrontPageRegistration, StorefrontSlot};\n\n';
    out += 'pub fn register_generated_components() {\n';
    entries.forEach((e, i) => {
        out += `    register_component(StorefrontComponentRegistration { id: "${e.slug}-slot", module_slug: Some("${e.slug}"), slot: StorefrontSlot::${e.slot}, order: ${100 + i}, render: ${viewFn(e.slug)} });\n`;
        out += `    register_page(StorefrontPageRegistration { module_slug: "${e.slug}", route_segment: "${e.route}", title: "${e.title}", render: ${viewFn(e.slug)} });\n`;
        for (const c of e.components) {
            out += `    register_component(StorefrontComponentRegistration { id: "${c.id}", module_slug: Some("${e.slug}"), slot: StorefrontSlot::${c.slot}, order: ${c.order}, render: ${componentFn(e.slug, c.id)} });\n`;
        }
    });
    out += '}\n\n';
    for (const e of entries) {
        out += render(viewFn(e.slug), Object.hasOwn(SPECIAL, e.slug) ? SPECIAL[e.slug] : `${e.crateIdent}::${e.component}`);
        for (const c of e.components)
            out += render(componentFn(e.slug, c.id), `${e.crateIdent}::${c.path}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/codegen/rustok/index.ts






const PRESET_SIGNAL_FILE = 'apps/server/build.rs';
const SIGNAL = ['modules_registry_codegen.rs', 'graphql_schema_codegen.rs', 'app_routes_codegen.rs'];
function presetFor(serverBuildScript) {
    return serverBuildScript !== null && SIGNAL.every((f) => serverBuildScript.includes(f)) ? 'rustok' : 'default';
}
function planRustok(input) {
    const { config } = input;
    const modules = rustokModules(input);
    const refuse = new Refusals();
    const on = (k) => config.codegen[constants/* RUSTOK_OUTPUTS */._s[k].app].enabled;
    const body = {};
    if (config.codegen.server.enabled) {
        const entries = serverEntries(input, modules);
        body.server_registry = renderModulesRegistry(entries);
        body.server_graphql = renderGraphqlSchema(entries);
        body.server_routes = renderAppRoutes(entries);
    }
    if (config.codegen.admin.enabled)
        body.admin_registry = renderAdminRegistry(adminView(modules, refuse));
    if (config.codegen.storefront.enabled) {
        const cargo = input.files.get(config.codegen.storefront.cargo_toml) ?? '';
        body.storefront_ui = renderStorefrontUi(storefrontEntries(modules, cargo, refuse));
        body.storefront_ui_client = CLIENT_ONLY_STOREFRONT;
    }
    if (refuse.diagnostics.length)
        return { files: [], diagnostics: refuse.diagnostics };
    const files = constants/* RUSTOK_OUTPUT_KEYS */.cL.filter(on).map((key) => ({ key, path: config.codegen.rustok[key], content: `${input.header}\n${body[key]}` }));
    return { files, diagnostics: [] };
}


/***/ }),

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ preexistingLine),
/* harmony export */   aS: () => (/* binding */ splitByOrigin),
/* harmony export */   at: () => (/* binding */ firstDifference),
/* harmony export */   lf: () => (/* binding */ lf)
/* harmony export */ });
const lf = (text) => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text);
function firstDifference(have, want) {
    const a = have.split('\n');
    const b = want.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return Math.min(i + 1, a.length);
}
const findingKey = (d) => `${d.severity}\0${d.rule}\0${d.file}\0${d.message}`;
function splitByOrigin(before, after) {
    const had = new Set(before.map(findingKey));
    const preexisting = [];
    const introduced = [];
    for (const d of after)
        (had.has(findingKey(d)) ? preexisting : introduced).push(d);
    return { preexisting, introduced };
}
function preexistingLine(preexisting) {
    if (!preexisting.length)
        return null;
    const e = preexisting.filter((d) => d.severity === 'error').length;
    const w = preexisting.length - e;
    const parts = [e ? `${e} error${e === 1 ? '' : 's'}` : '', w ? `${w} warning${w === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    return `${preexisting.length} finding${preexisting.length === 1 ? '' : 's'} (${parts}) existed before this change`;
}


/***/ }),

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);


const NO_FILE = '<document>';
function canonicalJson(value, file = NO_FILE) {
    const sorted = sortedForStringify(value, 0);
    if (sorted !== SLOW)
        return JSON.stringify(sorted);
    const first = containerOrScalar(value, value, file);
    if (typeof first === 'string')
        return first;
    const out = [];
    const frames = [open(first, out)];
    while (frames.length > 0) {
        const f = frames[frames.length - 1];
        let child = null;
        while (f.next < f.size && child === null) {
            const i = f.next++;
            const sep = i > 0 ? ',' : '';
            let v;
            if (f.keys === null) {
                if (sep)
                    out.push(sep);
                v = f.container[i];
            }
            else {
                const key = f.keys[i];
                out.push(sep + JSON.stringify(key) + ':');
                v = f.container[key];
            }
            const c = containerOrScalar(v, value, file);
            if (typeof c === 'string')
                out.push(c);
            else
                child = c;
        }
        if (child !== null)
            frames.push(open(child, out));
        else {
            out.push(f.keys === null ? ']' : '}');
            frames.pop();
        }
    }
    return out.join('');
}
const SLOW = Symbol('slow');
function sortedForStringify(v, depth) {
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return v;
        case 'number':
            return Number.isFinite(v) ? v : SLOW;
        case 'object':
            break;
        default:
            return SLOW;
    }
    if (depth > MAX_FAST_DEPTH || typeof v.toJSON === 'function')
        return SLOW;
    if (Array.isArray(v)) {
        let copy = null;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            const y = sortedForStringify(x, depth + 1);
            if (y === SLOW)
                return SLOW;
            if (y !== x)
                (copy ??= v.slice())[i] = y;
        }
        return copy ?? v;
    }
    if (!(0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
        return SLOW;
    const keys = Object.keys(v);
    let ordered = true;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const c = k.charCodeAt(0);
        if ((c >= 48 && c <= 57) || k === '__proto__')
            return SLOW;
        if (i > 0 && keys[i - 1] > k)
            ordered = false;
    }
    if (!ordered)
        keys.sort();
    let copy = ordered ? null : {};
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const x = v[k];
        const y = sortedForStringify(x, depth + 1);
        if (y === SLOW)
            return SLOW;
        if (copy === null && y !== x) {
            copy = {};
            for (let j = 0; j < i; j++)
                copy[keys[j]] = v[keys[j]];
        }
        if (copy !== null)
            copy[k] = y;
    }
    return copy ?? v;
}
const MAX_FAST_DEPTH = 200;
function open(container, out) {
    if (Array.isArray(container)) {
        out.push('[');
        return { container, keys: null, size: container.length, next: 0 };
    }
    out.push('{');
    const keys = Object.keys(container).sort();
    return { container, keys, size: keys.length, next: 0 };
}
function containerOrScalar(v, root, file) {
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
            if (Number.isFinite(v))
                return JSON.stringify(v);
            throw notHashable(root, file, 'TOML nan/inf has no JSON form', 'Use a finite number (or a string such as "inf").');
        case 'bigint':
            return v.toString();
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object':
            if (v instanceof Date)
                return JSON.stringify(dateText(v, root, file));
            if (Array.isArray(v))
                return v;
            if ((0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
                return v;
            break;
    }
    throw notHashable(root, file, 'it is not a TOML value', 'Only parsed TOML documents can be hashed.');
}
function dateText(d, root, file) {
    if (!Number.isNaN(d.getTime())) {
        try {
            return d.toISOString();
        }
        catch {
        }
    }
    throw notHashable(root, file, 'the date is invalid', 'Write a valid RFC 3339 date or time.');
}
function notHashable(root, file, why, hint) {
    const path = findUnhashable(root);
    const where = path === null ? 'a value' : path.length === 0 ? 'the document' : formatPath(path);
    return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo([(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'invalid-value', file, null, `${where} cannot be hashed: ${why}`, hint)]);
}
function isUnhashableLeaf(v) {
    if (typeof v === 'number')
        return !Number.isFinite(v);
    if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean')
        return false;
    if (v instanceof Date) {
        if (Number.isNaN(v.getTime()))
            return true;
        try {
            v.toISOString();
            return false;
        }
        catch {
            return true;
        }
    }
    return !Array.isArray(v) && !(0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v);
}
function findUnhashable(root) {
    const stack = [[root, []]];
    while (stack.length > 0) {
        const [v, p] = stack.pop();
        if (isUnhashableLeaf(v))
            return p;
        if (Array.isArray(v))
            v.forEach((x, i) => stack.push([x, [...p, String(i)]]));
        else if ((0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v))
            for (const k of Object.keys(v))
                stack.push([v[k], [...p, k]]);
    }
    return null;
}
function formatPath(path) {
    return path.map(formatKey).join('.');
}
function formatKey(key) {
    return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}


/***/ }),

/***/ 2159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ scanArray),
/* harmony export */   MG: () => (/* binding */ scanStatements),
/* harmony export */   bX: () => (/* binding */ stringAt)
/* harmony export */ });
/* harmony import */ var _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9213);

const scanError = (message) => new _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4('edit-verification-failed', message);
const isSpace = (c) => c === ' ' || c === '\t';
const isBare = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
function scanStatements(s) {
    const out = [];
    let table = [];
    let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
        i = skipVoid(s, i);
        if (i >= s.length)
            return out;
        const lineStart = s.lastIndexOf('\n', i - 1) + 1;
        if (s[i] === '[') {
            const array = s[i + 1] === '[';
            i += array ? 2 : 1;
            const key = readKey(s, i);
            i = skipSpaces(s, key.end);
            if (s[i] !== ']' || (array && s[i + 1] !== ']'))
                throw scanError(`unexpected character at offset ${i} in a table header`);
            i += array ? 2 : 1;
            const lineEnd = toLineEnd(s, i);
            table = key.segments;
            out.push({ kind: 'header', path: key.segments, array, lineStart, lineEnd });
            i = lineEnd;
            continue;
        }
        const key = readKey(s, i);
        let j = skipSpaces(s, key.end);
        if (s[j] !== '=')
            throw scanError(`expected '=' at offset ${j}`);
        j = skipSpaces(s, j + 1);
        const valueEnd = skipValue(s, j);
        const lineEnd = toLineEnd(s, valueEnd);
        out.push({ kind: 'keyval', path: [...table, ...key.segments], table, lineStart, keyStart: i, keyEnd: key.end, valueStart: j, valueEnd, lineEnd });
        i = lineEnd;
    }
}
function scanArray(s, open) {
    if (s[open] !== '[')
        throw scanError(`no array at offset ${open}`);
    const elements = [];
    let i = open + 1;
    for (;;) {
        i = skipVoid(s, i);
        if (i >= s.length)
            throw scanError('unterminated array');
        if (s[i] === ']')
            return { open, close: i, elements };
        const start = i;
        const end = skipValue(s, i);
        i = skipVoid(s, end);
        let comma = -1;
        if (s[i] === ',') {
            comma = i;
            i++;
        }
        else if (s[i] !== ']')
            throw scanError(`expected ',' or ']' at offset ${i}`);
        elements.push({ start, end, comma });
    }
}
function stringAt(s, start, end) {
    const q = s[start];
    if ((q !== '"' && q !== "'") || s[end - 1] !== q || end - start < 2)
        return null;
    if (s.startsWith(q.repeat(3), start))
        return null;
    return q === "'" ? s.slice(start + 1, end - 1) : decodeBasic(s.slice(start + 1, end - 1));
}
function skipSpaces(s, i) {
    while (isSpace(s[i]))
        i++;
    return i;
}
function skipVoid(s, i) {
    for (;;) {
        const c = s[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            i++;
        else if (c === '#') {
            const eol = s.indexOf('\n', i);
            i = eol < 0 ? s.length : eol + 1;
        }
        else
            return i;
    }
}
function toLineEnd(s, i) {
    i = skipSpaces(s, i);
    if (s[i] === '#') {
        const eol = s.indexOf('\n', i);
        return eol < 0 ? s.length : eol + 1;
    }
    if (i >= s.length)
        return i;
    if (s[i] === '\n')
        return i + 1;
    if (s[i] === '\r' && s[i + 1] === '\n')
        return i + 2;
    throw scanError(`unexpected character at offset ${i} after a statement`);
}
function readKey(s, i) {
    const segments = [];
    for (;;) {
        i = skipSpaces(s, i);
        const c = s[i];
        if (c === '"' || c === "'") {
            const end = skipString(s, i);
            const v = stringAt(s, i, end);
            if (v === null)
                throw scanError(`malformed quoted key at offset ${i}`);
            segments.push(v);
            i = end;
        }
        else {
            const start = i;
            while (i < s.length && isBare(s[i]))
                i++;
            if (i === start)
                throw scanError(`expected a key at offset ${i}`);
            segments.push(s.slice(start, i));
        }
        const j = skipSpaces(s, i);
        if (s[j] !== '.')
            return { segments, end: i };
        i = j + 1;
    }
}
function skipString(s, i) {
    const q = s[i];
    const triple = q.repeat(3);
    if (s.startsWith(triple, i)) {
        let j = i + 3;
        for (;;) {
            if (j >= s.length)
                throw scanError('unterminated multi-line string');
            if (q === '"' && s[j] === '\\')
                j += 2;
            else if (s.startsWith(triple, j)) {
                j += 3;
                if (s[j] === q)
                    j++;
                if (s[j] === q)
                    j++;
                return j;
            }
            else
                j++;
        }
    }
    let j = i + 1;
    for (;;) {
        const c = s[j];
        if (c === undefined || c === '\n')
            throw scanError('unterminated string');
        if (c === q)
            return j + 1;
        j += c === '\\' && q === '"' ? 2 : 1;
    }
}
function skipValue(s, i) {
    const c = s[i];
    if (c === '"' || c === "'")
        return skipString(s, i);
    if (c === '[')
        return scanArray(s, i).close + 1;
    if (c === '{') {
        i++;
        for (;;) {
            i = skipVoid(s, i);
            if (s[i] === '}')
                return i + 1;
            const key = readKey(s, i);
            i = skipSpaces(s, key.end);
            if (s[i] !== '=')
                throw scanError(`expected '=' at offset ${i}`);
            i = skipValue(s, skipSpaces(s, i + 1));
            i = skipVoid(s, i);
            if (s[i] === ',')
                i++;
            else if (s[i] !== '}')
                throw scanError(`expected ',' or '}' at offset ${i}`);
        }
    }
    let j = i;
    while (j < s.length && !',]}#\r\n'.includes(s[j]))
        j++;
    while (j > i && isSpace(s[j - 1]))
        j--;
    if (j === i)
        throw scanError(`expected a value at offset ${i}`);
    return j;
}
const SHORT_ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
function decodeBasic(body) {
    let out = '';
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            i++;
            continue;
        }
        const e = body[i + 1] ?? '';
        if (SHORT_ESCAPES[e] !== undefined) {
            out += SHORT_ESCAPES[e];
            i += 2;
            continue;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = body.slice(i + 2, i + 2 + len);
        if (len === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
            return null;
        const cp = Number.parseInt(hex, 16);
        if (cp > 0x10ffff)
            return null;
        out += String.fromCodePoint(cp);
        i += 2 + len;
    }
    return out;
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ tomlString),
/* harmony export */   MS: () => (/* binding */ tomlValue),
/* harmony export */   _g: () => (/* binding */ loadForEdit),
/* harmony export */   eE: () => (/* binding */ sameValue),
/* harmony export */   kP: () => (/* binding */ verifyEdit),
/* harmony export */   m8: () => (/* binding */ tomlKey),
/* harmony export */   vA: () => (/* binding */ scanForEdit),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4882);
/* harmony import */ var _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9213);
/* harmony import */ var _toml_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2159);




function loadForEdit(text, file) {
    let data;
    try {
        data = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file);
    }
    catch (err) {
        if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo)
            return err.diagnostics;
        throw err;
    }
    const stmts = scanForEdit(text, file);
    if (!Array.isArray(stmts))
        return [stmts];
    return { file, text, data, stmts, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
function scanForEdit(text, file) {
    try {
        return (0,_toml_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanStatements */ .MG)(text);
    }
    catch (err) {
        if (err instanceof _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4 && err.rule === 'edit-verification-failed')
            return refusal(file, `its layout could not be read (${err.message})`);
        throw err;
    }
}
function tomlString(s) {
    const short = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (short[ch] !== undefined)
            out += short[ch];
        else if (cp < 0x20 || cp === 0x7f || cp === 0xfffd || (cp >= 0xd800 && cp <= 0xdfff))
            out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
const tomlKey = (k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k));
function tomlValue(v) {
    if (typeof v === 'string')
        return tomlString(v);
    if (typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v)))
        return String(v);
    if (Array.isArray(v)) {
        const items = v.map(tomlValue);
        return items.includes(null) ? null : `[${items.join(', ')}]`;
    }
    if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(v)) {
        const items = Object.entries(v).map(([k, x]) => {
            const s = tomlValue(x);
            return s === null ? null : `${tomlKey(k)} = ${s}`;
        });
        if (items.includes(null))
            return null;
        return items.length ? `{ ${items.join(', ')} }` : '{}';
    }
    return null;
}
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'number' && typeof b === 'number')
        return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    if (a instanceof Date || b instanceof Date) {
        return a instanceof Date && b instanceof Date && a.constructor === b.constructor && a.toISOString() === b.toISOString();
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    }
    if ((0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(a) && (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
    }
    return false;
}
function refusal(file, why) {
    return (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'edit-verification-failed', file, null, `${file} was not edited: ${why}; nothing was written`, 'Make the change by hand, or report the file layout as an issue of modules-rebuild.');
}
function verifyEdit(file, text, intended) {
    let data;
    try {
        data = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(text, file);
    }
    catch (err) {
        if (err instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .DiagnosticError */ .uo)
            return { ok: false, diagnostics: [refusal(file, `the edited text does not parse (${err.diagnostics[0]?.message ?? 'invalid TOML'})`)] };
        throw err;
    }
    if (!sameValue(data, intended))
        return { ok: false, diagnostics: [refusal(file, 'the edited text does not parse to the intended document')] };
    return { ok: true, data };
}


/***/ })

};
;