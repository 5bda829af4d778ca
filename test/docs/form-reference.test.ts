import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../../src/check/schema-nodes.js';
import { formReference } from '../../src/docs/form-reference.js';
import { FORM_META_SCHEMA } from '../../src/forms/form-meta-schema.js';

const FILE = 'forms/README.md';

describe('forms/README.md', () => {
  // UPDATE_DOCS=1 rewrites the file instead of comparing (after changing the form language).
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(FILE, formReference());

  it('is exactly what the form meta-schema generates (UPDATE_DOCS=1 npx vitest run test/docs/form-reference.test.ts)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(formReference());
  });

  it('documents every key of the form language, at every depth', () => {
    const reference = formReference();
    const undocumented: string[] = [];
    const visit = (node: SchemaNode, path: string) => {
      for (const [key, child] of Object.entries((node['properties'] as Record<string, SchemaNode>) ?? {})) {
        if (!child.description?.trim()) undocumented.push(`${path}.${key}`);
        if (!reference.includes(`\`${key}\``)) undocumented.push(`${path}.${key} (not in README)`);
        visit(child, `${path}.${key}`);
        if (child['items']) {
          const items = child['items'] as SchemaNode;
          if (!items.description?.trim()) undocumented.push(`${path}.${key}[]`);
          visit(items, `${path}.${key}[]`);
        }
      }
    };
    visit(FORM_META_SCHEMA, '');
    expect(undocumented).toEqual([]);
  });
});
