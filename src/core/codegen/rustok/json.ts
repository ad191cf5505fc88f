/**
 * Two Rust formatting conventions preset "rustok" must reproduce byte for byte: `serde_json::to_string`
 * of a parsed TOML value (compact; tables as sorted maps, like toml's default `Map`), and `{:?}` of a
 * `&str` (Rust's Debug escaping). Pure.
 */

/** A TOML value with integers and floats told apart (smol-toml `integersAsBigInt: true`). */
export type ExactTomlValue = string | bigint | number | boolean | Date | ExactTomlValue[] | { [key: string]: ExactTomlValue }

/** Thrown for a value the JSON form cannot take faithfully (a TOML date-time). */
export class UnsupportedValue extends Error {}

/** Byte order of UTF-8 strings (Rust's `Ord for String`); differs from UTF-16 order only beyond the BMP. */
export function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return Buffer.compare(x, y)
}

const isTable = (v: ExactTomlValue): v is { [key: string]: ExactTomlValue } => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
const holdsTable = (v: ExactTomlValue) => Array.isArray(v) && v.some(isTable)

/**
 * `serde_json::to_string` of a `BTreeMap<String, toml::Value>`: its keys sorted. Nested tables are
 * `toml::Value::Table`s, whose Serialize emits keys in three sorted runs — plain values first, then
 * arrays holding tables, then tables — the order a TOML document needs.
 */
export function serdeJsonMap(map: { [key: string]: ExactTomlValue }): string {
  const keys = Object.keys(map).sort(byteOrder)
  return `{${keys.map((k) => `${jsonString(k)}:${serdeJson(map[k]!)}`).join(',')}}`
}

/** `serde_json::to_string` of the value as `toml::Value` serializes it. */
export function serdeJson(value: ExactTomlValue): string {
  if (typeof value === 'string') return jsonString(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') return Number.isFinite(value) ? ryu(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value instanceof Date) throw new UnsupportedValue('a TOML date-time')
  if (Array.isArray(value)) return `[${value.map(serdeJson).join(',')}]`
  const keys = Object.keys(value).sort(byteOrder)
  const run = (pick: (v: ExactTomlValue) => boolean) => keys.filter((k) => pick(value[k]!))
  const ordered = [...run((v) => !isTable(v) && !holdsTable(v)), ...run(holdsTable), ...run(isTable)]
  return `{${ordered.map((k) => `${jsonString(k)}:${serdeJson(value[k]!)}`).join(',')}}`
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** serde_json's string escaping: `"`, `\`, and C0 controls only (short forms where JSON has them). */
function jsonString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (SHORT[ch] !== undefined) out += SHORT[ch]
    else if (cp < 0x20) out += `\\u${cp.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out + '"'
}

/**
 * ryu's `format_finite` (what serde_json writes for an f64): the shortest round-trip digits — the
 * same digits JavaScript prints — laid out as ryu does: `1.0`, `0.001`, `1e30`, `1.5e-7`.
 */
export function ryu(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0'
  const neg = f < 0
  const [mant, exp] = Math.abs(f).toExponential().split('e') as [string, string]
  const digits = mant.replace('.', '')
  const length = digits.length
  const kk = Number(exp) + 1 // position of the decimal point relative to the digits
  const k = kk - length
  let out: string
  if (k >= 0 && kk <= 16) out = digits + '0'.repeat(k) + '.0'
  else if (kk > 0 && kk <= 16) out = `${digits.slice(0, kk)}.${digits.slice(kk)}`
  else if (kk > -5 && kk <= 0) out = `0.${'0'.repeat(-kk)}${digits}`
  else if (length === 1) out = `${digits}e${kk - 1}`
  else out = `${digits[0]}.${digits.slice(1)}e${kk - 1}`
  return (neg ? '-' : '') + out
}

const GRAPHEME_EXTEND = /\p{Grapheme_Extend}/u
/** Rust's `is_printable` is false for these general categories (except the ASCII space). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

/** `format!("{:?}", s)` for a `&str`: quoted, with Rust's Debug escapes. */
export function rustDebugString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\0') out += '\\0'
    else if (ch !== ' ' && (GRAPHEME_EXTEND.test(ch) || NOT_PRINTABLE.test(ch))) out += `\\u{${cp.toString(16)}}`
    else out += ch
  }
  return out + '"'
}
