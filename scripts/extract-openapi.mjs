// Extracts the part of GitHub's official OpenAPI description that modules-rebuild calls from
// @octokit/openapi (api.github.com, OpenAPI 3.0) into __tests__/github-double/openapi-subset.json:
// the operations below, every component they reach through $ref, and nothing else. The GitHub API
// double validates every request and response against it.
//
// Dropped, to keep the file small and plain JSON Schema for ajv: descriptions, examples, tags,
// `x-*` extensions and externalDocs (but an operation's docs URL). Kept: operationId, summary,
// parameters, requestBody, responses.
// Deterministic: the same @octokit/openapi version gives the same bytes (components sorted by name).
//
// Usage: node scripts/extract-openapi.mjs [--check] [--out FILE]
//   --check   exit 1 when the committed file differs from what the script writes
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** operationId → why modules-rebuild calls it. Add an operation here, run the script, commit. */
export const OPERATIONS = {
  'repos/get': 'the repository and its default branch',
  'repos/get-collaborator-permission-level': 'RBAC: the requester’s permission (src/github/permissions.ts)',
  'git/get-ref': 'the head of the base branch and of the change branch',
  'git/create-ref': 'the change branch, first request',
  'git/update-ref': 'the change branch, later requests (force)',
  'git/get-commit': 'the tree of the base commit and of the branch head',
  'git/create-tree': 'the changed files (inline content) over the base tree',
  'git/create-commit': 'the change commit',
  'pulls/list': 'the open change pull request (head filter)',
  'pulls/create': 'the change pull request, first request',
  'pulls/update': 'the change pull request, later requests',
  'actions/create-workflow-dispatch': 'starts modules-rebuild.yml on the change branch',
  'repos/create-dispatch-event': 'what a backend sends to start a change (repository_dispatch)',
  'repos/get-release-by-tag': 'release store: a release by its release_id tag',
  'repos/list-releases': 'release store: the newest releases',
  'repos/get-release-asset': 'release store: release-manifest.json'
}

const DEFAULT_OUT = '__tests__/github-double/openapi-subset.json'
const DROP = new Set(['description', 'example', 'examples', 'tags', 'externalDocs', 'x-github', 'x-octokit', 'x-github-breaking-changes', 'x-multi-segment', 'x-githubEnterpriseOnly', 'x-github-releases', 'x-deprecation-details', 'xml'])

const require = createRequire(import.meta.url)

/** The api.github.com description inside @octokit/openapi (not the dereferenced copy: $refs keep it small). */
export function sourcePath() {
  return path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json')
}

/** Copies `value` without the dropped keys; `x-*` keys all go. */
function clean(value) {
  if (Array.isArray(value)) return value.map(clean)
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const [k, v] of Object.entries(value)) {
    if (DROP.has(k) || k.startsWith('x-')) continue
    // `properties` maps names to schemas: a property may be called "description" or "example".
    if (k === 'properties' && v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, clean(s)]))
    else out[k] = clean(v)
  }
  return out
}

/** The subset of `spec` holding `operations` (operationId list) and every component they reach. */
export function extract(spec, operations = Object.keys(OPERATIONS)) {
  const paths = {}
  const found = new Set()
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !operations.includes(op.operationId)) continue
      found.add(op.operationId)
      const kept = clean({ operationId: op.operationId, summary: op.summary, parameters: op.parameters, requestBody: op.requestBody, responses: op.responses })
      if (op.externalDocs?.url) kept.externalDocs = { url: op.externalDocs.url }
      ;(paths[p] ??= {})[method] = kept
    }
  }
  const missing = operations.filter((o) => !found.has(o))
  if (missing.length) throw new Error(`operations not in the description: ${missing.join(', ')}`)

  // Components reached through $ref, transitively.
  const components = {}
  const queue = [paths]
  const seen = new Set()
  while (queue.length) {
    const v = queue.pop()
    if (Array.isArray(v)) {
      queue.push(...v)
      continue
    }
    if (v === null || typeof v !== 'object') continue
    for (const [k, child] of Object.entries(v)) {
      if (k === '$ref' && typeof child === 'string') {
        const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(child)
        if (!m) throw new Error(`unsupported $ref ${child}`)
        if (seen.has(child)) continue
        seen.add(child)
        const [, kind, name] = m
        const target = spec.components?.[kind]?.[name]
        if (target === undefined) throw new Error(`dangling $ref ${child}`)
        const kept = clean(target)
        ;(components[kind] ??= {})[name] = kept
        queue.push(kept)
      } else queue.push(child)
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((kind) => [kind, Object.fromEntries(Object.keys(components[kind]).sort().map((n) => [n, components[kind][n]]))])
  )
  const sortedPaths = Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]]))
  return {
    openapi: spec.openapi,
    info: {
      title: 'GitHub REST API — the subset modules-rebuild uses',
      version: spec.info.version,
      source: '@octokit/openapi generated/api.github.com.json, extracted by scripts/extract-openapi.mjs (do not edit)',
      operations: Object.fromEntries(Object.entries(OPERATIONS).filter(([id]) => operations.includes(id)))
    },
    paths: sortedPaths,
    components: sorted
  }
}

export function render(subset) {
  return JSON.stringify(subset, null, 1) + '\n'
}

function main(argv) {
  const outIndex = argv.indexOf('--out')
  const out = outIndex >= 0 ? argv[outIndex + 1] : DEFAULT_OUT
  const text = render(extract(JSON.parse(readFileSync(sourcePath(), 'utf8'))))
  if (argv.includes('--check')) {
    let current = null
    try {
      current = readFileSync(out, 'utf8')
    } catch {}
    if (current !== text) {
      console.error(`${out} is stale: run node scripts/extract-openapi.mjs`)
      process.exit(1)
    }
    console.log(`${out} is up to date`)
    return
  }
  writeFileSync(out, text)
  console.log(`wrote ${out} (${Object.keys(OPERATIONS).length} operations, ${Buffer.byteLength(text)} bytes)`)
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('extract-openapi.mjs')) main(process.argv.slice(2))
