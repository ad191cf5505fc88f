export const id = 345;
export const ids = [345];
export const modules = {

<<<<<<< HEAD
=======
/***/ 7830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ob: () => (/* binding */ EMBED_FEATURES),
  H7: () => (/* binding */ cargoArgsFor),
  AJ: () => (/* binding */ gatesModules),
  w2: () => (/* binding */ planAppFeatures)
});

// UNUSED EXPORTS: appModules

// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/manifest/document.ts + 1 modules
var manifest_document = __webpack_require__(3885);
// EXTERNAL MODULE: ./src/manifest/shape.ts
var shape = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/manifest/toml.ts
var toml = __webpack_require__(7429);
;// CONCATENATED MODULE: ./src/codegen/declarations.ts



function checkDeclarations(input) {
    const { app, file, doc, prefix } = input;
    const out = [];
    const err = (path, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', 'feature-declaration', file, (0,shape/* locate */.x5)(doc, path), message, hint));
    const table = (0,toml/* isTable */.bI)(doc.data.features) ? doc.data.features : {};
    const deps = (0,toml/* isTable */.bI)(doc.data.dependencies) ? doc.data.dependencies : {};
    const declared = (f) => Object.hasOwn(table, f);
    const undeclared = input.features.filter((f) => !f.includes('/') && !declared(f));
    if (undeclared.length) {
        const bySlug = new Map(input.modules.map((x) => [prefix + x.slug, x.crate]));
        const example = undeclared.map((f) => (bySlug.has(f) ? `${f} = ["dep:${bySlug.get(f)}"]` : `${f} = []`))[0];
        err(['features'], `${file} does not declare ${undeclared.length === 1 ? 'the feature' : `${undeclared.length} features`} the ${app} build selects: ${undeclared.join(', ')}`, `cargo refuses undeclared features; declare ${undeclared.length === 1 ? 'it' : 'each'} under [features], e.g. \`${example}\`.`);
    }
    if (!input.managed)
        return out;
    const byCrate = dependencyIndex(deps);
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
        else if (!dep.optional)
            err(['dependencies', dep.key], `Module '${x.slug}': dependency ${dep.key} is not optional, so ${feature} cannot switch it off`, 'Add `optional = true` to the dependency.');
        if (!declared(feature))
            continue; // reported above
        const value = table[feature];
        const items = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
        const want = [`dep:${dep?.key ?? x.crate}`];
        if (app === 'server')
            want.push(...x.depends_on.filter((d) => input.modules.some((o) => o.slug === d && !o.required)).map((d) => prefix + d));
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
/** [dependencies] by crate name (the key, or `package = "<crate>"` when renamed); the first entry wins. */
function dependencyIndex(deps) {
    const index = new Map();
    for (const [key, v] of Object.entries(deps)) {
        const pkg = (0,toml/* isTable */.bI)(v) && typeof v.package === 'string' ? v.package : key;
        if (!index.has(pkg))
            index.set(pkg, { key, optional: (0,toml/* isTable */.bI)(v) && v.optional === true });
    }
    return index;
}

;// CONCATENATED MODULE: ./src/codegen/region.ts
/**
 * The managed region of a Cargo.toml (GENERATED.md §6): the lines strictly between
 *
 *     # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)
 *     # END modules-rebuild managed features
 *
 * inside `[features] default = [...]`. Only those lines are replaced; every other byte of the file
 * stays as it is (a CRLF file stays CRLF). The region is never inserted automatically.
 */


const BEGIN_MARKER = '# BEGIN modules-rebuild managed features';
const END_MARKER = '# END modules-rebuild managed features';
const BEGIN_LINE = (/* unused pure expression or super */ null && (`${BEGIN_MARKER} (generated from modules.toml; do not edit)`));
/** Splits after each LF, keeping the terminators, so joining the parts gives the text back. */
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
const isMarker = (line, marker) => body(line).trim().startsWith(marker);
/** Finds the marker lines (matched after trimming white space). */
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
/** The text with the region's lines replaced by one `"<item>",` line per item. */
function replaceRegion(region, items) {
    const { lines, begin, end, indent, eol } = region;
    const inner = items.map((f) => `${indent}${JSON.stringify(f)},${eol}`);
    return [...lines.slice(0, begin + 1), ...inner, ...lines.slice(end)].join('');
}
const PROBE = 'modules-rebuild-region-probe';
/**
 * null when the region sits inside `[features] default` (checked by writing a probe item into it
 * and parsing the result), else what is wrong. A file that is not TOML throws DiagnosticError.
 */
function regionPlacementProblem(region, file) {
    let data;
    try {
        data = (0,toml/* parseToml */.MT)(replaceRegion(region, [PROBE]), file);
    }
    catch (err) {
        if (!(err instanceof diagnostic/* DiagnosticError */.uo))
            throw err;
        // The file parses without the probe (the caller checked) but not with it: the markers are
        // somewhere an array item cannot go.
        return 'has its markers outside an array, so no feature can be written between them';
    }
    const features = data.features;
    const list = (0,toml/* isTable */.bI)(features) ? features.default : undefined;
    if (!Array.isArray(list) || !list.includes(PROBE))
        return 'has its markers outside `[features] default = [...]`';
    return null;
}

;// CONCATENATED MODULE: ./src/codegen/features.ts






const EMBED_FEATURES = ['embed-admin', 'embed-storefront'];
/** The modules whose feature the app's generated code gates, with the crate the feature pulls in. */
function appModules(app, m, packages, order) {
    const out = [];
    for (const slug of order) {
        const e = m.modules[slug];
        const provides = packages.get(slug)?.manifest.provides;
        const crate = app === 'server' ? e.crate : app === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate;
        if (crate !== undefined)
            out.push({ slug, crate, required: e.required, depends_on: e.depends_on });
    }
    return out;
}
const cargoArgsFor = (features) => (features.length ? ['--no-default-features', '--features', features.join(',')] : ['--no-default-features']);
function planAppFeatures(input) {
    const { app, manifest: m, config } = input;
    const a = config.codegen[app];
    const file = a.cargo_toml;
    const prefix = config.codegen.feature_prefix;
    const noDrift = { missing: [], unexpected: [] };
    if (!a.enabled)
        return { set: { enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: noDrift }, file: null, diagnostics: [] };
    const gated = gatesModules(app, a.gate, prefix, input.cargoText);
    const modules = gated ? appModules(app, m, input.packages, input.order) : [];
    const moduleFeatures = modules.filter((x) => !x.required).map((x) => prefix + x.slug);
    const embed = app === 'server' ? EMBED_FEATURES.filter((f) => (f === 'embed-admin' ? m.build.server.embed_admin : m.build.server.embed_storefront)) : [];
    const features = [...new Set([...config.features.base_features[app], ...embed, ...moduleFeatures])];
    // An app that does not gate modules keeps its own default features: nothing to pass to cargo.
    const cargoArgs = gated || features.length ? cargoArgsFor(features) : [];
    const flags = { enabled: true, gated, mode: 'flags', features, cargoArgs, drift: noDrift };
    const out = [];
    if (input.cargoText === null) {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'io-error', file, null, `${file} does not exist, so the ${app} app's module features cannot be checked`, `Create it, point \`[codegen.${app}] cargo_toml\` of modules-rebuild.toml at the app's Cargo.toml, or set \`[codegen.${app}] enabled = false\`.`));
        return { set: flags, file: null, diagnostics: out };
    }
    let doc;
    try {
        doc = (0,manifest_document/* readDocument */.u)(file, input.cargoText);
    }
    catch (err) {
        if (!(err instanceof diagnostic/* DiagnosticError */.uo))
            throw err;
        return { set: flags, file: null, diagnostics: err.diagnostics };
    }
    const mode = config.features.mode;
    const region = mode === 'flags' ? { kind: 'absent' } : findRegion(input.cargoText);
    const markersHint = `Put these two lines inside \`default = [ … ]\` of [features] (GENERATED.md §6):\n    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features`;
    let effective = doc.data;
    let planned = null;
    if (region.kind === 'broken') {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, region.line === null ? null : { line: region.line, column: 1 }, `${file} ${region.problem}`, markersHint));
        return { set: { ...flags, mode: 'managed', cargoArgs: [] }, file: null, diagnostics: out };
    }
    if (region.kind === 'absent' && mode === 'managed') {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, (0,shape/* locate */.x5)(doc, ['features', 'default']), `${file} has no managed-features markers, but [features] mode = "managed"`, `${markersHint}\nOr set [features] mode = "flags" in modules-rebuild.toml.`));
        return { set: { ...flags, mode: 'managed', cargoArgs: [] }, file: null, diagnostics: out };
    }
    if (region.kind === 'found') {
        const problem = regionPlacementProblem(region, file);
        if (problem) {
            out.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-feature-markers', file, { line: region.begin + 1, column: 1 }, `${file} ${problem}`, markersHint));
            return { set: { ...flags, mode: 'managed', cargoArgs: [] }, file: null, diagnostics: out };
        }
        const content = replaceRegion(region, features);
        planned = { path: file, content };
        try {
            effective = (0,toml/* parseToml */.MT)(content, file);
        }
        catch (err) {
            // The rewritten file breaks a limit (e.g. more features than one array may hold).
            if (!(err instanceof diagnostic/* DiagnosticError */.uo))
                throw err;
            return { set: { ...flags, mode: 'managed', cargoArgs: [] }, file: null, diagnostics: [...out, ...err.diagnostics] };
        }
    }
    const managed = region.kind === 'found';
    const severity = config.allow_dirty.includes('features') ? 'warning' : 'error';
    const table = featuresTable(effective);
    const defaults = Array.isArray(table.default) ? table.default.map((v) => (typeof v === 'string' ? v : '')) : [];
    const considered = (f) => f.startsWith(prefix) || (app === 'server' && EMBED_FEATURES.includes(f));
    const selected = new Set(features);
    const missing = [...embed, ...moduleFeatures].filter((f) => !defaults.includes(f));
    const unexpected = [];
    // Locations refer to the file as it is now (the rewrite only changes lines inside the region).
    const original = featuresTable(doc.data).default;
    const inRegion = (line) => region.kind === 'found' && line > region.begin + 1 && line <= region.end + 1;
    const at = (f) => {
        const indices = Array.isArray(original) ? original.flatMap((v, j) => (v === f ? [j] : [])) : [];
        const locs = indices.map((j) => (0,shape/* locate */.x5)(doc, ['features', 'default', j]));
        return locs.find((l) => l && !inRegion(l.line)) ?? (0,shape/* locate */.x5)(doc, ['features', 'default']);
    };
    defaults.forEach((f) => {
        if (!considered(f) || selected.has(f))
            return;
        unexpected.push(f);
        out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-drift', file, at(f), `[features] default enables ${f}, but modules.toml does not select it: ${whyNot(app, f, prefix, m)}`, `Remove "${f}" from default${managed ? ' (it is outside the managed region, which modules-rebuild maintains)' : ''}.`));
    });
    if (missing.length) {
        const notes = [];
        const via = enabledThrough(defaults, table);
        for (const f of missing)
            if (via.has(f))
                notes.push(`${f} is enabled only indirectly, through ${via.get(f)}`);
        const undeclared = missing.filter((f) => !Object.hasOwn(table, f));
        if (undeclared.length > 1 && undeclared.length === missing.length)
            notes.push('none of them is even declared in [features]');
        else if (undeclared.length)
            notes.push(`${undeclared.join(', ')} ${undeclared.length === 1 ? 'is' : 'are'} not even declared in [features]`);
        out.push((0,diagnostic/* diagnostic */.YK)(severity, 'feature-drift', file, (0,shape/* locate */.x5)(doc, ['features', 'default']), `[features] default lacks ${missing.length} feature${missing.length === 1 ? '' : 's'} that modules.toml selects: ${missing.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''}; a plain \`cargo build\` compiles a different module set than the manifest`, `modules-rebuild builds with \`--no-default-features --features …\`, so its builds follow the manifest. To make \`cargo build\` agree, add them to default, or put the managed-features markers into default (GENERATED.md §6) and let \`modules-rebuild generate\` maintain the list.`));
    }
    out.push(...checkDeclarations({ app, file, doc, features, modules, prefix, managed }));
    return { set: { enabled: true, gated, mode: managed ? 'managed' : 'flags', features, cargoArgs: managed ? [] : flags.cargoArgs, drift: { missing, unexpected } }, file: planned, diagnostics: out };
}
/**
 * Whether the app's generated code gates optional modules on their features (config `gate`).
 * auto: the server always does; admin and storefront do when their Cargo.toml declares any
 * `<prefix>*` feature — RusToK's admin and storefront declare none and compile every UI crate in.
 */
function gatesModules(app, gate, prefix, cargoText) {
    if (gate !== 'auto')
        return gate === 'always';
    if (app === 'server' || cargoText === null)
        return true;
    try {
        const features = featuresTable((0,toml/* parseToml */.MT)(cargoText, 'Cargo.toml'));
        return Object.keys(features).some((f) => f.startsWith(prefix));
    }
    catch {
        return true; // an unreadable Cargo.toml is reported by planAppFeatures
    }
}
function featuresTable(data) {
    return (0,toml/* isTable */.bI)(data.features) ? data.features : {};
}
/**
 * Each feature enabled transitively by `roots` through `[features]` (plain feature names only),
 * with the first root that enables it. One walk over the table in all.
 */
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

>>>>>>> build-stage
/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xb: () => (/* binding */ checkGeneration),
  fF: () => (/* binding */ filesForGeneration),
  CK: () => (/* binding */ planGeneration)
});

// EXTERNAL MODULE: ./src/diagnostics/compare.ts
var compare = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/codegen/features.ts + 2 modules
var features = __webpack_require__(7830);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/manifest/shape.ts
var shape = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/codegen/rust.ts
var rust = __webpack_require__(1859);
;// CONCATENATED MODULE: ./src/codegen/model.ts





const GRAPHQL = ['query', 'mutation', 'subscription'];
const HTTP = ['axum_router', 'axum_webhook_router'];
/** Canonical order of the module slugs (GENERATED.md §1). */
function canonicalOrder(m) {
    const slugs = Object.keys(m.modules);
    return (0,graph/* dependencyOrder */.g1)(slugs, new Map(slugs.map((s) => [s, m.modules[s].depends_on])));
}
function buildModel(input) {
    const { manifest: m, packages, config } = input;
    const out = [];
    const prefix = config.codegen.feature_prefix;
    const enabled = new Set(m.settings.default_enabled);
    const manifestFile = headerFile(input.manifestFile ?? 'modules.toml');
    const modules = [];
    for (const slug of canonicalOrder(m)) {
        const e = m.modules[slug];
        const pkg = packages.get(slug);
        if (!pkg) {
            // planGeneration stops first (package-manifest-missing / codegen-package-missing); kept for direct callers.
            out.push((0,diagnostic/* diagnostic */.YK)('error', 'codegen-package-missing', manifestFile, null, `Module '${slug}' (source = "${e.source}") has no package manifest to generate its registration from`, `Write its rustok-module.toml (modules-rebuild install ${slug} does, from the catalog).`));
            continue;
        }
        const p = pkg.manifest;
        const ident = (0,rust/* crateIdent */.Yo)(e.crate);
        const gate = { feature: prefix + slug, gated: !e.required };
        const statements = (section, keys) => {
            const table = (p.provides?.[section] ?? {});
            return keys.filter((k) => table[k] !== undefined).map((k) => ({ ...gate, slug, kind: k, path: `${ident}::${table[k]}` }));
        };
        const ui = checkUi(pkg, slug, gate, out);
        modules.push({
            ...gate,
            slug: (0,rust/* rustString */.Gj)(slug),
            name: (0,rust/* rustString */.Gj)(p.module.name),
            crate: (0,rust/* rustString */.Gj)(e.crate),
            crate_ident: ident,
            version: (0,rust/* rustString */.Gj)(p.module.version),
            required: e.required,
            runtime: e.runtime,
            runtime_variant: e.runtime === 'extension' ? 'Extension' : 'Module',
            enabled_by_default: e.required || enabled.has(slug),
            depends_on: listItems(e.depends_on.map(rust/* rustString */.Gj)),
            has_depends_on: e.depends_on.length > 0,
            pascal: (0,rust/* pascal */.R2)(slug),
            entry_type: p.crate?.entry_type ?? null,
            graphql: statements('graphql', GRAPHQL),
            http: statements('http', HTTP),
            admin: ui.admin,
            storefront: ui.storefront
        });
    }
    if (out.some((d) => d.severity === 'error'))
        return { model: null, diagnostics: out };
    const registrations = modules.filter((v) => v.entry_type !== null).map((v) => ({ feature: v.feature, gated: v.gated, slug: v.slug, kind: 'entry_type', path: `${v.crate_ident}::${v.entry_type}` }));
    const graphql = modules.flatMap((v) => v.graphql);
    const http = modules.flatMap((v) => v.http);
    const admin = modules.flatMap((v) => (v.admin ? [v.admin] : []));
    const storefront = modules.flatMap((v) => (v.storefront ? [v.storefront] : []));
    return {
        model: {
            header: generatedHeader(manifestFile, input.manifestHash),
            tool_version: version/* VERSION */.x,
            manifest_file: manifestFile,
            manifest_hash: input.manifestHash,
            api_crate: config.codegen.api_crate,
            feature_prefix: prefix,
            modules,
            has_modules: modules.length > 0,
            registrations,
            has_registrations: registrations.length > 0,
            graphql,
            has_graphql: graphql.length > 0,
            http,
            has_http: http.length > 0,
            admin,
            has_admin: admin.length > 0,
            storefront,
            has_storefront: storefront.length > 0
        },
        diagnostics: out
    };
}
/** A value as shown in a message: quoted, and JSON-escaped when it holds line breaks or control characters. */
const show = (v) => (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v) ? JSON.stringify(v) : `'${v}'`);
function listItems(values) {
    return values.map((value, i) => ({ value, first: i === 0, last: i === values.length - 1 }));
}
/** The first line of every generated Rust file. */
function generatedHeader(manifestFile, manifestHash) {
    return `// @generated by modules-rebuild ${version/* VERSION */.x} from ${headerFile(manifestFile)} — manifest_hash: ${manifestHash} — DO NOT EDIT`;
}
/** The header names the manifest; a name that could break out of the `//` comment is not used. */
function headerFile(file) {
    return /^[A-Za-z0-9._/@+-]+$/.test(file) ? file : 'modules.toml';
}
function checkUi(pkg, slug, gate, out) {
    const { doc, manifest: p } = pkg;
    let ok = true;
    const fail = (rule, path, message, hint) => {
        ok = false;
        out.push((0,diagnostic/* diagnostic */.YK)('error', rule, doc.file, (0,shape/* locate */.x5)(doc, path), message, hint));
    };
    const required = (section, key, value) => {
        if (value === undefined)
            fail('missing-ui-field', ['provides', section], `Module '${slug}' has [provides.${section}] leptos_crate but no \`${key}\``, `Add \`${key} = "…"\` under [provides.${section}]; the generated ${section === 'admin_ui' ? 'admin' : 'storefront'} registry needs it.`);
        return value ?? '';
    };
    const grammar = (path, kind, value) => {
        const problem = (0,rust/* valueProblem */.FQ)(kind, value);
        if (problem)
            fail('invalid-ui-value', path, `Module '${slug}' ${(0,shape/* formatPath */.jV)(path.slice(1))} ${show(value)} ${problem}`, `Write the ${kind} in lowercase ASCII, e.g. "${kind === 'slot' ? 'home_after_catalog' : 'page-builder'}".`);
    };
    const text = (path, value) => {
        const problem = (0,rust/* textProblem */.Fy)(value);
        if (problem)
            fail('invalid-ui-value', path, `Module '${slug}' ${(0,shape/* formatPath */.jV)(path.slice(1))} ${problem}`, 'Write the label as plain UTF-8 text.');
        return (0,rust/* rustString */.Gj)(value);
    };
    const component = (section, suffix) => {
        const name = (0,rust/* pascal */.R2)(slug) + suffix;
        if (!/^[A-Za-z_]/.test(name))
            fail('invalid-ui-value', ['provides', section, 'leptos_crate'], `Module '${slug}' cannot name its ${suffix.toLowerCase()} component: \`${name}\` is not a Rust identifier`, 'Start the slug with a letter, or register this UI with a user template.');
        return name;
    };
    let admin = null;
    const a = p.provides?.admin_ui;
    if (a?.leptos_crate !== undefined) {
        const route = required('admin_ui', 'route_segment', a.route_segment);
        const label = required('admin_ui', 'nav_label', a.nav_label);
        if (a.route_segment !== undefined)
            grammar(['provides', 'admin_ui', 'route_segment'], 'route_segment', route);
        const pages = a.child_pages.map((c, i) => {
            const at = ['provides', 'admin_ui', 'child_pages', i];
            grammar([...at, 'subpath'], 'subpath', c.subpath);
            return { subpath: (0,rust/* rustString */.Gj)(c.subpath), title: text([...at, 'title'], c.title), nav_label: text([...at, 'nav_label'], c.nav_label ?? c.title), first: i === 0, last: i === a.child_pages.length - 1 };
        });
        const ident = (0,rust/* crateIdent */.Yo)(a.leptos_crate);
        admin = {
            ...gate,
            slug: (0,rust/* rustString */.Gj)(slug),
            crate: (0,rust/* rustString */.Gj)(a.leptos_crate),
            crate_ident: ident,
            route_segment: (0,rust/* rustString */.Gj)(route),
            nav_label: text(['provides', 'admin_ui', 'nav_label'], label),
            nav_group: a.nav_group === undefined ? null : text(['provides', 'admin_ui', 'nav_group'], a.nav_group),
            nav_order: a.nav_order ?? null,
            child_pages: pages,
            has_child_pages: pages.length > 0,
            component: `${ident}::${component('admin_ui', 'Admin')}`
        };
    }
    let storefront = null;
    const s = p.provides?.storefront_ui;
    if (s?.leptos_crate !== undefined) {
        const slot = required('storefront_ui', 'slot', s.slot);
        const route = required('storefront_ui', 'route_segment', s.route_segment);
        const title = required('storefront_ui', 'page_title', s.page_title);
        if (s.slot !== undefined)
            grammar(['provides', 'storefront_ui', 'slot'], 'slot', slot);
        if (s.route_segment !== undefined)
            grammar(['provides', 'storefront_ui', 'route_segment'], 'route_segment', route);
        const ident = (0,rust/* crateIdent */.Yo)(s.leptos_crate);
        storefront = {
            ...gate,
            slug: (0,rust/* rustString */.Gj)(slug),
            crate: (0,rust/* rustString */.Gj)(s.leptos_crate),
            crate_ident: ident,
            slot: (0,rust/* rustString */.Gj)(slot),
            route_segment: (0,rust/* rustString */.Gj)(route),
            page_title: text(['provides', 'storefront_ui', 'page_title'], title),
            component: `${ident}::${component('storefront_ui', 'Storefront')}`
        };
    }
    return ok ? { admin, storefront } : { admin: null, storefront: null };
}

// EXTERNAL MODULE: ./node_modules/mustache/mustache.mjs
var mustache = __webpack_require__(562);
;// CONCATENATED MODULE: ./src/codegen/templates/admin.ts
/** Built-in template of apps/admin/src/generated.rs (GENERATED.md §4). Mustache; see docs/templates.md. */
const ADMIN_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{AdminChildPage, AdminNavEntry, AdminRegistry};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_admin}}
pub fn register(registry: &mut AdminRegistry) {
{{#admin}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.add(AdminNavEntry {
        slug: "{{slug}}",
        route_segment: "{{route_segment}}",
        nav_label: "{{nav_label}}",
{{#has_child_pages}}
        child_pages: &[
{{#child_pages}}
            AdminChildPage {
                subpath: "{{subpath}}",
                title: "{{title}}",
                nav_label: "{{nav_label}}",
            },
{{/child_pages}}
        ],
{{/has_child_pages}}
{{^has_child_pages}}
        child_pages: &[],
{{/has_child_pages}}
        component: &{{component}},
    });
{{/admin}}
}
{{/has_admin}}
{{^has_admin}}
pub fn register(registry: &mut AdminRegistry) {}
{{/has_admin}}
`;

;// CONCATENATED MODULE: ./src/codegen/templates/server.ts
/** Built-in template of apps/server/src/modules/generated.rs (GENERATED.md §3). Mustache; see docs/templates.md. */
const SERVER_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{GraphqlRegistry, ModuleInfo, ModuleRegistry, Router, Runtime};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_modules}}
pub const MODULES: &[ModuleInfo] = &[
{{#modules}}
    ModuleInfo {
        slug: "{{slug}}",
        crate_name: "{{crate}}",
        version: "{{version}}",
        required: {{required}},
        runtime: Runtime::{{runtime_variant}},
        enabled_by_default: {{enabled_by_default}},
        depends_on: &[{{#depends_on}}"{{value}}"{{^last}}, {{/last}}{{/depends_on}}],
    },
{{/modules}}
];
{{/has_modules}}
{{^has_modules}}
pub const MODULES: &[ModuleInfo] = &[];
{{/has_modules}}

{{#has_registrations}}
pub fn register(registry: &mut ModuleRegistry) {
{{#registrations}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.register::<{{path}}>();
{{/registrations}}
}
{{/has_registrations}}
{{^has_registrations}}
pub fn register(registry: &mut ModuleRegistry) {}
{{/has_registrations}}

{{#has_graphql}}
pub fn merge_graphql(graphql: &mut GraphqlRegistry) {
{{#graphql}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    graphql.add_{{kind}}::<{{path}}>();
{{/graphql}}
}
{{/has_graphql}}
{{^has_graphql}}
pub fn merge_graphql(graphql: &mut GraphqlRegistry) {}
{{/has_graphql}}

{{#has_http}}
pub fn merge_http(router: &mut Router) {
{{#http}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    router.merge({{path}}());
{{/http}}
}
{{/has_http}}
{{^has_http}}
pub fn merge_http(router: &mut Router) {}
{{/has_http}}
`;

;// CONCATENATED MODULE: ./src/codegen/templates/storefront.ts
/** Built-in template of apps/storefront/src/generated.rs (GENERATED.md §5). Mustache; see docs/templates.md. */
const STOREFRONT_TEMPLATE = `{{header}}
#![allow(unused_imports, unused_variables)]

use {{api_crate}}::{StorefrontRegistry, StorefrontSlotEntry};

pub const MANIFEST_HASH: &str =
    "{{manifest_hash}}";

{{#has_storefront}}
pub fn register(registry: &mut StorefrontRegistry) {
{{#storefront}}
{{#gated}}
    #[cfg(feature = "{{feature}}")]
{{/gated}}
    registry.add(StorefrontSlotEntry {
        slug: "{{slug}}",
        slot: "{{slot}}",
        route_segment: "{{route_segment}}",
        page_title: "{{page_title}}",
        component: &{{component}},
    });
{{/storefront}}
}
{{/has_storefront}}
{{^has_storefront}}
pub fn register(registry: &mut StorefrontRegistry) {}
{{/has_storefront}}
`;

;// CONCATENATED MODULE: ./src/codegen/templates/index.ts



const BUILTIN_TEMPLATES = {
    server: SERVER_TEMPLATE,
    admin: ADMIN_TEMPLATE,
    storefront: STOREFRONT_TEMPLATE
};

;// CONCATENATED MODULE: ./src/codegen/render.ts
/**
 * Renders a registry file from the view model with Mustache (logic-less, so a project with a
 * different registry API can bring its own template without TypeScript). HTML escaping is off:
 * the model's string values are already Rust-literal-escaped. The output is normalised so it is
 * the same bytes on every OS: LF line endings, exactly one final newline.
 */



const identity = (s) => s;
/** LF line endings and exactly one final newline. */
function normalizeOutput(text) {
    return text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
}
function builtinTemplate(app) {
    return { file: null, text: BUILTIN_TEMPLATES[app] };
}
/** Renders `template` with `model`; a template that does not parse yields a `template-error`. */
function renderRegistry(model, template) {
    try {
        const text = mustache/* default */.A.render(template.text, model, {}, { escape: identity });
        return { content: normalizeOutput(text), diagnostics: [] };
    }
    catch (err) {
        const file = template.file ?? '(built-in template)';
        return { content: null, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'template-error', file, null, `Template ${file} does not parse: ${err.message}`, 'Fix the Mustache syntax (every {{#section}} needs its {{/section}}); see docs/templates.md.')] };
    }
}

// EXTERNAL MODULE: ./src/codegen/rustok/index.ts + 5 modules
var rustok = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/codegen/generate.ts
/**
 * The plan of generated outputs, and the check of a checkout against it. Pure: the adapter reads
 * the files `filesForGeneration` names (Cargo.tomls, user templates) and, for `check`, the planned
 * paths; `generate` writes `plan.files`, `check` fails on `stale`.
 *
 *   generate: planGeneration → write plan.files
 *   check:    planGeneration → read plan.files' paths → checkGeneration
 */







/**
 * The files planGeneration reads besides the project: each enabled app's Cargo.toml and user
 * template; for preset "rustok" also the crate files RusToK's server build script probes.
 */
function filesForGeneration(config, manifest = null) {
    const out = config.codegen.preset === 'rustok' && manifest ? (0,rustok/* rustokFiles */.i2)(manifest) : [];
    for (const app of schema/* APPS */.h) {
        const a = config.codegen[app];
        if (!a.enabled)
            continue;
        out.push(a.cargo_toml);
        if (a.template !== undefined)
            out.push(a.template);
    }
    return [...new Set(out)];
}
<<<<<<< HEAD
const disabled = () => ({ enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] });
=======
const disabled = () => ({ enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: { missing: [], unexpected: [] } });
>>>>>>> build-stage
function planGeneration(input) {
    const { project, config } = input;
    const featureSets = { server: disabled(), admin: disabled(), storefront: disabled() };
    const diagnostics = [...project.diagnostics, ...project.missingPackages];
    const { manifest, manifestHash } = project;
    if (!project.ok || !manifest || !manifestHash || (0,diagnostic/* hasErrors */.Cs)(diagnostics))
        return { files: [], featureSets, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics) };
    const files = [];
    if (config.codegen.preset === 'rustok') {
        const header = generatedHeader(input.manifestFile ?? 'modules.toml', manifestHash);
        const r = (0,rustok/* planRustok */.cU)({ manifest, packages: project.packages, files: input.files, config, header });
        diagnostics.push(...r.diagnostics);
        for (const f of r.files)
            files.push({ path: f.path, content: f.content, kind: 'registry' });
    }
    const built = config.codegen.preset === 'rustok' ? { model: null, diagnostics: [] } : buildModel({ manifest, packages: project.packages, manifestHash, config, ...(input.manifestFile ? { manifestFile: input.manifestFile } : {}) });
    diagnostics.push(...built.diagnostics);
    const order = canonicalOrder(manifest);
    for (const app of schema/* APPS */.h) {
        const a = config.codegen[app];
        if (!a.enabled)
            continue;
        const f = (0,features/* planAppFeatures */.w2)({ app, manifest, packages: project.packages, order, config, cargoText: input.files.get(a.cargo_toml) ?? null });
        featureSets[app] = f.set;
        diagnostics.push(...f.diagnostics);
        if (built.model) {
            const template = templateFor(app, config, input.files, diagnostics);
            if (template) {
                const r = renderRegistry(f.set.gated ? built.model : ungated(built.model), template);
                diagnostics.push(...r.diagnostics);
                if (r.content !== null)
                    files.push({ path: a.output, content: r.content, kind: 'registry' });
            }
        }
        if (f.file)
            files.push({ ...f.file, kind: 'features' });
    }
    return { files, featureSets, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics) };
}
/** The model with every gate removed: the app compiles all installed modules in (config `gate`). */
function ungated(model) {
    const off = (x) => ({ ...x, gated: false });
    return {
        ...model,
        modules: model.modules.map((m) => ({ ...off(m), graphql: m.graphql.map(off), http: m.http.map(off), admin: m.admin && off(m.admin), storefront: m.storefront && off(m.storefront) })),
        registrations: model.registrations.map(off),
        graphql: model.graphql.map(off),
        http: model.http.map(off),
        admin: model.admin.map(off),
        storefront: model.storefront.map(off)
    };
}
function templateFor(app, config, files, out) {
    const path = config.codegen[app].template;
    if (path === undefined)
        return builtinTemplate(app);
    const text = files.get(path);
    if (typeof text === 'string')
        return { file: path, text };
    out.push((0,diagnostic/* diagnostic */.YK)('error', 'template-error', path, null, `Template ${path} ([codegen.${app}] template of modules-rebuild.toml) does not exist`, `Create it (start from the built-in template, see docs/templates.md) or remove \`template\` from [codegen.${app}].`));
    return null;
}
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
        const want = (0,compare.lf)(f.content);
        const have = now === null ? null : (0,compare.lf)(now);
        if (have === want)
            continue;
<<<<<<< HEAD
        const diff = (0,compare/* unifiedDiff */.WH)(f.path, have, want);
        stale.push({ path: f.path, kind: f.kind, diff });
        const what = f.kind === 'registry' ? 'generated registry code' : 'managed feature region';
        const message = have === null ? `${f.path} does not exist; modules.toml generates it (${what})` : `${f.path} is out of date with modules.toml (${what}; ${changedLines(diff)} changed lines)`;
        const line = have === null ? null : { line: (0,compare/* firstDifference */.at)(have, want), column: 1 };
=======
        const diff = (0,compare/* unifiedDiff */.W)(f.path, have, want);
        stale.push({ path: f.path, kind: f.kind, diff });
        const what = f.kind === 'registry' ? 'generated registry code' : 'managed feature region';
        const message = have === null ? `${f.path} does not exist; modules.toml generates it (${what})` : `${f.path} is out of date with modules.toml (${what}; ${changedLines(diff)} changed lines)`;
        const line = have === null ? null : { line: (0,compare/* firstDifference */.a)(have, want), column: 1 };
>>>>>>> build-stage
        diagnostics.push((0,diagnostic/* diagnostic */.YK)(allowDirty.includes(f.kind) ? 'warning' : 'error', 'stale-generated', f.path, line, message, `Run \`modules-rebuild generate\` and commit the result${f.kind === 'registry' ? '; never edit generated files by hand' : ''}.`));
    }
    return { stale, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics) };
}
function changedLines(diff) {
    return diff.split('\n').filter((l) => (l.startsWith('+') || l.startsWith('-')) && !l.startsWith('+++') && !l.startsWith('---')).length;
}


/***/ })

};
