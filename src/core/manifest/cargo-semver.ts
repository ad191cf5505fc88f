/**
 * Cargo version requirements and versions, translated to the `semver` (npm) library. Pure, no I/O.
 *
 * RusToK's files (`version_req`, `[compat]`, `modules.<slug>.version`) use Cargo's syntax, which is
 * not npm's: `1.2` is `^1.2` (npm: `1.2.x`), comparators are joined by commas (npm: spaces), there
 * is no `||`, no hyphen range, no `v` prefix. The grammar below follows the Rust `semver` crate
 * (1.0.x, the parser Cargo uses) rule for rule — the same accepted inputs, the same error
 * messages — and each comparator is converted into explicit npm bounds with the same meaning:
 *
 *   Cargo        npm                      Cargo        npm
 *   ^1.2.3       >=1.2.3 <2.0.0-0         =1.2         >=1.2.0 <1.3.0-0
 *   ^0.2.3       >=0.2.3 <0.3.0-0         >1.2         >=1.3.0
 *   ^0.0.3       >=0.0.3 <0.0.4-0         <1.2         <1.2.0-0
 *   ^0.0         >=0.0.0 <0.1.0-0         <=1.2        <1.3.0-0
 *   ~1           >=1.0.0 <2.0.0-0         1.2.*        >=1.2.0 <1.3.0-0
 *   *            >=0.0.0                  >=1.2.3-rc.1 >=1.2.3-rc.1
 *
 * Pre-releases: Cargo (like npm without `includePrerelease`) lets a pre-release version match only
 * if some comparator names the same major.minor.patch with a pre-release. The conversion keeps
 * every comparator that carries a pre-release as an npm comparator with the same tuple and
 * pre-release, and the only pre-release it adds is the `-0` of an exclusive upper bound `<X.Y.Z-0`,
 * which itself excludes every X.Y.Z-* version — so npm's rule and Cargo's select the same versions.
 * One corner differs: the crate's partial comparators (`>=1.2`, `=1.2`, `^1`, ...) judge
 * pre-releases differently from their npm intervals (`>=1.2` rejects 1.2.5-beta). When that can
 * matter (another comparator names 1.2.5 with a pre-release), the npm text becomes a union:
 * `<releases> || <allowed pre-releases of 1.2.5>`, e.g. `>1.2, >=1.3.0-alpha` →
 * `>=1.3.0 || >=1.3.0-0 <1.3.0 >=1.3.0-alpha`. Either way `range` matches exactly what Cargo does.
 *
 * The only difference from Cargo is a rejection, never a different answer: numbers above 2^53-1
 * (Cargo: u64) and versions longer than 256 characters, which the `semver` library cannot represent.
 * Build metadata in a requirement is accepted and ignored, as by Cargo; like Cargo, a warning says so
 * (`warnings`).
 */
// The class alone, not semver's index (which loads and builds every function and class it has).
import Range from 'semver/classes/range.js'
import { MAX_NUMBER, MAX_VERSION_LENGTH, ParseFailure, reqHint } from './cargo-errors.js'
import { parseCargoVersion, parseReqText, remember, type CargoReqResult, type Comparator } from './cargo-syntax.js'

export { MAX_COMPARATORS } from './cargo-errors.js'
export { isCargoVersion, parseCargoVersion, type CargoReqResult, type CargoVersionResult } from './cargo-syntax.js'

const fmt = (major: number, minor: number, patch: number, pre = ''): string =>
  `${major}.${minor}.${patch}${pre === '' ? '' : `-${pre}`}`

/** Exclusive upper bound `<M.m.p-0` (excludes M.m.p and all its pre-releases); null if it would exceed the library's range (then nothing valid lies above it). */
function below(major: number, minor: number, patch: number): string | null {
  if (major > MAX_NUMBER || minor > MAX_NUMBER || patch > MAX_NUMBER) return null
  return `<${fmt(major, minor, patch)}-0`
}

/**
 * The npm comparators equivalent to one Cargo comparator (semantics of the crate's `eval.rs`).
 * `M`, `m`, `p` are major, minor and patch; a missing minor/patch is a partial version.
 */
function toNpm(c: Comparator): string[] {
  const { major: M, minor: m, patch: p, pre } = c
  const lower = fmt(M, m ?? 0, p ?? 0, pre)
  /** Everything matching the given prefix: M.*, M.m.* or M.m.p. */
  const prefix = (): (string | null)[] =>
    p !== undefined && m !== undefined
      ? [fmt(M, m, p, pre)]
      : m !== undefined
        ? [`>=${lower}`, below(M, m + 1, 0)]
        : [`>=${lower}`, below(M + 1, 0, 0)]
  let out: (string | null)[]
  switch (c.op) {
    case '=':
    case '*':
      out = prefix()
      break
    case '>':
      out =
        p !== undefined && m !== undefined
          ? [`>${lower}`]
          : m !== undefined
            ? [m + 1 > MAX_NUMBER ? '<0.0.0-0' : `>=${fmt(M, m + 1, 0)}`]
            : [M + 1 > MAX_NUMBER ? '<0.0.0-0' : `>=${fmt(M + 1, 0, 0)}`]
      break
    case '>=':
      out = [`>=${lower}`]
      break
    case '<':
      out = p !== undefined ? [`<${lower}`] : [below(M, m ?? 0, 0)]
      break
    case '<=':
      out =
        p !== undefined && m !== undefined
          ? [`<=${lower}`]
          : m !== undefined
            ? [below(M, m + 1, 0)]
            : [below(M + 1, 0, 0)]
      break
    case '~':
      out = [`>=${lower}`, m !== undefined ? below(M, m + 1, 0) : below(M + 1, 0, 0)]
      break
    case '^':
      if (M > 0 || m === undefined) out = [`>=${lower}`, below(M + 1, 0, 0)]
      else if (m > 0 || p === undefined) out = [`>=${lower}`, below(0, m + 1, 0)]
      else out = [`>=${lower}`, below(0, 0, p + 1)]
      break
  }
  const kept = out.filter((x): x is string => x !== null)
  return kept.length > 0 ? kept : ['>=0.0.0']
}

/** parseCargoReq's results: a platform's package manifests repeat the same few requirements thousands of times. */
const reqCache = new Map<string, CargoReqResult>()

// ---------------------------------------------------------------------------------------------
// Pre-releases. Each comparator above is exact on its own, but the crate's *partial* comparators
// (=1.2, >=1.2, ~1.2, ^1, ...) treat pre-release versions differently from their npm intervals:
// `>=1.2` rejects 1.2.5-beta (npm's `>=1.2.0` accepts it), `>1.2` accepts 1.3.0-beta (`>=1.3.0`
// does not). That only shows when the pre-release rule lets such a version through, i.e. when a
// comparator names its major.minor.patch with a pre-release. For those tuples the requirement is
// checked with the crate's own rules and, if the plain translation would disagree, the npm range
// becomes `<releases> || <pre-releases of tuple T> || ...`, each part exact.

interface Ver {
  major: number
  minor: number
  patch: number
  pre: string
}

/** semver 2.0 precedence of pre-release tags; '' (a release) is above every pre-release. */
function comparePre(a: string, b: string): number {
  if (a === b) return 0
  if (a === '') return 1
  if (b === '') return -1
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string
    const q = y[i] as string
    if (p === q) continue
    const pn = /^\d+$/.test(p)
    const qn = /^\d+$/.test(q)
    if (pn && qn) return Number(p) - Number(q)
    if (pn !== qn) return pn ? -1 : 1
    return p < q ? -1 : 1
  }
  return x.length - y.length
}

/** Does one comparator match `v`, by the crate's rules (before the requirement-wide pre-release rule)? */
function crateMatches(c: Comparator, v: Ver): boolean {
  const { major: M, minor: m, patch: p } = c
  const pre = comparePre(v.pre, c.pre)
  const exact = v.major === M && (m === undefined || v.minor === m) && (p === undefined || v.patch === p) && pre === 0
  // sign of (v - c) as far as c is specified; undefined when equal on a partial version
  const order =
    v.major !== M
      ? v.major - M
      : m === undefined
        ? undefined
        : v.minor !== m
          ? v.minor - m
          : p === undefined
            ? undefined
            : v.patch !== p
              ? v.patch - p
              : pre
  switch (c.op) {
    case '=':
    case '*':
      return exact
    case '>':
      return order !== undefined && order > 0
    case '>=':
      return exact || (order !== undefined && order > 0)
    case '<':
      return order !== undefined && order < 0
    case '<=':
      return exact || (order !== undefined && order < 0)
    case '~':
      if (v.major !== M || (m !== undefined && v.minor !== m)) return false
      if (p !== undefined && v.patch !== p) return v.patch > p
      return pre >= 0
    case '^':
      if (v.major !== M) return false
      if (m === undefined) return true
      if (p === undefined) return M > 0 ? v.minor >= m : v.minor === m
      if (M > 0) {
        if (v.minor !== m) return v.minor > m
        if (v.patch !== p) return v.patch > p
      } else if (m > 0) {
        if (v.minor !== m) return false
        if (v.patch !== p) return v.patch > p
      } else if (v.minor !== m || v.patch !== p) {
        return false
      }
      return pre >= 0
  }
}

const sameTuple = (c: Comparator, t: Ver): boolean => c.major === t.major && c.minor === t.minor && c.patch === t.patch

/** The npm comparator for a full comparator restricted to the pre-releases of its own tuple. */
function onOwnTuple(c: Comparator): string {
  const v = fmt(c.major, c.minor ?? 0, c.patch ?? 0, c.pre)
  switch (c.op) {
    case '=':
    case '*':
      return v
    case '~':
    case '^':
      return `>=${v}`
    default:
      return `${c.op}${v}`
  }
}

/** The comparator's npm equivalent for release versions only, with no pre-release in it. */
function releasesOnly(c: Comparator): string[] {
  if (c.pre === '') return toNpm(c)
  const t = fmt(c.major, c.minor ?? 0, c.patch ?? 0)
  switch (c.op) {
    case '=':
      return ['<0.0.0-0'] // only that pre-release matched
    case '>':
      return [`>=${t}`]
    case '<=':
      return [`<${t}`]
    default:
      return toNpm({ ...c, pre: '' })
  }
}

/** Does comparator text `x` hold for `v` as a `semver.Range` reads it (`>=0.0.0` there means any)? */
const rangeHolds = (x: string, v: string): boolean => (new Range(x).set[0] ?? []).every((k) => k.test(v))

function buildNpm(comparators: Comparator[]): string {
  if (comparators.length === 0) return '>=0.0.0'
  const plain = comparators.flatMap(toNpm)
  const tuples = new Map<string, Ver>()
  for (const c of comparators) {
    if (c.pre !== '') {
      const t = { major: c.major, minor: c.minor ?? 0, patch: c.patch ?? 0, pre: '0' }
      tuples.set(fmt(t.major, t.minor, t.patch), t)
    }
  }
  const join = (parts: string[]): string => [...new Set(parts)].join(' ')
  if (tuples.size === 0) return join(plain)

  // On the pre-releases of tuple T, every comparator without a pre-release of T is constant (it
  // never reaches a pre-release comparison that T's tags could change), so testing T-0 decides it;
  // when one of them rejects T's pre-releases, no `|| <pre-releases of T>` part is needed.
  // The npm side is judged the way `semver.Range` reads the text, not comparator by comparator:
  // the Range drops a `>=0.0.0` as "any", so `>=0, 0.0.0-alpha.1` (npm `>=0.0.0 >=0.0.0-alpha.1
  // <0.0.1-0`) would accept 0.0.0-rc.1, which the crate's `>=0` (and `>=0.0.0`, `~0`) rejects.
  let plainIsExact = true
  const preParts: string[] = []
  for (const [key, t] of tuples) {
    const constant = comparators.filter((c) => !sameTuple(c, t) || c.pre === '')
    const crate = constant.every((c) => crateMatches(c, t))
    const npm = constant.every((c) => toNpm(c).every((x) => rangeHolds(x, `${key}-0`)))
    if (crate !== npm) plainIsExact = false
    if (crate) {
      const own = comparators.filter((c) => sameTuple(c, t)).map(onOwnTuple)
      preParts.push(join([`>=${key}-0`, `<${key}`, ...own]))
    }
  }
  if (plainIsExact) return join(plain)
  return [join(comparators.flatMap(releasesOnly)), ...preParts].join(' || ')
}

/**
 * Parses a Cargo version requirement (`1.2`, `>=0.1, <0.2`, `~1.2.3`, `1.*`, `*`, `=1.2.3-rc.1`)
 * into an equivalent `semver` Range and its npm text with explicit bounds.
 */
export function parseCargoReq(req: string): CargoReqResult {
  if (typeof req !== 'string') return { ok: false, reason: 'version requirement must be a string' }
  return remember(reqCache, req, parseReq)
}

function parseReq(req: string): CargoReqResult {
  let comparators: Comparator[]
  try {
    comparators = parseReqText(req)
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e
    const hint = reqHint(req, e)
    return {
      ok: false,
      reason: `"${req}" is not a valid Cargo version requirement: ${e.message}${hint === '' ? '' : ` (${hint})`}`
    }
  }
  const npm = buildNpm(comparators)
  const parts = npm.split(/ (?:\|\| )?/)
  const tooLong = parts.find((x) => x.replace(/^[<>=]+/, '').length > MAX_VERSION_LENGTH)
  if (tooLong !== undefined) {
    return {
      ok: false,
      reason: `"${req.slice(0, 40)}…" names a version longer than ${MAX_VERSION_LENGTH} characters, the longest this tool supports`
    }
  }
  let range: Range
  try {
    range = new Range(npm)
  } catch (e) {
    // Not expected: every part is an operator and a valid full version.
    return { ok: false, reason: `"${req}" could not be converted (${npm}): ${(e as Error).message}` }
  }
  const withBuild = comparators.filter((c) => c.build !== '')
  if (withBuild.length > 0) {
    return {
      ok: true,
      range,
      npm,
      warnings: [
        `version requirement "${req}" includes build metadata (+${withBuild.map((c) => c.build).join(', +')}), which Cargo ignores; remove it to avoid confusion`
      ]
    }
  }
  return { ok: true, range, npm }
}

/** satisfiesCargo's answers: a platform's modules share a few versions and requirements. */
const satisfiesCache = new Map<string, { ok: boolean }>()

/**
 * Does `version` satisfy the Cargo requirement `req`? False when either is invalid.
 * Pre-release versions match only if a comparator names the same major.minor.patch with a pre-release.
 */
export function satisfiesCargo(version: string, req: string): boolean {
  return remember(satisfiesCache, `${version}\u0000${req}`, () => ({ ok: satisfiesUncached(version, req) })).ok
}

function satisfiesUncached(version: string, req: string): boolean {
  const v = parseCargoVersion(version)
  if (!v.ok) return false
  const r = parseCargoReq(req)
  if (!r.ok) return false
  return r.range.test(v.version)
}
