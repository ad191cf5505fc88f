/**
 * Where the zod schemas are found when the happy path (the generated parsers, fast-shape.ts) is not enough: code that
 * validates never imports zod itself, so a valid file is checked without loading it, and a finding
 * asks for the schemas here. `registerZodFallbacks` (app/schemas.ts) puts them here; until then
 * `zodSchema` throws SchemasNotLoaded: the CLI's read-only commands then load them and run again;
 * the other commands, the action and the tests (jest setup) register them up front. Kept on globalThis so every copy of this module (jest's module registries)
 * sees the same schemas.
 */
import type { z } from 'zod'
import { NO, type FastParse } from './fast-shape.js'

export type ZodSchemaName = 'ManifestSchema' | 'BuildSchema' | 'ModuleEntrySchema' | 'PackageManifestSchema' | 'ConfigSchema' | 'ReleasePlanSchema'

/** A format checked by its generated parser first, by the registered zod schema `name` otherwise. */
export interface LazySchema<T> {
  readonly name: ZodSchemaName
  readonly fast: FastParse
  /** Never set: carries the parsed type. */
  readonly output?: T
}

export function lazySchema<T>(name: ZodSchemaName, fast: FastParse): LazySchema<T> {
  return { name, fast }
}

const KEY = Symbol.for('modules-rebuild.zod-schemas')
type Registry = Partial<Record<ZodSchemaName, z.ZodType>>
const registry = (): Registry => ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as Registry

export class SchemasNotLoaded extends Error {
  override name = 'SchemasNotLoaded'
}

export function registerZodSchemas(schemas: Registry): void {
  Object.assign(registry(), schemas)
}

export function zodSchema(name: ZodSchemaName): z.ZodType {
  const s = registry()[name]
  if (!s) throw new SchemasNotLoaded(`the zod schema ${name} is not loaded (call loadZodSchemas first)`)
  return s
}

export const isSchemasNotLoaded = (err: unknown): boolean => err instanceof Error && err.name === 'SchemasNotLoaded'

/** `schema.parse(data)`: the generated parser when it is sure, the zod schema otherwise (it throws on invalid data). */
export function parseWith<T>(schema: LazySchema<T>, data: unknown): T {
  const fast = schema.fast(data)
  return fast !== NO ? (fast as T) : (zodSchema(schema.name).parse(data) as T)
}
