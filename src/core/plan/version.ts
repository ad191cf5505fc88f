/** release-plan.json's name and format version: what schema.ts and format.ts (the serializer) share. */
export const PLAN_SCHEMA_VERSION = 1
export const PLAN_FILE = 'release-plan.json'
