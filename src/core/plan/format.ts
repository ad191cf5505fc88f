/**
 * What writing release-plan.json needs without loading zod: its constants and its serializer, which
 * checks the plan against the generated Shape of ReleasePlanSchema (schema.ts, the single
 * definition of the format, re-exports all of this).
 */
import { RELEASE_PLAN_SHAPE } from '../manifest/shapes.generated.js'
import { lazySchema, parseWith } from '../manifest/zod-registry.js'
import type { ReleasePlan } from './schema.js'

export const PLAN_SCHEMA_VERSION = 1
export const PLAN_FILE = 'release-plan.json'


const RELEASE_PLAN = lazySchema<ReleasePlan>('ReleasePlanSchema', RELEASE_PLAN_SHAPE)

/** The bytes of release-plan.json: schema key order, two-space indent, final newline. */
export function serializePlan(plan: ReleasePlan): string {
  return JSON.stringify(parseWith(RELEASE_PLAN, plan), null, 2) + '\n'
}
