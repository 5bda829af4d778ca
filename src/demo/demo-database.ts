/**
 * A demo database is marked as such, once, before anything is stored in it. Only a demo
 * database accepts temporary identity codes (900–999) everywhere, so synthetic people can never
 * be mixed into a register of real ones: a database that already holds records cannot become a
 * demo database.
 */
import type { Db } from '../storage/database.js';

const DEMO_KEY = 'demo';

export function isDemoDatabase(db: Db): boolean {
  return db.prepare('SELECT value FROM engine_settings WHERE key = ?').pluck().get(DEMO_KEY) === 'true';
}

/** The database already holds records of some registry (and is not a demo database). */
export class NotEmptyError extends Error {
  constructor(readonly records: number) {
    super(`the database holds ${records} records`);
  }
}

/** Marks the database as a demo database; refused (`NotEmptyError`) when it holds real records. */
export function markDemoDatabase(db: Db): void {
  if (isDemoDatabase(db)) return;
  const records = countRecords(db);
  if (records > 0) throw new NotEmptyError(records);
  db.prepare('INSERT INTO engine_settings (key, value) VALUES (?, ?)').run(DEMO_KEY, 'true');
}

/** Records in all record tables. */
export function countRecords(db: Db): number {
  const tables = db.prepare("SELECT layout FROM registry_schemas").pluck().all() as string[];
  let total = 0;
  for (const layout of tables) {
    const table = (JSON.parse(layout) as { table: string }).table;
    if (!/^rec_[a-z0-9_]+$/.test(table)) continue;
    total += db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  }
  return total;
}
