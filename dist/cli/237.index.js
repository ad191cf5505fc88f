"use strict";
exports.id = 237;
exports.ids = [237];
exports.modules = {

/***/ 2237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  workflowsCommand: () => (/* binding */ workflowsCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/config.ts
var app_config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/app/workflows.ts + 5 modules
var workflows = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/adapters/fs/write.ts + 1 modules
var write = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/core/codegen/features.ts + 2 modules
var features = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/config/config.ts
var config_config = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/core/config/constants.ts
var constants = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/manifest/toml-write.ts
var toml_write = __webpack_require__(7371);
// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/workflows/init-edit.ts




function setWorkflowsPins(text, file, pins) {
    const doc = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(doc))
        return { ok: false, diagnostics: doc };
    const current = doc.data.workflows;
    if (current !== undefined && !(0,toml/* isTable */.bI)(current))
        return { ok: false, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'invalid-type', file, null, '`workflows` is not a table', 'Make it a [workflows] table.')] };
    const wanted = Object.entries(pins).filter(([key, v]) => v !== undefined && current?.[key] !== v);
    if (!wanted.length)
        return { ok: true, text, changed: [] };
    const intended = structuredClone(doc.data);
    intended.workflows = { ...((0,toml/* isTable */.bI)(current) ? current : {}), ...Object.fromEntries(wanted) };
    const header = doc.stmts.find((s) => s.kind === 'header' && !s.array && s.path.length === 1 && s.path[0] === 'workflows');
    const own = doc.stmts.filter((s) => s.kind === 'keyval' && s.path.length === 2 && s.path[0] === 'workflows');
    const edits = [];
    const adds = [];
    for (const [key, value] of wanted) {
        const kv = own.find((s) => s.path[1] === key);
        if (kv)
            edits.push({ at: kv.valueStart, end: kv.valueEnd, text: (0,toml_write/* tomlString */.Ge)(value) });
        else
            adds.push(`${key} = ${(0,toml_write/* tomlString */.Ge)(value)}${doc.eol}`);
    }
    if (adds.length) {
        if (header && header.kind === 'header') {
            const last = own.filter((s) => s.table.length === 1).at(-1);
            const at = last ? last.lineEnd : header.lineEnd;
            const before = text.slice(0, at);
            edits.push({ at, end: at, text: (before.endsWith('\n') || at === 0 ? '' : doc.eol) + adds.join('') });
        }
        else if (current === undefined) {
            const sep = text === '' || text.endsWith('\n') ? '' : doc.eol;
            edits.push({ at: text.length, end: text.length, text: `${sep}${doc.eol}[workflows]${doc.eol}${adds.join('')}` });
        }
        else
            return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, '`workflows` is written as a dotted key or an inline table')] };
    }
    let out = text;
    for (const e of edits.sort((a, b) => b.at - a.at))
        out = out.slice(0, e.at) + e.text + out.slice(e.end);
    const verified = (0,toml_write/* verifyEdit */.kP)(file, out, intended);
    if (!verified.ok)
        return { ok: false, diagnostics: verified.diagnostics };
    return { ok: true, text: out, changed: wanted.map(([k]) => k) };
}
function addImages(text, file, found) {
    if (!found.length)
        return { ok: true, text, changed: [] };
    const doc = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(doc))
        return { ok: false, diagnostics: doc };
    if (doc.data.images !== undefined)
        return { ok: true, text, changed: [] };
    const intended = structuredClone(doc.data);
    intended.images = Object.fromEntries(found.map((f) => [f.target, { dockerfile: f.dockerfile }]));
    const sep = text === '' || text.endsWith('\n') ? '' : doc.eol;
    const out = `${text}${sep}${doc.eol}${(0,config_images/* imagesToml */.xn)(found, doc.eol)}`;
    const verified = (0,toml_write/* verifyEdit */.kP)(file, out, intended);
    if (!verified.ok)
        return { ok: false, diagnostics: verified.diagnostics };
    return { ok: true, text: out, changed: found.map((f) => `images.${f.target}`) };
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/core/actions/constants.ts
var actions_constants = __webpack_require__(9398);
// EXTERNAL MODULE: ./src/core/values/values.ts
var values_values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/drivers/cli/workflows.ts















const ROOT = { root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' } };
const workflowsCommand = {
    usage: 'modules-rebuild workflows generate|check [--root DIR] [--format text|json]',
    summary: 'Write (generate) or compare (check) .github/workflows/modules-rebuild.yml (plan, build, publish, deploy), modules-change.yml, modules-rollback.yml and modules-prune.yml from modules-rebuild.toml [workflows]; check prints a unified diff and the fix.',
    options: { ...ROOT },
    positionals: true,
    async run(values, io, positionals) {
        const [sub, ...extra] = positionals;
        if ((sub !== 'generate' && sub !== 'check') || extra.length)
            throw new errors/* ArgumentError */.c1(`workflows takes one subcommand, generate or check (got ${positionals.join(' ') || 'none'})`);
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const noConfig = !(await external_node_fs_.promises.stat(external_node_path_default().join(root, workflows/* CONFIG_FILE */.g2)).then(() => true, () => false));
        const initHint = (d) => noConfig && d.rule === 'config-invalid-action' ? { ...d, hint: `${workflows/* CONFIG_FILE */.g2} does not exist in ${root}: run \`modules-rebuild init --action OWNER/REPO@<40-hex commit> --action-version vX.Y.Z${values.root === '.' ? '' : ` --root ${String(values.root)}`}\` to write it and the workflows.` } : d;
        if (sub === 'generate') {
            await (0,write/* recoverInterrupted */.js)(root);
            const planned = await (0,workflows/* planWorkflowsOnDisk */.C_)(root);
            const ctx = { ...planned, diagnostics: planned.diagnostics.map(initHint) };
            const result = ctx.planned && !(0,diagnostic/* hasErrors */.Cs)(ctx.diagnostics) ? await (0,workflows/* writeWorkflows */.M_)(root, ctx.planned) : { written: [], unchanged: [] };
            const ok = !(0,diagnostic/* hasErrors */.Cs)(ctx.diagnostics);
            if (values.format === 'json')
                io.stdout((0,render/* jsonReport */.L7)(ok, null, ctx.diagnostics, result));
            else {
                for (const d of ctx.diagnostics)
                    io.stderr((0,render/* renderText */.S5)(d));
                for (const f of result.written)
                    io.stdout(`wrote ${f}`);
                io.stdout(`${result.written.length} written, ${result.unchanged.length} unchanged (${(0,render/* summaryLine */.dC)(ctx.diagnostics)})`);
            }
            return ok ? 0 : 1;
        }
        const checked = await (0,workflows.checkWorkflowsOnDisk)(root);
        const r = { ...checked, diagnostics: checked.diagnostics.map(initHint) };
        const ok = !(0,diagnostic/* hasErrors */.Cs)(r.diagnostics);
        const fix = values.root === '.' ? actions_constants/* GENERATE_COMMAND */.G6 : `${actions_constants/* GENERATE_COMMAND */.G6} --root ${String(values.root)}`;
        if (values.format === 'json')
            io.stdout((0,render/* jsonReport */.L7)(ok, null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null }));
        else {
            for (const d of r.diagnostics)
                io.stderr((0,render/* renderText */.S5)(d));
            for (const s of r.stale)
                io.stdout(s.diff);
            if (r.stale.length)
                io.stderr(`${r.stale.length} workflow${r.stale.length === 1 ? ' is' : 's are'} stale; fix: ${fix}`);
            else if (ok)
                io.stdout('workflows are up to date');
        }
        return ok ? 0 : 1;
    }
};
const initCommand = {
    usage: 'modules-rebuild init --action OWNER/REPO@SHA --action-version vX.Y.Z [--root DIR]',
    summary: `Write ${workflows/* CONFIG_FILE */.g2} (if absent, codegen preset "rustok" when apps/server/build.rs generates RusToK's registry; when it exists, --action / --action-version set its [workflows] pins surgically) and the workflows, all or nothing. --action pins the modules-rebuild action the workflows call (needed unless the config already sets it).`,
    options: { root: { type: 'string', default: '.' }, action: { type: 'string' }, 'action-version': { type: 'string' } },
    async run(values, io) {
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const action = typeof values.action === 'string' ? values.action : undefined;
        const version = typeof values['action-version'] === 'string' ? values['action-version'] : undefined;
        await (0,write/* makeDirectory */.Oh)(root);
        await (0,write/* recoverInterrupted */.js)(root);
        await (0,app_config/* loadConfig */.Z)(root);
        const existing = (await (0,fs/* readSnapshot */.RA)(root, [workflows/* CONFIG_FILE */.g2])).get(workflows/* CONFIG_FILE */.g2) ?? null;
        const images = await (0,workflows/* detectDockerfiles */.Hx)(root);
        let text;
        const notes = [];
        if (existing === null) {
            if (action === undefined || version === undefined) {
                throw new errors/* ArgumentError */.c1(`init needs --action OWNER/REPO@<40-hex commit> and --action-version vX.Y.Z to write ${workflows/* CONFIG_FILE */.g2} (the workflows call that pinned action)`);
            }
            const preset = await (0,workflows/* detectPreset */.Ri)(root);
            const prefix = config_config/* DEFAULT_CONFIG */.PV.codegen.feature_prefix;
            const cargo = await (0,fs/* readSnapshot */.RA)(root, values_values/* TARGETS */.dW.map((app) => constants/* APP_DEFAULTS */.HG[app].cargo_toml));
            const base = {};
            for (const app of values_values/* TARGETS */.dW) {
                const cargoText = cargo.get(constants/* APP_DEFAULTS */.HG[app].cargo_toml) ?? null;
                base[app] = (0,features/* gatesModules */.AJ)(app, 'auto', prefix, cargoText) ? (0,workflows/* defaultBaseFeatures */.q_)(cargoText, prefix) : [];
            }
            text = (0,workflows/* initialConfig */.Dz)(action, version, preset, base, images);
            notes.push(`wrote ${workflows/* CONFIG_FILE */.g2}${preset === 'rustok' ? ' (codegen preset "rustok": apps/server/build.rs generates RusToK\'s registry files)' : ''}`);
            for (const i of images)
                notes.push(`  [images.${i.target}] dockerfile = ${i.dockerfile} (found; its image is built in the build job and pushed by publish)`);
            for (const app of values_values/* TARGETS */.dW)
                if (base[app].length)
                    notes.push(`  [features] base_features.${app} = ${base[app].join(', ')} (the non-module features of ${constants/* APP_DEFAULTS */.HG[app].cargo_toml} [features] default)`);
        }
        else {
            const edit = setWorkflowsPins(existing, workflows/* CONFIG_FILE */.g2, { ...(action !== undefined ? { action } : {}), ...(version !== undefined ? { action_version: version } : {}) });
            if (!edit.ok) {
                for (const d of edit.diagnostics)
                    io.stderr((0,render/* renderText */.S5)(d));
                return 1;
            }
            const withImages = addImages(edit.text, workflows/* CONFIG_FILE */.g2, images);
            if (!withImages.ok) {
                for (const d of withImages.diagnostics)
                    io.stderr((0,render/* renderText */.S5)(d));
                return 1;
            }
            text = withImages.text;
            if (!edit.changed.length && !withImages.changed.length)
                io.stdout(`${workflows/* CONFIG_FILE */.g2} exists; kept as it is`);
            if (edit.changed.length)
                notes.push(`${workflows/* CONFIG_FILE */.g2}: set [workflows] ${edit.changed.join(', ')}`);
            if (withImages.changed.length)
                notes.push(`${workflows/* CONFIG_FILE */.g2}: added ${withImages.changed.map((c) => `[${c}]`).join(', ')} for ${images.map((i) => i.dockerfile).join(', ')}`);
        }
        const { config, diagnostics } = (0,config_config/* readConfig */.Xg)(text);
        const plan = config ? (0,workflows.planFromConfig)(config) : { planned: null, diagnostics: [] };
        const all = [...diagnostics, ...plan.diagnostics];
        for (const d of all)
            io.stderr((0,render/* renderText */.S5)(d));
        if (!plan.planned || (0,diagnostic/* hasErrors */.Cs)(all)) {
            if (text !== existing)
                io.stderr(`nothing written: ${workflows/* CONFIG_FILE */.g2} as it would be written has errors`);
            return 1;
        }
        const changed = await (0,workflows/* changedWorkflows */.HC)(root, plan.planned);
        const { written } = await (0,write/* applyChanges */.YF)(root, [...(text !== existing ? [{ path: workflows/* CONFIG_FILE */.g2, content: text }] : []), ...changed]);
        for (const f of written) {
            if (f === workflows/* CONFIG_FILE */.g2 && notes.length)
                notes.forEach((n) => io.stdout(n));
            else
                io.stdout(`wrote ${f}`);
        }
        io.stdout(`next: modules-rebuild generate${values.root === '.' ? '' : ` --root ${String(values.root)}`}, then commit the files; the workflow plans and builds on pushes that change modules.toml`);
        return 0;
    }
};


/***/ })

};
;