/**
 * The store tests' one read of the environment: which PostgreSQL to run the conformance suite
 * against (none means SQLite only, with a printed reason), and whether CI demands it.
 */
export function loadTestConfig(env: Readonly<Record<string, string | undefined>> = process.env): {
  readonly DATABASE_URL: string | undefined;
  readonly REQUIRE_POSTGRES: boolean;
} {
  return {
    DATABASE_URL: env.DATABASE_URL?.trim() || undefined,
    REQUIRE_POSTGRES: env.ALTUM_CHAT_REQUIRE_POSTGRES === '1',
  };
}
