import type { AnyCommand } from '../define-command.ts';
import { adviceCommand } from './advice.ts';
import { comparablesCommand } from './comparables.ts';
import { deltaCommand } from './delta.ts';
import { featuresCommand } from './features.ts';
import { labelCommand } from './label.ts';
import { listingCommand } from './listing.ts';
import { rebuildCommand } from './rebuild.ts';
import { subsidiesCommand } from './subsidies.ts';
import { transactionsCommand } from './transactions.ts';
import { valueCommand } from './value.ts';
import { valueplusCommand } from './valueplus.ts';
import { wozCommand } from './woz.ts';

/** The Altum data commands, in the order help lists them. */
export const dataCommands: readonly AnyCommand[] = [
  valueCommand,
  valueplusCommand,
  wozCommand,
  labelCommand,
  adviceCommand,
  deltaCommand,
  comparablesCommand,
  transactionsCommand,
  listingCommand,
  featuresCommand,
  subsidiesCommand,
  rebuildCommand,
];
