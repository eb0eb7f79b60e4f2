// A station's answer to a scan says who it is and which ticket they hold (a journalist's press
// pass, a startup's seat), on the first scan and on a second; a refused code names no ticket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/db';
import { openDoorFixture, STAFF, type DoorFixture } from './testing/door-fixture';

const ticketLine = (html: string) => /Loại vé:\s*<strong>([^<]+)<\/strong>/.exec(html)?.[1];

describe.each(testEngines)('the ticket named at the door on %s', (engine) => {
  let f: DoorFixture;
  const codes: Record<string, string> = {};
  let door = '';
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 5, 'Báo chí': 2 });
    codes.an = await f.register('an', 'Khởi nghiệp');
    codes.binh = await f.register('binh', 'Báo chí');
    door = `${STAFF}/${f.eventId}/check-in`;
    f.t.setNow(new Date('2026-12-20T02:12:00Z'));
  });
  afterAll(() => f.close());

  it('names the ticket type with the person, on the first scan and the second', async () => {
    const first = await f.staff.post(door, { code: codes.binh! });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('Đã điểm danh: binh.');
    expect(ticketLine(html)).toBe('Báo chí');
    const again = await f.staff.post(door, { code: codes.binh! });
    expect(again.status).toBe(409);
    expect(ticketLine(await again.text())).toBe('Báo chí');
    const an = await f.staff.post(door, { code: codes.an! });
    expect(ticketLine(await an.text())).toBe('Khởi nghiệp');
  });

  it('names no ticket for a forged code', async () => {
    const code = codes.an!;
    const forged = await f.staff.post(door, {
      code: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`,
    });
    expect(forged.status).toBe(422);
    expect(ticketLine(await forged.text())).toBeUndefined();
  });
});
