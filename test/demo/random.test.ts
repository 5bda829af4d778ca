/** The seeded generator: same seed, same sequence; ranges and choices stay within bounds. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/demo/random.js';

describe('createRng (mulberry32)', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps generators independent of each other', () => {
    const a = createRng(7);
    const b = createRng(7);
    const first = a.next();
    createRng(8).next();
    expect(b.next()).toBe(first);
  });

  it('gives floats in [0, 1) and integers in [min, max], reaching both ends', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    const floats = Array.from({ length: 5000 }, () => rng.next());
    expect(floats.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
    for (let i = 0; i < 5000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('refuses a range with no integer in it', () => {
    expect(() => createRng(1).int(3, 2)).toThrow(RangeError);
    expect(() => createRng(1).int(0.2, 0.8)).toThrow(RangeError);
  });

  it('picks, weighs and samples from the given items only', () => {
    const rng = createRng(3);
    const items = ['a', 'b', 'c', 'd'];
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(items)));
    expect([...picked].sort()).toEqual(items);
    expect(() => rng.pick([])).toThrow(RangeError);

    let heavy = 0;
    for (let i = 0; i < 2000; i++) if (rng.weighted([['x', 9], ['y', 1], ['z', 0]] as const) === 'x') heavy++;
    expect(heavy / 2000).toBeGreaterThan(0.85);
    expect(heavy / 2000).toBeLessThan(0.95);

    const sample = rng.sample(items, 3);
    expect(sample).toHaveLength(3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(items, 10)).toHaveLength(4);
  });
});
