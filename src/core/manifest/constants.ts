/** The constants of modules.toml, apart from its zod schema (schema.ts re-exports them) so code that only needs them does not load zod. */
export const SLUG_PATTERN = '^[a-z0-9_-]+$'
export const CRATE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,63}$'

export const SOURCES = ['path', 'git', 'crates-io', 'registry'] as const
export const STACKS = ['leptos', 'next'] as const
export const RUNTIMES = ['module', 'extension'] as const

export type Source = (typeof SOURCES)[number]
