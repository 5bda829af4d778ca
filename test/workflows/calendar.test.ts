import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { periodEnd, zonedMidnight } from '../../src/workflows/calendar.js';

describe('periodEnd', () => {
  it.each([
    // A date counts in full: the period starts at the next midnight in Helsinki (EET +2, EEST +3).
    ['2026-03-31', undefined, '2026-03-31T21:00:00.000Z'],
    ['2026-01-15', undefined, '2026-01-15T22:00:00.000Z'],
    ['2026-03-31', 'P1Y', '2027-03-31T21:00:00.000Z'],
    // Calendar units on the date itself: month ends stay month ends.
    ['2026-01-31', 'P1M', '2026-02-28T22:00:00.000Z'],
    ['2024-02-28', 'P1Y', '2025-02-28T22:00:00.000Z'],
    ['2026-12-31', 'P14D', '2027-01-14T22:00:00.000Z'],
    ['2026-06-01', 'PT2H', '2026-06-01T23:00:00.000Z'],
    // Instants: calendar arithmetic in UTC.
    ['2026-03-02T08:00:00.000Z', 'P1Y', '2027-03-02T08:00:00.000Z'],
    ['2026-03-02T08:00:00.000Z', undefined, '2026-03-02T08:00:00.000Z'],
    ['2026-03-02T10:00:00+02:00', 'P6M', '2026-09-02T08:00:00.000Z'],
  ])('%s + %s ends at %s', (start, period, expected) => {
    expect(periodEnd(start, period === undefined ? undefined : parseDuration(period))?.toISOString()).toBe(expected);
  });

  it.each(['', 'eilen', '2026-02-30', '2026-13-01', '31.3.2026', '2026-03-02Tnope'])('has no end for %j', (start) => {
    expect(periodEnd(start, parseDuration('P1Y'))).toBeUndefined();
  });

  it('finds midnight across the daylight-saving changes', () => {
    expect(zonedMidnight(2026, 2, 29).toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(zonedMidnight(2026, 2, 30).toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(zonedMidnight(2026, 9, 25).toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(zonedMidnight(2026, 9, 26).toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });
});
