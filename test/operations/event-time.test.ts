/** When a consent was given or withdrawn, or data disclosed: dates, date-times, now, never the future, in order. */
import { describe, expect, it } from 'vitest';
import { eventTime, helsinkiDate } from '../../src/operations/event-time.js';

const NOW = new Date('2026-03-02T08:00:00.000Z');

describe('eventTime', () => {
  it.each([
    ['nothing: now', undefined, undefined, '2026-03-02T08:00:00.000Z'],
    ['empty text: now', '  ', undefined, '2026-03-02T08:00:00.000Z'],
    ['today\'s date: now', '2026-03-02', undefined, '2026-03-02T08:00:00.000Z'],
    ['an earlier date: midday UTC of it', '2026-02-01', undefined, '2026-02-01T12:00:00.000Z'],
    ['a leap day', '2024-02-29', undefined, '2024-02-29T12:00:00.000Z'],
    ['a date-time with an offset, in UTC', '2026-03-02T09:30:00+02:00', undefined, '2026-03-02T07:30:00.000Z'],
    ['a date-time in UTC with milliseconds', '2026-01-05T10:00:00.250Z', undefined, '2026-01-05T10:00:00.250Z'],
    ['now exactly', '2026-03-02T08:00:00Z', undefined, '2026-03-02T08:00:00.000Z'],
    ['a date after the previous event', '2026-02-10', '2026-02-01T12:00:00.000Z', '2026-02-10T12:00:00.000Z'],
    // The same day as the previous event, which was recorded later in the day: just after it.
    ['the day of the previous event, later than midday', '2026-02-10', '2026-02-10T15:00:00.000Z', '2026-02-10T15:00:00.000Z'],
    ['today, after an event earlier today', '2026-03-02', '2026-03-02T07:00:00.000Z', '2026-03-02T08:00:00.000Z'],
  ] as const)('%s', (_name, raw, previous, expected) => {
    expect(eventTime(raw, NOW, previous)).toEqual({ ok: true, at: expected });
  });

  it.each([
    ['tomorrow', '2026-03-03', 'future-time'],
    ['an hour from now', '2026-03-02T09:00:00Z', 'future-time'],
    ['next year', '2027-01-01', 'future-time'],
    ['a Finnish date (the API takes ISO)', '2.3.2026', 'bad-time'],
    ['no such day', '2026-02-30', 'bad-time'],
    ['month 13', '2026-13-01', 'bad-time'],
    ['a date-time without an offset', '2026-03-02T08:00', 'bad-time'],
    ['hour 24', '2026-03-01T24:00:00Z', 'bad-time'],
    ['an offset of 15 hours', '2026-03-01T10:00:00+15:00', 'bad-time'],
    ['a word', 'eilen', 'bad-time'],
    ['before 1900', '1899-12-31', 'bad-time'],
    ['markup', '<script>alert(1)</script>', 'bad-time'],
    ['a date with a line break inside', '2026-03\n-01', 'bad-time'],
  ] as const)('refuses %s', (_name, raw, reason) => {
    expect(eventTime(raw, NOW)).toEqual({ ok: false, reason });
  });

  it.each([
    ['a date before the previous event', '2026-02-01', '2026-02-10T12:00:00.000Z'],
    ['a date-time a second before it', '2026-02-10T11:59:59Z', '2026-02-10T12:00:00.000Z'],
  ])('refuses %s', (_name, raw, previous) => {
    expect(eventTime(raw, NOW, previous)).toEqual({ ok: false, reason: 'before-previous' });
  });

  it('takes the day in Finnish time: just after midnight in Finland is still the previous day in UTC', () => {
    const now = new Date('2026-03-02T22:30:00.000Z'); // 3.3.2026 00.30 in Helsinki
    expect(helsinkiDate(now)).toBe('2026-03-03');
    expect(eventTime('2026-03-03', now)).toEqual({ ok: true, at: '2026-03-02T22:30:00.000Z' });
    expect(eventTime('2026-03-04', now)).toEqual({ ok: false, reason: 'future-time' });
  });
});
