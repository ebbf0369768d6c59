import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { operations } from './catalog.ts';
import type { OperationDefinition } from './define-operation.ts';

type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/**
 * Every object schema reachable from `schema`, with its path. Walks what an input can be built of:
 * wrappers (optional, default, pipe/transform, preprocess), unions, arrays, records and objects.
 */
function objectsIn(schema: z.ZodType, path: string, seen = new Set<unknown>()): { path: string; def: Def }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const children: [string, unknown][] = [];
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>))
        children.push([`${path}.${key}`, child]);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      children.push([path, def.innerType]);
      break;
    case 'pipe':
      children.push([path, def.in], [path, def.out]);
      break;
    case 'union':
      for (const option of def.options as unknown[]) children.push([path, option]);
      break;
    case 'array':
      children.push([`${path}[]`, def.element]);
      break;
    case 'record':
      children.push([`${path}{}`, def.valueType]);
      break;
    default:
      break;
  }
  const own = def.type === 'object' ? [{ path, def }] : [];
  return [...own, ...children.flatMap(([p, child]) => objectsIn(child as z.ZodType, p, seen))];
}

const all = Object.values(operations as Record<string, OperationDefinition>);

describe('operation inputs', () => {
  it.each(all.map((op) => [op.id, op] as const))('%s strips no unknown key at any depth', (_id, op) => {
    const objects = objectsIn(op.input, op.id);
    expect(objects.length).toBeGreaterThan(0);
    const lenient = objects.filter(
      ({ def }) => defOf(def.catchall ?? { _zod: { def: { type: 'none' } } }).type !== 'never',
    );
    expect(lenient.map(({ path }) => path)).toEqual([]);
  });

  it.each(all.map((op) => [op.id, op] as const))('%s refuses an unknown field and names it', (_id, op) => {
    const result = op.input.safeParse({ not_an_altum_field: 1 });
    expect(result.success).toBe(false);
    const unknown = result.error?.issues.find((issue) => issue.code === 'unrecognized_keys');
    expect(unknown && 'keys' in unknown ? unknown.keys : []).toEqual(['not_an_altum_field']);
  });
});
