/** Sustainability, energy label, subsidy, geometry and roof-scan operations. */
export const energyOperations = [] as const;
