#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `dist/cli.js`, the CLI's process entry (CommonJS, transpiled by scripts/package.mjs, not bundled):
 * it loads the CLI bundle (dist/cli/, CommonJS chunks) through V8's code cache.
 *
 * A command spends a good part of its start-up compiling the bundle's functions, most of them
 * lazily, while it runs. V8 can serialize the compiled code of a script *after* it ran (every
 * function compiled so far, lazy ones included) and accept it back on the next start, which then
 * skips those compilations. Node's own compile cache (module.enableCompileCache, Node ≥ 22.1, not in
 * Node 20) serializes a script when it is compiled, before it runs: it was measured without gain
 * for this bundle on Node 24. Hence this loader.
 *
 * - The cache is per user, per Node version and architecture, and per command (each command warms
 *   the functions it runs): `<dir>/<node version>-<arch>/<sha256 of the chunk>-<command>.bin`. A
 *   chunk's name is the hash of its source, so a rebuilt dist/ never meets code compiled from
 *   another source; V8 itself rejects data from another V8 version or flag set, and such a chunk
 *   is compiled as usual and its cache written again.
 * - Where: MODULES_REBUILD_CODE_CACHE (a directory, or `off`); default `$XDG_CACHE_HOME` or
 *   `~/.cache`, then `modules-rebuild/code-cache`. The directory must be the user's own and not
 *   writable by anyone else (the data is code): otherwise, and on a platform without user ids, no
 *   cache is used. Files are written 0600 to a temp name and renamed; at most MAX_FILES are kept.
 * - Everything here is best effort: any failure falls back to a plain compile and never changes
 *   what the command does or prints.
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_module_1 = __importDefault(require("node:module"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const node_vm_1 = __importDefault(require("node:vm"));
const BUNDLE = node_path_1.default.join(__dirname, 'cli');
const MAX_FILES = 256;
/** The cache directory for this Node, checked; null: run without a cache. */
function cacheDir() {
    const setting = process.env.MODULES_REBUILD_CODE_CACHE;
    if (setting === 'off' || setting === '0' || setting === 'false' || typeof process.getuid !== 'function')
        return null;
    try {
        // os.homedir() throws without HOME and a passwd entry: no cache then.
        const base = setting ? node_path_1.default.resolve(setting) : node_path_1.default.join(process.env.XDG_CACHE_HOME || node_path_1.default.join(node_os_1.default.homedir(), '.cache'), 'modules-rebuild', 'code-cache');
        const dir = node_path_1.default.join(base, `${process.version}-${process.arch}`);
        node_fs_1.default.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = node_fs_1.default.lstatSync(dir);
        return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0 ? dir : null;
    }
    catch {
        return null;
    }
}
/** The command's name for the cache file (each command warms its own functions). */
function commandKey() {
    const arg = process.argv[2] ?? '';
    return /^[a-z][a-z-]{0,23}$/.test(arg) ? arg : 'other';
}
const pending = [];
function compile(source, filename, dir) {
    const file = node_path_1.default.join(dir, `${(0, node_crypto_1.createHash)('sha256').update(source).digest('hex')}-${commandKey()}.bin`);
    let cachedData;
    try {
        cachedData = node_fs_1.default.readFileSync(file);
    }
    catch {
        cachedData = undefined;
    }
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    const script = new node_vm_1.default.Script(wrapped, { filename, cachedData });
    if (!cachedData || script.cachedDataRejected)
        pending.push({ script, file });
    return script;
}
/** Writes the code compiled while the command ran, for the scripts that had none usable. */
function save(dir) {
    for (const { script, file } of pending) {
        const tmp = `${file}.${process.pid}.tmp`;
        try {
            node_fs_1.default.writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
            node_fs_1.default.renameSync(tmp, file);
        }
        catch {
            node_fs_1.default.rmSync(tmp, { force: true });
        }
    }
    try {
        const files = node_fs_1.default.readdirSync(dir).filter((f) => f.endsWith('.bin'));
        if (files.length <= MAX_FILES)
            return;
        const byAge = files.map((f) => ({ f, t: node_fs_1.default.statSync(node_path_1.default.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
        for (const { f } of byAge.slice(0, files.length - MAX_FILES / 2))
            node_fs_1.default.rmSync(node_path_1.default.join(dir, f), { force: true });
    }
    catch {
        // another process pruned first
    }
}
const dir = cacheDir();
if (dir) {
    const extensions = node_module_1.default._extensions;
    const plain = extensions['.js'];
    extensions['.js'] = (module, filename) => {
        if (node_path_1.default.dirname(filename) !== BUNDLE)
            return plain(module, filename);
        const source = node_fs_1.default.readFileSync(filename, 'utf8').replace(/^#!.*/, '');
        const run = compile(source, filename, dir).runInThisContext();
        run.call(module.exports, module.exports, node_module_1.default.createRequire(filename), module, filename, BUNDLE);
    };
    process.on('exit', () => {
        if (pending.length)
            save(dir);
    });
}
require(node_path_1.default.join(BUNDLE, 'index.js'));
