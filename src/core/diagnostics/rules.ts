/**
 * Every rule id the tool can report, with a one-line summary. The README's rule table is
 * checked against this list by a test, so a new rule must be documented to land.
 */
/** Rules of `validate`: reading and checking modules.toml and package manifests. */
export const VALIDATION_RULES = {
  // Reading the document
  'io-error': 'A file could not be read (missing, unreadable, or a directory; exit 2).',
  'empty-file': 'The file is empty or holds only comments and white space.',
  'binary-content': 'The file contains a NUL byte or is not UTF-8 text.',
  'toml-syntax': 'The file is not valid TOML.',
  'limit-exceeded': 'The document exceeds a size limit (file size, nesting depth, array length, key depth, key count), or an install would add too many modules.',
  // Shape of modules.toml / package manifests / catalog
  'unsupported-schema': '`schema` is missing or not the supported version.',
  'missing-field': 'A required key is missing.',
  'invalid-type': 'A value has the wrong TOML type.',
  'invalid-value': 'A value is not one of the allowed values or does not match its format.',
  'unknown-key': 'A key the format does not define (warning; with a did-you-mean suggestion).',
  'deprecated-key': 'A schema-1 key that schema 2 replaced (warning).',
  // Module entries
  'invalid-slug': 'A module slug is not `[a-z0-9_-]+` (look-alike Unicode is named).',
  'invalid-crate-name': 'A crate name is not a valid Cargo package name.',
  'duplicate-crate': 'Two module slugs name the same crate.',
  'invalid-source': '`source` is not path, git, crates-io or registry.',
  'missing-source-field': 'The field the source needs (path, git + rev, version) is missing.',
  'path-escape': '`path` is absolute or leaves the repository with `..`.',
  'invalid-git-url': '`git` is not an https://, ssh:// or git@host: URL.',
  'invalid-git-rev': '`rev` is neither a commit id nor a ref name `git check-ref-format` accepts (a newline, a control character, `..`, a leading `-`).',
  'unpinned-git-rev': '`rev` is not a full 40-hex commit id, so builds are not reproducible (warning).',
  'invalid-version': 'A version is not semver.',
  'invalid-version-req': 'A version requirement is not valid Cargo syntax.',
  'expression-injection': 'A value contains `${{`, which could reach a workflow expression.',
  // Dependency graph
  'unknown-dependency': 'A module depends on a module that is not in modules.toml.',
  'dependency-cycle': 'depends_on forms a cycle (the cycle path is printed).',
  'incompatible-dependency': 'An installed module version does not satisfy a dependent\'s version_req.',
  'default-enabled-unknown': 'default_enabled names a module that is not installed.',
  'default-enabled-required': 'default_enabled names a required module (always active anyway).',
  'default-enabled-not-closed': 'default_enabled misses an optional dependency of a listed module.',
  // Build surfaces
  'missing-public-url': 'A standalone admin/storefront has no public_url or no redirect_uris.',
  'invalid-url': 'A URL does not parse or is not http(s).',
  'duplicate-storefront-id': 'Two [[build.storefront]] entries share an id.',
  // Package manifests (rustok-module.toml / module.toml)
  'package-manifest-missing': 'A path module has no rustok-module.toml (or module.toml).',
  'package-slug-mismatch': '[module].slug differs from the modules.toml key.',
  'package-dependencies-mismatch': '[dependencies] keys differ from depends_on in modules.toml.',
  'required-trust-mismatch': '`required = true` must go with trust_level = "core" and vice versa.',
  'path-not-first-party': 'A path module must have ownership = "first_party".',
  'package-version-mismatch': 'A vendored package manifest of a crates-io / registry module names a version that the modules.toml requirement does not admit.',
  'runtime-mismatch': '[module].runtime differs from runtime in modules.toml.',
  'invalid-rust-path': 'entry_type or a provides.* value is not a plain Rust path.',
  'ui-crate-mismatch': 'provides.admin_ui/storefront_ui.leptos_crate and the admin/ or storefront/ crate disagree.'
} as const

/** Rules of `generate` / `check` and of modules-rebuild.toml. */
export const CODEGEN_RULES = {
  // modules-rebuild.toml
  'config-invalid-path': 'A path in modules-rebuild.toml is empty, absolute, leaves the repository or holds unsafe characters.',
  'config-invalid-identifier': 'api_crate is not a Rust path, feature_prefix / a base feature is not a Cargo feature name, or an [images] repository, platform or build argument is malformed.',
  'config-duplicate-output': 'Two enabled apps of [codegen] write the same file.',
  'config-reserved-path': 'An app\'s output or cargo_toml names the root, a name over 200 bytes, or a file another part owns (.git/, the manifest, the config, Cargo.lock, the workflows, package_dir, a package manifest).',
  'config-conflict': 'A [codegen] key does not apply to the chosen preset (`template`, or a feature_prefix other than "mod-", with preset "rustok"), or `images.<target>.repository` and `plan.<target>.image` both name one image.',
  // Code generation (generate / check)
  'codegen-package-missing': 'A crates-io / git / registry module has no vendored package manifest (`<codegen.package_dir>/<slug>/rustok-module.toml`) to generate its registration from.',
  'missing-ui-field': 'A module with a UI crate lacks route_segment / nav_label (admin) or slot / route_segment / page_title (storefront).',
  'invalid-ui-value': 'route_segment, slot or subpath is outside its grammar, or a UI value cannot become Rust code (named character).',
  'rustok-preset-value': 'Preset "rustok": a value RusToK\'s build script writes unescaped into a Rust string literal needs escaping, or the script would refuse it (storefront slot, component id or path, negative order, TOML date-time in [settings]).',
  'template-error': 'A user Mustache template ([codegen.<app>] template) is missing or does not parse.',
  'missing-feature-markers': 'The BEGIN/END managed-features markers are missing, duplicated, out of order or not inside [features] default.',
  'feature-drift': "Cargo.toml's [features] default and the module set of modules.toml disagree.",
  'feature-declaration': 'A feature the generated code or build uses is not declared, or lacks its dep:<crate> / optional dependency.',
  'stale-generated': 'A generated file differs from what modules.toml generates (a unified diff is shown).'
} as const

/** Rules of [workflows] in modules-rebuild.toml (`workflows generate` / `check`; stale files are `stale-generated`). */
export const WORKFLOW_RULES = {
  'config-invalid-action': '[workflows] action / action_version is missing (workflows generate) or not "<owner>/<repo>@<40-hex commit>" / "vX.Y.Z".',
  'invalid-workflow-extension': 'A [workflows] setup step or extra job is malformed or unsafe: unpinned action, pin other than the table, checkout that keeps credentials, reserved job id, unknown needs.',
  'images-registry-unsupported': 'An [images] repository is on a registry other than ghcr.io, which the job token of the generated publish job cannot push to (workflows generate).'
} as const

/** Rules of `plan`, besides those of validate, the config and codegen. */
export const PLAN_RULES = {
  'incompatible-server': "A module's [compat] server requirement is not satisfied by the server's [package] version.",
  'incompatible-release': 'Headless version contract: a UI release and the server release of the environment do not fit (compat.server, or modules missing or of another version); refused without --allow-degraded.',
  'release-store-error': 'The release store (local directory or GitHub releases) could not be read, so the plan cannot tell which builds exist.',
  'no-targets': 'Every app of [codegen] is disabled: there is nothing to build.',
  'base-unavailable': '--base names no commit of the repository (fetch it first), or the root is not in a git repository.',
  'image-repository-unknown': 'A target has [images] without `repository`, and the default ghcr.io/<owner>/<repo>-<target> cannot be derived: GITHUB_REPOSITORY is not set.'
} as const

/** Rules of `catalog`, `install` and `uninstall` (catalog entries also get the validation rules). */
export const CATALOG_RULES = {
  'catalog-unknown-module': 'The catalog offers no module with this slug (did-you-mean suggestion).',
  'catalog-duplicate-slug': 'Two catalog entries install the same slug.',
  'missing-dependency': 'A module to install depends on a module that is neither installed nor offered by the catalog.',
  'version-mismatch': 'The catalog version does not satisfy --version (or the catalog names no version).',
  'install-conflict': 'The module is already installed with another crate, source, path, git/rev or a version requirement the catalog version does not satisfy.',
  'module-not-installed': 'uninstall names a module that modules.toml does not list.',
  'module-required': 'uninstall of a required (core) module.',
  'module-has-dependents': 'uninstall of a module other installed modules depend on (they are named).',
  'catalog-package-missing': 'A crates-io / git / registry module to install has no package manifest: its catalog entry carries no [modules.<key>.package] and none is vendored yet.',
  'catalog-package-mismatch': "A catalog entry's package table disagrees with the entry (slug, version), or a path entry carries one.",
  'edit-verification-failed': 'The edited modules.toml or Cargo.toml would not parse to exactly the intended document, or its layout cannot be edited safely; nothing is written.',
  'lockfile-outdated': 'install / uninstall changed Cargo.toml dependencies without --update-lockfile: Cargo.lock must be updated (`cargo update --workspace`) before `cargo build --locked`.',
  'lockfile-update-failed': '`cargo update --workspace` failed after the change (--update-lockfile), so the whole change was undone.'
} as const

/** Rules of a module change request (modules-change.yml, src/github/). */
export const CHANGE_RULES = {
  'invalid-change-request': 'A change request (repository_dispatch client_payload or workflow_dispatch inputs) has an unknown field or a value outside its grammar.',
  'permission-denied': "The requester's permission on the repository, read through the API, is below the configured minimum (admin, maintain or write).",
  'no-change': 'The requested change leaves the base branch as it is: nothing to propose.',
  'change-not-default-branch': 'The change run is not on the default branch (GITHUB_REF): changes are made only from the default branch.'
} as const

/** Rules of the command line itself. */
export const CLI_RULES = {
  'usage-error': 'A command-line argument is missing or has a value the command does not accept (exit 2, with the usage line).'
} as const

/** Rules of a command that could not look at its input at all (exit 2), besides io-error and usage-error. */
export const TOOL_RULES = {
  'catalog-fetch-error': 'The catalog (--catalog FILE or https:// URL) could not be fetched, or the URL policy refused it (exit 2).',
  'git-error': 'A git command the plan runs failed (not a repository, a missing object, git not installed; exit 2).',
  'workflow-template-error': "The workflow template shipped with modules-rebuild does not render: a defect of the tool, to report (exit 2).",
  'oci-error': 'A container registry or OCI image layout failed or refused a request (the store, the HTTP status and the registry error code are named; exit 2).',
  'github-api-error': 'The GitHub API refused or failed a request the command needed (the method, the path and the HTTP status are named; exit 2).'
} as const

/** Rules of `publish`. */
export const PUBLISH_RULES = {
  'artifact-mismatch': "A build artifact does not belong to the plan: its build-info.json names another target, build key, artifact, manifest_hash or release_id, or is unreadable.",
  'artifact-missing': 'A target the plan rebuilds has no build artifact (or a file build-info.json lists is absent).',
  'artifact-tampered': 'A built file differs from build-info.json: size or SHA-256.',
  'release-conflict': 'A release with this release_id already exists with another manifest_hash (both are named), its tag names another commit, or it is published with other assets; nothing is changed.',
  'release-request-invalid': 'The release publish was asked to create is malformed (a tag that is not a release_id, a commit that is not 40 hex, an asset twice or without a SHA-256): a defect, nothing is changed.',
  'image-error': 'An image could not be tagged release_id (registry or image layout error, or the tag points at another digest).'
} as const

/** Rules of `deploy`, `rollback` and `smoke`. */
export const DEPLOY_RULES = {
  'config-invalid-deploy': '[deploy] of modules-rebuild.toml: an empty hook program, a smoke path that is not a server path, an environment name that cannot be an image tag, or a URL that is not http(s).',
  'release-not-found': 'The release to deploy is not in the release store: never published, deleted or pruned.',
  'release-unverified': "A release's files do not verify: SHA256SUMS or release-manifest.json missing or unreadable, an asset missing, or its size or SHA-256 differs from SHA256SUMS / the manifest.",
  'image-missing': "An image digest of the release no longer exists in the registry or image layout (or the registry cannot be asked).",
  'deploy-pointer': 'The environment tag could not be re-pointed at the release digest (registry or layout error).',
  'deploy-hook': 'The deploy hook failed: non-zero exit, killed by a signal, or over `deploy.hook_timeout`.',
  'smoke-failed': "A smoke check failed: health not 200 before the deadline, /modules with another manifest_hash or module set, or pending migrations.",
  'rollback-failed': 'The automatic rollback to the previous release failed too: the environment needs a hand.',
  'deployment-record': 'The deployment could not be recorded (GitHub Deployments or the local store).'
} as const

export const RULES = { ...CLI_RULES, ...VALIDATION_RULES, ...CODEGEN_RULES, ...WORKFLOW_RULES, ...PLAN_RULES, ...CATALOG_RULES, ...CHANGE_RULES, ...TOOL_RULES, ...PUBLISH_RULES, ...DEPLOY_RULES } as const

export type RuleId = keyof typeof RULES

/**
 * The hint a ToolError of these rules carries unless the thrower gives a sharper one. io-error and
 * usage-error have none here: their message names the file or argument, and the CLI adds the usage line.
 */
export const RULE_HINTS: Partial<Record<RuleId, string>> = {
  'catalog-fetch-error': 'Check the --catalog value (a marketplace.toml in the root, another file, or an https:// URL); a catalog on a private network needs --allow-private-catalog.',
  'git-error': 'Run in a git checkout with its history (actions/checkout with fetch-depth: 0 for --base), with git on PATH.',
  'workflow-template-error': 'This is a defect of modules-rebuild, not of your files: please report it with the version (modules-rebuild --version).'
}
