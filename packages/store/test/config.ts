import { loadPostgresTestConfig } from '@altum-chat/testkit';

/** The store tests' Postgres settings (shared with the other packages' tests through the testkit). */
export const loadTestConfig = loadPostgresTestConfig;
