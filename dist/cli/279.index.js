"use strict";
exports.id = 279;
exports.ids = [279,944];
exports.modules = {

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JOURNAL: () => (/* reexport */ JOURNAL),
  applyChanges: () => (/* binding */ applyChanges),
  makeDirectory: () => (/* binding */ makeDirectory),
  recoverInterrupted: () => (/* binding */ recoverInterrupted),
  writeFileAt: () => (/* binding */ writeFileAt),
  writeFilesAt: () => (/* binding */ writeFilesAt)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/adapters/fs/fs-ops.ts


const openAsync = (0,external_node_util_.promisify)((external_node_fs_default()).open);
const writeAsync = (0,external_node_util_.promisify)((external_node_fs_default()).write);
const fsyncAsync = (0,external_node_util_.promisify)((external_node_fs_default()).fsync);
const closeAsync = (0,external_node_util_.promisify)((external_node_fs_default()).close);
const real = {
    lstat: (p) => external_node_fs_.promises.lstat(p),
    realpath: (p) => external_node_fs_.promises.realpath(p),
    readdir: (p) => external_node_fs_.promises.readdir(p),
    readFile: (p) => external_node_fs_.promises.readFile(p),
    create: (p) => openAsync(p, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0), 0o666),
    async write(fd, data) {
        for (let off = 0; off < data.byteLength;)
            off += (await writeAsync(fd, data, off, data.byteLength - off)).bytesWritten;
    },
    fsync: (fd) => fsyncAsync(fd),
    close: (fd) => closeAsync(fd),
    async fsyncDir(p) {
        if (process.platform === 'win32')
            return;
        const fd = await openAsync(p, (external_node_fs_default()).constants.O_RDONLY);
        try {
            await fsyncAsync(fd);
        }
        finally {
            await closeAsync(fd);
        }
    },
    link: (a, b) => external_node_fs_.promises.link(a, b),
    rename: (a, b) => external_node_fs_.promises.rename(a, b),
    unlink: (p) => external_node_fs_.promises.unlink(p),
    mkdir: (p) => external_node_fs_.promises.mkdir(p).then(() => undefined),
    rmdir: (p) => external_node_fs_.promises.rmdir(p)
};
const MUTATING = ['create', 'write', 'fsync', 'close', 'fsyncDir', 'link', 'rename', 'unlink', 'mkdir', 'rmdir'];
function intercept(ops, before) {
    const wrapped = { ...ops };
    for (const name of MUTATING) {
        const fn = ops[name];
        wrapped[name] = async (...args) => {
            before(name, args);
            return fn(...args);
        };
    }
    return wrapped;
}
function killHook(ops) {
    const at = Number(process.env.MODULES_REBUILD_TEST_KILL_AT);
    if (!Number.isInteger(at) || at < 1)
        return ops;
    let n = 0;
    return intercept(ops, () => {
        if (++n === at)
            process.kill(process.pid, 'SIGKILL');
    });
}
let current = null;
function fsOps() {
    current ??= killHook(real);
    return current;
}
function useFsOps(ops) {
    current = ops;
}
const realFsOps = (/* unused pure expression or super */ null && (real));
const WHY = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENAMETOOLONG: 'file name too long',
    ENOTDIR: 'a parent is not a directory',
    EISDIR: 'is a directory',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files',
    EBUSY: 'resource busy',
    ETXTBSY: 'file busy',
    ELOOP: 'too many levels of symbolic links',
    EEXIST: 'already exists',
    ENOENT: 'no such file or directory'
};
function ioReason(err) {
    const code = err?.code;
    if (typeof code === 'string' && WHY[code])
        return `${WHY[code]} (${code})`;
    return err?.message ?? String(err);
}
const isErrno = (err) => typeof err?.code === 'string';

;// CONCATENATED MODULE: ./src/adapters/fs/confine.ts





const JOURNAL = '.modules-rebuild.journal';
const LEFTOVER = /^\.(.+)\.modules-rebuild-(\d+)-([0-9a-f]{8})\.(tmp|bak|del)$/;
const MAX_NAME = 255;
const posix = (p) => p.split((external_node_path_default()).sep).join('/');
const inside = (realRoot, p) => p === realRoot || p.startsWith(realRoot + (external_node_path_default()).sep);
const missing = (err) => isErrno(err) && (err.code === 'ENOENT' || err.code === 'ENOTDIR');
async function lstatOrNull(ops, p) {
    try {
        return await ops.lstat(p);
    }
    catch (err) {
        if (missing(err))
            return null;
        throw err;
    }
}
function sideName(target, ext) {
    return external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.modules-rebuild-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.${ext}`);
}
async function realRootOf(ops, root) {
    let isDirectory;
    let real;
    try {
        real = await ops.realpath(root);
        isDirectory = (await ops.lstat(real)).isDirectory();
    }
    catch {
        throw new errors/* IoError */.dA(`${root}: no such directory`);
    }
    if (!isDirectory)
        throw new errors/* IoError */.dA(`${root}: not a directory`);
    return real;
}
async function resolve(ops, realRoot, root, rel, kind, mkdirs) {
    const refuse = (why) => new errors/* IoError */.dA(`${rel}: refusing to ${kind === 'delete' ? 'delete' : 'write'}: ${why}`);
    const problem = (0,identifiers/* repoPathProblem */.Js)(rel);
    if (problem)
        throw refuse(`the path ${problem}`);
    const segs = rel.split('/').filter((s) => s !== '' && s !== '.');
    if (!segs.length)
        throw refuse('it names the root directory');
    for (const s of segs)
        if (Buffer.byteLength(`.${s}.modules-rebuild-4294967295-00000000.tmp`) > MAX_NAME)
            throw refuse(`the name '${s.slice(0, 40)}\u2026' is too long (at most ${MAX_NAME - 40} bytes)`);
    let cur = realRoot;
    let creating = false;
    for (const [i, seg] of segs.slice(0, -1).entries()) {
        const shown = segs.slice(0, i + 1).join('/');
        const next = external_node_path_default().join(cur, seg);
        const st = creating ? null : await lstatOrNull(ops, next);
        if (!st) {
            creating = true;
            if (kind !== 'write')
                return { target: external_node_path_default().join(next, ...segs.slice(i + 1)), existed: false };
            if (!mkdirs.includes(next))
                mkdirs.push(next);
            cur = next;
        }
        else if (st.isSymbolicLink()) {
            const real = await ops.realpath(next).catch(() => null);
            if (real === null)
                throw refuse(`${shown} is a symbolic link to nothing`);
            if (!inside(realRoot, real))
                throw refuse(`${shown} is a symbolic link that leads outside ${root}`);
            if (!(await ops.lstat(real)).isDirectory())
                throw refuse(`${shown} is not a directory`);
            cur = real;
        }
        else if (st.isDirectory())
            cur = next;
        else
            throw refuse(`${shown} is not a directory`);
    }
    let target = external_node_path_default().join(cur, segs.at(-1));
    const st = creating ? null : await lstatOrNull(ops, target);
    if (st?.isSymbolicLink() && kind !== 'delete') {
        const real = await ops.realpath(target).catch(() => null);
        if (real === null)
            throw refuse('it is a symbolic link to nothing');
        if (!inside(realRoot, real))
            throw refuse(`a symbolic link leads outside ${root}`);
        const rst = await ops.lstat(real);
        if (!rst.isFile())
            throw refuse(`it is a symbolic link to ${rst.isDirectory() ? 'a directory' : 'something other than a file'}`);
        target = real;
    }
    else if (st?.isDirectory())
        throw refuse('it is a directory');
    else if (st && !st.isFile() && !st.isSymbolicLink())
        throw refuse('it is not a regular file');
    const realRel = posix(external_node_path_default().relative(realRoot, target));
    if (/^\.git(\/|$)/i.test(realRel))
        throw refuse('it is inside .git/');
    if (realRel === JOURNAL || LEFTOVER.test(external_node_path_default().basename(target)))
        throw refuse("it is one of modules-rebuild's own temporary files");
    return { target, existed: st !== null };
}

;// CONCATENATED MODULE: ./src/adapters/fs/write.ts







const active = new Set();
async function applyChanges(root, changes, opts = {}) {
    const ops = fsOps();
    const realRoot = await realRootOf(ops, root);
    await recover(ops, realRoot);
    const mkdirs = [];
    const entries = [];
    const seen = new Map();
    const add = async (rel, kind, content, prune) => {
        const { target, existed } = await resolve(ops, realRoot, root, rel, kind, mkdirs);
        if (seen.has(target))
            throw new errors/* IoError */.dA(`${rel}: refusing to write: it is the same file as ${seen.get(target)}`);
        seen.set(target, rel);
        if (kind === 'delete' && !existed)
            return;
        entries.push({ rel, kind, target, existed, content, prune, tmp: kind === 'write' ? sideName(target, 'tmp') : null, bak: existed && kind !== 'delete' ? sideName(target, 'bak') : null, del: kind === 'delete' || (kind === 'preserve' && !existed) ? sideName(target, 'del') : null });
    };
    for (const c of changes)
        await add(c.path, 'delete' in c ? 'delete' : 'write', 'delete' in c ? null : Buffer.from(c.content, 'utf8'), 'delete' in c ? (c.prune ?? null) : null);
    for (const p of opts.preserve ?? [])
        if (!changes.some((c) => c.path === p))
            await add(p, 'preserve', null, null);
    const result = (committed) => ({ committed, written: committed ? entries.filter((e) => e.kind === 'write').map((e) => e.rel) : [], deleted: committed ? entries.filter((e) => e.kind === 'delete').map((e) => e.rel) : [] });
    if (!entries.some((e) => e.kind !== 'preserve'))
        return result(opts.beforeCommit ? await opts.beforeCommit() : true);
    await sweep(ops, [...new Set([realRoot, ...entries.map((e) => external_node_path_default().dirname(e.target)).filter((d) => !mkdirs.includes(d))])]);
    const token = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const journaled = entries.length > 1;
    const journal = { schema: 1, pid: process.pid, token, state: 'prepared', dirs: mkdirs.map((d) => posix(external_node_path_default().relative(realRoot, d))), entries: entries.map((e) => ({ kind: e.kind, existed: e.existed, prune: e.prune, ...rels(realRoot, e) })) };
    const dirs = [...new Set(entries.map((e) => external_node_path_default().dirname(e.target)))];
    const created = [];
    let step = null;
    active.add(token);
    try {
        try {
            if (journaled)
                await writeJournal(ops, realRoot, journal, true);
            for (const d of mkdirs) {
                await ops.mkdir(d);
                created.push(d);
            }
            for (const e of entries) {
                step = e;
                if (e.tmp)
                    await createFile(ops, e.tmp, e.content);
            }
            for (const e of entries) {
                step = e;
                if (e.bak)
                    await (e.kind === 'preserve' ? createWhole(ops, e.bak, await ops.readFile(e.target)) : backup(ops, e.target, e.bak));
            }
            for (const d of dirs)
                await ops.fsyncDir(d);
            for (const e of entries) {
                step = e;
                if (e.kind === 'write')
                    await ops.rename(e.tmp, e.target);
                else if (e.kind === 'delete')
                    await ops.rename(e.target, e.del);
            }
            for (const d of dirs)
                await ops.fsyncDir(d);
            step = null;
            if (opts.beforeCommit && !(await opts.beforeCommit())) {
                await undo(ops, realRoot, entries, created, journaled);
                return result(false);
            }
            if (journaled)
                await writeJournal(ops, realRoot, { ...journal, state: 'committed' }, false);
        }
        catch (err) {
            const where = step?.rel ?? (journaled ? JOURNAL : entries[0].rel);
            try {
                await undo(ops, realRoot, entries, created, journaled);
            }
            catch (undoErr) {
                throw new errors/* IoError */.dA(`${where}: cannot write: ${ioReason(err)}; putting the files back failed too (${ioReason(undoErr)}): the next modules-rebuild run that writes in ${root} finishes undoing it`);
            }
            if (err instanceof errors/* IoError */.dA)
                throw err;
            if (!isErrno(err))
                throw err;
            throw new errors/* IoError */.dA(`${where}: cannot write: ${ioReason(err)}; nothing was changed`);
        }
        await finish(ops, realRoot, entries, journaled).catch(() => { });
        return result(true);
    }
    finally {
        active.delete(token);
    }
}
function rels(realRoot, e) {
    const r = (p) => (p === null ? null : posix(external_node_path_default().relative(realRoot, p)));
    return { target: r(e.target), tmp: r(e.tmp), bak: r(e.bak), del: r(e.del) };
}
async function createFile(ops, p, content) {
    const fd = await ops.create(p);
    try {
        await ops.write(fd, content);
        await ops.fsync(fd);
    }
    finally {
        await ops.close(fd);
    }
}
async function createWhole(ops, final, content) {
    const tmp = sideName(final, 'tmp');
    try {
        await createFile(ops, tmp, content);
        await ops.rename(tmp, final);
    }
    catch (err) {
        await ops.unlink(tmp).catch(() => { });
        throw err;
    }
}
async function backup(ops, target, bak) {
    try {
        await ops.link(target, bak);
    }
    catch (err) {
        if (!isErrno(err) || !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV'].includes(err.code))
            throw err;
        await createWhole(ops, bak, await ops.readFile(target));
    }
}
async function writeJournal(ops, realRoot, journal, first) {
    const file = external_node_path_default().join(realRoot, JOURNAL);
    const text = Buffer.from(JSON.stringify(journal) + '\n');
    if (first) {
        try {
            await createFile(ops, file, text);
        }
        catch (err) {
            if (isErrno(err) && err.code === 'EEXIST')
                throw new errors/* IoError */.dA(`${JOURNAL}: another modules-rebuild run is writing in this checkout; run again when it has finished`);
            throw err;
        }
    }
    else
        await createWhole(ops, file, text);
    await ops.fsyncDir(realRoot);
}
async function undo(ops, realRoot, entries, created, journaled) {
    for (const e of [...entries].reverse()) {
        const bak = e.bak ? await lstatOrNull(ops, e.bak) : null;
        if (bak) {
            const now = await lstatOrNull(ops, e.target);
            if (now && now.ino === bak.ino && now.dev === bak.dev)
                await ops.unlink(e.bak);
            else
                await ops.rename(e.bak, e.target);
        }
        else if (!e.existed && (e.kind === 'preserve' || (e.tmp && !(await lstatOrNull(ops, e.tmp))))) {
            if ((await lstatOrNull(ops, e.target))?.isFile())
                await ops.unlink(e.target);
        }
        if (e.del && e.kind === 'delete' && (await lstatOrNull(ops, e.del)))
            await ops.rename(e.del, e.target);
        if (e.tmp && (await lstatOrNull(ops, e.tmp)))
            await ops.unlink(e.tmp);
    }
    for (const d of [...created].reverse())
        await removeEmptyDir(ops, d);
    for (const d of new Set(entries.map((e) => external_node_path_default().dirname(e.target))))
        if (await lstatOrNull(ops, d))
            await ops.fsyncDir(d);
    if (journaled && (await lstatOrNull(ops, external_node_path_default().join(realRoot, JOURNAL)))) {
        await ops.unlink(external_node_path_default().join(realRoot, JOURNAL));
        await ops.fsyncDir(realRoot);
    }
}
async function finish(ops, realRoot, entries, journaled) {
    for (const e of entries) {
        for (const p of [e.bak, e.kind === 'delete' ? e.del : null])
            if (p && (await lstatOrNull(ops, p))?.isFile())
                await ops.unlink(p);
        if (e.prune)
            await prune(ops, realRoot, external_node_path_default().dirname(e.target), external_node_path_default().join(realRoot, e.prune));
    }
    if (journaled) {
        await ops.unlink(external_node_path_default().join(realRoot, JOURNAL));
        await ops.fsyncDir(realRoot);
    }
}
async function removeEmptyDir(ops, d) {
    const st = await lstatOrNull(ops, d);
    if (!st?.isDirectory())
        return false;
    try {
        await ops.rmdir(d);
        return true;
    }
    catch (err) {
        if (isErrno(err) && ['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(err.code))
            return false;
        throw err;
    }
}
async function prune(ops, realRoot, dir, stop) {
    for (let d = dir; inside(stop, d) && d !== realRoot; d = external_node_path_default().dirname(d))
        if (!(await removeEmptyDir(ops, d)))
            return;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return isErrno(err) && err.code === 'EPERM';
    }
}
async function sweep(ops, dirs) {
    for (const d of dirs) {
        const names = await ops.readdir(d).catch(() => []);
        for (const n of names) {
            const m = LEFTOVER.exec(n);
            if (!m || Number(m[2]) === process.pid || alive(Number(m[2])))
                continue;
            if ((await lstatOrNull(ops, external_node_path_default().join(d, n)))?.isFile())
                await ops.unlink(external_node_path_default().join(d, n)).catch(() => { });
        }
    }
}
async function recover(ops, realRoot) {
    const file = external_node_path_default().join(realRoot, JOURNAL);
    let text;
    try {
        text = (await ops.readFile(file)).toString('utf8');
    }
    catch (err) {
        if (missing(err))
            return;
        throw new errors/* IoError */.dA(`${JOURNAL}: cannot read: ${ioReason(err)}`);
    }
    let j = null;
    try {
        j = JSON.parse(text);
        if (j?.schema !== 1 || !Array.isArray(j.entries) || !Array.isArray(j.dirs))
            j = null;
    }
    catch {
        j = null;
    }
    if (j === null) {
        await ops.unlink(file);
        return;
    }
    if (active.has(j.token) || (j.pid !== process.pid && alive(j.pid)))
        throw new errors/* IoError */.dA(`${JOURNAL}: another modules-rebuild run (pid ${j.pid}) is writing in this checkout; run again when it has finished`);
    const abs = (p) => (p === null ? null : external_node_path_default().join(realRoot, ...p.split('/')));
    for (const p of [...j.entries.flatMap((e) => [e.target, e.tmp, e.bak, e.del]), ...j.dirs]) {
        if (p !== null && (typeof p !== 'string' || (0,identifiers/* repoPathProblem */.Js)(p) !== null))
            throw new errors/* IoError */.dA(`${JOURNAL}: not a journal this program wrote (path ${JSON.stringify(p)}); remove it if no modules-rebuild run is active`);
    }
    const entries = j.entries.map((e) => ({ rel: e.target, kind: e.kind, existed: e.existed, content: null, prune: e.prune, target: abs(e.target), tmp: abs(e.tmp), bak: abs(e.bak), del: abs(e.del) }));
    try {
        if (j.state === 'committed')
            await finish(ops, realRoot, entries, true);
        else
            await undo(ops, realRoot, entries, j.dirs.map((d) => abs(d)), true);
        await sweep(ops, [realRoot]);
    }
    catch (err) {
        throw new errors/* IoError */.dA(`${JOURNAL}: cannot finish the change an interrupted run left: ${ioReason(err)}`);
    }
}
async function recoverInterrupted(root) {
    const ops = fsOps();
    await recover(ops, await realRootOf(ops, root));
}
async function writeFileAt(absolute, content) {
    await writeFilesAt(external_node_path_default().dirname(absolute), [{ path: external_node_path_default().basename(absolute), content }]);
}
async function writeFilesAt(dir, files) {
    await makeDirectory(dir);
    return applyChanges(dir, files);
}
async function makeDirectory(dir) {
    const ops = fsOps();
    const st = await lstatOrNull(ops, dir);
    if (st)
        return;
    await makeDirectory(external_node_path_default().dirname(dir));
    try {
        await ops.mkdir(dir);
    }
    catch (err) {
        if (isErrno(err) && err.code === 'EEXIST')
            return;
        throw new errors/* IoError */.dA(`${dir}: cannot create the directory: ${ioReason(err)}`);
    }
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


/***/ }),

/***/ 9242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ blockingErrors),
/* harmony export */   V2: () => (/* binding */ fixCommand),
/* harmony export */   mp: () => (/* binding */ generateOnDisk),
/* harmony export */   qP: () => (/* binding */ planOnDisk),
/* harmony export */   zk: () => (/* binding */ checkOnDisk)
/* harmony export */ });
/* harmony import */ var _core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8626);
/* harmony import */ var _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5390);
/* harmony import */ var _core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5539);
/* harmony import */ var _core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3337);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(293);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7426);







const CARGO_SIDE = new Set(['feature-drift', 'feature-declaration', 'missing-feature-markers']);
async function planOnDisk(root, manifest, snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root)) {
    const { config, diagnostics } = await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(root, manifest, snapshot);
    if (!config)
        return { config, project: null, plan: null, diagnostics };
    const project = await (0,_project_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .g)(root, manifest, (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLookup */ .x8)(config), snapshot);
    const files = await snapshot.read((0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .filesForGeneration */ .fF)(config, project.manifest));
    const plan = (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .planGeneration */ .CK)({ project, config, files, ...(manifest ? { manifestFile: manifest } : {}) });
    return { config, project, plan, diagnostics: (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)([...diagnostics, ...plan.diagnostics]) };
}
function blockingErrors(diagnostics) {
    return diagnostics.filter((d) => d.severity === 'error' && !CARGO_SIDE.has(d.rule));
}
async function generateOnDisk(root, manifest, prior) {
    await (await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 9944))).recoverInterrupted(root);
    const snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root);
    const ctx = await planOnDisk(root, manifest, snapshot);
    if (!ctx.plan || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, written: [], unchanged: [], preexisting: [], ok: false };
    const current = await snapshot.read(ctx.plan.files.map((f) => f.path));
    const { stale } = await (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPlanned */ .VZ)(ctx.plan, current);
    const staleSet = new Set(stale.map((s) => s.path));
    const { written, unchanged } = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChanged */ .CQ)(root, ctx.plan.files, staleSet);
    const after = await planOnDisk(root, manifest);
    const { preexisting, introduced } = (0,_core_diagnostics_compare_js__WEBPACK_IMPORTED_MODULE_6__/* .splitByOrigin */ .aS)(prior ?? ctx.diagnostics, after.diagnostics);
    return { ...after, written, unchanged, preexisting, ok: !(0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(introduced) };
}
async function checkOnDisk(root, manifest) {
    const snapshot = (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(root);
    const ctx = await planOnDisk(root, manifest, snapshot);
    if (!ctx.plan || !ctx.config || blockingErrors(ctx.diagnostics).length)
        return { ...ctx, stale: [] };
    const current = await snapshot.read(ctx.plan.files.map((f) => f.path));
    const checked = await (0,_core_codegen_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPlanned */ .VZ)(ctx.plan, current, ctx.config.allow_dirty);
    const stale = [...checked.stale];
    const diagnostics = [...ctx.diagnostics, ...checked.diagnostics];
    if (ctx.config.workflows.action !== undefined) {
        const { checkWorkflowsOnDisk, planFromConfig } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(815), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 7399));
        const plan = planFromConfig(ctx.config);
        const wf = await checkWorkflowsOnDisk(root, { config: ctx.config, planned: plan.planned, diagnostics: plan.diagnostics });
        stale.push(...wf.stale.map((s) => ({ ...s, kind: 'workflows' })));
        diagnostics.push(...wf.diagnostics);
    }
    return { ...ctx, stale, diagnostics: (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)(diagnostics) };
}
function fixCommand(root, manifest, stale = []) {
    const q = (s) => (/^[A-Za-z0-9_./@:=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    const rootArg = root === '.' ? '' : `--root ${q(root)}`;
    const code = ['modules-rebuild generate', rootArg, manifest === 'modules.toml' ? '' : `--manifest ${q(manifest)}`].filter(Boolean).join(' ');
    const workflows = ['modules-rebuild workflows generate', rootArg].filter(Boolean).join(' ');
    const kinds = new Set(stale.map((s) => s.kind));
    if (!kinds.has('workflows'))
        return code;
    return kinds.size === 1 ? workflows : `${code} && ${workflows}`;
}


/***/ }),

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject),
/* harmony export */   v: () => (/* binding */ validateOnDisk)
/* harmony export */ });
/* harmony import */ var _core_project_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2076);
/* harmony import */ var _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5390);
/* harmony import */ var _core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3337);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(293);
/* harmony import */ var _adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2515);





async function loadProject(root, manifest, lookup, snapshot) {
    const loc = await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .locateManifest */ .QM)(root, manifest);
    const stage = (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(loc.file, await (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifestText */ .pV)(loc));
    const files = await (snapshot ?? (0,_adapters_fs_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .openSnapshot */ .r3)(loc.root)).readFirstOf((0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .fileGroupsNeeded */ .uP)(stage, lookup));
    return (0,_core_project_project_js__WEBPACK_IMPORTED_MODULE_0__/* .completeProject */ .NZ)(stage, files, lookup);
}
async function validateOnDisk(root, manifest) {
    const { config, diagnostics } = await (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(root);
    const project = await loadProject(root, manifest, (0,_core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .packageLookup */ .x8)(config ?? _core_config_config_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG */ .PV));
    if (!diagnostics.length)
        return project;
    const all = (0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)([...diagnostics, ...project.diagnostics]);
    return { ...project, ok: project.ok && !(0,_core_diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .hasErrors */ .Cs)(all), diagnostics: all };
}


/***/ }),

/***/ 3392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CatalogSchema),
/* harmony export */   X: () => (/* binding */ CatalogEntrySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(104);
/* harmony import */ var _manifest_package_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9281);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9290);



const CatalogEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    slug: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SLUG_PATTERN */ .ZT }).describe('The slug the module is installed under.'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SOURCES */ .Hl),
    crate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CRATE_PATTERN */ .vD }),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Module version (semver); written as the requirement for crates-io/registry sources.'),
    git: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    rev: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Repository-relative crate directory (source = "path").'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().meta({ pattern: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SLUG_PATTERN */ .ZT })).default([]).describe('Slugs of the modules it needs; a package table\'s [dependencies] wins over this.'),
    package: _manifest_package_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageManifestSchema */ .VY.optional().describe('The rustok-module.toml of the offered version, for a crates-io / git / registry module (its crate is not in the repository): install writes it to `<codegen.package_dir>/<slug>/rustok-module.toml`, where code generation reads it.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([])
})
    .describe('One module offered by the catalog.');
const CatalogSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6U()]).optional().describe('When the catalog was last updated (RFC 3339).'),
    modules: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), CatalogEntrySchema).default({})
})
    .meta({ title: 'marketplace.toml', description: 'A catalog of installable modules (schema 1).' });


/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* unused harmony export oneWayHunks */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, have, want) {
    const oldFileName = have === null ? '/dev/null' : `a/${file}`;
    const newFileName = want === null ? '/dev/null' : `b/${file}`;
    const hunks = oneWayHunks(have ?? '', want ?? '', 3);
    if (hunks)
        return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({ oldFileName, newFileName, oldHeader: undefined, newHeader: undefined, hunks }, diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr);
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(oldFileName, newFileName, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr });
}
function tokens(text) {
    const parts = text.split(/(\n|\r\n)/);
    if (!parts[parts.length - 1])
        parts.pop();
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        if (i % 2)
            out[out.length - 1] = out[out.length - 1] + parts[i];
        else
            out.push(parts[i]);
    }
    return out.filter((t) => t !== '');
}
function greedy(from, to, mark) {
    if (from.length > to.length)
        return null;
    const runs = [];
    let i = 0;
    let start = 0;
    let common = true;
    const close = (end) => {
        if (end > start)
            runs.push({ mark: common ? ' ' : mark, lines: splitLines(to.slice(start, end).join('')) });
        start = end;
    };
    for (let j = 0; j < to.length; j++) {
        const same = i < from.length && from[i] === to[j];
        if (same !== common) {
            close(j);
            common = same;
        }
        if (same)
            i++;
    }
    close(to.length);
    return i === from.length ? runs : null;
}
function splitLines(text) {
    const out = text.split('\n').map((line) => line + '\n');
    if (text.endsWith('\n'))
        out.pop();
    else
        out.push(out.pop().slice(0, -1));
    return out;
}
function oneWayHunks(oldText, newText, context) {
    const a = tokens(oldText);
    const b = tokens(newText);
    const runs = greedy(a, b, '+') ?? greedy(b, a, '-');
    return runs === null ? null : hunks(runs, context);
}
function hunks(runs, context) {
    const all = [...runs, { mark: ' ', lines: [] }];
    const out = [];
    let oldStart = 0;
    let newStart = 0;
    let lines = [];
    let oldLine = 1;
    let newLine = 1;
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.mark !== ' ') {
            if (!oldStart) {
                const prev = all[i - 1];
                oldStart = oldLine;
                newStart = newLine;
                if (prev) {
                    lines = context > 0 ? prev.lines.slice(-context).map((l) => ' ' + l) : [];
                    oldStart -= lines.length;
                    newStart -= lines.length;
                }
            }
            for (const l of run.lines)
                lines.push(run.mark + l);
            if (run.mark === '+')
                newLine += run.lines.length;
            else
                oldLine += run.lines.length;
            continue;
        }
        if (oldStart) {
            if (run.lines.length <= context * 2 && i < all.length - 2) {
                for (const l of run.lines)
                    lines.push(' ' + l);
            }
            else {
                const size = Math.min(run.lines.length, context);
                for (const l of run.lines.slice(0, size))
                    lines.push(' ' + l);
                out.push({ oldStart, oldLines: oldLine - oldStart + size, newStart, newLines: newLine - newStart + size, lines });
                oldStart = 0;
                newStart = 0;
                lines = [];
            }
        }
        oldLine += run.lines.length;
        newLine += run.lines.length;
    }
    for (const h of out) {
        const marked = [];
        for (const l of h.lines) {
            if (l.endsWith('\n'))
                marked.push(l.slice(0, -1));
            else
                marked.push(l, '\\ No newline at end of file');
        }
        h.lines = marked;
    }
    return out;
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* reexport safe */ _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__.H),
/* harmony export */   R6: () => (/* reexport safe */ _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__.R6),
/* harmony export */   VY: () => (/* binding */ PackageManifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(116);
/* harmony import */ var _package_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1776);




const rustPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'A Rust path relative to the module crate, e.g. `graphql::BlogQuery`.' });
const versionReq = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    version_req: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Cargo version requirement, e.g. ">=0.1.0".'),
    module: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Display name of the provider module.'),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('How the dependency is used, e.g. "capability_provider".'),
    required_capabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    contract: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    contract_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
const i18n = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    default_locale: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    supported_locales: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    leptos_locales_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
const AdminUiSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CRATE_PATTERN */ .vD, description: 'Package name of the admin UI crate at `<module>/admin/`.' }),
    route_segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_group: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    nav_order: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    next_package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    i18n: i18n.optional(),
    child_pages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ subpath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), nav_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })).default([])
});
const StorefrontUiSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    leptos_crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .CRATE_PATTERN */ .vD, description: 'Package name of the storefront UI crate at `<module>/storefront/`.' }),
    slot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    route_segment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    page_title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    next_package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    i18n: i18n.optional(),
    components: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), slot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), component: rustPath, order: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional() }))
        .default([])
});
const PackageManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    module: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        slug: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .SLUG_PATTERN */ .ZT }),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Semver version of the module.'),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        ownership: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNERSHIP */ .sK),
        trust_level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .TRUST_LEVELS */ .xW),
        ui_classification: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_package_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .UI_CLASSIFICATIONS */ .j1).optional(),
        runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIMES */ .aC).optional(),
        recommended_admin_surfaces: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        showcase_admin_surfaces: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        rustok_min_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Lowest server version this module supports (semver).'),
        rustok_max_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Highest server version this module supports (semver).')
    }),
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ entry_type: rustPath.optional().describe('The type that implements the module, e.g. `BlogModule`.') }).optional(),
    dependencies: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), versionReq).default({}).describe('Keys must equal depends_on in modules.toml.'),
    co_requisites: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), versionReq).default({}),
    conflicts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]) }).optional(),
    compat: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cargo requirement on the server version, e.g. ">=0.1, <0.2".') }).optional(),
    marketplace: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]), publisher: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })
        .optional(),
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).default({}).describe('Typed settings schema of the module.'),
    provides: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        graphql: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ query: rustPath.optional(), mutation: rustPath.optional(), subscription: rustPath.optional(), runtime_data_factory: rustPath.optional() }).optional(),
        http: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ axum_router: rustPath.optional(), axum_webhook_router: rustPath.optional() }).optional(),
        cli: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), factory: rustPath }).optional(),
        admin_ui: AdminUiSchema.optional(),
        storefront_ui: StorefrontUiSchema.optional()
    })
        .optional()
})
    .meta({ title: 'rustok-module.toml', description: 'The package manifest of one module crate.' });


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.Hl),
/* harmony export */   Un: () => (/* binding */ BuildSchema),
/* harmony export */   ZT: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.ZT),
/* harmony export */   cl: () => (/* binding */ ModuleEntrySchema),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   vD: () => (/* reexport safe */ _constants_js__WEBPACK_IMPORTED_MODULE_0__.vD)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(104);
/* harmony import */ var _values_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(116);




const slug = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SLUG_PATTERN */ .ZT, description: 'A module slug: lowercase ASCII letters, digits, `_` and `-`.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ format: 'uri' });
const ModuleEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    crate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Cargo package name of the module crate.' }),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCES */ .Hl).describe('Where the crate comes from. Each source needs its own field: path \u2192 `path`; git \u2192 `git` + `rev`; crates-io/registry \u2192 `version`.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Repository-relative directory of the crate (source = "path"). Its package manifest is `<path>/rustok-module.toml`.'),
    git: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('https://, ssh:// or git@host: URL (source = "git").'),
    rev: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Commit to build (source = "git"); a full 40-hex id keeps builds reproducible.'),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cargo version requirement (source = "crates-io" or "registry").'),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Core module: always compiled and always active.'),
    depends_on: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Slugs of the modules this one needs. Must equal the [dependencies] keys of its package manifest.'),
    runtime: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIMES */ .aC).default('module').describe('`extension`: globally active when compiled, never toggled per tenant.'),
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]).describe('Cargo features of the module crate to enable.')
})
    .describe('One installed module.');
const AdminSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .STACKS */ .Ix).default('leptos'),
    public_url: url.optional().describe('Required when the admin is standalone (embed_admin = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the admin is standalone.')
})
    .describe('The admin application.');
const StorefrontSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Unique id of this storefront.'),
    stack: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .STACKS */ .Ix).default('leptos'),
    public_url: url.optional().describe('Required when the storefront is standalone (embed_storefront = false).'),
    redirect_uris: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(url).default([]).describe('At least one is required when the storefront is standalone.')
})
    .describe('One storefront.');
const BuildSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Rust target triple; non-empty adds `--target <triple>`.'),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('release').describe('`release` adds `--release`; any other value adds `--profile <name>`.'),
    deployment_profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_values_values_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_OPTIONS */ .rU).optional().describe('Schema-1 key, replaced by [build.server] embed_admin / embed_storefront.'),
    server: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        embed_admin: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Embed the admin into the server binary (cargo feature `embed-admin`).'),
        embed_storefront: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Embed the storefront into the server binary (cargo feature `embed-storefront`).')
    })
        .default({ embed_admin: false, embed_storefront: false }),
    admin: AdminSchema.optional(),
    storefront: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StorefrontSchema).default([])
})
    .describe('How the applications are built.');
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2).describe('Format version; this tool reads schema 2.'),
    app: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('rustok-server').meta({ pattern: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .CRATE_PATTERN */ .vD, description: 'Cargo package of the server application.' }),
    build: BuildSchema.default({ profile: 'release', server: { embed_admin: false, embed_storefront: false }, storefront: [] }),
    modules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), ModuleEntrySchema).default({}).describe('Installed modules, keyed by slug.'),
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        default_enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(slug).default([]).describe('Optional modules enabled for new tenants; must be dependency-closed.')
    })
        .default({ default_enabled: [] })
})
    .meta({ title: 'modules.toml', description: 'The module manifest of a RusToK-style platform (schema 2).' });


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogCommand: () => (/* binding */ catalogCommand),
  installCommand: () => (/* binding */ installCommand),
  uninstallCommand: () => (/* binding */ uninstallCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(104);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/manifest/cargo-semver.ts + 2 modules
var cargo_semver = __webpack_require__(1809);
// EXTERNAL MODULE: ./src/core/manifest/document.ts
var manifest_document = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/core/manifest/shape.ts
var manifest_shape = __webpack_require__(292);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/manifest/validate.ts
var validate = __webpack_require__(4535);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/manifest/packages.ts
var manifest_packages = __webpack_require__(5624);
;// CONCATENATED MODULE: ./src/core/catalog/package.ts







function checkCatalogPackage(doc, key, e) {
    const out = [];
    const base = ['modules', key, 'package'];
    const at = (...sub) => (0,manifest_shape/* locate */.x5)(doc, [...base, ...sub]);
    const err = (rule, sub, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', rule, doc.file, at(...sub), message, hint));
    const name = `Catalog entry '${key}'`;
    if (e.source === 'path' && e.package) {
        err('catalog-package-mismatch', [], `${name} is source = "path" but carries a package table`, `A path module's package manifest is the rustok-module.toml in its directory (${e.path ?? 'path'}); remove [modules.${key}.package].`);
        return out;
    }
    const p = e.package;
    if (!p)
        return out;
    const mod = p.module;
    if (mod.slug !== e.slug)
        err('catalog-package-mismatch', ['module', 'slug'], `${name} installs the slug '${e.slug}' but its package manifest's slug is '${mod.slug}'`, `Set package.module.slug = "${e.slug}".`);
    if (!(0,cargo_semver/* isCargoVersion */.TT)(mod.version))
        err('invalid-version', ['module', 'version'], `${name} package.module.version '${mod.version}' is not semver`, 'Write MAJOR.MINOR.PATCH, e.g. "0.4.2".');
    else if (e.version !== undefined && (e.source === 'crates-io' || e.source === 'registry') && mod.version !== e.version) {
        err('catalog-package-mismatch', ['module', 'version'], `${name} offers version ${e.version} but its package manifest is version ${mod.version}`, "The package table must be the rustok-module.toml of the version the entry offers; copy that version's file.");
    }
    for (const v of (0,manifest_packages/* valueProblems */.ce)(p)) {
        const key = `package.${(0,manifest_shape/* formatPath */.jV)(v.path)}`;
        err(v.rule, v.path, `${name} ${v.rule === 'invalid-rust-path' ? `\`${key}\`` : key} '${v.value}' ${v.problem}`, manifest_packages/* VALUE_HINTS */.hT[v.rule]);
    }
    return out;
}
function packageTable(catalogData, key) {
    const modules = (0,toml/* isTable */.bI)(catalogData.modules) ? catalogData.modules : {};
    const entry = (0,toml/* isTable */.bI)(modules[key]) ? modules[key] : null;
    return entry && (0,toml/* isTable */.bI)(entry.package) ? entry.package : null;
}
function vendoredText(e, table, catalogFile) {
    const what = e.source === 'git' ? `${e.crate} from ${e.git} at ${e.rev}` : `${e.crate} ${e.version ?? ''}`.trim();
    const header = [
        `# Package manifest of the ${e.source} module '${e.slug}' (${what}).`,
        `# Written by \`modules-rebuild install ${e.slug}\` from ${catalogFile}: the crate is not in this`,
        '# repository, and code generation reads its registration from here. Review it like code;',
        '# `modules-rebuild uninstall` removes it.',
        ''
    ].map(identifiers/* commentText */.br);
    const body = (0,dist/* stringify */.As)(table);
    return `${header.join('\n')}\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

// EXTERNAL MODULE: ./src/core/catalog/schema.ts
var schema = __webpack_require__(3392);
;// CONCATENATED MODULE: ./src/core/catalog/catalog.ts










const DEFAULT_CATALOG = 'marketplace.toml';
const TopSchema = schema/* CatalogSchema */.P.extend({ modules: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}) });
const EntryWrap = schemas/* object */.Ikc({ modules: schemas/* record */.g1P(schemas/* string */.YjP(), schema/* CatalogEntrySchema */.X) });
function readCatalog(file, text) {
    let doc;
    try {
        doc = (0,manifest_document/* readDocument */.u0)(file, text, { schema: 1 });
    }
    catch (err) {
        if (err instanceof diagnostic/* DiagnosticError */.uo)
            return { file, doc: null, items: [], diagnostics: err.diagnostics, ok: false };
        throw err;
    }
    const top = [];
    const schema = doc.data.schema;
    if (schema !== 1) {
        const shown = schema === undefined ? `${file} has no \`schema\` key` : `Unsupported catalog schema: ${typeof schema === 'string' ? JSON.stringify(schema) : String(schema)}`;
        top.push((0,diagnostic/* diagnostic */.YK)('error', 'unsupported-schema', file, (0,manifest_shape/* locate */.x5)(doc, ['schema']), shown, 'This version of modules-rebuild reads marketplace.toml `schema = 1`.'));
        return { file, doc, items: [], diagnostics: top, ok: false };
    }
    const shape = (0,manifest_shape/* checkShape */.eA)(TopSchema, doc);
    const rawModules = (0,toml/* isTable */.bI)(doc.data.modules) ? doc.data.modules : {};
    top.push(...shape.diagnostics, ...(0,validate/* injections */.X0)(view(doc, { ...doc.data, modules: {} })));
    const items = [];
    for (const [key, raw] of Object.entries(rawModules))
        items.push(checkEntry(doc, key, raw));
    items.sort((a, b) => cmp(a.slug, b.slug) || cmp(a.key, b.key));
    for (let i = 1; i < items.length; i++) {
        const a = items[i - 1];
        const b = items[i];
        if (a.slug !== b.slug)
            continue;
        const d = (0,diagnostic/* diagnostic */.YK)('error', 'catalog-duplicate-slug', file, (0,manifest_shape/* locate */.x5)(doc, ['modules', b.key]), `Catalog entries '${a.key}' and '${b.key}' both install the slug '${b.slug}'`, 'Each slug may be offered once; remove or rename one of the entries.');
        for (const item of [a, b]) {
            item.diagnostics = (0,diagnostic/* sortDiagnostics */.Ds)([...item.diagnostics, d]);
            item.valid = false;
        }
    }
    return { file, doc, items, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(top), ok: !(0,diagnostic/* hasErrors */.Cs)(top) };
}
function view(doc, data) {
    return {
        file: doc.file,
        text: doc.text,
        data,
        get keys() {
            return doc.keys;
        }
    };
}
function checkEntry(doc, key, raw) {
    const sub = view(doc, { modules: { [key]: raw } });
    const out = [...(0,validate/* injections */.X0)(sub)];
    const rawSlug = (0,toml/* isTable */.bI)(raw) && typeof raw.slug === 'string' ? raw.slug : key;
    const shape = (0,manifest_shape/* checkShape */.eA)(EntryWrap, sub);
    out.push(...shape.diagnostics);
    const entry = shape.data?.modules[key] ?? null;
    if (entry)
        out.push(...checkFields(doc, key, entry));
    const diagnostics = (0,diagnostic/* sortDiagnostics */.Ds)(out);
    return { key, slug: entry?.slug ?? rawSlug, entry, diagnostics, valid: entry !== null && !(0,diagnostic/* hasErrors */.Cs)(diagnostics) };
}
function checkFields(doc, key, e) {
    const out = [];
    const at = (...sub) => (0,manifest_shape/* locate */.x5)(doc, ['modules', key, ...sub]);
    const err = (rule, sub, message, hint) => out.push((0,diagnostic/* diagnostic */.YK)('error', rule, doc.file, at(...sub), message, hint));
    const name = `Catalog entry '${key}'`;
    const slug = (0,identifiers/* slugProblem */.fF)(e.slug);
    if (slug)
        err('invalid-slug', ['slug'], `${name} slug '${e.slug}' ${slug}`, 'Slugs are lowercase ASCII letters, digits, `_` and `-`.');
    const crate = (0,identifiers/* crateProblem */.vO)(e.crate);
    if (crate)
        err('invalid-crate-name', ['crate'], `${name} crate '${e.crate}' ${crate}`, 'Use the exact Cargo package name of the module crate.');
    e.depends_on.forEach((d, i) => {
        const p = (0,identifiers/* slugProblem */.fF)(d);
        if (p)
            err('invalid-slug', ['depends_on', i], `${name} depends_on '${d}' ${p}`, 'List the slugs of the modules it needs.');
    });
    const need = (field, example) => {
        if (!e[field])
            err('missing-source-field', ['source'], `${name} has source='${e.source}' but no ${field} specified`, `Add \`${field} = ${example}\` to the entry.`);
    };
    if (e.source === 'path') {
        need('path', `"crates/${e.slug}"`);
        const p = e.path ? (0,identifiers/* repoPathProblem */.Js)(e.path) : null;
        if (p)
            err('path-escape', ['path'], `${name} path '${e.path}' ${p}`, 'Point `path` at a directory inside the repository, e.g. "crates/<name>".');
    }
    else if (e.source === 'git') {
        need('git', '"https://github.com/owner/repo.git"');
        need('rev', '"<40-hex commit id>"');
        const p = e.git ? (0,identifiers/* gitUrlProblem */.Np)(e.git) : null;
        if (p)
            err('invalid-git-url', ['git'], `${name} git URL '${e.git}' ${p}`, 'Use https://host/owner/repo.git, ssh://host/owner/repo.git or git@host:owner/repo.git.');
        const rev = e.rev ? (0,identifiers/* gitRevProblem */.ht)(e.rev) : null;
        if (rev)
            err('invalid-git-rev', ['rev'], `${name} rev ${JSON.stringify(e.rev)} ${rev}`, 'Pin `rev` to the 40-hex commit id.');
        else if (e.rev && !/^[0-9a-f]{40}$/.test(e.rev))
            out.push((0,diagnostic/* diagnostic */.YK)('warning', 'unpinned-git-rev', doc.file, at('rev'), `${name} rev '${e.rev}' is not a full commit id, so the build can change without the manifest changing`, 'Pin `rev` to the 40-hex commit id.'));
    }
    else
        need('version', '"1.2.3"');
    out.push(...checkCatalogPackage(doc, key, e));
    if (e.version !== undefined && !(0,cargo_semver/* isCargoVersion */.TT)(e.version))
        err('invalid-version', ['version'], `${name} version '${e.version}' is not semver`, 'Write the module version as MAJOR.MINOR.PATCH, e.g. "0.3.1".');
    return out;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function findItem(catalog, slug) {
    return catalog.items.find((i) => i.slug === slug);
}
function unknownModule(catalog, slug) {
    const near = (0,manifest_shape.suggest)(slug, catalog.items.map((i) => i.slug));
    return (0,diagnostic/* diagnostic */.YK)('error', 'catalog-unknown-module', catalog.file, null, `The catalog offers no module '${slug}'${near ? ` (did you mean '${near}'?)` : ''}`, near ? `Install '${near}', or run \`modules-rebuild catalog search\` to find a module.` : 'Run `modules-rebuild catalog list` to see the modules the catalog offers.');
}
function searchCatalog(catalog, q = {}) {
    const words = (q.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const tag = q.tag?.toLowerCase();
    return catalog.items.filter((item) => {
        const e = item.entry;
        if (!item.valid || !e)
            return false;
        if (tag !== undefined && !e.tags.some((t) => t.toLowerCase() === tag))
            return false;
        const hay = [e.slug, e.name, e.description ?? '', ...e.tags].map((s) => s.toLowerCase());
        return words.every((w) => hay.some((h) => h.includes(w)));
    });
}

// EXTERNAL MODULE: ./src/core/codegen/features.ts + 2 modules
var features = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/manifest/toml-write.ts
var toml_write = __webpack_require__(7371);
;// CONCATENATED MODULE: ./src/core/catalog/cargo-edit.ts


function parts(decl) {
    const out = [];
    if (decl.dependency)
        out.push({ section: 'dependencies', key: decl.dependency.key, value: decl.dependency.table });
    if (decl.feature)
        out.push({ section: 'features', key: decl.feature.name, value: [...decl.feature.items] });
    return out;
}
const label = (p) => `[${p.section}] ${p.key}`;
function verify(file, text, intended, changes) {
    const r = (0,toml_write/* verifyEdit */.kP)(file, text, intended);
    return r.ok ? { ok: true, text, changes } : r;
}
function declared(table, p) {
    if (Object.hasOwn(table, p.key))
        return true;
    return p.section === 'dependencies' && Object.values(table).some((v) => (0,toml/* isTable */.bI)(v) && v.package === p.key);
}
const isHeader = (s, section) => s.kind === 'header' && !s.array && s.path.length === 1 && s.path[0] === section;
const isEntry = (s, section, key) => s.kind === 'keyval' && s.table.length === 1 && s.table[0] === section && s.path.length === 2 && s.path[1] === key;
function insert(doc, file, section, line) {
    const { text, stmts, eol } = doc;
    if (stmts.some((s) => s.kind === 'keyval' && s.table.length === 0 && s.path[0] === section)) {
        return (0,toml_write/* refusal */.x5)(file, `\`${section}\` is written as keys of the root table, not under a [${section}] header`);
    }
    const h = stmts.findIndex((s) => isHeader(s, section));
    if (h < 0)
        return `${text}${text.length && !text.endsWith('\n') ? eol : ''}${eol}[${section}]${eol}${line}${eol}`;
    let at = stmts[h].lineEnd;
    for (let i = h + 1; i < stmts.length && stmts[i].kind === 'keyval'; i++)
        at = stmts[i].lineEnd;
    if (at === text.length && !text.endsWith('\n'))
        return text + eol + line;
    return text.slice(0, at) + line + eol + text.slice(at);
}
function addCargoDeclarations(text, file, decl) {
    const original = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(original))
        return { ok: false, diagnostics: original };
    let doc = original;
    let intended = original.data;
    const changes = [];
    for (const p of parts(decl)) {
        const table = original.data[p.section];
        if (table !== undefined && !(0,toml/* isTable */.bI)(table))
            return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, `\`${p.section}\` is not a table`)] };
        if (table && declared(table, p))
            continue;
        const value = (0,toml_write/* tomlValue */.MS)(p.value);
        if (value === null)
            return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, `the value of ${label(p)} has a type this editor does not write`)] };
        const next = insert(doc, file, p.section, `${(0,toml_write/* tomlKey */.m8)(p.key)} = ${value}`);
        if (typeof next !== 'string')
            return { ok: false, diagnostics: [next] };
        const stmts = (0,toml_write/* scanForEdit */.vA)(next, file);
        if (!Array.isArray(stmts))
            return { ok: false, diagnostics: [stmts] };
        doc = { ...doc, text: next, stmts };
        intended = { ...intended, [p.section]: { ...(table ?? {}), [p.key]: p.value } };
        changes.push(label(p));
    }
    if (!changes.length)
        return { ok: true, text, changes };
    return verify(file, doc.text, intended, changes);
}
function removeCargoDeclarations(text, file, decl) {
    const doc = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(doc))
        return { ok: false, diagnostics: doc };
    const ranges = [];
    let intended = doc.data;
    const changes = [];
    for (const p of parts(decl)) {
        const table = doc.data[p.section];
        if (!(0,toml/* isTable */.bI)(table) || !Object.hasOwn(table, p.key) || !(0,toml_write/* sameValue */.eE)(table[p.key], p.value))
            continue;
        const kv = doc.stmts.find((s) => isEntry(s, p.section, p.key));
        if (!kv || text.slice(kv.lineStart, kv.valueEnd).includes('\n'))
            continue;
        let start = kv.lineStart;
        if (kv.lineEnd === text.length && !text.endsWith('\n') && start > 0)
            start -= text[start - 2] === '\r' ? 2 : 1;
        ranges.push({ start, end: kv.lineEnd });
        const { [p.key]: _removed, ...rest } = table;
        intended = { ...intended, [p.section]: rest };
        changes.push(label(p));
    }
    if (!changes.length)
        return { ok: true, text, changes };
    let out = text;
    for (const r of ranges.sort((a, b) => b.start - a.start))
        out = out.slice(0, r.start) + out.slice(r.end);
    return verify(file, out, intended, changes);
}

// EXTERNAL MODULE: ./src/core/values/values.ts
var values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/core/catalog/declare.ts





const WORKSPACE_CARGO_TOML = 'Cargo.toml';
function declarationFiles(config) {
    return [...new Set([WORKSPACE_CARGO_TOML, ...values/* TARGETS */.dW.filter((a) => config.codegen[a].enabled).map((a) => config.codegen[a].cargo_toml)])];
}
function planDeclarations(input) {
    return run(input, 'add');
}
function planUndeclarations(input) {
    return run(input, 'remove');
}
function run(input, op) {
    const { config, files } = input;
    const out = { writes: [], changes: [], diagnostics: [] };
    const workspace = workspaceDependencies(files.get(WORKSPACE_CARGO_TOML) ?? null);
    const prefix = config.codegen.feature_prefix;
    const edits = new Map();
    for (const app of values/* TARGETS */.dW) {
        const a = config.codegen[app];
        const original = files.get(a.cargo_toml);
        if (!a.enabled || typeof original !== 'string')
            continue;
        let text = edits.get(a.cargo_toml) ?? original;
        const gated = (0,features/* gatesModules */.AJ)(app, a.gate, prefix, original);
        for (const { slug, entry: e, pkg } of input.modules) {
            if (op === 'remove' && e.source === 'path')
                continue;
            const crate = crateOf(app, e, pkg);
            if (crate === undefined)
                continue;
            const optional = gated && !(app === 'server' && e.required);
            const table = dependencyTable(app, a.cargo_toml, e, workspace.has(crate));
            if (!table)
                continue;
            const decl = { dependency: { key: crate, table: optional ? { ...table, optional: true } : table } };
            if (optional) {
                const deps = app === 'server' ? e.depends_on.filter((d) => input.all[d] && !input.all[d].required).map((d) => prefix + d) : [];
                decl.feature = { name: prefix + slug, items: [`dep:${crate}`, ...deps] };
            }
            const r = op === 'add' ? addCargoDeclarations(text, a.cargo_toml, decl) : removeCargoDeclarations(text, a.cargo_toml, decl);
            if (!r.ok) {
                out.diagnostics.push(...r.diagnostics);
                continue;
            }
            text = r.text;
            out.changes.push(...r.changes.map((c) => `${a.cargo_toml}: ${c}`));
        }
        if (text !== original)
            edits.set(a.cargo_toml, text);
    }
    out.writes = [...edits].map(([path, content]) => ({ path, content }));
    return out;
}
function crateOf(app, e, pkg) {
    if (app === 'server')
        return e.crate;
    const provides = pkg?.manifest.provides;
    return app === 'admin' ? provides?.admin_ui?.leptos_crate : provides?.storefront_ui?.leptos_crate;
}
function dependencyTable(app, cargoToml, e, inWorkspace) {
    if (inWorkspace)
        return { workspace: true };
    switch (e.source) {
        case 'path': {
            const dir = app === 'server' ? e.path : `${e.path.replace(/\/+$/, '')}/${app}`;
            return { path: external_node_path_.posix.relative(external_node_path_.posix.dirname(cargoToml), dir) || '.' };
        }
        case 'crates-io':
            return { version: e.version };
        case 'git':
            return { git: e.git, rev: e.rev };
        default:
            return null;
    }
}
function workspaceDependencies(text) {
    if (text === null)
        return new Set();
    try {
        const data = (0,toml/* parseToml */.MT)(text, WORKSPACE_CARGO_TOML);
        const deps = (0,toml/* isTable */.bI)(data.workspace) && (0,toml/* isTable */.bI)(data.workspace.dependencies) ? data.workspace.dependencies : {};
        return new Set(Object.entries(deps).map(([k, v]) => ((0,toml/* isTable */.bI)(v) && typeof v.package === 'string' ? v.package : k)));
    }
    catch {
        return new Set();
    }
}

// EXTERNAL MODULE: ./src/core/manifest/package-schema.ts
var package_schema = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/core/manifest/toml-scan.ts
var toml_scan = __webpack_require__(2159);
;// CONCATENATED MODULE: ./src/core/catalog/edit.ts





function moduleTable(spec) {
    const t = { crate: spec.crate, source: spec.source };
    if (spec.source === 'path') {
        if (spec.path !== undefined)
            t.path = spec.path;
    }
    else if (spec.source === 'git') {
        if (spec.git !== undefined)
            t.git = spec.git;
        if (spec.rev !== undefined)
            t.rev = spec.rev;
    }
    else if (spec.version !== undefined)
        t.version = spec.version;
    if (spec.required)
        t.required = true;
    if (spec.depends_on?.length)
        t.depends_on = [...spec.depends_on];
    if (spec.runtime === 'extension')
        t.runtime = 'extension';
    if (spec.features?.length)
        t.features = [...spec.features];
    return t;
}
const lineStartOf = (s, i) => s.lastIndexOf('\n', i - 1) + 1;
function lineEndOf(s, i) {
    const eol = s.indexOf('\n', i);
    return eol < 0 ? s.length : eol + 1;
}
const isBlankLine = (s, start) => /^[ \t]*\r?$/.test(s.slice(start, lineEndOf(s, start)).replace(/\n$/, '')) && start < s.length;
function apply(text, splices) {
    let out = text;
    for (const sp of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, sp.start) + sp.insert + out.slice(sp.end);
    return out;
}
function insertLines(ctx, at, lines) {
    const body = lines.join(ctx.eol);
    if (at === ctx.text.length && at > 0 && !ctx.text.endsWith('\n'))
        return { start: at, end: at, insert: ctx.eol + body };
    return { start: at, end: at, insert: body + ctx.eol };
}
function removeLines(ctx, start, end) {
    const t = ctx.text;
    if (end === t.length && !t.endsWith('\n') && start > 0) {
        const before = t[start - 2] === '\r' ? start - 2 : start - 1;
        return { start: before, end, insert: '' };
    }
    return { start, end, insert: '' };
}
function edit_verify(ctx, text, intended) {
    const r = (0,toml_write/* verifyEdit */.kP)(ctx.file, text, intended);
    return r.ok ? { ok: true, text, data: r.data } : r;
}
function entryValue(v) {
    const s = (0,toml_write/* tomlValue */.MS)(v);
    if (s === null)
        throw new Error(`unsupported value in a module entry: ${typeof v}`);
    return s;
}
const tableAt = (data, key) => ((0,toml/* isTable */.bI)(data[key]) ? data[key] : undefined);
const startsWith = (path, prefix) => prefix.every((p, i) => path[i] === p);
function addModule(text, file, slug, spec) {
    const slugWhy = (0,identifiers/* slugProblem */.fF)(slug);
    if (slugWhy)
        return { ok: false, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'invalid-slug', file, null, `Module slug '${slug}' ${slugWhy}`, 'Slugs are lowercase ASCII letters, digits, `_` and `-`.')] };
    const crateWhy = (0,identifiers/* crateProblem */.vO)(spec.crate);
    if (crateWhy)
        return { ok: false, diagnostics: [(0,diagnostic/* diagnostic */.YK)('error', 'invalid-crate-name', file, null, `Module '${slug}' crate '${spec.crate}' ${crateWhy}`, 'Use the exact Cargo package name of the module crate.')] };
    const ctx = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(ctx))
        return { ok: false, diagnostics: ctx };
    const modules = ctx.data.modules;
    if (modules !== undefined && !(0,toml/* isTable */.bI)(modules))
        return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, '`modules` is not a table')] };
    if (modules && Object.hasOwn(modules, slug))
        return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, `module '${slug}' is already there`)] };
    if (ctx.stmts.some((s) => s.kind === 'keyval' && s.path.length === 1 && s.path[0] === 'modules'))
        return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, '`modules` is written as one inline table')] };
    const table = moduleTable(spec);
    const splice = placeModule(ctx, slug, table);
    const intended = { ...ctx.data, modules: { ...(modules ?? {}), [slug]: table } };
    return edit_verify(ctx, apply(ctx.text, [splice]), intended);
}
function placeModule(ctx, slug, table) {
    const { stmts, text } = ctx;
    const entryVals = stmts.filter((s) => s.kind === 'keyval' && s.path[0] === 'modules' && s.path.length >= 2);
    const inline = entryVals.filter((s) => s.path.length === 2 && text[s.valueStart] === '{');
    const blocks = stmts.filter((s) => s.kind === 'header' && s.path[0] === 'modules' && s.path.length >= 2);
    const header = stmts.find((s) => s.kind === 'header' && s.path.length === 1 && s.path[0] === 'modules');
    if (inline.length || (!blocks.length && (header || entryVals.length))) {
        const anchor = inline[inline.length - 1];
        const last = [...entryVals].reverse().find((s) => !anchor || sameTable(s, anchor)) ?? anchor;
        const at = last ? last.lineEnd : header.lineEnd;
        const style = anchor ? inlineStyle(text, anchor) : { indent: '', eq: ' = ', pad: ' ', innerEq: ' = ', sep: ', ' };
        const key = ['modules', slug].slice(last ? last.table.length : 1).map(toml_write/* tomlKey */.m8).join('.');
        const body = Object.entries(table).map(([k, v]) => `${(0,toml_write/* tomlKey */.m8)(k)}${style.innerEq}${entryValue(v)}`).join(style.sep);
        return insertLines(ctx, at, [`${style.indent}${key}${style.eq}{${style.pad}${body}${style.pad}}`]);
    }
    if (blocks.length) {
        const lastHeader = blocks[blocks.length - 1];
        const index = stmts.indexOf(lastHeader);
        let end = lastHeader.lineEnd;
        let eq = ' = ';
        for (let i = index + 1; i < stmts.length && stmts[i].kind === 'keyval'; i++) {
            const kv = stmts[i];
            if (i === index + 1)
                eq = text.slice(kv.keyEnd, kv.valueStart);
            end = kv.lineEnd;
        }
        const lines = [`[${['modules', slug].map(toml_write/* tomlKey */.m8).join('.')}]`, ...Object.entries(table).map(([k, v]) => `${(0,toml_write/* tomlKey */.m8)(k)}${eq}${entryValue(v)}`)];
        const blankAfter = end >= text.length || isBlankLine(text, end);
        return insertLines(ctx, end, blankAfter ? ['', ...lines] : lines);
    }
    const t = text;
    const needBreak = t.length > 0 && !t.endsWith('\n');
    const body = Object.entries(table).map(([k, v]) => `${(0,toml_write/* tomlKey */.m8)(k)} = ${entryValue(v)}`).join(', ');
    return { start: t.length, end: t.length, insert: `${needBreak ? ctx.eol : ''}${ctx.eol}[modules]${ctx.eol}${(0,toml_write/* tomlKey */.m8)(slug)} = { ${body} }${ctx.eol}` };
}
const sameTable = (a, b) => a.table.length === b.table.length && startsWith(a.table, b.table);
function inlineStyle(text, kv) {
    const indent = text.slice(kv.lineStart, kv.keyStart);
    const eq = text.slice(kv.keyEnd, kv.valueStart);
    const value = text.slice(kv.valueStart, kv.valueEnd);
    const pad = value[1] === ' ' ? ' ' : '';
    const innerEq = / = /.test(value) || !/=/.test(value) ? ' = ' : '=';
    const sep = /,\S/.test(value.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""')) ? ',' : ', ';
    return { indent: /^[ \t]*$/.test(indent) ? indent : '', eq, pad, innerEq, sep };
}
function removeModule(text, file, slug) {
    const ctx = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(ctx))
        return { ok: false, diagnostics: ctx };
    const modules = tableAt(ctx.data, 'modules');
    if (!modules || !Object.hasOwn(modules, slug))
        return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, `module '${slug}' is not there`)] };
    const prefix = ['modules', slug];
    const { stmts } = ctx;
    const splices = [];
    const keepTable = !stmts.some((s) => s.path[0] === 'modules' && !startsWith(s.path, prefix));
    for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i];
        if (!startsWith(s.path, prefix))
            continue;
        const first = keepTable && !splices.length;
        if (s.kind === 'keyval') {
            if (s.table.length >= 2 && startsWith(s.table, prefix))
                continue;
            if (first)
                splices.push({ start: s.lineStart, end: s.lineEnd, insert: `modules = {}${ctx.eol}` });
            else
                splices.push(removeLines(ctx, s.lineStart, s.lineEnd));
            continue;
        }
        let end = s.lineEnd;
        let j = i + 1;
        for (; j < stmts.length && stmts[j].kind === 'keyval'; j++)
            end = stmts[j].lineEnd;
        let start = s.lineStart;
        const prevLine = start > 0 ? lineStartOf(ctx.text, start - 1) : -1;
        const blankBefore = prevLine >= 0 && isBlankLine(ctx.text, prevLine);
        const blankAfter = end < ctx.text.length && isBlankLine(ctx.text, end);
        if (first)
            splices.push({ start, end, insert: `[modules]${ctx.eol}` });
        else {
            if (blankBefore && (blankAfter || end >= ctx.text.length))
                start = prevLine;
            splices.push(removeLines(ctx, start, end));
        }
    }
    if (!splices.length)
        return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, `the lines of module '${slug}' were not found`)] };
    const { [slug]: _removed, ...rest } = modules;
    return edit_verify(ctx, apply(ctx.text, merge(splices)), { ...ctx.data, modules: rest });
}
function merge(splices) {
    const sorted = [...splices].sort((a, b) => a.start - b.start);
    const out = [];
    for (const s of sorted) {
        const last = out[out.length - 1];
        if (last && s.start <= last.end)
            last.end = Math.max(last.end, s.end);
        else
            out.push({ ...s });
    }
    return out;
}
function enabledStatement(ctx) {
    return ctx.stmts.find((s) => s.kind === 'keyval' && s.path.length === 2 && s.path[0] === 'settings' && s.path[1] === 'default_enabled');
}
function enabledOf(data) {
    const v = tableAt(data, 'settings')?.default_enabled;
    return Array.isArray(v) ? v : undefined;
}
function withEnabled(data, list) {
    return { ...data, settings: { ...(tableAt(data, 'settings') ?? {}), default_enabled: list } };
}
function removeDefaultEnabled(text, file, slug) {
    const first = (0,toml_write/* loadForEdit */._g)(text, file);
    if (Array.isArray(first))
        return { ok: false, diagnostics: first };
    const original = first;
    let ctx = first;
    const list = enabledOf(ctx.data);
    if (!list || !list.includes(slug))
        return { ok: true, text, data: ctx.data };
    let current = text;
    for (let guard = 0; guard <= list.length; guard++) {
        const kv = enabledStatement(ctx);
        if (!kv || ctx.text[kv.valueStart] !== '[')
            return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, '`settings.default_enabled` is not written as `default_enabled = [...]`')] };
        const arr = (0,toml_scan/* scanArray */.Js)(ctx.text, kv.valueStart);
        const i = arr.elements.findIndex((e) => (0,toml_scan/* stringAt */.bX)(ctx.text, e.start, e.end) === slug);
        if (i < 0)
            break;
        current = apply(ctx.text, removeElement(ctx.text, arr, i));
        const next = (0,toml_write/* loadForEdit */._g)(current, file);
        if (Array.isArray(next))
            return { ok: false, diagnostics: [(0,toml_write/* refusal */.x5)(file, 'removing an element of default_enabled broke the document')] };
        ctx = next;
    }
    return edit_verify(original, current, withEnabled(original.data, list.filter((s) => s !== slug)));
}
function alone(s, arr, i) {
    const e = arr.elements[i];
    const start = lineStartOf(s, e.start);
    if (start <= arr.open || !/^[ \t]*$/.test(s.slice(start, e.start)))
        return false;
    let j = e.comma >= 0 ? e.comma + 1 : e.end;
    if (e.comma >= 0 && !/^[ \t]*$/.test(s.slice(e.end, e.comma)))
        return false;
    while (s[j] === ' ' || s[j] === '\t')
        j++;
    if (s[j] === '#')
        return arr.close > j && s.indexOf('\n', j) < arr.close;
    return s[j] === '\n' || (s[j] === '\r' && s[j + 1] === '\n');
}
function removeElement(s, arr, i) {
    const els = arr.elements;
    const e = els[i];
    const k = els.length;
    if (alone(s, arr, i)) {
        const out = [{ start: lineStartOf(s, e.start), end: lineEndOf(s, e.start), insert: '' }];
        const prev = els[i - 1];
        if (i === k - 1 && e.comma < 0 && prev && prev.comma >= 0)
            out.push({ start: prev.comma, end: prev.comma + 1, insert: '' });
        return out;
    }
    if (k === 1) {
        const inner = s.slice(arr.open + 1, e.start) + s.slice(e.comma >= 0 ? e.comma + 1 : e.end, arr.close);
        if (/^[ \t]*$/.test(inner))
            return [{ start: arr.open + 1, end: arr.close, insert: '' }];
        return [{ start: e.start, end: e.comma >= 0 ? e.comma + 1 : e.end, insert: '' }];
    }
    if (i < k - 1)
        return [{ start: e.start, end: els[i + 1].start, insert: '' }];
    return [{ start: els[i - 1].end, end: e.end, insert: '' }];
}
function addDefaultEnabled(text, file, slug) {
    const ctx = loadForEdit(text, file);
    if (Array.isArray(ctx))
        return { ok: false, diagnostics: ctx };
    const list = enabledOf(ctx.data);
    if (list?.includes(slug))
        return { ok: true, text, data: ctx.data };
    const s = ctx.text;
    const kv = enabledStatement(ctx);
    const intended = withEnabled(ctx.data, [...(list ?? []), slug]);
    const value = tomlString(slug);
    if (!kv) {
        if (list !== undefined || (ctx.data.settings !== undefined && !isTable(ctx.data.settings)))
            return { ok: false, diagnostics: [refusal(file, '`settings.default_enabled` is not written as `default_enabled = [...]`')] };
        const header = ctx.stmts.find((st) => st.kind === 'header' && st.path.length === 1 && st.path[0] === 'settings');
        if (header)
            return edit_verify(ctx, apply(s, [insertLines(ctx, header.lineEnd, [`default_enabled = [${value}]`])]), intended);
        const needBreak = s.length > 0 && !s.endsWith('\n');
        return edit_verify(ctx, apply(s, [{ start: s.length, end: s.length, insert: `${needBreak ? ctx.eol : ''}${ctx.eol}[settings]${ctx.eol}default_enabled = [${value}]${ctx.eol}` }]), intended);
    }
    if (s[kv.valueStart] !== '[')
        return { ok: false, diagnostics: [refusal(file, '`settings.default_enabled` is not an array')] };
    const arr = scanArray(s, kv.valueStart);
    const els = arr.elements;
    const splices = [];
    if (!els.length) {
        const inner = s.slice(arr.open + 1, arr.close);
        const closeLine = lineStartOf(s, arr.close);
        if (inner.includes('\n') && closeLine > arr.open && /^[ \t]*$/.test(s.slice(closeLine, arr.close))) {
            const indent = s.slice(closeLine, arr.close) + '    ';
            splices.push({ start: closeLine, end: closeLine, insert: `${indent}${value},${ctx.eol}` });
        }
        else if (/^[ \t]*$/.test(inner))
            splices.push({ start: arr.open + 1, end: arr.close, insert: value });
        else
            splices.push({ start: arr.open + 1, end: arr.open + 1, insert: value });
    }
    else {
        const lastI = els.length - 1;
        const last = els[lastI];
        if (alone(s, arr, lastI)) {
            const lineStart = lineStartOf(s, last.start);
            const indent = s.slice(lineStart, last.start);
            const comma = last.comma >= 0;
            if (!comma)
                splices.push({ start: last.end, end: last.end, insert: ',' });
            const at = lineEndOf(s, last.start);
            splices.push({ start: at, end: at, insert: `${indent}${value}${comma ? ',' : ''}${ctx.eol}` });
        }
        else {
            const prev = els[lastI - 1];
            const between = prev ? s.slice(prev.end, last.start) : '';
            const sep = prev && /^[ \t]*,[ \t]*$/.test(between) ? between : ', ';
            splices.push({ start: last.end, end: last.end, insert: `${sep}${value}` });
        }
    }
    return edit_verify(ctx, apply(s, splices), intended);
}

;// CONCATENATED MODULE: ./src/core/catalog/install.ts











const refused = (diagnostics) => ({ ok: false, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics), text: null, changed: false, added: [], removed: [], disabled: [], message: null, writes: [], deletes: [] });
function join(dir, name) {
    return `${dir.replace(/\/+$/, '')}/${name}`;
}
function packageCandidates(slug, e, lookup) {
    const dir = (0,package_schema/* packageDirOf */.H)(slug, e, lookup);
    return dir === null || (0,identifiers/* repoPathProblem */.Js)(dir) ? [] : lookup.names.map((n) => join(dir, n));
}
function catalogPackageFiles(catalog, lookup = package_schema/* DEFAULT_LOOKUP */.R6) {
    return [...new Set(catalog.items.flatMap((item) => (item.entry ? packageCandidates(item.slug, item.entry, lookup) : [])))];
}
function packageInfo(candidates, files) {
    const file = candidates.find((f) => typeof files.get(f) === 'string');
    if (file === undefined)
        return null;
    let data;
    try {
        data = (0,toml/* parseToml */.MT)(files.get(file), file);
    }
    catch (err) {
        if (err instanceof diagnostic/* DiagnosticError */.uo)
            return null;
        throw err;
    }
    return infoOf(file, data);
}
function catalogInfo(file, p) {
    return { file, dependencies: Object.keys(p.dependencies), runtime: p.module.runtime, core: p.module.trust_level === 'core', version: p.module.version };
}
function infoOf(file, data) {
    const mod = (0,toml/* isTable */.bI)(data.module) ? data.module : {};
    const deps = (0,toml/* isTable */.bI)(data.dependencies) ? Object.keys(data.dependencies) : [];
    return {
        file,
        dependencies: deps,
        runtime: mod.runtime === 'extension' || mod.runtime === 'module' ? mod.runtime : undefined,
        core: mod.trust_level === 'core',
        version: typeof mod.version === 'string' ? mod.version : undefined
    };
}
function readManifestText(file, text) {
    try {
        const doc = (0,manifest_document/* readDocument */.u0)(file, text);
        return { doc, modules: (0,toml/* isTable */.bI)(doc.data.modules) ? doc.data.modules : {} };
    }
    catch (err) {
        if (err instanceof diagnostic/* DiagnosticError */.uo)
            return err.diagnostics;
        throw err;
    }
}
function planInstall(input) {
    const { catalog, slug, manifestFile: file } = input;
    const lookup = input.lookup ?? package_schema/* DEFAULT_LOOKUP */.R6;
    const m = readManifestText(file, input.manifestText);
    if (Array.isArray(m))
        return refused(m);
    if (!catalog.ok)
        return refused(catalog.diagnostics);
    const target = findItem(catalog, slug);
    if (!target)
        return refused([unknownModule(catalog, slug)]);
    if (!target.valid || !target.entry)
        return refused(target.diagnostics);
    const vendor = vendoring(catalog, input.files, lookup);
    const info = (item) => {
        if (!item.entry)
            return null;
        const e = item.entry;
        if (e.source !== 'path' && e.package)
            return catalogInfo(`the package table [modules.${item.key}.package]`, e.package);
        return packageInfo(packageCandidates(item.slug, e, lookup), input.files);
    };
    const versionOf = (item) => item.entry?.version ?? info(item)?.version ?? null;
    if (input.versionReq !== undefined) {
        const req = (0,cargo_semver/* parseCargoReq */.CI)(input.versionReq);
        if (!req.ok)
            return refused([(0,diagnostic/* diagnostic */.YK)('error', 'invalid-version-req', '--version', null, `--version ${req.reason}`, 'Write a Cargo requirement such as "0.3", "=0.3.1" or ">=0.3, <0.5".')]);
        const v = versionOf(target);
        if (v === null || !(0,cargo_semver/* isCargoVersion */.TT)(v) || !(0,cargo_semver/* satisfiesCargo */.u7)(v, input.versionReq)) {
            const what = v === null ? 'names no version' : `offers version ${v}`;
            return refused([(0,diagnostic/* diagnostic */.YK)('error', 'version-mismatch', catalog.file, (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', target.key, 'version']) ?? (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', target.key]), `The catalog ${what} for '${slug}', which does not satisfy --version ${input.versionReq}`, 'Drop --version, or use a catalog that offers a matching version.')]);
        }
    }
    if (Object.hasOwn(m.modules, slug))
        return alreadyInstalled(m, target, versionOf(target), vendor);
    const diagnostics = [];
    const planned = [];
    const writes = [];
    const seen = new Set();
    const missing = new Map();
    const bySlug = new Map();
    for (const i of catalog.items)
        if (!bySlug.has(i.slug))
            bySlug.set(i.slug, i);
    const enter = (item, dependencyOf) => {
        seen.add(item.slug);
        if (!item.valid || !item.entry) {
            diagnostics.push(...item.diagnostics);
            return null;
        }
        const e = item.entry;
        const pkg = info(item);
        let deps = e.depends_on;
        if (pkg) {
            if (!sameSet(pkg.dependencies, e.depends_on)) {
                diagnostics.push((0,diagnostic/* diagnostic */.YK)('warning', 'package-dependencies-mismatch', catalog.file, (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', item.key, 'depends_on']) ?? (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', item.key]), `Catalog entry '${item.key}' depends_on (${e.depends_on.join(', ') || 'nothing'}) differs from the [dependencies] of ${pkg.file} (${pkg.dependencies.join(', ') || 'nothing'}); the package manifest wins`, 'Make the catalog entry list the package manifest\'s dependencies.'));
            }
            deps = pkg.dependencies;
        }
        return { item, e, pkg, deps, next: 0, dependencyOf };
    };
    const leave = ({ item, e, pkg, deps, dependencyOf }) => {
        const spec = { crate: e.crate, source: e.source, depends_on: deps, required: pkg?.core ?? false, runtime: pkg?.runtime };
        if (e.source === 'path')
            spec.path = e.path;
        else if (e.source === 'git')
            Object.assign(spec, { git: e.git, rev: e.rev });
        else
            spec.version = e.version;
        if (e.source !== 'path') {
            const w = vendor.write(item);
            if (w)
                writes.push(w);
            else if (!pkg)
                diagnostics.push(vendor.missing(item));
        }
        planned.push({ slug: item.slug, spec, version: versionOf(item), dependencyOf });
    };
    const max = input.maxModules ?? toml/* LIMITS */.b1.installModules;
    const root = enter(target, null);
    const stack = root ? [root] : [];
    while (stack.length) {
        const f = stack[stack.length - 1];
        if (f.next === f.deps.length) {
            leave(stack.pop());
            continue;
        }
        const dep = f.deps[f.next++];
        if (Object.hasOwn(m.modules, dep) || seen.has(dep))
            continue;
        const next = bySlug.get(dep);
        if (!next) {
            missing.set(f.item.slug, [...(missing.get(f.item.slug) ?? []), dep]);
            continue;
        }
        if (stack.length + planned.length >= max) {
            const loc = (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', f.item.key, 'depends_on']) ?? (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', f.item.key]);
            const what = stack.length >= max ? `follows a depends_on chain longer than ${max} modules` : `would add more than ${max} modules`;
            return refused([(0,diagnostic/* diagnostic */.YK)('error', 'limit-exceeded', catalog.file, loc, `Installing '${slug}' ${what} (at '${f.item.slug}' \u2192 '${dep}')`, `One install adds at most ${max} modules; install the dependencies in steps, or check the catalog: is it generated by mistake or hostile?`)]);
        }
        const g = enter(next, f.item.slug);
        if (g)
            stack.push(g);
    }
    for (const [by, deps] of missing) {
        const item = findItem(catalog, by);
        const loc = (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', item.key, 'depends_on']) ?? (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', item.key]);
        diagnostics.push((0,diagnostic/* diagnostic */.YK)('error', 'missing-dependency', catalog.file, loc, `Module '${by}' depends on ${deps.map((d) => `'${d}'`).join(', ')}, which ${deps.length > 1 ? 'are' : 'is'} neither installed nor offered by the catalog`, `Install ${deps.join(', ')} first (add ${deps.length > 1 ? 'entries' : 'an entry'} under [modules] of ${file}), or use a catalog that offers ${deps.length > 1 ? 'them' : 'it'}.`));
    }
    if ((0,diagnostic/* hasErrors */.Cs)(diagnostics))
        return refused(diagnostics);
    let text = input.manifestText;
    for (const p of planned) {
        const r = addModule(text, file, p.slug, p.spec);
        if (!r.ok)
            return refused([...diagnostics, ...r.diagnostics]);
        text = r.text;
    }
    return { ok: true, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics), text, changed: true, added: planned, removed: [], disabled: [], message: null, writes, deletes: [] };
}
function vendoring(catalog, files, lookup) {
    const candidates = (item) => packageCandidates(item.slug, item.entry, lookup);
    const target = (item) => {
        const all = candidates(item);
        return all.find((f) => typeof files.get(f) === 'string') ?? all[0];
    };
    return {
        exists: (item) => candidates(item).some((f) => typeof files.get(f) === 'string'),
        write(item) {
            const table = catalog.doc ? packageTable(catalog.doc.data, item.key) : null;
            if (!table || !item.entry)
                return null;
            const path = target(item);
            const content = vendoredText(item.entry, table, catalog.file);
            return files.get(path) === content ? null : { path, content };
        },
        missing(item) {
            const e = item.entry;
            return (0,diagnostic/* diagnostic */.YK)('error', 'catalog-package-missing', catalog.file, (0,manifest_shape/* locate */.x5)(catalog.doc, ['modules', item.key]), `Catalog entry '${item.key}' (source = "${e.source}") carries no package manifest, and ${candidates(item).join(' or ')} does not exist: code generation cannot register the module`, `Add the crate's rustok-module.toml (version ${e.version ?? e.rev ?? 'offered'}) to the catalog as [modules.${item.key}.package], or write it to ${target(item)}.`);
        }
    };
}
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
function alreadyInstalled(m, target, version, vendor) {
    const e = target.entry;
    const have = (0,toml/* isTable */.bI)(m.modules[target.slug]) ? m.modules[target.slug] : {};
    const want = moduleTable({ crate: e.crate, source: e.source, path: e.path, git: e.git, rev: e.rev, version: e.version });
    const differences = [];
    for (const k of ['crate', 'source', 'path', 'git', 'rev']) {
        if (want[k] !== undefined && have[k] !== want[k])
            differences.push(`${k} is ${JSON.stringify(have[k] ?? null)} here but ${JSON.stringify(want[k])} in the catalog`);
    }
    if (e.version !== undefined && (e.source === 'crates-io' || e.source === 'registry') && have.source === e.source) {
        const req = typeof have.version === 'string' ? have.version : null;
        if (req === null || !(0,cargo_semver/* satisfiesCargo */.u7)(e.version, req))
            differences.push(`version ${JSON.stringify(req)} here does not admit the catalog's ${e.version}`);
    }
    const at = (0,validate/* entryLoc */.HA)(m.doc, target.slug);
    if (differences.length) {
        return refused([(0,diagnostic/* diagnostic */.YK)('error', 'install-conflict', m.doc.file, at, `Module '${target.slug}' is already installed differently: ${differences.join('; ')}`, `Uninstall '${target.slug}' first (modules-rebuild uninstall ${target.slug}), or edit its entry by hand.`)]);
    }
    const what = version ? `${target.slug} ${version}` : target.slug;
    const where = `${m.doc.file}${at ? `:${at.line}` : ''}`;
    const repair = e.source !== 'path' ? vendor.write(target) : null;
    if (repair && !vendor.exists(target)) {
        return { ok: true, diagnostics: [], text: m.doc.text, changed: true, added: [], removed: [], disabled: [], message: `${what} is already installed (${where}); writing its missing package manifest ${repair.path}`, writes: [repair], deletes: [] };
    }
    return { ok: true, diagnostics: [], text: m.doc.text, changed: false, added: [], removed: [], disabled: [], message: `${what} is already installed (${where}); nothing to do`, writes: [], deletes: [] };
}
function uninstallPackageFiles(manifestFile, manifestText, slug, lookup = package_schema/* DEFAULT_LOOKUP */.R6) {
    const m = readManifestText(manifestFile, manifestText);
    if (Array.isArray(m) || !(0,toml/* isTable */.bI)(m.modules[slug]))
        return [];
    const e = m.modules[slug];
    return typeof e.source === 'string' && e.source !== 'path' ? packageCandidates(slug, { source: e.source }, lookup) : [];
}
function planUninstall(input) {
    const { slug, manifestFile: file } = input;
    const m = readManifestText(file, input.manifestText);
    if (Array.isArray(m))
        return refused(m);
    const installed = Object.keys(m.modules);
    if (!Object.hasOwn(m.modules, slug)) {
        const near = (0,manifest_shape.suggest)(slug, installed);
        return refused([(0,diagnostic/* diagnostic */.YK)('error', 'module-not-installed', file, (0,manifest_shape/* locate */.x5)(m.doc, ['modules']), `Module '${slug}' is not installed${near ? ` (did you mean '${near}'?)` : ''}`, near ? `Uninstall '${near}'.` : `The installed modules are the keys under [modules] of ${file}.`)]);
    }
    const entry = (0,toml/* isTable */.bI)(m.modules[slug]) ? m.modules[slug] : {};
    const at = (0,validate/* entryLoc */.HA)(m.doc, slug);
    const out = [];
    if (entry.required === true) {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'module-required', file, (0,validate/* entryLoc */.HA)(m.doc, slug, ['required']) ?? at, `Module '${slug}' is required (a core module, always active) and cannot be uninstalled`, 'Required modules are part of the platform; only optional modules can be removed.'));
    }
    const dependents = installed.filter((s) => {
        const deps = (0,toml/* isTable */.bI)(m.modules[s]) ? m.modules[s].depends_on : undefined;
        return s !== slug && Array.isArray(deps) && deps.includes(slug);
    });
    if (dependents.length) {
        out.push((0,diagnostic/* diagnostic */.YK)('error', 'module-has-dependents', file, at, `Module '${slug}' cannot be uninstalled: ${dependents.join(', ')} ${dependents.length > 1 ? 'depend' : 'depends'} on it`, `Uninstall ${dependents.join(', ')} first, or keep '${slug}'.`));
    }
    if (out.length)
        return refused(out);
    const removed = removeModule(input.manifestText, file, slug);
    if (!removed.ok)
        return refused(removed.diagnostics);
    const enabled = (0,toml/* isTable */.bI)(removed.data.settings) && Array.isArray(removed.data.settings.default_enabled) && removed.data.settings.default_enabled.includes(slug);
    const disabled = removeDefaultEnabled(removed.text, file, slug);
    if (!disabled.ok)
        return refused(disabled.diagnostics);
    const deletes = uninstallPackageFiles(file, input.manifestText, slug, input.lookup).filter((f) => typeof input.files?.get(f) === 'string');
    return { ok: true, diagnostics: [], text: disabled.text, changed: true, added: [], removed: [slug], disabled: enabled ? [slug] : [], message: null, writes: [], deletes };
}

// EXTERNAL MODULE: ./src/core/codegen/generate.ts + 7 modules
var generate = __webpack_require__(8626);
// EXTERNAL MODULE: ./src/core/config/config.ts
var config_config = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/core/diagnostics/compare.ts
var compare = __webpack_require__(5539);
// EXTERNAL MODULE: ./src/core/diagnostics/line-diff.ts
var line_diff = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/core/project/project.ts
var project_project = __webpack_require__(2076);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/adapters/process/child-env.ts
var child_env = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/adapters/cargo/cargo.ts


const TAIL = 20;
function cargoUpdateWorkspace(cwd, opts = {}) {
    const args = ['update', '--workspace', ...(opts.offline ? ['--offline'] : [])];
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(opts.cargo ?? 'cargo', args, { cwd, env: (0,child_env/* childEnv */.g)(), timeout: opts.timeoutMs ?? 600_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
            const output = `${stdout}${stderr}`.trimEnd().split('\n').slice(-TAIL).join('\n');
            if (!err)
                return resolve({ ok: true, output });
            const code = err.code;
            resolve({ ok: false, output: code === 'ENOENT' ? `cargo was not found on PATH` : output || err.message });
        });
    });
}

// EXTERNAL MODULE: ./src/app/codegen.ts
var codegen = __webpack_require__(9242);
// EXTERNAL MODULE: ./src/app/config.ts
var config = __webpack_require__(293);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/adapters/fetch/fetch.ts





const CATALOG_LIMITS = { timeoutMs: 15_000, maxBytes: 8 * 1024 * 1024, maxRedirects: 5 };
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
function catalogUrlProblem(url) {
    if (url.protocol === 'https:')
        return null;
    if (url.protocol === 'http:')
        return LOOPBACK_HOSTS.has(url.hostname) ? null : 'uses http:// to a host other than 127.0.0.1, [::1] or localhost; use https://';
    return `uses ${url.protocol} \u2014 catalogs are fetched over https:// only`;
}
const RANGES = [
    ['0.0.0.0', 8, 'ipv4', 'unspecified'],
    ['10.0.0.0', 8, 'ipv4', 'private'],
    ['100.64.0.0', 10, 'ipv4', 'shared (CGNAT)'],
    ['127.0.0.0', 8, 'ipv4', 'loopback'],
    ['169.254.0.0', 16, 'ipv4', 'link-local'],
    ['172.16.0.0', 12, 'ipv4', 'private'],
    ['192.0.0.0', 24, 'ipv4', 'reserved'],
    ['192.0.2.0', 24, 'ipv4', 'documentation'],
    ['192.88.99.0', 24, 'ipv4', 'reserved'],
    ['192.168.0.0', 16, 'ipv4', 'private'],
    ['198.18.0.0', 15, 'ipv4', 'reserved'],
    ['198.51.100.0', 24, 'ipv4', 'documentation'],
    ['203.0.113.0', 24, 'ipv4', 'documentation'],
    ['224.0.0.0', 4, 'ipv4', 'multicast'],
    ['240.0.0.0', 4, 'ipv4', 'reserved'],
    ['::', 128, 'ipv6', 'unspecified'],
    ['::1', 128, 'ipv6', 'loopback'],
    ['::ffff:0:0', 96, 'ipv6', 'IPv4-mapped'],
    ['::', 96, 'ipv6', 'IPv4-compatible'],
    ['64:ff9b::', 96, 'ipv6', 'NAT64'],
    ['64:ff9b:1::', 48, 'ipv6', 'NAT64'],
    ['100::', 64, 'ipv6', 'discard'],
    ['2001::', 23, 'ipv6', 'reserved (Teredo, benchmarking)'],
    ['2001:db8::', 32, 'ipv6', 'documentation'],
    ['2002::', 16, 'ipv6', '6to4'],
    ['fc00::', 7, 'ipv6', 'private (ULA)'],
    ['fe80::', 10, 'ipv6', 'link-local'],
    ['fec0::', 10, 'ipv6', 'site-local'],
    ['ff00::', 8, 'ipv6', 'multicast']
];
const BLOCKS = RANGES.map(([net4, prefix, type, what]) => {
    const list = new (external_node_net_default()).BlockList();
    list.addSubnet(net4, prefix, type);
    return { list, type, what };
});
function addressProblem(address) {
    const family = external_node_net_default().isIP(address);
    if (family === 0)
        return 'not an IP address';
    const type = family === 4 ? 'ipv4' : 'ipv6';
    return BLOCKS.find((b) => b.type === type && b.list.check(address, type))?.what ?? null;
}
const isLoopback = (address) => addressProblem(address) === 'loopback';
async function vet(url, allowPrivate, resolve) {
    const problem = catalogUrlProblem(url);
    if (problem)
        throw new errors/* CatalogFetchError */.IG(`${url.href}: refusing to fetch the catalog: it ${problem}`);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses;
    if (external_node_net_default().isIP(host))
        addresses = [{ address: host, family: external_node_net_default().isIP(host) }];
    else {
        try {
            addresses = await resolve(host);
        }
        catch (err) {
            throw new errors/* CatalogFetchError */.IG(`${url.href}: cannot read the catalog: ${err.code ?? err.message}`);
        }
    }
    if (!addresses.length)
        throw new errors/* CatalogFetchError */.IG(`${url.href}: cannot read the catalog: ${host} has no address`);
    if (url.protocol === 'http:') {
        if (!allowPrivate)
            throw new errors/* CatalogFetchError */.IG(`${url.href}: refusing to fetch the catalog: plain http:// is only for a catalog on this machine, with --allow-private-catalog; use https://`);
        const other = addresses.find((a) => !isLoopback(a.address));
        if (other)
            throw new errors/* CatalogFetchError */.IG(`${url.href}: refusing to fetch the catalog: ${host} resolves to ${other.address}, which is not loopback; http:// is for this machine only`);
    }
    else if (!allowPrivate) {
        for (const a of addresses) {
            const what = addressProblem(a.address);
            if (what)
                throw new errors/* CatalogFetchError */.IG(`${url.href}: refusing to fetch the catalog: ${host} resolves to ${a.address} (${what}); a catalog on a private network needs --allow-private-catalog`);
        }
    }
    return addresses[0];
}
const defaultResolve = async (host) => (0,promises_.lookup)(host, { all: true, verbatim: true });
function pinnedLookup(pinned) {
    return ((_host, opts, cb) => {
        if (opts.all)
            cb(null, [pinned]);
        else
            cb(null, pinned.address, pinned.family);
    });
}
function get(url, pinned, signal, ca) {
    const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = lib.request(url, {
            method: 'GET',
            agent: false,
            signal,
            headers: { accept: 'application/toml, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'modules-rebuild' },
            lookup: pinnedLookup(pinned),
            ...(ca && url.protocol === 'https:' ? { ca } : {})
        }, (res) => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, length: Number(res.headers['content-length'] ?? NaN), body: res }));
        req.on('error', reject);
        req.end();
    });
}
async function fetchCatalogText(spec, options = {}) {
    const { timeoutMs, maxBytes, maxRedirects } = { ...CATALOG_LIMITS, ...options };
    const allowPrivate = options.allowPrivate ?? false;
    const resolve = options.resolve ?? defaultResolve;
    let url;
    try {
        url = new URL(spec);
    }
    catch {
        throw new errors/* CatalogFetchError */.IG(`${spec}: not a valid URL`);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        for (let hop = 0;; hop++) {
            const res = await get(url, await vet(url, allowPrivate, resolve), controller.signal, options.ca);
            if (res.status >= 300 && res.status < 400 && res.location) {
                res.body.resume();
                if (hop >= maxRedirects)
                    throw new errors/* CatalogFetchError */.IG(`${spec}: more than ${maxRedirects} redirects`);
                const next = new URL(res.location, url);
                if (url.protocol === 'https:' && next.protocol === 'http:')
                    throw new errors/* CatalogFetchError */.IG(`${next.href}: refusing to fetch the catalog: ${url.href} redirects from https:// to http://`);
                url = next;
                continue;
            }
            if (res.status < 200 || res.status >= 300) {
                res.body.resume();
                throw new errors/* CatalogFetchError */.IG(`${url.href}: cannot read the catalog: HTTP ${res.status}`);
            }
            if (res.length > maxBytes) {
                res.body.destroy();
                throw new errors/* CatalogFetchError */.IG(`${url.href}: the catalog is larger than ${maxBytes} bytes`);
            }
            const chunks = [];
            let size = 0;
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > maxBytes) {
                    res.body.destroy();
                    throw new errors/* CatalogFetchError */.IG(`${url.href}: the catalog is larger than ${maxBytes} bytes`);
                }
                chunks.push(chunk);
            }
            return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
        }
    }
    catch (err) {
        if (err instanceof errors/* CatalogFetchError */.IG)
            throw err;
        if (controller.signal.aborted)
            throw new errors/* CatalogFetchError */.IG(`${spec}: cannot read the catalog: no complete answer within ${timeoutMs} ms`);
        const e = err;
        throw new errors/* CatalogFetchError */.IG(`${spec}: cannot read the catalog: ${e.code ?? e.message}`);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
// EXTERNAL MODULE: ./src/adapters/fs/write.ts + 2 modules
var write = __webpack_require__(9944);
;// CONCATENATED MODULE: ./src/app/catalog.ts




















const isUrl = (spec) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec);
async function loadCatalog(root, spec = DEFAULT_CATALOG, options = {}) {
    if (isUrl(spec))
        return readCatalog(spec, await fetchCatalogText(spec, options));
    const loc = await (0,fs/* locateManifest */.QM)(root, spec, 'allow');
    if (!(await external_node_fs_.promises.stat(loc.absolute).then(() => true, () => false))) {
        throw new errors/* CatalogFetchError */.IG(`${loc.file}: cannot read the catalog: no such file in ${external_node_path_default().dirname(loc.absolute)}; name the catalog with --catalog FILE|URL (a marketplace.toml, or an https:// URL)`);
    }
    return readCatalog(loc.file, await (0,fs/* readText */.yR)(loc.absolute, loc.file));
}
const overlay = (snapshot, changes) => {
    for (const [p, content] of changes)
        if (snapshot.has(p))
            snapshot.set(p, content);
    return snapshot;
};
async function planEdited(root, loc, before, plan, { config, diagnostics: configDiagnostics }) {
    const own = new Map([[loc.file, plan.text], ...plan.writes.map((w) => [w.path, w.content]), ...plan.deletes.map((d) => [d, null])]);
    const diffs = async (result) => {
        const disk = await (0,fs/* readSnapshot */.RA)(root, [...result.keys()].filter((p) => p !== loc.file));
        disk.set(loc.file, before);
        return [...result].filter(([p, content]) => disk.get(p) !== content).map(([p, content]) => ({ path: p, diff: (0,line_diff/* unifiedDiff */.W)(p, disk.get(p) ?? null, content) }));
    };
    const none = { declarations: [], declared: [], contents: own };
    if (!config)
        return { project: null, diagnostics: configDiagnostics, files: await diffs(own), ...none };
    const lookup = (0,config_config/* packageLookup */.x8)(config);
    const load = async (text, changes) => {
        const stage = (0,project_project/* readManifest */.WI)(loc.file, text);
        return (0,project_project/* completeProject */.NZ)(stage, overlay(await (0,fs/* readSnapshot */.RA)(root, (0,project_project/* filesNeeded */.dc)(stage, lookup)), changes), lookup);
    };
    const project = await load(plan.text, own);
    if (!project.manifest)
        return { project, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...configDiagnostics, ...project.diagnostics]), files: await diffs(own), ...none };
    const removing = plan.removed.length > 0;
    const side = removing ? await load(before, new Map()) : project;
    const modules = (removing ? plan.removed : plan.added.map((a) => a.slug)).flatMap((slug) => {
        const entry = side.manifest?.modules[slug];
        return entry ? [{ slug, entry, pkg: side.packages.get(slug) }] : [];
    });
    const input = { config, modules, all: side.manifest?.modules ?? {}, files: await (0,fs/* readSnapshot */.RA)(root, declarationFiles(config)) };
    const decl = removing ? planUndeclarations(input) : planDeclarations(input);
    for (const w of decl.writes)
        own.set(w.path, w.content);
    const generation = (0,generate/* planGeneration */.CK)({ project, config, files: overlay(await (0,fs/* readSnapshot */.RA)(root, (0,generate/* filesForGeneration */.fF)(config, project.manifest)), own), manifestFile: loc.file });
    const result = new Map(own);
    const current = overlay(await (0,fs/* readSnapshot */.RA)(root, generation.files.map((f) => f.path)), own);
    for (const f of generation.files) {
        const base = current.get(f.path);
        if (base === null || base === undefined || (0,compare.lf)(base) !== (0,compare.lf)(f.content))
            result.set(f.path, f.content);
    }
    return {
        project,
        diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...configDiagnostics, ...decl.diagnostics, ...generation.diagnostics]),
        files: await diffs(result),
        declarations: decl.writes,
        declared: decl.changes,
        contents: result
    };
}
async function carryOut(root, loc, manifestArg, before, plan, cfg, opts) {
    const dryRun = opts.dryRun ?? false;
    const base = { plan, applied: false, refused: false, written: [], deleted: [], declared: [], preexisting: [] };
    if (!plan.ok || plan.text === null)
        return { ...base, refused: true, ok: false, manifestHash: null, diagnostics: plan.diagnostics, files: [] };
    if (!plan.changed)
        return { ...base, ok: true, manifestHash: (0,project_project/* readManifest */.WI)(loc.file, before).manifestHash, diagnostics: plan.diagnostics, files: [] };
    const edited = await planEdited(root, loc, before, plan, cfg);
    const diagnostics = (0,diagnostic/* sortDiagnostics */.Ds)([...plan.diagnostics, ...edited.diagnostics]);
    const hash = edited.project?.manifestHash ?? null;
    if (!edited.project || (0,codegen/* blockingErrors */.Hd)(diagnostics).length)
        return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics, files: dryRun ? edited.files : [] };
    const prior = (await (0,codegen/* planOnDisk */.qP)(root, manifestArg)).diagnostics;
    if (dryRun) {
        const { preexisting, introduced } = (0,compare/* splitByOrigin */.aS)(prior, diagnostics);
        return { ...base, ok: !(0,diagnostic/* hasErrors */.Cs)(introduced), manifestHash: hash, diagnostics, files: edited.files, declared: edited.declared, preexisting };
    }
    if ((await (0,fs/* readText */.yR)(loc.absolute, loc.file)) !== before)
        throw new errors/* IoError */.dA(`${loc.file} changed while the ${plan.removed.length ? 'uninstall' : 'install'} was planned; run it again`);
    const lockfile = opts.updateLockfile === true && edited.declared.length > 0;
    const dir = (0,config_config/* packageLookup */.x8)(cfg.config ?? config_config/* DEFAULT_CONFIG */.PV).dir.replace(/\/+$/, '');
    const changes = edited.files.map((f) => {
        const content = edited.contents.get(f.path) ?? null;
        return content === null ? { path: f.path, delete: true, prune: dir } : { path: f.path, content };
    });
    const lockBefore = lockfile ? ((await (0,fs/* readSnapshot */.RA)(root, [LOCKFILE])).get(LOCKFILE) ?? null) : null;
    let generated = null;
    let refusal = [];
    const applied = await (0,write.applyChanges)(root, changes, {
        ...(lockfile ? { preserve: [LOCKFILE] } : {}),
        beforeCommit: async () => {
            const after = await (0,codegen/* planOnDisk */.qP)(root, manifestArg);
            if ((0,codegen/* blockingErrors */.Hd)(after.diagnostics).length) {
                refusal = after.diagnostics;
                return false;
            }
            generated = { ...after, written: [], unchanged: [], preexisting: [], ok: true };
            if (!lockfile)
                return true;
            const run = await cargoUpdateWorkspace(root, { offline: opts.offline ?? false });
            if (!run.ok)
                refusal = [(0,diagnostic/* diagnostic */.YK)('error', 'lockfile-update-failed', LOCKFILE, null, `\`cargo update --workspace\` failed, so ${LOCKFILE} cannot follow the change; nothing was kept:\n${run.output}`, 'Fix what cargo reports (a network or registry problem, a version no registry has), or run without --update-lockfile and update Cargo.lock yourself.')];
            return run.ok;
        }
    });
    if (!applied.committed || !generated)
        return { ...base, refused: true, ok: false, manifestHash: hash, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...plan.diagnostics, ...refusal]), files: [] };
    const done = generated;
    const notes = [];
    const lock = [];
    if (lockfile) {
        if ((await (0,fs/* readSnapshot */.RA)(root, [LOCKFILE])).get(LOCKFILE) !== lockBefore)
            lock.push(LOCKFILE);
    }
    else if (edited.declared.length && (await (0,fs/* readSnapshot */.RA)(root, [LOCKFILE])).get(LOCKFILE)) {
        notes.push((0,diagnostic/* diagnostic */.YK)('warning', 'lockfile-outdated', LOCKFILE, null, `${LOCKFILE} does not follow the dependencies this change ${plan.removed.length ? 'removed' : 'declared'} (${edited.declared.join('; ')}), so \`cargo build --locked\` refuses it until it is updated`, 'Run `cargo update --workspace` (it adds or drops only these), or pass --update-lockfile next time.'));
    }
    const order = [loc.file, ...plan.writes.map((w) => w.path), ...edited.declarations.map((w) => w.path), ...changes.map((c) => c.path)];
    const written = [...new Set(order)].filter((p) => applied.written.includes(p));
    const all = (0,diagnostic/* sortDiagnostics */.Ds)([...plan.diagnostics, ...done.diagnostics, ...notes]);
    const { preexisting, introduced } = (0,compare/* splitByOrigin */.aS)(prior, all);
    return { plan, applied: true, refused: false, ok: !(0,diagnostic/* hasErrors */.Cs)(introduced), preexisting, manifestHash: done.project?.manifestHash ?? hash, diagnostics: all, files: edited.files, declared: edited.declared, written: [...written, ...lock], deleted: applied.deleted };
}
const LOCKFILE = 'Cargo.lock';
async function readManifestAt(root, manifest) {
    const loc = await (0,fs/* locateManifest */.QM)(root, manifest);
    return { loc, text: await (0,fs/* readManifestText */.pV)(loc) };
}
async function installOnDisk(root, opts) {
    const manifestArg = opts.manifest ?? 'modules.toml';
    await (0,write.recoverInterrupted)(root);
    const { loc, text } = await readManifestAt(root, manifestArg);
    const catalog = await loadCatalog(loc.root, opts.catalog, opts.fetch);
    const cfg = await (0,config/* loadConfig */.Z)(loc.root, manifestArg);
    const lookup = (0,config_config/* packageLookup */.x8)(cfg.config ?? config_config/* DEFAULT_CONFIG */.PV);
    const files = await (0,fs/* readSnapshot */.RA)(loc.root, catalogPackageFiles(catalog, lookup));
    const plan = planInstall({ manifestFile: loc.file, manifestText: text, catalog, slug: opts.slug, versionReq: opts.versionReq, files, lookup });
    return carryOut(loc.root, loc, manifestArg, text, plan, cfg, opts);
}
async function uninstallOnDisk(root, opts) {
    const manifestArg = opts.manifest ?? 'modules.toml';
    await (0,write.recoverInterrupted)(root);
    const { loc, text } = await readManifestAt(root, manifestArg);
    const cfg = await (0,config/* loadConfig */.Z)(loc.root, manifestArg);
    const lookup = (0,config_config/* packageLookup */.x8)(cfg.config ?? config_config/* DEFAULT_CONFIG */.PV);
    const files = await (0,fs/* readSnapshot */.RA)(loc.root, uninstallPackageFiles(loc.file, text, opts.slug, lookup));
    const plan = planUninstall({ manifestFile: loc.file, manifestText: text, slug: opts.slug, files, lookup });
    return carryOut(loc.root, loc, manifestArg, text, plan, cfg, opts);
}
async function installedSlugs(root, manifest) {
    let read;
    try {
        read = await readManifestAt(root, manifest);
    }
    catch (err) {
        if (err instanceof errors/* ToolError */.v4)
            return { slugs: null, diagnostics: [] };
        throw err;
    }
    try {
        const data = (0,toml/* parseToml */.MT)(read.text, read.loc.file);
        return { slugs: new Set((0,toml/* isTable */.bI)(data.modules) ? Object.keys(data.modules) : []), diagnostics: [] };
    }
    catch (err) {
        if (err instanceof diagnostic/* DiagnosticError */.uo)
            return { slugs: null, diagnostics: err.diagnostics };
        throw err;
    }
}

// EXTERNAL MODULE: ./src/core/diagnostics/render.ts
var render = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/drivers/cli/command.ts
var command = __webpack_require__(1971);
;// CONCATENATED MODULE: ./src/drivers/cli/catalog.ts









const CATALOG_OPTION = { catalog: { type: 'string', default: DEFAULT_CATALOG }, 'allow-private-catalog': { type: 'boolean', default: false } };
const fetchOptions = (values) => ({ allowPrivate: values['allow-private-catalog'] === true });
const EDIT_OPTIONS = {
    'dry-run': { type: 'boolean', default: false },
    'update-lockfile': { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false }
};
const editOptions = (values) => ({ dryRun: values['dry-run'] === true, updateLockfile: values['update-lockfile'] === true, offline: values.offline === true });
function describe(p) {
    const s = p.spec;
    const where = s.source === 'path' ? s.path : s.source === 'git' ? `${s.git}@${s.rev}` : s.version;
    return `${p.slug} (${s.source} ${where})${p.dependencyOf ? `, needed by ${p.dependencyOf}` : ''}`;
}
function addedJson(p) {
    return { slug: p.slug, crate: p.spec.crate, source: p.spec.source, version: p.version, path: p.spec.path ?? null, git: p.spec.git ?? null, rev: p.spec.rev ?? null, depends_on: p.spec.depends_on ?? [], dependency_of: p.dependencyOf };
}
function report(io, format, r, dryRun) {
    const p = r.plan;
    if (format === 'json') {
        io.stdout((0,render/* jsonReport */.L7)(r.ok, r.manifestHash, r.diagnostics, {
            applied: r.applied,
            refused: r.refused,
            dry_run: dryRun,
            message: p.message,
            added: p.ok ? p.added.map(addedJson) : [],
            removed: p.ok ? p.removed : [],
            disabled: p.ok ? p.disabled : [],
            vendored: p.ok ? [...p.writes.map((w) => w.path), ...p.deletes] : [],
            declared: r.declared,
            files: r.files,
            written: r.written,
            deleted: r.deleted,
            preexisting: r.preexisting.length
        }));
    }
    else {
        for (const d of r.diagnostics)
            io.stderr((0,render/* renderText */.S5)(d));
        if (p.message)
            io.stdout(p.message);
        if (dryRun)
            for (const f of r.files)
                io.stdout(f.diff);
        if (r.refused)
            io.stderr(`refused: nothing written (${(0,render/* summaryLine */.dC)(r.diagnostics)})`);
        else if (p.changed) {
            for (const a of p.added)
                io.stdout(`${dryRun ? 'would add' : 'added'} ${describe(a)}`);
            for (const s of p.removed)
                io.stdout(`${dryRun ? 'would remove' : 'removed'} ${s}${p.disabled.includes(s) ? ' (and from settings.default_enabled)' : ''}`);
            for (const w of p.writes)
                io.stdout(`${dryRun ? 'would vendor' : 'vendored'} its package manifest: ${w.path}`);
            for (const d of p.deletes)
                io.stdout(`${dryRun ? 'would remove' : 'removed'} its vendored package manifest: ${d}`);
            for (const c of r.declared)
                io.stdout(`${dryRun ? 'would ' : ''}${p.removed.length ? (dryRun ? 'undeclare' : 'undeclared') : dryRun ? 'declare' : 'declared'} ${c}`);
            if (dryRun)
                io.stdout(`dry run: nothing written; ${r.files.length} file${r.files.length === 1 ? ' would' : 's would'} change (${(0,render/* summaryLine */.dC)(r.diagnostics)})`);
            else {
                for (const f of r.written)
                    io.stdout(`wrote ${f}`);
                for (const f of r.deleted)
                    io.stdout(`deleted ${f}`);
                const n = r.written.length + r.deleted.length;
                const before = (0,compare/* preexistingLine */.Pz)(r.preexisting);
                io.stdout(`${n} file${n === 1 ? '' : 's'} ${r.deleted.length ? 'written or deleted' : 'written'} (${(0,render/* summaryLine */.dC)(r.diagnostics)}${before ? `; ${before}` : ''})`);
            }
        }
    }
    return r.ok ? 0 : 1;
}
function oneSlug(command, positionals) {
    if (positionals.length !== 1)
        throw new errors/* ArgumentError */.c1(`${command} takes exactly one module slug (got ${positionals.length ? positionals.join(' ') : 'none'})`);
    return positionals[0];
}
const installCommand = {
    usage: 'modules-rebuild install SLUG [--catalog FILE|URL [--allow-private-catalog]] [--version REQ] [--dry-run] [--update-lockfile [--offline]] [--root DIR] [--manifest FILE] [--format text|json]',
    summary: "Add the catalog's module (and the missing dependencies the catalog offers) to modules.toml, surgically; vendor the package manifest of a crates-io / git module; declare the dependency and feature in the apps' Cargo.toml; then generate. Refuses unknown or invalid modules, missing dependencies, an unsatisfied --version, and any change that would not validate; writes everything or nothing. --dry-run prints the diffs; --update-lockfile runs `cargo update --workspace`.",
    options: { ...command/* COMMON */.S, ...CATALOG_OPTION, ...EDIT_OPTIONS, version: { type: 'string' } },
    positionals: true,
    async run(values, io, positionals) {
        const slug = oneSlug('install', positionals);
        const opts = editOptions(values);
        if (typeof values.version === 'string') {
            const req = (0,cargo_semver/* parseCargoReq */.CI)(values.version);
            if (!req.ok)
                throw new errors/* ArgumentError */.c1(`--version ${req.reason}`);
        }
        const r = await installOnDisk(external_node_path_default().resolve(io.cwd, String(values.root)), {
            manifest: String(values.manifest),
            catalog: String(values.catalog),
            slug,
            fetch: fetchOptions(values),
            ...opts,
            ...(typeof values.version === 'string' ? { versionReq: values.version } : {})
        });
        return report(io, values.format, r, opts.dryRun);
    }
};
const uninstallCommand = {
    usage: 'modules-rebuild uninstall SLUG [--dry-run] [--update-lockfile [--offline]] [--root DIR] [--manifest FILE] [--format text|json]',
    summary: "Remove an optional module that nothing depends on from modules.toml (and from settings.default_enabled), surgically, with a crates-io / git module's vendored package manifest and Cargo.toml declarations; then generate. Refuses required modules and modules with dependents (naming them). --dry-run prints the diffs; --update-lockfile runs `cargo update --workspace`.",
    options: { ...command/* COMMON */.S, ...EDIT_OPTIONS },
    positionals: true,
    async run(values, io, positionals) {
        const slug = oneSlug('uninstall', positionals);
        const opts = editOptions(values);
        const r = await uninstallOnDisk(external_node_path_default().resolve(io.cwd, String(values.root)), { manifest: String(values.manifest), slug, ...opts });
        return report(io, values.format, r, opts.dryRun);
    }
};
const catalogCommand = {
    usage: 'modules-rebuild catalog list|search [QUERY] [--catalog FILE|URL [--allow-private-catalog]] [--tag TAG] [--root DIR] [--manifest FILE] [--format text|json]',
    summary: 'List the modules a catalog (marketplace.toml, or an https:// URL) offers, or search them (case-insensitive, over slug, name, description and tags); --tag filters. Invalid entries are left out with a warning.',
    options: { ...command/* COMMON */.S, ...CATALOG_OPTION, tag: { type: 'string' } },
    positionals: true,
    async run(values, io, positionals) {
        const [sub, ...rest] = positionals;
        if (sub !== 'list' && sub !== 'search')
            throw new errors/* ArgumentError */.c1(`catalog takes a subcommand, list or search (got ${positionals.join(' ') || 'none'})`);
        if (sub === 'list' && rest.length)
            throw new errors/* ArgumentError */.c1('catalog list takes no query; use catalog search QUERY');
        const root = external_node_path_default().resolve(io.cwd, String(values.root));
        const catalog = await loadCatalog(root, String(values.catalog), fetchOptions(values));
        const { slugs: installed, diagnostics: manifestFindings } = await installedSlugs(root, String(values.manifest));
        const found = catalog.ok ? searchCatalog(catalog, { query: rest.join(' '), tag: typeof values.tag === 'string' ? values.tag : undefined }) : [];
        const skipped = catalog.items.filter((i) => !i.valid);
        const diagnostics = (0,diagnostic/* sortDiagnostics */.Ds)([...catalog.diagnostics, ...manifestFindings, ...skipped.flatMap((i) => i.diagnostics.map((d) => ({ ...d, severity: 'warning', message: `${d.message} (entry '${i.key}' is not offered)` })))]);
        const ok = catalog.ok && !(0,diagnostic/* hasErrors */.Cs)(manifestFindings);
        const modules = found.map((i) => {
            const e = i.entry;
            return { slug: e.slug, name: e.name, description: e.description ?? null, source: e.source, crate: e.crate, version: e.version ?? null, path: e.path ?? null, git: e.git ?? null, rev: e.rev ?? null, depends_on: e.depends_on, tags: e.tags, installed: installed ? installed.has(e.slug) : null };
        });
        if (values.format === 'json') {
            io.stdout((0,render/* jsonReport */.L7)(ok, null, diagnostics, { catalog: catalog.file, modules }));
        }
        else {
            for (const d of diagnostics)
                io.stderr((0,render/* renderText */.S5)(d));
            const width = Math.max(4, ...modules.map((m) => m.slug.length));
            for (const m of modules) {
                const where = m.version ?? (m.source === 'git' ? m.rev?.slice(0, 12) : m.path) ?? '';
                io.stdout(`${m.slug.padEnd(width)}  ${`${m.source} ${where}`.padEnd(24)}  ${m.name}${m.description ? ` \u2014 ${m.description}` : ''}${m.tags.length ? ` [${m.tags.join(', ')}]` : ''}${m.installed ? ' (installed)' : ''}`);
            }
            if (catalog.ok)
                io.stdout(`${modules.length} of ${catalog.items.length - skipped.length} module${catalog.items.length - skipped.length === 1 ? '' : 's'} in ${catalog.file}${skipped.length ? ` (${skipped.length} invalid entr${skipped.length === 1 ? 'y' : 'ies'} left out)` : ''}`);
            if (!catalog.ok)
                io.stderr(`${catalog.file}: invalid catalog (${(0,render/* summaryLine */.dC)(diagnostics)})`);
            else if (!ok)
                io.stderr(`${String(values.manifest)}: cannot tell which modules are installed (${(0,render/* summaryLine */.dC)(manifestFindings)})`);
        }
        return ok ? 0 : 1;
    }
};


/***/ })

};
;