import { normalisePostcode } from '@altum-chat/core';
import { usageError } from '../../errors/chat-error.ts';
import { buildSubsidiesReply } from '../../results/subsidies.ts';
import { defineCommand, stringOption } from '../define-command.ts';
import { resultContext } from './data-helpers.ts';

/** `subsidies <postcode>`: national, provincial and municipal subsidies and loans. */
export const subsidiesCommand = defineCommand({
  name: 'subsidies',
  alias: 'subsidies',
  summary: { en: 'Subsidies and loans for a postcode', nl: 'Subsidies en leningen voor een postcode' },
  args: [
    {
      name: 'postcode',
      kind: 'postcode',
      required: true,
      description: { en: 'Postcode, e.g. 3511AA', nl: 'Postcode, bijv. 3511AA' },
    },
  ],
  examples: ['subsidies 3511AA'],
  operations: ['subsidy'],
  async run(args, ctx) {
    const raw = stringOption(args, 'postcode') ?? args.address?.postcode;
    if (!raw) throw usageError('data.postcodeRequired', { command: args.command });
    const postcode = normalisePostcode(raw);
    const body = await ctx.call('subsidy', { postcode });
    return buildSubsidiesReply(postcode, body, resultContext(ctx));
  },
});
