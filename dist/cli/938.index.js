"use strict";
exports.id = 938;
exports.ids = [938];
exports.modules = {

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   git: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9213);



const STRIP = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES'];
function gitEnv(extra = {}) {
    const env = { ...(0,_process_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnv */ .g)(), GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    for (const k of STRIP)
        delete env[k];
    return { ...env, ...extra };
}
function git(args, o) {
    return new Promise((resolve, reject) => {
        if (o.input === undefined) {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd: o.cwd, env: gitEnv(o.env), encoding: 'buffer', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
                const code = err ? (typeof err.code === 'number' ? (err.code) : -1) : 0;
                if (err && !(o.allow ?? []).includes(code))
                    return reject(new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args.join(' ')}: ${stderr.toString().trim() || err.message}`));
                resolve({ stdout, code });
            });
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: o.cwd, env: gitEnv(o.env), stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const errOut = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => errOut.push(b));
        child.on('error', (e) => reject(new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args.join(' ')}: ${e.message}`)));
        child.on('close', (code) => {
            const c = code ?? -1;
            if (c !== 0 && !(o.allow ?? []).includes(c))
                return reject(new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args.join(' ')}: ${Buffer.concat(errOut).toString().trim()}`));
            resolve({ stdout: Buffer.concat(out), code: c });
        });
        child.stdin.on('error', () => { });
        child.stdin.end(o.input);
    });
}


/***/ }),

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


/***/ })

};
;