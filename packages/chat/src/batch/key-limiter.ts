/**
 * Bounds concurrent rows per API key in this process (several jobs on one key share the bound),
 * and slows a key down when Altum answers 429: `pause` holds every new row on that key for the
 * Retry-After time and halves the key's concurrency until rows succeed again.
 */
export interface KeyLimiter {
  acquire(key: string): Promise<() => void>;
  pause(key: string, ms: number): void;
  succeeded(key: string): void;
}

interface Slot {
  active: number;
  limit: number;
  resumeAt: number;
  readonly waiting: (() => void)[];
}

export function createKeyLimiter(concurrency: number, now: () => number = Date.now): KeyLimiter {
  const slots = new Map<string, Slot>();
  const slotFor = (key: string): Slot => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { active: 0, limit: concurrency, resumeAt: 0, waiting: [] };
      slots.set(key, slot);
    }
    return slot;
  };
  const wake = (slot: Slot) => {
    while (slot.active < slot.limit && slot.waiting.length > 0) {
      slot.active++;
      slot.waiting.shift()?.();
    }
  };
  return {
    async acquire(key) {
      const slot = slotFor(key);
      const wait = slot.resumeAt - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (slot.active < slot.limit) slot.active++;
      else await new Promise<void>((resolve) => slot.waiting.push(resolve));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        slot.active--;
        wake(slot);
      };
    },
    pause(key, ms) {
      const slot = slotFor(key);
      slot.resumeAt = Math.max(slot.resumeAt, now() + ms);
      slot.limit = Math.max(1, Math.floor(slot.limit / 2));
    },
    succeeded(key) {
      const slot = slotFor(key);
      if (slot.limit < concurrency && now() >= slot.resumeAt) {
        slot.limit++;
        wake(slot);
      }
    },
  };
}
