"use strict";
exports.id = 626;
exports.ids = [626];
exports.modules = {

/***/ 8626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VZ: () => (/* binding */ checkPlanned),
  fF: () => (/* binding */ filesForGeneration),
  CK: () => (/* binding */ planGeneration)
});

// UNUSED EXPORTS: upToDate

// EXTERNAL MODULE: ./src/core/diagnostics/compare.ts
var compare = __webpack_require__(5539);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/codegen/features.ts + 2 modules
var features = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/graph/graph.ts
var graph = __webpack_require__(3056);
// EXTERNAL MODULE: ./src/core/manifest/shape.ts
var shape = __webpack_require__(292);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/codegen/rust.ts
var rust = __webpack_require__(7687);
;// CONCATENATED MODULE: ./src/core/codegen/model.ts





const GRAPHQL = ['query', 'mutation', 'subscription'];
const HTTP = ['axum_router', 'axum_webhook_router'];
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
    for (const slug of input.order ?? canonicalOrder(m)) {
        const e = m.modules[slug];
        const pkg = packages.get(slug);
        if (!pkg) {
            out.push((0,diagnostic/* diagnostic */.YK)('error', 'codegen-package-missing', manifestFile, null, `Module '${slug}' (source = "${e.source}") has no package manifest to generate its registration from`, `Write its rustok-module.toml (modules-rebuild install ${slug} does, from the catalog).`));
            continue;
        }
        const p = pkg.manifest;
        const ident = (0,rust/* crateIdent */.Yo)(e.crate);
        const gate = { feature: prefix + slug, gated: !e.required };
        const statements = (section, keys) => {
            const table = p.provides?.[section];
            if (table === undefined)
                return [];
            return keys.filter((k) => table[k] !== undefined).map((k) => ({ feature: gate.feature, gated: gate.gated, slug, kind: k, path: `${ident}::${table[k]}` }));
        };
        const ui = checkUi(pkg, slug, gate, out);
        modules.push({
            feature: gate.feature,
            gated: gate.gated,
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
const show = (v) => (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v) ? JSON.stringify(v) : `'${v}'`);
function listItems(values) {
    return values.map((value, i) => ({ value, first: i === 0, last: i === values.length - 1 }));
}
function generatedHeader(manifestFile, manifestHash) {
    return `// @generated by modules-rebuild ${version/* VERSION */.x} from ${headerFile(manifestFile)} \u2014 manifest_hash: ${manifestHash} \u2014 DO NOT EDIT`;
}
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
            fail('missing-ui-field', ['provides', section], `Module '${slug}' has [provides.${section}] leptos_crate but no \`${key}\``, `Add \`${key} = "\u2026"\` under [provides.${section}]; the generated ${section === 'admin_ui' ? 'admin' : 'storefront'} registry needs it.`);
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
            feature: gate.feature,
            gated: gate.gated,
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
            feature: gate.feature,
            gated: gate.gated,
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
;// CONCATENATED MODULE: ./src/core/codegen/templates/admin.ts
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

;// CONCATENATED MODULE: ./src/core/codegen/templates/server.ts
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

;// CONCATENATED MODULE: ./src/core/codegen/templates/storefront.ts
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

;// CONCATENATED MODULE: ./src/core/codegen/templates/index.ts



const BUILTIN_TEMPLATES = {
    server: SERVER_TEMPLATE,
    admin: ADMIN_TEMPLATE,
    storefront: STOREFRONT_TEMPLATE
};

;// CONCATENATED MODULE: ./src/core/codegen/templates/tokens.generated.ts
const BUILTIN_TOKENS = {
    server: JSON.parse("[[\"name\",\"header\",0,10],[\"text\",\"\\n#![allow(unused_imports, unused_variables)]\\n\\nuse \",10,60],[\"name\",\"api_crate\",60,73],[\"text\",\"::{GraphqlRegistry, ModuleInfo, ModuleRegistry, Router, Runtime};\\n\\npub const MANIFEST_HASH: &str =\\n    \\\"\",73,177],[\"name\",\"manifest_hash\",177,194],[\"text\",\"\\\";\\n\\n\",194,198],[\"#\",\"has_modules\",198,214,[[\"text\",\"pub const MODULES: &[ModuleInfo] = &[\\n\",215,253],[\"#\",\"modules\",253,265,[[\"text\",\"    ModuleInfo {\\n        slug: \\\"\",266,298],[\"name\",\"slug\",298,306],[\"text\",\"\\\",\\n        crate_name: \\\"\",306,330],[\"name\",\"crate\",330,339],[\"text\",\"\\\",\\n        version: \\\"\",339,360],[\"name\",\"version\",360,371],[\"text\",\"\\\",\\n        required: \",371,392],[\"name\",\"required\",392,404],[\"text\",\",\\n        runtime: Runtime::\",404,432],[\"name\",\"runtime_variant\",432,451],[\"text\",\",\\n        enabled_by_default: \",451,481],[\"name\",\"enabled_by_default\",481,503],[\"text\",\",\\n        depends_on: &[\",503,527],[\"#\",\"depends_on\",527,542,[[\"text\",\"\\\"\",542,543],[\"name\",\"value\",543,552],[\"text\",\"\\\"\",552,553],[\"^\",\"last\",553,562,[[\"text\",\", \",562,564]],564]],573],[\"text\",\"],\\n    },\\n\",588,598]],598],[\"text\",\"];\\n\",611,614]],614],[\"^\",\"has_modules\",631,647,[[\"text\",\"pub const MODULES: &[ModuleInfo] = &[];\\n\",648,688]],688],[\"text\",\"\\n\",705,706],[\"#\",\"has_registrations\",706,728,[[\"text\",\"pub fn register(registry: &mut ModuleRegistry) {\\n\",729,778],[\"#\",\"registrations\",778,796,[[\"#\",\"gated\",797,807,[[\"text\",\"    #[cfg(feature = \\\"\",808,829],[\"name\",\"feature\",829,840],[\"text\",\"\\\")]\\n\",840,844]],844],[\"text\",\"    registry.register::<\",855,879],[\"name\",\"path\",879,887],[\"text\",\">();\\n\",887,892]],892],[\"text\",\"}\\n\",911,913]],913],[\"^\",\"has_registrations\",936,958,[[\"text\",\"pub fn register(registry: &mut ModuleRegistry) {}\\n\",959,1009]],1009],[\"text\",\"\\n\",1032,1033],[\"#\",\"has_graphql\",1033,1049,[[\"text\",\"pub fn merge_graphql(graphql: &mut GraphqlRegistry) {\\n\",1050,1104],[\"#\",\"graphql\",1104,1116,[[\"#\",\"gated\",1117,1127,[[\"text\",\"    #[cfg(feature = \\\"\",1128,1149],[\"name\",\"feature\",1149,1160],[\"text\",\"\\\")]\\n\",1160,1164]],1164],[\"text\",\"    graphql.add_\",1175,1191],[\"name\",\"kind\",1191,1199],[\"text\",\"::<\",1199,1202],[\"name\",\"path\",1202,1210],[\"text\",\">();\\n\",1210,1215]],1215],[\"text\",\"}\\n\",1228,1230]],1230],[\"^\",\"has_graphql\",1247,1263,[[\"text\",\"pub fn merge_graphql(graphql: &mut GraphqlRegistry) {}\\n\",1264,1319]],1319],[\"text\",\"\\n\",1336,1337],[\"#\",\"has_http\",1337,1350,[[\"text\",\"pub fn merge_http(router: &mut Router) {\\n\",1351,1392],[\"#\",\"http\",1392,1401,[[\"#\",\"gated\",1402,1412,[[\"text\",\"    #[cfg(feature = \\\"\",1413,1434],[\"name\",\"feature\",1434,1445],[\"text\",\"\\\")]\\n\",1445,1449]],1449],[\"text\",\"    router.merge(\",1460,1477],[\"name\",\"path\",1477,1485],[\"text\",\"());\\n\",1485,1490]],1490],[\"text\",\"}\\n\",1500,1502]],1502],[\"^\",\"has_http\",1516,1529,[[\"text\",\"pub fn merge_http(router: &mut Router) {}\\n\",1530,1572]],1572]]"),
    admin: JSON.parse("[[\"name\",\"header\",0,10],[\"text\",\"\\n#![allow(unused_imports, unused_variables)]\\n\\nuse \",10,60],[\"name\",\"api_crate\",60,73],[\"text\",\"::{AdminChildPage, AdminNavEntry, AdminRegistry};\\n\\npub const MANIFEST_HASH: &str =\\n    \\\"\",73,161],[\"name\",\"manifest_hash\",161,178],[\"text\",\"\\\";\\n\\n\",178,182],[\"#\",\"has_admin\",182,196,[[\"text\",\"pub fn register(registry: &mut AdminRegistry) {\\n\",197,245],[\"#\",\"admin\",245,255,[[\"#\",\"gated\",256,266,[[\"text\",\"    #[cfg(feature = \\\"\",267,288],[\"name\",\"feature\",288,299],[\"text\",\"\\\")]\\n\",299,303]],303],[\"text\",\"    registry.add(AdminNavEntry {\\n        slug: \\\"\",314,362],[\"name\",\"slug\",362,370],[\"text\",\"\\\",\\n        route_segment: \\\"\",370,397],[\"name\",\"route_segment\",397,414],[\"text\",\"\\\",\\n        nav_label: \\\"\",414,437],[\"name\",\"nav_label\",437,450],[\"text\",\"\\\",\\n\",450,453],[\"#\",\"has_child_pages\",453,473,[[\"text\",\"        child_pages: &[\\n\",474,498],[\"#\",\"child_pages\",498,514,[[\"text\",\"            AdminChildPage {\\n                subpath: \\\"\",515,570],[\"name\",\"subpath\",570,581],[\"text\",\"\\\",\\n                title: \\\"\",581,608],[\"name\",\"title\",608,617],[\"text\",\"\\\",\\n                nav_label: \\\"\",617,648],[\"name\",\"nav_label\",648,661],[\"text\",\"\\\",\\n            },\\n\",661,679]],679],[\"text\",\"        ],\\n\",696,707]],707],[\"^\",\"has_child_pages\",728,748,[[\"text\",\"        child_pages: &[],\\n\",749,775]],775],[\"text\",\"        component: &\",796,816],[\"name\",\"component\",816,829],[\"text\",\",\\n    });\\n\",829,839]],839],[\"text\",\"}\\n\",850,852]],852],[\"^\",\"has_admin\",867,881,[[\"text\",\"pub fn register(registry: &mut AdminRegistry) {}\\n\",882,931]],931]]"),
    storefront: JSON.parse("[[\"name\",\"header\",0,10],[\"text\",\"\\n#![allow(unused_imports, unused_variables)]\\n\\nuse \",10,60],[\"name\",\"api_crate\",60,73],[\"text\",\"::{StorefrontRegistry, StorefrontSlotEntry};\\n\\npub const MANIFEST_HASH: &str =\\n    \\\"\",73,156],[\"name\",\"manifest_hash\",156,173],[\"text\",\"\\\";\\n\\n\",173,177],[\"#\",\"has_storefront\",177,196,[[\"text\",\"pub fn register(registry: &mut StorefrontRegistry) {\\n\",197,250],[\"#\",\"storefront\",250,265,[[\"#\",\"gated\",266,276,[[\"text\",\"    #[cfg(feature = \\\"\",277,298],[\"name\",\"feature\",298,309],[\"text\",\"\\\")]\\n\",309,313]],313],[\"text\",\"    registry.add(StorefrontSlotEntry {\\n        slug: \\\"\",324,378],[\"name\",\"slug\",378,386],[\"text\",\"\\\",\\n        slot: \\\"\",386,404],[\"name\",\"slot\",404,412],[\"text\",\"\\\",\\n        route_segment: \\\"\",412,439],[\"name\",\"route_segment\",439,456],[\"text\",\"\\\",\\n        page_title: \\\"\",456,480],[\"name\",\"page_title\",480,494],[\"text\",\"\\\",\\n        component: &\",494,517],[\"name\",\"component\",517,530],[\"text\",\",\\n    });\\n\",530,540]],540],[\"text\",\"}\\n\",556,558]],558],[\"^\",\"has_storefront\",578,597,[[\"text\",\"pub fn register(registry: &mut StorefrontRegistry) {}\\n\",598,652]],652]]")
};

;// CONCATENATED MODULE: ./src/core/codegen/render.ts




const identity = (s) => s;
function normalizeOutput(text) {
    const unix = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    let end = unix.length;
    while (end > 0 && unix.charCodeAt(end - 1) === 10)
        end--;
    return end === unix.length - 1 ? unix : unix.slice(0, end) + '\n';
}
function builtinTemplate(app) {
    return { file: null, text: BUILTIN_TEMPLATES[app], tokens: BUILTIN_TOKENS[app] };
}
function renderRegistry(model, template) {
    try {
        const config = { escape: identity };
        const text = template.tokens
            ? new mustache/* default */.A.Writer().renderTokens(template.tokens, new mustache/* default */.A.Context(model), {}, template.text, config)
            : mustache/* default */.A.render(template.text, model, {}, config);
        return { content: normalizeOutput(text), diagnostics: [] };
    }
    catch (err) {
        const file = template.file ?? '(built-in template)';
        return { content: null, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'template-error', file, null, `Template ${file} does not parse: ${err.message}`, 'Fix the Mustache syntax (every {{#section}} needs its {{/section}}); see docs/templates.md.')] };
    }
}

// EXTERNAL MODULE: ./src/core/codegen/rustok/index.ts + 5 modules
var rustok = __webpack_require__(3209);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/core/codegen/generate.ts







function filesForGeneration(config, manifest = null) {
    const out = config.codegen.preset === 'rustok' && manifest ? (0,rustok/* rustokFiles */.i2)(manifest) : [];
    for (const app of values/* TARGETS */.dW) {
        const a = config.codegen[app];
        if (!a.enabled)
            continue;
        out.push(a.cargo_toml);
        if (a.template !== undefined)
            out.push(a.template);
    }
    return [...new Set(out)];
}
const disabled = () => ({ enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] });
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
    const order = canonicalOrder(manifest);
    const built = config.codegen.preset === 'rustok' ? { model: null, diagnostics: [] } : buildModel({ manifest, packages: project.packages, manifestHash, config, order, ...(input.manifestFile ? { manifestFile: input.manifestFile } : {}) });
    diagnostics.push(...built.diagnostics);
    for (const app of values/* TARGETS */.dW) {
        const a = config.codegen[app];
        if (!a.enabled)
            continue;
        const f = (0,features/* planAppFeatures */.w2)({ app, manifest, packages: project.packages, order, config, cargoText: input.files.get(a.cargo_toml) ?? null, ...(input.toml ? { toml: input.toml } : {}) });
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
async function checkPlanned(plan, current, allowDirty = []) {
    if (upToDate(plan, current))
        return { stale: [], diagnostics: [] };
    return (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 4857))).checkGeneration(plan, current, allowDirty);
}
function upToDate(plan, current) {
    return plan.files.every((f) => {
        const now = current.get(f.path) ?? null;
        return now !== null && (0,compare.lf)(now) === (0,compare.lf)(f.content);
    });
}


/***/ })

};
;