/** Messages of durable timers, retention enforcement and legal holds: API problems and staff-page texts, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

/** Problem texts (`api.*` keys), included in the API catalogue. */
export const RETENTION_API_MESSAGES: Catalogue = {};

/** Staff-page texts (`ui.*` keys), included in the staff pages' catalogue. */
export const RETENTION_UI_MESSAGES: Catalogue = {};
