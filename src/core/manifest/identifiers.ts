/**
 * Grammar checks for every value that can reach generated Rust code, a cargo command line or a
 * workflow: slugs, crate names, Rust paths, repository paths, git URLs, http(s) URLs. Each returns
 * null when the value is fine, or a sentence saying what is wrong.
 */

const SLUG = /^[a-z0-9_-]+$/
const CRATE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Rust keywords (strict and reserved, 2021 edition): never valid as an identifier segment. */
const RUST_KEYWORDS = new Set(
  'as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield _'.split(
    ' '
  )
)

const KEYWORD_MAX = Math.max(...[...RUST_KEYWORDS].map((k) => k.length))

/** Characters that look like ASCII letters; named so a reviewer sees why `blоg` is refused. */
const LOOKALIKES: Record<string, [string, string]> = {
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
}

function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  const known = LOOKALIKES[ch]
  if (known) return `${code} ${known[1]}, which looks like '${known[0]}'`
  if (cp >= 0xff01 && cp <= 0xff5e) return `${code} (a fullwidth form of '${String.fromCodePoint(cp - 0xfee0)}')`
  if (cp < 0x20 || cp === 0x7f) return `${code} (a control character)`
  return `${code} '${ch}'`
}

function firstBad(value: string, allowed: RegExp): string | null {
  for (const ch of value) if (!allowed.test(ch)) return ch
  return null
}

export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return 'is empty'
  if (slug.length > 64) return 'is longer than 64 characters'
  if (SLUG.test(slug)) return null
  const bad = firstBad(slug, /[a-z0-9_-]/)!
  return `contains ${describeChar(bad)}; slugs are lowercase ASCII letters, digits, '_' and '-'`
}

export function crateProblem(name: string): string | null {
  if (!CRATE.test(name)) {
    if (name.length === 0) return 'is empty'
    if (name.length > 64) return 'is longer than 64 characters'
    if (!/^[A-Za-z]/.test(name)) return 'must start with an ASCII letter'
    return `contains ${describeChar(firstBad(name, /[A-Za-z0-9_-]/)!)}; Cargo package names are ASCII letters, digits, '-' and '_'`
  }
  // No keyword is longer than KEYWORD_MAX: a longer name needs no identifier made of it.
  if (name.length > KEYWORD_MAX) return null
  const ident = name.replace(/-/g, '_')
  if (RUST_KEYWORDS.has(ident)) return `becomes the Rust keyword \`${ident}\` as a crate identifier`
  return null
}

/** A plain Rust path of identifiers: `BlogModule`, `graphql::BlogQuery`. No generics, no `::` prefix. */
export function rustPathProblem(path: string): string | null {
  if (path.length === 0) return 'is empty'
  if (path.length > 256) return 'is longer than 256 characters'
  // The usual value is one identifier: no array of segments for it.
  if (IDENT.test(path)) return RUST_KEYWORDS.has(path) ? `uses the Rust keyword \`${path}\` as a path segment` : null
  for (const seg of path.split('::')) {
    if (!IDENT.test(seg)) {
      const bad = seg === '' ? null : firstBad(seg, /[A-Za-z0-9_]/)
      return bad ? `contains ${describeChar(bad)}; only identifiers joined by '::' are allowed` : `has an empty or malformed segment '${seg}'`
    }
    if (RUST_KEYWORDS.has(seg)) return `uses the Rust keyword \`${seg}\` as a path segment`
  }
  return null
}

const PLAIN_PATH = /^[A-Za-z0-9._/@+-]+$/

/** A repository-relative path: no absolute paths, no `..`, POSIX separators, printable ASCII-safe. */
export function repoPathProblem(path: string): string | null {
  if (path.length === 0) return 'is empty'
  // The common case first, without a test per character: a 5,000-module workspace asks about 20,000 paths.
  if (PLAIN_PATH.test(path) && !path.startsWith('-') && !path.startsWith('/') && !(path.startsWith('..') && (path.length === 2 || path[2] === '/')) && !path.includes('/../') && !path.endsWith('/..')) return null
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~')) return 'is absolute; write it relative to the repository root'
  if (path.includes('\\')) return "uses '\\'; write '/' between directories"
  const bad = firstBad(path, /[A-Za-z0-9._/@+-]/)
  if (bad) return `contains ${describeChar(bad)}`
  const segs = path.split('/')
  if (segs.includes('..')) return "leaves the repository with '..'"
  if (path.startsWith('-')) return "starts with '-', which a command would read as an option"
  return null
}

/** git URLs that Cargo and git fetch safely: https://, ssh:// or scp-like git@host:path. */
export function gitUrlProblem(url: string): string | null {
  if (url.startsWith('-')) return "starts with '-', which git would read as an option"
  if (/^[a-z][a-z0-9+.-]*::/i.test(url)) return `uses a git remote helper ('${url.split('::')[0]}::'), which can run commands`
  if (/\s/.test(url)) return 'contains white space'
  const control = firstBad(url, /[^\u0000-\u001f\u007f-\u009f]/u)
  if (control) return `contains ${describeChar(control)}`
  if (/^https:\/\/[^/\s]+\/.+/.test(url) || /^ssh:\/\/[^/\s]+\/.+/.test(url)) return null
  if (/^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\s:][^\s]*$/.test(url)) return null
  return 'must start with https://, ssh:// or be of the form git@host:owner/repo.git'
}

/** An absolute http(s) URL that parses. */
export function httpUrlProblem(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'does not parse as a URL'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `uses ${parsed.protocol} instead of http: or https:`
  return null
}

/**
 * A git revision as Cargo's `rev` takes it: a commit id (4 to 64 hex digits) or a ref name under
 * the rules of `git check-ref-format` (no control characters, space, `~ ^ : ? * [ \`, `..`, `@{`,
 * `//`; no component starting with `.` or ending with `.lock`; not ending with `/` or `.`), and
 * not starting with `-` (git would read it as an option). Anything else — a newline above all —
 * must never reach a file or a command line.
 */
export function gitRevProblem(rev: string): string | null {
  if (rev.length === 0) return 'is empty'
  if (rev.length > 255) return 'is longer than 255 characters'
  if (/^[0-9a-fA-F]{4,64}$/.test(rev)) return null
  const control = firstBad(rev, /[^\u0000-\u001f\u007f-\u009f]/u)
  if (control) return `contains ${describeChar(control)}; a rev is a commit id or a ref name`
  if (rev.startsWith('-')) return "starts with '-', which git would read as an option"
  const bad = firstBad(rev, /[^ ~^:?*[\\]/)
  if (bad) return `contains ${bad === ' ' ? 'a space' : `'${bad}'`}, which git refuses in a ref name`
  if (rev === '@') return "is '@', which git refuses as a ref name"
  if (rev.includes('..')) return "contains '..', which git refuses in a ref name"
  if (rev.includes('@{')) return "contains '@{', which git refuses in a ref name"
  if (rev.startsWith('/') || rev.endsWith('/') || rev.includes('//')) return "has an empty component ('/' at an end or '//')"
  if (rev.endsWith('.')) return "ends with '.', which git refuses in a ref name"
  if (rev.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'))) return "has a component starting with '.' or ending with '.lock', which git refuses"
  return null
}

/** Text for a TOML comment line: characters a comment may not hold (controls but tab, DEL) as \uXXXX. */
export function commentText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
