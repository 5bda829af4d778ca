/**
 * Time as a dependency: every part that needs "now" takes a `Clock`, so tests drive a fake clock
 * (timers, session timeouts, throttling, retention) and never wait for real time to pass.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock tests move by hand. */
export interface FakeClock {
  (): Date;
  set(at: Date | string): void;
  advance(milliseconds: number): void;
}

export function fakeClock(start: Date | string = '2026-01-15T09:00:00Z'): FakeClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as FakeClock;
  clock.set = (at) => {
    now = new Date(at).getTime();
  };
  clock.advance = (milliseconds) => {
    now += milliseconds;
  };
  return clock;
}
