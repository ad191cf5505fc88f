export const id = 804;
export const ids = [804];
export const modules = {

/***/ 2804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand),
/* harmony export */   workflowsCommand: () => (/* binding */ workflowsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9152);
/* harmony import */ var _adapters_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9389);
/* harmony import */ var _adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(410);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2869);
/* harmony import */ var _diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1466);
/* harmony import */ var _workflows_constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2323);








const ROOT = { root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' } };
const workflowsCommand = {
    usage: 'modules-rebuild workflows generate|check [--root DIR] [--format text|json]',
    summary: 'Write (generate) or compare (check) .github/workflows/modules-rebuild.yml and modules-change.yml from modules-rebuild.toml [workflows]; check prints a unified diff and the fix.',
    options: { ...ROOT },
    positionals: true,
    async run(values, io, positionals) {
        const [sub, ...extra] = positionals;
        if ((sub !== 'generate' && sub !== 'check') || extra.length)
            throw new _adapters_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`workflows takes one subcommand, generate or check (got ${positionals.join(' ') || 'none'})`);
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, String(values.root));
        if (sub === 'generate') {
            const ctx = await (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .planWorkflowsOnDisk */ .C_)(root);
            const result = ctx.planned && !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(ctx.diagnostics) ? await (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .writeWorkflows */ .M_)(root, ctx.planned) : { written: [], unchanged: [] };
            const ok = !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(ctx.diagnostics);
            if (values.format === 'json')
                io.stdout((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonReport */ .L7)(ok, null, ctx.diagnostics, result));
            else {
                for (const d of ctx.diagnostics)
                    io.stderr((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S5)(d));
                for (const f of result.written)
                    io.stdout(`wrote ${f}`);
                io.stdout(`${result.written.length} written, ${result.unchanged.length} unchanged (${(0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .summaryLine */ .dC)(ctx.diagnostics)})`);
            }
            return ok ? 0 : 1;
        }
        const r = await (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .checkWorkflowsOnDisk */ .rw)(root);
        const ok = !(0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(r.diagnostics);
        const fix = values.root === '.' ? _workflows_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATE_COMMAND */ .G6 : `${_workflows_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .GENERATE_COMMAND */ .G6} --root ${String(values.root)}`;
        if (values.format === 'json')
            io.stdout((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonReport */ .L7)(ok, null, r.diagnostics, { stale: r.stale, fix: r.stale.length ? fix : null }));
        else {
            for (const d of r.diagnostics)
                io.stderr((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S5)(d));
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
    summary: `Write ${_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2} (if absent; codegen preset "rustok" when apps/server/build.rs generates RusToK's registry) and the workflows. --action pins the modules-rebuild action the workflows call (needed unless the config already sets it).`,
    options: { root: { type: 'string', default: '.' }, action: { type: 'string' }, 'action-version': { type: 'string' } },
    async run(values, io) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, String(values.root));
        const configPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, _adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2);
        const exists = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(configPath).then(() => true, () => false);
        if (!exists) {
            if (typeof values.action !== 'string' || typeof values['action-version'] !== 'string') {
                throw new _adapters_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`init needs --action OWNER/REPO@<40-hex commit> and --action-version vX.Y.Z to write ${_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2} (the workflows call that pinned action)`);
            }
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(root, { recursive: true });
            const preset = await (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .detectPreset */ .Ri)(root);
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(configPath, (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .initialConfig */ .Dz)(values.action, values['action-version'], preset));
            io.stdout(`wrote ${_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2}${preset === 'rustok' ? ' (codegen preset "rustok": apps/server/build.rs generates RusToK\'s registry files)' : ''}`);
        }
        else
            io.stdout(`${_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2} exists; kept as it is`);
        const { config, diagnostics } = await (0,_adapters_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(root);
        const plan = config ? (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .planFromConfig */ .IT)(config) : { planned: null, diagnostics: [] };
        const all = [...diagnostics, ...plan.diagnostics];
        for (const d of all)
            io.stderr((0,_diagnostics_render_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S5)(d));
        if (!plan.planned || (0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(all))
            return 1;
        const { written } = await (0,_adapters_workflows_js__WEBPACK_IMPORTED_MODULE_4__/* .writeWorkflows */ .M_)(root, plan.planned);
        for (const f of written)
            io.stdout(`wrote ${f}`);
        io.stdout('next: commit the files; the workflow plans and builds on pushes that change modules.toml');
        return 0;
    }
};


/***/ })

};
