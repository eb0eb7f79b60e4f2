import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../support/actors';
import { createTestApp, type TestApp } from '../support/app';
import type { BrowserSession } from '../support/browser-session';
import { sharedStringBomb, xlsxBomb } from '../support/bombs';

describe('the staff import answers upload bombs with 422 and a message', () => {
  let t: TestApp;
  let staff: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    await createUser(t, { email: 'staff@bomb.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@bomb.example');
    staff.set('lang', 'en');
  });
  afterAll(() => t.close());

  const upload = (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(bytes)], name));
    return staff.postMultipart('/directory/import', form);
  };

  it('the 2 MB sheet that unpacks to 1.6 GB, honest or lying about its size', async () => {
    for (const bomb of [xlsxBomb(), xlsxBomb(1_000)]) {
      const before = process.memoryUsage().heapUsed;
      const res = await upload(bomb, 'danh-sach.xlsx');
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(
        'Once unpacked, the file “danh-sach.xlsx” is larger than 64 MB',
      );
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    }
  });

  it('a sheet whose cells repeat one long text', async () => {
    const res = await upload(sharedStringBomb(30_000, 2_000), 'lap-lai.xlsx');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('holds more than 32 million characters');
  });

  it('the import page states the size the upload accepts, not the site-wide limit', async () => {
    expect(t.deps.config.BODY_LIMIT_BYTES).toBe(1_000_000);
    const page = await (await staff.get('/directory/import')).text();
    expect(page).toContain('Up to 10 MB');
    const form = new FormData();
    const rows = Array.from({ length: 200 }, (_, i) => `Công ty ${i},${'x'.repeat(30_000)}\n`);
    form.set('file', new File([`legalName,note\n${rows.join('')}`], 'lon.csv'));
    const accepted = await staff.postMultipart('/directory/import', form);
    expect(accepted.status).toBe(303);
  });

  it('a CSV with a cell of 5 MB', async () => {
    const res = await upload(Buffer.from(`legalName\n"${'x'.repeat(5_000_000)}"\n`), 'o.csv');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('longer than 32767 characters');
  });
});
