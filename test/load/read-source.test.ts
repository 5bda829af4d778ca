import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/read-source.js';

describe('decodeSource', () => {
  it('accepts UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource('a.yaml', Buffer.from('\uFEFFname: Äö\n'))).toEqual({ ok: true, text: 'name: Äö\n' });
  });

  it.each([
    ['Latin-1 ä on line 2', Buffer.concat([Buffer.from('id: x\nname: k'), Buffer.from([0xe4]), Buffer.from('ytto\n')]), { line: 2, column: 8 }],
    ['a truncated sequence at the end', Buffer.concat([Buffer.from('a: '), Buffer.from([0xc3])]), { line: 1, column: 4 }],
    ['an overlong encoding', Buffer.concat([Buffer.from('a: b\n'), Buffer.from([0xc0, 0x80])]), { line: 2, column: 1 }],
  ])('locates the first invalid byte: %s', (_name, bytes, position) => {
    const result = decodeSource('a.yaml', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: 'not-utf8', position });
  });

  it('skips a U+FFFD the file really contains when locating a bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('a: \uFFFD\nb: '), Buffer.from([0xff])]);
    const result = decodeSource('a.yaml', bytes);
    expect(!result.ok && result.problem.position).toEqual({ line: 2, column: 4 });
  });

  it('refuses NUL bytes and oversized input', () => {
    const nul = decodeSource('a.yaml', Buffer.from('a: 1\nb: \u0000\n'));
    expect(!nul.ok && nul.problem).toMatchObject({ code: 'binary-file', position: { line: 2, column: 4 } });
    const large = decodeSource('a.yaml', Buffer.alloc(11, 0x61), 10);
    expect(!large.ok && large.problem).toMatchObject({ code: 'file-too-large', params: { size: 11, max: 10 } });
  });
});
