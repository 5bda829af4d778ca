import { integer, list, string } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';

export const fileType: FieldType = {
  name: 'file',
  doc: 'A reference to a stored file, such as a scanned document.',
  settings: {
    accept: list(string('A media type such as application/pdf or image/*.', { pattern: '^[a-z]+/[a-z0-9.+*-]+$', 'x-code': 'bad-media-type' }), 'Media types accepted.'),
    max_size_mb: integer('Largest file accepted, in megabytes.', 1),
  },
};
