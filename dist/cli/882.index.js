"use strict";
exports.id = 882;
exports.ids = [882];
exports.modules = {

/***/ 6612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ indexKeys)
});

;// CONCATENATED MODULE: ./src/core/manifest/key-tree.ts
const QUOTE = 0x22;
const APOS = 0x27;
const BACKSLASH = 0x5c;
const IMPLICIT = 1;
const TABLE_ARRAY = 2;
const INDEX = -1;
const KEY_START = 0;
const KEY_END = 1;
const FIRST_CHILD = 2;
const LAST_CHILD = 3;
const NEXT_SIBLING = 4;
const FLAGS = 5;
const LINE = 6;
const COLUMN = 7;
const STRIDE = 8;
class Tree {
    source;
    data;
    size = 1;
    children = new Map();
    constructor(source) {
        this.source = source;
        this.data = new Int32Array(STRIDE * Math.max(64, source.length >> 4));
        this.data[FIRST_CHILD] = this.data[LAST_CHILD] = this.data[NEXT_SIBLING] = -1;
    }
    get(node, field) {
        return this.data[node * STRIDE + field];
    }
    set(node, field, value) {
        this.data[node * STRIDE + field] = value;
    }
    add(parent, keyStart, keyEnd, flags, line, column) {
        const k = this.size++;
        if (k * STRIDE >= this.data.length) {
            const grown = new Int32Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        const d = this.data;
        const o = k * STRIDE;
        d[o + KEY_START] = keyStart;
        d[o + KEY_END] = keyEnd;
        d[o + FIRST_CHILD] = -1;
        d[o + LAST_CHILD] = -1;
        d[o + NEXT_SIBLING] = -1;
        d[o + FLAGS] = flags;
        d[o + LINE] = line;
        d[o + COLUMN] = column;
        const p = parent * STRIDE;
        const last = d[p + LAST_CHILD];
        if (last < 0)
            d[p + FIRST_CHILD] = k;
        else
            d[last * STRIDE + NEXT_SIBLING] = k;
        d[p + LAST_CHILD] = k;
        if (this.children.size > 0) {
            const map = this.children.get(parent);
            if (map !== undefined) {
                const key = this.key(k);
                if (key !== null && !map.has(key))
                    map.set(key, k);
            }
        }
        return k;
    }
    key(k) {
        const start = this.get(k, KEY_START);
        const end = this.get(k, KEY_END);
        return end === INDEX ? start : decodeKey(this.source, start, end);
    }
    lookup(parent, key) {
        let map = this.children.get(parent);
        if (map === undefined) {
            map = new Map();
            for (let c = this.get(parent, FIRST_CHILD); c >= 0; c = this.get(c, NEXT_SIBLING)) {
                const k = this.key(c);
                if (k !== null && !map.has(k))
                    map.set(k, c);
            }
            this.children.set(parent, map);
        }
        return map.get(key) ?? -1;
    }
}
function decodeKey(s, start, end) {
    const q = s.charCodeAt(start);
    if (q === APOS)
        return s.slice(start + 1, end - 1);
    if (q !== QUOTE)
        return s.slice(start, end);
    end--;
    let out = '';
    let from = start + 1;
    for (let i = from; i < end;) {
        if (s.charCodeAt(i) !== BACKSLASH) {
            i++;
            continue;
        }
        out += s.slice(from, i);
        const e = s[i + 1];
        i += 2;
        switch (e) {
            case 'b':
                out += '\b';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'f':
                out += '\f';
                break;
            case 'r':
                out += '\r';
                break;
            case 'e':
                out += '\x1b';
                break;
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 'x':
            case 'u':
            case 'U': {
                const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
                const hex = s.slice(i, i + len);
                const cp = Number.parseInt(hex, 16);
                if (hex.length !== len || !Number.isInteger(cp) || cp < 0 || cp > 0x10ffff)
                    return null;
                out += String.fromCodePoint(cp);
                i += len;
                break;
            }
            default:
                return null;
        }
        from = i;
    }
    return out + s.slice(from, end);
}

;// CONCATENATED MODULE: ./src/core/manifest/locate.ts

var C;
(function (C) {
    C[C["TAB"] = 9] = "TAB";
    C[C["LF"] = 10] = "LF";
    C[C["CR"] = 13] = "CR";
    C[C["SPACE"] = 32] = "SPACE";
    C[C["QUOTE"] = 34] = "QUOTE";
    C[C["HASH"] = 35] = "HASH";
    C[C["APOS"] = 39] = "APOS";
    C[C["COMMA"] = 44] = "COMMA";
    C[C["DOT"] = 46] = "DOT";
    C[C["EQ"] = 61] = "EQ";
    C[C["LBRACKET"] = 91] = "LBRACKET";
    C[C["BACKSLASH"] = 92] = "BACKSLASH";
    C[C["RBRACKET"] = 93] = "RBRACKET";
    C[C["LBRACE"] = 123] = "LBRACE";
    C[C["RBRACE"] = 125] = "RBRACE";
})(C || (C = {}));
function indexKeys(source) {
    const tree = new Tree(source);
    try {
        scan(source, tree);
    }
    catch {
    }
    const find = (path, nearest) => {
        let node = 0;
        let found = -1;
        try {
            for (const segment of path) {
                node = tree.lookup(node, segment);
                if (node < 0)
                    break;
                found = node;
            }
        }
        catch {
            return undefined;
        }
        if (found < 0 || (!nearest && node < 0))
            return undefined;
        return { line: tree.get(found, LINE), column: tree.get(found, COLUMN) };
    };
    return {
        get: (path) => find(path, false),
        nearest: (path) => find(path, true)
    };
}
const BARE_RUN = /[^ \t.=\n\r[\]#"'{},]*/y;
const SCALAR_RUN = /[^,\]}#\n\r]*/y;
const BASIC_RUN = /[^"\\\n]*/y;
const LITERAL_RUN = /[^'\n]*/y;
function runEnd(re, s, i) {
    re.lastIndex = i;
    return re.test(s) ? re.lastIndex : i;
}
function scan(s, tree) {
    const n = s.length;
    const bom = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    let i = bom;
    const astral = /[\uD800-\uDBFF]/.test(s);
    let curOffset = bom;
    let curLine = 1;
    let lineStart = bom;
    let curColumn = 1;
    let nextEol = s.indexOf('\n', bom);
    let line = 1;
    let column = 1;
    const locate = (offset) => {
        if (offset < curOffset) {
            curOffset = lineStart = bom;
            curLine = curColumn = 1;
            nextEol = s.indexOf('\n', bom);
        }
        if (!astral) {
            while (nextEol >= 0 && nextEol < offset) {
                curLine++;
                lineStart = nextEol + 1;
                nextEol = s.indexOf('\n', lineStart);
            }
            curOffset = offset;
            line = curLine;
            column = offset - lineStart + 1;
            return;
        }
        for (; curOffset < offset; curOffset++) {
            const c = s.charCodeAt(curOffset);
            if (c === C.LF) {
                curLine++;
                curColumn = 1;
            }
            else if (c < 0xdc00 || c > 0xdfff) {
                curColumn++;
            }
        }
        line = curLine;
        column = curColumn;
    };
    const add = (parent, keyStart, keyEnd, flags, at) => {
        locate(at);
        return tree.add(parent, keyStart, keyEnd, flags, line, column);
    };
    const child = (parent, start, end, implicit) => {
        const key = decodeKey(s, start, end);
        if (key === null)
            return -1;
        const found = tree.lookup(parent, key);
        if (found < 0)
            return add(parent, start, end, implicit ? IMPLICIT : 0, start);
        const flags = tree.get(found, FLAGS);
        if (!implicit && flags & IMPLICIT) {
            locate(start);
            tree.set(found, FLAGS, flags & ~IMPLICIT);
            tree.set(found, LINE, line);
            tree.set(found, COLUMN, column);
        }
        return found;
    };
    const skipSpaces = () => {
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c !== C.SPACE && c !== C.TAB)
                break;
            i++;
        }
    };
    const skipVoid = () => {
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c === C.SPACE || c === C.TAB || c === C.LF || c === C.CR)
                i++;
            else if (c === C.HASH) {
                const eol = s.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            }
            else
                break;
        }
    };
    const skipString = (multi) => {
        const q = s.charCodeAt(i);
        if (multi && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
            i += 3;
            while (i < n) {
                const c = s.charCodeAt(i);
                if (c === C.BACKSLASH && q === C.QUOTE)
                    i += 2;
                else if (c === q && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
                    i += 3;
                    if (s.charCodeAt(i) === q)
                        i++;
                    if (s.charCodeAt(i) === q)
                        i++;
                    return;
                }
                else
                    i++;
            }
            return;
        }
        i++;
        if (q === C.APOS)
            i = runEnd(LITERAL_RUN, s, i);
        else
            while ((i = runEnd(BASIC_RUN, s, i)) < n && s.charCodeAt(i) === C.BACKSLASH)
                i += 2;
        if (s.charCodeAt(i) === q)
            i++;
    };
    let lastKeyOffset = 0;
    const readKey = (base, header) => {
        let node = base;
        for (;;) {
            skipSpaces();
            const start = i;
            const c = s.charCodeAt(i);
            if (c === C.QUOTE || c === C.APOS)
                skipString(false);
            else {
                i = runEnd(BARE_RUN, s, i);
            }
            const end = i;
            if (end === start)
                return -1;
            skipSpaces();
            if (s.charCodeAt(i) !== C.DOT) {
                lastKeyOffset = start;
                return header ? child(node, start, end, false) : add(node, start, end, 0, start);
            }
            i++;
            node = child(node, start, end, true);
            if (node < 0)
                return -1;
            if (header && tree.get(node, FLAGS) & TABLE_ARRAY)
                node = tree.get(node, LAST_CHILD);
            if (node < 0)
                return -1;
        }
    };
    const stackNode = [];
    const stackIndex = [];
    let depth = 0;
    const startValue = (node) => {
        const c = s.charCodeAt(i);
        if (c === C.QUOTE || c === C.APOS)
            skipString(true);
        else if (c === C.LBRACKET) {
            i++;
            stackNode[depth] = node;
            stackIndex[depth++] = 0;
        }
        else if (c === C.LBRACE) {
            i++;
            stackNode[depth] = node;
            stackIndex[depth++] = -1;
        }
        else {
            i = runEnd(SCALAR_RUN, s, i);
        }
    };
    let table = 0;
    while (i < n) {
        const before = i;
        const level = depth;
        skipVoid();
        if (i >= n)
            break;
        const c = s.charCodeAt(i);
        if (level === 0) {
            if (c === C.LBRACKET) {
                const aot = s.charCodeAt(i + 1) === C.LBRACKET;
                i += aot ? 2 : 1;
                const node = readKey(0, true);
                if (node < 0 || s.charCodeAt(i) !== C.RBRACKET)
                    return;
                i += aot ? 2 : 1;
                if (aot) {
                    tree.set(node, FLAGS, tree.get(node, FLAGS) | TABLE_ARRAY);
                    const last = tree.get(node, LAST_CHILD);
                    table = add(node, last < 0 ? 0 : tree.get(last, KEY_START) + 1, INDEX, 0, lastKeyOffset);
                }
                else
                    table = node;
                continue;
            }
            const node = readKey(table, false);
            if (node < 0 || s.charCodeAt(i) !== C.EQ)
                return;
            i++;
            skipSpaces();
            startValue(node);
        }
        else if (c === (stackIndex[level - 1] < 0 ? C.RBRACE : C.RBRACKET)) {
            i++;
            depth--;
        }
        else if (c === C.COMMA)
            i++;
        else if (stackIndex[level - 1] >= 0) {
            const index = stackIndex[level - 1];
            stackIndex[level - 1] = index + 1;
            startValue(add(stackNode[level - 1], index, INDEX, 0, i));
        }
        else {
            const node = readKey(stackNode[level - 1], false);
            if (node < 0 || s.charCodeAt(i) !== C.EQ)
                return;
            i++;
            skipSpaces();
            startValue(node);
        }
        if (i === before && depth === level)
            return;
    }
}


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b1: () => (/* binding */ LIMITS),
  Pj: () => (/* binding */ TomlCache),
  bI: () => (/* binding */ isTable),
  MT: () => (/* binding */ parseToml),
  wo: () => (/* binding */ useParsedTomlStore)
});

// UNUSED EXPORTS: lineColumn

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
;// CONCATENATED MODULE: ./src/core/manifest/prescan.ts
const isBare = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
function prescanToml(text, limits) {
    if (text.length <= limits.keys && separatorsWithin(text, limits.keyDepth))
        return null;
    const n = text.length;
    let i = 0;
    let nest = 0;
    let lineStart = true;
    let header = 0;
    let keys = 0;
    const skipString = () => {
        const q = text[i];
        const multi = text.startsWith(q.repeat(3), i);
        if (multi) {
            const end = text.indexOf(q.repeat(3), i + 3);
            i = end < 0 ? n : end + 3;
            while (text[i] === q)
                i++;
            return;
        }
        for (i++; i < n; i++) {
            const c = text[i];
            if (c === '\n')
                return;
            if (q === '"' && c === '\\')
                i++;
            else if (c === q) {
                i++;
                return;
            }
        }
    };
    const skipBlank = () => {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
    };
    const chain = () => {
        let count = 0;
        for (;;) {
            if (text[i] === '"' || text[i] === "'")
                skipString();
            else if (i < n && isBare(text.charCodeAt(i)))
                while (i < n && isBare(text.charCodeAt(i)))
                    i++;
            else
                return count;
            count++;
            skipBlank();
            if (text[i] !== '.')
                return count;
            i++;
            skipBlank();
        }
    };
    const over = (at, depth) => {
        if (depth > limits.keyDepth)
            return { offset: at, message: `a key is nested ${depth} levels deep (table header and dotted keys), more than ${limits.keyDepth}` };
        if (keys > limits.keys)
            return { offset: at, message: `the document has more than ${limits.keys} keys` };
        return null;
    };
    while (i < n) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
            continue;
        }
        if (c === '\n') {
            if (nest === 0)
                lineStart = true;
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === ',') {
            i++;
            continue;
        }
        if (lineStart && nest === 0 && c === '[') {
            const at = i;
            i += text[i + 1] === '[' ? 2 : 1;
            skipBlank();
            header = chain();
            keys += header;
            const found = over(at, header);
            if (found)
                return found;
            lineStart = false;
            continue;
        }
        if (c === '"' || c === "'" || isBare(text.charCodeAt(i))) {
            const at = i;
            const segs = chain();
            skipBlank();
            if (text[i] === '=' && (lineStart || nest > 0)) {
                keys += segs;
                const found = over(at, (nest === 0 ? header : 0) + segs);
                if (found)
                    return found;
                i++;
                lineStart = false;
            }
            else if (segs === 0)
                i++;
            continue;
        }
        if (c === '=')
            lineStart = false;
        else if (c === '[' || c === '{')
            nest++;
        else if ((c === ']' || c === '}') && nest > 0)
            nest--;
        i++;
    }
    return null;
}
const isKeyEdge = (c) => isBare(c) || c === 34 || c === 39;
function separatorsWithin(text, keyDepth) {
    const total = keyDepth - 1;
    const perLine = Math.floor(keyDepth / 2) - 1;
    if (total <= 0)
        return false;
    let seen = 0;
    let line = 0;
    let lineMax = 0;
    let lineEnd = text.indexOf('\n');
    for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) {
        if (lineEnd !== -1 && i > lineEnd) {
            line = 0;
            lineEnd = text.indexOf('\n', i);
        }
        let b = i - 1;
        while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9))
            b--;
        if (b < 0 || !isKeyEdge(text.charCodeAt(b)))
            continue;
        let a = i + 1;
        while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9))
            a++;
        if (a >= text.length || !isKeyEdge(text.charCodeAt(a)))
            continue;
        seen++;
        if (++line > lineMax)
            lineMax = line;
        if (seen >= total && lineMax > perLine)
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/core/manifest/locate.ts + 1 modules
var locate = __webpack_require__(6612);
;// CONCATENATED MODULE: ./src/core/manifest/toml.ts




const LIMITS = {
    fileBytes: 32 * 1024 * 1024,
    depth: 64,
    arrayLength: 8192,
    keyDepth: 64,
    keys: 2_000_000,
    installModules: 256
};
let store = null;
function useParsedTomlStore(next) {
    store = next;
}
const SMOL_OPTIONS = { maxDepth: LIMITS.depth, integersAsBigInt: 'asNeeded', unsafeKeyBehaviour: 'throw' };
function parseToml(text, file, options = {}) {
    const stored = store?.get(text);
    if (stored !== undefined)
        return stored;
    const table = parseFresh(text, file, options);
    store?.set(text, table);
    return table;
}
function parseFresh(text, file, options) {
    const fail = (rule, line, column, message, hint) => {
        const loc = line === null ? null : { line, column: column ?? 1 };
        return new diagnostic/* DiagnosticError */.uo([(0,diagnostic/* diagnostic */.YK)('error', rule, file, loc, message, hint)]);
    };
    if (text.length > LIMITS.fileBytes) {
        throw fail('limit-exceeded', null, null, `${file} is larger than ${LIMITS.fileBytes} bytes`, 'Split the file or remove generated content.');
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const { line, column } = lineColumn(text, nul);
        throw fail('binary-content', line, column, `${file} contains a NUL byte`, 'TOML files must be UTF-8 text; was a binary file committed under this name?');
    }
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
        const { line, column } = lineColumn(text, bad);
        throw fail('binary-content', line, column, `${file} is not valid UTF-8`, 'Re-save the file as UTF-8.');
    }
    const over = prescanToml(text, LIMITS);
    if (over) {
        const { line, column } = lineColumn(text, over.offset);
        throw fail('limit-exceeded', line, column, `${file}: ${over.message}`, 'No format of modules-rebuild needs this; is the file generated by mistake or hostile?');
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, SMOL_OPTIONS);
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx) {
            const message = err.message.split('\n')[0] ?? 'invalid TOML';
            const depth = /depth|nested/i.test(message);
            return throwIt(fail(depth ? 'limit-exceeded' : 'toml-syntax', err.line, err.column, depth ? `nesting is deeper than ${LIMITS.depth} levels` : `invalid TOML: ${message}`, depth ? 'Flatten the structure; no format of modules-rebuild nests this deep.' : 'Fix the TOML syntax at this position.'));
        }
        return throwIt(fail('toml-syntax', null, null, `${file} could not be parsed: ${err.message}`, 'Simplify the document.'));
    }
    if (Object.keys(doc).length === 0) {
        throw fail('empty-file', null, null, `${file} is empty`, `Start with \`schema = ${options.schema ?? 2}\`; see the README for a complete example.`);
    }
    const long = text.length > 2 * LIMITS.arrayLength && hasLongArray(doc) ? findLongArray(doc) : null;
    if (long) {
        const at = (0,locate/* indexKeys */.n)(text).get(long);
        throw fail('limit-exceeded', at?.line ?? null, at?.column ?? null, `array \`${dotted(long)}\` has more than ${LIMITS.arrayLength} elements`, 'No list in these formats needs that many entries; is the file generated by mistake?');
    }
    return doc;
}
class TomlCache {
    #tables = new Map();
    parse(text, file, options = {}) {
        let table = this.#tables.get(text);
        if (table === undefined)
            this.#tables.set(text, (table = parseToml(text, file, options)));
        return table;
    }
}
function throwIt(e) {
    throw e;
}
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
function hasLongArray(root) {
    const stack = [root];
    while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            if (v.length > LIMITS.arrayLength)
                return true;
            for (let i = 0; i < v.length; i++)
                if (typeof v[i] === 'object')
                    stack.push(v[i]);
        }
        else if (isTable(v)) {
            for (const k in v)
                if (typeof v[k] === 'object')
                    stack.push(v[k]);
        }
    }
    return false;
}
function findLongArray(root) {
    const stack = [[root, null, null]];
    while (stack.length) {
        const node = stack.pop();
        const v = node[0];
        if (Array.isArray(v)) {
            if (v.length > LIMITS.arrayLength) {
                const p = [];
                for (let c = node; c && c[1] !== null; c = c[2])
                    p.unshift(c[1]);
                return p;
            }
            for (let i = 0; i < v.length; i++)
                if (typeof v[i] === 'object')
                    stack.push([v[i], i, node]);
        }
        else if (isTable(v)) {
            for (const k in v)
                if (typeof v[k] === 'object')
                    stack.push([v[k], k, node]);
        }
    }
    return null;
}
const dotted = (p) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}


/***/ })

};
;