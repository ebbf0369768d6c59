import { buildTransactionsReply } from '../../results/transactions.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `transactions <address>`: Kadaster sale transactions of the address. */
export const transactionsCommand = defineCommand({
  name: 'transactions',
  alias: 'transacties',
  summary: { en: 'Kadaster sale transactions', nl: 'Kadastertransacties' },
  args: [ADDRESS_ARG],
  examples: ['transactions 1071AA 28B'],
  operations: ['transaction'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const { Output: list } = await ctx.call('transaction', addressInput('transaction', address));
    const first = list[0];
    return buildTransactionsReply(
      {
        address: placeLabel(address, first?.Street, first?.City),
        transactions: list.map((tx) => ({
          date: tx.TransactionDate,
          price: tx.TransactionPrice,
          indexedPrice: tx.TransactionPriceIndexed,
          moreRealEstate: tx.MoreRealEstate,
        })),
      },
      resultContext(ctx),
    );
  },
});
