"use strict";
exports.id = 237;
exports.ids = [237,944];
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
// EXTERNAL MODULE: ./src/adapters/fs/write.ts + 2 modules
var write = __webpack_require__(9944);
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
            await (0,write.recoverInterrupted)(root);
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
        await (0,write.makeDirectory)(root);
        await (0,write.recoverInterrupted)(root);
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
        const { written } = await (0,write.applyChanges)(root, [...(text !== existing ? [{ path: workflows/* CONFIG_FILE */.g2, content: text }] : []), ...changed]);
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