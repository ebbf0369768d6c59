import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';
import { createMemoryLogger } from '../../test/memory-logger.ts';
import { migrations } from './migrations.ts';

describeEachBackend('migrations', (backend) => {
  it('apply once, in order, and record their versions', async () => {
    const logger = createMemoryLogger();
    const options = { ...backend.freshOptions(), logger };
    const store = await backend.open(options);
    await store.close();
    await backend.open(options);
    const rows = await backend.sql(options, 'SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => Number(row.version))).toEqual(migrations.map((migration) => migration.version));
    expect(logger.lines.filter((line) => line.includes('Applied migration'))).toHaveLength(migrations.length);
  });

  it('let instances that start together migrate once', async () => {
    const options = backend.freshOptions();
    const stores = await Promise.all([backend.open(options), backend.open(options), backend.open(options)]);
    expect(stores.map((store) => store.dialect)).toEqual([backend.dialect, backend.dialect, backend.dialect]);
    const rows = await backend.sql(options, 'SELECT COUNT(*) AS n FROM schema_migrations');
    expect(Number(rows[0]?.n)).toBe(migrations.length);
  });
});

it('versions are unique and increasing', () => {
  const versions = migrations.map((migration) => migration.version);
  expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
});
