// An operator reading a failure sees why, not only what: the causes under the message, cut so
// the deepest still fits the stored column, without looping on an error that causes itself.
import { describe, expect, it } from 'vitest';
import { errorChain } from './error-chain';

describe('errorChain', () => {
  it('is the bare message of an error without a cause', () => {
    expect(errorChain(new Error('SMTP down'))).toBe('SMTP down');
    expect(errorChain('a thrown string')).toBe('a thrown string');
    expect(errorChain({ reason: 'a thrown object' })).toBe('{"reason":"a thrown object"}');
  });

  it('names each cause under the message, with its kind and code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), {
      name: 'DatabaseError',
      code: '23505',
    });
    const query = new Error('Failed query: insert into "events_registrations"', { cause: unique });
    const job = new Error('seat mail not built', { cause: query });
    expect(errorChain(new TypeError('fetch failed', { cause: refused }))).toBe(
      'TypeError: fetch failed\ncaused by: connect ECONNREFUSED 127.0.0.1:5432',
    );
    expect(errorChain(job)).toBe(
      [
        'seat mail not built',
        'caused by: Failed query: insert into "events_registrations"',
        'caused by: DatabaseError: duplicate key value violates unique constraint [23505]',
      ].join('\n'),
    );
    expect(errorChain(new Error('import failed', { cause: 'disk full' }))).toBe(
      'import failed\ncaused by: disk full',
    );
  });

  it('cuts a long message so the reason under it still fits 2,000 characters', () => {
    const reason = new Error('value too long for type character varying(200)');
    const query = new Error(`Failed query: ${'x'.repeat(5000)}`, { cause: reason });
    const chain = errorChain(new Error('import failed', { cause: query }));
    expect(chain.length).toBeLessThan(2000);
    expect(chain).toMatch(
      /^import failed\ncaused by: Failed query: x+…\ncaused by: value too long/,
    );
  });

  it('stops at a cycle and after four causes', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(errorChain(a)).toBe('a\ncaused by: b');
    let deep = new Error('6');
    for (const n of ['5', '4', '3', '2', '1']) deep = new Error(n, { cause: deep });
    expect(errorChain(deep).split('\ncaused by: ')).toEqual(['1', '2', '3', '4', '5', '…']);
  });
});
