/** Messages of consents and disclosures: API problems and staff-page texts, in fi, sv and en. */
import type { Catalogue } from './catalogue.js';

/** Problem texts (`api.*` keys), included in the API catalogue. */
export const CONSENT_API_MESSAGES: Catalogue = {};

/** Staff-page texts (`ui.*` keys), included in the staff pages' catalogue. */
export const CONSENT_UI_MESSAGES: Catalogue = {};
