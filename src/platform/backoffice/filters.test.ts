import { describe, expect, it } from 'vitest';
import { parseQuery } from '../input/validation';
import { ZAuditQuery, ZOutboxQuery } from './filters';

describe('back-office query strings', () => {
  it('includes the whole "to" day and refuses a range that ends before it starts', () => {
    const ok = parseQuery(ZAuditQuery, { from: '01/07/2025', to: '01/07/2025' });
    expect(ok.ok && ok.data.toExclusive?.toISOString()).toBe('2025-07-01T17:00:00.000Z');
    const inverted = parseQuery(ZAuditQuery, { from: '02/07/2025', to: '01/07/2025' });
    expect(inverted).toEqual({ ok: false, errors: { to: { key: 'backoffice.date.beforeFrom' } } });
  });

  it('names the field of an invalid date and reports a bad page number without a field', () => {
    expect(parseQuery(ZAuditQuery, { from: '32/01/2026', page: '0' })).toEqual({
      ok: false,
      errors: { from: { key: 'ui.date.invalid' }, _: { key: 'ui.page.invalid' } },
    });
  });

  it('treats empty filters as absent and knows the outbox statuses', () => {
    const empty = parseQuery(ZAuditQuery, { actor: ' ', action: '', from: '' });
    expect(empty).toEqual({
      ok: true,
      data: {
        actor: undefined,
        action: undefined,
        entityType: undefined,
        entityId: undefined,
        from: undefined,
        to: undefined,
        toExclusive: undefined,
        page: 1,
      },
    });
    expect(parseQuery(ZOutboxQuery, { status: '' })).toEqual({
      ok: true,
      data: { status: undefined, page: 1 },
    });
    expect(parseQuery(ZOutboxQuery, { status: 'lost' }).ok).toBe(false);
  });
});
