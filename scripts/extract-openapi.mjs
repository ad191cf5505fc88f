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
// @octokit/openapi is not a dependency (385 MB): the script installs the pinned version below into
// a directory of its own under the system temp dir (`npm install --prefix DIR … --no-save`) on
// first use and reuses it afterwards. Bump OPENAPI_VERSION to refresh the description.
//
// Usage: node scripts/extract-openapi.mjs [--check] [--out FILE] [--source api.github.com.json]
//   npm run openapi-subset
//   --check    exit 1 when the committed file differs from what the script writes
//   --source   read this api.github.com.json instead of installing the package
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The @octokit/openapi release the committed subset comes from (exact version). */
export const OPENAPI_VERSION = '23.0.2'

/** operationId → why modules-rebuild calls it. Add an operation here, run the script, commit. */
export const OPERATIONS = {
  'repos/get': 'the repository and its default branch',
  'repos/get-collaborator-permission-level': 'RBAC: the requester’s permission (src/adapters/github/permissions.ts)',
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
  'git/delete-ref': 'prune: the tag of a deleted release',
  'repos/get-release-by-tag': 'release store and publish: a release by its release_id tag',
  'repos/list-releases': 'release store: the newest releases; prune',
  'repos/get-release': 'publish: the draft release, re-read before publishing',
  'repos/get-latest-release': 'publish: which release make_latest made the latest',
  'repos/create-release': 'publish: the draft release of a release_id',
  'repos/update-release': 'publish: draft → published, make_latest, body',
  'repos/delete-release': 'prune',
  'repos/list-release-assets': 'publish: verify every uploaded asset',
  'repos/upload-release-asset': 'publish: one artifact (uploads host)',
  'repos/get-release-asset': 'release store: release-manifest.json; asset download',
  'repos/delete-release-asset': 'publish: replace a wrong asset; prune',
  'repos/create-deployment': 'deploy: one deployment per environment',
  'repos/list-deployments': 'deploy and rollback: the deployments of an environment',
  'repos/get-deployment': 'deploy: a deployment by id',
  'repos/create-deployment-status': 'deploy: in_progress → success | failure, inactive',
  'repos/list-deployment-statuses': 'rollback: the last successful deployment'
}

const DEFAULT_OUT = '__tests__/github-double/openapi-subset.json'
const DROP = new Set(['description', 'example', 'examples', 'tags', 'externalDocs', 'x-github', 'x-octokit', 'x-github-breaking-changes', 'x-multi-segment', 'x-githubEnterpriseOnly', 'x-github-releases', 'x-deprecation-details', 'xml'])

/**
 * The api.github.com description of @octokit/openapi@OPENAPI_VERSION (not the dereferenced copy:
 * $refs keep it small), installed on first use into `<tmp>/modules-rebuild-octokit-openapi-<version>`.
 */
export function installDir() {
  return path.join(tmpdir(), `modules-rebuild-octokit-openapi-${OPENAPI_VERSION}`)
}

export function sourcePath() {
  const dir = installDir()
  const file = path.join(dir, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json')
  if (!existsSync(file)) {
    console.error(`installing @octokit/openapi@${OPENAPI_VERSION} into ${dir} (about 385 MB, once)`)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const r = spawnSync(npm, ['install', '--prefix', dir, `@octokit/openapi@${OPENAPI_VERSION}`, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (r.status !== 0 || !existsSync(file)) throw new Error(`npm install @octokit/openapi@${OPENAPI_VERSION} failed (exit ${r.status})`)
  }
  return file
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
      source: `@octokit/openapi@${OPENAPI_VERSION} generated/api.github.com.json, extracted by scripts/extract-openapi.mjs (do not edit)`,
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
  const sourceIndex = argv.indexOf('--source')
  const source = sourceIndex >= 0 ? argv[sourceIndex + 1] : sourcePath()
  const text = render(extract(JSON.parse(readFileSync(source, 'utf8'))))
  if (argv.includes('--check')) {
    let current = null
    try {
      current = readFileSync(out, 'utf8')
    } catch {}
    if (current !== text) {
      console.error(`${out} is stale: run npm run openapi-subset`)
      process.exit(1)
    }
    console.log(`${out} is up to date`)
    return
  }
  writeFileSync(out, text)
  console.log(`wrote ${out} (${Object.keys(OPERATIONS).length} operations, ${Buffer.byteLength(text)} bytes)`)
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('extract-openapi.mjs')) main(process.argv.slice(2))
