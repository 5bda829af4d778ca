import { integer, list, string } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { SINGLE_LINE } from '../value-patterns.js';

export const fileType: FieldType = {
  name: 'file',
  storage: 'json',
  doc: 'A reference to a stored file, such as a scanned document.',
  settings: {
    accept: list(string('A media type such as application/pdf or image/*.', { pattern: '^[a-z]+/[a-z0-9.+*-]+$', 'x-code': 'bad-media-type' }), 'Media types accepted.'),
    max_size_mb: integer('Largest file accepted, in megabytes.', 1),
  },
  valueSchema: (field) => ({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'media_type', 'size'],
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
      name: { type: 'string', minLength: 1, maxLength: 255, pattern: SINGLE_LINE },
      media_type: { type: 'string', maxLength: 255 },
      size: { type: 'integer', minimum: 0, ...(field.settings.max_size_mb === undefined ? {} : { maximum: field.settings.max_size_mb * 1024 * 1024 }) },
    },
  }),
};
