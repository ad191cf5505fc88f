/** Build commands: `[plan.<target>] command` templates expanded to argument vectors. Pure. */

export interface CommandContext {
  package: string
  /** [build] profile: `release`, `dev` or a custom profile. */
  profile: string
  /** [build] target triple, or undefined for the host. */
  triple: string | undefined
  /** The cargo arguments that select the features ([codegen] FeatureSet.cargoArgs or the profile override). */
  featureArgs: readonly string[]
  features: readonly string[]
}

/** `--release` for the release profile, else `--profile <name>` (RusToK's rule). */
export const profileArgs = (profile: string): string[] => (profile === 'release' ? ['--release'] : ['--profile', profile])

/** The directory cargo writes a profile to: `dev`/`test` → `debug`, `bench` → `release`, else the name. */
export function profileDir(profile: string): string {
  if (profile === 'dev' || profile === 'test') return 'debug'
  if (profile === 'bench') return 'release'
  return profile
}

/**
 * Expands a template: an element that is exactly `{profile_args}`, `{target_args}` or
 * `{feature_args}` becomes zero or more arguments; every other placeholder is replaced in place.
 */
export function expandCommand(template: readonly string[], ctx: CommandContext): string[] {
  const lists: Record<string, string[]> = {
    '{profile_args}': profileArgs(ctx.profile),
    '{target_args}': ctx.triple ? ['--target', ctx.triple] : [],
    '{feature_args}': [...ctx.featureArgs]
  }
  const out: string[] = []
  for (const arg of template) {
    const list = lists[arg]
    if (list) out.push(...list)
    else out.push(fill(arg, ctx, lists))
  }
  return out
}

/** Replaces the placeholders of one string (`output` paths use {target_dir} and {profile_dir} too). */
export function fill(text: string, ctx: CommandContext, lists?: Record<string, string[]>): string {
  const values: Record<string, string> = {
    '{package}': ctx.package,
    '{features}': ctx.features.join(','),
    '{profile}': ctx.profile,
    '{target}': ctx.triple ?? '',
    '{target_dir}': ctx.triple ? `target/${ctx.triple}` : 'target',
    '{profile_dir}': profileDir(ctx.profile)
  }
  return text.replace(/\{[a-z_]+\}/g, (m) => values[m] ?? lists?.[m]?.join(' ') ?? m)
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/

/** POSIX shell form of an argument vector: arguments with other characters are single-quoted. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (a !== '' && SAFE.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}
