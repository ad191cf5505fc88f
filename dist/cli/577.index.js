"use strict";
exports.id = 577;
exports.ids = [577];
exports.modules = {

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ httpUrlProblem),
/* harmony export */   Js: () => (/* binding */ repoPathProblem),
/* harmony export */   Np: () => (/* binding */ gitUrlProblem),
/* harmony export */   br: () => (/* binding */ commentText),
/* harmony export */   fF: () => (/* binding */ slugProblem),
/* harmony export */   ht: () => (/* binding */ gitRevProblem),
/* harmony export */   js: () => (/* binding */ rustPathProblem),
/* harmony export */   vO: () => (/* binding */ crateProblem)
/* harmony export */ });
const SLUG = /^[a-z0-9_-]+$/;
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RUST_KEYWORDS = new Set('as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield _'.split(' '));
const LOOKALIKES = {
    '\u0430': ['a', 'CYRILLIC SMALL LETTER A'],
    '\u0435': ['e', 'CYRILLIC SMALL LETTER IE'],
    '\u043e': ['o', 'CYRILLIC SMALL LETTER O'],
    '\u0440': ['p', 'CYRILLIC SMALL LETTER ER'],
    '\u0441': ['c', 'CYRILLIC SMALL LETTER ES'],
    '\u0443': ['y', 'CYRILLIC SMALL LETTER U'],
    '\u0445': ['x', 'CYRILLIC SMALL LETTER HA'],
    '\u0456': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    '\u0458': ['j', 'CYRILLIC SMALL LETTER JE'],
    '\u0455': ['s', 'CYRILLIC SMALL LETTER DZE'],
    '\u0501': ['d', 'CYRILLIC SMALL LETTER KOMI DE'],
    '\u03bf': ['o', 'GREEK SMALL LETTER OMICRON'],
    '\u03b1': ['a', 'GREEK SMALL LETTER ALPHA'],
    '\u03bd': ['v', 'GREEK SMALL LETTER NU'],
    '\u03ba': ['k', 'GREEK SMALL LETTER KAPPA'],
    '\u0131': ['i', 'LATIN SMALL LETTER DOTLESS I'],
    '\u0261': ['g', 'LATIN SMALL LETTER SCRIPT G'],
    '\u2010': ['-', 'HYPHEN'],
    '\u2011': ['-', 'NON-BREAKING HYPHEN'],
    '\u2013': ['-', 'EN DASH'],
    '\uff3f': ['_', 'FULLWIDTH LOW LINE']
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
const PLAIN_PATH = /^[A-Za-z0-9._/@+-]+$/;
function repoPathProblem(path) {
    if (path.length === 0)
        return 'is empty';
    if (PLAIN_PATH.test(path) && !path.startsWith('-') && !path.startsWith('/') && !(path.startsWith('..') && (path.length === 2 || path[2] === '/')) && !path.includes('/../') && !path.endsWith('/..'))
        return null;
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
function commentText(text) {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}


/***/ })

};
;