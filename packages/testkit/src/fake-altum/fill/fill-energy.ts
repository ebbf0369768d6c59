import { getMeasure } from '@altum-chat/core';
import type { Dwelling } from '../../demo/dwelling.ts';
import { labelRank } from '../../demo/energy-model.ts';
import { roundTo, valueOn } from '../../demo/market-model.ts';
import { adviceFor, type MeasurePlan, type MeasureRow, planChanges } from '../../demo/measure-plan.ts';
import { readEnergyRequest } from './energy-request.ts';
import { type FillContext, type Filler, record } from './fill-context.ts';

const isApartment = (d: Dwelling) => d.type.key === 'appartement';

/** Altum's Dutch description of a level (`Zeer goed`, `HR++ glas`). */
function describe(key: string, level: number): string | undefined {
  const label = getMeasure(key)?.levels.find((l) => l.level === level)?.label.nl;
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined;
}

/** Writes the address into whichever spelling the fixture's block uses. */
function addressBlock(block: Record<string, unknown>, d: Dwelling): Record<string, unknown> {
  const out: Record<string, unknown> = { ...block };
  for (const key of Object.keys(block)) {
    if (/^house_?number$/.test(key)) out[key] = d.address.housenumber;
    else if (/^post_?code$/.test(key)) out[key] = d.address.postcode;
    else if (/addition$/.test(key)) out[key] = d.address.addition ?? null;
  }
  return {
    ...out,
    street: d.address.street,
    city: d.address.city,
    location: { lat: d.address.lat, lon: d.address.lon },
  };
}

function buildingBlock(block: Record<string, unknown>, d: Dwelling): Record<string, unknown> {
  const s = d.surfaces;
  const common = {
    build_year: d.buildYear,
    inner_surface: d.livingArea,
    floor_surface: s.floor,
    wall_surface: s.wall,
    glass_living_room_surface: s.glassLiving,
    number_of_doors: s.doors,
  };
  if ('apartment_type' in block)
    return { ...block, ...common, roof_surface: s.flatRoof, apartment_type: d.type.sustainability };
  return {
    ...block,
    ...common,
    flat_roof_surface: s.flatRoof,
    pitched_roof_surface: s.slopedRoof,
    glass_bedrooms_surface: s.glassBedrooms,
    type: d.type.sustainability,
  };
}

function measureBlock(row: MeasureRow, beng2: number, apartment: boolean): [string, unknown] {
  const key = apartment && row.key === 'flat_roof_insulation' ? 'roof_insulation' : row.key;
  const side = (level: number) => {
    const desc = describe(row.key, level);
    return desc ? { desc, value: level } : { value: level };
  };
  return [
    key,
    {
      before: side(row.before),
      after: side(row.after),
      investment: row.investment,
      saving: row.saving,
      co2_reduce: row.co2,
      BENG2: `${((row.beng2Drop / Math.max(1, beng2)) * 100).toFixed(1)}%`,
      gas_savings: row.gasSaving,
      electricity_savings: row.electricitySaving,
    },
  ];
}

/** The advice / Delta body for a plan: label, BENG 2, CO₂, money, usage and one block per measure. */
function sustainabilityBody(
  body: Record<string, unknown>,
  ctx: FillContext,
  d: Dwelling,
  plan: MeasurePlan,
  warnings: readonly unknown[],
): Record<string, unknown> {
  const financial = record(body.financial);
  const monthlyShape = typeof financial.energy_cost_monthly === 'number' ? 'number' : 'pair';
  const savingKey = 'total_saving' in financial ? 'total_saving' : 'total_savings';
  const gained = Math.max(0, labelRank(plan.after.label) - labelRank(plan.before.label));
  const valueNow = valueOn(d.valueIn2024, ctx.today);
  const monthly = {
    current: Math.round(plan.before.costYearly / 12),
    potential: Math.round(plan.after.costYearly / 12),
  };
  return {
    ...body,
    warnings,
    address: addressBlock(record(body.address), d),
    building: buildingBlock(record(body.building), d),
    label: { current: plan.before.label, potential: plan.after.label },
    provided_label: d.registered
      ? {
          temporary: d.energy.label,
          definitive: d.registered.label,
          definitive_type: d.registered.method,
          definitive_validity: d.registered.validUntil,
        }
      : { temporary: d.energy.label, definitive: null, definitive_type: null, definitive_validity: null },
    BENG2: { current: plan.before.beng2, potential: plan.after.beng2 },
    CO2: { current: plan.before.co2, potential: plan.after.co2 },
    financial: {
      total_investment: plan.investment,
      [savingKey]: plan.saving,
      months_to_pay_off: plan.saving > 0 ? Math.round((plan.investment / plan.saving) * 12) : null,
      // Ecowaarde: about 1% of the home's value per label class gained.
      eco_value: roundTo(valueNow * 0.01 * gained, 100),
      savings_monthly: Math.round(plan.saving / 12),
      energy_cost_monthly: monthlyShape === 'number' ? monthly.potential : monthly,
      energy_cost_yearly: { current: plan.before.costYearly, potential: plan.after.costYearly },
    },
    usage: { gas: plan.before.gas, energy: plan.before.electricity, city_heating: plan.before.cityHeating },
    usage_potential: {
      gas: plan.after.gas,
      energy: plan.after.electricity,
      city_heating: plan.after.cityHeating,
    },
    measures: Object.fromEntries(
      plan.rows.map((row) => measureBlock(row, plan.before.beng2, isApartment(d))),
    ),
  };
}

const advice: Filler = (body, ctx) => {
  const request = readEnergyRequest(ctx.dwelling, ctx.input, { solarIsAddition: false });
  const target = typeof ctx.input.target_label === 'string' ? ctx.input.target_label : 'A';
  const plan = adviceFor(request.dwelling, target);
  return sustainabilityBody(body, ctx, request.dwelling, plan, request.warnings);
};

const delta: Filler = (body, ctx) => {
  const request = readEnergyRequest(ctx.dwelling, ctx.input, { solarIsAddition: true });
  const plan = planChanges(request.dwelling, request.changes);
  return sustainabilityBody(body, ctx, request.dwelling, plan, request.warnings);
};

const energylabel: Filler = (body, ctx) => {
  const flat = 'Output' in body ? record(body.Output) : body;
  const { dwelling: d, warnings } = readEnergyRequest(ctx.dwelling, ctx.input, { solarIsAddition: false });
  const apartment = isApartment(d);
  const { flat_roof_insulation: roof, sloped_roof_insulation: sloped, ...others } = d.levels;
  const filled = {
    ...flat,
    warnings,
    postcode: d.address.postcode,
    housenumber: d.address.housenumber,
    houseaddition: d.address.addition ?? null,
    build_year: d.buildYear,
    inner_surface_area: d.livingArea,
    ...(apartment
      ? { apartment_type: d.type.label, roof_insulation: roof }
      : { house_type: d.type.label, sloped_roof_insulation: sloped, flat_roof_insulation: roof }),
    ...others,
    solar_panels: d.solarPanels > 0 ? [{ pv_total_watt_peak: d.solarPanels * 400 }] : [],
    CO2: d.energy.co2,
    definitive_energy_label: d.registered?.label ?? null,
    definitive_energy_label_type: d.registered?.method ?? null,
    definitive_energy_label_validity_date: d.registered?.validUntil ?? null,
    definitive_BENG2_score: d.registered ? d.energy.beng2 + 3 : null,
    current_estimated_energy_label: d.energy.label,
    current_estimated_BENG2_score: d.energy.beng2,
    estimated_gas_usage: d.energy.gas,
    estimated_energy_usage: d.energy.electricity,
    estimated_city_heating_usage: d.energy.cityHeating,
    // 1: levels taken from the registered label; 3: estimated from build year and type.
    measures_method: d.registered ? 1 : 3,
  };
  return 'Output' in body ? { ...body, Output: filled } : filled;
};

/** Energy endpoints answered from the dwelling. */
export const energyFillers: Readonly<Record<string, Filler>> = {
  'energylabel.houses': energylabel,
  'energylabel.apartments': energylabel,
  sustainability: advice,
  'sustainability.apartments': advice,
  'sustainability.delta': delta,
  'sustainability.apartments.delta': delta,
};
