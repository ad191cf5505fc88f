"use strict";
exports.id = 674;
exports.ids = [674];
exports.modules = {

/***/ 7483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ PINS),
/* harmony export */   I1: () => (/* binding */ pinnedRef),
/* harmony export */   NS: () => (/* binding */ isPinnedAction)
/* harmony export */ });
const PINS = {
    'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
    'actions/cache': { sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae', version: 'v5.0.5' },
    'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
    'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
    'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
    'actions/attest-build-provenance': { sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', version: 'v4.1.0' },
    'docker/setup-buildx-action': { sha: '37fe631027851001ddb9b187196cc803df7f5f0e', version: 'v4.3.0' },
    'docker/login-action': { sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', version: 'v4.1.0' },
    'docker/metadata-action': { sha: 'dc802804100637a589fabce1cb79ff13a1411302', version: 'v6.2.0' },
    'docker/build-push-action': { sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', version: 'v7.3.0' }
};
const isPinnedAction = (name) => Object.hasOwn(PINS, name);
const pinnedRef = (action) => `${action}@${PINS[action].sha}`;


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ APP_DEFAULTS),
/* harmony export */   Kh: () => (/* binding */ FEATURE_MODES),
/* harmony export */   _s: () => (/* binding */ RUSTOK_OUTPUTS),
/* harmony export */   cL: () => (/* binding */ RUSTOK_OUTPUT_KEYS),
/* harmony export */   fG: () => (/* binding */ PRESETS),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   i2: () => (/* binding */ FEATURE_PATTERN),
/* harmony export */   pQ: () => (/* binding */ GATE_MODES),
/* harmony export */   vW: () => (/* binding */ DIRTY_KINDS)
/* harmony export */ });
const CONFIG_FILE = 'modules-rebuild.toml';
const FEATURE_MODES = ['auto', 'managed', 'flags'];
const DIRTY_KINDS = ['registry', 'features', 'workflows'];
const GATE_MODES = ['auto', 'always', 'never'];
const PRESETS = ['default', 'rustok'];
const FEATURE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_+.-]*(/[A-Za-z0-9_][A-Za-z0-9_+.-]*)?$';
const APP_DEFAULTS = {
    server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml' },
    admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml' },
    storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml' }
};
const RUSTOK_OUTPUTS = {
    server_registry: { app: 'server', path: 'apps/server/src/generated/modules_registry_codegen.rs' },
    server_graphql: { app: 'server', path: 'apps/server/src/generated/graphql_schema_codegen.rs' },
    server_routes: { app: 'server', path: 'apps/server/src/generated/app_routes_codegen.rs' },
    admin_registry: { app: 'admin', path: 'apps/admin/src/generated/module_registry_codegen.rs' },
    storefront_ui: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen.rs' },
    storefront_ui_client: { app: 'storefront', path: 'apps/storefront/src/generated/module_ui_codegen_client.rs' }
};
const RUSTOK_OUTPUT_KEYS = Object.keys(RUSTOK_OUTPUTS);


/***/ }),

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ checkPlanConfig),
/* harmony export */   YT: () => (/* binding */ DEFAULT_COMMAND),
/* harmony export */   Yw: () => (/* binding */ RELEASE_PREFIX_PATTERN)
/* harmony export */ });
/* unused harmony export PLACEHOLDERS */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7577);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);



const RELEASE_PREFIX_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.(?!\\.))*[A-Za-z0-9_-]$|^[A-Za-z0-9]$';
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['{package}', '{profile_args}', '{target_args}', '{feature_args}', '{features}', '{profile}', '{target}']));
const DEFAULT_COMMAND = ['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'];
function checkPlanConfig(c, file, where = () => null) {
    const diagnostics = [];
    const locate = (p) => where(['plan', ...p]);
    const err = (path, message, hint) => diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-path', file, locate(path), message, hint));
    const paths = [
        [['workspace_manifest'], c.workspace_manifest],
        [['lockfile'], c.lockfile],
        ...c.toolchain_files.map((p, i) => [['toolchain_files', i], p])
    ];
    for (const t of _values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW) {
        c[t].inputs?.forEach((p, i) => paths.push([[t, 'inputs', i], p]));
        c[t].extra_inputs.forEach((p, i) => paths.push([[t, 'extra_inputs', i], p]));
    }
    for (const [p, value] of paths) {
        const problem = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .repoPathProblem */ .Js)(value) ?? (value.includes('\n') ? 'contains a line break' : null);
        if (problem)
            err(p, `\`plan.${p.join('.')}\` '${value}' ${problem}`, 'Write a path relative to the repository root, e.g. "apps/server".');
    }
    if (c.release_prefix !== undefined && (c.release_prefix.length > 64 || !new RegExp(RELEASE_PREFIX_PATTERN).test(c.release_prefix))) {
        diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-identifier', file, locate(['release_prefix']), `\`plan.release_prefix\` '${c.release_prefix}' cannot start a git tag and an OCI tag`, 'Use at most 64 ASCII letters, digits, `_`, `-` and single `.`, starting with a letter or digit and not ending in `.`, e.g. "rustok".'));
    }
    for (const t of _values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW) {
        for (const k of Object.keys(c[t].env)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
                diagnostics.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', 'config-invalid-identifier', file, locate([t, 'env', k]), `\`plan.${t}.env\` key '${k}' is not an environment variable name`, 'Use ASCII letters, digits and `_`, not starting with a digit.'));
        }
    }
    return diagnostics;
}


/***/ }),

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bX: () => (/* binding */ ACTION_REF),
  Yt: () => (/* binding */ ACTION_VERSION),
  Dd: () => (/* binding */ DEPLOY_DEFAULTS),
  eO: () => (/* binding */ PERMISSION_LEVELS),
  Eu: () => (/* binding */ PERMISSION_SCOPES),
  J4: () => (/* binding */ SECRET_NAME),
  dc: () => (/* binding */ checkWorkflowsConfig),
  Lo: () => (/* binding */ splitUses)
});

// UNUSED EXPORTS: JOB_ID, parseActionRef

// EXTERNAL MODULE: ./src/core/values/values.ts
var values = __webpack_require__(3422);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/actions/constants.ts
var constants = __webpack_require__(9398);
;// CONCATENATED MODULE: ./src/core/actions/expressions.ts
const ALLOWED_CONTEXTS = new Set(['matrix', 'steps', 'needs', 'env', 'runner', 'vars', 'secrets', 'strategy', 'job']);
const ALLOWED_GITHUB = new Set([
    'repository', 'repository_owner', 'repository_id', 'repository_owner_id', 'sha', 'ref', 'ref_name', 'ref_type', 'ref_protected',
    'run_id', 'run_number', 'run_attempt', 'workflow', 'workflow_ref', 'workflow_sha', 'server_url', 'api_url', 'graphql_url',
    'event_name', 'job', 'workspace', 'token', 'retention_days', 'action', 'action_path'
]);
const LITERALS = new Set(['true', 'false', 'null', 'nan', 'infinity']);
function expressionBodies(text) {
    const bodies = [];
    for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i)) {
        let j = i + 3;
        let end = -1;
        while (j < text.length) {
            if (text[j] === "'") {
                j++;
                while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'"))
                    j += text[j] === "'" ? 2 : 1;
                j++;
            }
            else if (text.startsWith('}}', j)) {
                end = j;
                break;
            }
            else
                j++;
        }
        if (end < 0)
            return { bodies, error: 'an expression `${{` has no closing `}}`' };
        bodies.push(text.slice(i + 3, end));
        i = end + 2;
    }
    return { bodies, error: null };
}
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const rest = src.slice(i);
        const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest) ?? null;
        if (m) {
            out.push({ kind: 'ident', text: m[0].toLowerCase() });
            i += m[0].length;
            continue;
        }
        if (c === "'") {
            let j = i + 1;
            let s = '';
            for (;;) {
                if (j >= src.length)
                    return null;
                if (src[j] === "'") {
                    if (src[j + 1] === "'") {
                        s += "'";
                        j += 2;
                        continue;
                    }
                    break;
                }
                s += src[j++];
            }
            out.push({ kind: 'string', text: s });
            i = j + 1;
            continue;
        }
        const num = /^(?:0x[0-9a-fA-F]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(rest);
        if (num && /[\d.]/.test(c)) {
            out.push({ kind: 'number', text: num[0] });
            i += num[0].length;
            continue;
        }
        const op = /^(?:==|!=|<=|>=|&&|\|\||[<>!.[\](),*])/.exec(rest);
        if (!op)
            return null;
        out.push({ kind: 'punct', text: op[0] });
        i += op[0].length;
    }
    return out;
}
function refusedReferences(body) {
    const tokens = tokenize(body);
    if (tokens === null)
        return ['an expression that cannot be read'];
    const found = new Set();
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'ident')
            continue;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        if (prev?.kind === 'punct' && prev.text === '.')
            continue;
        if (next?.kind === 'punct' && next.text === '(')
            continue;
        if (LITERALS.has(t.text))
            continue;
        if (ALLOWED_CONTEXTS.has(t.text))
            continue;
        if (t.text !== 'github') {
            found.add(`${t.text}.*`);
            continue;
        }
        let prop = null;
        let after = i + 1;
        if (next?.text === '.' && tokens[i + 2]?.kind === 'ident') {
            prop = tokens[i + 2].text;
            after = i + 3;
        }
        else if (next?.text === '[' && tokens[i + 2]?.kind === 'string' && tokens[i + 3]?.text === ']') {
            prop = tokens[i + 2].text.toLowerCase();
            after = i + 4;
        }
        else if (next?.text === '[') {
            found.add('github[\u2026]');
            continue;
        }
        if (prop === null)
            found.add('github');
        else if (!ALLOWED_GITHUB.has(prop))
            found.add(`github.${prop}${tokens[after]?.text === '.' || tokens[after]?.text === '[' ? '.*' : ''}`);
    }
    return [...found];
}
function unsafeExpressions(text) {
    const { bodies, error } = expressionBodies(text);
    const found = new Set(bodies.flatMap(refusedReferences));
    if (error)
        found.add(error);
    for (let i = text.indexOf('${{'); i >= 0; i = text.indexOf('${{', i + 3)) {
        const end = text.indexOf('}}', i + 3);
        if (end < 0)
            break;
        for (const r of refusedReferences(text.slice(i + 3, end)))
            found.add(r);
    }
    return [...found];
}

// EXTERNAL MODULE: ./src/core/actions/pins.ts
var pins = __webpack_require__(7483);
;// CONCATENATED MODULE: ./src/core/config/workflows.ts






const SCRIPT_INPUTS = new Set(['script', 'run', 'command', 'commands']);
const ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100})((?:\/[A-Za-z0-9._-]+)*)@([0-9a-f]{40})$/;
const ACTION_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const BRANCH = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,200}$/;
const PERMISSION_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses'
];
const PERMISSION_LEVELS = ['read', 'write', 'none'];
const SECRET_NAME = /^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)(?![0-9])[A-Za-z0-9_]{1,200}$/;
const DEPLOY_DEFAULTS = { deploy_environment: 'production', prune_keep: 10, prune_schedule: '27 4 * * 1', prune_dry_run: true };
function parseActionRef(ref) {
    const m = ACTION_REF.exec(ref);
    return m ? { repo: m[1], action: m[1] + m[2], sha: m[3] } : null;
}
function splitUses(uses) {
    const m = /^(\S+)\s+#\s*(\S+)\s*$/.exec(uses.trim());
    return m ? { ref: m[1], version: m[2] } : { ref: uses.trim(), version: null };
}
function checkWorkflowsConfig(w, file, where = () => null, requireAction = false) {
    const out = [];
    const at = (p) => where(['workflows', ...p]);
    const err = (rule, p, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', rule, file, at(p), message, hint));
    const key = (p) => ['workflows', ...p].map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z0-9_-]+$/.test(k) ? `.${k}` : `."${k}"`)).join('').slice(1);
    const noExpression = (p, value) => {
        if (!value.includes('${{'))
            return true;
        err('expression-injection', p, `\`${key(p)}\` contains \`\${{\`, which the workflow would evaluate`, 'Write a literal value here.');
        return false;
    };
    if (w.action === undefined) {
        if (requireAction)
            err('config-invalid-action', ['action'], '`workflows.action` is not set: the workflows need to know which modules-rebuild to call', 'Add `action = "<owner>/modules-rebuild@<40-hex commit>"` and `action_version = "vX.Y.Z"` under [workflows] (the commit of the release tag).');
    }
    else if (noExpression(['action'], w.action) && !parseActionRef(w.action)) {
        err('config-invalid-action', ['action'], `\`workflows.action\` '${w.action}' is not "<owner>/<repo>@<40-hex commit>"`, 'Pin the action to the full commit id of a release, e.g. "acme/modules-rebuild@0123456789abcdef0123456789abcdef01234567"; tags and branches can be moved.');
    }
    if (w.action_version === undefined) {
        if (requireAction || w.action !== undefined)
            err('config-invalid-action', ['action_version'], '`workflows.action_version` is not set', 'Add the release the commit belongs to, e.g. `action_version = "v0.1.0"`; it becomes the `# v0.1.0` comment readers and update bots rely on.');
    }
    else if (!ACTION_VERSION.test(w.action_version)) {
        err('config-invalid-action', ['action_version'], `\`workflows.action_version\` '${w.action_version}' is not a release tag of the form vX.Y.Z`, 'Write the tag the pinned commit belongs to, e.g. "v0.1.0".');
    }
    if (noExpression(['manifest'], w.manifest)) {
        const problem = (0,identifiers/* repoPathProblem */.Js)(w.manifest);
        if (problem)
            err('config-invalid-path', ['manifest'], `\`workflows.manifest\` '${w.manifest}' ${problem}`, 'Write the manifest path relative to the repository root, e.g. "modules.toml".');
    }
    w.extra_paths.forEach((p, i) => {
        if (!noExpression(['extra_paths', i], p))
            return;
        const problem = globProblem(p);
        if (problem)
            err('config-invalid-path', ['extra_paths', i], `\`workflows.extra_paths[${i}]\` '${p}' ${problem}`, 'Write a repository-relative path or glob, e.g. "Cargo.lock" or "crates/**".');
    });
    if (noExpression(['default_branch'], w.default_branch) && !BRANCH.test(w.default_branch)) {
        err('invalid-value', ['default_branch'], `\`workflows.default_branch\` '${w.default_branch}' is not a branch name`, 'Write the branch pushes to which release, e.g. "main".');
    }
    checkRunsOn(w.runs_on, ['runs_on']);
    if (w.change_token_secret !== undefined && noExpression(['change_token_secret'], w.change_token_secret) && !SECRET_NAME.test(w.change_token_secret)) {
        err('invalid-value', ['change_token_secret'], `\`workflows.change_token_secret\` '${w.change_token_secret}' is not a secret name`, 'Write the name of a repository secret, e.g. "MODULES_BOT_TOKEN": letters, digits and `_`, not starting with a digit or GITHUB_.');
    }
    w.setup_steps.forEach((s, i) => checkStep(s, ['setup_steps', i]));
    const ids = Object.keys(w.extra_jobs);
    for (const [id, job] of Object.entries(w.extra_jobs)) {
        const p = ['extra_jobs', id];
        if (!JOB_ID.test(id))
            err('invalid-workflow-extension', p, `Extra job id '${id}' is not a valid job id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.');
        else if (constants/* RESERVED_JOBS */._z.includes(id))
            err('invalid-workflow-extension', p, `Extra job id '${id}' is reserved for modules-rebuild's own jobs (${constants/* RESERVED_JOBS */._z.join(', ')})`, `Rename the job, e.g. "${id}-extra".`);
        job.needs.forEach((n, j) => {
            if (n === 'plan' || n === 'build')
                return;
            if (n === id)
                err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs itself`, 'Remove it from `needs`.');
            else if (!ids.includes(n))
                err('invalid-workflow-extension', [...p, 'needs', j], `Extra job '${id}' needs '${n}', which is not a job of the workflow`, `Name plan, build or another extra job (${ids.filter((x) => x !== id).join(', ') || 'none defined'}).`);
        });
        if (job['runs-on'] !== undefined)
            checkRunsOn(job['runs-on'], [...p, 'runs-on']);
        if (job.environment !== undefined)
            noExpression([...p, 'environment'], job.environment);
        job.steps.forEach((s, i) => checkStep(s, [...p, 'steps', i]));
    }
    return out;
    function checkRunsOn(v, p) {
        const labels = typeof v === 'string' ? [v] : v;
        labels.forEach((l, i) => {
            const lp = typeof v === 'string' ? p : [...p, i];
            if (noExpression(lp, l) && !RUNNER_LABEL.test(l))
                err('invalid-value', lp, `\`${key(lp)}\` '${l}' is not a runner label`, 'Write a label such as "ubuntu-latest", "ubuntu-24.04" or "self-hosted".');
        });
    }
    function checkStep(s, p) {
        const label = `${key(p)}${s.name ? ` ('${s.name}')` : ''}`;
        if ((s.uses === undefined) === (s.run === undefined)) {
            err('invalid-workflow-extension', p, `Step ${label} must have exactly one of \`uses\` and \`run\``, 'A step either calls an action (`uses`) or runs a script (`run`).');
            return;
        }
        if (s.id !== undefined && !JOB_ID.test(s.id))
            err('invalid-workflow-extension', [...p, 'id'], `Step id '${s.id}' is not a valid step id`, 'Start with a letter or `_`; then letters, digits, `_` and `-`.');
        if (s.shell !== undefined)
            noExpression([...p, 'shell'], s.shell);
        if (s['working-directory'] !== undefined)
            noExpression([...p, 'working-directory'], s['working-directory']);
        if (s.run !== undefined)
            codeExpressions([...p, 'run'], label, '`run:`', s.run);
        const script = s.uses !== undefined && splitUses(s.uses).ref.toLowerCase().startsWith('actions/github-script@');
        for (const [k, v] of Object.entries(s.with ?? {})) {
            if (typeof v === 'string' && (SCRIPT_INPUTS.has(k.toLowerCase()) || (script && k.toLowerCase() === 'script')))
                codeExpressions([...p, 'with', k], label, `\`with.${k}\``, v);
        }
        if (s.uses !== undefined)
            checkUses(s, p, label);
    }
    function codeExpressions(p, label, where, text) {
        const bad = unsafeExpressions(text);
        if (bad.length) {
            err('expression-injection', p, `Step ${label} puts ${bad.join(', ')} inside ${where}, where a crafted value becomes code`, `Pass the value through \`env\` (\`env = { TITLE = "\${{ github.event.pull_request.title }}" }\`) and read "$TITLE" (process.env.TITLE in a script); inside code, expressions may name only ${[...ALLOWED_CONTEXTS].join(', ')} and github.{${[...ALLOWED_GITHUB].slice(0, 8).join(', ')}, \u2026}.`);
        }
    }
    function checkUses(s, p, label) {
        const up = [...p, 'uses'];
        const uses = s.uses;
        if (!noExpression(up, uses))
            return;
        if (uses.startsWith('./'))
            return;
        if (uses.startsWith('docker://')) {
            if (!/^docker:\/\/[^\s@]+@sha256:[0-9a-f]{64}$/.test(uses))
                err('invalid-workflow-extension', up, `Step ${label}: docker action '${uses}' is not pinned to a digest`, 'Write `docker://image@sha256:<64 hex>`.');
            return;
        }
        const { ref, version } = splitUses(uses);
        const parsed = parseActionRef(ref);
        if (!parsed) {
            err('invalid-workflow-extension', up, `Step ${label}: '${ref}' is not pinned to a full commit id`, 'Write `uses = "owner/repo@<40-hex commit> # vX.Y.Z"`: a tag or branch can be moved to other code.');
            return;
        }
        if (version === null || !ACTION_VERSION.test(version)) {
            err('invalid-workflow-extension', up, `Step ${label}: '${ref}' has no \`# vX.Y.Z\` comment naming its release`, `Append the release tag of the commit: "${ref} # v1.2.3".`);
        }
        if ((0,pins/* isPinnedAction */.NS)(parsed.action) && (parsed.sha !== pins/* PINS */.$x[parsed.action].sha || (version !== null && version !== pins/* PINS */.$x[parsed.action].version))) {
            const pin = pins/* PINS */.$x[parsed.action];
            err('invalid-workflow-extension', up, `Step ${label}: ${parsed.action} is pinned to ${parsed.sha.slice(0, 12)}\u2026 but modules-rebuild's pin table has ${pin.version} (${pin.sha.slice(0, 12)}\u2026)`, `Use "${parsed.action}@${pin.sha} # ${pin.version}" so every job runs the same reviewed code.`);
        }
        const persist = s.with?.['persist-credentials'];
        if (parsed.action === 'actions/checkout' && !(persist === false || (typeof persist === 'string' && (0,values/* parseBoolean */.yG)(persist) === false))) {
            err('invalid-workflow-extension', up, `Step ${label}: actions/checkout without persist-credentials = false leaves the token in .git/config for every later step`, 'Add `with = { persist-credentials = false }`.');
        }
    }
}
function globProblem(p) {
    if (p.startsWith('!'))
        return "is a negated filter ('!'), which would stop the workflow for files the tool needs";
    const problem = (0,identifiers/* repoPathProblem */.Js)(p.replace(/\*\*?|\?/g, 'x'));
    return problem;
}


/***/ })

};
;