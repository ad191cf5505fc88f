/**
 * The managed region of a Cargo.toml (examples/shop/GENERATED.md §6): the lines strictly between
 *
 *     # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)
 *     # END modules-rebuild managed features
 *
 * inside `[features] default = [...]`. Only those lines are replaced; every other byte of the file
 * stays as it is (a CRLF file stays CRLF). The region is never inserted automatically.
 */
import { DiagnosticError } from '../diagnostics/diagnostic.js'
import { isTable, parseToml, type TomlTable } from '../manifest/toml.js'

export const BEGIN_MARKER = '# BEGIN modules-rebuild managed features'
export const END_MARKER = '# END modules-rebuild managed features'
export const BEGIN_LINE = `${BEGIN_MARKER} (generated from modules.toml; do not edit)`

export type Region =
  | { kind: 'found'; begin: number; end: number; indent: string; eol: string; lines: string[] }
  | { kind: 'absent' }
  | { kind: 'broken'; line: number | null; problem: string }

/** Splits after each LF, keeping the terminators, so joining the parts gives the text back. */
export function splitLines(text: string): string[] {
  const out: string[] = []
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    out.push(text.slice(start, i + 1))
    start = i + 1
  }
  if (start < text.length) out.push(text.slice(start))
  return out
}

const body = (line: string) => line.replace(/\r?\n$/, '')
// includes() first: most lines of a Cargo.toml listing 5,000 modules are not markers.
const isMarker = (line: string, marker: string) => line.includes(marker) && body(line).trim().startsWith(marker)

/** Finds the marker lines (matched after trimming white space). */
export function findRegion(text: string): Region {
  const lines = splitLines(text)
  const begins: number[] = []
  const ends: number[] = []
  lines.forEach((l, i) => {
    if (isMarker(l, BEGIN_MARKER)) begins.push(i)
    else if (isMarker(l, END_MARKER)) ends.push(i)
  })
  if (begins.length === 0 && ends.length === 0) return { kind: 'absent' }
  if (begins.length !== 1) return { kind: 'broken', line: begins.length ? begins[1]! + 1 : ends[0]! + 1, problem: begins.length ? 'has more than one BEGIN marker' : 'has an END marker but no BEGIN marker' }
  if (ends.length !== 1) return { kind: 'broken', line: ends.length ? ends[1]! + 1 : begins[0]! + 1, problem: ends.length ? 'has more than one END marker' : 'has a BEGIN marker but no END marker' }
  const [begin, end] = [begins[0]!, ends[0]!]
  if (end < begin) return { kind: 'broken', line: end + 1, problem: 'has the END marker before the BEGIN marker' }
  const first = lines[begin]!
  const indent = /^[ \t]*/.exec(first)![0]
  const eol = first.endsWith('\r\n') ? '\r\n' : '\n'
  return { kind: 'found', begin, end, indent, eol, lines }
}

/** The text with the region's lines replaced by one `"<item>",` line per item. */
export function replaceRegion(region: Extract<Region, { kind: 'found' }>, items: readonly string[]): string {
  const { lines, begin, end, indent, eol } = region
  const inner = items.map((f) => `${indent}${JSON.stringify(f)},${eol}`)
  return [...lines.slice(0, begin + 1), ...inner, ...lines.slice(end)].join('')
}

const PROBE = 'modules-rebuild-region-probe'

/**
 * null when the region sits inside `[features] default` (checked by writing a probe item into it
 * and parsing the result), else what is wrong. A file that is not TOML throws DiagnosticError.
 */
export function regionPlacementProblem(region: Extract<Region, { kind: 'found' }>, file: string): string | null {
  let data
  try {
    data = parseToml(replaceRegion(region, [PROBE]), file)
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    // The file parses without the probe (the caller checked) but not with it: the markers are
    // somewhere an array item cannot go.
    return 'has its markers outside an array, so no feature can be written between them'
  }
  const features = data.features
  const list = isTable(features) ? features.default : undefined
  if (!Array.isArray(list) || !list.includes(PROBE)) return 'has its markers outside `[features] default = [...]`'
  return null
}

/**
 * What parsing `replaceRegion(region, items)` gives, found with one parse instead of two (the
 * placement probe, then the file: each a full parse of a Cargo.toml that lists every module): the
 * probe is written after the items and taken out of the parsed default again. null when that does
 * not show the region inside `[features] default`, or the file already names the probe: then the
 * caller asks regionPlacementProblem and parses the file, which word every problem.
 */
export function parseWithRegion(region: Extract<Region, { kind: 'found' }>, items: readonly string[], file: string): TomlTable | null {
  if (region.lines.some((l) => l.includes(PROBE))) return null
  let data: TomlTable
  try {
    data = parseToml(replaceRegion(region, [...items, PROBE]), file)
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    return null
  }
  // Removing one item line from an array leaves the rest of the document as it was.
  return withoutProbe(data)
}

/**
 * The document `region` was found in, parsed once together with the proof that the region sits
 * inside `[features] default`: the probe is written as the region's last line and taken out of the
 * parsed default again, which leaves what parsing the text as it is gives (removing one item line
 * from an array leaves the rest of the document as it was; the text without the probe is smaller
 * in every limit). null when that does not show the region inside default, or the text already
 * names the probe: the caller parses the text as it is.
 */
export function parseRegionInPlace(region: Extract<Region, { kind: 'found' }>, file: string): TomlTable | null {
  const { lines, end, indent, eol } = region
  if (lines.some((l) => l.includes(PROBE))) return null
  let data: TomlTable
  try {
    data = parseToml([...lines.slice(0, end), `${indent}${JSON.stringify(PROBE)},${eol}`, ...lines.slice(end)].join(''), file)
  } catch (err) {
    if (!(err instanceof DiagnosticError)) throw err
    return null
  }
  return withoutProbe(data)
}

/** `data` with the probe taken out of `[features] default`; null when it is not there. */
function withoutProbe(data: TomlTable): TomlTable | null {
  const features = data.features
  const list = isTable(features) ? features.default : undefined
  const at = Array.isArray(list) ? list.indexOf(PROBE) : -1
  if (!isTable(features) || !Array.isArray(list) || at < 0) return null
  return { ...data, features: { ...features, default: [...list.slice(0, at), ...list.slice(at + 1)] } }
}
