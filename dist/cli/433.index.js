export const id = 433;
export const ids = [433];
export const modules = {

/***/ 1859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ valueProblem),
/* harmony export */   Fy: () => (/* binding */ textProblem),
/* harmony export */   Gj: () => (/* binding */ rustString),
/* harmony export */   R2: () => (/* binding */ pascal),
/* harmony export */   Yo: () => (/* binding */ crateIdent)
/* harmony export */ });
/**
 * What may reach generated Rust code. Identifiers (crate idents, entry types, provides paths) are
 * validated by the manifest core; everything else is text and goes into a Rust string literal
 * through `rustString`. Route segments, slots and subpaths are additionally held to a grammar, so
 * a hostile value is refused before any template sees it.
 */
/**
 * The content of a Rust `"…"` literal (without the quotes) that reads back as `value`: `\` and
 * `"` are backslash-escaped; control characters (C0, DEL, C1), line and paragraph separators
 * (U+2028/9), bidirectional controls (Trojan Source; rustc refuses them in literals), zero-width
 * characters and the BOM become `\u{…}` escapes. Everything else (Cyrillic labels, emoji) stays.
 */
function rustString(value) {
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
/** `shop-blog-admin` → `shop_blog_admin`. */
const crateIdent = (crate) => crate.replace(/-/g, '_');
/** `page_builder` → `PageBuilder` (GENERATED.md §1). */
function pascal(slug) {
    return slug
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase() + p.slice(1))
        .join('');
}
const SEGMENT = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*$/;
const SLOT = /^[a-z0-9_-]+$/;
/**
 * route_segment and subpath: lowercase ASCII letters, digits, `_` and `-`, in segments joined by
 * single `/` (no leading, trailing or double `/`), at most 128 characters. slot: the same without
 * `/`, at most 64. Every RusToK value fits (`page-builder`, `home_after_catalog`, `rename-slug`).
 */
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
/** Text that cannot be written as UTF-8 (a lone surrogate) is refused; anything else is escaped. */
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

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ PRESET_SIGNAL_FILE),
  cU: () => (/* binding */ planRustok),
  hK: () => (/* binding */ presetFor),
  i2: () => (/* reexport */ rustokFiles)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/manifest/shape.ts
var shape = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/manifest/identifiers.ts
var identifiers = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/codegen/rust.ts
var rust = __webpack_require__(1859);
;// CONCATENATED MODULE: ./src/codegen/rustok/json.ts
/**
 * Two Rust formatting conventions preset "rustok" must reproduce byte for byte: `serde_json::to_string`
 * of a parsed TOML value (compact; tables as sorted maps, like toml's default `Map`), and `{:?}` of a
 * `&str` (Rust's Debug escaping). Pure.
 */
/** Thrown for a value the JSON form cannot take faithfully (a TOML date-time). */
class UnsupportedValue extends Error {
}
/** Byte order of UTF-8 strings (Rust's `Ord for String`); differs from UTF-16 order only beyond the BMP. */
function byteOrder(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
const isTable = (v) => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const holdsTable = (v) => Array.isArray(v) && v.some(isTable);
/**
 * `serde_json::to_string` of a `BTreeMap<String, toml::Value>`: its keys sorted. Nested tables are
 * `toml::Value::Table`s, whose Serialize emits keys in three sorted runs — plain values first, then
 * arrays holding tables, then tables — the order a TOML document needs.
 */
function serdeJsonMap(map) {
    const keys = Object.keys(map).sort(byteOrder);
    return `{${keys.map((k) => `${jsonString(k)}:${serdeJson(map[k])}`).join(',')}}`;
}
/** `serde_json::to_string` of the value as `toml::Value` serializes it. */
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
/** serde_json's string escaping: `"`, `\`, and C0 controls only (short forms where JSON has them). */
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
/**
 * ryu's `format_finite` (what serde_json writes for an f64): the shortest round-trip digits — the
 * same digits JavaScript prints — laid out as ryu does: `1.0`, `0.001`, `1e30`, `1.5e-7`.
 */
function ryu(f) {
    if (f === 0)
        return Object.is(f, -0) ? '-0.0' : '0.0';
    const neg = f < 0;
    const [mant, exp] = Math.abs(f).toExponential().split('e');
    const digits = mant.replace('.', '');
    const length = digits.length;
    const kk = Number(exp) + 1; // position of the decimal point relative to the digits
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
/** Rust's `is_printable` is false for these general categories (except the ASCII space). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** `format!("{:?}", s)` for a `&str`: quoted, with Rust's Debug escapes. */
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

;// CONCATENATED MODULE: ./src/codegen/rustok/inputs.ts
/**
 * What RusToK's build scripts read, taken from the project model: the modules of modules.toml in
 * `BTreeMap` order (by slug), each with its `<path>/rustok-module.toml` when that file exists
 * (the scripts read no other name and no vendored copy), and the few crate files the server
 * script probes (src/lib.rs, src/graphql/mod.rs, src/graphql.rs). Pure.
 *
 * The scripts write text values into Rust string literals as they are. Where a value would need
 * escaping there (a quote, a backslash, a control or invisible character), their output is broken
 * or injectable Rust, so the preset refuses the module with `rustok-preset-value` instead.
 */





const PACKAGE_FILE = 'rustok-module.toml';
const join = (dir, name) => `${dir}/${name}`;
const CRATE_FILES = ['src/lib.rs', 'src/graphql/mod.rs', 'src/graphql.rs'];
function dirOf(e) {
    if (e.path === undefined)
        return null;
    const dir = e.path.replace(/\/+$/, '');
    return dir === '' || (0,identifiers/* repoPathProblem */.Js)(dir) ? null : dir;
}
/** The crate files the server script probes, for every module with a path. */
function rustokFiles(m) {
    return Object.values(m.modules).flatMap((e) => {
        const dir = dirOf(e);
        return dir === null ? [] : CRATE_FILES.map((f) => join(dir, f));
    });
}
/** Modules in the scripts' order: slugs sorted as Rust sorts `String` keys. */
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
/** `page_builder` → `PageBuilder`: split at `-` and `_`, first character of each part in ASCII upper case. */
function pascalCase(value) {
    return value
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => asciiUpper(p[0]) + p.slice(1))
        .join('');
}
/** `rename-slug` → `Rename Slug`. */
function titleCase(value) {
    return value
        .split(/[-_]/)
        .filter(Boolean)
        .map((p) => asciiUpper(p[0]) + p.slice(1))
        .join(' ');
}
const asciiUpper = (ch) => (/[a-z]/.test(ch) ? ch.toUpperCase() : ch);
/** `blog-admin` → `blog_admin`. */
const underscore = (s) => s.replace(/-/g, '_');
/** Collects `rustok-preset-value` findings for one package manifest. */
class Refusals {
    diagnostics = [];
    /** A value the scripts paste into a Rust string literal as is; true when that is safe. */
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

;// CONCATENATED MODULE: ./src/codegen/rustok/admin.ts
/**
 * Preset "rustok", admin: the file apps/admin/build.rs writes (module_registry_codegen.rs) — core
 * module slugs, runtime metadata (ownership, trust level, admin surfaces, settings schema as JSON)
 * of every module with a package manifest, and navigation, page and dashboard registrations of the
 * modules with `[provides.admin_ui].leptos_crate`. Not feature-dependent.
 */



const GROUPS = ['content', 'commerce', 'runtime', 'governance', 'automation', 'other'];
/** RusToK's defaults for modules whose admin_ui has no nav_group / nav_order: [group, order]. */
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
/** The `[settings]` table with integers and floats told apart, as JSON. */
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

;// CONCATENATED MODULE: ./src/codegen/rustok/server.ts
/**
 * Preset "rustok", server: the three files apps/server/build.rs writes — the module registry, the
 * merged GraphQL roots with their runtime-data factories, and the axum router merges. Only
 * optional (non-required) modules appear, each statement behind `#[cfg(feature = "mod-<slug>")]`:
 * like the script, the output does not depend on the features being built; cargo applies the gates.
 */

/** `<crate_ident>::<value>` for a non-blank value (a leading `crate::` dropped), else null. */
function qualify(crate, value) {
    const v = value?.trim();
    if (!v)
        return null;
    return `${underscore(crate)}::${v.startsWith('crate::') ? v.slice('crate::'.length) : v}`;
}
/** The type named by the first `impl RusToKModule for <Ident>` in src/lib.rs. */
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

;// CONCATENATED MODULE: ./src/codegen/rustok/storefront.ts
/**
 * Preset "rustok", storefront: apps/storefront/build.rs writes module_ui_codegen.rs in one of two
 * forms, chosen by the cargo features of the build: client-only builds (csr or hydrate without
 * ssr) get an empty `register_generated_components()`; every other build gets the page and slot
 * registrations of the modules whose `[provides.storefront_ui].leptos_crate` the storefront's
 * Cargo.toml names. A committed file cannot follow the features, so the preset writes both forms
 * (`storefront_ui`, `storefront_ui_client`) and the storefront picks one with `#[cfg]`.
 */

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

;// CONCATENATED MODULE: ./src/codegen/rustok/index.ts






/** The file whose content tells `init` which preset a repository needs. */
const PRESET_SIGNAL_FILE = 'apps/server/build.rs';
const SIGNAL = ['modules_registry_codegen.rs', 'graphql_schema_codegen.rs', 'app_routes_codegen.rs'];
/**
 * "rustok" when apps/server/build.rs names all three files RusToK's server script writes (its
 * registry generator: committed files from the preset replace it), else "default".
 */
function presetFor(serverBuildScript) {
    return serverBuildScript !== null && SIGNAL.every((f) => serverBuildScript.includes(f)) ? 'rustok' : 'default';
}
/** Every enabled app's files, in [codegen.rustok] key order; none when a value is refused. */
function planRustok(input) {
    const { config } = input;
    const modules = rustokModules(input);
    const refuse = new Refusals();
    const on = (k) => config.codegen[schema/* RUSTOK_OUTPUTS */._s[k].app].enabled;
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
    const files = schema/* RUSTOK_OUTPUT_KEYS */.cL.filter(on).map((key) => ({ key, path: config.codegen.rustok[key], content: `${input.header}\n${body[key]}` }));
    return { files, diagnostics: [] };
}


/***/ }),

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff),
/* harmony export */   a: () => (/* binding */ firstDifference),
/* harmony export */   lf: () => (/* binding */ lf)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);
/** Comparing a generated file with the checkout: the unified diff and where they first differ. */

/** Line endings ignored: generated files are compared as LF text. */
const lf = (text) => text.replace(/\r\n/g, '\n');
/** A unified diff (3 lines of context) from `have` to `want`; null: the file does not exist (before) / is deleted (after). */
function unifiedDiff(file, have, want) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(have === null ? '/dev/null' : `a/${file}`, want === null ? '/dev/null' : `b/${file}`, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr });
}
/** 1-based line of `have` where it first differs from `want`. */
function firstDifference(have, want) {
    const a = have.split('\n');
    const b = want.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return Math.min(i + 1, a.length);
}


/***/ })

};
