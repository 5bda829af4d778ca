/**
 * A small seeded pseudo-random generator for demo data: the same seed gives the same records on
 * every machine and Node version (Math.random cannot be seeded). mulberry32: 32 bits of state,
 * period 2^32, fast and statistically fine for picking names, never for anything secret.
 * Each generator keeps its state in its own closure, so generators never disturb each other.
 */

/** A seeded source of random choices. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, each chosen in proportion to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** `count` distinct elements in random order (at most `items.length`). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** A generator seeded with `seed` (any number; its low 32 bits are used). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    const low = Math.ceil(min);
    const high = Math.floor(max);
    if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) throw new RangeError(`no integer in [${min}, ${max}]`);
    return low + Math.floor(next() * (high - low + 1));
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      if (!(total > 0)) throw new RangeError('weights must add up to more than 0');
      let point = next() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      // Partial Fisher–Yates: the first `count` places end up a uniform random selection.
      const n = Math.min(count, pool.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, n);
    },
  };
}
