#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ writeChanged),
/* harmony export */   QM: () => (/* binding */ locateManifest),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   c1: () => (/* binding */ ArgumentError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   pV: () => (/* binding */ readManifestText),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7577);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5193);
/**
 * File-system adapter: reads the manifest and the files it points at, and hands the pure core a
 * snapshot. Problems reading the *manifest* are usage/IO errors (exit 2); files the manifest points
 * at that do not exist are findings of the core (exit 1).
 */




/** An I/O or usage problem: the command could not look at the input at all. Exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** A command-line argument the command does not accept: printed with the command's usage line. Exit code 2. */
class ArgumentError extends UsageError {
    name = 'ArgumentError';
}
/**
 * The root and the manifest in it. `--root` must be a directory; a manifest outside the root is
 * refused (package paths, generated files and modules-rebuild.toml are all resolved against the
 * root) unless `outside` allows it (hash reads nothing else).
 */
async function locateManifest(root, manifest = 'modules.toml', outside = 'refuse') {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(absRoot).catch(() => null);
    if (stat && !stat.isDirectory()) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(root) || '.';
        throw new UsageError(`${root} is a file, not a directory: --root takes the platform's repository root (the directory that holds modules.toml)${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root).endsWith('.toml') ? `; for this manifest pass --root ${dir}${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root) === 'modules.toml' ? '' : ` --manifest ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(root)}`}` : ''}`);
    }
    if (!stat)
        throw new UsageError(`${root}: no such directory (--root takes the platform's repository root)`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absRoot, manifest);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(absRoot, absolute);
    const outsideRoot = rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    if (outsideRoot && outside === 'refuse') {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute);
        throw new ArgumentError(`--manifest ${manifest} is outside the root ${absRoot}: its package paths, the generated files and modules-rebuild.toml are resolved against the root. Pass --root ${dir}${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute) === 'modules.toml' ? '' : ` --manifest ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute)}`}`);
    }
    const file = outsideRoot ? absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    return { root: absRoot, file, absolute };
}
/** The manifest's text; a missing manifest names the directory searched and how to point elsewhere. */
async function readManifestText(loc) {
    const exists = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(loc.absolute).then(() => true, () => false);
    if (!exists)
        throw new UsageError(`${loc.file}: cannot read: no such file in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(loc.absolute)}; run in the platform's repository root, or pass --root DIR (the action: working-directory) and --manifest FILE when it is not modules.toml`);
    return readText(loc.absolute, loc.file);
}
/** Reads a text file; UsageError when it is missing or unreadable. Invalid UTF-8 is left for the core to report. */
async function readText(absolute, shown) {
    let buf;
    try {
        buf = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(absolute);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : err.message;
        throw new UsageError(`${shown}: cannot read: ${why}`);
    }
    return decode(buf);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text; invalid UTF-8 comes back with U+FFFD in it, which the core reports as binary-content. */
function decode(buf) {
    const text = buf.toString('utf8');
    if (!text.includes('\uFFFD'))
        return text;
    try {
        return strictUtf8.decode(buf); // a genuine U+FFFD in valid UTF-8
    }
    catch {
        return text;
    }
}
/**
 * Reads the files the core asked for. A file that does not exist, or that resolves outside the
 * root through a symlink, is null; any other read failure is a UsageError.
 *
 * Synchronous on purpose, with one directory listing per directory: most candidates (module.toml,
 * admin/Cargo.toml, …) do not exist, and a 5,000-module workspace asks for 20,000 of them — a
 * listing answers those without an open() each, and promise-based reads cost more than they save.
 */
async function readSnapshot(root, files) {
    let realRoot;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
    }
    catch {
        throw new UsageError(`${root}: no such directory`);
    }
    const listings = new Map();
    const list = (dir) => {
        let entries = listings.get(dir);
        if (entries === undefined) {
            try {
                entries = new Map(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir), { withFileTypes: true }).map((d) => [d.name, d]));
            }
            catch {
                entries = null;
            }
            listings.set(dir, entries);
        }
        return entries;
    };
    const readOne = (rel) => {
        if ((0,_core_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(rel) !== null)
            return null;
        const segments = rel.split('/').filter((s) => s !== '' && s !== '.');
        let dir = '';
        let linked = false;
        for (const [i, name] of segments.entries()) {
            const entry = list(dir)?.get(name);
            if (!entry)
                return null;
            if (entry.isSymbolicLink())
                linked = true;
            else if (i < segments.length - 1 ? !entry.isDirectory() : entry.isDirectory())
                return null;
            dir = dir ? `${dir}/${name}` : name;
        }
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel);
        try {
            if (linked) {
                const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(absolute);
                if (real !== realRoot && !real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
                    return null;
                if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real).isDirectory())
                    return null;
            }
            return decode(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(absolute));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')
                return null;
            throw new UsageError(`${rel}: cannot read: ${err.message}`);
        }
    };
    return new Map(files.map((rel) => [rel, readOne(rel)]));
}
/**
 * Writes the files whose path is in `changed` (one all-or-nothing transaction of write.ts: confined
 * to the root, atomic); the others are reported unchanged. A refusal or an I/O error is a
 * UsageError and leaves every file as it was.
 */
async function writeChanged(root, files, changed) {
    const { written } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .applyChanges */ .YF)(root, files.filter((f) => changed.has(f.path)).map((f) => ({ path: f.path, content: f.content })));
    return { written, unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path) };
}


/***/ }),

/***/ 5193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YF: () => (/* binding */ applyChanges),
  Oh: () => (/* binding */ makeDirectory),
  js: () => (/* binding */ recoverInterrupted),
  nO: () => (/* binding */ writeFileAt),
  Aq: () => (/* binding */ writeFilesAt)
});

// UNUSED EXPORTS: JOURNAL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/manifest/identifiers.ts
var identifiers = __nccwpck_require__(7577);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __nccwpck_require__(2515);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/adapters/fs/fs-ops.ts
/**
 * The file-system operations the write path (write.ts) is made of, behind one interface so tests
 * can fail or kill the program at any step. Every operation that changes the disk is one call
 * here; reads (lstat, realpath, readdir, readFile) are here too, so a test double sees them all.
 *
 * Test hook: with MODULES_REBUILD_TEST_KILL_AT=<n> in the environment, the real operations send
 * SIGKILL to the process itself just before the n-th disk-changing operation (open, write, fsync,
 * close, link, rename, unlink, mkdir, rmdir, directory fsync) — what a power cut or `kill -9` does.
 * Only __tests__/write-kill.test.ts sets it.
 */


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
            return; // directories cannot be opened for fsync there
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
/** Operations that change the disk: the ones the kill hook and fault-injection tests count. */
const MUTATING = ['create', 'write', 'fsync', 'close', 'fsyncDir', 'link', 'rename', 'unlink', 'mkdir', 'rmdir'];
/** Wraps `ops` so `before(op, args)` runs ahead of every disk-changing operation (it may throw). */
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
/** The operations in use: the real ones (with the kill hook when its variable is set), or a test's. */
function fsOps() {
    current ??= killHook(real);
    return current;
}
/** Tests: run with other operations (null: back to the real ones). */
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
/** The short reason an errno error gives, e.g. "no space left on the device (ENOSPC)". */
function ioReason(err) {
    const code = err?.code;
    if (typeof code === 'string' && WHY[code])
        return `${WHY[code]} (${code})`;
    return err?.message ?? String(err);
}
const isErrno = (err) => typeof err?.code === 'string';

;// CONCATENATED MODULE: ./src/adapters/fs/write.ts
/**
 * The one write path of the program. Every file modules-rebuild writes or deletes goes through
 * applyChanges (or writeFileAt for a file the user names outright, such as `plan --out`):
 *
 * - Confined: each path is resolved against the real root one component at a time. A component
 *   that is a symbolic link is followed only when it resolves inside the root (to a directory, or
 *   for the last component to a regular file, which is then replaced — the link stays and its
 *   target gets the new content atomically); a link leading out, a dangling link, a parent that is
 *   not a directory, a target that is a directory, anything under `.git/`: refused before the
 *   first byte is written (UsageError, exit 2). A deletion renames the entry itself and never
 *   follows a link.
 * - Atomic: new content goes to `.<name>.modules-rebuild-<pid>-<rand>.tmp` in the same directory,
 *   is fsynced, then renamed over the file, and the directory is fsynced.
 * - All-or-nothing: with more than one file, a journal (`.modules-rebuild.journal` at the root) is
 *   written first; every temp file is staged; every replaced file gets a backup hard link
 *   (`….bak`, a copy where links are not supported); deletions are renames to `….del`. Only then
 *   are the renames done. A failure puts every file back (renaming the backups over the files,
 *   removing the directories it created when still empty) and reports a clean I/O error. A crash
 *   leaves each file old or new; the next run that writes finds the journal and undoes the rest
 *   before it reads anything (`recoverInterrupted`), and removes leftover temp files of dead runs.
 */





const JOURNAL = '.modules-rebuild.journal';
const LEFTOVER = /^\.(.+)\.modules-rebuild-(\d+)-([0-9a-f]{8})\.(tmp|bak|del)$/;
const MAX_NAME = 255;
/** Tokens of the transactions this process has open (a journal with one of them is not stale). */
const active = new Set();
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
    try {
        const real = await ops.realpath(root);
        if (!(await ops.lstat(real)).isDirectory())
            throw new Error('not a directory');
        return real;
    }
    catch {
        throw new fs/* UsageError */.eb(`${root}: no such directory`);
    }
}
/** Resolves `rel` under the real root; refuses anything that would leave it. `mkdirs` collects missing parents. */
async function resolve(ops, realRoot, root, rel, kind, mkdirs) {
    const refuse = (why) => new fs/* UsageError */.eb(`${rel}: refusing to ${kind === 'delete' ? 'delete' : 'write'}: ${why}`);
    const problem = (0,identifiers/* repoPathProblem */.Js)(rel);
    if (problem)
        throw refuse(`the path ${problem}`);
    const segs = rel.split('/').filter((s) => s !== '' && s !== '.');
    if (!segs.length)
        throw refuse('it names the root directory');
    for (const s of segs)
        if (Buffer.byteLength(`.${s}.modules-rebuild-4294967295-00000000.tmp`) > MAX_NAME)
            throw refuse(`the name '${s.slice(0, 40)}…' is too long (at most ${MAX_NAME - 40} bytes)`);
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
/** Writes `changes` (and deletes) under `root` as one transaction. */
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
            throw new fs/* UsageError */.eb(`${rel}: refusing to write: it is the same file as ${seen.get(target)}`);
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
                // cargo rewrites Cargo.lock in place, which a hard link would follow: a preserved file is copied.
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
                throw new fs/* UsageError */.eb(`${where}: cannot write: ${ioReason(err)}; putting the files back failed too (${ioReason(undoErr)}): the next modules-rebuild run that writes in ${root} finishes undoing it`);
            }
            if (err instanceof fs/* UsageError */.eb)
                throw err;
            if (!isErrno(err))
                throw err;
            throw new fs/* UsageError */.eb(`${where}: cannot write: ${ioReason(err)}; nothing was changed`);
        }
        await finish(ops, realRoot, entries, journaled).catch(() => { }); // leftovers: cleaned by the next run
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
/** Creates `final` with `content` through a temp file and a rename: it never exists partly written. */
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
/** A hard link to the current file; a durable copy where the file system has no hard links. */
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
                throw new fs/* UsageError */.eb(`${JOURNAL}: another modules-rebuild run is writing in this checkout; run again when it has finished`);
            throw err;
        }
    }
    else
        await createWhole(ops, file, text);
    await ops.fsyncDir(realRoot);
}
/** Puts every entry back as it was before the transaction. */
async function undo(ops, realRoot, entries, created, journaled) {
    for (const e of [...entries].reverse()) {
        const bak = e.bak ? await lstatOrNull(ops, e.bak) : null;
        if (bak) {
            // rename() between two links of one file does nothing: the file was never replaced, the link just goes.
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
/** After the commit: the backups and deleted files go, emptied directories are pruned, the journal last. */
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
/** Removes temp files an interrupted single-file write of a dead process left in `dirs`. */
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
/** Finishes what an interrupted run left: its journal's change undone (or, once committed, cleaned up). */
async function recover(ops, realRoot) {
    const file = external_node_path_default().join(realRoot, JOURNAL);
    let text;
    try {
        text = (await ops.readFile(file)).toString('utf8');
    }
    catch (err) {
        if (missing(err))
            return;
        throw new fs/* UsageError */.eb(`${JOURNAL}: cannot read: ${ioReason(err)}`);
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
        // Only the journal itself was being written when that run stopped: nothing else was touched.
        await ops.unlink(file);
        return;
    }
    if (active.has(j.token) || (j.pid !== process.pid && alive(j.pid)))
        throw new fs/* UsageError */.eb(`${JOURNAL}: another modules-rebuild run (pid ${j.pid}) is writing in this checkout; run again when it has finished`);
    const abs = (p) => (p === null ? null : external_node_path_default().join(realRoot, ...p.split('/')));
    for (const p of [...j.entries.flatMap((e) => [e.target, e.tmp, e.bak, e.del]), ...j.dirs]) {
        if (p !== null && (typeof p !== 'string' || (0,identifiers/* repoPathProblem */.Js)(p) !== null))
            throw new fs/* UsageError */.eb(`${JOURNAL}: not a journal this program wrote (path ${JSON.stringify(p)}); remove it if no modules-rebuild run is active`);
    }
    const entries = j.entries.map((e) => ({ rel: e.target, kind: e.kind, existed: e.existed, content: null, prune: e.prune, target: abs(e.target), tmp: abs(e.tmp), bak: abs(e.bak), del: abs(e.del) }));
    try {
        if (j.state === 'committed')
            await finish(ops, realRoot, entries, true);
        else
            await undo(ops, realRoot, entries, j.dirs.map((d) => abs(d)), true);
        await sweep(ops, [realRoot]); // the temp file of a journal update cut short
    }
    catch (err) {
        throw new fs/* UsageError */.eb(`${JOURNAL}: cannot finish the change an interrupted run left: ${ioReason(err)}`);
    }
}
/** Undoes (or completes) a change an interrupted run left under `root`; every writing command calls it before reading. */
async function recoverInterrupted(root) {
    const ops = fsOps();
    await recover(ops, await realRootOf(ops, root));
}
/** Writes one file the user named outright (`plan --out`, `schemas --out`): its directory is created and is the root. */
async function writeFileAt(absolute, content) {
    await writeFilesAt(external_node_path_default().dirname(absolute), [{ path: external_node_path_default().basename(absolute), content }]);
}
/** Writes files into a directory the user named (created when missing), as one transaction. */
async function writeFilesAt(dir, files) {
    await makeDirectory(dir);
    return applyChanges(dir, files);
}
/** Creates a directory the user named (`--root` of init, `--out`) and its missing parents. */
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
        throw new fs/* UsageError */.eb(`${dir}: cannot create the directory: ${ioReason(err)}`);
    }
}


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ httpUrlProblem),
/* harmony export */   Js: () => (/* binding */ repoPathProblem),
/* harmony export */   Np: () => (/* binding */ gitUrlProblem),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   fF: () => (/* binding */ slugProblem),
/* harmony export */   ht: () => (/* binding */ gitRevProblem),
/* harmony export */   js: () => (/* binding */ rustPathProblem),
/* harmony export */   vO: () => (/* binding */ crateProblem)
/* harmony export */ });
/**
 * Grammar checks for every value that can reach generated Rust code, a cargo command line or a
 * workflow: slugs, crate names, Rust paths, repository paths, git URLs, http(s) URLs. Each returns
 * null when the value is fine, or a sentence saying what is wrong.
 */
const SLUG = /^[a-z0-9_-]+$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Rust keywords (strict and reserved, 2021 edition): never valid as an identifier segment. */
const RUST_KEYWORDS = new Set('as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield _'.split(' '));
/** Characters that look like ASCII letters; named so a reviewer sees why `blоg` is refused. */
const LOOKALIKES = {
    'а': ['a', 'CYRILLIC SMALL LETTER A'],
    'е': ['e', 'CYRILLIC SMALL LETTER IE'],
    'о': ['o', 'CYRILLIC SMALL LETTER O'],
    'р': ['p', 'CYRILLIC SMALL LETTER ER'],
    'с': ['c', 'CYRILLIC SMALL LETTER ES'],
    'у': ['y', 'CYRILLIC SMALL LETTER U'],
    'х': ['x', 'CYRILLIC SMALL LETTER HA'],
    'і': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    'ј': ['j', 'CYRILLIC SMALL LETTER JE'],
    'ѕ': ['s', 'CYRILLIC SMALL LETTER DZE'],
    'ԁ': ['d', 'CYRILLIC SMALL LETTER KOMI DE'],
    'ο': ['o', 'GREEK SMALL LETTER OMICRON'],
    'α': ['a', 'GREEK SMALL LETTER ALPHA'],
    'ν': ['v', 'GREEK SMALL LETTER NU'],
    'κ': ['k', 'GREEK SMALL LETTER KAPPA'],
    'ı': ['i', 'LATIN SMALL LETTER DOTLESS I'],
    'ɡ': ['g', 'LATIN SMALL LETTER SCRIPT G'],
    '‐': ['-', 'HYPHEN'],
    '‑': ['-', 'NON-BREAKING HYPHEN'],
    '–': ['-', 'EN DASH'],
    '＿': ['_', 'FULLWIDTH LOW LINE']
};
function describeChar(ch) {
    const cp = ch.codePointAt(0);
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    const known = LOOKALIKES[ch];
    if (known)
        return `${code} ${known[1]}, which looks like '${known[0]}'`;
    if (cp >= 0xff01 && cp <= 0xff5e)
        return `${code} (a fullwidth form of '${String.fromCodePoint(cp - 0xfee0)}')`;
    if (cp < 0x20 || cp === 0x7f)
        return `${code} (a control character)`;
    return `${code} '${ch}'`;
}
function firstBad(value, allowed) {
    for (const ch of value)
        if (!allowed.test(ch))
            return ch;
    return null;
}
function slugProblem(slug) {
    if (slug.length === 0)
        return 'is empty';
    if (slug.length > 64)
        return 'is longer than 64 characters';
    if (SLUG.test(slug))
        return null;
    const bad = firstBad(slug, /[a-z0-9_-]/);
    return `contains ${describeChar(bad)}; slugs are lowercase ASCII letters, digits, '_' and '-'`;
}
function crateProblem(name) {
    if (!CRATE.test(name)) {
        if (name.length === 0)
            return 'is empty';
        if (name.length > 64)
            return 'is longer than 64 characters';
        if (!/^[A-Za-z]/.test(name))
            return 'must start with an ASCII letter';
        return `contains ${describeChar(firstBad(name, /[A-Za-z0-9_-]/))}; Cargo package names are ASCII letters, digits, '-' and '_'`;
    }
    const ident = name.replace(/-/g, '_');
    if (RUST_KEYWORDS.has(ident))
        return `becomes the Rust keyword \`${ident}\` as a crate identifier`;
    return null;
}
/** A plain Rust path of identifiers: `BlogModule`, `graphql::BlogQuery`. No generics, no `::` prefix. */
function rustPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (path.length > 256)
        return 'is longer than 256 characters';
    for (const seg of path.split('::')) {
        if (!IDENT.test(seg)) {
            const bad = seg === '' ? null : firstBad(seg, /[A-Za-z0-9_]/);
            return bad ? `contains ${describeChar(bad)}; only identifiers joined by '::' are allowed` : `has an empty or malformed segment '${seg}'`;
        }
        if (RUST_KEYWORDS.has(seg))
            return `uses the Rust keyword \`${seg}\` as a path segment`;
    }
    return null;
}
/** A repository-relative path: no absolute paths, no `..`, POSIX separators, printable ASCII-safe. */
function repoPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~'))
        return 'is absolute; write it relative to the repository root';
    if (path.includes('\\'))
        return "uses '\\'; write '/' between directories";
    const bad = firstBad(path, /[A-Za-z0-9._/@+-]/);
    if (bad)
        return `contains ${describeChar(bad)}`;
    const segs = path.split('/');
    if (segs.includes('..'))
        return "leaves the repository with '..'";
    if (path.startsWith('-'))
        return "starts with '-', which a command would read as an option";
    return null;
}
/** git URLs that Cargo and git fetch safely: https://, ssh:// or scp-like git@host:path. */
function gitUrlProblem(url) {
    if (url.startsWith('-'))
        return "starts with '-', which git would read as an option";
    if (/^[a-z][a-z0-9+.-]*::/i.test(url))
        return `uses a git remote helper ('${url.split('::')[0]}::'), which can run commands`;
    if (/\s/.test(url))
        return 'contains white space';
    const control = firstBad(url, /[^\u0000-\u001f\u007f-\u009f]/u);
    if (control)
        return `contains ${describeChar(control)}`;
    if (/^https:\/\/[^/\s]+\/.+/.test(url) || /^ssh:\/\/[^/\s]+\/.+/.test(url))
        return null;
    if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\s:][^\s]*$/.test(url))
        return null;
    return 'must start with https://, ssh:// or be of the form git@host:owner/repo.git';
}
/** An absolute http(s) URL that parses. */
function httpUrlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'does not parse as a URL';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return `uses ${parsed.protocol} instead of http: or https:`;
    return null;
}
/**
 * A git revision as Cargo's `rev` takes it: a commit id (4 to 64 hex digits) or a ref name under
 * the rules of `git check-ref-format` (no control characters, space, `~ ^ : ? * [ \`, `..`, `@{`,
 * `//`; no component starting with `.` or ending with `.lock`; not ending with `/` or `.`), and
 * not starting with `-` (git would read it as an option). Anything else — a newline above all —
 * must never reach a file or a command line.
 */
function gitRevProblem(rev) {
    if (rev.length === 0)
        return 'is empty';
    if (rev.length > 255)
        return 'is longer than 255 characters';
    if (/^[0-9a-fA-F]{4,64}$/.test(rev))
        return null;
    const control = firstBad(rev, /[^\u0000-\u001f\u007f-\u009f]/u);
    if (control)
        return `contains ${describeChar(control)}; a rev is a commit id or a ref name`;
    if (rev.startsWith('-'))
        return "starts with '-', which git would read as an option";
    const bad = firstBad(rev, /[^ ~^:?*[\\]/);
    if (bad)
        return `contains ${bad === ' ' ? 'a space' : `'${bad}'`}, which git refuses in a ref name`;
    if (rev === '@')
        return "is '@', which git refuses as a ref name";
    if (rev.includes('..'))
        return "contains '..', which git refuses in a ref name";
    if (rev.includes('@{'))
        return "contains '@{', which git refuses in a ref name";
    if (rev.startsWith('/') || rev.endsWith('/') || rev.includes('//'))
        return "has an empty component ('/' at an end or '//')";
    if (rev.endsWith('.'))
        return "ends with '.', which git refuses in a ref name";
    if (rev.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "has a component starting with '.' or ending with '.lock', which git refuses";
    return null;
}
/** Text for a TOML comment line: characters a comment may not hold (controls but tab, DEL) as \uXXXX. */
function commentText(text) {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __nccwpck_require__(2515);
;// CONCATENATED MODULE: ./src/core/diagnostics/output.ts
/**
 * The two escapers every printed line goes through (README "Guarantees"):
 *
 *  - `terminalText`: a display string made safe for a terminal — control characters (C0 but tab
 *    and line feed, DEL, C1) and the bidirectional overrides shown as `\u001B`, `\r` … instead of
 *    moving the cursor, clearing the screen, opening an OSC-8 link or hiding text. CRLF is a line
 *    break. Used by every text renderer: the CLI applies it to each line it prints.
 *  - `logText`: a line for a GitHub Actions runner log. The runner splits output on CR and LF and
 *    runs any line that starts (after white space) with `::` as a workflow command — `::warning`,
 *    `::add-mask`, `::stop-commands` —, and the legacy `##[command]` form anywhere in a line.
 *    After splitting the text the same way, such a line gets a backslash before its first
 *    character and `##[` becomes `##\u200B[`, so the runner shows it and runs nothing. The action
 *    prints through it (core.info), and so does the CLI when GITHUB_ACTIONS=true.
 *    Text passed to core.error/warning/notice/group/setFailed is escaped by @actions/core itself
 *    (CR, LF and % as %0D, %0A, %25), so it needs no further escaping.
 */
/** Control characters a terminal acts on, and the bidirectional formatting characters. */
const UNSAFE = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT = { '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\u001b': '\\e' };
function terminalText(text) {
    return text.replace(UNSAFE, (c) => (c === '\r\n' ? '\n' : (SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)));
}
/** Would the runner read this line as a workflow command? */
const COMMAND_LINE = /^[\s\u0085]*::/;
function logText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (COMMAND_LINE.test(line) ? `\\${line}` : line).replaceAll('##[', '##\u200B['))
        .join('\n');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/drivers/cli/main.ts
/**
 * The command-line adapter: parses argv, runs a command, prints, and returns the exit code
 * (0 ok, 1 invalid input, 2 usage or I/O error). It never calls process.exit, so tests run it
 * in-process.
 */




/** Commands load on demand, so `hash` never pays for zod and the validators. */
const COMMANDS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(414), __nccwpck_require__.e(90)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6090))).validateCommand,
    hash: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(882), __nccwpck_require__.e(253)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9253))).hashCommand,
    generate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(664), __nccwpck_require__.e(217), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8479))).generateCommand,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(664), __nccwpck_require__.e(217), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8479))).checkCommand,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(545), __nccwpck_require__.e(217), __nccwpck_require__.e(579)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5579))).planCommand,
    publish: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(239), __nccwpck_require__.e(882), __nccwpck_require__.e(545), __nccwpck_require__.e(20)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6586))).publishCommand,
    workflows: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(664), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2237))).workflowsCommand,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(664), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2237))).initCommand,
    schemas: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(967), __nccwpck_require__.e(545), __nccwpck_require__.e(751)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8335))).schemasCommand,
    catalog: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(664), __nccwpck_require__.e(217), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).catalogCommand,
    install: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(664), __nccwpck_require__.e(217), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).installCommand,
    uninstall: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(911), __nccwpck_require__.e(104), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(882), __nccwpck_require__.e(967), __nccwpck_require__.e(779), __nccwpck_require__.e(876), __nccwpck_require__.e(414), __nccwpck_require__.e(664), __nccwpck_require__.e(217), __nccwpck_require__.e(279)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5279))).uninstallCommand
};
async function usage() {
    const lines = [`modules-rebuild ${version/* VERSION */.x} — validate, hash and rebuild Rust modular platforms from modules.toml`, '', 'Usage:'];
    for (const load of Object.values(COMMANDS)) {
        const c = await load();
        lines.push(`  ${c.usage}`, `      ${c.summary}`);
    }
    lines.push('', 'Exit codes: 0 ok (warnings allowed), 1 invalid input, 2 usage or I/O error.', 'Run `modules-rebuild <command> --help` for one command.');
    return lines.join('\n');
}
/**
 * What the CLI prints, made safe where it lands: every line through terminalText (control
 * characters shown, not acted on), and in a GitHub Actions job (GITHUB_ACTIONS=true) through
 * logText too, so no printed line is a workflow command.
 */
function safeIo(io, env = process.env) {
    const runner = env.GITHUB_ACTIONS === 'true';
    const safe = (text) => (runner ? logText(terminalText(text)) : terminalText(text));
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
        return await command.run(parsed.values, io, parsed.positionals);
    }
    catch (err) {
        if (err instanceof fs/* UsageError */.eb) {
            const rule = err instanceof fs/* ArgumentError */.c1 ? 'usage-error' : 'io-error';
            const hint = err instanceof fs/* ArgumentError */.c1 ? `usage: ${command.usage}` : null;
            if (format === 'json')
                io.stdout(JSON.stringify({ ok: false, manifest_hash: null, errors: [{ file: null, line: null, column: null, rule, message: err.message, hint }], warnings: [] }, null, 2));
            io.stderr(`error[${rule}]: ${err.message}${hint ? `\n${hint}` : ''}`);
            return 2;
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text + '\n'),
    stderr: (text) => process.stderr.write(text + '\n'),
    cwd: process.cwd()
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    const io = safeIo({ stdout: () => { }, stderr: (text) => process.stderr.write(text + '\n'), cwd: '' });
    io.stderr(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this as a bug.`);
    process.exitCode = 2;
});

