import type { FaultSpec } from '@altum-chat/testkit';

/** Every kind of upstream trouble the fake can stage, with short timings so suites stay fast. */
export const FAULT_MENU: readonly ((random: () => number) => FaultSpec)[] = [
  () => ({ hang: true }),
  () => ({ status: 500 }),
  () => ({ status: 502 }),
  () => ({ status: 503 }),
  () => ({ status: 429, retryAfterSeconds: 1 }),
  () => ({ malformedJson: true }),
  () => ({ reset: true }),
  () => ({ slowBodyMs: 400 }),
  (random) => ({ latencyMs: 20 + Math.floor(random() * 80) }),
];

/** A fault drawn from the menu; `times` 1–3 so some outlast the client's retries and some don't. */
export function randomFault(random: () => number): FaultSpec {
  const make = FAULT_MENU[Math.floor(random() * FAULT_MENU.length)] ?? FAULT_MENU[0]!;
  return { ...make(random), times: 1 + Math.floor(random() * 3) };
}

/** Counts unhandled rejections while a suite runs (vitest would also fail the run on one). */
export function countUnhandledRejections(): { readonly count: () => number; stop(): void } {
  let count = 0;
  const onRejection = () => {
    count += 1;
  };
  process.on('unhandledRejection', onRejection);
  return { count: () => count, stop: () => process.off('unhandledRejection', onRejection) };
}
