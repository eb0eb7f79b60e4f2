import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';

describe.each(testEngines)('audit of staff writes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const entries = (email: string) =>
    t.database.query<{ action: string; entity_id: string; after: unknown }>(
      `select action, entity_id, after from platform_audit_log
        where actor_label = $1 and action not like 'security.%' order by at`,
      [email],
    );

  it('records a write by staff that no command audited, with who, what and the outcome', async () => {
    await createUser(t, { email: 'staff@audit.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@audit.example');
    await staff.post('/account/sessions/revoke-others');
    const res = await staff.post('/logout');
    expect(res.status).toBe(303);
    const logged = await entries('staff@audit.example');
    // The detailed entry of a command is not doubled by a request-level one.
    expect(logged.map((e) => e.action)).toEqual(['identity.session:revokeOthers', 'http:POST']);
    expect(logged[1]).toEqual({
      action: 'http:POST',
      entity_id: '/logout',
      after: { status: 303 },
    });
  });

  it('leaves members, refused writes and reads out', async () => {
    await createUser(t, { email: 'member@audit.example' });
    const member = await signIn(t, 'member@audit.example');
    await member.post('/account/sessions/revoke-others');
    expect(await entries('member@audit.example')).toEqual([]);

    await createUser(t, { email: 'staff2@audit.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff2@audit.example');
    await staff.get('/admin');
    const refused = await staff.post('/admin/users/00000000-0000-0000-0000-000000000000/roles', {});
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await entries('staff2@audit.example')).toEqual([]);
  });
});
