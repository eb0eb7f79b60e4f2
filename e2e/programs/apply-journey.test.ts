import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { openCall, projectForm, signedInFounder } from './applicant';

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
      ({ programmePath } = await openCall(
        portal,
        { programme: 'SpeedUP Đà Nẵng 2026', call: 'Đợt 1' },
        {
          eligibility: { maxOrganizationAgeYears: 5 },
          form: projectForm({
            id: 'deck',
            kind: 'file',
            label: { vi: 'Thuyết minh', en: '' },
            isRequired: true,
            types: ['pdf'],
            maxBytes: 1_048_576,
          }),
        },
      ));
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
      await signedInFounder(
        portal,
        context,
        { email: 'sang.lap@e2e.vn', name: 'Nhà Sáng Lập' },
        'Công ty Lúa Xanh',
      );

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
