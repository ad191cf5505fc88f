// The pure parts of a release: manifest schema 1 and 2, SHA256SUMS, the body table, the delta.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ReleasePlan } from '../src/core/plan/schema.js'
import { parseReleaseManifest, type ReleaseManifestV2 } from '../src/core/release/manifest.js'
import { deltaAgainst, escapeCell, releaseBody, runContext, sha256sums } from '../src/core/release/record.js'

const H = (c: string) => c.repeat(64)
const mod = (slug: string, version: string | null, depends_on: string[] = []) => ({ slug, crate: `crate-${slug}`, source: 'path', version, required: false, depends_on })

function v2(over: Partial<ReleaseManifestV2> = {}): ReleaseManifestV2 {
  return {
    schema: 2,
    release_id: 'shop-monolith-0123456789ab',
    component: 'monolith',
    plan_release_id: 'shop-monolith-0123456789ab',
    manifest_hash: 'sha256:' + H('a'),
    source_commit: null,
    profile: 'monolith',
    generator: { name: 'modules-rebuild', version: '0.1.0' },
    components: [],
    modules: [mod('blog', '0.1.0'), mod('shop', '1.0.0')],
    artifacts: [{ target: 'server', build_key: 'sha256:' + H('b'), name: 'shop-server-bbbb' }],
    assets: [],
    images: [],
    previous_release: null,
    delta: null,
    build: { build_id: '7.1', status: 'success', profile: 'monolith', manifest_hash: 'sha256:' + H('a'), modules_delta: '', started_at: null, finished_at: '2026-01-01T00:00:00.000Z', logs_url: null, requested_by: 'octo', event: 'push', reason: null },
    ...over
  }
}

describe('release-manifest.json', () => {
  it('reads schema 1 and schema 2; the plan-side fields are the same', () => {
    const one = parseReleaseManifest(JSON.stringify({ schema: 1, release_id: 'r-1', artifacts: [{ target: 'server', build_key: 'sha256:' + H('b'), name: 'n' }] }), 'one')
    const two = parseReleaseManifest(JSON.stringify(v2()), 'two')
    expect(one.artifacts[0]!.build_key).toBe(two.artifacts[0]!.build_key)
    expect(two.schema).toBe(2)
  })

  it('refuses schema 3 and a schema 2 without its build record, naming the field', () => {
    expect(() => parseReleaseManifest(JSON.stringify({ ...v2(), schema: 3 }), 'x')).toThrow(/x: not a release-manifest\.json: schema/)
    const { build: _b, ...rest } = v2()
    expect(() => parseReleaseManifest(JSON.stringify(rest), 'x')).toThrow(/build/)
  })
})

describe('SHA256SUMS', () => {
  it('is coreutils format, sorted by name, one line per asset', () => {
    expect(sha256sums([{ name: 'b.bin', sha256: H('2') }, { name: 'a.bin', sha256: H('1') }])).toBe(`${H('1')}  a.bin\n${H('2')}  b.bin\n`)
  })
  it('refuses names sha256sum would escape', () => {
    expect(() => sha256sums([{ name: 'a\nb', sha256: H('1') }])).toThrow(/cannot be listed/)
  })
})

describe('release body', () => {
  it('escapes every cell: no cell can add a column, a row, a link or HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const cell = escapeCell(s)
        expect(cell).not.toMatch(/(^|[^\\])\|/)
        expect(cell).not.toMatch(/[\r\n]/)
        expect(cell.replace(/<br>/g, '')).not.toMatch(/[<>]/)
      })
    )
    expect(escapeCell('a|b')).toBe('a\\|b')
    expect(escapeCell('<script>')).toBe('&lt;script&gt;')
    expect(escapeCell('x\ny')).toBe('x<br>y')
    expect(escapeCell(null)).toBe('—')
  })

  it('renders the build record as a table', () => {
    const body = releaseBody(v2({ build: { ...v2().build, reason: 'fix | [link](http://x)\nnext' } }))
    expect(body).toContain('| reason | fix \\| \\[link\\]\\(http://x\\)<br>next |')
    expect(body).toContain('| build id | 7.1 |')
    expect(body).toContain('| requested by | octo |')
  })
})

describe('build record and delta', () => {
  it('takes the run from the Actions environment', () => {
    expect(runContext({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3', GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'o/r', GITHUB_ACTOR: 'me', GITHUB_EVENT_NAME: 'workflow_dispatch' })).toEqual({
      build_id: '42.3',
      logs_url: 'https://github.com/o/r/actions/runs/42',
      requested_by: 'me',
      event: 'workflow_dispatch'
    })
    expect(runContext({})).toEqual({ build_id: null, logs_url: null, requested_by: null, event: null })
  })

  it('is +added, -removed, ~changed against the previous schema 2 release; null against schema 1 or none', () => {
    const plan = { modules: [mod('blog', '0.2.0'), mod('forum', '0.1.0')] } as unknown as ReleasePlan
    expect(deltaAgainst(v2(), plan)?.text).toBe('~blog@0.2.0,+forum@0.1.0,-shop')
    expect(deltaAgainst(null, plan)).toBeNull()
    expect(deltaAgainst({ schema: 1, release_id: 'r', artifacts: [] }, plan)).toBeNull()
    expect(deltaAgainst(v2({ modules: plan.modules }), plan)?.text).toBe('')
  })
})
