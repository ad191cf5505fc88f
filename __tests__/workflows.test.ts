// The workflow generator: [workflows] config checks, structural rendering, the golden default
// rendering, determinism, the header, and `check` (clean / stale with a diff / allow_dirty).
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { DiagnosticError, type Diagnostic } from '../src/core/diagnostics/diagnostic.js'
import { RULES } from '../src/core/diagnostics/rules.js'
import { readDocument } from '../src/core/manifest/document.js'
import { checkShape, locate } from '../src/core/manifest/shape.js'
import { VERSION } from '../src/version.js'
import { checkWorkflowsConfig, type WorkflowsConfig } from '../src/core/config/workflows.js'
import { WorkflowsConfigSchema } from '../src/core/config/workflows-schema.js'
import { unsafeExpressions } from '../src/core/actions/expressions.js'
import { CHANGE_WORKFLOW, GENERATED_MARKER, PRUNE_WORKFLOW, REBUILD_WORKFLOW, RESERVED_JOBS, RESERVED_WORKFLOWS, ROLLBACK_WORKFLOW, WORKFLOWS_DIR } from '../src/core/actions/constants.js'
import { checkWorkflows, configHash, header, parseHeader, planWorkflows, workflowPaths } from '../src/core/workflows/generate.js'
import { PINS } from '../src/core/actions/pins.js'
import { renderTemplate } from '../src/core/workflows/render.js'
import { TemplateError } from '../src/core/diagnostics/errors.js'
import { TEMPLATES } from '../src/core/workflows/templates.generated.js'
import { ACTION, ACTION_VERSION, defaultInput, everythingInput, generated, workflowsConfig } from './workflows-helpers.js'

const GOLDEN = path.join('__tests__', 'golden', 'workflows')
const SHA = 'a'.repeat(40)
const rules = (list: readonly Diagnostic[]) => list.map((d) => d.rule)
const errorsOf = (w: Record<string, unknown>, requireAction = false) => checkWorkflowsConfig(workflowsConfig(w), 'modules-rebuild.toml', () => null, requireAction)

describe('pins and constants', () => {
  it('every pin is a 40-hex sha with a vX.Y.Z version', () => {
    for (const [action, pin] of Object.entries(PINS)) {
      expect(action).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/)
      expect(pin.sha).toMatch(/^[0-9a-f]{40}$/)
      expect(pin.version).toMatch(/^v\d+\.\d+\.\d+$/)
    }
  })

  it('reserves the rollback and prune workflows', () => {
    expect(RESERVED_WORKFLOWS).toEqual([REBUILD_WORKFLOW, ROLLBACK_WORKFLOW, CHANGE_WORKFLOW, PRUNE_WORKFLOW])
    expect(ROLLBACK_WORKFLOW).toBe('modules-rollback.yml')
    // Every reserved workflow is generated.
    expect(generated(defaultInput()).map((f) => f.path)).toEqual([REBUILD_WORKFLOW, CHANGE_WORKFLOW, ROLLBACK_WORKFLOW, PRUNE_WORKFLOW].map((w) => `${WORKFLOWS_DIR}/${w}`))
  })

  it('workflows-templates/ is embedded unchanged (npm run workflow-templates)', () => {
    const files = readdirSync('workflows-templates').filter((f) => f.endsWith('.yml')).sort()
    expect(Object.keys(TEMPLATES).sort()).toEqual(files)
    for (const f of files) expect(TEMPLATES[f as keyof typeof TEMPLATES]).toBe(readFileSync(path.join('workflows-templates', f), 'utf8'))
  })

  it('new rule ids are registered', () => {
    for (const r of ['config-invalid-action', 'invalid-workflow-extension', 'expression-injection', 'stale-generated', 'config-invalid-path']) expect(Object.keys(RULES)).toContain(r)
  })
})

describe('[workflows] config', () => {
  it('defaults', () => {
    const d = WorkflowsConfigSchema.parse({})
    expect(d).toEqual({ manifest: 'modules.toml', default_branch: 'main', runs_on: 'ubuntu-latest', build_timeout_minutes: 120, extra_paths: [], setup_steps: [], extra_jobs: {} })
    expect(checkWorkflowsConfig(d, 'f', () => null)).toEqual([])
    expect(rules(checkWorkflowsConfig(d, 'f', () => null, true))).toEqual(['config-invalid-action', 'config-invalid-action'])
  })

  it('accepts the every-extension config', () => {
    expect(checkWorkflowsConfig(everythingInput().workflows, 'f', () => null, true)).toEqual([])
  })

  it.each([
    ['tag instead of sha', { action: 'acme/modules-rebuild@v1' }],
    ['short sha', { action: 'acme/modules-rebuild@0123456' }],
    ['no owner', { action: `modules-rebuild@${SHA}` }],
    ['branch', { action: 'acme/modules-rebuild@main' }]
  ])('action: %s is refused (config-invalid-action)', (_what, w) => {
    expect(rules(errorsOf(w))).toEqual(['config-invalid-action'])
  })

  it('action_version must be vX.Y.Z and comes with action', () => {
    expect(rules(errorsOf({ action_version: '0.1.0' }))).toEqual(['config-invalid-action'])
    expect(rules(errorsOf({ action_version: 'v1' }))).toEqual(['config-invalid-action'])
    expect(rules(checkWorkflowsConfig(WorkflowsConfigSchema.parse({ action: ACTION }), 'f'))).toEqual(['config-invalid-action'])
    expect(errorsOf({ action_version: 'v1.2.3-rc.1' })).toEqual([])
  })

  it('paths, branch and runner labels', () => {
    expect(rules(errorsOf({ manifest: '../modules.toml' }))).toEqual(['config-invalid-path'])
    expect(rules(errorsOf({ extra_paths: ['crates/**', '!docs/**', '/etc/passwd'] }))).toEqual(['config-invalid-path', 'config-invalid-path'])
    expect(rules(errorsOf({ default_branch: 'a..b' }))).toEqual(['invalid-value'])
    expect(rules(errorsOf({ default_branch: "main'; echo" }))).toEqual(['invalid-value'])
    expect(rules(errorsOf({ runs_on: ['self-hosted', 'has space'] }))).toEqual(['invalid-value'])
    expect(rules(errorsOf({ runs_on: '${{ github.event.inputs.runner }}' }))).toEqual(['expression-injection'])
    expect(rules(errorsOf({ default_branch: '${{ github.head_ref }}' }))).toEqual(['expression-injection'])
  })

  const step = (s: Record<string, unknown>) => errorsOf({ setup_steps: [s] })
  it.each([
    ['an unpinned action', { uses: 'dtolnay/rust-toolchain@stable' }, 'invalid-workflow-extension', /not pinned to a full commit/],
    ['a pin without its version comment', { uses: `dtolnay/rust-toolchain@${SHA}` }, 'invalid-workflow-extension', /# vX\.Y\.Z/],
    ['a table action at another commit', { uses: `actions/cache@${SHA} # v5.0.4` }, 'invalid-workflow-extension', /pin table/],
    ['a checkout that keeps credentials', { uses: `actions/checkout@${PINS['actions/checkout'].sha} # ${PINS['actions/checkout'].version}` }, 'invalid-workflow-extension', /persist-credentials/],
    ['a docker action by tag', { uses: 'docker://alpine:3' }, 'invalid-workflow-extension', /digest/],
    ['both uses and run', { uses: './x', run: 'echo' }, 'invalid-workflow-extension', /exactly one/],
    ['neither uses nor run', { name: 'nothing' }, 'invalid-workflow-extension', /exactly one/],
    ['github.event in run', { run: 'echo "${{ github.event.pull_request.title }}"' }, 'expression-injection', /github\.event\.\*/],
    ['github.head_ref in run', { run: 'git checkout ${{ github.head_ref }}' }, 'expression-injection', /github\.head_ref/],
    ['inputs in run', { run: 'echo ${{ inputs.reason }}' }, 'expression-injection', /inputs\.\*/],
    ["github['event'] in run", { run: "echo ${{ github['event']['issue']['title'] }}" }, 'expression-injection', /github\.event\.\*/],
    ['an expression in shell', { run: 'x', shell: '${{ inputs.shell }} {0}' }, 'expression-injection', /shell/]
  ])('setup step with %s is refused', (_what, s, rule, message) => {
    const found = step(s)
    expect(rules(found)).toEqual([rule])
    expect(found[0]!.message).toMatch(message)
    expect(found[0]!.hint).toBeTruthy()
  })

  it('allows untrusted values through env, trusted expressions in run, local and digest-pinned actions', () => {
    expect(step({ env: { TITLE: '${{ github.event.pull_request.title }}' }, run: 'echo "$TITLE" ${{ matrix.target }} ${{ runner.temp }} ${{ github.event_name }}' })).toEqual([])
    expect(step({ uses: './.github/actions/setup' })).toEqual([])
    expect(step({ uses: `docker://alpine@sha256:${'b'.repeat(64)}` })).toEqual([])
    expect(step({ uses: `actions/cache/restore@${PINS['actions/cache'].sha} # ${PINS['actions/cache'].version}` })).toEqual([])
  })

  it('extra jobs: reserved ids, bad ids, unknown and self needs', () => {
    const job = { steps: [{ run: 'echo' }] }
    for (const id of RESERVED_JOBS) expect(rules(errorsOf({ extra_jobs: { [id]: job } }))).toEqual(['invalid-workflow-extension'])
    expect(rules(errorsOf({ extra_jobs: { '1bad': job } }))).toEqual(['invalid-workflow-extension'])
    expect(rules(errorsOf({ extra_jobs: { a: { ...job, needs: ['b'] } } }))).toEqual(['invalid-workflow-extension'])
    expect(rules(errorsOf({ extra_jobs: { a: { ...job, needs: ['a'] } } }))).toEqual(['invalid-workflow-extension'])
    expect(errorsOf({ extra_jobs: { a: { ...job, needs: ['b', 'build', 'plan'] }, b: job } })).toEqual([])
    expect(rules(errorsOf({ extra_jobs: { a: { steps: [{ run: 'echo ${{ inputs.reason }}' }] } } }))).toEqual(['expression-injection'])
  })

  it('TOML tables mirror the step and job YAML, and findings point at the key', () => {
    const text = [
      '[workflows]',
      `action = "${ACTION}"`,
      `action_version = "${ACTION_VERSION}"`,
      '',
      '[[workflows.setup_steps]]',
      'name = "Toolchain"',
      'uses = "dtolnay/rust-toolchain@stable"',
      '',
      '[[workflows.setup_steps]]',
      'run = "sudo apt-get install -y libssl-dev"',
      'working-directory = "apps/server"',
      '',
      '[workflows.extra_jobs.notify]',
      'runs-on = "ubuntu-24.04"',
      'timeout-minutes = 5',
      'permissions = { deployments = "write" }',
      'steps = [{ run = "echo ${{ github.event.head_commit.message }}" }]',
      ''
    ].join('\n')
    const doc = readDocument('modules-rebuild.toml', text)
    const shape = checkShape(z.object({ workflows: WorkflowsConfigSchema.prefault({}) }), doc)
    expect(shape.diagnostics).toEqual([])
    const w = shape.data!.workflows
    expect(w.setup_steps[1]!['working-directory']).toBe('apps/server')
    expect(w.extra_jobs.notify!['runs-on']).toBe('ubuntu-24.04')
    const found = checkWorkflowsConfig(w, doc.file, (p) => locate(doc, p), true)
    expect(found.map((d) => [d.rule, d.line])).toEqual([
      ['invalid-workflow-extension', 7],
      ['expression-injection', 17]
    ])
    // Same structure as parsing the TOML by hand.
    expect((parseToml(text) as { workflows: { setup_steps: unknown[] } }).workflows.setup_steps).toHaveLength(2)
  })

  it('unsafeExpressions looks inside ${{ }} only', () => {
    expect(unsafeExpressions('echo github.event.x inputs.y')).toEqual([])
    expect(unsafeExpressions('${{ github.event_name }} ${{ github.event.issue.body }}')).toEqual(['github.event.*'])
    expect(unsafeExpressions('${{\n  inputs.profile\n}}')).toEqual(['inputs.*'])
  })
})

describe('planWorkflows', () => {
  it('throws a DiagnosticError without a usable action', () => {
    const input = { ...defaultInput(), workflows: WorkflowsConfigSchema.parse({}) }
    expect(() => planWorkflows(input, configHash(input))).toThrow(DiagnosticError)
    try {
      planWorkflows(input, configHash(input))
    } catch (err) {
      expect(rules((err as DiagnosticError).diagnostics)).toEqual(['config-invalid-action', 'config-invalid-action'])
    }
    const unsafe = { ...defaultInput(), workflows: workflowsConfig({ setup_steps: [{ uses: 'a/b@v1' }] }) }
    expect(() => planWorkflows(unsafe, configHash(unsafe))).toThrow(/not pinned/)
    expect(() => planWorkflows(defaultInput(), 'sha256:abc')).toThrow(TypeError)
    // An image on a registry the job token cannot push to.
    const elsewhere = { ...defaultInput(), images: { admin: { dockerfile: 'apps/admin/Dockerfile', context: '.', repository: 'registry.example.com/acme/admin', build_args: {} } } }
    try {
      planWorkflows(elsewhere, configHash(elsewhere))
      throw new Error('not refused')
    } catch (err) {
      expect(rules((err as DiagnosticError).diagnostics)).toEqual(['images-registry-unsupported'])
      expect((err as DiagnosticError).diagnostics[0]!.message).toContain('registry.example.com')
    }
  })

  it('without [images]: no image step, and publish holds contents: write alone', () => {
    const wf = parseYaml(generated(defaultInput())[0]!.content)
    const steps = Object.values(wf.jobs).flatMap((j: any) => j.steps ?? [])
    expect(steps.filter((x: any) => /^(docker\/|actions\/attest)/.test(String(x.uses)))).toEqual([])
    expect(wf.jobs.publish.permissions).toEqual({ contents: 'write' })
    expect(Object.keys(wf.jobs.build.steps.find((x: any) => x.id === 'stage').with)).not.toContain('image')
  })

  it('matches the golden rendering of the default config (UPDATE_GOLDEN=1 rewrites it)', () => {
    const [file] = generated(defaultInput())
    const golden = path.join(GOLDEN, REBUILD_WORKFLOW)
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true })
      writeFileSync(golden, file!.content)
    }
    expect(file!.content).toBe(readFileSync(golden, 'utf8'))
  })

  it('is deterministic and keyed on the config', () => {
    const a = generated(everythingInput())
    expect(generated(everythingInput())).toEqual(a)
    const input = defaultInput()
    const other = { ...input, workflows: { ...input.workflows, runs_on: 'ubuntu-24.04' } }
    expect(configHash(other)).not.toBe(configHash(input))
    // Key order and spelled-out defaults do not change the hash.
    const reordered = Object.fromEntries(Object.entries(input).reverse())
    expect(configHash(reordered)).toBe(configHash(input))
    expect(configHash({ ...input, workflows: workflowsConfig({ runs_on: 'ubuntu-latest' }) })).toBe(configHash(input))
  })

  it('starts with the header: generator version and config hash', () => {
    const input = defaultInput()
    const hash = configHash(input)
    const [file] = planWorkflows(input, hash)
    const first = file!.content.split('\n', 1)[0]!
    expect(first).toBe(header(hash))
    expect(first).toBe(`${GENERATED_MARKER} ${VERSION} — config sha256:${hash} — DO NOT EDIT; run: modules-rebuild workflows generate`)
    expect(parseHeader(file!.content)).toEqual({ version: VERSION, configHash: hash })
    expect(parseHeader('name: hand-written\n')).toBeNull()
    // Template notes (#:) never reach the output; the template's comments do.
    expect(file!.content).not.toMatch(/^\s*#:/m)
    expect(file!.content).not.toMatch(/!param|!pin|!splice|!clone/)
    expect(file!.content).toContain('# headless). Never for pull requests, forked or not')
  })

  it('derives the path filters from the config', () => {
    expect(workflowPaths(defaultInput())).toEqual([
      'modules.toml',
      '**/rustok-module.toml',
      '**/module.toml',
      'apps/server/src/modules/generated.rs',
      'apps/server/Cargo.toml',
      'apps/admin/src/generated.rs',
      'apps/admin/Cargo.toml',
      'apps/storefront/src/generated.rs',
      'apps/storefront/Cargo.toml',
      'modules-rebuild.toml',
      '.github/workflows/modules-rebuild.yml'
    ])
    const paths = workflowPaths(everythingInput())
    expect(paths[0]).toBe('platform/modules.toml')
    expect(paths).not.toContain('apps/admin/src/generated.rs')
    expect(paths).toContain('templates/storefront.mustache')
    expect(paths.slice(-3)).toEqual(['Cargo.lock', 'crates/**', 'apps/*/Trunk.toml'])
  })

  it('watches the files preset "rustok" writes, not the default registry paths', () => {
    const base = defaultInput()
    const rustok = { ...base, codegen: { ...base.codegen, preset: 'rustok' as const, admin: { ...base.codegen.admin, enabled: false } } }
    const paths = workflowPaths(rustok)
    expect(paths).toEqual([
      'modules.toml',
      '**/rustok-module.toml',
      '**/module.toml',
      'apps/server/src/generated/modules_registry_codegen.rs',
      'apps/server/src/generated/graphql_schema_codegen.rs',
      'apps/server/src/generated/app_routes_codegen.rs',
      'apps/server/Cargo.toml',
      'apps/storefront/src/generated/module_ui_codegen.rs',
      'apps/storefront/src/generated/module_ui_codegen_client.rs',
      'apps/storefront/Cargo.toml',
      'modules-rebuild.toml',
      '.github/workflows/modules-rebuild.yml'
    ])
    // A moved output is watched where it now lies.
    const moved = { ...rustok, codegen: { ...rustok.codegen, rustok: { ...rustok.codegen.rustok, server_routes: 'gen/routes.rs' } } }
    expect(workflowPaths(moved)).toContain('gen/routes.rs')
    expect(workflowPaths(moved)).not.toContain('apps/server/src/generated/app_routes_codegen.rs')
  })

  it('renders the config into the workflow structure', () => {
    const input = everythingInput()
    const wf = parseYaml(generated(input)[0]!.content) as Record<string, any>
    expect(wf.on.push.branches).toEqual(['trunk'])
    expect(wf.on.pull_request.paths).toEqual(workflowPaths(input))
    expect(wf.on.workflow_dispatch.inputs.profile.options).toEqual(['manifest', 'monolith', 'headless'])
    expect(wf.jobs.plan['runs-on']).toEqual(['self-hosted', 'linux', 'x64'])
    expect(wf.jobs.build['timeout-minutes']).toBe(90)
    expect(wf.jobs.build.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix_stage0) }}')
    expect(wf.jobs.build_stage1.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix_stage1) }}')
    expect(wf.jobs.build_stage1.needs).toEqual(['plan', 'build'])
    const uses = wf.jobs.plan.steps.filter((s: any) => s.with?.command).map((s: any) => [s.uses, s.with.command, s.with.manifest])
    expect(uses).toEqual([
      [ACTION, 'validate', 'platform/modules.toml'],
      [ACTION, 'check', 'platform/modules.toml'],
      [ACTION, 'plan', 'platform/modules.toml']
    ])
    // Setup steps sit between checkout and the cargo cache, in order.
    const names = wf.jobs.build.steps.map((s: any) => s.name)
    expect(names.slice(0, 6)).toEqual(['Check out', 'Node for the admin build', 'System packages', 'Local setup', 'Show the ref safely', 'Restore the cargo registry cache'])
    // Build and stage are commands of the action: the plan's argv never reaches a shell.
    const build = wf.jobs.build.steps.find((s: any) => s.name === 'Build')
    expect(build).toEqual({ name: 'Build', id: 'build', uses: ACTION, with: { command: 'build', argv: '${{ toJSON(matrix.argv) }}', env: '${{ toJSON(matrix.env) }}' } })
    const stage = wf.jobs.build.steps.find((s: any) => s.id === 'stage')
    expect(stage.uses).toBe(ACTION)
    expect(stage.with).toMatchObject({ command: 'stage', 'artifact-path': '${{ toJSON(matrix.artifact_path) }}', 'started-at': '${{ steps.build.outputs.started_at }}' })
    expect(Object.values(wf.jobs).flatMap((j: any) => j.steps ?? []).some((s: any) => s.run !== undefined && s.uses === undefined && s.name === 'Build')).toBe(false)
    // Stage 1 is the build job, rendered again with its differences: the same steps plus the
    // download of the stage-0 UIs right before the build.
    const s1 = wf.jobs.build_stage1
    const { needs: _n0, if: _i0, strategy: st0, steps: steps0, ...rest0 } = wf.jobs.build
    const { needs: _n1, if: _i1, strategy: st1, steps: steps1, ...rest1 } = s1
    expect(rest1).toEqual(rest0)
    expect(st1['fail-fast']).toBe(st0['fail-fast'])
    const at = steps1.findIndex((s: any) => s.id === 'build')
    expect(steps1[at - 1]).toMatchObject({ name: 'Download the embedded UI artifacts', with: { pattern: '*-????????????????', path: '.', 'merge-multiple': true } })
    expect([...steps1.slice(0, at - 1), ...steps1.slice(at)]).toEqual(steps0)
    expect(s1.if).toContain("needs.build.result == 'skipped'")
    // Publish: after both stages, never on pull requests or dry runs, the only write token, one per release.
    const publish = wf.jobs.publish
    expect(publish.needs).toEqual(['plan', 'build', 'build_stage1'])
    expect(publish.if).toContain("github.event_name != 'pull_request'")
    expect(publish.if).toContain('inputs.dry_run')
    // With [images]: packages (push), id-token and attestations (provenance) too — on publish alone.
    expect(publish.permissions).toEqual({ contents: 'write', packages: 'write', 'id-token': 'write', attestations: 'write' })
    expect(publish.concurrency).toEqual({ group: 'modules-rebuild-publish-${{ needs.plan.outputs.release_id }}', 'cancel-in-progress': false })
    expect(publish.steps.find((x: any) => x.id === 'publish')).toMatchObject({ uses: ACTION, with: { command: 'publish', reason: '${{ inputs.reason }}' } })
    for (const id of ['plan', 'build', 'build_stage1']) expect(Object.values(wf.jobs[id].permissions)).not.toContain('write')
    // The image is built into an OCI layout between build and stage: no push, no login in the build job.
    const buildUses = wf.jobs.build.steps.map((x: any) => String(x.uses ?? '').split('@')[0])
    expect(buildUses.slice(buildUses.indexOf(ACTION.split('@')[0]), buildUses.lastIndexOf(ACTION.split('@')[0]) + 1)).toEqual([ACTION.split('@')[0], 'docker/setup-buildx-action', 'docker/metadata-action', 'docker/build-push-action', ACTION.split('@')[0]])
    expect(buildUses).not.toContain('docker/login-action')
    const image = wf.jobs.build.steps.find((x: any) => x.id === 'image')
    expect(image.if).toBe("matrix.image_dockerfile != ''")
    expect(image.with).toMatchObject({ push: false, file: '${{ matrix.image_dockerfile }}', context: '${{ matrix.image_context }}', outputs: 'type=oci,dest=${{ runner.temp }}/modules-rebuild-image,tar=false' })
    expect(wf.jobs.build.steps.find((x: any) => x.id === 'image_meta').with.labels).toContain('manifest_hash=${{ needs.plan.outputs.manifest_hash }}')
    expect(stage.with).toMatchObject({ image: "${{ matrix.image_dockerfile != '' && format('{0}/modules-rebuild-image', runner.temp) || '' }}", 'image-repository': '${{ matrix.image_repository }}' })
    // One attestation per image target, after a login to ghcr.io with the job token.
    const after = publish.steps.slice(publish.steps.findIndex((x: any) => x.id === 'publish') + 1)
    expect(after.map((x: any) => String(x.uses).split('@')[0])).toEqual(['docker/login-action', 'actions/attest-build-provenance', 'actions/attest-build-provenance'])
    expect(after[0].with).toEqual({ registry: 'ghcr.io', username: '${{ github.actor }}', password: '${{ github.token }}' })
    expect(after[2]).toMatchObject({ if: "steps.publish.outputs.storefront_image_digest != ''", with: { 'subject-name': '${{ steps.publish.outputs.storefront_image_name }}', 'subject-digest': '${{ steps.publish.outputs.storefront_image_digest }}', 'push-to-registry': true } })
    // Extra jobs: after plan and both build stages (a skipped stage is fine, a failed one is not),
    // never on pull requests, contents: read kept.
    const guard = "always() && github.event_name != 'pull_request' && needs.plan.result == 'success' && !contains(needs.*.result, 'failure') && !contains(needs.*.result, 'cancelled')"
    expect(Object.keys(wf.jobs)).toEqual(['plan', 'build', 'build_stage1', 'publish', 'deploy', 'notify', 'deploy-docs'])
    expect(wf.jobs.notify.needs).toEqual(['plan', 'build', 'build_stage1'])
    expect(wf.jobs.notify.if).toBe(`\${{ ${guard} && (github.ref == 'refs/heads/trunk') }}`)
    expect(wf.jobs.notify.permissions).toEqual({ contents: 'read' })
    expect(wf.jobs['deploy-docs'].needs).toEqual(['plan', 'build', 'build_stage1', 'notify'])
    expect(wf.jobs['deploy-docs'].if).toBe(guard)
    expect(wf.jobs['deploy-docs'].permissions).toEqual({ contents: 'read', deployments: 'write', pages: 'write', 'id-token': 'write' })
    expect(wf.jobs['deploy-docs']['runs-on']).toBe('ubuntu-24.04')
  })

  it('renders the pin comment of every action', () => {
    const text = generated(everythingInput())[0]!.content
    expect(text).toContain(`uses: ${ACTION} # ${ACTION_VERSION}`)
    for (const a of ['actions/checkout', 'actions/cache', 'actions/upload-artifact'] as const) expect(text).toContain(`uses: ${a}@${PINS[a].sha} # ${PINS[a].version}`)
    expect(text).toContain(`uses: actions/setup-node@${PINS['actions/setup-node'].sha} # ${PINS['actions/setup-node'].version}`)
  })
})

describe('renderTemplate', () => {
  it('substitutes structurally: values cannot inject YAML', () => {
    const out = renderTemplate('a: !param x\nlist:\n  - first\n  - !splice more\nmap:\n  k: v\n  rest: !splice extra\n', {
      x: 'value: with\n  nested: yaml # and a comment',
      more: ['b', { c: '- d' }],
      extra: { 'key: x': 1 }
    })
    expect(parseYaml(out)).toEqual({ a: 'value: with\n  nested: yaml # and a comment', list: ['first', 'b', { c: '- d' }], map: { k: 'v', 'key: x': 1 } })
  })

  it('refuses unknown placeholders and actions outside the pin table', () => {
    expect(() => renderTemplate('a: !param nope\n', {})).toThrow(TemplateError)
    expect(() => renderTemplate('uses: !pin evil/action\n', {})).toThrow(/pin table/)
    expect(() => renderTemplate('a: [\n', {})).toThrow(/does not parse/)
    expect(() => renderTemplate('a: !splice x\n', { x: ['list'] })).toThrow(/needs an object/)
  })
})

describe('checkWorkflows', () => {
  const planned = () => generated(defaultInput())
  // The rebuild workflow as given; every other planned workflow up to date.
  const current = (text: string | null) => new Map<string, string | null>([[planned()[0]!.path, text], ...planned().slice(1).map((f) => [f.path, f.content] as [string, string])])

  it('unchanged → clean (line endings ignored)', () => {
    const [f] = planned()
    expect(checkWorkflows(planned(), current(f!.content))).toEqual({ stale: [], diagnostics: [] })
    expect(checkWorkflows(planned(), current(f!.content.replace(/\n/g, '\r\n')))).toEqual({ stale: [], diagnostics: [] })
  })

  it('edited → stale with a unified diff and the fix command', () => {
    const [f] = planned()
    const edited = f!.content.replace('timeout-minutes: 15', 'timeout-minutes: 60')
    const r = checkWorkflows(planned(), current(edited))
    expect(r.stale).toHaveLength(1)
    expect(r.stale[0]!.diff).toContain(`--- a/${f!.path}`)
    expect(r.stale[0]!.diff).toContain('-    timeout-minutes: 60')
    expect(r.stale[0]!.diff).toContain('+    timeout-minutes: 15')
    const [d] = r.diagnostics
    expect(d).toMatchObject({ severity: 'error', rule: 'stale-generated', file: f!.path })
    expect(d!.line).toBe(edited.split('\n').findIndex((l) => l.includes('timeout-minutes: 60')) + 1)
    expect(d!.hint).toContain('modules-rebuild workflows generate')
    expect(d!.hint).toContain('allow_dirty')
  })

  it('a config change makes the committed file stale through its header', () => {
    const old = planned()[0]!.content
    const input = defaultInput()
    const changed = { ...input, workflows: { ...input.workflows, build_timeout_minutes: 30 } }
    const r = checkWorkflows(generated(changed), current(old))
    expect(r.stale[0]!.diff).toMatch(/^-# @generated .* config sha256:/m)
  })

  it('missing → stale; hand-written → named in the message', () => {
    const r = checkWorkflows(planned(), current(null))
    expect(r.stale[0]!.diff).toContain('--- /dev/null')
    expect(r.diagnostics[0]!.message).toMatch(/does not exist/)
    expect(r.diagnostics[0]!.line).toBeNull()
    const hand = checkWorkflows(planned(), current('name: mine\non: push\n'))
    expect(hand.diagnostics[0]!.message).toMatch(/no @generated header/)
  })

  it('allow_dirty = ["workflows"] → warning; other kinds do not count', () => {
    const edited = planned()[0]!.content + '# hand edit\n'
    expect(checkWorkflows(planned(), current(edited), ['workflows']).diagnostics.map((d) => d.severity)).toEqual(['warning'])
    expect(checkWorkflows(planned(), current(edited), ['registry', 'features']).diagnostics.map((d) => d.severity)).toEqual(['error'])
  })
})

// Keeps the type honest: the helpers' configs are WorkflowsConfig values.
const _typed: WorkflowsConfig = workflowsConfig()
void _typed
