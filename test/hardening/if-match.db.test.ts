import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, type TestApp } from '../support/app';
import type { BrowserSession } from '../support/browser-session';

const API = '/api/v1/directory';
const JSON_TYPE = { 'content-type': 'application/json' };

/** An If-Match list that holds the current ETag among others is a match (RFC 9110 §13.1.1). */
describe('If-Match with a list of ETags', () => {
  let t: TestApp;
  let staff: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    await createUser(t, { email: 'staff@ifmatch.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@ifmatch.example');
  });
  afterAll(() => t.close());

  async function created(path: string, body: object) {
    const res = await staff.send('POST', path, JSON.stringify(body), JSON_TYPE);
    expect(res.status).toBe(201);
    return { id: ((await res.json()) as { id: string }).id, etag: res.headers.get('etag')! };
  }

  const LISTS = [
    (etag: string) => `W/"999", ${etag}`,
    (etag: string) => `${etag}, W/"999"`,
    (etag: string) => `"junk", ${etag}`,
    (etag: string) => `${etag},W/"998",W/"999"`,
    (etag: string) => ` ${etag} `,
  ];

  it('updates an organisation and a person; a list without it is stale', async () => {
    const org = { kind: 'startup', legalName: 'Công ty Danh Sách', provinceCode: 'Huế' };
    const person = { fullName: 'Trần Danh Sách', provinceCode: 'Huế' };
    for (const [path, body] of [
      [`${API}/organizations`, org],
      [`${API}/people`, person],
    ] as const) {
      const { id, etag: first } = await created(path, body);
      let etag = first;
      for (const list of LISTS) {
        const ifMatch = list(etag);
        const res = await staff.send('PUT', `${path}/${id}`, JSON.stringify(body), {
          ...JSON_TYPE,
          'if-match': ifMatch,
        });
        expect(res.status, `${path} If-Match: ${ifMatch}`).toBe(200);
        etag = res.headers.get('etag')!;
      }
      const stale = await staff.send('PUT', `${path}/${id}`, JSON.stringify(body), {
        ...JSON_TYPE,
        'if-match': `W/"998", W/"999"`,
      });
      expect(stale.status).toBe(409);
    }
  });
});
