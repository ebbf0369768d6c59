/**
 * Re-wraps every stored API key and Slack installation under a new master key, without downtime:
 *   1. Generate a new key: `openssl rand -base64 32`.
 *   2. Restart every instance with ALTUM_CHAT_MASTER_KEY=<new> and ALTUM_CHAT_PREVIOUS_MASTER_KEYS=<old>
 *      (comma-separated); they now seal with the new key and open with either.
 *   3. Run `pnpm --filter @altum-chat/store rotate-master-key` with the same environment.
 *   4. When it reports 0 failed, drop ALTUM_CHAT_PREVIOUS_MASTER_KEYS and restart.
 * For the embedded default the old key is DATA_DIR/master.key: put the new key in ALTUM_CHAT_MASTER_KEY.
 */
import { rotateMasterKey } from '../src/rotation/rotate-master-key.ts';
import { loadRotationConfig } from './config.ts';

const config = loadRotationConfig();
if (config.previousMasterKeys.length === 0) {
  console.error(
    'Set ALTUM_CHAT_PREVIOUS_MASTER_KEYS to the old master key(s) and ALTUM_CHAT_MASTER_KEY to the new one.',
  );
  process.exit(2);
}

try {
  const report = await rotateMasterKey(config);
  console.log(
    `Re-wrapped ${report.rewrapped}, already current ${report.current}, changed meanwhile ${report.raced}, failed ${report.failed.length}.`,
  );
  for (const line of report.failed) console.error(`  could not open ${line}`);
  process.exit(report.failed.length === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : 'Rotation failed.');
  process.exit(1);
}
