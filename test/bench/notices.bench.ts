/**
 * Notice rendering: one notice page (the largest seed, Joensuu) rendered from the model with the
 * templates compiled once; a page through the Hono app (the site caches rendered pages, so this is
 * the per-request cost once warm); and the whole static site.
 */
import { bench, describe } from 'vitest';
import { SERVER_LINKS } from '../../src/notices/links.js';
import { createRenderer } from '../../src/notices/renderer.js';
import { noticeView } from '../../src/notices/notice-view.js';
import { staticSiteFiles } from '../../src/notices/static-site.js';
import { createApp } from '../../src/server/app.js';
import { loadSeeds } from '../helpers/seeds.js';

const registries = loadSeeds();
const renderer = createRenderer();
const joensuu = registries.find((registry) => registry.id === 'joensuu-tyollisyyspalvelut')!;
const app = createApp({ registries });

describe('notices', () => {
  bench('render one notice page (Joensuu, Swedish with Finnish fallback), uncached', () => {
    renderer.page('notice', noticeView(joensuu, 'sv', SERVER_LINKS));
  });

  bench('GET /notices/joensuu-tyollisyyspalvelut through the Hono app', async () => {
    await app.request('/notices/joensuu-tyollisyyspalvelut?lang=fi');
  });

  bench('build the whole static site in memory (5 registries × 3 languages + JSON + DPV)', () => {
    staticSiteFiles(registries, renderer);
  });
});
