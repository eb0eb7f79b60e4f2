import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, type TestApp } from '../support/app';
import type { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';

const API = '/api/v1/directory/organizations';

/** The directory API reads numbers and dates as people mean them, or says what is wrong. */
describe.each(testEngines)('directory API: numbers and dates are read strictly on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@contract.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@contract.example');
  });
  afterAll(() => t.close());

  let n = 0;
  async function create(fields: Record<string, unknown>) {
    const body = { kind: 'startup', legalName: `Công ty Hợp Đồng ${n++}`, provinceCode: 'Huế' };
    const res = await staff.send('POST', API, JSON.stringify({ ...body, ...fields }), {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const messageOf = (body: Record<string, unknown>, field: string) =>
    (body.errors as { field: string; message: string }[] | undefined)?.find(
      (e) => e.field === field,
    )?.message;

  it.each([
    ['capitalRaisedVnd', '1,5', 'Invalid amount'],
    ['capitalRaisedVnd', 1.5, 'Invalid amount'],
    ['teamSize', true, 'Please enter a number.'],
    ['teamSize', '3,7', 'Please enter a whole number (no decimals).'],
    ['teamSize', 3.7, 'Please enter a whole number (no decimals).'],
    ['teamSize', '3.7', 'Please enter a whole number (no decimals).'],
    ['teamSize', 'mười', 'Please enter a number.'],
    ['teamSize', -1, 'Invalid value.'],
    ['firstRegisteredOn', '0000-01-01', 'Invalid date'],
    ['firstRegisteredOn', '9999-12-31', 'Invalid date'],
  ])('%s: %j is refused with a message that says why', async (field, value, message) => {
    const { status, body } = await create({ [field]: value });
    expect(status).toBe(422);
    expect(messageOf(body, field)).toContain(message);
  });

  it.each([
    ['teamSize', 12, 12],
    ['teamSize', '1.500', 1500],
    ['teamSize', '', null],
    ['teamSize', null, null],
    ['capitalRaisedVnd', '1.500.000', '1500000'],
    ['firstRegisteredOn', '15/03/2022', '2022-03-15'],
  ])('%s: %j is read as %j', async (field, value, stored) => {
    const { status, body } = await create({ [field]: value });
    expect(status).toBe(201);
    expect(body[field]).toEqual(stored);
  });
});
