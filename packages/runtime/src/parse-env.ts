import type { z } from 'zod';

/**
 * Turns an environment into a validated config, or one `ConfigError` that lists every problem at
 * once: each with the variable's name, the right reason and a hint for fixing it, never the value.
 * Shared by every app's config.ts so they all report the same way.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** One unusable variable: its name, why, and (optionally) where the right value comes from. */
export interface EnvProblem {
  readonly name: string;
  readonly reason: string;
}

/** Thrown when the environment is unusable; the message names variables, never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    title: string,
    readonly problems: readonly EnvProblem[],
    hints: Readonly<Record<string, string>> = {},
  ) {
    super(
      [
        `${title} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`,
        ...problems.map(
          ({ name, reason }) => `  ${name}: ${reason}${hints[name] ? ` (${hints[name]})` : ''}`,
        ),
      ].join('\n'),
    );
  }
}

/** Whether a variable is set to something other than blanks (a blank counts as unset, as in `.env` files). */
export function isSet(env: Env, name: string): boolean {
  return (env[name] ?? '').trim() !== '';
}

/**
 * Our reason for a zod issue. zod's own texts can echo the input, and its codes alone mislead (a
 * string that fails `startsWith` is an `invalid_format`, as is a bad URL; a non-number coerced to
 * NaN is an `invalid_type`, as is a missing value), so every branch looks at what really failed.
 */
export function reasonFor(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type' && input === undefined) return 'is required';
  // Our own messages (every one starts "must …" or "is …") already say what is wrong.
  if (/^(must|is) /.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? 'must be a number' : `must be a ${issue.expected}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'must be an http(s) URL';
      if (issue.format === 'starts_with' && 'prefix' in issue)
        return `must start with ${String(issue.prefix)}`;
      return 'is malformed';
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return 'is out of range';
    default:
      return 'is malformed';
  }
}

export interface ParseEnvOptions<S extends z.ZodType> {
  /** First line of the error, e.g. `Invalid Slack app configuration`. */
  readonly title: string;
  /** An object schema over the variables; its field checks may carry their own messages. */
  readonly schema: S;
  /** Rules across variables (which ones a mode needs), judged on presence so they run even when a field is malformed. */
  readonly rules?: (env: Env) => readonly EnvProblem[];
  /** Per variable: where its value comes from or an example, appended to its problem. */
  readonly hints?: Readonly<Record<string, string>>;
}

/** Parses `env`, or throws a `ConfigError` naming every variable that is missing or malformed (first reason per variable). */
export function parseEnv<S extends z.ZodType>(env: Env, options: ParseEnvOptions<S>): z.output<S> {
  const parsed = options.schema.safeParse(env);
  const problems = new Map<string, string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '?');
      if (!problems.has(name)) problems.set(name, reasonFor(issue, env[name]));
    }
  }
  for (const problem of options.rules?.(env) ?? []) {
    if (!problems.has(problem.name)) problems.set(problem.name, problem.reason);
  }
  if (problems.size > 0) {
    throw new ConfigError(
      options.title,
      [...problems].map(([name, reason]) => ({ name, reason })),
      options.hints,
    );
  }
  return (parsed as { data: z.output<S> }).data;
}
