import { describe, expect, it } from 'vitest';
import { createEventHub } from './events.ts';

interface Events {
  readonly done: { readonly n: number };
  readonly other: string;
}

describe('createEventHub', () => {
  it('delivers each event to the listeners of its name until they unsubscribe', () => {
    const hub = createEventHub<Events>();
    const seen: number[] = [];
    const off = hub.on('done', (event) => seen.push(event.n));
    hub.on('other', () => seen.push(-1));
    hub.emit('done', { n: 1 });
    off();
    hub.emit('done', { n: 2 });
    expect(seen).toEqual([1]);
  });

  it('keeps delivering when one observer throws: an observer never costs a call', () => {
    const hub = createEventHub<Events>();
    const seen: number[] = [];
    hub.on('done', () => {
      throw new Error('broken observer');
    });
    hub.on('done', (event) => seen.push(event.n));
    expect(() => hub.emit('done', { n: 3 })).not.toThrow();
    expect(seen).toEqual([3]);
  });
});
