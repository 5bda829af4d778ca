/** A declared lifecycle transition as the API shows it (in a registry's description and a record's transitions). */
import type { Transition } from '../model/types.js';

/** `roles` empty: only a timer takes it. */
export function transitionJson(transition: Transition): Record<string, unknown> {
  const requires = transition.requires;
  return {
    id: transition.id,
    name: transition.name,
    ...(transition.description ? { description: transition.description } : {}),
    from: transition.from,
    to: transition.to,
    roles: transition.roles,
    requires: {
      fields: requires.fields,
      ...(requires.futureDates ? { future_dates: requires.futureDates } : {}),
      ...(requires.consent ? { consent: requires.consent } : {}),
    },
  };
}

