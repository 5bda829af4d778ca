/**
 * The notice site as static files (`seloste build --out DIR`) for a municipality's own web server:
 * index, every notice and the accessibility statement in every language, the JSON and DPV files,
 * the JSON schema and the stylesheet, all in one flat folder with relative links.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Registry } from '../model/types.js';
import { toDpv } from './dpv.js';
import { STATIC_LINKS, staticName } from './links.js';
import { NOTICE_JSON_SCHEMA } from './notice-json-schema.js';
import { noticeJson } from './notice-json.js';
import type { Renderer } from './renderer.js';
import { createNoticeSite } from './site.js';

/** Page names the site itself uses; a registry with such an id would overwrite them. */
export const RESERVED_IDS = ['index', 'saavutettavuus'];

/** Every file of the static site: name → content. */
export function staticSiteFiles(registries: readonly Registry[], renderer: Renderer): Map<string, string> {
  const site = createNoticeSite(registries, renderer, STATIC_LINKS);
  const files = new Map<string, string>();
  for (const lang of site.languages) {
    files.set(staticName('index', lang), site.index(lang));
    files.set(staticName('saavutettavuus', lang), site.accessibility(lang));
    for (const registry of registries) files.set(staticName(registry.id, lang), site.notice(registry, lang));
  }
  for (const registry of registries) {
    files.set(`${registry.id}.json`, `${JSON.stringify(noticeJson(registry), null, 2)}\n`);
    files.set(`${registry.id}.dpv.jsonld`, `${JSON.stringify(toDpv(registry, {}), null, 2)}\n`);
  }
  files.set('notice.schema.json', `${JSON.stringify(NOTICE_JSON_SCHEMA, null, 2)}\n`);
  files.set(STATIC_LINKS.stylesheet, site.stylesheet);
  return files;
}

/** Writes the site into `dir` (created if missing); other files already there are left alone. */
export function writeStaticSite(files: Map<string, string>, dir: string): void {
  ensureDirectory(dir);
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
}

/**
 * Creates `dir` and its missing parents, one level at a time. Not `mkdirSync(…, {recursive: true})`:
 * on Node 20 that loops forever where the parent refuses new entries (e.g. `/proc/x`), and a
 * mistyped --out must end in a message, not a hung command.
 */
function ensureDirectory(dir: string, parentsTried = false): void {
  try {
    mkdirSync(dir);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    if (code !== 'ENOENT' || parentsTried || dirname(dir) === dir) throw cause;
    ensureDirectory(dirname(dir));
    ensureDirectory(dir, true);
  }
}
