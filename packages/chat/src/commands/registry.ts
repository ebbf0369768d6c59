import { batchCommand } from './batch.ts';
import { type CommandRegistry, createRegistry } from './create-registry.ts';
import { creditsCommand } from './credits.ts';
import { dataCommands } from './data/index.ts';
import type { AnyCommand } from './define-command.ts';
import { createHelpCommand } from './help.ts';
import { keyCommand } from './key.ts';
import { settingsCommand } from './settings.ts';
import { usageCommand } from './usage.ts';

const helpCommand = createHelpCommand(() => defaultRegistry);

/** Every chat command, in the order help lists them: explicit, no globbing. */
export const commands: readonly AnyCommand[] = [
  helpCommand,
  ...dataCommands,
  batchCommand,
  creditsCommand,
  keyCommand,
  usageCommand,
  settingsCommand,
];

/** The registry the runner uses unless told otherwise. */
export const defaultRegistry: CommandRegistry = createRegistry(commands);
