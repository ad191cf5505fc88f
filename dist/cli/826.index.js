"use strict";
exports.id = 826;
exports.ids = [826];
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
/** `owner/repo@<sha>`, the `uses:` value of a pinned action (its comment is `# <version>`). */
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
/** Cargo feature names: `mod-blog`, `redis-cache`, and in a default list also `crate/feature`. */
const FEATURE_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_+.-]*(/[A-Za-z0-9_][A-Za-z0-9_+.-]*)?$';
/** RusToK's layout: where each app keeps its generated registry and its Cargo.toml. */
const APP_DEFAULTS = {
    server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml' },
    admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml' },
    storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml' }
};
/**
 * The files of preset "rustok": the ones the build scripts of RusToK's apps (apps/server/build.rs, …) write into OUT_DIR, committed
 * instead (the app `include!`s them). Key → app and default path.
 */
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

/***/ 2514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ PLATFORM_PATTERN),
/* harmony export */   P$: () => (/* binding */ BUILD_ARG_PATTERN),
/* harmony export */   Xj: () => (/* binding */ dockerfileCandidates),
/* harmony export */   Zx: () => (/* binding */ checkImagesConfig),
/* harmony export */   e_: () => (/* binding */ imageTargets),
/* harmony export */   gb: () => (/* binding */ fillBuildArg),
/* harmony export */   l3: () => (/* binding */ defaultImageRepository),
/* harmony export */   rN: () => (/* binding */ imageRepositoryProblem),
/* harmony export */   xn: () => (/* binding */ imagesToml)
/* harmony export */ });
/* unused harmony export BUILD_ARG_PLACEHOLDERS */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3337);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7577);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(488);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3422);
/**
 * `[images.<target>]` of modules-rebuild.toml: the container image of a target, built in the build
 * job from the repository's own Dockerfile into an OCI image layout (never pushed there) and pushed
 * by publish. The section's zod schema (its single definition) is images-schema.ts, mounted into
 * ConfigSchema as `images`; this module holds what needs no zod. Pure.
 */




/** `os/arch[/variant]` as buildx spells platforms. */
const PLATFORM_PATTERN = '^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$';
/** A Dockerfile ARG name. */
const BUILD_ARG_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** What a build_args value may say besides literal text: the plan fills these in. */
const BUILD_ARG_PLACEHOLDERS = ['{source_commit}', '{release_id}', '{target}'];
/** The targets that have an image, in TARGETS order. */
const imageTargets = (images) => _values_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW.filter((t) => images[t] !== undefined);
/** `ghcr.io/<owner>/<repo>-<target>`, lowercased: the default repository of a target's image. */
function defaultImageRepository(githubRepository, target) {
    return `ghcr.io/${githubRepository.toLowerCase()}-${target}`;
}
/** Why `repository` cannot name an image repository (`HOST/NAME`, no tag or digest), or null. */
function imageRepositoryProblem(repository) {
    if (repository.length > 255)
        return 'is longer than 255 characters';
    try {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(repository);
        if (ref.tag !== undefined || ref.digest !== undefined)
            return 'carries a tag or digest; the tag is always the release_id';
        return null;
    }
    catch (err) {
        return err.message.replace(/^"[^"]*": /, '');
    }
}
/** Checks beyond shape of `[images]`; readConfig calls it with a locator into modules-rebuild.toml. */
function checkImagesConfig(images, file, where = () => null) {
    const out = [];
    const err = (rule, p, message, hint) => out.push((0,_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('error', rule, file, where(['images', ...p]), message, hint));
    for (const t of _values_values_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW) {
        const c = images[t];
        if (!c)
            continue;
        for (const key of ['dockerfile', 'context']) {
            const problem = (0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .repoPathProblem */ .Js)(c[key]) ?? (c[key].includes('\n') ? 'contains a line break' : null);
            if (problem)
                err('config-invalid-path', [t, key], `\`images.${t}.${key}\` '${c[key]}' ${problem}`, key === 'dockerfile' ? `Write the Dockerfile's path relative to the repository root, e.g. "apps/${t}/Dockerfile".` : 'Write a directory relative to the repository root; "." is the root.');
        }
        if (c.repository !== undefined) {
            const problem = imageRepositoryProblem(c.repository);
            if (problem)
                err('config-invalid-identifier', [t, 'repository'], `\`images.${t}.repository\` '${c.repository}' ${problem}`, `Write HOST/NAME in lowercase without a tag, e.g. "ghcr.io/owner/platform-${t}".`);
        }
        c.platforms?.forEach((p, i) => {
            if (!new RegExp(PLATFORM_PATTERN).test(p))
                err('config-invalid-identifier', [t, 'platforms', i], `\`images.${t}.platforms\` '${p}' is not a platform`, 'Write os/arch[/variant] in lowercase, e.g. "linux/amd64" or "linux/arm64".');
        });
        for (const [k, v] of Object.entries(c.build_args)) {
            if (!new RegExp(BUILD_ARG_PATTERN).test(k))
                err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args\` key '${k}' is not a Dockerfile ARG name`, 'Use ASCII letters, digits and `_`, not starting with a digit.');
            // buildx reads build-args one per line: a line break would smuggle in another argument.
            if (/[\r\n]/.test(v))
                err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args.${k}\` contains a line break`, 'Write the value on one line.');
            const unknown = (v.match(/\{[^{}]*\}/g) ?? []).filter((p) => !BUILD_ARG_PLACEHOLDERS.includes(p));
            if (unknown.length)
                err('config-invalid-identifier', [t, 'build_args', k], `\`images.${t}.build_args.${k}\` uses ${unknown.join(', ')}`, `The placeholders are ${BUILD_ARG_PLACEHOLDERS.join(', ')}.`);
        }
    }
    return out;
}
/** A build_args value with its placeholders filled in. */
function fillBuildArg(value, facts) {
    return value.replace(/\{(source_commit|release_id|target)\}/g, (_, k) => facts[k] ?? '');
}
/** The Dockerfiles `init` looks for, per target, in order: the release one first. */
const dockerfileCandidates = (target) => [`apps/${target}/Dockerfile.release`, `apps/${target}/Dockerfile`];
/**
 * The `[images.*]` tables `init` writes for the Dockerfiles it found (TOML text, commented), or a
 * commented example when it found none.
 */
function imagesToml(found, eol = '\n') {
    const lines = [
        '# Container images, per target: built by the build job from the repository\'s Dockerfile into an',
        '# OCI image layout (no push there), pushed by publish as <repository>:<release_id>. The Dockerfile',
        '# and these settings are part of the build key. README "Container images".'
    ];
    if (!found.length)
        lines.push('# [images.server]', '# dockerfile = "apps/server/Dockerfile.release"');
    for (const f of found) {
        lines.push(`[images.${f.target}]`, `dockerfile = ${JSON.stringify(f.dockerfile)}`, '# context = "."   # the directory its COPY lines read (the build job built the target first)', `# repository = "ghcr.io/<owner>/<repo>-${f.target}"   # the default`, '');
    }
    return lines.join(eol).replace(new RegExp(`${eol}$`), '') + eol;
}


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
/**
 * `[plan]` of modules-rebuild.toml: how release-plan.json names, builds and caches each target.
 * Every key is optional: without the section, targets are built with plain cargo from RusToK's
 * layout and their inputs are derived from the Cargo path dependencies. The section's zod schema
 * is in plan-schema.ts (mounted into ConfigSchema as `plan`); this module holds what the plan
 * needs without loading zod.
 */



/** `[A-Za-z0-9_.-]`, starting with a letter or digit, no `..`, not ending in `.`: valid in git tags and OCI tags. */
const RELEASE_PREFIX_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9_-]|\\.(?!\\.))*[A-Za-z0-9_-]$|^[A-Za-z0-9]$';
/** Placeholders of `command` (see DEFAULT_COMMAND); the `*_args` ones expand to zero or more arguments. */
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['{package}', '{profile_args}', '{target_args}', '{feature_args}', '{features}', '{profile}', '{target}']));
const DEFAULT_COMMAND = ['cargo', 'build', '--locked', '-p', '{package}', '{profile_args}', '{target_args}', '{feature_args}'];
/**
 * Checks beyond shape of `[plan]` (paths, the release prefix, env names); readConfig calls it with
 * a locator into modules-rebuild.toml.
 */
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
/**
 * GitHub Actions expressions (`${{ … }}`) inside the strings of [workflows] setup steps and extra
 * jobs, read the way the runner reads them: the expression ends at the first `}}` outside a
 * string literal; names are case-insensitive (`github.EVENT` is `github.event`); a context can be
 * reached by property (`github.event`), by index (`github['event']`) or whole (`toJSON(github)`).
 *
 * Where an expression becomes code (`run:`, a script input), only an allow-list may be named:
 * contexts whose values the workflow itself decides, and the properties of `github` an outside
 * contributor cannot choose. Everything else — `github.event`, `github.head_ref`, `github.actor`,
 * `inputs`, a dynamic index, an expression that does not tokenize — is refused (fail closed).
 */
/** Contexts that may be named anywhere inside an expression used as code. */
const ALLOWED_CONTEXTS = new Set(['matrix', 'steps', 'needs', 'env', 'runner', 'vars', 'secrets', 'strategy', 'job']);
/**
 * Properties of `github` an outside contributor cannot set. Left out on purpose: event (titles,
 * bodies, commit messages, branch names of forks), head_ref and base_ref (branch names),
 * actor / triggering_actor (user-chosen names), event_path, and anything unknown.
 */
const ALLOWED_GITHUB = new Set([
    'repository', 'repository_owner', 'repository_id', 'repository_owner_id', 'sha', 'ref', 'ref_name', 'ref_type', 'ref_protected',
    'run_id', 'run_number', 'run_attempt', 'workflow', 'workflow_ref', 'workflow_sha', 'server_url', 'api_url', 'graphql_url',
    'event_name', 'job', 'workspace', 'token', 'retention_days', 'action', 'action_path'
]);
const LITERALS = new Set(['true', 'false', 'null', 'nan', 'infinity']);
/** The bodies of the `${{ … }}` expressions of `text`; an unterminated one makes `error` set. */
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
/**
 * What an expression names that may not become code, e.g. `github.event.*`, `inputs.*`,
 * `github.head_ref`, `github` (the whole context); empty when it names only the allow-list.
 */
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
            continue; // a property, checked with its context
        if (next?.kind === 'punct' && next.text === '(')
            continue; // a function name; its arguments are tokens too
        if (LITERALS.has(t.text))
            continue;
        if (ALLOWED_CONTEXTS.has(t.text))
            continue;
        if (t.text !== 'github') {
            found.add(`${t.text}.*`);
            continue;
        }
        // github: the first property decides, by name or by literal index.
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
            found.add('github[…]');
            continue;
        }
        if (prop === null)
            found.add('github');
        else if (!ALLOWED_GITHUB.has(prop))
            found.add(`github.${prop}${tokens[after]?.text === '.' || tokens[after]?.text === '[' ? '.*' : ''}`);
    }
    return [...found];
}
/** The refused references of every expression in `text` (a run: script, a script input). */
function unsafeExpressions(text) {
    const { bodies, error } = expressionBodies(text);
    const found = new Set(bodies.flatMap(refusedReferences));
    if (error)
        found.add(error);
    // Read a second way too — each expression ending at the first `}}`, quotes or not — so a `}}`
    // inside a string literal cannot hide a reference from one reading or the other.
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
/**
 * `[workflows]` of modules-rebuild.toml: how the generated GitHub workflows call modules-rebuild,
 * where they run, and the two extension points (setup steps before the build, jobs after it) that
 * replace hand edits. The section's zod schema (its single definition) is workflows-schema.ts,
 * mounted into ConfigSchema as `workflows`. Shape is zod's job; everything a
 * workflow could be attacked through (action pins, expressions in `run:`, credentials left on
 * disk) is checked by `checkWorkflowsConfig`, which both config reading and `planWorkflows` call.
 */






/** `with:` inputs that hold code whatever the action (github-script's `script` is matched by action). */
const SCRIPT_INPUTS = new Set(['script', 'run', 'command', 'commands']);
/** `owner/repo[/path]@<40 hex>`: the only form a remote action may take in a generated workflow. */
const ACTION_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100})((?:\/[A-Za-z0-9._-]+)*)@([0-9a-f]{40})$/;
/** `vX.Y.Z` with an optional pre-release: the comment after a pinned `uses:`. */
const ACTION_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Job ids GitHub accepts, kept to a lowercase-friendly subset. */
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** Runner labels: `ubuntu-latest`, `ubuntu-24.04`, `self-hosted`, `linux`, `x64`, `gpu_large`. */
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** A branch name the `branches:` filter matches literally. */
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
/** A secret name GitHub accepts (letters, digits, `_`; not starting with a digit or GITHUB_). */
const SECRET_NAME = /^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)(?![0-9])[A-Za-z0-9_]{1,200}$/;
/** The defaults of the deploy, rollback and prune keys of [workflows]. */
const DEPLOY_DEFAULTS = { deploy_environment: 'production', prune_keep: 10, prune_schedule: '27 4 * * 1', prune_dry_run: true };
function parseActionRef(ref) {
    const m = ACTION_REF.exec(ref);
    return m ? { repo: m[1], action: m[1] + m[2], sha: m[3] } : null;
}
/** `owner/repo@sha # v1.2.3` → ref and version (null when the comment is missing). */
function splitUses(uses) {
    const m = /^(\S+)\s+#\s*(\S+)\s*$/.exec(uses.trim());
    return m ? { ref: m[1], version: m[2] } : { ref: uses.trim(), version: null };
}
/**
 * Every check beyond shape: the action reference, paths, branch and runner labels, and the
 * safety of each setup step and extra job. `requireAction`: `workflows generate` needs `action`;
 * plain config reading does not (a repository may not use the workflows).
 */
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
    // The modules-rebuild action.
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
    // Paths, branch, runners.
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
    // Extension points.
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
    /** Expressions in text that becomes code (a run: script, a script input): the allow-list only. */
    function codeExpressions(p, label, where, text) {
        const bad = unsafeExpressions(text);
        if (bad.length) {
            err('expression-injection', p, `Step ${label} puts ${bad.join(', ')} inside ${where}, where a crafted value becomes code`, `Pass the value through \`env\` (\`env = { TITLE = "\${{ github.event.pull_request.title }}" }\`) and read "$TITLE" (process.env.TITLE in a script); inside code, expressions may name only ${[...ALLOWED_CONTEXTS].join(', ')} and github.{${[...ALLOWED_GITHUB].slice(0, 8).join(', ')}, …}.`);
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
            err('invalid-workflow-extension', up, `Step ${label}: ${parsed.action} is pinned to ${parsed.sha.slice(0, 12)}… but modules-rebuild's pin table has ${pin.version} (${pin.sha.slice(0, 12)}…)`, `Use "${parsed.action}@${pin.sha} # ${pin.version}" so every job runs the same reviewed code.`);
        }
        // actions/checkout reads the input with getBooleanInput: `false`, `False` or `FALSE` (a TOML boolean or string).
        const persist = s.with?.['persist-credentials'];
        if (parsed.action === 'actions/checkout' && !(persist === false || (typeof persist === 'string' && (0,values/* parseBoolean */.yG)(persist) === false))) {
            err('invalid-workflow-extension', up, `Step ${label}: actions/checkout without persist-credentials = false leaves the token in .git/config for every later step`, 'Add `with = { persist-credentials = false }`.');
        }
    }
}
/** Path filters: repository-relative paths with `*`, `**` and `?` wildcards; no negation, no `..`. */
function globProblem(p) {
    if (p.startsWith('!'))
        return "is a negated filter ('!'), which would stop the workflow for files the tool needs";
    const problem = (0,identifiers/* repoPathProblem */.Js)(p.replace(/\*\*?|\?/g, 'x'));
    return problem;
}


/***/ })

};
;