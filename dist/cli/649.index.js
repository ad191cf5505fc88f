"use strict";
exports.id = 649;
exports.ids = [649];
exports.modules = {

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ expandCommand),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
/* unused harmony exports profileArgs, profileDir */
const profileArgs = (profile) => (profile === 'release' ? ['--release'] : ['--profile', profile]);
function profileDir(profile) {
    if (profile === 'dev' || profile === 'test')
        return 'debug';
    if (profile === 'bench')
        return 'release';
    return profile;
}
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
function shellQuote(argv) {
    return argv.map((a) => (a !== '' && SAFE.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseJsonAs)
/* harmony export */ });
function parseJsonAs(schema, text, where, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${where}: not JSON: ${err.message}`);
    }
    const r = schema.safeParse(data);
    if (!r.success)
        throw new Error(`${where}: not a ${what}: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
    return r.data;
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
async function stageImage(image, root, out, releaseId, log) {
    const source = external_node_path_default().resolve(root, image.layout);
    const { digest } = await (0,push/* layoutImageDigest */._)(source);
    const dest = await new layout/* LayoutImageStore */.D(external_node_path_default().join(out, build_info/* IMAGE_LAYOUT_DIR */.$N)).init();
    const r = await (0,push/* pushImage */.G)(source, digest, dest, releaseId);
    log(`Staged image ${image.repository}@${digest} (${r.mediaType}, ${r.blobs.uploaded + r.blobs.present} blob(s), ${r.uploadedBytes} bytes) in ${build_info/* IMAGE_LAYOUT_DIR */.$N}/`);
    return { repository: image.repository, digest, layout: build_info/* IMAGE_LAYOUT_DIR */.$N };
}
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
async function copyHashed(from, to, rel) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
    const { tap, result } = (0,hash_stream/* hashingTap */.W)();
    const mode = (await (0,promises_.stat)(from)).mode & 0o777;
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from), tap, (0,external_node_fs_.createWriteStream)(to, { flags: 'wx', mode }));
    const { size, sha256 } = result();
    return { path: rel, size, sha256 };
}
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