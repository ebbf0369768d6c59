import { z } from 'zod';

/**
 * The benchmarks' environment, read in this one place. `BENCH_DATA_ROOT` puts the store on another
 * file system (e.g. `/dev/shm`, to show what SQLite's writes cost).
 */
const schema = z.object({
  BENCH_DATA_ROOT: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  /** Where `bench:profile` writes its `.cpuprofile` (default `slack-n1000.cpuprofile` in bench/). */
  BENCH_PROFILE_OUT: z.string().trim().min(1).optional(),
});

export type BenchConfig = z.output<typeof schema>;

export function loadBenchConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): BenchConfig {
  return schema.parse(env);
}

/**
 * The environment a spawned app inherits (PATH, HOME, …) with the bench's own variables on top:
 * child processes need the parent's environment to find node and tsx at all.
 */
export function childEnvironment(
  overrides: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, string | undefined> {
  return { ...env, ...overrides };
}
