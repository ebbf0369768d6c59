import { describeLevels, findMeasure, resolveMeasureLevel } from '@altum-chat/core';
import type { MeasureParse, MeasureReader } from './measures.ts';

/**
 * Reads `measure=level` through core's measure vocabulary: `wall_insulation=good`, `gevel=4`,
 * `glas=hr++`, `solar_panels=8`. See packages/core/src/operations/energy/measures.ts.
 */
export const readMeasure: MeasureReader = (name, value): MeasureParse => {
  const result = resolveMeasureLevel(name, value);
  if (result.ok) {
    const setting =
      result.word === undefined
        ? { key: result.measure.key, level: result.level }
        : { key: result.measure.key, level: result.level, word: result.word };
    return { ok: true, setting };
  }
  const base = { ok: false as const, reason: result.reason, validWords: result.validWords };
  const measure = result.reason === 'unknown_measure' ? undefined : findMeasure(name);
  return {
    ...base,
    ...(result.reason === 'unknown_measure' ? {} : { measure: measure?.key ?? name.toLowerCase() }),
    ...(measure ? { levels: describeLevels(measure) } : {}),
    ...(result.suggestion === undefined ? {} : { suggestion: result.suggestion }),
    ...(result.min === undefined ? {} : { min: result.min }),
    ...(result.max === undefined ? {} : { max: result.max }),
  };
};
