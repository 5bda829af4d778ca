/**
 * A finding is a problem before it has a file position: checks work on data and paths; the
 * pipeline locates each finding in the YAML source (see load/source-map.ts).
 */
import type { MessageParams } from '../i18n/catalogue.js';
import type { Path, Severity } from './problem.js';

export interface Finding {
  code: string;
  severity: Severity;
  path: Path;
  params: MessageParams;
  /** Point at the key of the last path segment instead of its value (unknown keys). */
  atKey?: boolean;
}

export function error(code: string, path: Path, params: MessageParams = {}, atKey = false): Finding {
  return { code, severity: 'error', path, params, ...(atKey ? { atKey } : {}) };
}

export function warning(code: string, path: Path, params: MessageParams = {}): Finding {
  return { code, severity: 'warning', path, params };
}
