#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 3337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   YK: () => (/* binding */ diagnostic),
/* harmony export */   iI: () => (/* binding */ pushAll),
/* harmony export */   uo: () => (/* binding */ DiagnosticError)
/* harmony export */ });
function diagnostic(severity, rule, file, loc, message, hint) {
    return {
        severity,
        rule,
        file,
        line: loc?.line ?? null,
        column: loc?.column ?? null,
        message,
        hint: hint ?? null
    };
}
class DiagnosticError extends Error {
    diagnostics;
    constructor(diagnostics) {
        super(diagnostics.map((d) => d.message).join('; '));
        this.name = 'DiagnosticError';
        this.diagnostics = diagnostics;
    }
}
function sortDiagnostics(list) {
    return [...list].sort((a, b) => cmp(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const hasErrors = (list) => list.some((d) => d.severity === 'error');
function pushAll(out, more) {
    for (let i = 0; i < more.length; i++)
        out.push(more[i]);
    return out;
}


/***/ }),

/***/ 9213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c1: () => (/* binding */ ArgumentError),
  IG: () => (/* binding */ CatalogFetchError),
  XS: () => (/* binding */ GitError),
  dA: () => (/* binding */ IoError),
  $w: () => (/* binding */ TemplateError),
  v4: () => (/* binding */ ToolError)
});

// UNUSED EXPORTS: exitCodeOf

// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __nccwpck_require__(3337);
;// CONCATENATED MODULE: ./src/core/diagnostics/rules.ts
const VALIDATION_RULES = {
    'io-error': 'A file could not be read (missing, unreadable, or a directory; exit 2).',
    'empty-file': 'The file is empty or holds only comments and white space.',
    'binary-content': 'The file contains a NUL byte or is not UTF-8 text.',
    'toml-syntax': 'The file is not valid TOML.',
    'limit-exceeded': 'The document exceeds a size limit (file size, nesting depth, array length, key depth, key count), or an install would add too many modules.',
    'unsupported-schema': '`schema` is missing or not the supported version.',
    'missing-field': 'A required key is missing.',
    'invalid-type': 'A value has the wrong TOML type.',
    'invalid-value': 'A value is not one of the allowed values or does not match its format.',
    'unknown-key': 'A key the format does not define (warning; with a did-you-mean suggestion).',
    'deprecated-key': 'A schema-1 key that schema 2 replaced (warning).',
    'invalid-slug': 'A module slug is not `[a-z0-9_-]+` (look-alike Unicode is named).',
    'invalid-crate-name': 'A crate name is not a valid Cargo package name.',
    'duplicate-crate': 'Two module slugs name the same crate.',
    'invalid-source': '`source` is not path, git, crates-io or registry.',
    'missing-source-field': 'The field the source needs (path, git + rev, version) is missing.',
    'path-escape': '`path` is absolute or leaves the repository with `..`.',
    'invalid-git-url': '`git` is not an https://, ssh:// or git@host: URL.',
    'invalid-git-rev': '`rev` is neither a commit id nor a ref name `git check-ref-format` accepts (a newline, a control character, `..`, a leading `-`).',
    'unpinned-git-rev': '`rev` is not a full 40-hex commit id, so builds are not reproducible (warning).',
    'invalid-version': 'A version is not semver.',
    'invalid-version-req': 'A version requirement is not valid Cargo syntax.',
    'expression-injection': 'A value contains `${{`, which could reach a workflow expression.',
    'unknown-dependency': 'A module depends on a module that is not in modules.toml.',
    'dependency-cycle': 'depends_on forms a cycle (the cycle path is printed).',
    'incompatible-dependency': 'An installed module version does not satisfy a dependent\'s version_req.',
    'default-enabled-unknown': 'default_enabled names a module that is not installed.',
    'default-enabled-required': 'default_enabled names a required module (always active anyway).',
    'default-enabled-not-closed': 'default_enabled misses an optional dependency of a listed module.',
    'missing-public-url': 'A standalone admin/storefront has no public_url or no redirect_uris.',
    'invalid-url': 'A URL does not parse or is not http(s).',
    'duplicate-storefront-id': 'Two [[build.storefront]] entries share an id.',
    'package-manifest-missing': 'A path module has no rustok-module.toml (or module.toml).',
    'package-slug-mismatch': '[module].slug differs from the modules.toml key.',
    'package-dependencies-mismatch': '[dependencies] keys differ from depends_on in modules.toml.',
    'required-trust-mismatch': '`required = true` must go with trust_level = "core" and vice versa.',
    'path-not-first-party': 'A path module must have ownership = "first_party".',
    'package-version-mismatch': 'A vendored package manifest of a crates-io / registry module names a version that the modules.toml requirement does not admit.',
    'runtime-mismatch': '[module].runtime differs from runtime in modules.toml.',
    'invalid-rust-path': 'entry_type or a provides.* value is not a plain Rust path.',
    'ui-crate-mismatch': 'provides.admin_ui/storefront_ui.leptos_crate and the admin/ or storefront/ crate disagree.'
};
const CODEGEN_RULES = {
    'config-invalid-path': 'A path in modules-rebuild.toml is empty, absolute, leaves the repository or holds unsafe characters.',
    'config-invalid-identifier': 'api_crate is not a Rust path, feature_prefix / a base feature is not a Cargo feature name, or an [images] repository, platform or build argument is malformed.',
    'config-duplicate-output': 'Two enabled apps of [codegen] write the same file.',
    'config-reserved-path': 'An app\'s output or cargo_toml names the root, a name over 200 bytes, or a file another part owns (.git/, the manifest, the config, Cargo.lock, the workflows, package_dir, a package manifest).',
    'config-conflict': 'A [codegen] key does not apply to the chosen preset (`template`, or a feature_prefix other than "mod-", with preset "rustok"), or `images.<target>.repository` and `plan.<target>.image` both name one image.',
    'codegen-package-missing': 'A crates-io / git / registry module has no vendored package manifest (`<codegen.package_dir>/<slug>/rustok-module.toml`) to generate its registration from.',
    'missing-ui-field': 'A module with a UI crate lacks route_segment / nav_label (admin) or slot / route_segment / page_title (storefront).',
    'invalid-ui-value': 'route_segment, slot or subpath is outside its grammar, or a UI value cannot become Rust code (named character).',
    'rustok-preset-value': 'Preset "rustok": a value RusToK\'s build script writes unescaped into a Rust string literal needs escaping, or the script would refuse it (storefront slot, component id or path, negative order, TOML date-time in [settings]).',
    'template-error': 'A user Mustache template ([codegen.<app>] template) is missing or does not parse.',
    'missing-feature-markers': 'The BEGIN/END managed-features markers are missing, duplicated, out of order or not inside [features] default.',
    'feature-drift': "Cargo.toml's [features] default and the module set of modules.toml disagree.",
    'feature-declaration': 'A feature the generated code or build uses is not declared, or lacks its dep:<crate> / optional dependency.',
    'stale-generated': 'A generated file differs from what modules.toml generates (a unified diff is shown).'
};
const WORKFLOW_RULES = {
    'config-invalid-action': '[workflows] action / action_version is missing (workflows generate) or not "<owner>/<repo>@<40-hex commit>" / "vX.Y.Z".',
    'invalid-workflow-extension': 'A [workflows] setup step or extra job is malformed or unsafe: unpinned action, pin other than the table, checkout that keeps credentials, reserved job id, unknown needs.',
    'images-registry-unsupported': 'An [images] repository is on a registry other than ghcr.io, which the job token of the generated publish job cannot push to (workflows generate).'
};
const PLAN_RULES = {
    'incompatible-server': "A module's [compat] server requirement is not satisfied by the server's [package] version.",
    'incompatible-release': 'Headless version contract: a UI release and the server release of the environment do not fit (compat.server, or modules missing or of another version); refused without --allow-degraded.',
    'release-store-error': 'The release store (local directory or GitHub releases) could not be read, so the plan cannot tell which builds exist.',
    'no-targets': 'Every app of [codegen] is disabled: there is nothing to build.',
    'base-unavailable': '--base names no commit of the repository (fetch it first), or the root is not in a git repository.',
    'image-repository-unknown': 'A target has [images] without `repository`, and the default ghcr.io/<owner>/<repo>-<target> cannot be derived: GITHUB_REPOSITORY is not set.'
};
const CATALOG_RULES = {
    'catalog-unknown-module': 'The catalog offers no module with this slug (did-you-mean suggestion).',
    'catalog-duplicate-slug': 'Two catalog entries install the same slug.',
    'missing-dependency': 'A module to install depends on a module that is neither installed nor offered by the catalog.',
    'version-mismatch': 'The catalog version does not satisfy --version (or the catalog names no version).',
    'install-conflict': 'The module is already installed with another crate, source, path, git/rev or a version requirement the catalog version does not satisfy.',
    'module-not-installed': 'uninstall names a module that modules.toml does not list.',
    'module-required': 'uninstall of a required (core) module.',
    'module-has-dependents': 'uninstall of a module other installed modules depend on (they are named).',
    'catalog-package-missing': 'A crates-io / git / registry module to install has no package manifest: its catalog entry carries no [modules.<key>.package] and none is vendored yet.',
    'catalog-package-mismatch': "A catalog entry's package table disagrees with the entry (slug, version), or a path entry carries one.",
    'edit-verification-failed': 'The edited modules.toml or Cargo.toml would not parse to exactly the intended document, or its layout cannot be edited safely; nothing is written.',
    'lockfile-outdated': 'install / uninstall changed Cargo.toml dependencies without --update-lockfile: Cargo.lock must be updated (`cargo update --workspace`) before `cargo build --locked`.',
    'lockfile-update-failed': '`cargo update --workspace` failed after the change (--update-lockfile), so the whole change was undone.'
};
const CHANGE_RULES = {
    'invalid-change-request': 'A change request (repository_dispatch client_payload or workflow_dispatch inputs) has an unknown field or a value outside its grammar.',
    'permission-denied': "The requester's permission on the repository, read through the API, is below the configured minimum (admin, maintain or write).",
    'no-change': 'The requested change leaves the base branch as it is: nothing to propose.',
    'change-not-default-branch': 'The change run is not on the default branch (GITHUB_REF): changes are made only from the default branch.'
};
const CLI_RULES = {
    'usage-error': 'A command-line argument is missing or has a value the command does not accept (exit 2, with the usage line).'
};
const TOOL_RULES = {
    'catalog-fetch-error': 'The catalog (--catalog FILE or https:// URL) could not be fetched, or the URL policy refused it (exit 2).',
    'git-error': 'A git command the plan runs failed (not a repository, a missing object, git not installed; exit 2).',
    'workflow-template-error': "The workflow template shipped with modules-rebuild does not render: a defect of the tool, to report (exit 2).",
    'oci-error': 'A container registry or OCI image layout failed or refused a request (the store, the HTTP status and the registry error code are named; exit 2).',
    'github-api-error': 'The GitHub API refused or failed a request the command needed (the method, the path and the HTTP status are named; exit 2).'
};
const PUBLISH_RULES = {
    'artifact-mismatch': "A build artifact does not belong to the plan: its build-info.json names another target, build key, artifact, manifest_hash or release_id, or is unreadable.",
    'artifact-missing': 'A target the plan rebuilds has no build artifact (or a file build-info.json lists is absent).',
    'artifact-tampered': 'A built file differs from build-info.json: size or SHA-256.',
    'release-conflict': 'A release with this release_id already exists with another manifest_hash (both are named), its tag names another commit, or it is published with other assets; nothing is changed.',
    'release-request-invalid': 'The release publish was asked to create is malformed (a tag that is not a release_id, a commit that is not 40 hex, an asset twice or without a SHA-256): a defect, nothing is changed.',
    'image-error': 'An image could not be tagged release_id (registry or image layout error, or the tag points at another digest).'
};
const DEPLOY_RULES = {
    'config-invalid-deploy': '[deploy] of modules-rebuild.toml: an empty hook program, a smoke path that is not a server path, an environment name that cannot be an image tag, or a URL that is not http(s).',
    'release-not-found': 'The release to deploy is not in the release store: never published, deleted or pruned.',
    'release-unverified': "A release's files do not verify: SHA256SUMS or release-manifest.json missing or unreadable, an asset missing, or its size or SHA-256 differs from SHA256SUMS / the manifest.",
    'image-missing': "An image digest of the release no longer exists in the registry or image layout (or the registry cannot be asked).",
    'deploy-pointer': 'The environment tag could not be re-pointed at the release digest (registry or layout error).',
    'deploy-hook': 'The deploy hook failed: non-zero exit, killed by a signal, or over `deploy.hook_timeout`.',
    'smoke-failed': "A smoke check failed: health not 200 before the deadline, /modules with another manifest_hash or module set, or pending migrations.",
    'rollback-failed': 'The automatic rollback to the previous release failed too: the environment needs a hand.',
    'deployment-record': 'The deployment could not be recorded (GitHub Deployments or the local store).'
};
const RULES = { ...CLI_RULES, ...VALIDATION_RULES, ...CODEGEN_RULES, ...WORKFLOW_RULES, ...PLAN_RULES, ...CATALOG_RULES, ...CHANGE_RULES, ...TOOL_RULES, ...PUBLISH_RULES, ...DEPLOY_RULES };
const RULE_HINTS = {
    'catalog-fetch-error': 'Check the --catalog value (a marketplace.toml in the root, another file, or an https:// URL); a catalog on a private network needs --allow-private-catalog.',
    'git-error': 'Run in a git checkout with its history (actions/checkout with fetch-depth: 0 for --base), with git on PATH.',
    'workflow-template-error': 'This is a defect of modules-rebuild, not of your files: please report it with the version (modules-rebuild --version).'
};

;// CONCATENATED MODULE: ./src/core/diagnostics/errors.ts


const EXIT_2 = new Set(['usage-error', 'io-error', 'catalog-fetch-error', 'git-error', 'workflow-template-error', 'oci-error', 'github-api-error']);
const exitCodeOf = (rule) => (EXIT_2.has(rule) ? 2 : 1);
class ToolError extends Error {
    name = 'ToolError';
    diagnostic;
    exitCode;
    constructor(rule, message, options = {}) {
        super(message);
        const hint = options.hint === undefined ? (RULE_HINTS[rule] ?? null) : options.hint;
        this.diagnostic = (0,diagnostic/* diagnostic */.YK)('error', rule, options.file ?? null, null, message, hint);
        this.exitCode = exitCodeOf(rule);
    }
    get rule() {
        return this.diagnostic.rule;
    }
}
class IoError extends ToolError {
    name = 'IoError';
    constructor(message, options = {}) {
        super('io-error', message, options);
    }
}
class ArgumentError extends ToolError {
    name = 'ArgumentError';
    constructor(message, options = {}) {
        super('usage-error', message, options);
    }
}
class CatalogFetchError extends ToolError {
    name = 'CatalogFetchError';
    constructor(message, options = {}) {
        super('catalog-fetch-error', message, options);
    }
}
class GitError extends ToolError {
    name = 'GitError';
    constructor(message, options = {}) {
        super('git-error', message, options);
    }
}
class TemplateError extends ToolError {
    name = 'TemplateError';
    constructor(message) {
        super('workflow-template-error', message);
    }
}


/***/ }),

/***/ 7007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   kc: () => (/* binding */ logText)
/* harmony export */ });
const UNSAFE = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT = { '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\u001b': '\\e' };
function terminalText(text) {
    return text.replace(UNSAFE, (c) => (c === '\r\n' ? '\n' : (SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)));
}
const COMMAND_LINE = /^[\s\u0085]*::/;
function logText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (COMMAND_LINE.test(line) ? `\\${line}` : line).replaceAll('##[', '##\u200B['))
        .join('\n');
}
function escapeHtml(text) {
    return text.replace(/[&<>"'`|\\[\]*_#!~]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n|\r|\u2028|\u2029/g, '<br>');
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
function renderText(d) {
    const where = d.file === null ? '' : d.line === null ? `${d.file}: ` : `${d.file}:${d.line}:${d.column ?? 1}: `;
    const head = `${where}${d.severity}[${d.rule}]: ${d.message}`;
    return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
function toJson(d) {
    return { file: d.file, line: d.line, column: d.column, rule: d.rule, message: d.message, hint: d.hint };
}
function jsonReport(ok, manifestHash, diagnostics, extra = {}) {
    return JSON.stringify({
        ok,
        manifest_hash: manifestHash,
        errors: diagnostics.filter((d) => d.severity === 'error').map(toJson),
        warnings: diagnostics.filter((d) => d.severity === 'warning').map(toJson),
        ...extra
    }, null, 2);
}
function summaryLine(diagnostics) {
    const e = diagnostics.filter((d) => d.severity === 'error').length;
    const w = diagnostics.length - e;
    return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 3435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ NO),
/* harmony export */   b: () => (/* binding */ isTable),
/* harmony export */   p: () => (/* binding */ fresh)
/* harmony export */ });
const NO = Symbol('no');
const isTable = (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === null || Object.getPrototypeOf(proto) === null;
};
function fresh(v) {
    if (Array.isArray(v))
        return v.map(fresh);
    if (typeof v !== 'object' || v === null)
        return v;
    const out = {};
    for (const k of Object.keys(v))
        out[k] = fresh(v[k]);
    return out;
}


/***/ }),

/***/ 6782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ lazySchema),
/* harmony export */   Ku: () => (/* binding */ parseWith),
/* harmony export */   bP: () => (/* binding */ isSchemasNotLoaded),
/* harmony export */   jN: () => (/* binding */ zodSchema),
/* harmony export */   xH: () => (/* binding */ registerZodSchemas)
/* harmony export */ });
/* unused harmony export SchemasNotLoaded */
/* harmony import */ var _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3435);

function lazySchema(name, fast) {
    return { name, fast };
}
const KEY = Symbol.for('modules-rebuild.zod-schemas');
const registry = () => (globalThis[KEY] ??= {});
class SchemasNotLoaded extends Error {
    name = 'SchemasNotLoaded';
}
function registerZodSchemas(schemas) {
    Object.assign(registry(), schemas);
}
function zodSchema(name) {
    const s = registry()[name];
    if (!s)
        throw new SchemasNotLoaded(`the zod schema ${name} is not loaded (call loadZodSchemas first)`);
    return s;
}
const isSchemasNotLoaded = (err) => err instanceof Error && err.name === 'SchemasNotLoaded';
function parseWith(schema, data) {
    const fast = schema.fast(data);
    return fast !== _fast_shape_js__WEBPACK_IMPORTED_MODULE_0__.NO ? fast : zodSchema(schema.name).parse(data);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ BUILD_ID),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';
const BUILT = 'modules-rebuild-build:5ed10db87d6cb2c196877aef38c660e326c5cdcfd244ff8bda368a7bba9c9c35';
const BUILD_ID = /^modules-rebuild-build:[0-9a-f]{64}$/.test(BUILT) ? BUILT.slice(BUILT.indexOf(':') + 1) : null;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = require("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = require("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __nccwpck_require__(9213);
;// CONCATENATED MODULE: ./src/adapters/github/errors.ts

const isRequestError = (err) => typeof err === 'object' && err !== null && typeof err.status === 'number' && typeof err.request === 'object' && err.request !== null;
function hintFor(status) {
    if (status === 401)
        return 'The token is missing, expired or revoked: set GITHUB_TOKEN (or the `token` input) to a valid token.';
    if (status === 403)
        return "The token may not do this (\"Resource not accessible by integration\": the job's `permissions:` or the token's scopes lack what the request needs; see the README's permissions table), or a rate limit was hit.";
    if (status === 404)
        return 'The repository, release or tag does not exist, or the token cannot see it (a private repository needs `contents: read`).';
    if (status === 422)
        return 'GitHub refused the request as invalid; an immutable release cannot be changed or its tag reused: publish under a new release_id.';
    if (status >= 500)
        return 'GitHub failed; retries were exhausted. Rerun the job later.';
    return 'See GitHub\'s message above.';
}
function requestPath(url) {
    if (typeof url !== 'string')
        return '(unknown URL)';
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
function gitHubApiError(err) {
    if (err instanceof errors/* ToolError */.v4)
        return null;
    const clean = (m) => (typeof m === 'string' ? m.split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '') : '');
    if (isRequestError(err)) {
        const method = typeof err.request.method === 'string' ? err.request.method : 'GET';
        const message = clean(err.message);
        return new errors/* ToolError */.v4('github-api-error', `GitHub API ${method} ${requestPath(err.request.url)}: ${err.status}${message ? ` ${message}` : ''}`, { hint: hintFor(err.status) });
    }
    const cause = err instanceof Error ? err.cause : undefined;
    if (isRequestError(cause))
        return new errors/* ToolError */.v4('github-api-error', `${clean(err.message)} (HTTP ${cause.status})`, { hint: hintFor(cause.status) });
    return null;
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __nccwpck_require__(3926);
// EXTERNAL MODULE: ./src/core/diagnostics/output.ts
var output = __nccwpck_require__(7007);
// EXTERNAL MODULE: ./src/core/manifest/zod-registry.ts
var zod_registry = __nccwpck_require__(6782);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/drivers/cli/main.ts








const COMMANDS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(84), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(414), __nccwpck_require__.e(30)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6090))).validateCommand,
    hash: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(882), __nccwpck_require__.e(253)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9253))).hashCommand,
    generate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(84), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8479))).generateCommand,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(84), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8479))).checkCommand,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(84), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2074))).planCommand,
    build: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(78), __nccwpck_require__.e(981), __nccwpck_require__.e(312), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3969))).buildCommand,
    stage: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(78), __nccwpck_require__.e(981), __nccwpck_require__.e(312), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3969))).stageCommand,
    publish: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(882), __nccwpck_require__.e(717), __nccwpck_require__.e(981), __nccwpck_require__.e(387), __nccwpck_require__.e(312), __nccwpck_require__.e(852)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6086))).publishCommand,
    prune: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(717), __nccwpck_require__.e(981), __nccwpck_require__.e(387), __nccwpck_require__.e(525)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7525))).pruneCommand,
    deploy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(84), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(717), __nccwpck_require__.e(981), __nccwpck_require__.e(387), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5112))).deployCommand,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(84), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(717), __nccwpck_require__.e(981), __nccwpck_require__.e(387), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5112))).rollbackCommand,
    smoke: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(84), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(717), __nccwpck_require__.e(981), __nccwpck_require__.e(387), __nccwpck_require__.e(112)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5112))).smokeCommand,
    workflows: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(697), __nccwpck_require__.e(399), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2237))).workflowsCommand,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(697), __nccwpck_require__.e(399), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2237))).initCommand,
    schemas: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(67), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6558))).schemasCommand,
    catalog: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(84), __nccwpck_require__.e(291), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).catalogCommand,
    install: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(84), __nccwpck_require__.e(291), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).installCommand,
    uninstall: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(84), __nccwpck_require__.e(291), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(293), __nccwpck_require__.e(809), __nccwpck_require__.e(697), __nccwpck_require__.e(414), __nccwpck_require__.e(626), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).uninstallCommand
};
const READ_ONLY = new Set(['validate', 'hash', 'check', 'plan']);
const loadZodSchemas = async () => {
    ;
    (await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(78), __nccwpck_require__.e(674), __nccwpck_require__.e(67)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2067))).registerZodFallbacks();
};
async function withZodSchemasOnDemand(run, io) {
    const lines = [];
    const flush = () => {
        for (const [stream, text] of lines)
            io[stream](text);
        lines.length = 0;
    };
    try {
        const code = await run({ ...io, stdout: (t) => lines.push(['stdout', t]), stderr: (t) => lines.push(['stderr', t]) });
        flush();
        return code;
    }
    catch (err) {
        if (!(0,zod_registry/* isSchemasNotLoaded */.bP)(err)) {
            flush();
            throw err;
        }
    }
    await loadZodSchemas();
    return run(io);
}
async function usage() {
    const lines = [`modules-rebuild ${version/* VERSION */.x} \u2014 validate, hash and rebuild Rust modular platforms from modules.toml`, '', 'Usage:'];
    for (const load of Object.values(COMMANDS)) {
        const c = await load();
        lines.push(`  ${c.usage}`, `      ${c.summary}`);
    }
    lines.push('', 'Exit codes: 0 ok (warnings allowed), 1 invalid input, 2 usage or I/O error.', 'Run `modules-rebuild <command> --help` for one command.');
    return lines.join('\n');
}
function safeIo(io, env = process.env) {
    const runner = env.GITHUB_ACTIONS === 'true';
    const safe = (text) => (runner ? (0,output/* logText */.kc)((0,output/* terminalText */.eR)(text)) : (0,output/* terminalText */.eR)(text));
    return { ...io, stdout: (text) => io.stdout(safe(text)), stderr: (text) => io.stderr(safe(text)) };
}
async function runCli(argv, rawIo) {
    const io = safeIo(rawIo);
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(await usage());
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(version/* VERSION */.x);
        return 0;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) {
        const { suggest } = await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(882), __nccwpck_require__.e(292)]).then(__nccwpck_require__.bind(__nccwpck_require__, 292));
        const near = suggest(name, Object.keys(COMMANDS));
        io.stderr(`error: unknown command '${name}'${near ? `; did you mean '${near}'? (modules-rebuild ${near} --help)` : ''}\n\n${await usage()}`);
        return 2;
    }
    const command = await load();
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: command.positionals ?? false, strict: true });
    }
    catch (err) {
        io.stderr(`error: ${err.message}\nusage: ${command.usage}`);
        return 2;
    }
    if (parsed.values.help) {
        io.stdout(`${command.usage}\n\n${command.summary}`);
        return 0;
    }
    const format = parsed.values.format;
    if (format !== undefined && format !== 'text' && format !== 'json') {
        io.stderr(`error: --format must be text or json, not '${String(format)}'`);
        return 2;
    }
    try {
        const run = (out) => command.run(parsed.values, out, parsed.positionals);
        if (!READ_ONLY.has(name)) {
            await loadZodSchemas();
            return await run(io);
        }
        const cache = name !== 'hash' && typeof parsed.values.root === 'string' ? await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(882), __nccwpck_require__.e(48)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7048)) : null;
        const store = cache?.openTomlStore(external_node_path_default().resolve(io.cwd, String(parsed.values.root)), name) ?? null;
        cache?.useParsedTomlStore(store);
        try {
            return await withZodSchemasOnDemand(run, io);
        }
        finally {
            cache?.useParsedTomlStore(null);
            store?.save();
        }
    }
    catch (caught) {
        const err = gitHubApiError(caught) ?? caught;
        if (err instanceof errors/* ToolError */.v4) {
            const d = err instanceof errors/* ArgumentError */.c1 ? { ...err.diagnostic, hint: `usage: ${command.usage}` } : err.diagnostic;
            if (format === 'json')
                io.stdout(JSON.stringify({ ok: false, manifest_hash: null, errors: [(0,render/* toJson */.aB)(d)], warnings: [] }, null, 2));
            io.stderr(`error[${d.rule}]: ${d.message}${d.hint ? (err instanceof errors/* ArgumentError */.c1 ? `\n${d.hint}` : `\n  hint: ${d.hint}`) : ''}`);
            return err.exitCode;
        }
        throw err;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/drivers/cli/stdio.ts

function stdioWriter({ fd, stream, writeSync = (f, b, o) => external_node_fs_default().writeSync(f, b, o), direct = process.platform !== 'win32' }) {
    let fallback = direct ? null : stream();
    return {
        line(text) {
            const buf = Buffer.from(`${text}\n`);
            if (fallback) {
                fallback.write(buf);
                return;
            }
            let off = 0;
            try {
                while (off < buf.length)
                    off += writeSync(fd, buf, off);
            }
            catch {
                fallback = stream();
                fallback.write(buf.subarray(off));
            }
        },
        flush(done) {
            if (fallback)
                fallback.write('', done);
            else
                done();
        }
    };
}

;// CONCATENATED MODULE: ./src/cli.ts


const out = stdioWriter({ fd: 1, stream: () => process.stdout });
const err = stdioWriter({ fd: 2, stream: () => process.stderr });
runCli(process.argv.slice(2), {
    stdout: (text) => out.line(text),
    stderr: (text) => err.line(text),
    cwd: process.cwd()
}).then((code) => exitWhenFlushed(code), (error) => {
    const io = safeIo({ stdout: () => { }, stderr: (text) => err.line(text), cwd: '' });
    io.stderr(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this as a bug.`);
    exitWhenFlushed(2);
});
function exitWhenFlushed(code) {
    process.exitCode = code;
    out.flush(() => err.flush(() => process.exit(code)));
}

module.exports = __webpack_exports__;
/******/ })()
;