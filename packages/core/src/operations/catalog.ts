import type { z } from 'zod';
import type { OperationDefinition } from './define-operation.ts';
import { energyOperations } from './energy/index.ts';
import { marketOperations } from './market/index.ts';

const all = [...energyOperations, ...marketOperations] as const;

type AllOperations = (typeof all)[number];

/** Every Altum operation keyed by its id (the README lists them per command). */
export type Operations = { readonly [O in AllOperations as O['id']]: O };
export type OperationId = keyof Operations & string;
/** What a caller passes to `client.call(id, input)`. */
export type InputOf<Id extends OperationId> = z.input<Operations[Id]['input']>;
/** What `client.call(id, …)` resolves to. */
export type OutputOf<Id extends OperationId> = z.output<Operations[Id]['output']>;

export const operations: Operations = Object.fromEntries(all.map((op) => [op.id, op])) as Operations;

export const operationIds = Object.keys(operations) as OperationId[];

export function getOperation(id: string): OperationDefinition | undefined {
  return Object.hasOwn(operations, id) ? (operations as Record<string, OperationDefinition>)[id] : undefined;
}

export function isOperationId(id: string): id is OperationId {
  return Object.hasOwn(operations, id);
}
