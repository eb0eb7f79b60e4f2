import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/modules/directory';
import { createCall, createProgramme, publishProgramme } from '../../src/modules/programs';
import type { Actor } from '../../src/platform/authz';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');

describe(
  'a startup applies to a published call with an attachment, on a phone',
  { timeout: 180_000 },
  () => {
    let portal: RunningPortal;
    let browser: Browser;
    let programmePath = '';
    const failures: string[] = [];
    beforeAll(async () => {
      [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
      const db = portal.t.deps.database.db;
      const staff: Actor = {
        kind: 'user',
        user: {
          id: 'e2e-staff',
          name: 'Staff',
          email: 's@e2e.vn',
          locale: 'vi',
          twoFactorEnabled: false,
        },
        roles: new Set(['member', 'staff']),
      };
      const p = await createProgramme(
        db,
        { actor: staff },
        { kind: 'funding', titleVi: 'SpeedUP Đà Nẵng 2026' },
      );
      if (!p.ok) throw new Error('programme');
      await publishProgramme(db, { actor: staff }, p.programme.id, p.programme.version);
      const now = Date.now();
      const c = await createCall(db, { actor: staff }, p.programme.id, {
        titleVi: 'Đợt 1',
        opensAt: new Date(now - 3_600_000),
        closesAt: new Date(now + 7 * 86_400_000),
        status: 'published',
        eligibility: { maxOrganizationAgeYears: 5 },
        form: {
          sections: [
            {
              id: 'project',
              title: { vi: 'Dự án', en: '' },
              questions: [
                {
                  id: 'name',
                  kind: 'short_text',
                  label: { vi: 'Tên dự án', en: '' },
                  isRequired: true,
                  maxLength: 200,
                },
                {
                  id: 'deck',
                  kind: 'file',
                  label: { vi: 'Thuyết minh', en: '' },
                  isRequired: true,
                  types: ['pdf'],
                  maxBytes: 1_048_576,
                },
              ],
            },
          ],
        },
      });
      if (!c.ok) throw new Error('call');
      programmePath = `/programs/${p.programme.slug}`;
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    const check = async (page: Page) => failures.push(...(await pageProblems(page)));

    it('opens the programme, applies, submits and sees the receipt', async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      const { id } = await signedInContext(portal, context, {
        email: 'sang.lap@e2e.vn',
        name: 'Nhà Sáng Lập',
      });
      const q = (sql: string, params: unknown[]) => portal.t.database.query(sql, params);
      await q(
        `insert into identity_organizations (id, name, slug) values ('e2e-org', 'Lúa Xanh', 'e2e-org')`,
        [],
      );
      await q(
        `insert into identity_members (id, organization_id, user_id, role) values ('e2e-m', 'e2e-org', $1, 'owner')`,
        [id],
      );
      const org = await createOrganization(
        portal.t.deps.database.db,
        { actor: { kind: 'anonymous' }, label: 'e2e' },
        { kind: 'startup', legalName: 'Công ty Lúa Xanh', firstRegisteredOn: '2024-02-01' },
      );
      if (!org.ok) throw new Error('organisation');
      await q(`update directory_organizations set managed_by = 'e2e-org' where id = $1`, [
        org.organization.id,
      ]);

      const page = await context.newPage();
      await page.goto(portal.url + programmePath);
      await page.getByRole('link', { name: 'Nộp hồ sơ' }).click();
      await visible(page.getByText('Đủ điều kiện tham gia đợt này.'));
      await check(page);
      await page.getByRole('button', { name: 'Bắt đầu hồ sơ' }).click();
      await visible(page.getByRole('heading', { name: 'Nộp hồ sơ: Đợt 1', level: 1 }));
      await page.getByLabel('Tên dự án (bắt buộc)').fill('Lúa chịu mặn');
      await page.getByLabel('Thuyết minh', { exact: true }).setInputFiles({
        name: 'thuyet-minh.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await check(page);
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      await visible(page.getByText(/Đã nộp hồ sơ\. Số biên nhận: [A-Z0-9-]+-2026-000001/));
      await visible(page.getByRole('link', { name: 'thuyet-minh.pdf' }).first());
      await check(page);
      await context.close();
      expect(failures).toEqual([]);
    });
  },
);
