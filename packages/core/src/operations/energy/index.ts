import { energyinsights } from './energyinsights.ts';
import { energylabelV1, energylabelV1Bag } from './energylabel-v1.ts';
import { energylabelApartments, energylabelHouses } from './energylabel-v2.ts';
import { geometry } from './geometry.ts';
import { roofscan } from './roofscan.ts';
import { subsidy } from './subsidy.ts';
import { sustainability, sustainabilityApartments } from './sustainability-advice.ts';
import { sustainabilityApartmentsDelta, sustainabilityDelta } from './sustainability-delta.ts';
import { sustainabilityV1, sustainabilityV1Bag } from './sustainability-v1.ts';

/** Sustainability, energy label, subsidy, geometry and roof-scan operations. */
export const energyOperations = [
  sustainabilityDelta,
  sustainabilityApartmentsDelta,
  sustainability,
  sustainabilityApartments,
  sustainabilityV1,
  sustainabilityV1Bag,
  energylabelHouses,
  energylabelApartments,
  energylabelV1,
  energylabelV1Bag,
  energyinsights,
  subsidy,
  geometry,
  roofscan,
] as const;
