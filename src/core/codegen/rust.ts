/**
 * What may reach generated Rust code. Identifiers (crate idents, entry types, provides paths) are
 * validated by the manifest core; everything else is text and goes into a Rust string literal
 * through `rustString`. Route segments, slots and subpaths are additionally held to a grammar, so
 * a hostile value is refused before any template sees it.
 */

/**
 * The content of a Rust `"…"` literal (without the quotes) that reads back as `value`: `\` and
 * `"` are backslash-escaped; control characters (C0, DEL, C1), line and paragraph separators
 * (U+2028/9), bidirectional controls (Trojan Source; rustc refuses them in literals), zero-width
 * characters and the BOM become `\u{…}` escapes. Everything else (Cyrillic labels, emoji) stays.
 */
export function rustString(value: string): string {
  if (PLAIN.test(value)) return value // nothing to escape: the usual case, without a loop per character
  let out = ''
  for (const ch of value) {
    const cp = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (mustEscape(cp)) out += `\\u{${(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp).toString(16)}}`
    else out += ch
  }
  return out
}

/** No `\\`, `"`, anything mustEscape names, or any surrogate (a pair is fine, but the loop decides). */
const PLAIN = /^[^\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]*$/

function mustEscape(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  )
}

/** `shop-blog-admin` → `shop_blog_admin`. */
export const crateIdent = (crate: string): string => (crate.includes('-') ? crate.replace(/-/g, '_') : crate)

/** `page_builder` → `PageBuilder` (examples/shop/GENERATED.md §1). */
export function pascal(slug: string): string {
  // One word (no separator): no arrays for it.
  if (slug.length > 0 && !slug.includes('-') && !slug.includes('_')) return slug[0]!.toUpperCase() + slug.slice(1)
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')
}

const SEGMENT = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*$/
const SLOT = /^[a-z0-9_-]+$/

/** A grammar of the values that name routes and slots; `null` when fine. */
export type ValueKind = 'route_segment' | 'subpath' | 'slot'

/**
 * route_segment and subpath: lowercase ASCII letters, digits, `_` and `-`, in segments joined by
 * single `/` (no leading, trailing or double `/`), at most 128 characters. slot: the same without
 * `/`, at most 64. Every RusToK value fits (`page-builder`, `home_after_catalog`, `rename-slug`).
 */
export function valueProblem(kind: ValueKind, value: string): string | null {
  const max = kind === 'slot' ? 64 : 128
  if (value.length === 0) return 'is empty'
  if (value.length > max) return `is longer than ${max} characters`
  if ((kind === 'slot' ? SLOT : SEGMENT).test(value)) return null
  if (kind !== 'slot' && /^[a-z0-9_/-]+$/.test(value)) return "has an empty segment (a leading, trailing or doubled '/')"
  for (const ch of value) {
    if (!/[a-z0-9_-]/.test(ch) && !(kind !== 'slot' && ch === '/')) return `contains ${describe(ch)}; ${kind === 'slot' ? 'slots are' : `a ${kind} is`} lowercase ASCII letters, digits, '_' and '-'${kind === 'slot' ? '' : ", with '/' between segments"}`
  }
  return null
}

/** Text that cannot be written as UTF-8 (a lone surrogate) is refused; anything else is escaped. */
export function textProblem(value: string): string | null {
  const m = /\p{Cs}/u.exec(value)
  return m ? `contains the unpaired surrogate ${describe(m[0])}, which is not text` : null
}

function describe(ch: string): string {
  const cp = ch.codePointAt(0)!
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  if (cp < 0x20 || cp === 0x7f) return `${code} (a control character)`
  if (/[A-Z]/.test(ch)) return `'${ch}' (upper case)`
  if (cp > 0x7f) return `${code} '${ch}' (not ASCII)`
  return `'${ch}'`
}
