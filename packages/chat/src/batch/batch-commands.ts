import type { Address, InputOf, OperationId } from '@altum-chat/core';
import { addressInput } from '../commands/data/data-helpers.ts';
import type { OptionValue } from '../commands/define-command.ts';

type Options = Readonly<Record<string, OptionValue | undefined>>;

/**
 * A command batch can run for every address. `request` names the call the command makes for an
 * address, exactly as its `run` builds it, so the estimate can ask the cache without spending
 * (batch-commands.test.ts checks the cache says yes after the command ran).
 */
export interface BatchCommand {
  readonly name: string;
  readonly request: (address: Address, options: Options) => { id: OperationId; input: InputOf<OperationId> };
}

const plain =
  (id: OperationId) =>
  (address: Address): { id: OperationId; input: InputOf<OperationId> } => ({
    id,
    input: addressInput(id, address),
  });

export const BATCH_COMMANDS: readonly BatchCommand[] = [
  { name: 'value', request: plain('avm') },
  { name: 'valueplus', request: plain('avmplus') },
  {
    name: 'woz',
    request: (address) => ({
      id: 'woz',
      input: { ...addressInput('woz', address), index: 1 } as InputOf<'woz'>,
    }),
  },
  {
    name: 'label',
    request: (address, options) => {
      const id = options.type === 'apartment' ? 'energylabel.apartments' : 'energylabel.houses';
      return { id, input: addressInput(id, address) };
    },
  },
  { name: 'rebuild', request: plain('rebuild') },
  { name: 'features', request: plain('objectdata.v2') },
  { name: 'listing', request: plain('movedata') },
  {
    name: 'advice',
    request: (address, options) => ({
      id: 'sustainability',
      input: {
        ...addressInput('sustainability', address),
        target_label: String(options.target ?? 'A').toUpperCase(),
      } as InputOf<'sustainability'>,
    }),
  },
];

const BY_NAME = new Map(BATCH_COMMANDS.map((command) => [command.name, command]));

export function getBatchCommand(name: string): BatchCommand | undefined {
  return BY_NAME.get(name);
}
