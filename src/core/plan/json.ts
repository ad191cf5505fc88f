/**
 * Canonical JSON of plain JSON values (objects with sorted keys, no white space — RFC 8785 for the
 * strings, integers and booleans the plan hashes) and its SHA-256. The plan's values are shallow
 * and contain null, which the TOML-oriented hash/jcs.ts does not take.
 */
import { sha256Hex } from '../hash/digest.js'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export function stableJson(value: Json): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('stableJson: non-finite number')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k]!)}`).join(',')}}`
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function digestJson(value: Json): string {
  return sha256Hex(stableJson(value))
}
