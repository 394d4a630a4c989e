import { describe, expect, it } from 'vitest';
import { compareByOrder, keyBetween, keyForIndex, sortByOrder } from '../../shared/model';
import { prng } from '../support/random';

describe('fractional ordering', () => {
  it('keyForIndex places an item at every position', () => {
    const items = ['a0', 'a1', 'a2'].map((order, i) => ({ id: `i${i}`, order }));
    for (let index = 0; index <= items.length; index++) {
      const key = keyForIndex(items, index);
      const placed = sortByOrder([...items, { id: 'new', order: key }]);
      expect(placed.findIndex((x) => x.id === 'new')).toBe(index);
    }
  });

  it('clamps out-of-range indexes', () => {
    const items = [{ id: 'a', order: 'a0' }];
    expect(keyForIndex(items, -5) < 'a0').toBe(true);
    expect(keyForIndex(items, 99) > 'a0').toBe(true);
  });

  it('ties break by id so every peer sorts alike', () => {
    const a = { id: 'b', order: 'a0' };
    const b = { id: 'a', order: 'a0' };
    expect(sortByOrder([a, b]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(compareByOrder(a, b)).toBeGreaterThan(0);
  });

  it('survives keys a peer wrote that are not fractional indexes', () => {
    expect(() => keyBetween('not a key!', 'zzz')).not.toThrow();
    expect(() =>
      keyForIndex(
        [
          { id: 'x', order: '' },
          { id: 'y', order: '' },
        ],
        1,
      ),
    ).not.toThrow();
  });

  it('1,000 random inserts keep a strict total order', () => {
    const rng = prng(5);
    let items: { id: string; order: string }[] = [];
    for (let i = 0; i < 1000; i++) {
      const key = keyForIndex(items, rng.int(items.length + 1));
      items = sortByOrder([...items, { id: `k${i}`, order: key }]);
    }
    const keys = items.map((x) => x.order);
    expect(new Set(keys).size).toBe(1000);
    expect([...keys].sort()).toEqual(keys);
  });
});
