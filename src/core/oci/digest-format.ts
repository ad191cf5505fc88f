/**
 * What a content digest (`algorithm:hex`) looks like. Apart from digest.ts, which computes digests:
 * the configuration's schemas check references with this, and must not load node:crypto to do so.
 */

/** sha256 and sha512, the algorithms the OCI image-spec registers. */
export const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/

export function isDigest(s: string): boolean {
  return DIGEST_PATTERN.test(s)
}
