import { buildWozReply } from '../../results/woz.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `woz <address>`: WOZ value history, indexed to today, with the year-on-year change and a chart. */
export const wozCommand = defineCommand({
  name: 'woz',
  alias: 'woz',
  summary: { en: 'WOZ value history', nl: 'WOZ-waardehistorie' },
  args: [ADDRESS_ARG],
  examples: ['woz 1071AA 28B'],
  operations: ['woz'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const { Output: o } = await ctx.call('woz', { ...addressInput('woz', address), index: 1 });
    return buildWozReply(
      {
        address: placeLabel(address, o.Street, o.City),
        entries: o.wozvalue.map((e) => ({ date: e.Date, value: e.Value, indexedValue: e.IndexedValue })),
        sourceDate: o['WOZ-source_date'],
        buildYear: o.BuildYear,
      },
      resultContext(ctx),
    );
  },
});
