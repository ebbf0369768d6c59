/** One app's bundle: entry name (→ `dist/<name>.js`) to its source, relative to the app's folder. */
export interface AppBuild {
  readonly dir: string;
  readonly entries: Readonly<Record<string, string>>;
}

/** The store's key-rotation script ships inside each bot, so a deployed folder can rotate its own keys. */
const ROTATE_MASTER_KEY = '../../packages/store/scripts/rotate-master-key.ts';

export const appBuilds: readonly AppBuild[] = [
  {
    dir: 'apps/slack-bot',
    entries: { main: 'src/main.ts', 'rotate-master-key': ROTATE_MASTER_KEY },
  },
  {
    dir: 'apps/discord-bot',
    entries: {
      main: 'src/main.ts',
      register: 'src/register.ts',
      'rotate-master-key': ROTATE_MASTER_KEY,
    },
  },
  { dir: 'apps/playground', entries: { main: 'src/main.ts' } },
];
