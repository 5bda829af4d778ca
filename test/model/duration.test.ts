import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration } from '../../src/model/duration.js';

describe('parseDuration', () => {
  it.each([
    ['P1Y', { years: 1 }],
    ['P14D', { days: 14 }],
    ['P4M', { months: 4 }],
    ['P2W', { weeks: 2 }],
    ['PT2H', { hours: 2 }],
    ['PT30M', { minutes: 30 }],
    ['P1Y6M', { years: 1, months: 6 }],
    ['P1DT12H', { days: 1, hours: 12 }],
  ])('accepts %s', (text, parts) => {
    expect(parseDuration(text)).toMatchObject(parts);
  });

  it.each(['', 'P', 'PT', 'P1', '1Y', 'P1X', 'P0D', 'PT0S', 'P1.5Y', 'P-1Y', 'p1y', 'P1YT', ' P1Y'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('addDuration', () => {
  it.each([
    ['2024-05-31T00:00:00Z', 'P1Y', '2025-05-31T00:00:00.000Z'],
    ['2024-01-31T00:00:00Z', 'P14D', '2024-02-14T00:00:00.000Z'],
    ['2024-01-01T10:00:00Z', 'PT2H', '2024-01-01T12:00:00.000Z'],
    ['2023-12-31T00:00:00Z', 'P4M', '2024-05-01T00:00:00.000Z'],
  ])('%s + %s = %s', (start, duration, expected) => {
    expect(addDuration(new Date(start), parseDuration(duration)!).toISOString()).toBe(expected);
  });
});
