/**
 * THE table of third-party actions that modules-rebuild's workflows use, each pinned to a full
 * commit SHA with the release it was cut from. Every generated workflow and this repository's own
 * .github/workflows/ci.yml take their `uses:` from here; a test fails on any other pin.
 *
 * Updating a pin: take the commit of the new release tag (`git rev-parse vX.Y.Z^{commit}` on a
 * copy of the action's own repository), change sha and version together, read that release's
 * notes when the major changes, run `modules-rebuild workflows generate` and the tests (the
 * golden file shows the change).
 *
 * Where each pin was read: every commit below is the commit its release tag points to in the
 * action's own repository, read on 2026-11-30 (/work/shared/action-pins.md of the rebuild
 * project). Notes read for the majors moved here: actions/checkout v7 and actions/setup-node v7
 * (node24 runtime, ESM; the inputs these workflows use — persist-credentials, fetch-depth,
 * node-version — are unchanged). The docker/* actions and attest-build-provenance serve the
 * `images` job (container images pushed by digest).
 *
 * No Rust toolchain action: GitHub's ubuntu runners ship rustup and stable cargo, and rustup
 * installs whatever rust-toolchain.toml asks for on the first cargo call. A repository that
 * needs more adds it through `[workflows] setup_steps`.
 */
export interface Pin {
  /** Full 40-hex commit id. */
  sha: string
  /** The release tag the commit belongs to, `vX.Y.Z`; rendered as the `# vX.Y.Z` comment. */
  version: string
}

export const PINS = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/cache': { sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae', version: 'v5.0.5' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/attest-build-provenance': { sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', version: 'v4.1.0' },
  'docker/setup-buildx-action': { sha: '37fe631027851001ddb9b187196cc803df7f5f0e', version: 'v4.3.0' },
  'docker/login-action': { sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', version: 'v4.1.0' },
  'docker/metadata-action': { sha: 'dc802804100637a589fabce1cb79ff13a1411302', version: 'v6.2.0' },
  'docker/build-push-action': { sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', version: 'v7.3.0' }
} as const satisfies Record<string, Pin>

export type PinnedAction = keyof typeof PINS

export const isPinnedAction = (name: string): name is PinnedAction => Object.hasOwn(PINS, name)

/** `owner/repo@<sha>`, the `uses:` value of a pinned action (its comment is `# <version>`). */
export const pinnedRef = (action: PinnedAction): string => `${action}@${PINS[action].sha}`
