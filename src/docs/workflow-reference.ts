/**
 * The part of the registry language reference that says what the engine does with `retention`
 * and `lifecycle.timers`: when a period starts and ends, what deleting and anonymizing remove,
 * and what blocks them. Appended to registries/README.md by `language-reference.ts`.
 */
export const WORKFLOW_REFERENCE = `## How timers and retention rules run

Each timer and each enforceable retention rule (one with \`keep\`) becomes a job per record, kept in
the database with its due time; the scheduler inside \`seloste serve\` runs due jobs every minute, and
\`seloste tick\` runs them from cron. \`seloste retention --dry-run\` lists what is due, when and under
which rule (\`--until YYYY-MM-DD\` looks ahead).

- **When the time starts.** A timer counts from when the record entered the timer's \`state\`, or from
  the date in \`from_field\`. A rule with \`from: {state: …}\` counts from when the record last entered
  that state, and only while it stays there: if the record leaves the state the job is cancelled, and
  entering the state again starts the period afresh. \`from: {field: …}\` counts from the date in the
  field (no date: no job); \`from: {event: created}\` / \`updated\` from the record's creation or last
  change. A timer with neither \`after\` nor \`from_field\` is due as soon as the record enters the state.
- **Dates and durations.** A date counts in full, in Finnish time (Europe/Helsinki): "valid until
  31.3." runs out when 1.4. begins, and "one year from 31.3.2026" ends when 1.4.2027 begins. Years and
  months are added as calendar units (a month from 31.1. ends when 1.3. begins). A time of day
  (entering a state, a \`datetime\` field) plus a duration is counted in UTC, which can differ from
  Finnish time by an hour around daylight-saving changes, never by a day. A period never ends early.
- **What runs.** A timer takes its \`transition\` (as the actor \`system\`, the new state entered at
  the time the timer was due, so that after downtime chained timers run in order) or, with
  \`action: review\`, puts the record on the list of records waiting for a person's review. A
  retention rule deletes, anonymizes or asks for a review (\`then\`).
- **Delete** removes the record with its repeating groups, its files (they are stored in the record),
  its search index entries, its lifecycle state history and its idempotency keys, and writes one audit
  entry (\`erase\`, reason \`retention:<rule>\`) that holds ids only. Consent events and the disclosure
  log are kept, keyed by the record id: they hold no field values and show that consent was given
  (GDPR 7(1)) and to whom data was disclosed (recipients to tell of the erasure, GDPR 19). With
  \`category\`, only that category's fields are removed and the record stays.
- **Anonymize** keeps only what the registry's \`reports\` count: the report dimensions — a \`date\`
  or \`datetime\` reduced to the first day of its month — and, of a repeating
  group that a report counts, each entry with only its dimension fields. Everything else is cleared:
  other fields, repeating groups and files, and with them the search index entries; the record keeps
  its id and its lifecycle state, so reports still count it and nobody can be identified from it.
  With \`category\`, only that category's fields are anonymized.
- **What blocks it.** A legal hold on the record (placed with a reason by a role with the
  \`legal-hold\` ability) blocks deletion and anonymization, also by staff; a restriction of processing
  (GDPR 18) blocks them and timers' transitions too. A blocked job waits, is checked again at every
  run and runs once the block ends. A job that fails is retried with growing intervals (one minute,
  doubling up to a day); its error is shown to the roles with \`view-audit\`.
`;
