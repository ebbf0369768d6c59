/**
 * Readers for the parts of Altum's subsidy answer beyond the per-level lists. The 200 body is not
 * printed in the docs [unknown]; the page promises "loan options, including interest, total cost and
 * monthly installments" and "an estimate of the ISDE subsidy amount", so these read the names such a
 * body would plausibly use and ignore what they do not recognise. Nothing here invents a number.
 * https://docs.altum.ai/english/sustainability/sustainability-subsidy-api
 */

type Rec = Record<string, unknown>;

export function record(value: unknown): Rec | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A finite number from a number or numeric string; anything else is absent. */
export function amount(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

function first(rec: Rec, names: readonly string[]): unknown {
  for (const name of names) if (rec[name] !== undefined && rec[name] !== null) return rec[name];
  return undefined;
}

/** Top-level keys that hold loans (`loans`, `loan_options`, `leningen`) and the ISDE block. */
export const isLoanKey = (key: string) => /loan|lening/i.test(key);
export const isIsdeKey = (key: string) => /isde/i.test(key);

export interface Loan {
  readonly name: string;
  readonly provider: string | undefined;
  /** Percent per year, as Altum gives it (3.8 = 3.8 %). */
  readonly interestRate: number | undefined;
  readonly monthly: number | undefined;
  readonly totalCost: number | undefined;
  readonly eligible: boolean | undefined;
}

export function readLoans(value: unknown): Loan[] {
  const items = Array.isArray(value) ? value : record(value) ? [value] : [];
  return items.flatMap((item) => {
    const loan = record(item);
    const name = loan && text(first(loan, ['name', 'title', 'naam', 'program', 'product']));
    if (!loan || !name) return [];
    const eligible = first(loan, ['eligible', 'is_eligible']);
    return [
      {
        name,
        provider: text(first(loan, ['provider', 'lender', 'verstrekker'])),
        interestRate: amount(first(loan, ['interest_rate', 'interest', 'rente'])),
        monthly: amount(first(loan, ['monthly_installment', 'monthly_payment', 'monthly', 'maandlast'])),
        totalCost: amount(first(loan, ['total_cost', 'total_costs', 'totale_kosten'])),
        eligible: typeof eligible === 'boolean' ? eligible : undefined,
      },
    ];
  });
}

/** The ISDE estimate in euros: a number, or an object with an amount-like field. */
export function readIsde(value: unknown): number | undefined {
  const direct = amount(value);
  if (direct !== undefined) return direct;
  const rec = record(value);
  return rec
    ? amount(first(rec, ['estimated_amount', 'estimate', 'amount', 'total', 'subsidy_amount']))
    : undefined;
}
