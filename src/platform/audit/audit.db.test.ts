import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../../test/support/db';
import type { Database } from '../db/client';
import { recordAuditStatement, type AuditContext } from './audit';

describe.each(testEngines)('an audit entry written by a larger statement on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  const acting: AuditContext = {
    actor: {
      kind: 'user',
      user: {
        id: 'u-audit',
        name: 'Staff',
        email: 'staff@audit-statement.example',
        locale: 'vi',
        twoFactorEnabled: false,
      },
      roles: new Set(['member', 'staff']),
    },
    ip: '192.0.2.7',
    requestId: 'req-statement',
  };
  const entries = (entityId: string) =>
    database.query(
      `select actor_id, actor_label, action, entity_type, entity_id, before, after, ip, request_id
         from platform_audit_log where entity_id = $1`,
      [entityId],
    );

  it('commits with the statement that carries it, as recordAudit writes it', async () => {
    const entry = (entityId: string) => ({
      action: 'test.thing:change',
      entityType: 'thing',
      entityId,
      after: { versionNumber: 2, names: ['a', 'b'] },
    });
    const audited = recordAuditStatement(database.db, acting, entry('thing-1'));
    await database.db.execute(sql`with audited as (${audited}) select 1`);
    expect(await entries('thing-1')).toEqual([
      {
        actor_id: 'u-audit',
        actor_label: 'staff@audit-statement.example',
        action: 'test.thing:change',
        entity_type: 'thing',
        entity_id: 'thing-1',
        before: null,
        after: { versionNumber: 2, names: ['a', 'b'] },
        ip: '192.0.2.7',
        request_id: 'req-statement',
      },
    ]);
  });

  it('is not written when another part of its statement fails', async () => {
    const audited = recordAuditStatement(database.db, acting, {
      action: 'test.thing:change',
      entityType: 'thing',
      entityId: 'thing-2',
    });
    await expect(
      database.db.execute(sql`with audited as (${audited}) select 1 / 0`),
    ).rejects.toThrow();
    expect(await entries('thing-2')).toEqual([]);
  });
});
