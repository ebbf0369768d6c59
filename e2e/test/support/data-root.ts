import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * Where suites keep their SQLite files: tmpfs when there is one. The store commits with
 * `synchronous = FULL`, and a disk fsync per commit would make these suites slow without testing more.
 */
export const TEST_DATA_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
