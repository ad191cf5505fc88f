/**
 * THE table of third-party actions that modules-rebuild's workflows use, each pinned to a full
 * commit SHA with the release it was cut from. Every generated workflow and this repository's own
 * .github/workflows/ci.yml take their `uses:` from here; a test fails on any other pin.
 *
 * Updating a pin: take the commit of the new release tag (`git ls-remote --tags
 * https://github.com/<action> 'refs/tags/vX.Y.Z^{}'`), change sha and version together, run
 * `modules-rebuild workflows generate` and the tests (the golden file shows the change).
 *
 * Where each pin was read (repository, file, commit of that file version):
 * - actions/checkout v6.0.2: astral-sh/uv .github/workflows/check-lint.yml and test.yml @ 011f9b9cb273caaf1949064c153f20325f6f9246,
 *   check-generated-files.yml @ 0b7aadb323719b4627cf4cbf48a3cf635e9c4fda.
 * - actions/upload-artifact v7.0.0: astral-sh/uv .github/workflows/test.yml @ 011f9b9cb273caaf1949064c153f20325f6f9246.
 * - actions/download-artifact v8.0.1: astral-sh/uv .github/workflows/publish-pypi.yml @ 07bb206a91d70b276ebd5949a16068e19a49e44a
 *   and publish-docker.yml @ 60540b6e1c1595e08df140b0b5bf0018f623939c.
 * - actions/setup-node v6.3.0: astral-sh/ruff .github/workflows/publish-wasm.yml @ 00f2ad46991b1d2718b3a7defae4aa03a150bd8e.
 * - actions/cache v5.0.4: no well-kept repository found pinning a v5 release; the same sha is labelled
 *   v5.0.4 in several independent workflows and docs (public code search). Verify with ls-remote
 *   before the first release.
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
  'actions/checkout': { sha: 'de0fac2e4500dabe0009e67214ff5f5447ce83dd', version: 'v6.0.2' },
  'actions/cache': { sha: '668228422ae6a00e4ad889ee87cd7109ec5666a7', version: 'v5.0.4' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'actions/setup-node': { sha: '53b83947a5a98c8d113130e565377fae1a50d02f', version: 'v6.3.0' }
} as const satisfies Record<string, Pin>

export type PinnedAction = keyof typeof PINS

export const isPinnedAction = (name: string): name is PinnedAction => Object.hasOwn(PINS, name)

/** `owner/repo@<sha>`, the `uses:` value of a pinned action (its comment is `# <version>`). */
export const pinnedRef = (action: PinnedAction): string => `${action}@${PINS[action].sha}`
