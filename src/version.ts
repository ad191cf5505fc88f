/** The tool's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0'

/**
 * `modules-rebuild-build:<sha256>`, written over this placeholder by scripts/package.mjs: the sha256
 * of the bundles it built (computed with the placeholder in place), so a dist/ that differs in any
 * byte has another identity and an identical rebuild the same. What must never outlive the code
 * that wrote it (the parse cache, adapters/fs/toml-store.ts) is bound to it: VERSION does not change
 * between development builds.
 */
const BUILT = 'modules-rebuild-build:unpackaged'
/** The build's identity (64 hex digits); null when running from source (tests), which has none. */
export const BUILD_ID: string | null = /^modules-rebuild-build:[0-9a-f]{64}$/.test(BUILT) ? BUILT.slice(BUILT.indexOf(':') + 1) : null
