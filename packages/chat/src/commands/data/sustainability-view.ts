import { type Address, formatAddress, type OutputOf } from '@altum-chat/core';
import type { SustainabilityView } from '../../results/sustainability.ts';
import { placeLabel } from './data-helpers.ts';

type SustainabilityOutput = OutputOf<'sustainability'> | OutputOf<'sustainability.delta'>;

/**
 * Reads the shared v2 advice / Delta body into the reply's view. `energy_cost_monthly` is documented
 * both as one number ("new monthly energy bill") and as `{current, potential}`, so both are accepted.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta
 */
export function toSustainabilityView(
  data: SustainabilityOutput,
  address: Address,
  apartment: boolean,
): SustainabilityView {
  const money = data.financial;
  const bill = money?.energy_cost_monthly;
  return {
    address: placeLabel(address, data.address?.street, data.address?.city),
    addressArg: formatAddress(address),
    labelCurrent: data.label.current,
    labelPotential: data.label.potential,
    investment: money?.total_investment,
    yearlySaving: money?.total_saving,
    monthlySaving: money?.savings_monthly,
    monthsToPayOff: money?.months_to_pay_off,
    returnOnInvestment: money?.return_on_investment,
    ecoValue: money?.eco_value,
    energyCostMonthly: typeof bill === 'number' ? { potential: bill } : (bill ?? {}),
    co2: data.CO2 ?? {},
    measures: Object.entries(data.measures ?? {}).map(([key, m]) => ({
      key,
      before: m.before,
      after: m.after,
      investment: m.investment,
      saving: m.saving,
    })),
    warnings: data.warnings ?? [],
    apartment,
  };
}
