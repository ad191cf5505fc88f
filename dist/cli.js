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
 *   key is the chunk's sha256 (listed at build time), then its file's size, mtime and inode,
 *   so neither a rebuilt dist/ nor a chunk edited in place ever meets code compiled from another
 *   source; V8 itself rejects data from another V8 version or flag set, and such a chunk is
 *   compiled as usual and its cache written again.
 * - Where: MODULES_REBUILD_CODE_CACHE (a directory, or `off`); default `$XDG_CACHE_HOME` or
 *   `~/.cache`, then `modules-rebuild/code-cache`. The directory must be the user's own and not
 *   writable by anyone else (the data is code): otherwise, and on a platform without user ids, no
 *   cache is used. Files are written 0600 to a temp name and renamed; at most MAX_FILES are kept,
 *   and a run that writes removes the temp files interrupted writes left (older than 10 minutes).
 * - Everything here is best effort: any failure falls back to a plain compile and never changes
 *   what the command does or prints.
 */
const node_fs_1 = __importDefault(require("node:fs"));
const node_module_1 = __importDefault(require("node:module"));
const node_path_1 = __importDefault(require("node:path"));
const node_vm_1 = __importDefault(require("node:vm"));
const BUNDLE = node_path_1.default.join(__dirname, 'cli');
const MAX_FILES = 256;
/** A temp file of save(): `<chunk key>-<command>.bin.<pid>.tmp` (chunkKey, commandKey). */
const TEMP = /^[0-9a-f]{64}(-\d+-[\d.]+-\d+)?-[a-z][a-z-]{0,23}\.bin\.\d+\.tmp$/;
/** A temp file older than this was left by a run stopped between writing and renaming it. */
const STALE_TEMP_MS = 10 * 60_000;
/**
 * Each chunk's length and sha256 (by file name), written here by scripts/package.mjs when it
 * builds dist/, so the cache key costs no hashing of the chunk at start-up (~5 ms per MB).
 */
const CHUNK_HASHES = {"104.index.js":[398833,"a51eca49209e83d619826b0e7e398f1f98f2a8196809c0b8fc543edd61ecfd62"],"112.index.js":[73060,"a271f79c3f44cc3fa9fe9c15c9bb27afc5a949c02fa56d5d1a65f8a2c9e9fd39"],"237.index.js":[36641,"e6121b7881fe2ed3b5d51745ea8a5b462660c9ee413cab2e8cd9333e1c77461d"],"239.index.js":[1222974,"3ff907389ecbb48b4d0409aea3d588c4e876f5ccb8428d6bf9ec372aefbe6885"],"253.index.js":[41009,"fe9d7b20fdb3e2ca5bc68dc9a5d78f0b7656ca93e86b20754e87e78600745f06"],"279.index.js":[139810,"af7f37d782f1860e7fca695ece565f18cabd7b908d31b2f3e376127779c37df3"],"291.index.js":[30218,"e53e3c45c04c75d6cc07d93a9c0fb9fbd13f980073bdca8c0a1cc848082f2294"],"292.index.js":[7848,"88afebf44eede323d865965f300def579814baab62dca368c616fbff36a88e31"],"293.index.js":[164227,"25c15b57d8a153fea834679954e5484bdaf4424c058604781c4d08ba2a28101d"],"30.index.js":[11535,"82e95d0151a51ea41063cd063d7385935bf607445308ce6ac628d491f212c191"],"312.index.js":[32551,"961f43876c4ddd20e9e10509381e3cf7892f19e3dc79199a50de17ce0d45232c"],"387.index.js":[35763,"79cb58d31b7b043b84381cf968a11803af6992bfe4d026bd553688bddd658191"],"399.index.js":[57920,"f5308b61abfa02e784ef01b61f07cb1a8e051e525657a0f65016f7acc513b01a"],"414.index.js":[50202,"dda5286efc95de821f7a5cbc86fbdb8be080f262108867230326c3ce631a5e37"],"423.index.js":[3066,"622bc894579877b5d330bbcc25361fcfd925c4184d481e1a9dca186aa397e694"],"46.index.js":[22077,"a522bedf193a9dd4b150f65ff722f111f61395caf8d6168b1bd57a967defecfa"],"479.index.js":[13680,"2caf3a8fcd7b8d6290628b9257e1e5439d6f4733c4dabe7f5620eb8e86ef7dd7"],"48.index.js":[16323,"142dc3fdb5c59c9b932d9050e438641fff8720a2fe46d1941dc61760f0843a0a"],"525.index.js":[52660,"44a09e40531b7284c2ba5117956d488fe1cd744e899ef0af9a171fad2fe806df"],"558.index.js":[23520,"d7794223519cb6873a949ebbbaa3790345170ee01a19bcc07693555673edcaf0"],"562.index.js":[23919,"67c7bbffba01436507da9c46e3dfe45837deb8082f4e22e54b4a905c986cb2f6"],"626.index.js":[26699,"ca01bc59e7c3fdfaeb73c2f8fa9d66b2a6288668ddc048bfcddc52b4efd0ff18"],"649.index.js":[16707,"8141a5c2daafaf178c7aa1dcdb2862a736996adf98b1a17c51fc2b60c27c0f7f"],"67.index.js":[91839,"9dcc0584fe552c5ae8bf285f1b590e695df01ef454ba750ba37c9a752e979c23"],"674.index.js":[24411,"47157d95b2897a7bf3af323fa4ec1445cd62f08b617009c331cd77251405ce3c"],"697.index.js":[76869,"8393a8069a91000a50d82160e2b5cfb01c97499b8b4027e48338645df0046b17"],"717.index.js":[40390,"0a786cf7879eea9c83041123288376fb9ae7fdc7584644c8c659831ed1fa4b12"],"74.index.js":[167374,"bf8861fc22f1630c771e960f8183bbe6d1273b6511fd1c067bcddc74c7420f9e"],"78.index.js":[26483,"dd8fa5606391f13a09ddf638cc45470ea38d31e6cd1ab3d18d2a64dcbd7e5206"],"809.index.js":[21561,"44cfbc8b824386468d765f81778f3dae2fd74feaa1e82bc15f8cb1bd161f5822"],"815.index.js":[292695,"1dce4e92702eee58435f9df2e868a13a13c667da37e818a6e496e41a13e9f6ca"],"84.index.js":[60881,"9140adf2597cdbf5c37385dcdb4b4240f45456508a3cc27368e0e3e19b63c4d0"],"85.index.js":[8698,"782ad23017b6a2bdd006d831f806d81c123e2da8d78db625d4ef436ca95e8757"],"852.index.js":[75115,"ad525a040251ba3fd2eb0c0d8f7c50222a5b22fc05c07c2b8385988c5b478cf5"],"857.index.js":[6972,"c25c890282b23ef9717fbec18f8fea90768a0af3579883d109401911be3b512a"],"882.index.js":[23974,"4808045a82d3dd72ac377975e236a2352f4bed9f11eec483e4991fc5c899b643"],"911.index.js":[57185,"427e198003f42ce5e81f4023731e1b03411aa087e543f1cabb5ff57d3f9b7176"],"938.index.js":[3829,"3a52c3876c11d05925a816aeae409a8cfe4166b6997ef61fd7090c4ad864eab6"],"944.index.js":[21733,"34b50841a46ae132275391b121f33aff4e547a6f97ba663fbce0ae8ac81e7d12"],"966.index.js":[6225,"6465badc3423c46b43ef0f9624163567195415f57295886b86f93994dfac5fc8"],"981.index.js":[33606,"7313e614c9e33c45a5d04a781531367098d380301e597070186e3aca4a8df273"],"index.js":[49235,"0823dc6e9cfae50b8d69570060f1a9c3648ad69e48195b04cf17a47e1ef01841"]};
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
 * after the build is never matched with code compiled before it), all in the file name: no hashing,
 * so node:crypto, ~8 ms to load, stays out of start-up. A chunk not listed is hashed here.
 */
function chunkKey(source, filename) {
    const built = CHUNK_HASHES[node_path_1.default.basename(filename)];
    const st = built && built[0] === source.length ? node_fs_1.default.statSync(filename, { throwIfNoEntry: false }) : undefined;
    if (!built || !st)
        return require('node:crypto').createHash('sha256').update(source).digest('hex');
    return `${built[1]}-${st.size}-${st.mtimeMs}-${st.ino}`;
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
/**
 * Writes the code compiled while the command ran, for the scripts that had none usable; then
 * removes the temp files interrupted writes left (the user's own regular files in TEMP's pattern,
 * older than STALE_TEMP_MS) and prunes the directory to MAX_FILES.
 */
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
        // The listing is needed here anyway: a run that writes no cache file lists nothing.
        const names = node_fs_1.default.readdirSync(dir);
        const stale = Date.now() - STALE_TEMP_MS;
        for (const name of names)
            if (TEMP.test(name))
                removeIfStale(node_path_1.default.join(dir, name), stale);
        const files = names.filter((f) => f.endsWith('.bin'));
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
/** Removes `file` when it is a regular file of the user's own last written before `stale` (ms). */
function removeIfStale(file, stale) {
    try {
        const st = node_fs_1.default.lstatSync(file);
        if (st.isFile() && st.uid === process.getuid() && st.mtimeMs < stale)
            node_fs_1.default.unlinkSync(file);
    }
    catch {
        // gone already
    }
}
const dir = cacheDir();
if (dir) {
    const extensions = node_module_1.default._extensions;
    const plain = extensions['.js'];
    // Every chunk sits in BUNDLE, so one require (resolving from there) serves them all: a
    // createRequire per chunk computed the same node_modules paths again each time (~2 ms a run).
    let bundleRequire;
    extensions['.js'] = (module, filename) => {
        if (node_path_1.default.dirname(filename) !== BUNDLE)
            return plain(module, filename);
        const source = node_fs_1.default.readFileSync(filename, 'utf8').replace(/^#!.*/, '');
        const run = compile(source, filename, dir).runInThisContext();
        bundleRequire ??= node_module_1.default.createRequire(filename);
        run.call(module.exports, module.exports, bundleRequire, module, filename, BUNDLE);
    };
    process.on('exit', () => {
        if (pending.length)
            save(dir);
    });
}
require(node_path_1.default.join(BUNDLE, 'index.js'));
