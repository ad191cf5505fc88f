#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ writeChanged),
/* harmony export */   QM: () => (/* binding */ locateManifest),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1389);
/**
 * File-system adapter: reads the manifest and the files it points at, and hands the pure core a
 * snapshot. Problems reading the *manifest* are usage/IO errors (exit 2); files the manifest points
 * at that do not exist are findings of the core (exit 1).
 */



/** An I/O or usage problem: the command could not look at the input at all. Exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
async function locateManifest(root, manifest = 'modules.toml') {
    const absRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(absRoot).catch(() => null);
    if (!stat?.isDirectory())
        throw new UsageError(`${root}: no such directory`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absRoot, manifest);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(absRoot, absolute);
    const file = rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    return { root: absRoot, file, absolute };
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
        if ((0,_manifest_identifiers_js__WEBPACK_IMPORTED_MODULE_2__/* .repoPathProblem */ .Js)(rel) !== null)
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
 * Writes the files whose path is in `changed`; the others are reported unchanged. readSnapshot
 * reads a path that a symlink leads out of the root as missing, so such a file always looks
 * changed, and writing it would follow the link and overwrite a file outside the checkout: every
 * target is checked before the first write, so a refusal (UsageError) writes nothing at all.
 */
async function writeChanged(root, files, changed) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
    for (const f of files) {
        if (changed.has(f.path) && !(await staysInside(realRoot, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, f.path)))) {
            throw new UsageError(`${f.path}: refusing to write: a symbolic link leads outside ${root}`);
        }
    }
    const written = [];
    const unchanged = [];
    for (const f of files) {
        if (!changed.has(f.path)) {
            unchanged.push(f.path);
            continue;
        }
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, f.path);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(target, f.content);
        written.push(f.path);
    }
    return { written, unchanged };
}
/** True when writing `target` stays inside `realRoot`: its deepest existing ancestor (or itself) resolves there. */
async function staysInside(realRoot, target) {
    let p = target;
    for (;;) {
        const exists = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p).then(() => true, () => false);
        if (exists)
            break;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(p);
        if (parent === p)
            return false;
        p = parent;
    }
    const real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(p).catch(() => null); // null: a dangling symlink, whose target writeFile would create
    return real !== null && (real === realRoot || real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
}


/***/ }),

/***/ 1389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ httpUrlProblem),
/* harmony export */   Js: () => (/* binding */ repoPathProblem),
/* harmony export */   Np: () => (/* binding */ gitUrlProblem),
/* harmony export */   fF: () => (/* binding */ slugProblem),
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/adapters/fs.ts
var fs = __nccwpck_require__(9389);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command-line adapter: parses argv, runs a command, prints, and returns the exit code
 * (0 ok, 1 invalid input, 2 usage or I/O error). It never calls process.exit, so tests run it
 * in-process.
 */



/** Commands load on demand, so `hash` never pays for zod and the validators. */
const COMMANDS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446))).validateCommand,
    hash: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4180))).hashCommand,
    generate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(410), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7235))).generateCommand,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(410), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7235))).checkCommand,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(395)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4395))).planCommand,
    workflows: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(433), __nccwpck_require__.e(410), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2804))).workflowsCommand,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(433), __nccwpck_require__.e(410), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2804))).initCommand,
    schemas: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(131), __nccwpck_require__.e(727)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2727))).schemasCommand,
    catalog: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(410), __nccwpck_require__.e(448)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9448))).catalogCommand,
    install: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(410), __nccwpck_require__.e(448)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9448))).installCommand,
    uninstall: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(292), __nccwpck_require__.e(88), __nccwpck_require__.e(291), __nccwpck_require__.e(815), __nccwpck_require__.e(562), __nccwpck_require__.e(131), __nccwpck_require__.e(634), __nccwpck_require__.e(498), __nccwpck_require__.e(433), __nccwpck_require__.e(345), __nccwpck_require__.e(410), __nccwpck_require__.e(448)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9448))).uninstallCommand
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
async function runCli(argv, io) {
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
        io.stderr(`error: unknown command '${name}'\n\n${await usage()}`);
        return 2;
    }
    const command = await load();
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: command.positionals ?? false, strict: true });
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
            if (format === 'json')
                io.stdout(JSON.stringify({ ok: false, manifest_hash: null, errors: [{ file: null, line: null, column: null, rule: 'io-error', message: err.message, hint: null }], warnings: [] }, null, 2));
            io.stderr(`error[io-error]: ${err.message}`);
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
    process.stderr.write(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this as a bug.\n`);
    process.exitCode = 2;
});

