"use strict";
exports.id = 112;
exports.ids = [112];
exports.modules = {

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony export isSecretEnv */
const DROP_EXACT = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);
const KEEP_ACTIONS = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
function isSecretEnv(name) {
    const n = name.toUpperCase();
    return n.startsWith('INPUT_') || DROP_EXACT.has(n) || (n.startsWith('ACTIONS_') && !KEEP_ACTIONS.has(n));
}
function childEnv(env = process.env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !isSecretEnv(k)));
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LocalDeploymentHistory)
/* harmony export */ });
/* unused harmony export DEPLOY_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(104);
/* harmony import */ var _core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1322);
/* harmony import */ var _core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6009);
/* harmony import */ var _fs_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9944);






const DEPLOY_DIR = '.deploy';
const HISTORY = `${DEPLOY_DIR}/deployments.json`;
const HistoryFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), deployments: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentRecordSchema */ .M9) });
class LocalDeploymentHistory {
    dir;
    now;
    creator;
    kind = 'local';
    constructor(dir, now = () => new Date(), creator = null) {
        this.dir = dir;
        this.now = now;
        this.creator = creator;
    }
    get label() {
        return this.dir;
    }
    async create(d) {
        const all = await this.read();
        const record = { id: all.reduce((m, x) => Math.max(m, x.id), 0) + 1, environment: d.environment, ref: d.ref, payload: d.payload, creator: this.creator, description: d.description, created_at: this.now().toISOString(), statuses: [] };
        all.push(record);
        await this.write(all, [d.environment]);
        return record;
    }
    async setStatus(id, u) {
        const all = await this.read();
        const d = all.find((x) => x.id === id);
        if (!d)
            throw new Error(`${this.dir}: no deployment ${id}`);
        const at = this.now().toISOString();
        const entry = (state, description) => ({ state, description, at, log_url: u.logUrl ?? null, environment_url: u.environmentUrl ?? null });
        if (u.state === 'success')
            for (const o of (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .supersededBy */ .gT)(all, d))
                all.find((x) => x.id === o).statuses.push({ ...entry('inactive', `superseded by deployment ${id}`), log_url: null, environment_url: null });
        d.statuses.push(entry(u.state, u.description));
        await this.write(all, [d.environment]);
    }
    async list(environment) {
        return (await this.read()).filter((d) => environment === null || d.environment === environment).sort((a, b) => b.id - a.id);
    }
    async current(environment, component) {
        return (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPointer */ .bi)(await this.read(), environment, component);
    }
    recovered = false;
    async read() {
        if (!this.recovered && (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(this.dir).catch(() => null))?.isDirectory())
            await (0,_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.recoverInterrupted)(this.dir);
        this.recovered = true;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, HISTORY);
        let text;
        try {
            text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new Error(`${file}: cannot read: ${err.message}`);
        }
        return (0,_core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonAs */ .W)(HistoryFileSchema, text, file, 'deployment history').deployments;
    }
    async write(all, environments) {
        const files = [{ path: HISTORY, content: JSON.stringify({ schema: 1, deployments: all }, null, 2) + '\n' }];
        for (const env of environments) {
            const components = [...new Set(all.filter((d) => d.environment === env).map((d) => d.payload.component))].sort();
            const pointers = Object.fromEntries(components.map((c) => [c, (0,_core_deploy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .currentPointer */ .bi)(all, env, c)]).filter(([, p]) => p !== null));
            files.push({ path: `${DEPLOY_DIR}/environments/${env}.json`, content: JSON.stringify({ schema: 1, environment: env, components: pointers }, null, 2) + '\n' });
        }
        await (0,_fs_write_js__WEBPACK_IMPORTED_MODULE_3__.writeFilesAt)(this.dir, files);
    }
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ minimumFor),
/* harmony export */   S3: () => (/* binding */ DEFAULT_MINIMUMS),
/* harmony export */   Tm: () => (/* binding */ rank),
/* harmony export */   eO: () => (/* binding */ PERMISSION_LEVELS)
/* harmony export */ });
/* unused harmony exports GATED_OPERATIONS, isGatedEvent */
const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const rank = (level) => PERMISSION_LEVELS.indexOf(level);
const GATED_OPERATIONS = (/* unused pure expression or super */ null && (['rebuild', 'deploy', 'rollback', 'prune']));
const DEFAULT_MINIMUMS = { rebuild: 'admin', deploy: 'maintain', rollback: 'maintain', prune: 'admin' };
function minimumFor(op, rbac, explicit) {
    return explicit ?? rbac?.[op] ?? DEFAULT_MINIMUMS[op];
}
function isGatedEvent(event, ref) {
    if (event === 'workflow_dispatch' || event === 'repository_dispatch')
        return true;
    return event === 'push' && typeof ref === 'string' && ref.startsWith('refs/tags/');
}


/***/ }),

/***/ 1322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   M9: () => (/* binding */ DeploymentRecordSchema),
/* harmony export */   Nn: () => (/* binding */ hookEnvironment),
/* harmony export */   bi: () => (/* binding */ currentPointer),
/* harmony export */   f5: () => (/* reexport safe */ _config_deploy_js__WEBPACK_IMPORTED_MODULE_0__.f5),
/* harmony export */   gT: () => (/* binding */ supersededBy),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   v0: () => (/* binding */ DeploymentPayloadSchema)
/* harmony export */ });
/* unused harmony exports DEPLOYMENT_KINDS, DEPLOYMENT_STATES, DeployedImageSchema, StatusEntrySchema, imageEnvName */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _config_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9383);


const DEPLOYMENT_KINDS = ['deploy', 'rollback', 'auto-rollback'];
const DEPLOYMENT_STATES = ['in_progress', 'success', 'failure', 'error', 'inactive'];
const digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 hex>');
const DeployedImageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The target the image was built for.'),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Image repository as the release records it.'),
    digest: digest.describe('Digest of the release image; the environment tag points at it.'),
    location: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Where the environment tag was set: `HOST[:PORT]/REPOSITORY` or `oci:DIR`.')
});
const DeploymentPayloadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('modules-rebuild'),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEPLOYMENT_KINDS),
    release_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    component: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    images: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DeployedImageSchema).describe('The images whose `<environment>` tag points at the release.'),
    previous_release: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    rolled_back_from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const StatusEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEPLOYMENT_STATES),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('ISO 8601 UTC.'),
    log_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    environment_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const DeploymentRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    payload: DeploymentPayloadSchema,
    creator: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    statuses: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StatusEntrySchema)
});
const stateOf = (d) => d.statuses.at(-1)?.state ?? null;
const succeeded = (d) => d.statuses.some((s) => s.state === 'success');
function currentPointer(records, environment, component) {
    let best = null;
    for (const d of records) {
        if (d.environment !== environment || d.payload.component !== component || !succeeded(d))
            continue;
        if (!best || d.id > best.id)
            best = d;
    }
    if (!best)
        return null;
    const since = best.statuses.find((s) => s.state === 'success').at;
    return { environment, component, release_id: best.payload.release_id, manifest_hash: best.payload.manifest_hash, deployment_id: best.id, images: best.payload.images, since };
}
function supersededBy(records, d) {
    return records.filter((o) => o.id !== d.id && o.id < d.id && o.environment === d.environment && o.payload.component === d.payload.component && stateOf(o) === 'success').map((o) => o.id);
}
function imageEnvName(target) {
    return `IMAGE_${target.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function hookEnvironment(p, environment, images) {
    const env = {
        RELEASE_ID: p.release_id,
        MANIFEST_HASH: p.manifest_hash,
        ENVIRONMENT: environment,
        COMPONENT: p.component,
        DEPLOY_KIND: p.kind,
        PREVIOUS_RELEASE_ID: p.previous_release ?? ''
    };
    for (const i of images) {
        env[imageEnvName(i.target)] = `${i.location}@${i.digest}`;
        env[`${imageEnvName(i.target)}_DIGEST`] = i.digest;
    }
    return env;
}


/***/ }),

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ modulesOf),
/* harmony export */   qh: () => (/* binding */ modulesOfDocument),
/* harmony export */   rh: () => (/* binding */ moduleDelta)
/* harmony export */ });
/* unused harmony export moduleVersion */
/* harmony import */ var _manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4882);

function moduleVersion(e, pkg) {
    if (e.source === 'path')
        return pkg?.manifest.module.version ?? null;
    if (e.source === 'git')
        return e.rev ?? null;
    return e.version ?? null;
}
function modulesOf(m, packages) {
    return Object.entries(m.modules)
        .map(([slug, e]) => ({
        slug,
        crate: e.crate,
        source: e.source,
        version: moduleVersion(e, packages.get(slug)),
        required: e.required,
        depends_on: [...e.depends_on],
        fields: { path: e.path ?? '', git: e.git ?? '', rev: e.rev ?? '', runtime: e.runtime, features: e.features.join(',') }
    }))
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
const str = (v) => (typeof v === 'string' ? v : '');
function modulesOfDocument(doc, versionOf) {
    const modules = (0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .bI)(doc.modules) ? doc.modules : {};
    return Object.entries(modules)
        .filter(([, e]) => (0,_manifest_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .isTable */ .bI)(e))
        .map(([slug, raw]) => {
        const e = raw;
        const source = str(e.source);
        const version = source === 'path' ? versionOf(slug) : source === 'git' ? str(e.rev) || null : str(e.version) || null;
        return {
            slug,
            crate: str(e.crate),
            source,
            version,
            required: e.required === true,
            depends_on: Array.isArray(e.depends_on) ? e.depends_on.filter((d) => typeof d === 'string') : [],
            fields: { path: str(e.path), git: str(e.git), rev: str(e.rev), runtime: str(e.runtime) || 'module', features: Array.isArray(e.features) ? e.features.filter((f) => typeof f === 'string').join(',') : '' }
        };
    })
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
const at = (slug, v) => (v === null ? slug : `${slug}@${v}`);
function moduleDelta(base, head) {
    const before = new Map(base.map((m) => [m.slug, m]));
    const after = new Map(head.map((m) => [m.slug, m]));
    const slugs = [...new Set([...before.keys(), ...after.keys()])].sort();
    const out = [];
    for (const slug of slugs) {
        const b = before.get(slug);
        const a = after.get(slug);
        if (a && !b)
            out.push({ op: '+', slug, version: a.version, text: `+${at(slug, a.version)}`, changes: [], depends_on: a.depends_on });
        else if (b && !a)
            out.push({ op: '-', slug, version: b.version, text: `-${slug}`, changes: [], depends_on: b.depends_on });
        else if (a && b) {
            const changes = [];
            if (a.version !== b.version)
                changes.push(`version ${b.version ?? '?'} \u2192 ${a.version ?? '?'}`);
            if (a.crate !== b.crate)
                changes.push('crate');
            if (a.source !== b.source)
                changes.push('source');
            if (a.required !== b.required)
                changes.push('required');
            if ([...a.depends_on].sort().join(',') !== [...b.depends_on].sort().join(','))
                changes.push('depends_on');
            for (const k of Object.keys(a.fields).sort())
                if (a.fields[k] !== b.fields[k])
                    changes.push(k);
            if (changes.length)
                out.push({ op: '~', slug, version: a.version, text: `~${at(slug, a.version)}`, changes, depends_on: a.depends_on });
        }
    }
    return out;
}


/***/ }),

/***/ 1508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ sha256sums),
/* harmony export */   _G: () => (/* binding */ deltaAgainst),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   ul: () => (/* binding */ releaseBody)
/* harmony export */ });
/* unused harmony export escapeCell */
/* harmony import */ var _plan_delta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4169);

function sha256sums(assets) {
    const sorted = [...assets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const a of sorted)
        if (/[\r\n\\]/.test(a.name))
            throw new Error(`asset name ${JSON.stringify(a.name)} cannot be listed in SHA256SUMS`);
    return sorted.map((a) => `${a.sha256}  ${a.name}\n`).join('');
}
function runContext(env) {
    const v = (k) => (env[k] ? env[k] : null);
    const runId = v('GITHUB_RUN_ID');
    const server = v('GITHUB_SERVER_URL');
    const repo = v('GITHUB_REPOSITORY');
    return {
        build_id: runId ? `${runId}.${v('GITHUB_RUN_ATTEMPT') ?? '1'}` : null,
        logs_url: runId && server && repo ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}` : null,
        requested_by: v('GITHUB_ACTOR'),
        event: v('GITHUB_EVENT_NAME')
    };
}
const infos = (modules) => modules.map((m) => ({ slug: m.slug, crate: m.crate, source: m.source, version: m.version, required: m.required, depends_on: [...m.depends_on], fields: {} }));
function deltaAgainst(previous, plan) {
    if (!previous || previous.schema !== 2)
        return null;
    const entries = (0,_plan_delta_js__WEBPACK_IMPORTED_MODULE_0__/* .moduleDelta */ .rh)(infos(previous.modules), infos(plan.modules));
    return { text: entries.map((e) => e.text).join(','), entries: entries.map((e) => ({ op: e.op, slug: e.slug, version: e.version, text: e.text, changes: e.changes })) };
}
function escapeCell(text) {
    if (text === null || text === '')
        return '\u2014';
    return text
        .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
        .replace(/\r\n|\r|\n/g, '<br>');
}
function releaseBody(m) {
    const b = m.build;
    const rows = [
        ['release_id', m.release_id],
        ['component', m.component],
        ['profile', m.profile],
        ['manifest_hash', m.manifest_hash],
        ['source commit', m.source_commit],
        ['build id', b.build_id],
        ['status', b.status],
        ['started', b.started_at],
        ['finished', b.finished_at],
        ['requested by', b.requested_by],
        ['event', b.event],
        ['reason', b.reason],
        ['previous release', m.previous_release],
        ['modules delta', b.modules_delta],
        ['logs', b.logs_url]
    ];
    const lines = [`Release ${escapeCell(m.release_id)} of ${escapeCell(m.component)}.`, '', '| field | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), ''];
    lines.push('| artifact | target | build key | in release |', '|---|---|---|---|');
    for (const a of m.artifacts)
        lines.push(`| ${escapeCell(a.name)} | ${escapeCell(a.target)} | ${escapeCell(a.build_key)} | ${escapeCell(a.release_id ?? m.release_id)} |`);
    if (m.images.length) {
        lines.push('', '| image | digest |', '|---|---|');
        for (const i of m.images)
            lines.push(`| ${escapeCell(`${i.repository}:${i.tag}`)} | ${escapeCell(i.digest)} |`);
    }
    lines.push('', `Verify the assets with \`sha256sum -c SHA256SUMS\`.`, '');
    return lines.join('\n');
}


/***/ }),

/***/ 5112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  openSource: () => (/* binding */ openSource),
  rollbackCommand: () => (/* binding */ rollbackCommand),
  smokeCommand: () => (/* binding */ smokeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/app/config.ts
var config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/cargo-semver.ts + 2 modules
var cargo_semver = __webpack_require__(1809);
;// CONCATENATED MODULE: ./src/core/deploy/compat.ts

const UI_COMPONENTS = ['admin', 'storefront'];
class CompatInputError extends Error {
    name = 'CompatInputError';
}
const componentOf = (m) => (m.schema === 2 ? m.component : null);
function checkCompat(ui, server) {
    if (ui.schema !== 2 || !UI_COMPONENTS.includes(ui.component))
        throw new CompatInputError(`${ui.release_id} is not a UI release (component ${componentOf(ui) ?? 'unknown, schema 1'}): only admin and storefront releases are checked against a server`);
    if (server.schema !== 2 || server.component !== 'server')
        throw new CompatInputError(`${server.release_id} is not a server release (component ${componentOf(server) ?? 'unknown, schema 1'})`);
    const serverVersion = server.compat?.server_version ?? null;
    const serverModules = new Map(server.modules.map((m) => [m.slug, m.version]));
    const bad = new Map();
    for (const r of ui.compat?.requirements ?? []) {
        if (serverVersion === null)
            bad.set(r.slug, { slug: r.slug, reason: 'server-version', detail: `requires server ${r.server}; the version of server release ${server.release_id} is unknown` });
        else if (!(0,cargo_semver/* satisfiesCargo */.u7)(serverVersion, r.server))
            bad.set(r.slug, { slug: r.slug, reason: 'server-version', detail: `requires server ${r.server}; server is ${serverVersion}` });
    }
    for (const m of ui.modules) {
        if (bad.has(m.slug))
            continue;
        if (!serverModules.has(m.slug))
            bad.set(m.slug, { slug: m.slug, reason: 'missing', detail: `not installed in server release ${server.release_id}` });
        else if (serverModules.get(m.slug) !== m.version)
            bad.set(m.slug, { slug: m.slug, reason: 'module-version', detail: `UI built with ${m.version ?? '(unknown)'}, server has ${serverModules.get(m.slug) ?? '(unknown)'}` });
    }
    const base = { ui_release: ui.release_id, server_release: server.release_id, server_version: serverVersion };
    const modules = [...bad.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    return modules.length === 0 ? { ...base, status: 'compatible', modules: [] } : { ...base, status: 'incompatible', modules };
}
function compatMessage(r) {
    if (r.status === 'compatible')
        return `${r.ui_release} is compatible with server release ${r.server_release}${r.server_version ? ` (${r.server_version})` : ''}`;
    return [`${r.ui_release} breaks the version contract with server release ${r.server_release}${r.server_version ? ` (${r.server_version})` : ''}:`, ...r.modules.map((m) => `  ${m.slug}: ${m.detail}`)].join('\n');
}
const disabledUiModules = (r) => r.modules.map((m) => m.slug);

;// CONCATENATED MODULE: ./src/app/compat-preflight.ts


async function compatPreflight(o) {
    const m = o.manifest;
    const out = { checks: [], disabled_ui_modules: [], diagnostics: [], notes: [] };
    const isUi = UI_COMPONENTS.includes(m.component);
    if (!isUi && m.component !== 'server')
        return out;
    const counterparts = isUi ? ['server'] : [...UI_COMPONENTS];
    for (const component of counterparts) {
        const pointer = await o.history.current(o.environment, component);
        if (!pointer)
            continue;
        const other = await o.files.manifest(pointer.release_id);
        if (!other || other.schema !== 2) {
            out.diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'incompatible-release', o.where, null, `${o.environment} runs ${component} release ${pointer.release_id}, which ${other ? 'predates release-manifest.json schema 2' : `is not in ${o.files.label} any more`}: the version contract of ${m.release_id} cannot be checked`, 'Deploy a current release of that component first.'));
            continue;
        }
        out.checks.push(isUi ? checkCompat(m, other) : checkCompat(other, m));
    }
    const bad = out.checks.filter((c) => c.status === 'incompatible');
    out.disabled_ui_modules = [...new Set(bad.flatMap((c) => c.modules.map((x) => x.slug)))].sort();
    if (bad.length === 0) {
        if (out.checks.length === 0)
            out.notes.push(`${o.environment} runs no ${counterparts.join(' or ')} release: no version contract to check for ${m.release_id}`);
        return out;
    }
    const message = bad.map(compatMessage).join('\n');
    if (o.allowDegraded)
        out.notes.push(`${message}\n--allow-degraded: deploying anyway; switch off these UI modules until the versions align: ${out.disabled_ui_modules.join(', ')}`);
    else
        out.diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'incompatible-release', o.where, null, message, `Deploy a ${isUi ? 'server release these modules support' : 'UI release built for this server'} first, or deploy with --allow-degraded (input allow-degraded) and switch off the modules listed in disabled_ui_modules.`));
    return out;
}

// EXTERNAL MODULE: ./src/core/deploy/model.ts
var model = __webpack_require__(1322);
// EXTERNAL MODULE: ./src/core/release/record.ts
var record = __webpack_require__(1508);
;// CONCATENATED MODULE: ./src/core/deploy/smoke.ts

const SMOKE_CHECKS = (/* unused pure expression or super */ null && (['health', 'modules', 'migrations']));
function backoffDelays(deadlineMs, initialMs, maxMs) {
    const out = [];
    let spent = 0;
    let next = Math.max(1, initialMs);
    while (spent + next < deadlineMs && out.length < 1000) {
        out.push(next);
        spent += next;
        next = Math.min(maxMs, next * 2);
    }
    return out;
}
const smoke_short = (text, n = 200) => (text.length > n ? `${text.slice(0, n)}\u2026` : text);
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
function readModulesBody(body) {
    const data = parseJson(body);
    if (data === undefined)
        return `not JSON: ${JSON.stringify(smoke_short(body, 80))}`;
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return 'not a JSON object';
    const o = data;
    if (typeof o.manifest_hash !== 'string')
        return 'has no string "manifest_hash"';
    if (!Array.isArray(o.modules))
        return 'has no "modules" array';
    const slugs = [];
    for (const m of o.modules) {
        const slug = typeof m === 'string' ? m : m && typeof m === 'object' ? m.slug : undefined;
        if (typeof slug !== 'string')
            return '"modules" holds an entry without a string "slug"';
        slugs.push(slug);
    }
    return { manifest_hash: o.manifest_hash, modules: slugs.sort() };
}
function judgeModules(answer, expected) {
    const none = { manifest_hash: null, modules: null };
    if (answer.status !== 200)
        return { ok: false, message: `answered HTTP ${answer.status}, not 200`, observed: none };
    const body = readModulesBody(answer.body);
    if (typeof body === 'string')
        return { ok: false, message: `the answer ${body}`, observed: none };
    const observed = { manifest_hash: body.manifest_hash, modules: body.modules };
    if (!expected)
        return { ok: true, message: `reports manifest_hash ${body.manifest_hash} and ${body.modules.length} modules (nothing expected to compare with)`, observed };
    const problems = [];
    if (body.manifest_hash !== expected.manifest_hash)
        problems.push(`reports manifest_hash ${body.manifest_hash}, the release has ${expected.manifest_hash}`);
    const have = new Set(body.modules);
    const want = new Set(expected.modules);
    const missing = expected.modules.filter((m) => !have.has(m));
    const extra = body.modules.filter((m) => !want.has(m));
    const dup = body.modules.filter((m, i) => body.modules.indexOf(m) !== i);
    if (missing.length)
        problems.push(`lacks modules of the release: ${missing.join(', ')}`);
    if (extra.length)
        problems.push(`runs modules the release does not have: ${extra.join(', ')}`);
    if (dup.length)
        problems.push(`lists modules twice: ${[...new Set(dup)].join(', ')}`);
    return problems.length ? { ok: false, message: problems.join('; '), observed } : { ok: true, message: `manifest_hash ${body.manifest_hash} and the ${body.modules.length} modules of the release`, observed };
}
function judgeMigrations(answer) {
    if (answer.status !== 200)
        return { ok: false, message: `answered HTTP ${answer.status}, not 200` };
    const data = parseJson(answer.body);
    const pending = data && typeof data === 'object' && !Array.isArray(data) ? data.pending : undefined;
    if (Array.isArray(pending))
        return pending.length === 0 ? { ok: true, message: 'no pending migration' } : { ok: false, message: `${pending.length} pending migration(s): ${smoke_short(pending.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(', '))}` };
    if (typeof pending === 'number' && Number.isInteger(pending) && pending >= 0)
        return pending === 0 ? { ok: true, message: 'no pending migration' } : { ok: false, message: `${pending} pending migration(s)` };
    return { ok: false, message: 'the answer has no "pending" (an array of migrations, or a count)' };
}
function expectationOf(releases) {
    if (releases.length === 0)
        return 'no release to compare with';
    const hashes = [...new Set(releases.map((r) => r.manifest_hash))];
    if (hashes.length > 1)
        return `the releases ${releases.map((r) => r.release_id).join(', ')} have different manifest_hash values (${hashes.join(', ')}); smoke one server's release at a time`;
    return { release_ids: releases.map((r) => r.release_id), manifest_hash: hashes[0], modules: [...new Set(releases.flatMap((r) => r.modules.map((m) => m.slug)))].sort() };
}
function smokeText(r) {
    const lines = [`smoke ${r.ok ? 'passed' : 'FAILED'}: ${r.base_url}${r.expected ? ` (release ${r.expected.release_ids.join(', ')}, ${r.expected.manifest_hash})` : ''}`];
    for (const c of r.checks)
        lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(10)} ${c.url}: ${c.message} (${c.attempts} attempt${c.attempts === 1 ? '' : 's'}, ${c.elapsed_ms} ms)`);
    return lines.join('\n');
}
function smokeMarkdown(r) {
    const lines = [`### Smoke checks ${r.ok ? 'passed' : 'failed'}: ${escapeCell(r.base_url)}`, ''];
    if (r.expected)
        lines.push(`Expected release ${escapeCell(r.expected.release_ids.join(', '))}, manifest_hash ${escapeCell(r.expected.manifest_hash)}, modules ${escapeCell(r.expected.modules.join(', '))}.`, '');
    lines.push('| check | result | URL | HTTP | attempts | ms | detail |', '|---|---|---|---|---|---|---|');
    for (const c of r.checks)
        lines.push(`| ${c.name} | ${c.ok ? 'ok' : '**failed**'} | ${escapeCell(c.url)} | ${c.status ?? '\u2014'} | ${c.attempts} | ${c.elapsed_ms} | ${escapeCell(c.message)} |`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/release/manifest.ts
var release_manifest = __webpack_require__(7972);
;// CONCATENATED MODULE: ./src/core/deploy/verify.ts

function parseSha256Sums(text) {
    const entries = new Map();
    const problems = [];
    text.split('\n').forEach((line, i) => {
        if (line === '')
            return;
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (!m)
            return problems.push(`${release_manifest/* SHA256SUMS */.sU} line ${i + 1} is not '<64 hex>  <name>'`);
        const [, hex, name] = m;
        if (entries.has(name))
            problems.push(`${release_manifest/* SHA256SUMS */.sU} lists ${name} twice`);
        entries.set(name, hex);
    });
    if (entries.size === 0 && problems.length === 0)
        problems.push(`${release_manifest/* SHA256SUMS */.sU} is empty`);
    return { entries, problems };
}
function expectedAssets(manifest, sums) {
    const problems = [];
    const assets = [];
    if (!sums.has(release_manifest/* RELEASE_MANIFEST */.Op))
        problems.push(`${release_manifest/* SHA256SUMS */.sU} does not list ${release_manifest/* RELEASE_MANIFEST */.Op}`);
    const listed = manifest.schema === 2 ? manifest.assets : [];
    const byName = new Map(listed.map((a) => [a.name, a]));
    for (const a of listed) {
        const hex = sums.get(a.name);
        if (hex === undefined)
            problems.push(`${a.name}: in ${release_manifest/* RELEASE_MANIFEST */.Op} but not in ${release_manifest/* SHA256SUMS */.sU}`);
        else if (hex !== a.sha256)
            problems.push(`${a.name}: ${release_manifest/* SHA256SUMS */.sU} says sha256 ${hex}, ${release_manifest/* RELEASE_MANIFEST */.Op} says ${a.sha256}`);
    }
    for (const [name, sha256] of [...sums].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
        if (name === release_manifest/* SHA256SUMS */.sU) {
            problems.push(`${release_manifest/* SHA256SUMS */.sU} lists itself`);
            continue;
        }
        if (manifest.schema === 2 && name !== release_manifest/* RELEASE_MANIFEST */.Op && !byName.has(name))
            problems.push(`${name}: in ${release_manifest/* SHA256SUMS */.sU} but not in ${release_manifest/* RELEASE_MANIFEST */.Op} assets`);
        assets.push({ name, sha256, size: byName.get(name)?.size ?? null });
    }
    return { assets, problems };
}
function assetProblems(expected, found) {
    const got = new Map(found.map((f) => [f.name, f]));
    const out = [];
    for (const e of expected) {
        const f = got.get(e.name);
        if (!f || !f.found)
            out.push(`${e.name}: missing`);
        else if (e.size !== null && f.size !== e.size)
            out.push(`${e.name}: ${f.size} bytes, expected ${e.size}`);
        else if (f.sha256 !== e.sha256)
            out.push(`${e.name}: sha256 ${f.sha256}, expected ${e.sha256}`);
    }
    return out;
}
async function verifyReleaseFiles(files, releaseId, manifest) {
    const text = await files.text(releaseId, release_manifest/* SHA256SUMS */.sU);
    if (text === null)
        return [`${release_manifest/* SHA256SUMS */.sU}: missing`];
    const sums = parseSha256Sums(text);
    if (sums.problems.length)
        return sums.problems;
    const plan = expectedAssets(manifest, sums.entries);
    const found = await files.hash(releaseId, plan.assets.map((a) => a.name));
    return [...plan.problems, ...assetProblems(plan.assets, found)];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/adapters/process/child-env.ts
var child_env = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/adapters/process/hook.ts



async function runHook(argv, o) {
    const [program, ...args] = argv;
    if (!program)
        return { ok: true, exit_code: null, signal: null, timed_out: false, message: 'no hook configured' };
    const child = (0,external_node_child_process_.spawn)(program, args, { cwd: o.cwd, env: { ...(0,child_env/* childEnv */.g)(o.baseEnv ?? process.env), ...o.env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let timedOut = false;
    let kill;
    const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    }, o.timeoutMs);
    const lines = (s) => (s ? new Promise((resolve) => (0,external_node_readline_.createInterface)({ input: s }).on('line', (l) => o.log(l)).on('close', () => resolve())) : Promise.resolve());
    const done = new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('close', (code, signal) => resolve({ code, signal }));
    });
    const [r] = await Promise.all([done, lines(child.stdout), lines(child.stderr)]);
    clearTimeout(timer);
    if (kill)
        clearTimeout(kill);
    const shown = argv.map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
    if (r.error)
        return { ok: false, exit_code: null, signal: null, timed_out: false, message: `cannot start the hook ${shown}: ${r.error.code ?? r.error.message}` };
    if (timedOut)
        return { ok: false, exit_code: r.code, signal: r.signal, timed_out: true, message: `the hook ${shown} ran over ${o.timeoutMs / 1000} s and was stopped` };
    if (r.signal)
        return { ok: false, exit_code: null, signal: r.signal, timed_out: false, message: `the hook ${shown} was killed by ${r.signal}` };
    if (r.code !== 0)
        return { ok: false, exit_code: r.code, signal: null, timed_out: false, message: `the hook ${shown} exited with ${r.code}` };
    return { ok: true, exit_code: 0, signal: null, timed_out: false, message: `the hook ${shown} succeeded` };
}

;// CONCATENATED MODULE: ./src/adapters/http/smoke.ts

const MAX_BODY = 1 << 20;
async function get(f, url, timeoutMs) {
    try {
        const res = await f(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
        const chunks = [];
        let size = 0;
        if (res.body) {
            for await (const c of res.body) {
                size += c.byteLength;
                if (size > MAX_BODY)
                    return `the answer is over ${MAX_BODY} bytes`;
                chunks.push(c);
            }
        }
        return { status: res.status, body: Buffer.concat(chunks).toString('utf8') };
    }
    catch (err) {
        const e = err;
        return e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `no answer: ${e.cause?.code ?? e.message}`;
    }
}
function smokeUrl(base, p) {
    const u = new URL(base);
    u.pathname = `${u.pathname.replace(/\/+$/, '')}${p.split('?')[0]}`;
    u.search = p.includes('?') ? p.slice(p.indexOf('?')) : '';
    return u.toString();
}
async function runSmoke(o) {
    const f = o.fetch ?? globalThis.fetch;
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = o.now ?? (() => performance.now());
    const timeoutMs = Math.round(o.config.timeout * 1000);
    const checks = [];
    let observed = { manifest_hash: null, modules: null };
    const healthUrl = smokeUrl(o.baseUrl, o.config.health_path);
    const t0 = now();
    const delays = backoffDelays(Math.round(o.config.deadline * 1000), Math.round(o.config.backoff * 1000), 8000);
    let attempts = 0;
    let last = 'not asked';
    for (;;) {
        attempts++;
        last = await get(f, healthUrl, timeoutMs);
        if (typeof last !== 'string' && last.status === 200)
            break;
        const wait = delays[attempts - 1];
        if (wait === undefined || now() - t0 + wait > o.config.deadline * 1000)
            break;
        await sleep(wait);
    }
    const healthy = typeof last !== 'string' && last.status === 200;
    checks.push({ name: 'health', ok: healthy, url: healthUrl, status: typeof last === 'string' ? null : last.status, attempts, elapsed_ms: Math.round(now() - t0), message: healthy ? 'answered 200' : `${typeof last === 'string' ? last : `answered HTTP ${last.status}`} after ${attempts} attempt(s) within the ${o.config.deadline} s deadline` });
    if (healthy) {
        const modulesUrl = smokeUrl(o.baseUrl, o.config.modules_path);
        const t1 = now();
        const a = await get(f, modulesUrl, timeoutMs);
        if (typeof a === 'string')
            checks.push({ name: 'modules', ok: false, url: modulesUrl, status: null, attempts: 1, elapsed_ms: Math.round(now() - t1), message: a });
        else {
            const j = judgeModules(a, o.expected);
            observed = j.observed;
            checks.push({ name: 'modules', ok: j.ok, url: modulesUrl, status: a.status, attempts: 1, elapsed_ms: Math.round(now() - t1), message: j.message });
        }
        if (o.config.migrations_path !== '') {
            const migrationsUrl = smokeUrl(o.baseUrl, o.config.migrations_path);
            const t2 = now();
            const m = await get(f, migrationsUrl, timeoutMs);
            const j = typeof m === 'string' ? { ok: false, message: m } : judgeMigrations(m);
            checks.push({ name: 'migrations', ok: j.ok, url: migrationsUrl, status: typeof m === 'string' ? null : m.status, attempts: 1, elapsed_ms: Math.round(now() - t2), message: j.message });
        }
    }
    return { ok: healthy && checks.every((c) => c.ok), base_url: o.baseUrl, expected: o.expected, observed, checks };
}

// EXTERNAL MODULE: ./src/adapters/oci/index.ts + 4 modules
var oci = __webpack_require__(2093);
// EXTERNAL MODULE: ./src/app/images.ts
var app_images = __webpack_require__(7413);
;// CONCATENATED MODULE: ./src/app/deploy.ts









async function prepare(o, releaseId, diagnostics) {
    const err = (rule, message, hint) => diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', rule, o.where, null, message, hint));
    let m;
    try {
        m = await o.files.manifest(releaseId);
    }
    catch (e) {
        err('release-unverified', `release ${releaseId}: ${e.message}`);
        return null;
    }
    if (m === null) {
        err('release-not-found', `release ${releaseId} is not in ${o.files.label}: never published, deleted or pruned`, 'Deploy a release that exists (modules-rebuild publish lists what it published); a pruned release cannot come back \u2014 publish again from its commit.');
        return null;
    }
    if (m.schema !== 2) {
        err('release-unverified', `release ${releaseId}: its release-manifest.json is schema 1, which records neither assets nor images`, 'Publish the release again with this version of modules-rebuild.');
        return null;
    }
    const problems = await verifyReleaseFiles(o.files, releaseId, m).catch((e) => [e.message]);
    for (const p of problems)
        err('release-unverified', `release ${releaseId}: ${p}`, 'The release changed after it was published, or is incomplete: do not deploy it; publish it again.');
    const targets = [];
    for (const image of m.images) {
        const location = o.images.where === null ? image.location : (0,app_images/* imageLocation */.D)(image.repository, o.images);
        try {
            const store = await (0,oci/* openImageStore */.Nr)(location, { cwd: o.images.cwd, ...(o.images.credentials && !location.startsWith('oci:') ? { credentials: o.images.credentials } : {}) });
            if (!(await store.exists(image.digest)))
                err('image-missing', `release ${releaseId}: image ${store.label}@${image.digest} (${image.target}) is not there any more`, 'Push the image again by digest, or deploy another release.');
            else
                targets.push({ image, store, location: store.label });
        }
        catch (e) {
            err('image-missing', `release ${releaseId}: image ${location}@${image.digest} (${image.target}) cannot be checked: ${e.message}`);
        }
    }
    return problems.length || targets.length !== m.images.length ? null : { manifest: m, targets };
}
async function move(o, p, kind, previous, rolledBackFrom, diagnostics) {
    const m = p.manifest;
    const err = (rule, message, hint) => diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', rule, o.where, null, message, hint));
    const images = p.targets.map((t) => ({ target: t.image.target, repository: t.image.repository, digest: t.image.digest, location: t.location }));
    const payload = { tool: 'modules-rebuild', schema: 1, kind, release_id: m.release_id, component: m.component, manifest_hash: m.manifest_hash, images, previous_release: previous?.release_id ?? null, rolled_back_from: rolledBackFrom };
    const out = { kind, release_id: m.release_id, deployment_id: null, ok: false, moved: false, images, hook: null, smoke: null };
    const status = async (state, description) => {
        try {
            await o.history.setStatus(out.deployment_id, { state, description, logUrl: o.logUrl, environmentUrl: o.smokeUrl });
            return true;
        }
        catch (e) {
            err('deployment-record', `deployment ${out.deployment_id} of ${m.release_id} to ${o.environment}: cannot set status ${state}: ${e.message}`);
            return false;
        }
    };
    try {
        const d = await o.history.create({ environment: o.environment, ref: m.release_id, payload, description: `${kind} ${m.release_id} (${m.component}) to ${o.environment}` });
        out.deployment_id = d.id;
    }
    catch (e) {
        err('deployment-record', `cannot record the deployment of ${m.release_id} to ${o.environment} in ${o.history.label}: ${e.message}`, o.history.kind === 'github' ? 'The token needs `deployments: write`, and the release tag must exist.' : undefined);
        return out;
    }
    if (!(await status('in_progress', `${kind} of ${m.release_id} started`))) {
        await status('failure', 'could not be started');
        return out;
    }
    o.log(`${kind} ${m.release_id} \u2192 ${o.environment} (deployment ${out.deployment_id})`);
    for (const t of p.targets) {
        out.moved = true;
        try {
            const got = await t.store.tag(t.image.digest, o.environment);
            if (got !== t.image.digest)
                throw new Error(`tagged ${got}, expected ${t.image.digest}`);
            o.log(`  ${t.store.label}:${o.environment} \u2192 ${got}`);
        }
        catch (e) {
            err('deploy-pointer', `${t.store.label}:${o.environment}: cannot point at ${t.image.digest}: ${e.message}`);
            await status('failure', `re-pointing ${o.environment} failed`);
            return out;
        }
    }
    if (o.config.hook.length) {
        out.moved = true;
        out.hook = await runHook(o.config.hook, { cwd: o.root, env: (0,model/* hookEnvironment */.Nn)(payload, o.environment, images), timeoutMs: o.config.hook_timeout * 1000, log: (l) => o.log(`  hook: ${l}`) });
        if (!out.hook.ok) {
            err('deploy-hook', `${kind} of ${m.release_id} to ${o.environment}: ${out.hook.message}`);
            await status('failure', out.hook.message);
            return out;
        }
        o.log(`  ${out.hook.message}`);
    }
    if (o.smokeUrl) {
        const expected = expectationOf([m]);
        out.smoke = await runSmoke({ baseUrl: o.smokeUrl, expected: typeof expected === 'string' ? null : expected, config: o.config.smoke });
        if (!out.smoke.ok) {
            for (const c of out.smoke.checks.filter((x) => !x.ok))
                err('smoke-failed', `${kind} of ${m.release_id} to ${o.environment}: ${c.name} ${c.url}: ${c.message}`);
            await status('failure', `smoke checks failed: ${out.smoke.checks.filter((x) => !x.ok).map((x) => x.name).join(', ')}`);
            return out;
        }
        o.log(`  smoke checks passed at ${o.smokeUrl}`);
    }
    out.ok = await status('success', `${kind === 'deploy' ? 'deployed' : 'rolled back to'} ${m.release_id}`);
    return out;
}
async function deploy(o) {
    const diagnostics = [];
    const result = (outcome, extra = {}) => ({ ok: outcome === 'deployed', outcome, environment: o.environment, component: null, release_id: o.releaseId, manifest_hash: null, previous_release: null, diagnostics, deployment: null, rollback: null, compat: [], disabled_ui_modules: [], ...extra });
    const p = await prepare(o, o.releaseId, diagnostics);
    if (!p)
        return result('refused');
    const component = p.manifest.component;
    let previous;
    try {
        previous = await o.history.current(o.environment, component);
    }
    catch (e) {
        diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'deployment-record', o.where, null, `cannot read the deployments of ${o.environment} in ${o.history.label}: ${e.message}`));
        return result('refused', { component, manifest_hash: p.manifest.manifest_hash });
    }
    const base = { component, manifest_hash: p.manifest.manifest_hash, previous_release: previous?.release_id ?? null };
    const compat = await compatPreflight({ manifest: p.manifest, environment: o.environment, history: o.history, files: o.files, allowDegraded: o.allowDegraded === true, where: o.where }).catch((e) => ({ checks: [], disabled_ui_modules: [], notes: [], diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'incompatible-release', o.where, null, `cannot check the version contract of ${o.releaseId} in ${o.environment}: ${e.message}`)] }));
    for (const n of compat.notes)
        o.log(n);
    diagnostics.push(...compat.diagnostics);
    if (compat.diagnostics.length)
        return result('refused', { ...base, compat: compat.checks });
    Object.assign(base, { compat: compat.checks, disabled_ui_modules: compat.disabled_ui_modules });
    const moved = await move(o, p, o.kind, previous, null, diagnostics);
    if (moved.ok)
        return result('deployed', { ...base, deployment: moved });
    if (!moved.moved)
        return result('refused', { ...base, deployment: moved });
    if (!previous) {
        o.log(`${o.environment} held no earlier release of ${component}: nothing to return to`);
        return result('failed', { ...base, deployment: moved });
    }
    o.log(`returning ${o.environment} to ${previous.release_id} (deployment ${previous.deployment_id})`);
    const back = await prepare(o, previous.release_id, diagnostics);
    const rollback = back ? await move(o, back, 'auto-rollback', previous, o.releaseId, diagnostics) : { kind: 'auto-rollback', release_id: previous.release_id, deployment_id: null, ok: false, moved: false, images: [], hook: null, smoke: null };
    if (!rollback.ok)
        diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'rollback-failed', o.where, null, `${o.environment}: the return to ${previous.release_id} failed too; the environment needs a hand`, `modules-rebuild rollback --to ${previous.release_id} --environment ${o.environment} once the cause is fixed.`));
    return result(rollback.ok ? 'failed' : 'rollback-failed', { ...base, deployment: moved, rollback });
}
function refusedText(r, kind) {
    const id = r.deployment?.deployment_id;
    return id != null ? `${kind} of ${r.release_id} failed before anything moved: ${r.environment} was not changed (deployment ${id})` : `${kind} refused: ${r.environment} was not changed`;
}

// EXTERNAL MODULE: ./src/adapters/store/deployments.ts
var deployments = __webpack_require__(2290);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/adapters/fs/hash-stream.ts
var hash_stream = __webpack_require__(9801);
// EXTERNAL MODULE: ./src/adapters/store/local.ts
var local = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/core/plan/release-id.ts
var release_id = __webpack_require__(5050);
;// CONCATENATED MODULE: ./src/adapters/store/release-files.ts





class LocalReleaseFiles {
    dir;
    store;
    constructor(dir) {
        this.dir = dir;
        this.store = new local.LocalReleaseStore(dir);
    }
    get label() {
        return this.dir;
    }
    manifest(releaseId) {
        return this.store.manifest(releaseId);
    }
    async text(releaseId, name) {
        const file = this.file(releaseId, name);
        try {
            return await external_node_fs_.promises.readFile(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return null;
            throw new Error(`${file}: cannot read: ${err.message}`);
        }
    }
    async hash(releaseId, names) {
        const out = [];
        for (const name of names) {
            const file = this.file(releaseId, name);
            const st = await external_node_fs_.promises.lstat(file).catch(() => null);
            if (!st || !st.isFile()) {
                out.push({ name, found: false });
                continue;
            }
            out.push({ name, found: true, ...(await (0,hash_stream.hashFile)(file)) });
        }
        return out;
    }
    file(releaseId, name) {
        if (!release_id/* RELEASE_ID_PATTERN */.ZT.test(releaseId) || name.includes('/') || name.includes('\\') || name.startsWith('.'))
            throw new Error(`${releaseId}/${name}: not a file of a release`);
        return external_node_path_default().join(this.dir, releaseId, name);
    }
}

;// CONCATENATED MODULE: ./src/app/deploy-source.ts


function localSource(dir, creator) {
    return { files: new LocalReleaseFiles(dir), history: new deployments/* LocalDeploymentHistory */.r(dir, () => new Date(), creator) };
}
async function githubSource(o) {
    const [{ createOctokit }, { GitHubDeploymentHistory }, { GitHubReleaseFiles }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5423)), __webpack_require__.e(/* import() */ 966).then(__webpack_require__.bind(__webpack_require__, 4966)), __webpack_require__.e(/* import() */ 85).then(__webpack_require__.bind(__webpack_require__, 3085))]);
    const octokit = createOctokit({ token: o.token, ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}), ...(o.log ? { log: o.log } : {}) });
    return { files: new GitHubReleaseFiles(octokit, o.repository, o.token), history: new GitHubDeploymentHistory(octokit, o.repository) };
}
function deployJson(r) {
    return { outcome: r.outcome, environment: r.environment, component: r.component, release_id: r.release_id, previous_release: r.previous_release, deployment: r.deployment, rollback: r.rollback, compat: r.compat, disabled_ui_modules: r.disabled_ui_modules };
}

;// CONCATENATED MODULE: ./src/app/smoke.ts



async function smoke(o) {
    const diagnostics = [];
    let expected = null;
    if (o.releaseIds.length) {
        const manifests = [];
        for (const id of o.releaseIds) {
            const m = await o.files.manifest(id).catch((e) => {
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-unverified', o.where, null, `release ${id}: ${e.message}`));
                return undefined;
            });
            if (m === null)
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-not-found', o.where, null, `release ${id} is not in ${o.files.label}`));
            else if (m && m.schema !== 2)
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'release-unverified', o.where, null, `release ${id}: its release-manifest.json is schema 1, which lists no modules`));
            else if (m)
                manifests.push(m);
        }
        if (diagnostics.length)
            return { ok: false, report: null, expected: null, diagnostics };
        const e = expectationOf(manifests);
        if (typeof e === 'string')
            return { ok: false, report: null, expected: null, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'smoke-failed', o.where, null, e)] };
        expected = e;
    }
    const report = await runSmoke({ baseUrl: o.baseUrl, expected, config: o.config });
    for (const c of report.checks.filter((x) => !x.ok))
        diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'smoke-failed', o.baseUrl, null, `${c.name} ${c.url}: ${c.message}`));
    return { ok: report.ok, report, expected, diagnostics };
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/drivers/cli/gate.ts + 2 modules
var gate = __webpack_require__(2405);
;// CONCATENATED MODULE: ./src/drivers/cli/deploy.ts











const SOURCE = { store: { type: 'string' }, repo: { type: 'string' }, 'github-api': { type: 'string' } };
const IMAGES = { registry: { type: 'string' }, images: { type: 'string' } };
const COMMON = { root: { type: 'string', default: '.' }, url: { type: 'string' }, format: { type: 'string', default: 'text' } };
const MOVE = { 'allow-degraded': { type: 'boolean', default: false }, ...gate/* GATE_OPTIONS */.FF };
const MOVE_USAGE = `[--allow-degraded] ${gate/* GATE_USAGE */.y3}`;
const SOURCE_USAGE = '[--store DIR | --repo OWNER/NAME [--github-api URL]]';
async function openSource(values, io) {
    if (values.repo !== undefined && values.store !== undefined)
        throw new errors/* ArgumentError */.c1('--store and --repo exclude each other');
    if (values['github-api'] !== undefined && values.repo === undefined)
        throw new errors/* ArgumentError */.c1('--github-api goes with --repo OWNER/NAME');
    if (typeof values.repo === 'string') {
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo))
            throw new errors/* ArgumentError */.c1(`--repo must be OWNER/NAME, not '${values.repo}'`);
        const token = process.env.GITHUB_TOKEN;
        if (!token)
            throw new errors/* ArgumentError */.c1('--repo needs a token in GITHUB_TOKEN (contents: read, deployments: write)');
        const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined;
        return { ...(await githubSource({ token, repository: values.repo, ...(baseUrl ? { baseUrl } : {}), log: (m) => io.stderr(m) })), where: values.repo };
    }
    const dir = external_node_path_default().resolve(io.cwd, typeof values.store === 'string' ? values.store : 'releases');
    return { ...localSource(dir, (0,record/* runContext */.pO)(process.env).requested_by), where: external_node_path_default().relative(io.cwd, dir).split((external_node_path_default()).sep).join('/') || '.' };
}
async function deployConfig(root, io) {
    const r = await (0,config/* loadConfig */.Z)(root);
    for (const d of r.diagnostics)
        io.stderr((0,render/* renderText */.S5)(d));
    return r.config?.deploy ?? null;
}
function imagesOption(values) {
    if (values.registry !== undefined && values.images !== undefined)
        throw new errors/* ArgumentError */.c1('--registry and --images exclude each other');
    if (typeof values.images === 'string' && !values.images.startsWith('oci:'))
        throw new errors/* ArgumentError */.c1(`--images must be oci:DIR, not '${values.images}' (use --registry HOST[:PORT] for a registry)`);
    return typeof values.registry === 'string' ? values.registry : typeof values.images === 'string' ? values.images : null;
}
function checkUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ArgumentError */.c1(`--url '${url}' is not a URL`);
    }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password)
        throw new errors/* ArgumentError */.c1(`--url must be an http(s) URL without credentials, not '${url}'`);
    return url;
}
function printResult(r, kind, values, io) {
    if (values.format === 'json')
        io.stdout((0,render/* jsonReport */.L7)(r.ok, r.manifest_hash, r.diagnostics, deployJson(r)));
    else {
        for (const d of r.diagnostics)
            io.stderr((0,render/* renderText */.S5)(d));
        for (const s of [r.deployment?.smoke, r.rollback?.smoke])
            if (s)
                io.stderr(smokeText(s));
        const what = kind === 'rollback' ? 'rolled back' : 'deployed';
        if (r.outcome === 'deployed')
            io.stdout(`${what}: ${r.release_id} (${r.component}) \u2192 ${r.environment}${r.previous_release ? `, was ${r.previous_release}` : ''}${r.deployment?.deployment_id ? ` (deployment ${r.deployment.deployment_id})` : ''}`);
        else if (r.outcome === 'refused')
            io.stderr(refusedText(r, kind));
        else if (r.outcome === 'failed')
            io.stderr(r.rollback ? `${r.release_id} failed in ${r.environment}; ${r.environment} is back on ${r.rollback.release_id}` : `${r.release_id} failed in ${r.environment}, which held nothing before`);
        else
            io.stderr(`${r.release_id} failed in ${r.environment} and the return to ${r.previous_release} failed too`);
    }
    return r.ok ? 0 : 1;
}
async function runMove(kind, releaseId, values, io) {
    if (typeof values.environment !== 'string')
        throw new errors/* ArgumentError */.c1(`${kind} needs --environment NAME`);
    const problem = (0,model/* environmentProblem */.f5)(values.environment);
    if (problem)
        throw new errors/* ArgumentError */.c1(`--environment '${values.environment}' ${problem}`);
    const refused = await (0,gate/* cliGate */.er)(kind, values, io);
    if (refused) {
        if (values.format === 'json')
            io.stdout((0,render/* jsonReport */.L7)(false, null, refused, {}));
        else
            for (const d of refused)
                io.stderr((0,render/* renderText */.S5)(d));
        return 1;
    }
    const root = external_node_path_default().resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
    const config = await deployConfig(root, io);
    if (!config)
        return 1;
    const source = await openSource(values, io);
    const where = imagesOption(values);
    const user = process.env.REGISTRY_USERNAME;
    const password = process.env.REGISTRY_PASSWORD;
    const smokeUrl = typeof values.url === 'string' ? checkUrl(values.url) : (config.environments[values.environment]?.url ?? null);
    const r = await deploy({
        releaseId,
        environment: values.environment,
        kind,
        files: source.files,
        history: source.history,
        images: { where, cwd: io.cwd, ...(user && password ? { credentials: { username: user, password } } : {}) },
        config,
        smokeUrl,
        root,
        logUrl: (0,record/* runContext */.pO)(process.env).logs_url,
        log: (l) => io.stderr(l),
        where: source.where,
        allowDegraded: values['allow-degraded'] === true
    });
    return printResult(r, kind, values, io);
}
const deployCommand = {
    usage: `modules-rebuild deploy --release RELEASE_ID --environment NAME ${SOURCE_USAGE} [--registry HOST[:PORT] | --images oci:DIR] [--url BASE] ${MOVE_USAGE} [--root DIR] [--format text|json]`,
    summary: 'Deploy a published release: verify its assets against SHA256SUMS and its image digests, record a deployment (GitHub Deployment with --repo, else in the store), point the image tag NAME at the release digests, run the [deploy] hook, run the smoke checks when the environment has a URL (--url or [deploy.environments.NAME] url); a failure returns the environment to its previous release.',
    options: { release: { type: 'string' }, environment: { type: 'string' }, ...SOURCE, ...IMAGES, ...COMMON, ...MOVE },
    async run(values, io) {
        if (typeof values.release !== 'string')
            throw new errors/* ArgumentError */.c1('deploy needs --release RELEASE_ID');
        return runMove('deploy', values.release, values, io);
    }
};
const rollbackCommand = {
    usage: `modules-rebuild rollback --to RELEASE_ID --environment NAME ${SOURCE_USAGE} [--registry HOST[:PORT] | --images oci:DIR] [--url BASE] ${MOVE_USAGE} [--root DIR] [--format text|json]`,
    summary: 'Return an environment to an earlier release by the same path as deploy (verify \u2192 deployment \u2192 re-point \u2192 hook \u2192 smoke). Never rebuilds: the images are re-pointed by digest. Refuses a release that is gone (pruned) or fails verification.',
    options: { to: { type: 'string' }, environment: { type: 'string' }, ...SOURCE, ...IMAGES, ...COMMON, ...MOVE },
    async run(values, io) {
        if (typeof values.to !== 'string')
            throw new errors/* ArgumentError */.c1('rollback needs --to RELEASE_ID');
        return runMove('rollback', values.to, values, io);
    }
};
const smokeCommand = {
    usage: `modules-rebuild smoke --url BASE [--release RELEASE_ID \u2026] ${SOURCE_USAGE} [--root DIR] [--format text|json]`,
    summary: 'Smoke-check a running server: the health endpoint answers 200 before the deadline (retried with backoff); the modules endpoint reports the manifest_hash and exactly the modules of the release(s) given; the migrations endpoint, when configured, reports nothing pending. Paths and deadline: [deploy.smoke].',
    options: { release: { type: 'string', multiple: true }, ...SOURCE, ...COMMON },
    async run(values, io) {
        if (typeof values.url !== 'string')
            throw new errors/* ArgumentError */.c1('smoke needs --url BASE');
        const url = checkUrl(values.url);
        const root = external_node_path_default().resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
        const config = await deployConfig(root, io);
        if (!config)
            return 1;
        const ids = values.release ?? [];
        const source = ids.length ? await openSource(values, io) : null;
        const r = await smoke({ baseUrl: url, releaseIds: ids, files: source?.files ?? null, config: config.smoke, where: source?.where ?? url });
        if (values.format === 'json')
            io.stdout((0,render/* jsonReport */.L7)(r.ok, r.expected?.manifest_hash ?? r.report?.observed.manifest_hash ?? null, r.diagnostics, { smoke: r.report }));
        else if (!r.report)
            for (const d of r.diagnostics)
                io.stderr((0,render/* renderText */.S5)(d));
        else
            (r.ok ? io.stdout : io.stderr)(smokeText(r.report));
        return r.ok ? 0 : 1;
    }
};


/***/ }),

/***/ 2405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FF: () => (/* binding */ GATE_OPTIONS),
  y3: () => (/* binding */ GATE_USAGE),
  er: () => (/* binding */ cliGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/config.ts
var app_config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/core/config/rbac.ts
var rbac = __webpack_require__(516);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values_values = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
;// CONCATENATED MODULE: ./src/adapters/github/permissions.ts





function permissionLevel(answer) {
    const candidates = ['none'];
    const p = answer.user?.permissions;
    if (p) {
        if (p.admin)
            candidates.push('admin');
        else if (p.maintain)
            candidates.push('maintain');
        else if (p.push)
            candidates.push('write');
        else if (p.triage)
            candidates.push('triage');
        else if (p.pull)
            candidates.push('read');
    }
    if (rbac/* PERMISSION_LEVELS */.eO.includes(answer.role_name))
        candidates.push(answer.role_name);
    if (['admin', 'write', 'read'].includes(answer.permission))
        candidates.push(answer.permission);
    return candidates.reduce((a, b) => ((0,rbac/* rank */.Tm)(b) > (0,rbac/* rank */.Tm)(a) ? b : a));
}
const PERMISSION_RULE = 'permission-denied';
async function requirePermission(octokit, r) {
    if (!values_values/* MINIMUM_PERMISSIONS */.UT.includes(r.minimum))
        throw new TypeError(`minimum must be one of ${values_values/* MINIMUM_PERMISSIONS */.UT.join(', ')}, not '${r.minimum}'`);
    if (!r.username)
        throw new TypeError('username is empty: nobody to check the permission of');
    let level = 'none';
    let roleName = null;
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: r.owner, repo: r.repo, username: r.username });
        level = permissionLevel(data);
        roleName = data.role_name;
    }
    catch (err) {
        if ((0,client.httpStatus)(err) !== 404)
            throw new Error(`cannot read ${r.username}'s permission on ${r.owner}/${r.repo}: ${err.message}`, { cause: err });
    }
    if ((0,rbac/* rank */.Tm)(level) >= (0,rbac/* rank */.Tm)(r.minimum))
        return { ok: true, username: r.username, level, role_name: roleName };
    const role = roleName && roleName !== level ? ` (role '${roleName}')` : '';
    return {
        ok: false,
        username: r.username,
        level,
        role_name: roleName,
        minimum: r.minimum,
        diagnostic: (0,diagnostic/* diagnostic */.YK)('error', PERMISSION_RULE, `${r.owner}/${r.repo}`, null, `${r.username} has ${level === 'none' ? 'no access' : `'${level}' permission`}${role} on ${r.owner}/${r.repo}; ${r.what ?? 'this'} needs at least '${r.minimum}'`, `Ask a repository admin to give ${r.username} the ${r.minimum} role (Settings \u2192 Collaborators and teams), or have someone with it make the request.`)
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/gate.ts


const WHAT = { rebuild: 'a rebuild', deploy: 'a deploy', rollback: 'a rollback', prune: 'a prune' };
async function gateOperation(r) {
    const [owner, repo, ...rest] = r.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/repo, got '${r.repository}'`);
    if (!r.token)
        throw new Error(`checking ${r.actor}'s permission for ${WHAT[r.operation]} needs a token (GITHUB_TOKEN is enough: the permission endpoint needs only metadata: read)`);
    const octokit = (0,client.createOctokit)({ ...r.client, token: r.token, ...(r.baseUrl ? { baseUrl: r.baseUrl } : {}) });
    return requirePermission(octokit, { owner, repo, username: r.actor, minimum: r.minimum, what: WHAT[r.operation] });
}
function gateLine(op, c, minimum) {
    return c.ok ? `RBAC: ${c.username} has '${c.level}' permission; ${WHAT[op]} needs '${minimum}': allowed` : c.diagnostic.message;
}

;// CONCATENATED MODULE: ./src/drivers/cli/gate.ts






const GATE_OPTIONS = { actor: { type: 'string' }, 'minimum-permission': { type: 'string' } };
const GATE_USAGE = '[--actor LOGIN [--minimum-permission write|maintain|admin]]';
async function cliGate(op, values, io) {
    const actor = values.actor;
    const explicit = values['minimum-permission'];
    if (explicit !== undefined && actor === undefined)
        throw new errors/* ArgumentError */.c1('--minimum-permission goes with --actor LOGIN');
    if (actor === undefined)
        return null;
    if (typeof actor !== 'string' || actor === '')
        throw new errors/* ArgumentError */.c1('--actor needs a GitHub login');
    if (typeof values.repo !== 'string')
        throw new errors/* ArgumentError */.c1('--actor goes with --repo OWNER/NAME: the permission is read from GitHub');
    if (explicit !== undefined && !(0,values_values/* isMinimumPermission */._M)(explicit))
        throw new errors/* ArgumentError */.c1(`--minimum-permission must be one of ${values_values/* MINIMUM_PERMISSIONS */.UT.join(', ')}, not '${String(explicit)}'`);
    let minimum;
    if (explicit !== undefined)
        minimum = explicit;
    else {
        const root = external_node_path_default().resolve(io.cwd, typeof values.root === 'string' ? values.root : '.');
        const { config, diagnostics } = await (0,app_config/* loadConfig */.Z)(root);
        if (!config)
            return diagnostics;
        minimum = (0,rbac/* minimumFor */.GH)(op, config.rbac);
    }
    const token = process.env.GITHUB_TOKEN;
    if (!token)
        throw new errors/* ArgumentError */.c1('--actor needs a token in GITHUB_TOKEN to read the permission');
    const baseUrl = typeof values['github-api'] === 'string' ? values['github-api'] : undefined;
    const check = await gateOperation({ operation: op, repository: values.repo, actor, minimum, token, ...(baseUrl ? { baseUrl } : {}) });
    if (!check.ok)
        return [check.diagnostic];
    io.stderr(gateLine(op, check, minimum));
    return null;
}


/***/ })

};
;