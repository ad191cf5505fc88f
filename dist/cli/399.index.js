"use strict";
exports.id = 399;
exports.ids = [399];
exports.modules = {

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* reexport */ constants/* CONFIG_FILE */.g2),
  HC: () => (/* binding */ changedWorkflows),
  checkWorkflowsOnDisk: () => (/* binding */ checkWorkflowsOnDisk),
  q_: () => (/* binding */ defaultBaseFeatures),
  Hx: () => (/* binding */ detectDockerfiles),
  Ri: () => (/* binding */ detectPreset),
  Dz: () => (/* binding */ initialConfig),
  planFromConfig: () => (/* binding */ planFromConfig),
  C_: () => (/* binding */ planWorkflowsOnDisk),
  M_: () => (/* binding */ writeWorkflows)
});

// UNUSED EXPORTS: schemaUrl

// EXTERNAL MODULE: ./src/core/manifest/toml-write.ts
var toml_write = __webpack_require__(7371);
// EXTERNAL MODULE: ./src/core/codegen/features.ts + 2 modules
var features = __webpack_require__(7934);
// EXTERNAL MODULE: ./src/core/codegen/rustok/index.ts + 5 modules
var rustok = __webpack_require__(3209);
// EXTERNAL MODULE: ./src/core/config/constants.ts
var constants = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/core/manifest/toml.ts + 1 modules
var toml = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/core/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(3337);
// EXTERNAL MODULE: ./src/core/diagnostics/compare.ts
var compare = __webpack_require__(5539);
// EXTERNAL MODULE: ./src/core/diagnostics/line-diff.ts
var line_diff = __webpack_require__(5578);
// EXTERNAL MODULE: ./src/core/hash/jcs.ts
var jcs = __webpack_require__(7172);
// EXTERNAL MODULE: ./src/core/hash/digest.ts + 1 modules
var digest = __webpack_require__(9976);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/core/config/workflows.ts + 1 modules
var workflows = __webpack_require__(329);
// EXTERNAL MODULE: ./src/core/actions/constants.ts
var actions_constants = __webpack_require__(9398);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/actions/pins.ts
var pins = __webpack_require__(7483);
// EXTERNAL MODULE: ./src/core/diagnostics/errors.ts + 1 modules
var errors = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/core/workflows/render.ts



const TAGS = ['!param', '!pin', '!splice', '!clone'];
const customTags = TAGS.map((tag) => ({ tag, resolve: (value) => value }));
function usesNode(ref, version) {
    const node = new dist/* Scalar */.X5(ref);
    node.comment = ` ${version}`;
    return node;
}
function renderTemplate(template, params) {
    const source = template
        .replace(/\r\n/g, '\n')
        .split('\n')
        .filter((line) => !/^\s*#:/.test(line))
        .join('\n');
    const doc = (0,dist/* parseDocument */.Tp)(source, { customTags, keepSourceTokens: false });
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length)
        throw new errors/* TemplateError */.$w(`template does not parse: ${problems.map((e) => e.message).join('; ')}`);
    doc.contents = fill(doc, doc.contents, params);
    return doc.toString({ lineWidth: 0, indentSeq: true });
}
function node(doc, value) {
    return (0,dist/* isNode */.Ll)(value) ? value : doc.createNode(value);
}
function param(params, name) {
    if (!Object.hasOwn(params, name))
        throw new errors/* TemplateError */.$w(`template uses !param/!splice ${name}, which the generator does not provide`);
    return params[name];
}
function tagged(n) {
    return (0,dist/* isScalar */.jn)(n) && typeof n.tag === 'string' && TAGS.includes(n.tag);
}
function fill(doc, n, params) {
    if (n === null)
        return n;
    if (tagged(n)) {
        let out;
        if (n.tag === '!param')
            out = node(doc, param(params, n.value));
        else if (n.tag === '!pin') {
            if (!(0,pins/* isPinnedAction */.NS)(n.value))
                throw new errors/* TemplateError */.$w(`!pin ${n.value}: not in the pin table (src/core/actions/pins.ts)`);
            out = usesNode((0,pins/* pinnedRef */.I1)(n.value), pins/* PINS */.$x[n.value].version);
        }
        else
            throw new errors/* TemplateError */.$w(`!splice ${n.value} must be an item of a sequence or the value of a mapping pair`);
        keepComments(n, out);
        return out;
    }
    if ((0,dist/* isSeq */.oP)(n)) {
        const items = [];
        for (const item of n.items) {
            if (tagged(item) && item.tag === '!splice') {
                const list = param(params, item.value);
                if (!Array.isArray(list))
                    throw new errors/* TemplateError */.$w(`!splice ${item.value} in a sequence needs an array`);
                const added = list.map((v) => node(doc, v));
                carryComment(item, added[0], n);
                items.push(...added);
            }
            else
                items.push(fill(doc, item, params));
        }
        n.items = items;
        return n;
    }
    if ((0,dist/* isMap */.jh)(n)) {
        const pairs = [];
        const clones = [];
        for (const pair of n.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            if (tagged(pair.value) && pair.value.tag === '!splice') {
                const map = param(params, pair.value.value);
                if (map === null || typeof map !== 'object' || Array.isArray(map))
                    throw new errors/* TemplateError */.$w(`!splice ${pair.value.value} in a mapping needs an object`);
                const added = Object.entries(map).map(([k, v]) => new dist/* Pair */.Rm(doc.createNode(k), node(doc, v)));
                carryComment(pair.key, added[0]?.key, n);
                pairs.push(...added);
            }
            else {
                if (!(tagged(pair.value) && pair.value.tag === '!clone'))
                    pair.value = fill(doc, pair.value, params);
                else
                    clones.push(pair);
                pairs.push(pair);
            }
        }
        n.items = pairs;
        for (const pair of clones)
            pair.value = clone(doc, n, pair.value, params);
        return n;
    }
    return n;
}
function clone(doc, parent, marker, params) {
    const spec = param(params, marker.value);
    const source = parent.get(spec.from, true);
    if (!(0,dist/* isMap */.jh)(source))
        throw new errors/* TemplateError */.$w(`!clone ${marker.value}: '${spec.from}' is not a mapping of the same parent`);
    const copy = source.clone();
    for (const [p, v] of spec.set) {
        if (!copy.hasIn(p) && p.length > 1)
            throw new errors/* TemplateError */.$w(`!clone ${marker.value}: '${p.join('.')}' is not in '${spec.from}'`);
        copy.setIn(p, node(doc, v));
    }
    if (spec.insertBefore) {
        const steps = copy.get('steps', true);
        const at = (0,dist/* isSeq */.oP)(steps) ? steps.items.findIndex((s) => (0,dist/* isMap */.jh)(s) && s.get('id') === spec.insertBefore.id) : -1;
        if (!(0,dist/* isSeq */.oP)(steps) || at < 0)
            throw new errors/* TemplateError */.$w(`!clone ${marker.value}: '${spec.from}' has no step with id '${spec.insertBefore.id}'`);
        steps.items.splice(at, 0, ...spec.insertBefore.steps.map((v) => node(doc, v)));
    }
    keepComments(marker, copy);
    return copy;
}
function keepComments(from, to) {
    if (from.commentBefore)
        to.commentBefore = from.commentBefore;
    if (from.comment)
        to.comment = to.comment ? `${to.comment}${from.comment}` : from.comment;
    if (from.spaceBefore)
        to.spaceBefore = true;
}
function carryComment(marker, first, parent) {
    if (first) {
        if (marker.commentBefore)
            first.commentBefore = marker.commentBefore;
        if (marker.spaceBefore)
            first.spaceBefore = true;
    }
    else if (marker.commentBefore && (0,dist/* isMap */.jh)(parent)) {
        parent.comment = parent.comment ? `${parent.comment}\n${marker.commentBefore}` : marker.commentBefore;
    }
}

;// CONCATENATED MODULE: ./src/core/workflows/templates.generated.ts
const TEMPLATES = {
    "modules-change.yml": "# Installs or removes one module on a branch and opens (or updates) its pull request: the change\n# of modules.toml, the code generated from it, and the plan summary (delta, targets to rebuild,\n# dependency graph) with the requester and the reason. Merging the pull request rebuilds the\n# platform (modules-rebuild.yml runs on the push).\n#\n#   workflow_dispatch                 a person (Actions tab, gh workflow run) or a backend\n#   repository_dispatch               a backend: POST /repos/{owner}/{repo}/dispatches with\n#     (type modules-change)           event_type modules-change and client_payload\n#                                     {action, slug, version?, reason?, requested_by?}\n#\n# Whoever starts the run must hold at least the configured permission on this repository\n# ([workflows] change_minimum_permission of modules-rebuild.toml), read through the API.\n#: Template of `modules-rebuild workflows generate` (src/core/workflows/render.ts); see the notes at\n#: the top of modules-rebuild.yml. The request reaches the action only through `with:` (as JSON,\n#: checked against a strict schema there), never through a `run:` script.\nname: modules-change\n\non:\n  workflow_dispatch:\n    inputs:\n      action:\n        description: Install or uninstall the module.\n        type: choice\n        options:\n          - install\n          - uninstall\n        required: true\n        default: install\n      slug:\n        description: The module slug, as in the catalog (lowercase letters, digits, _ and -).\n        type: string\n        required: true\n      version:\n        description: \"install only: the catalog version to install (e.g. 1.2.0). Empty: the catalog's current version.\"\n        type: string\n        required: false\n      reason:\n        description: Why (shown in the pull request).\n        type: string\n        required: false\n      requested_by:\n        description: On whose behalf, when a backend dispatches for one of its users (shown, not verified).\n        type: string\n        required: false\n  repository_dispatch:\n    types:\n      - !param change_event_type\n\n# Read-only unless a job raises its own permissions.\npermissions:\n  contents: read\n\n# One run per module at a time: a second request for the same module waits for the first, never\n# cancels it, and then finds and updates the same pull request.\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}-${{ inputs.slug || github.event.client_payload.slug }}\n  cancel-in-progress: false\n\njobs:\n  change:\n    name: change\n    runs-on: !param runs_on\n    timeout-minutes: 15\n    # Create this environment with a deployment-branch rule allowing the default branch only, and\n    # keep change_token_secret as a secret of the environment (docs/change-requests.md): a copy of\n    # this file edited on another branch then cannot run the job with the token. The action also\n    # refuses a run whose GITHUB_REF is not the default branch.\n    environment: modules-change\n    # GITHUB_TOKEN: contents: write (the change branch, one commit through the Git Data API),\n    # pull-requests: write (the pull request), actions: write (starts modules-rebuild.yml on the\n    # change branch: pushes made with GITHUB_TOKEN start no workflow, a workflow_dispatch does).\n    # With change_token_secret the secret does all of that, and this job's token only reads.\n    permissions: !param change_permissions\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      - name: Open or update the change pull request\n        id: change\n        uses: !param action\n        with:\n          command: change\n          manifest: !param manifest\n          # The request as JSON: the client_payload of a repository_dispatch, or the inputs of a\n          # workflow_dispatch. The action refuses unknown fields and anything outside the grammar.\n          request: ${{ github.event_name == 'repository_dispatch' && toJSON(github.event.client_payload) || toJSON(inputs) }}\n          # Whose permission is checked: whoever started (or re-ran) this run.\n          actor: ${{ github.triggering_actor }}\n          minimum-permission: !param change_minimum_permission\n          token: !param change_token\n          # Start modules-rebuild.yml (plan and a dry-run build) on the change branch when the\n          # push was made with GITHUB_TOKEN, which starts no workflow by itself.\n          dispatch-rebuild: !param change_dispatch\n",
    "modules-prune.yml": "# Deletes old releases: keeps the newest [workflows] prune_keep releases of each component, every\n# release an environment runs, every release deployed within 90 days and what kept releases\n# reuse; deletes the others (GitHub release, tag and assets) and their images by digest when no\n# kept tag points at them. Immutable releases stay (only their images go).\n#\n#   schedule                          [workflows] prune_schedule; a dry run (the plan in the job\n#                                     summary) unless prune_dry_run = false\n#   workflow_dispatch                 keep and dry_run chosen by whoever starts it\n#\n# Whoever dispatches it must hold [rbac] prune of modules-rebuild.toml (default admin).\n#: Template of `modules-rebuild workflows generate` (src/workflows/generate.ts pruneWorkflow).\nname: modules-prune\n\non:\n  schedule:\n    - cron: !param prune_schedule\n  workflow_dispatch:\n    inputs:\n      keep:\n        description: How many of the newest releases of each component to keep.\n        type: number\n        required: true\n        default: !param prune_keep\n      dry_run:\n        description: Only print what would be deleted.\n        type: boolean\n        default: true\n\n# Read-only unless a job raises its own permissions.\npermissions:\n  contents: read\n\n# One prune at a time; a deploy in progress keeps its release (prune reads the deployments).\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: false\n\njobs:\n  prune:\n    name: prune\n    runs-on: !param runs_on\n    timeout-minutes: 30\n    permissions:\n      # Deleting releases and their tags.\n      contents: write\n      # Reading the deployment history.\n      deployments: read\n      # Deleting images (ghcr.io).\n      packages: write\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      - name: Prune\n        uses: !param action\n        with:\n          command: prune\n          manifest: !param manifest\n          keep: !param prune_keep_input\n          dry-run: !param prune_dry_run_input\n          token: ${{ github.token }}\n",
    "modules-rebuild.yml": "# Rebuilds the platform when its module set changes (modules.toml \u2192 plan \u2192 build).\n#\n#   pull_request                      plan + check only: read-only token, nothing is built or published\n#   push to the default branch        plan \u2192 build \u2192 publish\n#   workflow_dispatch                 plan \u2192 build \u2192 publish, with a profile, a dry run (no publish) and a reason\n#\n# The plan job is the only decision maker: it writes release-plan.json (artifact \"release-plan\")\n# and every later job reads only that and the build artifacts.\n#: Template of `modules-rebuild workflows generate` (src/core/workflows/render.ts). Lines starting with\n#: `#:` are notes on the template and do not reach the output. Tags mark what the generator fills\n#: in from modules-rebuild.toml: !param NAME (a value), !pin ACTION (an action of\n#: src/core/actions/pins.ts, pinned to its commit with a `# vX.Y.Z` comment), !splice NAME (zero or\n#: more steps or jobs in place of the marker). After `npm run workflow-templates`, run the tests.\nname: modules-rebuild\n\non:\n  pull_request:\n    paths: !param paths\n  push:\n    branches:\n      - !param default_branch\n    paths: !param paths\n  workflow_dispatch:\n    inputs:\n      profile:\n        description: \"Deployment profile: as modules.toml says (manifest), monolith (admin and storefront embedded in the server) or headless (the API alone).\"\n        type: choice\n        options: !param profile_options\n        default: manifest\n      dry_run:\n        description: Plan and build, but publish and deploy nothing.\n        type: boolean\n        default: false\n      reason:\n        description: Why this rebuild was requested (recorded with the release).\n        type: string\n        required: false\n\n# Read-only unless a job raises its own permissions.\npermissions:\n  contents: read\n\n# One run per ref. Pull requests cancel their superseded runs; pushes and dispatches queue behind\n# the running one, so a release in progress is never cut off.\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\n\njobs:\n  plan:\n    name: plan\n    runs-on: !param runs_on\n    timeout-minutes: 15\n    permissions:\n      contents: read\n    outputs:\n      manifest_hash: ${{ steps.plan.outputs.manifest_hash }}\n      release_id: ${{ steps.plan.outputs.release_id }}\n      matrix_stage0: ${{ steps.plan.outputs.matrix_stage0 }}\n      matrix_stage1: ${{ steps.plan.outputs.matrix_stage1 }}\n      stage0_needed: ${{ steps.plan.outputs.stage0_needed }}\n      stage1_needed: ${{ steps.plan.outputs.stage1_needed }}\n      build_needed: ${{ steps.plan.outputs.build_needed }}\n      existing_release: ${{ steps.plan.outputs.existing_release }}\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n          # All history: a pull request's module delta is taken against its base commit.\n          fetch-depth: 0\n      - name: Validate the manifest and the package manifests\n        uses: !param action\n        with:\n          command: validate\n          manifest: !param manifest\n      - name: Check that generated files are up to date\n        uses: !param action\n        with:\n          command: check\n          manifest: !param manifest\n      - name: Plan the release\n        id: plan\n        uses: !param action\n        with:\n          command: plan\n          manifest: !param manifest\n          # Empty (the profile of modules.toml) unless a dispatch chose monolith or headless.\n          profile: ${{ inputs.profile != 'manifest' && inputs.profile || '' }}\n          # Pull requests only: the module delta against the base branch.\n          base: ${{ github.event.pull_request.base.sha }}\n      - name: Upload release-plan.json\n        uses: !pin actions/upload-artifact\n        with:\n          name: !param plan_artifact\n          path: ${{ steps.plan.outputs.plan_path }}\n          if-no-files-found: error\n\n  # Stage 0: every target that embeds nothing (the UIs a monolith server embeds, or all three in\n  # headless). Never for pull requests, forked or not: they plan and check only. Build jobs hold\n  # a read-only token: they build and upload artifacts; only publish writes.\n  build:\n    name: build ${{ matrix.target }}\n    needs: plan\n    if: github.event_name != 'pull_request' && needs.plan.outputs.stage0_needed == 'true'\n    runs-on: !param runs_on\n    timeout-minutes: !param build_timeout_minutes\n    permissions:\n      contents: read\n    strategy:\n      fail-fast: true\n      matrix: ${{ fromJSON(needs.plan.outputs.matrix_stage0) }}\n    env:\n      CARGO_TERM_COLOR: always\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      # [workflows] setup_steps of modules-rebuild.toml.\n      - !splice setup_steps\n      # Keyed by Cargo.lock: a manifest change keeps the downloaded dependencies.\n      - name: Restore the cargo registry cache\n        uses: !pin actions/cache\n        with:\n          path: ${{ matrix.cache_registry_paths }}\n          key: ${{ matrix.cache_registry_key }}\n          restore-keys: ${{ matrix.cache_registry_restore_keys }}\n      - name: Restore the target directory cache\n        uses: !pin actions/cache\n        with:\n          path: ${{ matrix.cache_target_paths }}\n          key: ${{ matrix.cache_target_key }}\n          restore-keys: ${{ matrix.cache_target_restore_keys }}\n      # The command is the argument vector of release-plan.json, started without a shell (no value\n      # of the plan is ever read as shell code); its output reaches the log escaped.\n      - name: Build\n        id: build\n        uses: !param action\n        with:\n          command: build\n          argv: ${{ toJSON(matrix.argv) }}\n          env: ${{ toJSON(matrix.env) }}\n      # [images] of modules-rebuild.toml: the target's image, built from the repository's own\n      # Dockerfile into an OCI image layout on disk. No registry login and no push: this job runs\n      # the repository's build scripts and holds no write token; publish pushes the image.\n      - !splice image_steps\n      # Copies the built files into one directory with build-info.json (schema 2: target,\n      # build key, manifest hash, release id, size and sha256 of every file, build times, the\n      # image's digest with its layout): what publish and deploy read.\n      - name: Stage the artifact with its build key\n        id: stage\n        uses: !param action\n        with:\n          command: stage\n          target: ${{ matrix.target }}\n          build-key: ${{ matrix.build_key }}\n          artifact: ${{ matrix.artifact }}\n          artifact-path: ${{ toJSON(matrix.artifact_path) }}\n          manifest-hash: ${{ needs.plan.outputs.manifest_hash }}\n          release-id: ${{ needs.plan.outputs.release_id }}\n          started-at: ${{ steps.build.outputs.started_at }}\n          stage_image: !splice stage_image\n      - name: Upload the artifact\n        uses: !pin actions/upload-artifact\n        with:\n          name: ${{ matrix.artifact }}\n          path: ${{ steps.stage.outputs.dir }}\n          if-no-files-found: error\n\n  #: Rendered from the build job above (src/core/workflows/generate.ts `stage1`): its name, needs, if\n  #: and matrix change, and the UI artifacts of stage 0 are downloaded before the build step.\n  # Stage 1: the build job again, for a server that embeds the UIs built in stage 0 of this run;\n  # their artifacts land where the server build expects them (their repository paths).\n  build_stage1: !clone build_stage1\n\n  # Publishes the release: the GitHub release tagged `<release_id>` with every build artifact.\n  # The only job with a write token; never for pull requests or dry runs, and two publishers of\n  # one release_id queue instead of racing.\n  publish:\n    name: publish\n    needs: [plan, build, build_stage1]\n    if: !param publish_if\n    runs-on: !param runs_on\n    timeout-minutes: 30\n    # contents: the release and its tag; with [images] also packages (push the images),\n    # id-token and attestations (their provenance).\n    permissions: !param publish_permissions\n    concurrency:\n      group: modules-rebuild-publish-${{ needs.plan.outputs.release_id }}\n      cancel-in-progress: false\n    # For the deploy job: {\"<component>\": \"<release_id>\", \u2026}.\n    outputs:\n      release_ids: ${{ steps.publish.outputs.release_ids }}\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      - name: Download release-plan.json\n        uses: !pin actions/download-artifact\n        with:\n          name: !param plan_artifact\n          path: ${{ runner.temp }}/modules-rebuild-plan\n      - name: Download the build artifacts\n        uses: !pin actions/download-artifact\n        with:\n          pattern: !param build_artifact_pattern\n          path: ${{ runner.temp }}/modules-rebuild-artifacts\n      # With [images] the images too: pushed from the artifacts' image layouts with the job token\n      # (registry-username and registry-password default to the actor and github.token), tagged release_id.\n      - name: Publish\n        id: publish\n        uses: !param action\n        with:\n          command: publish\n          manifest: !param manifest\n          plan: ${{ runner.temp }}/modules-rebuild-plan/release-plan.json\n          artifacts: ${{ runner.temp }}/modules-rebuild-artifacts\n          reason: ${{ inputs.reason }}\n          token: ${{ github.token }}\n      # [images]: a provenance attestation per image this run pushed, stored next to it.\n      - !splice attest_steps\n\n  # Deploys what publish released to the environment of [workflows] deploy_environment: verify\n  # the release, record a GitHub Deployment, point the image tag <environment> at its digests, run\n  # the [deploy] hook and the smoke checks (base URL: the environment's variable\n  # MODULES_SMOKE_URL); a failure returns the environment to its previous release. The only job\n  # with deployments: write; `environment:` makes GitHub's protection rules (reviewers, wait\n  # timer, branch rules) apply before it starts. Headless: the server first, then the UIs, each\n  # checked against the version contract. In a dispatched run the actor needs [rbac] deploy.\n  deploy:\n    name: deploy\n    needs: [plan, publish]\n    if: !param deploy_if\n    runs-on: !param runs_on\n    timeout-minutes: 30\n    environment:\n      name: !param deploy_environment\n      url: ${{ vars.MODULES_SMOKE_URL }}\n    permissions:\n      contents: read\n      deployments: write\n      # Re-pointing the environment tag of the images (ghcr.io).\n      packages: write\n    # One deployment per environment at a time, never cancelled halfway.\n    concurrency:\n      group: !param deploy_concurrency\n      cancel-in-progress: false\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      - name: Deploy the server (or the monolith)\n        if: fromJSON(needs.publish.outputs.release_ids).monolith || fromJSON(needs.publish.outputs.release_ids).server\n        uses: !param action\n        with:\n          command: deploy\n          manifest: !param manifest\n          release-id: ${{ fromJSON(needs.publish.outputs.release_ids).monolith || fromJSON(needs.publish.outputs.release_ids).server }}\n          environment: !param deploy_environment\n          url: ${{ vars.MODULES_SMOKE_URL }}\n          token: ${{ github.token }}\n      - name: Deploy the admin\n        if: fromJSON(needs.publish.outputs.release_ids).admin\n        uses: !param action\n        with:\n          command: deploy\n          manifest: !param manifest\n          release-id: ${{ fromJSON(needs.publish.outputs.release_ids).admin }}\n          environment: !param deploy_environment\n          url: ${{ vars.MODULES_SMOKE_URL }}\n          token: ${{ github.token }}\n      - name: Deploy the storefront\n        if: fromJSON(needs.publish.outputs.release_ids).storefront\n        uses: !param action\n        with:\n          command: deploy\n          manifest: !param manifest\n          release-id: ${{ fromJSON(needs.publish.outputs.release_ids).storefront }}\n          environment: !param deploy_environment\n          url: ${{ vars.MODULES_SMOKE_URL }}\n          token: ${{ github.token }}\n\n  # Jobs after build: each needs [plan, build], reads release-plan.json and the build artifacts,\n  # raises only its own permissions, and never runs on pull_request. [workflows.extra_jobs] of\n  # modules-rebuild.toml follow, under the same rules.\n  extra_jobs: !splice extra_jobs\n",
    "modules-rollback.yml": "# Returns an environment to an earlier release \u2014 never rebuilds: the release's assets are\n# verified, a GitHub Deployment is recorded, the image tag <environment> is pointed at the\n# release's digests (manifest bytes only, whatever the image size), the [deploy] hook and the smoke\n# checks run, and a failure returns to what the environment ran before.\n#\n#   workflow_dispatch                 a person (Actions tab, gh workflow run): release_id (the\n#                                     release tag) and environment\n#   push of a tag                     for operators who work from git:\n#     deploy/<environment>/<release_id>   git tag deploy/production/<release_id> && git push --tags\n#\n# Whoever starts the run must hold [rbac] rollback of modules-rebuild.toml (default maintain),\n# read through the API; the environment's protection rules apply before the rollback job starts.\n#: Template of `modules-rebuild workflows generate` (src/workflows/generate.ts rollbackWorkflow);\n#: see the notes at the top of modules-rebuild.yml. The dispatch inputs and the tag name reach\n#: the shell only through env:, never inline.\nname: modules-rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      release_id:\n        description: The release to return to (its tag, as the Releases page lists it).\n        type: string\n        required: true\n      environment:\n        description: The environment to roll back.\n        type: string\n        required: true\n        default: !param deploy_environment\n  push:\n    tags:\n      - !param rollback_tags\n\n# Read-only unless a job raises its own permissions.\npermissions:\n  contents: read\n\n# Rollbacks queue, never cancel one another (the rollback job also queues per environment behind\n# the deploy job of modules-rebuild.yml).\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: false\n\njobs:\n  # Which release and which environment: from the dispatch inputs, or from the pushed tag.\n  target:\n    name: target\n    runs-on: !param runs_on\n    timeout-minutes: 5\n    permissions:\n      contents: read\n    outputs:\n      release_id: ${{ steps.target.outputs.release_id }}\n      environment: ${{ steps.target.outputs.environment }}\n    steps:\n      - name: Read the release and the environment\n        id: target\n        env:\n          EVENT_NAME: ${{ github.event_name }}\n          REF_NAME: ${{ github.ref_name }}\n          INPUT_RELEASE_ID: ${{ inputs.release_id }}\n          INPUT_ENVIRONMENT: ${{ inputs.environment }}\n        shell: bash\n        run: |\n          set -euo pipefail\n          if [ \"$EVENT_NAME\" = push ]; then\n            rest=\"${REF_NAME#deploy/}\"\n            environment=\"${rest%%/*}\"\n            release_id=\"${rest#*/}\"\n          else\n            environment=\"$INPUT_ENVIRONMENT\"\n            release_id=\"$INPUT_RELEASE_ID\"\n          fi\n          if ! [[ \"$environment\" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$ ]]; then\n            echo \"::error::not an environment name (1-64 letters, digits, _ . -)\"\n            exit 1\n          fi\n          if ! [[ \"$release_id\" =~ ^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$ ]]; then\n            echo \"::error::not a release_id\"\n            exit 1\n          fi\n          printf 'environment=%s\\nrelease_id=%s\\n' \"$environment\" \"$release_id\" >> \"$GITHUB_OUTPUT\"\n\n  rollback:\n    name: rollback\n    needs: target\n    runs-on: !param runs_on\n    timeout-minutes: 30\n    environment:\n      name: ${{ needs.target.outputs.environment }}\n      url: ${{ vars.MODULES_SMOKE_URL }}\n    permissions:\n      contents: read\n      deployments: write\n      # Re-pointing the environment tag of the images (ghcr.io).\n      packages: write\n    # One deployment per environment at a time (the deploy job of modules-rebuild.yml shares it).\n    concurrency:\n      group: modules-rebuild-deploy-${{ needs.target.outputs.environment }}\n      cancel-in-progress: false\n    steps:\n      - name: Check out\n        uses: !pin actions/checkout\n        with:\n          persist-credentials: false\n      - name: Roll back\n        uses: !param action\n        with:\n          command: rollback\n          manifest: !param manifest\n          release-id: ${{ needs.target.outputs.release_id }}\n          environment: ${{ needs.target.outputs.environment }}\n          url: ${{ vars.MODULES_SMOKE_URL }}\n          token: ${{ github.token }}\n"
};

;// CONCATENATED MODULE: ./src/core/workflows/operations.ts




const DEPLOY_IF = "always() && needs.publish.result == 'success' && github.event_name != 'pull_request' && !(github.event_name == 'workflow_dispatch' && inputs.dry_run) && needs.publish.outputs.release_ids != '{}'";
const deployEnvironment = (w) => w.deploy_environment ?? workflows/* DEPLOY_DEFAULTS */.Dd.deploy_environment;
function deployParams(w) {
    const environment = deployEnvironment(w);
    return { deploy_if: DEPLOY_IF, deploy_environment: environment, deploy_concurrency: `modules-rebuild-deploy-${environment}` };
}
function rollbackWorkflow(w) {
    const params = { runs_on: w.runs_on, action: usesNode(w.action, w.action_version), manifest: w.manifest, deploy_environment: deployEnvironment(w), rollback_tags: actions_constants/* ROLLBACK_TAG_GLOB */.rL };
    return { path: `${actions_constants/* WORKFLOWS_DIR */.xs}/${actions_constants/* ROLLBACK_WORKFLOW */.RF}`, body: renderTemplate(TEMPLATES[actions_constants/* ROLLBACK_WORKFLOW */.RF], params) };
}
function pruneWorkflow(w) {
    const keep = w.prune_keep ?? workflows/* DEPLOY_DEFAULTS */.Dd.prune_keep;
    const scheduledDryRun = w.prune_dry_run ?? workflows/* DEPLOY_DEFAULTS */.Dd.prune_dry_run;
    const params = {
        runs_on: w.runs_on,
        action: usesNode(w.action, w.action_version),
        manifest: w.manifest,
        prune_schedule: w.prune_schedule ?? workflows/* DEPLOY_DEFAULTS */.Dd.prune_schedule,
        prune_keep: keep,
        prune_keep_input: `\${{ github.event_name == 'workflow_dispatch' && inputs.keep || ${keep} }}`,
        prune_dry_run_input: scheduledDryRun ? "${{ github.event_name != 'workflow_dispatch' || inputs.dry_run }}" : "${{ github.event_name == 'workflow_dispatch' && inputs.dry_run }}"
    };
    return { path: `${actions_constants/* WORKFLOWS_DIR */.xs}/${actions_constants/* PRUNE_WORKFLOW */.ZY}`, body: renderTemplate(TEMPLATES[actions_constants/* PRUNE_WORKFLOW */.ZY], params) };
}

// EXTERNAL MODULE: ./src/core/oci/reference.ts
var reference = __webpack_require__(488);
// EXTERNAL MODULE: ./src/core/config/images.ts
var config_images = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/workflows/images.ts






const IMAGE_LAYOUT_TEMP = 'modules-rebuild-image';
const TOKEN_REGISTRY = 'ghcr.io';
const uses = (action) => usesNode((0,pins/* pinnedRef */.I1)(action), pins/* PINS */.$x[action].version);
const HAS_IMAGE = "matrix.image_dockerfile != ''";
function imageWorkflowParams(images) {
    const targets = images ? (0,config_images/* imageTargets */.e_)(images) : [];
    if (!images || targets.length === 0)
        return { params: { image_steps: [], stage_image: {}, publish_permissions: { contents: 'write' }, attest_steps: [] }, problems: [] };
    const problems = [];
    for (const t of targets) {
        const repository = images[t].repository;
        let host = TOKEN_REGISTRY;
        try {
            if (repository !== undefined)
                host = (0,reference/* parseReference */.F2)(repository).registry;
        }
        catch {
            continue;
        }
        if (host !== TOKEN_REGISTRY)
            problems.push((0,diagnostic/* diagnostic */.YK)('error', 'images-registry-unsupported', constants/* CONFIG_FILE */.g2, null, `[images.${t}] repository '${repository}' is on ${host}: the generated publish job pushes with the job token, which only ${TOKEN_REGISTRY} accepts`, `Use a ${TOKEN_REGISTRY}/<owner>/\u2026 repository (or leave \`repository\` out for ghcr.io/<owner>/<repo>-${t}); for another registry, publish with the CLI (REGISTRY_USERNAME / REGISTRY_PASSWORD).`));
    }
    const image_steps = [
        { name: 'Set up Docker Buildx', if: HAS_IMAGE, uses: uses('docker/setup-buildx-action') },
        {
            name: 'Image labels',
            id: 'image_meta',
            if: HAS_IMAGE,
            uses: uses('docker/metadata-action'),
            with: {
                images: '${{ matrix.image_repository }}',
                tags: 'type=raw,value=${{ matrix.release_id }}',
                labels: 'org.opencontainers.image.title=${{ matrix.package }}\nmanifest_hash=${{ needs.plan.outputs.manifest_hash }}\n'
            }
        },
        {
            name: 'Build the image into an OCI image layout (no push)',
            id: 'image',
            if: HAS_IMAGE,
            uses: uses('docker/build-push-action'),
            with: {
                context: '${{ matrix.image_context }}',
                file: '${{ matrix.image_dockerfile }}',
                platforms: '${{ matrix.image_platforms }}',
                'build-args': '${{ matrix.image_build_args }}',
                tags: '${{ steps.image_meta.outputs.tags }}',
                labels: '${{ steps.image_meta.outputs.labels }}',
                push: false,
                provenance: false,
                outputs: `type=oci,dest=\${{ runner.temp }}/${IMAGE_LAYOUT_TEMP},tar=false`
            }
        }
    ];
    const stage_image = {
        image: `\${{ ${HAS_IMAGE} && format('{0}/${IMAGE_LAYOUT_TEMP}', runner.temp) || '' }}`,
        'image-repository': '${{ matrix.image_repository }}'
    };
    const pushed = targets.map((t) => `steps.publish.outputs.${t}_image_digest != ''`).join(' || ');
    const attest_steps = [
        {
            name: `Log in to ${TOKEN_REGISTRY} (the attestations are stored next to the images)`,
            if: pushed,
            uses: uses('docker/login-action'),
            with: { registry: TOKEN_REGISTRY, username: '${{ github.actor }}', password: '${{ github.token }}' }
        },
        ...targets.map((t) => ({
            name: `Attest the provenance of the ${t} image`,
            if: `steps.publish.outputs.${t}_image_digest != ''`,
            uses: uses('actions/attest-build-provenance'),
            with: { 'subject-name': `\${{ steps.publish.outputs.${t}_image_name }}`, 'subject-digest': `\${{ steps.publish.outputs.${t}_image_digest }}`, 'push-to-registry': true }
        }))
    ];
    return { params: { image_steps, stage_image, publish_permissions: { contents: 'write', packages: 'write', 'id-token': 'write', attestations: 'write' }, attest_steps }, problems };
}

// EXTERNAL MODULE: ./src/core/values/values.ts
var values = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/core/workflows/generate.ts















function configHash(config) {
    const plain = JSON.parse(JSON.stringify(config ?? {}));
    return (0,digest/* sha256Hex */.f)((0,jcs/* canonicalJson */.dj)(plain));
}
function header(configHashHex) {
    return `${actions_constants/* GENERATED_MARKER */.Lp} ${version/* VERSION */.x} \u2014 config sha256:${configHashHex} \u2014 DO NOT EDIT; run: ${actions_constants/* GENERATE_COMMAND */.G6}`;
}
function parseHeader(text) {
    const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const m = /^# @generated by modules-rebuild (\S+) \u2014 config sha256:([0-9a-f]{64}) \u2014 /.exec(first);
    return m ? { version: m[1], configHash: m[2] } : null;
}
function workflowPaths(input, workflowPath = `${actions_constants/* WORKFLOWS_DIR */.xs}/${actions_constants/* REBUILD_WORKFLOW */.AX}`) {
    const { workflows: w, codegen } = input;
    const paths = [w.manifest, ...codegen.package_manifests.map((name) => `**/${name}`)];
    for (const app of values/* TARGETS */.dW) {
        const a = codegen[app];
        if (!a.enabled)
            continue;
        if (codegen.preset === 'rustok')
            paths.push(...constants/* RUSTOK_OUTPUT_KEYS */.cL.filter((k) => constants/* RUSTOK_OUTPUTS */._s[k].app === app).map((k) => codegen.rustok[k]));
        else
            paths.push(a.output);
        paths.push(a.cargo_toml);
        if (a.template !== undefined)
            paths.push(a.template);
    }
    paths.push(constants/* CONFIG_FILE */.g2, workflowPath, ...w.extra_paths);
    return [...new Set(paths)];
}
function planWorkflows(input, configHashHex) {
    if (!/^[0-9a-f]{64}$/.test(configHashHex))
        throw new TypeError(`configHash must be 64 lowercase hex digits, got '${configHashHex}'`);
    const w = input.workflows;
    const images = imageWorkflowParams(input.images);
    const problems = [...(0,workflows/* checkWorkflowsConfig */.dc)(w, constants/* CONFIG_FILE */.g2, () => null, true), ...images.problems];
    if ((0,diagnostic/* hasErrors */.Cs)(problems))
        throw new diagnostic/* DiagnosticError */.uo((0,diagnostic/* sortDiagnostics */.Ds)(problems));
    const path = `${actions_constants/* WORKFLOWS_DIR */.xs}/${actions_constants/* REBUILD_WORKFLOW */.AX}`;
    const params = {
        paths: workflowPaths(input, path),
        profile_options: ['manifest', ...values/* PROFILE_OPTIONS */.rU],
        default_branch: w.default_branch,
        runs_on: w.runs_on,
        build_timeout_minutes: w.build_timeout_minutes,
        action: usesNode(w.action, w.action_version),
        manifest: w.manifest,
        setup_steps: w.setup_steps.map(stepValue),
        plan_artifact: actions_constants/* PLAN_ARTIFACT */.dm,
        build_artifact_pattern: actions_constants/* BUILD_ARTIFACT_PATTERN */.BX,
        build_stage1: stage1(),
        publish_if: PUBLISH_IF,
        ...deployParams(w),
        ...images.params,
        extra_jobs: Object.fromEntries(Object.entries(w.extra_jobs).map(([id, job]) => [id, jobValue(job, w)]))
    };
    const body = renderTemplate(TEMPLATES[actions_constants/* REBUILD_WORKFLOW */.AX], params);
    const operations = [rollbackWorkflow(w), pruneWorkflow(w)].map((o) => ({ path: o.path, content: `${header(configHashHex)}\n${o.body}` }));
    return [{ path, content: `${header(configHashHex)}\n${body}` }, changeWorkflow(w, configHashHex), ...operations];
}
const PUBLISH_IF = "always() && github.event_name != 'pull_request' && !(github.event_name == 'workflow_dispatch' && inputs.dry_run) && needs.plan.result == 'success' && needs.plan.outputs.build_needed == 'true' && !contains(needs.*.result, 'failure') && !contains(needs.*.result, 'cancelled')";
function stage1() {
    return {
        from: 'build',
        set: [
            [['needs'], ['plan', 'build']],
            [['if'], "always() && github.event_name != 'pull_request' && needs.plan.result == 'success' && (needs.build.result == 'success' || needs.build.result == 'skipped') && needs.plan.outputs.stage1_needed == 'true'"],
            [['strategy', 'matrix'], '${{ fromJSON(needs.plan.outputs.matrix_stage1) }}']
        ],
        insertBefore: {
            id: 'build',
            steps: [
                {
                    name: 'Download the embedded UI artifacts',
                    uses: usesNode((0,pins/* pinnedRef */.I1)('actions/download-artifact'), pins/* PINS */.$x['actions/download-artifact'].version),
                    with: { pattern: actions_constants/* BUILD_ARTIFACT_PATTERN */.BX, path: '.', 'merge-multiple': true }
                }
            ]
        }
    };
}
function changeWorkflow(w, configHashHex) {
    const secret = w.change_token_secret;
    const params = {
        runs_on: w.runs_on,
        action: usesNode(w.action, w.action_version),
        manifest: w.manifest,
        change_minimum_permission: w.change_minimum_permission ?? values/* DEFAULT_CHANGE_MINIMUM */.MP,
        change_permissions: secret ? { contents: 'read' } : { contents: 'write', 'pull-requests': 'write', actions: 'write' },
        change_token: secret ? `\${{ secrets.${secret} }}` : '${{ github.token }}',
        change_dispatch: !secret,
        change_event_type: actions_constants/* CHANGE_EVENT_TYPE */.f8
    };
    return { path: `${actions_constants/* WORKFLOWS_DIR */.xs}/${actions_constants/* CHANGE_WORKFLOW */.$}`, content: `${header(configHashHex)}\n${renderTemplate(TEMPLATES[actions_constants/* CHANGE_WORKFLOW */.$], params)}` };
}
function stepValue(step) {
    const out = {};
    for (const [k, v] of Object.entries(step)) {
        if (v === undefined)
            continue;
        if (k === 'uses' && typeof v === 'string') {
            const { ref, version } = (0,workflows/* splitUses */.Lo)(v);
            out[k] = version === null ? ref : usesNode(ref, version);
        }
        else
            out[k] = v;
    }
    return out;
}
function jobValue(job, w) {
    const guard = "always() && github.event_name != 'pull_request' && needs.plan.result == 'success' && !contains(needs.*.result, 'failure') && !contains(needs.*.result, 'cancelled')";
    const user = job.if?.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
    const out = {};
    if (job.name !== undefined)
        out.name = job.name;
    out.needs = [...new Set([...actions_constants/* BUILT_IN_JOBS */.Sy, ...job.needs])];
    out.if = user ? `\${{ ${guard} && (${user}) }}` : guard;
    out['runs-on'] = job['runs-on'] ?? w.runs_on;
    if (job['timeout-minutes'] !== undefined)
        out['timeout-minutes'] = job['timeout-minutes'];
    out.permissions = { contents: 'read', ...job.permissions };
    if (job.environment !== undefined)
        out.environment = job.environment;
    if (job.env !== undefined)
        out.env = job.env;
    if (job['continue-on-error'] !== undefined)
        out['continue-on-error'] = job['continue-on-error'];
    out.steps = job.steps.map(stepValue);
    return out;
}
function checkWorkflows(planned, current, allowDirty = []) {
    const stale = [];
    const diagnostics = [];
    const severity = allowDirty.includes('workflows') ? 'warning' : 'error';
    for (const f of planned) {
        const now = current.get(f.path) ?? null;
        const want = (0,compare.lf)(f.content);
        const have = now === null ? null : (0,compare.lf)(now);
        if (have === want)
            continue;
        const diff = (0,line_diff/* unifiedDiff */.W)(f.path, have, want);
        stale.push({ path: f.path, diff });
        const edited = have !== null && parseHeader(have) === null ? ' (it has no @generated header: written by hand?)' : '';
        const message = have === null ? `${f.path} does not exist; modules-rebuild.toml generates it` : `${f.path} differs from what modules-rebuild.toml generates${edited}`;
        const line = have === null ? null : { line: (0,compare/* firstDifference */.at)(have, want), column: 1 };
        const hint = `Run \`${actions_constants/* GENERATE_COMMAND */.G6}\` and commit the result. Never edit the workflow by hand: extra setup steps and jobs go in [workflows] setup_steps / extra_jobs of modules-rebuild.toml${severity === 'error' ? '; to accept a hand edit for now, add "workflows" to allow_dirty' : ''}.`;
        diagnostics.push((0,diagnostic/* diagnostic */.YK)(severity, 'stale-generated', f.path, line, message, hint));
    }
    return { stale, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)(diagnostics) };
}

// EXTERNAL MODULE: ./src/app/config.ts
var app_config = __webpack_require__(293);
// EXTERNAL MODULE: ./src/adapters/fs/fs.ts
var fs = __webpack_require__(2515);
;// CONCATENATED MODULE: ./src/app/workflows.ts











function planFromConfig(config) {
    try {
        return { planned: planWorkflows({ workflows: config.workflows, codegen: config.codegen, ...(config.images ? { images: config.images } : {}) }, configHash(config)), diagnostics: [] };
    }
    catch (err) {
        if (err instanceof diagnostic/* DiagnosticError */.uo)
            return { planned: null, diagnostics: err.diagnostics };
        throw err;
    }
}
async function planWorkflowsOnDisk(root) {
    const { config, diagnostics } = await (0,app_config/* loadConfig */.Z)(root);
    if (!config)
        return { config, planned: null, diagnostics };
    const plan = planFromConfig(config);
    return { config, planned: plan.planned, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...diagnostics, ...plan.diagnostics]) };
}
async function writeWorkflows(root, planned) {
    const changed = new Set((await changedWorkflows(root, planned)).map((c) => c.path));
    return (0,fs/* writeChanged */.CQ)(root, planned, changed);
}
async function changedWorkflows(root, planned) {
    const current = await (0,fs/* readSnapshot */.RA)(root, planned.map((p) => p.path));
    const stale = new Set(checkWorkflows(planned, current).stale.map((s) => s.path));
    return planned.filter((p) => stale.has(p.path)).map((p) => ({ path: p.path, content: p.content }));
}
async function checkWorkflowsOnDisk(root, ctx) {
    const c = ctx ?? (await planWorkflowsOnDisk(root));
    if (!c.planned || !c.config)
        return { ...c, stale: [] };
    const current = await (0,fs/* readSnapshot */.RA)(root, c.planned.map((p) => p.path));
    const checked = checkWorkflows(c.planned, current, c.config.allow_dirty);
    return { ...c, stale: checked.stale, diagnostics: (0,diagnostic/* sortDiagnostics */.Ds)([...c.diagnostics, ...checked.diagnostics]) };
}
async function detectPreset(root) {
    return (0,rustok/* presetFor */.hK)((await (0,fs/* readSnapshot */.RA)(root, [rustok/* PRESET_SIGNAL_FILE */.g])).get(rustok/* PRESET_SIGNAL_FILE */.g) ?? null);
}
function initialConfig(action, version, preset = 'default', baseFeatures = {}, images = []) {
    const base = values/* TARGETS */.dW.filter((a) => baseFeatures[a]?.length).map((a) => `${a} = ${(0,toml_write/* tomlValue */.MS)(baseFeatures[a])}`);
    return `#:schema ${schemaUrl(action)}
# modules-rebuild configuration (schema 1). Every key is optional; the defaults fit RusToK's layout.
# Reference: the README's "modules-rebuild.toml" table, or schema/modules-rebuild.schema.json.
schema = 1
# true: the findings about the hand-maintained Cargo.toml (feature-drift, feature-declaration) are
# errors instead of warnings, so check and plan fail until it agrees with modules.toml.
strict = false

[codegen]
${preset === 'rustok' ? '# apps/server/build.rs generates the registry into OUT_DIR: write the same files, committed (README "Presets").\npreset = "rustok"' : '# preset = "default"   # or "rustok": the files RusToK\'s build scripts generate'}
# package_manifests = ["rustok-module.toml", "module.toml"]
# feature_prefix = "mod-"
# api_crate = "rustok_api"
# [codegen.server] output = "apps/server/src/modules/generated.rs", cargo_toml = "apps/server/Cargo.toml"

[features]
# "auto": rewrite the managed region of [features] default where its markers exist, else build
# with --no-default-features --features \u2026 computed from modules.toml.
mode = "auto"

[features.base_features]
# Features besides the module features that every build keeps${base.length ? ' (read from [features] default of the apps\' Cargo.toml)' : ''}.
${base.length ? base.join('\n') : '# server = ["redis-cache"]'}

[workflows]
# The modules-rebuild action the generated workflows call, pinned to a commit.
action = ${JSON.stringify(action)}
action_version = ${JSON.stringify(version)}
# default_branch = "main"
# runs_on = "ubuntu-latest"
# modules-change.yml: the least role a requester needs, and a secret holding a GitHub App token
# whose pushes start workflows (GITHUB_TOKEN's do not; the workflow then dispatches the rebuild).
# change_minimum_permission = "maintain"
# change_token_secret = "MODULES_BOT_TOKEN"
# The deploy job's GitHub environment (its variable MODULES_SMOKE_URL: the smoke checks' URL),
# and modules-prune.yml: releases kept per component, schedule, scheduled runs only report.
# deploy_environment = "production"
# prune_keep = 10
# prune_schedule = "27 4 * * 1"
# prune_dry_run = true

# [rbac]
# Who may start what (write | maintain | admin), checked in dispatched runs and pushed tags.
# rebuild = "admin"
# deploy = "maintain"
# rollback = "maintain"
# prune = "admin"

${(0,config_images/* imagesToml */.xn)(images)}`;
}
async function detectDockerfiles(root) {
    const candidates = values/* TARGETS */.dW.flatMap((t) => (0,config_images/* dockerfileCandidates */.Xj)(t));
    const found = await (0,fs/* readSnapshot */.RA)(root, candidates);
    return values/* TARGETS */.dW.flatMap((target) => {
        const dockerfile = (0,config_images/* dockerfileCandidates */.Xj)(target).find((c) => found.get(c) != null);
        return dockerfile ? [{ target, dockerfile }] : [];
    });
}
function schemaUrl(action) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@([0-9a-f]{40})$/.exec(action);
    return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}/schema/modules-rebuild.schema.json` : 'https://raw.githubusercontent.com/OWNER/modules-rebuild/COMMIT/schema/modules-rebuild.schema.json';
}
function defaultBaseFeatures(cargoText, prefix) {
    if (cargoText === null)
        return [];
    try {
        const doc = (0,toml/* parseToml */.MT)(cargoText, 'Cargo.toml');
        const def = (0,toml/* isTable */.bI)(doc.features) && Array.isArray(doc.features.default) ? doc.features.default : [];
        return def.filter((f) => typeof f === 'string' && !f.startsWith(prefix) && !f.startsWith('dep:') && !features/* EMBED_FEATURES */.ob.includes(f));
    }
    catch {
        return [];
    }
}



/***/ }),

/***/ 5578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* unused harmony export oneWayHunks */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, have, want) {
    const oldFileName = have === null ? '/dev/null' : `a/${file}`;
    const newFileName = want === null ? '/dev/null' : `b/${file}`;
    const hunks = oneWayHunks(have ?? '', want ?? '', 3);
    if (hunks)
        return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({ oldFileName, newFileName, oldHeader: undefined, newHeader: undefined, hunks }, diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr);
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(oldFileName, newFileName, have ?? '', want ?? '', undefined, undefined, { context: 3, headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr });
}
function tokens(text) {
    const parts = text.split(/(\n|\r\n)/);
    if (!parts[parts.length - 1])
        parts.pop();
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        if (i % 2)
            out[out.length - 1] = out[out.length - 1] + parts[i];
        else
            out.push(parts[i]);
    }
    return out.filter((t) => t !== '');
}
function greedy(from, to, mark) {
    if (from.length > to.length)
        return null;
    const runs = [];
    let i = 0;
    let start = 0;
    let common = true;
    const close = (end) => {
        if (end > start)
            runs.push({ mark: common ? ' ' : mark, lines: splitLines(to.slice(start, end).join('')) });
        start = end;
    };
    for (let j = 0; j < to.length; j++) {
        const same = i < from.length && from[i] === to[j];
        if (same !== common) {
            close(j);
            common = same;
        }
        if (same)
            i++;
    }
    close(to.length);
    return i === from.length ? runs : null;
}
function splitLines(text) {
    const out = text.split('\n').map((line) => line + '\n');
    if (text.endsWith('\n'))
        out.pop();
    else
        out.push(out.pop().slice(0, -1));
    return out;
}
function oneWayHunks(oldText, newText, context) {
    const a = tokens(oldText);
    const b = tokens(newText);
    const runs = greedy(a, b, '+') ?? greedy(b, a, '-');
    return runs === null ? null : hunks(runs, context);
}
function hunks(runs, context) {
    const all = [...runs, { mark: ' ', lines: [] }];
    const out = [];
    let oldStart = 0;
    let newStart = 0;
    let lines = [];
    let oldLine = 1;
    let newLine = 1;
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.mark !== ' ') {
            if (!oldStart) {
                const prev = all[i - 1];
                oldStart = oldLine;
                newStart = newLine;
                if (prev) {
                    lines = context > 0 ? prev.lines.slice(-context).map((l) => ' ' + l) : [];
                    oldStart -= lines.length;
                    newStart -= lines.length;
                }
            }
            for (const l of run.lines)
                lines.push(run.mark + l);
            if (run.mark === '+')
                newLine += run.lines.length;
            else
                oldLine += run.lines.length;
            continue;
        }
        if (oldStart) {
            if (run.lines.length <= context * 2 && i < all.length - 2) {
                for (const l of run.lines)
                    lines.push(' ' + l);
            }
            else {
                const size = Math.min(run.lines.length, context);
                for (const l of run.lines.slice(0, size))
                    lines.push(' ' + l);
                out.push({ oldStart, oldLines: oldLine - oldStart + size, newStart, newLines: newLine - newStart + size, lines });
                oldStart = 0;
                newStart = 0;
                lines = [];
            }
        }
        oldLine += run.lines.length;
        newLine += run.lines.length;
    }
    for (const h of out) {
        const marked = [];
        for (const l of h.lines) {
            if (l.endsWith('\n'))
                marked.push(l.slice(0, -1));
            else
                marked.push(l, '\\ No newline at end of file');
        }
        h.lines = marked;
    }
    return out;
}


/***/ })

};
;