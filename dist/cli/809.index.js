"use strict";
exports.id = 809;
exports.ids = [809];
exports.modules = {

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TT: () => (/* reexport */ isCargoVersion),
  CI: () => (/* binding */ parseCargoReq),
  u7: () => (/* binding */ satisfiesCargo)
});

// UNUSED EXPORTS: MAX_COMPARATORS, parseCargoVersion

// EXTERNAL MODULE: ./node_modules/semver/classes/range.js
var classes_range = __webpack_require__(4401);
var range_default = /*#__PURE__*/__webpack_require__.n(classes_range);
;// CONCATENATED MODULE: ./src/core/manifest/cargo-errors.ts
const MAX_COMPARATORS = 32;
const MAX_NUMBER = Number.MAX_SAFE_INTEGER;
const MAX_VERSION_LENGTH = 256;
class ParseFailure {
    kind;
    message;
    found;
    constructor(kind, message, found) {
        this.kind = kind;
        this.message = message;
        this.found = found;
    }
}
const quote = (ch) => {
    const json = JSON.stringify(ch);
    return `'${json.slice(1, -1).replace(/'/g, "\\'")}'`;
};
const fail = {
    empty: () => new ParseFailure('Empty', 'empty string, expected a semver version'),
    unexpectedEnd: (pos) => new ParseFailure('UnexpectedEnd', `unexpected end of input while parsing ${pos}`),
    unexpectedChar: (pos, ch) => new ParseFailure('UnexpectedChar', `unexpected character ${quote(ch)} while parsing ${pos}`, ch),
    unexpectedCharAfter: (pos, ch) => new ParseFailure('UnexpectedCharAfter', `unexpected character ${quote(ch)} after ${pos}`, ch),
    expectedCommaFound: (pos, ch) => new ParseFailure('ExpectedCommaFound', `expected comma after ${pos}, found ${quote(ch)}`, ch),
    leadingZero: (pos) => new ParseFailure('LeadingZero', `invalid leading zero in ${pos}`),
    overflow: (pos) => new ParseFailure('Overflow', `value of ${pos} exceeds u64::MAX`),
    emptySegment: (pos) => new ParseFailure('EmptySegment', `empty identifier segment in ${pos}`),
    wildcardNotOnly: (ch) => new ParseFailure('WildcardNotTheOnlyComparator', `wildcard req (${ch}) must be the only comparator in the version req`, ch),
    unexpectedAfterWildcard: () => new ParseFailure('UnexpectedAfterWildcard', 'unexpected character after wildcard in version req'),
    excessive: () => new ParseFailure('ExcessiveComparators', 'excessive number of version comparators'),
    tooLarge: (what) => new ParseFailure('TooLarge', what)
};
function versionHint(v) {
    const t = v.trim();
    if (t !== v && t !== '')
        return ' (remove the surrounding whitespace)';
    if (/^[vV]\d/.test(t))
        return ` (Cargo versions have no "v" prefix: write "${t.slice(1)}")`;
    if (/^[=^~<>]/.test(t))
        return ' (a version, not a version requirement, is expected here)';
    if (/^\d+(\.\d+)?$/.test(t))
        return ' (a version needs all three numbers: major.minor.patch)';
    return '';
}
function reqHint(req, e) {
    const t = req.trim();
    if (t === '')
        return 'the requirement is empty; use "*" to accept any version';
    if (req.includes('|')) {
        return '"||" is npm syntax; a Cargo requirement cannot express "either/or" \u2014 every comma-separated comparator must match';
    }
    if (/^latest$/i.test(t))
        return '"latest" is not a Cargo requirement; use "*" or a caret requirement such as "1.2"';
    if (/(^|[\s,=<>~^])[vV]\d/.test(req))
        return 'Cargo versions have no "v" prefix: write "1.2.3", not "v1.2.3"';
    if (/[\t\n\r\f\v\u00a0]/.test(req))
        return 'only spaces may separate operators, versions and commas';
    if (/^\s*,/.test(req))
        return 'leading comma: the requirement starts with an empty comparator';
    if (/,\s*$/.test(req))
        return 'trailing comma: the requirement ends with an empty comparator';
    if (/,\s*,/.test(req))
        return 'two commas in a row: empty comparator';
    if (e.kind === 'ExcessiveComparators') {
        return `more than ${MAX_COMPARATORS} comparators (the limit of the semver crate Cargo uses)`;
    }
    if (e.kind === 'ExpectedCommaFound') {
        if (e.found === '-' && /\s-/.test(req)) {
            return 'hyphen ranges ("1 - 2") are npm syntax; write ">=1, <=2"';
        }
        if (e.found === '-' || e.found === '+') {
            return 'a pre-release or build metadata needs a full major.minor.patch version, e.g. "1.2.0-alpha"';
        }
        if (e.found !== undefined && (/^[0-9]$/.test(e.found) || '=<>~^*xX'.includes(e.found))) {
            return 'comparators must be separated by commas (">=1, <2"); space-separated comparators are npm syntax';
        }
    }
    if (e.kind === 'UnexpectedChar' && e.found !== undefined && '=<>~^'.includes(e.found)) {
        return 'unknown operator; Cargo knows =, >, >=, <, <=, ~, ^ and none (caret)';
    }
    return '';
}

// EXTERNAL MODULE: ./node_modules/semver/classes/semver.js
var semver = __webpack_require__(7163);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/manifest/cargo-syntax.ts


const charAt = (s, i) => String.fromCodePoint(s.codePointAt(i) ?? 0);
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isIdentChar = (c) => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '-');
const isWildcard = (c) => c === '*' || c === 'x' || c === 'X';
const skipSpaces = (s, i) => {
    while (s[i] === ' ')
        i++;
    return i;
};
const U64_MAX = '18446744073709551615';
function numericIdentifier(s, i, pos) {
    let j = i;
    while (isDigit(s[j])) {
        if (s[i] === '0' && j > i)
            throw fail.leadingZero(pos);
        j++;
    }
    if (j === i) {
        if (i < s.length)
            throw fail.unexpectedChar(pos, charAt(s, i));
        throw fail.unexpectedEnd(pos);
    }
    const digits = s.slice(i, j);
    if (digits.length > U64_MAX.length || (digits.length === U64_MAX.length && digits > U64_MAX)) {
        throw fail.overflow(pos);
    }
    const value = Number(digits);
    if (value > MAX_NUMBER) {
        throw fail.tooLarge(`value of ${pos} exceeds ${MAX_NUMBER}, the largest this tool supports (Cargo allows up to u64::MAX)`);
    }
    return [value, j];
}
function identifier(s, i, pos) {
    let acc = 0;
    let seg = 0;
    let nonDigit = false;
    for (;;) {
        const c = s[i + acc + seg];
        if (isIdentChar(c)) {
            seg++;
            if (!isDigit(c))
                nonDigit = true;
            continue;
        }
        if (seg === 0) {
            if (acc === 0 && c !== '.')
                return ['', i];
            throw fail.emptySegment(pos);
        }
        if (pos === 'pre-release identifier' && !nonDigit) {
            if (seg > 1 && s[i + acc] === '0')
                throw fail.leadingZero(pos);
            if (Number(s.slice(i + acc, i + acc + seg)) > MAX_NUMBER) {
                throw fail.tooLarge(`numeric pre-release identifier exceeds ${MAX_NUMBER}, the largest this tool supports`);
            }
        }
        acc += seg;
        if (c === '.') {
            acc++;
            seg = 0;
            nonDigit = false;
        }
        else {
            return [s.slice(i, i + acc), i + acc];
        }
    }
}
function parseVersionText(s) {
    if (s === '')
        throw fail.empty();
    let pos = 'major version number';
    const dot = (i) => {
        if (s[i] === '.')
            return i + 1;
        if (i < s.length)
            throw fail.unexpectedCharAfter(pos, charAt(s, i));
        throw fail.unexpectedEnd(pos);
    };
    let i;
    let major, minor, patch;
    [major, i] = numericIdentifier(s, 0, pos);
    i = dot(i);
    pos = 'minor version number';
    [minor, i] = numericIdentifier(s, i, pos);
    i = dot(i);
    pos = 'patch version number';
    [patch, i] = numericIdentifier(s, i, pos);
    let pre = '';
    let build = '';
    if (s[i] === '-') {
        pos = 'pre-release identifier';
        [pre, i] = identifier(s, i + 1, pos);
        if (pre === '')
            throw fail.emptySegment(pos);
    }
    if (s[i] === '+') {
        pos = 'build metadata';
        [build, i] = identifier(s, i + 1, pos);
        if (build === '')
            throw fail.emptySegment(pos);
    }
    if (i < s.length)
        throw fail.unexpectedCharAfter(pos, charAt(s, i));
    return { major, minor, patch, pre, build };
}
function parseCargoVersion(v) {
    if (typeof v !== 'string')
        return { ok: false, reason: 'version must be a string' };
    return remember(versionCache, v, parseVersion);
}
const versionCache = new Map();
function remember(cache, key, f, limit = 4096) {
    let r = cache.get(key);
    if (r === undefined) {
        if (cache.size >= limit)
            cache.clear();
        r = Object.freeze(f(key));
        cache.set(key, r);
    }
    return r;
}
function parseVersion(v) {
    try {
        parseVersionText(v);
    }
    catch (e) {
        if (e instanceof ParseFailure) {
            return { ok: false, reason: `"${v}" is not a valid Cargo version: ${e.message}${versionHint(v)}` };
        }
        throw e;
    }
    if (v.length > MAX_VERSION_LENGTH) {
        return {
            ok: false,
            reason: `"${v.slice(0, 40)}\u2026" is longer than ${MAX_VERSION_LENGTH} characters, the longest version this tool supports`
        };
    }
    try {
        return { ok: true, version: new (semver_default())(v) };
    }
    catch (e) {
        return { ok: false, reason: `"${v}" is not a valid Cargo version: ${e.message}` };
    }
}
function isCargoVersion(v) {
    return parseCargoVersion(v).ok;
}
function parseComparator(s, start) {
    let i = start;
    let op = '^';
    let defaultOp = false;
    const c0 = s[i];
    const c1 = s[i + 1];
    if (c0 === '=') {
        op = '=';
        i += 1;
    }
    else if (c0 === '>') {
        op = c1 === '=' ? '>=' : '>';
        i += op.length;
    }
    else if (c0 === '<') {
        op = c1 === '=' ? '<=' : '<';
        i += op.length;
    }
    else if (c0 === '~') {
        op = '~';
        i += 1;
    }
    else if (c0 === '^') {
        op = '^';
        i += 1;
    }
    else {
        defaultOp = true;
    }
    i = skipSpaces(s, i);
    let pos = 'major version number';
    let major;
    [major, i] = numericIdentifier(s, i, pos);
    let minor;
    let patch;
    let hasWildcard = false;
    if (s[i] === '.') {
        i++;
        pos = 'minor version number';
        if (isWildcard(s[i])) {
            i++;
            hasWildcard = true;
            if (defaultOp)
                op = '*';
        }
        else {
            ;
            [minor, i] = numericIdentifier(s, i, pos);
        }
    }
    if (s[i] === '.') {
        i++;
        pos = 'patch version number';
        if (isWildcard(s[i])) {
            i++;
            if (defaultOp)
                op = '*';
        }
        else if (hasWildcard) {
            throw fail.unexpectedAfterWildcard();
        }
        else {
            ;
            [patch, i] = numericIdentifier(s, i, pos);
        }
    }
    let pre = '';
    let build = '';
    if (patch !== undefined && s[i] === '-') {
        pos = 'pre-release identifier';
        [pre, i] = identifier(s, i + 1, pos);
        if (pre === '')
            throw fail.emptySegment(pos);
    }
    if (patch !== undefined && s[i] === '+') {
        pos = 'build metadata';
        [build, i] = identifier(s, i + 1, pos);
        if (build === '')
            throw fail.emptySegment(pos);
    }
    i = skipSpaces(s, i);
    return [{ op, major, minor, patch, pre, build }, pos, i];
}
function parseReqText(s) {
    let i = skipSpaces(s, 0);
    if (isWildcard(s[i])) {
        const ch = s[i];
        const rest = skipSpaces(s, i + 1);
        if (rest === s.length)
            return [];
        if (s[rest] === ',')
            throw fail.wildcardNotOnly(ch);
        throw fail.unexpectedAfterWildcard();
    }
    const out = [];
    for (;;) {
        let cmp;
        let pos;
        try {
            ;
            [cmp, pos, i] = parseComparator(s, i);
        }
        catch (e) {
            if (e instanceof ParseFailure && isWildcard(s[i])) {
                const rest = skipSpaces(s, i + 1);
                if (rest === s.length || s[rest] === ',')
                    throw fail.wildcardNotOnly(s[i]);
            }
            throw e;
        }
        out.push(cmp);
        if (i === s.length)
            return out;
        if (s[i] !== ',')
            throw fail.expectedCommaFound(pos, charAt(s, i));
        i = skipSpaces(s, i + 1);
        if (out.length === MAX_COMPARATORS)
            throw fail.excessive();
    }
}

;// CONCATENATED MODULE: ./src/core/manifest/cargo-semver.ts





const fmt = (major, minor, patch, pre = '') => `${major}.${minor}.${patch}${pre === '' ? '' : `-${pre}`}`;
function below(major, minor, patch) {
    if (major > MAX_NUMBER || minor > MAX_NUMBER || patch > MAX_NUMBER)
        return null;
    return `<${fmt(major, minor, patch)}-0`;
}
function toNpm(c) {
    const { major: M, minor: m, patch: p, pre } = c;
    const lower = fmt(M, m ?? 0, p ?? 0, pre);
    const prefix = () => p !== undefined && m !== undefined
        ? [fmt(M, m, p, pre)]
        : m !== undefined
            ? [`>=${lower}`, below(M, m + 1, 0)]
            : [`>=${lower}`, below(M + 1, 0, 0)];
    let out;
    switch (c.op) {
        case '=':
        case '*':
            out = prefix();
            break;
        case '>':
            out =
                p !== undefined && m !== undefined
                    ? [`>${lower}`]
                    : m !== undefined
                        ? [m + 1 > MAX_NUMBER ? '<0.0.0-0' : `>=${fmt(M, m + 1, 0)}`]
                        : [M + 1 > MAX_NUMBER ? '<0.0.0-0' : `>=${fmt(M + 1, 0, 0)}`];
            break;
        case '>=':
            out = [`>=${lower}`];
            break;
        case '<':
            out = p !== undefined ? [`<${lower}`] : [below(M, m ?? 0, 0)];
            break;
        case '<=':
            out =
                p !== undefined && m !== undefined
                    ? [`<=${lower}`]
                    : m !== undefined
                        ? [below(M, m + 1, 0)]
                        : [below(M + 1, 0, 0)];
            break;
        case '~':
            out = [`>=${lower}`, m !== undefined ? below(M, m + 1, 0) : below(M + 1, 0, 0)];
            break;
        case '^':
            if (M > 0 || m === undefined)
                out = [`>=${lower}`, below(M + 1, 0, 0)];
            else if (m > 0 || p === undefined)
                out = [`>=${lower}`, below(0, m + 1, 0)];
            else
                out = [`>=${lower}`, below(0, 0, p + 1)];
            break;
    }
    const kept = out.filter((x) => x !== null);
    return kept.length > 0 ? kept : ['>=0.0.0'];
}
const reqCache = new Map();
function comparePre(a, b) {
    if (a === b)
        return 0;
    if (a === '')
        return 1;
    if (b === '')
        return -1;
    const x = a.split('.');
    const y = b.split('.');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        if (p === q)
            continue;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn)
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return x.length - y.length;
}
function crateMatches(c, v) {
    const { major: M, minor: m, patch: p } = c;
    const pre = comparePre(v.pre, c.pre);
    const exact = v.major === M && (m === undefined || v.minor === m) && (p === undefined || v.patch === p) && pre === 0;
    const order = v.major !== M
        ? v.major - M
        : m === undefined
            ? undefined
            : v.minor !== m
                ? v.minor - m
                : p === undefined
                    ? undefined
                    : v.patch !== p
                        ? v.patch - p
                        : pre;
    switch (c.op) {
        case '=':
        case '*':
            return exact;
        case '>':
            return order !== undefined && order > 0;
        case '>=':
            return exact || (order !== undefined && order > 0);
        case '<':
            return order !== undefined && order < 0;
        case '<=':
            return exact || (order !== undefined && order < 0);
        case '~':
            if (v.major !== M || (m !== undefined && v.minor !== m))
                return false;
            if (p !== undefined && v.patch !== p)
                return v.patch > p;
            return pre >= 0;
        case '^':
            if (v.major !== M)
                return false;
            if (m === undefined)
                return true;
            if (p === undefined)
                return M > 0 ? v.minor >= m : v.minor === m;
            if (M > 0) {
                if (v.minor !== m)
                    return v.minor > m;
                if (v.patch !== p)
                    return v.patch > p;
            }
            else if (m > 0) {
                if (v.minor !== m)
                    return false;
                if (v.patch !== p)
                    return v.patch > p;
            }
            else if (v.minor !== m || v.patch !== p) {
                return false;
            }
            return pre >= 0;
    }
}
const sameTuple = (c, t) => c.major === t.major && c.minor === t.minor && c.patch === t.patch;
function onOwnTuple(c) {
    const v = fmt(c.major, c.minor ?? 0, c.patch ?? 0, c.pre);
    switch (c.op) {
        case '=':
        case '*':
            return v;
        case '~':
        case '^':
            return `>=${v}`;
        default:
            return `${c.op}${v}`;
    }
}
function releasesOnly(c) {
    if (c.pre === '')
        return toNpm(c);
    const t = fmt(c.major, c.minor ?? 0, c.patch ?? 0);
    switch (c.op) {
        case '=':
            return ['<0.0.0-0'];
        case '>':
            return [`>=${t}`];
        case '<=':
            return [`<${t}`];
        default:
            return toNpm({ ...c, pre: '' });
    }
}
const rangeHolds = (x, v) => (new (range_default())(x).set[0] ?? []).every((k) => k.test(v));
function buildNpm(comparators) {
    if (comparators.length === 0)
        return '>=0.0.0';
    const plain = comparators.flatMap(toNpm);
    const tuples = new Map();
    for (const c of comparators) {
        if (c.pre !== '') {
            const t = { major: c.major, minor: c.minor ?? 0, patch: c.patch ?? 0, pre: '0' };
            tuples.set(fmt(t.major, t.minor, t.patch), t);
        }
    }
    const join = (parts) => [...new Set(parts)].join(' ');
    if (tuples.size === 0)
        return join(plain);
    let plainIsExact = true;
    const preParts = [];
    for (const [key, t] of tuples) {
        const constant = comparators.filter((c) => !sameTuple(c, t) || c.pre === '');
        const crate = constant.every((c) => crateMatches(c, t));
        const npm = constant.every((c) => toNpm(c).every((x) => rangeHolds(x, `${key}-0`)));
        if (crate !== npm)
            plainIsExact = false;
        if (crate) {
            const own = comparators.filter((c) => sameTuple(c, t)).map(onOwnTuple);
            preParts.push(join([`>=${key}-0`, `<${key}`, ...own]));
        }
    }
    if (plainIsExact)
        return join(plain);
    return [join(comparators.flatMap(releasesOnly)), ...preParts].join(' || ');
}
function parseCargoReq(req) {
    if (typeof req !== 'string')
        return { ok: false, reason: 'version requirement must be a string' };
    return remember(reqCache, req, parseReq);
}
function parseReq(req) {
    let comparators;
    try {
        comparators = parseReqText(req);
    }
    catch (e) {
        if (!(e instanceof ParseFailure))
            throw e;
        const hint = reqHint(req, e);
        return {
            ok: false,
            reason: `"${req}" is not a valid Cargo version requirement: ${e.message}${hint === '' ? '' : ` (${hint})`}`
        };
    }
    const npm = buildNpm(comparators);
    const parts = npm.split(/ (?:\|\| )?/);
    const tooLong = parts.find((x) => x.replace(/^[<>=]+/, '').length > MAX_VERSION_LENGTH);
    if (tooLong !== undefined) {
        return {
            ok: false,
            reason: `"${req.slice(0, 40)}\u2026" names a version longer than ${MAX_VERSION_LENGTH} characters, the longest this tool supports`
        };
    }
    let range;
    try {
        range = new (range_default())(npm);
    }
    catch (e) {
        return { ok: false, reason: `"${req}" could not be converted (${npm}): ${e.message}` };
    }
    const withBuild = comparators.filter((c) => c.build !== '');
    if (withBuild.length > 0) {
        return {
            ok: true,
            range,
            npm,
            warnings: [
                `version requirement "${req}" includes build metadata (+${withBuild.map((c) => c.build).join(', +')}), which Cargo ignores; remove it to avoid confusion`
            ]
        };
    }
    return { ok: true, range, npm };
}
const satisfiesCache = new Map();
function satisfiesCargo(version, req) {
    return remember(satisfiesCache, `${version}\u0000${req}`, () => ({ ok: satisfiesUncached(version, req) })).ok;
}
function satisfiesUncached(version, req) {
    const v = parseCargoVersion(version);
    if (!v.ok)
        return false;
    const r = parseCargoReq(req);
    if (!r.ok)
        return false;
    return r.range.test(v.version);
}


/***/ })

};
;