import { fixtures } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { createResultContext } from './result-context.ts';
import { buildSubsidiesReply } from './subsidies.ts';

const body = fixtures.get('subsidy')?.response;

describe('subsidies reply', () => {
  it('shows loans with interest, monthly cost, total cost and eligibility, and the ISDE estimate (en)', () => {
    const reply = buildSubsidiesReply('3511AA', body, createResultContext('en', { charts: false }));
    const loans = reply.tables.find((table) => table.title === 'Loans');
    expect(loans?.columns).toEqual(['Loan', 'Interest', 'Per month', 'Total cost', 'Eligible']);
    expect(loans?.rows).toEqual([['Energiebespaarlening (Warmtefonds)', '3.8%', '€152', '€18,288', 'yes']]);
    expect(reply.fields).toContainEqual({ label: 'ISDE estimate', value: '€2,675', inline: true });
    expect(reply.tables.map((table) => table.title)).toEqual([
      'National',
      'Province',
      'Municipality',
      'Loans',
    ]);
  });

  it('does the same in Dutch', () => {
    const reply = buildSubsidiesReply('3511AA', body, createResultContext('nl', { charts: false }));
    expect(reply.tables.at(-1)?.title).toBe('Leningen');
    expect(reply.tables.at(-1)?.rows[0]?.at(-1)).toBe('ja');
    expect(reply.fields[0]?.label).toBe('ISDE-schatting');
  });

  it('reads an ISDE number, loan objects without numbers, and says nothing it was not given', () => {
    const reply = buildSubsidiesReply(
      '3511AA',
      { municipality: [], isde: '1250', loan_options: { name: 'Duurzaamheidslening' } },
      createResultContext('en', { charts: false }),
    );
    expect(reply.fields).toEqual([{ label: 'ISDE estimate', value: '€1,250', inline: true }]);
    expect(reply.tables).toEqual([
      {
        title: 'Loans',
        columns: ['Loan', 'Interest', 'Per month', 'Total cost', 'Eligible'],
        rows: [['Duurzaamheidslening', '–', '–', '–', '–']],
      },
    ]);
  });
});
