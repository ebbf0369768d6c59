/**
 * The test's one read of its own environment: what the playground child process inherits. The
 * child needs PATH and HOME to start at all, but not the developer's Altum or database settings,
 * which would send the test to the real API or a shared database instead of the fake and a temp dir.
 */
export function childEnvironment(
  overrides: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, string> {
  const inherited: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith('ALTUM_') && name !== 'DATABASE_URL') inherited[name] = value;
  }
  return { ...inherited, ...overrides };
}
