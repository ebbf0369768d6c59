import { defineConfig } from 'vitest/config';

// One root config; each package and app is a project so `vitest run` covers the whole repo.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
