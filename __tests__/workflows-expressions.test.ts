/**
 * The `${{ }}` guard of [workflows] setup_steps / extra_jobs (security review #4): expressions are
 * tokenized, names compared case-insensitively against an allow-list, in `run:` and in the script
 * inputs of actions — the repros of the review first.
 */
import { describe, expect, it } from '@jest/globals'
import { checkWorkflowsConfig } from '../src/core/config/workflows.js'
import { WorkflowsConfigSchema } from '../src/core/config/workflows-schema.js'
import { expressionBodies, refusedReferences, unsafeExpressions } from '../src/core/actions/expressions.js'
import { PINS } from '../src/core/actions/pins.js'

const SCRIPT = `actions/github-script@${'c'.repeat(40)} # v7.0.1`
const errorsOf = (steps: unknown[]) => checkWorkflowsConfig(WorkflowsConfigSchema.parse({ setup_steps: steps }), 'modules-rebuild.toml').filter((d) => d.severity === 'error')

describe('the repros of the review are refused', () => {
  it.each([
    ['${{github.EVENT.pull_request.title}}', 'github.event.*'],
    ['${{ github.HEAD_REF }}', 'github.head_ref'],
    ['${{ toJSON(github.event) }}', 'github.event'],
    ['${{ Inputs.reason }}', 'inputs.*'],
    ['${{ format(\'{0}\', github.head_ref) }}', 'github.head_ref'],
    ['${{ fromJSON(toJSON(github))[\'event\'] }}', 'github'],
    ["${{ github['EVENT']['issue']['title'] }}", 'github.event.*'],
    ['${{ github[format(\'{0}\', \'event\')] }}', 'github[…]'],
    ['${{ github.actor }}', 'github.actor'],
    ['${{\n\tgithub\n\t.\n\tevent\n\t.\n\tcomment.body }}', 'github.event.*'],
    ["${{ 'a }}' }} ${{ github.event.x }}", 'github.event.*'],
    ['${{ github.event.x', 'an expression `${{` has no closing `}}`'],
    ['${{ github.sha ` }}', 'an expression that cannot be read']
  ])('run: echo %j', (expr, what) => {
    const found = errorsOf([{ run: `echo ${expr}` }])
    expect(found.map((d) => d.rule)).toEqual(['expression-injection'])
    expect(found[0]!.message).toContain(what)
  })

  it('a github-script script reading github.event.head_commit.message', () => {
    const found = errorsOf([{ uses: SCRIPT, with: { script: 'core.info("${{ github.event.head_commit.message }}")' } }])
    expect(found.map((d) => [d.rule, d.message.includes('`with.script`')])).toEqual([['expression-injection', true]])
  })

  it.each(['script', 'run', 'command', 'Commands'])('with.%s of any action', (key) => {
    expect(errorsOf([{ uses: './.github/actions/x', with: { [key]: 'x ${{ github.event.issue.title }}' } }]).map((d) => d.rule)).toEqual(['expression-injection'])
  })
})

describe('what stays allowed', () => {
  it('the allow-listed contexts and github properties, functions, literals, in any case', () => {
    const run = 'echo ${{ matrix.target }} ${{ steps.a.outputs.b }} ${{ needs.plan.outputs.release_id }} ${{ env.X }} ${{ runner.temp }} ${{ vars.V }} ${{ secrets.S }} ${{ strategy.job-index }} ${{ job.status }} ${{ GitHub.SHA }} ${{ github.ref_name }} ${{ github[\'repository\'] }} ${{ format(\'{0}-{1}\', github.run_id, github.run_attempt) }} ${{ fromJSON(\'[1]\')[0] == 1 && true || null }} ${{ hashFiles(\'**/Cargo.lock\') }} ${{ contains(needs.*.result, \'failure\') }}'
    expect(unsafeExpressions(run)).toEqual([])
    expect(errorsOf([{ run }])).toEqual([])
  })

  it('untrusted values through env, and in inputs that are not code', () => {
    expect(errorsOf([{ env: { TITLE: '${{ github.event.pull_request.title }}' }, run: 'echo "$TITLE"' }])).toEqual([])
    expect(errorsOf([{ uses: `actions/cache@${PINS['actions/cache'].sha} # ${PINS['actions/cache'].version}`, with: { key: '${{ github.head_ref }}-x', path: 'target' } }])).toEqual([])
  })

  it('reads expression bodies the way the runner does (a }} inside a string literal does not end it)', () => {
    expect(expressionBodies("a ${{ 'x}}y' }} b ${{ c }}")).toEqual({ bodies: [" 'x}}y' ", ' c '], error: null })
    expect(refusedReferences("'it''s' == github.workflow")).toEqual([])
  })
})
