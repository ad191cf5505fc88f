/**
 * release_id: `<prefix>-<label>-<12 hex>`, where the hex is the start of a SHA-256 over the
 * canonical JSON of what the release is made of (the build keys and the profile). Same inputs →
 * same id on any machine and any run; no time, no counter, no run number.
 *
 * Grammar (checked by RELEASE_ID_PATTERN): ASCII letters, digits, `_`, `.`, `-`; starts with a
 * letter or digit; ≤ 128 characters; no `..`; does not end in `.` or `.lock`. That is a valid git
 * tag (git check-ref-format) and a valid OCI tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`).
 */
import { digestJson, type Json } from './json.js'

export const RELEASE_ID_PATTERN = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?<!\.)$/
export const SHORT_HASH = 12
export const MAX_PREFIX = 64
export const DEFAULT_PREFIX = 'release'

/**
 * Any string → a prefix the grammar accepts: other characters become `-`, runs of `.` one `.`,
 * leading characters that are not a letter or digit and trailing `.` are dropped, ≤ 64 characters.
 * Empty → "release".
 */
export function sanitizePrefix(raw: string): string {
  let p = raw.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '')
  p = p.slice(0, MAX_PREFIX).replace(/\.+$/, '')
  return p === '' ? DEFAULT_PREFIX : p
}

/** The default prefix: `app` without a trailing `-server` (`rustok-server` → `rustok`). */
export function defaultPrefix(app: string): string {
  return sanitizePrefix(app.replace(/[-_]server$/, '') || app)
}

/** `<prefix>-<label>-<12 hex of SHA-256(canonical JSON of parts)>`. `label` is sanitized like a prefix. */
export function releaseId(prefix: string, label: string, parts: Json): string {
  return `${sanitizePrefix(prefix)}-${sanitizePrefix(label)}-${digestJson(parts).slice(0, SHORT_HASH)}`
}

/** The 16-hex short form of a build key used in artifact names (`sha256:abcd…` → `abcd…`). */
export function shortKey(buildKey: string, length = 16): string {
  return buildKey.replace(/^sha256:/, '').slice(0, length)
}
