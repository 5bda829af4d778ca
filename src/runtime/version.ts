/** The installed seloste version, from package.json (the same path from `src/` and `dist/`). */
import { readFileSync } from 'node:fs';

export const SELOSTE_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
