/** JSON files the release machinery reads (release-plan.json, build-info.json, release-manifest.json), checked by their zod schema. */
import type { z } from 'zod'

/** Parses `text` as JSON of `schema`; throws an Error naming `where`, the format and every problem. */
export function parseJsonAs<S extends z.ZodType>(schema: S, text: string, where: string, what: string): z.output<S> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new Error(`${where}: not JSON: ${(err as Error).message}`)
  }
  const r = schema.safeParse(data)
  if (!r.success) throw new Error(`${where}: not a ${what}: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`)
  return r.data
}
