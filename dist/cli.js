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
 *   the functions it runs): `<dir>/<node version>-<arch>/<key of the chunk>-<command>.bin`. The
 *   key is the chunk's sha256 (listed at build time) bound to its file's size, mtime and inode,
 *   so neither a rebuilt dist/ nor a chunk edited in place ever meets code compiled from another
 *   source; V8 itself rejects data from another V8 version or flag set, and such a chunk is
 *   compiled as usual and its cache written again.
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
const node_path_1 = __importDefault(require("node:path"));
const node_vm_1 = __importDefault(require("node:vm"));
const BUNDLE = node_path_1.default.join(__dirname, 'cli');
const MAX_FILES = 256;
/**
 * Each chunk's length and sha256 (by file name), written here by scripts/package.mjs when it
 * builds dist/, so the cache key costs no hashing of the chunk at start-up (~5 ms per MB).
 */
const CHUNK_HASHES = {"104.index.js":[398833,"a51eca49209e83d619826b0e7e398f1f98f2a8196809c0b8fc543edd61ecfd62"],"112.index.js":[73080,"0d9d5e4fdf6c6e3aadf8beff121982665df708547c5cece8ecb448bdf150fe11"],"193.index.js":[29441,"1b594f4a2ab92124f8148a6a9df02135f36947d487a7be3a872cbbcebd0cb12c"],"228.index.js":[21489,"c4210e2c668534d179c53fb2bceb96b8445de4e080c49d487bd7314201e7fe49"],"237.index.js":[15013,"8f801afc3cdc3af6fe78f2efe173bca877b928d013041437f30e8f01015f39c6"],"239.index.js":[1222974,"3ff907389ecbb48b4d0409aea3d588c4e876f5ccb8428d6bf9ec372aefbe6885"],"242.index.js":[27974,"ce6ce708d80718cd8a31835a915edfccb686f99f9bd831ca3703b7814106b5c0"],"253.index.js":[27005,"4e61b95fae4eb478c8c6fa52e411501727ba6989ee2941a972ee6ad1798f5715"],"279.index.js":[109952,"adff0aacd62a40adfaa15d12078d71130d7e7d3b72db74e494ff1f5759a10595"],"291.index.js":[30218,"e53e3c45c04c75d6cc07d93a9c0fb9fbd13f980073bdca8c0a1cc848082f2294"],"292.index.js":[7848,"88afebf44eede323d865965f300def579814baab62dca368c616fbff36a88e31"],"293.index.js":[231154,"b1d5476da31607f300901cb073237cf3bd9cb0080550269337e62fc02a0d8310"],"330.index.js":[132877,"d2397714b01b6526b4a15f16fac72130ab35e27e08d9e28c170991843f20190c"],"375.index.js":[53749,"2d23bf73faf833088a827fa99b4972d8c4c36919858790ab1180f4e76c0d8453"],"399.index.js":[57968,"9642c773cfe826f85547a407a49bfd06d495da7b6469f77b414866741b863471"],"414.index.js":[48229,"a598876f89586ad980d26f1b19905ef1a9605aaeaa524aec28964837c91e70c4"],"423.index.js":[3066,"622bc894579877b5d330bbcc25361fcfd925c4184d481e1a9dca186aa397e694"],"46.index.js":[22077,"a522bedf193a9dd4b150f65ff722f111f61395caf8d6168b1bd57a967defecfa"],"479.index.js":[5461,"02d0d449f1ca01dde9cf2e001eefaf1f360b213d1c4147793eec80b18a633133"],"525.index.js":[52688,"d7a9fd51f3fc79a66aa0f87bf30fe5ff94efa7e64729d57fc9ed503e06011f27"],"558.index.js":[1870,"3f23450468451fe4e2737c75206e0391da212a17297afae81fd9c4bf1bbe6fd7"],"562.index.js":[23919,"67c7bbffba01436507da9c46e3dfe45837deb8082f4e22e54b4a905c986cb2f6"],"577.index.js":[7977,"64a42a980692c0147466ff3bc924a9c50bfe0a8d44c2ca6e4240df5aa22f6e4d"],"649.index.js":[11500,"d1d45c960af70184754796adfc3f54db51887bf7e0f1c3e0e8d8b015487d1632"],"67.index.js":[91982,"36eadb7335adf045b7522ef6f4a0fa1a8b5b23028fed7a6c5f8112685a4967e2"],"697.index.js":[76694,"9c3603fd9a1107ec83aa7f8f716df1216f2cdbd2ad6a538505f1b63873613acb"],"717.index.js":[18740,"f0e19ba74368bc4ec7900124b8ee733ac364d2a2bcfc9c563df90ab4de527cbf"],"801.index.js":[41194,"5135fe049eb48bd4eefa5f0ff379756e312a91e19a9a7c8c178c63db6628b330"],"815.index.js":[292695,"1dce4e92702eee58435f9df2e868a13a13c667da37e818a6e496e41a13e9f6ca"],"826.index.js":[38943,"8869df3a2ab78686e01e673b55a626d642994085f098e89724b930e1197be138"],"84.index.js":[60881,"9140adf2597cdbf5c37385dcdb4b4240f45456508a3cc27368e0e3e19b63c4d0"],"85.index.js":[8698,"782ad23017b6a2bdd006d831f806d81c123e2da8d78db625d4ef436ca95e8757"],"857.index.js":[6972,"c25c890282b23ef9717fbec18f8fea90768a0af3579883d109401911be3b512a"],"86.index.js":[54594,"494ce711f2ed037576001033dd7ee622993195d98be7acf311ba5d1ac7885deb"],"882.index.js":[23028,"377ab99c8712bbb77976714a1d09e13e10426374d42f17260dda11a0de0a7dd1"],"893.index.js":[32858,"2c4bb1df74aac54ca5a4ef3692dfb23a69c4a30a5169aafdabb8a4e1c8464031"],"911.index.js":[57156,"e6002308f8b75851babb93d22fd97bcd235a85cb2a6e3874d138529af3877d45"],"966.index.js":[6225,"6465badc3423c46b43ef0f9624163567195415f57295886b86f93994dfac5fc8"],"969.index.js":[29823,"a73df6ef4767011169a75d72052e9b9bd55443971d098dd2425a0bd5205c6347"],"index.js":[47795,"1472a0ba0cc9fbd034aa194380e860005e247d683d95f5dde80b22bd4fe42e2c"]};
/** The cache directory for this Node, checked; null: run without a cache. */
function cacheDir() {
    const setting = process.env.MODULES_REBUILD_CODE_CACHE;
    if (setting === 'off' || setting === '0' || setting === 'false' || typeof process.getuid !== 'function')
        return null;
    try {
        // os.homedir() throws without HOME and a passwd entry: no cache then. (node:os loads only then.)
        const home = () => process.env.HOME || require('node:os').homedir();
        const base = setting ? node_path_1.default.resolve(setting) : node_path_1.default.join(process.env.XDG_CACHE_HOME || node_path_1.default.join(home(), '.cache'), 'modules-rebuild', 'code-cache');
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
/**
 * The chunk's sha256 as listed at build time, bound to the file's size, mtime and inode (an edit
 * after the build is never matched with code compiled before it); hashed here when not listed.
 */
function chunkKey(source, filename) {
    const built = CHUNK_HASHES[node_path_1.default.basename(filename)];
    if (!built || built[0] !== source.length)
        return (0, node_crypto_1.createHash)('sha256').update(source).digest('hex');
    const st = node_fs_1.default.statSync(filename);
    return (0, node_crypto_1.createHash)('sha256').update(`${built[1]}\0${st.size}\0${st.mtimeMs}\0${st.ino}`).digest('hex');
}
const pending = [];
function compile(source, filename, dir) {
    const file = node_path_1.default.join(dir, `${chunkKey(source, filename)}-${commandKey()}.bin`);
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
