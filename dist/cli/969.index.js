"use strict";
exports.id = 969;
exports.ids = [969];
exports.modules = {

/***/ 1035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readReleasePlan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_plan_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7344);
/* harmony import */ var _core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6009);
/* harmony import */ var _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9213);
/** Reads a release-plan.json that a command is given (publish): unreadable or invalid is a usage error (exit 2). */




async function readReleasePlan(file) {
    const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8').catch((e) => {
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot read ${file}: ${e.message}`);
    });
    try {
        return (0,_core_release_parse_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonAs */ .W)(_core_plan_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleasePlanSchema */ .Ms, text, file, 'release-plan.json');
    }
    catch (e) {
        throw new _core_diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(e.message);
    }
}


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

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ expandCommand),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
/* unused harmony exports profileArgs, profileDir */
/** Build commands: `[plan.<target>] command` templates expanded to argument vectors. Pure. */
/** `--release` for the release profile, else `--profile <name>` (RusToK's rule). */
const profileArgs = (profile) => (profile === 'release' ? ['--release'] : ['--profile', profile]);
/** The directory cargo writes a profile to: `dev`/`test` → `debug`, `bench` → `release`, else the name. */
function profileDir(profile) {
    if (profile === 'dev' || profile === 'test')
        return 'debug';
    if (profile === 'bench')
        return 'release';
    return profile;
}
/**
 * Expands a template: an element that is exactly `{profile_args}`, `{target_args}` or
 * `{feature_args}` becomes zero or more arguments; every other placeholder is replaced in place.
 */
function expandCommand(template, ctx) {
    const lists = {
        '{profile_args}': profileArgs(ctx.profile),
        '{target_args}': ctx.triple ? ['--target', ctx.triple] : [],
        '{feature_args}': [...ctx.featureArgs]
    };
    const out = [];
    for (const arg of template) {
        const list = lists[arg];
        if (list)
            out.push(...list);
        else
            out.push(fill(arg, ctx, lists));
    }
    return out;
}
/** Replaces the placeholders of one string (`output` paths use {target_dir} and {profile_dir} too). */
function fill(text, ctx, lists) {
    const values = {
        '{package}': ctx.package,
        '{features}': ctx.features.join(','),
        '{profile}': ctx.profile,
        '{target}': ctx.triple ?? '',
        '{target_dir}': ctx.triple ? `target/${ctx.triple}` : 'target',
        '{profile_dir}': profileDir(ctx.profile)
    };
    return text.replace(/\{[a-z_]+\}/g, (m) => values[m] ?? lists?.[m]?.join(' ') ?? m);
}
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** POSIX shell form of an argument vector: arguments with other characters are single-quoted. */
function shellQuote(argv) {
    return argv.map((a) => (a !== '' && SAFE.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ IMAGE_LAYOUT_DIR),
/* harmony export */   TI: () => (/* reexport safe */ _actions_constants_js__WEBPACK_IMPORTED_MODULE_0__.TI),
/* harmony export */   WS: () => (/* binding */ BuildInfoSchema),
/* harmony export */   _Y: () => (/* binding */ parseBuildInfo)
/* harmony export */ });
/* unused harmony exports BuildInfoFileSchema, BuildInfoImageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6009);
/* harmony import */ var _actions_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9398);
/**
 * build-info.json: the file every build artifact carries next to the built files. The build job's
 * stage step writes it; publish reads one per artifact and trusts nothing else about the build.
 * Schema 2 adds the container image pushed by digest and the build's timing; schema 1 (the inline
 * stage script of earlier workflows) still reads.
 */




/** Where stage puts the image layout inside the artifact (no leading dot: upload-artifact skips hidden files). */
const IMAGE_LAYOUT_DIR = 'oci-image';
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits');
const BuildInfoFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Path of the file relative to the repository root (POSIX separators); the same path inside the artifact.'),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
    sha256: sha256Hex.describe('SHA-256 of the file, hex.')
})
    .describe('One built file.');
const BuildInfoImageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Image repository without tag or digest, e.g. `ghcr.io/owner/platform-server`.'),
    digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('Digest of the manifest (or index): what publish pushes and tags `release_id`.'),
    layout: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Directory of the OCI image layout inside the artifact that holds the image (the build job built it, pushed nothing); absent: the image is in `repository` already and publish only tags it.')
})
    .describe('The container image of the target.');
const BuildInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2)]).describe('Format version: 2 (1 is still read).'),
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('`server`, `admin` or `storefront`.'),
    build_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/).describe('release-plan.json targets.<target>.build_key.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    manifest_hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('manifest_hash of the plan the build ran for.'),
    release_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('release_id of that plan.'),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(BuildInfoFileSchema).min(1).describe('The built files.'),
    image: BuildInfoImageSchema.nullable().optional().describe('Schema 2: the image, or null when the target has none.'),
    started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional().describe('Schema 2: when the build step started (ISO 8601, UTC).'),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional().describe('Schema 2: when staging finished (ISO 8601, UTC).')
})
    .meta({ title: 'build-info.json', description: 'What one build artifact holds: target, build key, files with their SHA-256, and the image pushed by digest.' });
/** Parses the text of a build-info.json; throws an Error naming `where` when it is not one. */
function parseBuildInfo(text, where) {
    return (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAs */ .W)(BuildInfoSchema, text, where, 'build-info.json');
}


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand),
  stageCommand: () => (/* binding */ stageCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/adapters/process/stream.ts



/**
 * Starts argv[0] with argv[1..] in `cwd`, without a shell, with `env` on top of this process's
 * environment; every line the command prints (stdout and stderr) goes to `line` as it comes.
 * Resolves with the exit code (128+n when stopped by signal n). Shared by the action's and the
 * CLI's `build`.
 */
function runStreaming(argv, env, cwd, line) {
    if (argv.length === 0)
        return Promise.reject(new Error('the build command is empty'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
        const streams = [child.stdout, child.stderr].map((s) => {
            const lines = (0,external_node_readline_.createInterface)({ input: s, crlfDelay: Infinity });
            lines.on('line', line);
            return new Promise((done) => lines.on('close', () => done()));
        });
        child.on('error', (err) => reject(new Error(`cannot start '${argv[0]}': ${err.message}`)));
        child.on('close', (code, signal) => {
            void Promise.all(streams).then(() => {
                if (signal)
                    line(`the build command was stopped by ${signal}`);
                resolve(code ?? 128 + ((signal && external_node_os_.constants.signals[signal]) || 1));
            });
        });
    });
}

// EXTERNAL MODULE: ./src/app/plan-file.ts
var plan_file = __webpack_require__(1035);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/adapters/fs/hash-stream.ts
var hash_stream = __webpack_require__(9801);
// EXTERNAL MODULE: ./src/adapters/oci/push.ts
var push = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/adapters/oci/layout.ts
var layout = __webpack_require__(6186);
// EXTERNAL MODULE: ./src/core/release/build-info.ts
var build_info = __webpack_require__(5826);
;// CONCATENATED MODULE: ./src/app/stage.ts








/**
 * stage (action command `stage` and CLI `stage`): copies the built files (files, or every file
 * under a directory) into one directory with build-info.json (schema 2), what the artifact upload
 * packs and publish reads. Each file is streamed once — copied and hashed in the same pass, never
 * held in memory. Paths must stay inside the root after symlinks are resolved.
 */
async function stageArtifact(s) {
    const realRoot = await (0,promises_.realpath)(s.root);
    const sources = new Map();
    for (const p of s.paths)
        for (const [rel, abs] of await expand(p, s.root, realRoot))
            sources.set(rel, abs);
    if (sources.size === 0)
        throw new Error(`artifact-path ${JSON.stringify(s.paths)} holds no file`);
    if (sources.has(build_info/* BUILD_INFO_FILE */.TI))
        throw new Error(`artifact-path: '${build_info/* BUILD_INFO_FILE */.TI}' at the root is the staged metadata; rename the built file`);
    const clash = s.image ? [...sources.keys()].find((rel) => rel.split('/')[0] === build_info/* IMAGE_LAYOUT_DIR */.$N) : undefined;
    if (clash)
        throw new Error(`artifact-path: '${clash}' is under '${build_info/* IMAGE_LAYOUT_DIR */.$N}/', where the image layout is staged; rename the built file`);
    await assertScratch(s.out, realRoot);
    await (0,promises_.rm)(s.out, { recursive: true, force: true });
    const files = [];
    for (const rel of [...sources.keys()].sort()) {
        const entry = await copyHashed(sources.get(rel), external_node_path_default().join(s.out, ...rel.split('/')), rel);
        s.log(`${entry.sha256}  ${entry.size}  ${rel}`);
        files.push(entry);
    }
    const image = s.image ? await stageImage(s.image, s.root, s.out, s.releaseId, s.log) : null;
    const buildInfo = build_info/* BuildInfoSchema */.WS.parse({
        schema: 2,
        target: s.target,
        build_key: s.buildKey,
        artifact: s.artifact,
        manifest_hash: s.manifestHash,
        release_id: s.releaseId,
        files,
        image,
        started_at: s.startedAt,
        finished_at: new Date().toISOString()
    });
    const infoPath = external_node_path_default().join(s.out, build_info/* BUILD_INFO_FILE */.TI);
    await (0,promises_.writeFile)(infoPath, JSON.stringify(buildInfo, null, 2) + '\n');
    return { buildInfo, infoPath, bytes: files.reduce((n, f) => n + f.size, 0) };
}
/**
 * Copies the one image of the OCI layout the build wrote into `<out>/oci-image`, tagged release_id:
 * only what its digest reaches, every blob checked against its digest on the way. build-info.json
 * records the digest; publish pushes it.
 */
async function stageImage(image, root, out, releaseId, log) {
    const source = external_node_path_default().resolve(root, image.layout);
    const { digest } = await (0,push/* layoutImageDigest */._)(source);
    const dest = await new layout/* LayoutImageStore */.D(external_node_path_default().join(out, build_info/* IMAGE_LAYOUT_DIR */.$N)).init();
    const r = await (0,push/* pushImage */.G)(source, digest, dest, releaseId);
    log(`Staged image ${image.repository}@${digest} (${r.mediaType}, ${r.blobs.uploaded + r.blobs.present} blob(s), ${r.uploadedBytes} bytes) in ${build_info/* IMAGE_LAYOUT_DIR */.$N}/`);
    return { repository: image.repository, digest, layout: build_info/* IMAGE_LAYOUT_DIR */.$N };
}
/** `p` (repository-relative) → [path in the artifact, absolute source] of each regular file; throws outside root. */
async function expand(p, root, realRoot) {
    if (external_node_path_default().isAbsolute(p) || p.split(/[\\/]/).includes('..'))
        throw new Error(`artifact path ${JSON.stringify(p)} must be relative to the working directory, without '..'`);
    const abs = external_node_path_default().resolve(root, p);
    let real;
    try {
        real = await (0,promises_.realpath)(abs);
    }
    catch (err) {
        throw new Error(`artifact path ${JSON.stringify(p)} does not exist (${err.code ?? err.message}): did the build produce it?`);
    }
    const inside = external_node_path_default().relative(realRoot, real);
    if (inside === '' || inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
        throw new Error(`artifact path ${JSON.stringify(p)} resolves to ${real}, outside the working directory ${realRoot}`);
    const st = await (0,promises_.stat)(real);
    const rel = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/');
    if (st.isFile())
        return [[rel, real]];
    if (!st.isDirectory())
        throw new Error(`artifact path ${JSON.stringify(p)} is neither a file nor a directory`);
    const out = [];
    for (const name of (await (0,promises_.readdir)(abs)).sort()) {
        const child = `${rel}/${name}`;
        const ls = await (0,promises_.lstat)(external_node_path_default().join(abs, name));
        if (ls.isDirectory() || ls.isFile() || ls.isSymbolicLink())
            out.push(...(await expand(child, root, realRoot)));
    }
    return out;
}
/** Copies `from` to `to`, hashing the bytes as they pass. */
async function copyHashed(from, to, rel) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
    const { tap, result } = (0,hash_stream/* hashingTap */.W)();
    // The permission bits go along (an executable stays executable); the bytes are streamed once.
    const mode = (await (0,promises_.stat)(from)).mode & 0o777;
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from), tap, (0,external_node_fs_.createWriteStream)(to, { flags: 'wx', mode }));
    const { size, sha256 } = result();
    return { path: rel, size, sha256 };
}
/**
 * `out` is emptied before staging, so it must be a directory of its own: not the working directory
 * or one that contains it, and, when it exists, empty or an earlier stage (it holds build-info.json).
 */
async function assertScratch(out, realRoot) {
    const real = await (0,promises_.realpath)(out).catch(() => out);
    const rel = external_node_path_default().relative(real, realRoot);
    if (rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))) {
        throw new Error(`the staging directory (${out}) is the working directory or contains it; stage empties it first, so name a directory of its own, e.g. $RUNNER_TEMP/modules-rebuild-artifact`);
    }
    const entries = await (0,promises_.readdir)(real).catch(() => null);
    if (entries !== null && entries.length > 0 && !entries.includes(build_info/* BUILD_INFO_FILE */.TI)) {
        throw new Error(`the staging directory (${out}) holds other files and no ${build_info/* BUILD_INFO_FILE */.TI}; stage empties it first, so name an empty directory or an earlier stage's`);
    }
}

// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/core/plan/command.ts
var command = __webpack_require__(6054);
;// CONCATENATED MODULE: ./src/drivers/cli/build.ts
/**
 * `build` and `stage` on the command line: the same steps as the action's `command: build` and
 * `command: stage`, driven by release-plan.json (one matrix entry, chosen with --target), so a
 * local run (and `npm run demo`) goes plan → build → stage → publish like the workflow.
 */







async function entry(values, cwd, command) {
    if (typeof values.plan !== 'string' || typeof values.target !== 'string')
        throw new errors/* ArgumentError */.c1(`${command} needs --plan release-plan.json and --target TARGET`);
    const plan = await (0,plan_file/* readReleasePlan */.R)(external_node_path_default().resolve(cwd, values.plan));
    return { plan, entry: plan.matrix.include.find((m) => m.target === values.target) ?? null };
}
function notInMatrix(plan, target) {
    const inMatrix = plan.matrix.include.map((m) => m.target);
    return `target '${target}' is not in the plan's build matrix (${inMatrix.length ? inMatrix.join(', ') : 'nothing to build'}): ${target in plan.targets ? 'an existing release already holds its build key' : 'no such target'}`;
}
const buildCommand = {
    usage: 'modules-rebuild build --plan release-plan.json --target TARGET [--root DIR] [--offline]',
    summary: "Run the plan's build command for one target of the matrix (argv without a shell, the plan's env on top of yours; --offline adds CARGO_NET_OFFLINE=true), streaming cargo's output. Exit: the command's exit code; 2 when the target is not in the matrix.",
    options: { plan: { type: 'string' }, target: { type: 'string' }, root: { type: 'string', default: '.' }, offline: { type: 'boolean', default: false } },
    async run(values, io) {
        const { plan, entry: m } = await entry(values, io.cwd, 'build');
        if (!m)
            throw new errors/* ArgumentError */.c1(notInMatrix(plan, String(values.target)));
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const env = { ...m.env, ...(values.offline === true ? { CARGO_NET_OFFLINE: 'true' } : {}) };
        io.stderr(`$ ${(0,command/* shellQuote */.ZL)(m.argv)}`);
        const code = await runStreaming(m.argv, env, root, (line) => io.stderr(line));
        if (code !== 0)
            io.stderr(`error: the build command of ${m.target} exited with code ${code}`);
        return code;
    }
};
const stageCommand = {
    usage: 'modules-rebuild stage --plan release-plan.json --target TARGET --out DIR [--image LAYOUT_DIR --image-repository NAME] [--started-at ISO] [--root DIR] [--format text|json]',
    summary: "Copy one target's built files (the plan's artifact path) into DIR with build-info.json (schema 2), hashing each file as it is copied: the artifact publish --artifacts reads (one DIR per artifact name). DIR is emptied first, so it must be a directory of its own. Exit 2 when a file is missing or a path leaves the root.",
    options: { plan: { type: 'string' }, target: { type: 'string' }, out: { type: 'string' }, image: { type: 'string' }, 'image-repository': { type: 'string' }, 'started-at': { type: 'string' }, root: { type: 'string', default: '.' }, format: { type: 'string', default: 'text' } },
    async run(values, io) {
        const { plan, entry: m } = await entry(values, io.cwd, 'stage');
        if (!m)
            throw new errors/* ArgumentError */.c1(notInMatrix(plan, String(values.target)));
        if (typeof values.out !== 'string')
            throw new errors/* ArgumentError */.c1('stage needs --out DIR');
        let image = null;
        if ((typeof values.image === 'string') !== (typeof values['image-repository'] === 'string'))
            throw new errors/* ArgumentError */.c1('--image and --image-repository go together: the OCI image layout the build wrote and the image\'s repository');
        if (typeof values.image === 'string') {
            const problem = (0,config_images/* imageRepositoryProblem */.rN)(String(values['image-repository']));
            if (problem)
                throw new errors/* ArgumentError */.c1(`--image-repository '${values['image-repository']}' ${problem}`);
            image = { layout: values.image, repository: String(values['image-repository']) };
        }
        const startedAt = typeof values['started-at'] === 'string' ? values['started-at'] : null;
        if (startedAt !== null && Number.isNaN(Date.parse(startedAt)))
            throw new errors/* ArgumentError */.c1(`--started-at is not an ISO 8601 time: '${startedAt}'`);
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const out = external_node_path_default().resolve(io.cwd, values.out);
        const text = values.format !== 'json';
        const staged = await stageArtifact({
            root,
            out,
            paths: m.artifact_path.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== ''),
            target: m.target,
            buildKey: m.build_key,
            artifact: m.artifact,
            manifestHash: plan.manifest_hash,
            releaseId: plan.release_id,
            image,
            startedAt,
            log: (line) => (text ? io.stderr(line) : undefined)
        }).catch((err) => {
            // A missing build output, a path outside the root, an unusable --out: I/O, exit 2.
            throw err instanceof errors/* ToolError */.v4 ? err : new errors/* IoError */.dA(err.message);
        });
        if (!text)
            io.stdout(JSON.stringify({ ok: true, dir: out, build_info: staged.infoPath, ...staged.buildInfo }, null, 2));
        else
            io.stdout(`staged ${staged.buildInfo.files.length} file(s), ${staged.bytes} bytes, for ${m.target} (${m.artifact}) in ${external_node_path_default().relative(io.cwd, out) || '.'}`);
        return 0;
    }
};


/***/ })

};
;