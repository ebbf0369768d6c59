/**
 * The Postgres test settings, read in this one place for every package's tests: which PostgreSQL to run
 * against (none means SQLite only, with a printed reason), and whether CI demands it.
 */
export function loadPostgresTestConfig(env: Readonly<Record<string, string | undefined>> = process.env): {
  readonly DATABASE_URL: string | undefined;
  readonly REQUIRE_POSTGRES: boolean;
} {
  return {
    DATABASE_URL: env.DATABASE_URL?.trim() || undefined,
    REQUIRE_POSTGRES: env.ALTUM_CHAT_REQUIRE_POSTGRES === '1',
  };
}
