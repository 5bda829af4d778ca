/**
 * The disclosure log (`disclosure_log`): every disclosure of a record's data to a recipient the
 * registry declares, with the categories disclosed, the basis, the consent event that allowed it
 * (basis `consent`), how, when and who recorded it. Entries are only ever added: the log is the
 * person's answer to "who has received my data" (GDPR 15(1)(c)) and the list of recipients to
 * tell about a rectification or erasure (GDPR 19). Rows hold ids, codes, times and the
 * staff-written method, never field values. Synchronous, so a disclosure and its audit entry
 * commit together.
 */
import type { Db } from '../storage/database.js';

export interface DisclosureEntry {
  id: string;
  registry: string;
  recordId: string;
  /** The declared disclosure (recipient) id. */
  disclosure: string;
  /** Category ids disclosed. */
  categories: string[];
  basis: 'consent' | 'law';
  /** The `given` consent event in force when the data was disclosed (basis `consent`). */
  consentEvent?: number;
  /** How the data was disclosed, in the staff member's words. */
  method?: string;
  disclosedAt: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DisclosureStore {
  /** Adds an entry; `within` (its audit entry) runs in the same transaction. */
  record(entry: DisclosureEntry, within?: () => void): DisclosureEntry;
  /** Every disclosure of the record, in the order they were made (then recorded). */
  history(registry: string, recordId: string): DisclosureEntry[];
}

export function createDisclosureStore(db: Db): DisclosureStore {
  const insert = db.prepare(
    `INSERT INTO disclosure_log (id, registry, record_id, disclosure, categories, basis, consent_event, method, disclosed_at, recorded_by, recorded_at)
     VALUES (@id, @registry, @recordId, @disclosure, @categories, @basis, @consentEvent, @method, @disclosedAt, @recordedBy, @recordedAt)`,
  );
  const select = db.prepare(
    `SELECT id, registry, record_id AS recordId, disclosure, categories, basis, consent_event AS consentEvent, method,
            disclosed_at AS disclosedAt, recorded_by AS recordedBy, recorded_at AS recordedAt
     FROM disclosure_log WHERE registry = ? AND record_id = ? ORDER BY disclosed_at, recorded_at, rowid`,
  );
  const write = db.transaction((entry: DisclosureEntry, within?: () => void) => {
    insert.run({ ...entry, categories: JSON.stringify(entry.categories), consentEvent: entry.consentEvent ?? null, method: entry.method ?? null });
    within?.();
  });
  return {
    record(entry, within) {
      write.immediate(entry, within);
      return entry;
    },
    history(registry, recordId) {
      return (select.all(registry, recordId) as Array<Record<string, unknown>>).map((row) => {
        const { categories, consentEvent, method, ...rest } = row;
        return {
          ...(rest as Omit<DisclosureEntry, 'categories' | 'consentEvent' | 'method'>),
          categories: JSON.parse(categories as string) as string[],
          ...(consentEvent === null ? {} : { consentEvent: consentEvent as number }),
          ...(method === null ? {} : { method: method as string }),
        };
      });
    },
  };
}
