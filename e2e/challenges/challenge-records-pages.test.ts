// A challenge's collections, its page with documents and a log of updates, and its correction
// form meet WCAG 2.1 AA (axe-core) on a 360 px phone without sideways scrolling, in Vietnamese
// and English; the forms are plain HTML posts (no script needed).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChallengeFile } from '../../src/modules/challenges/services/challenge-files';
import { editChallenge } from '../../src/modules/challenges/services/edit-challenge';
import {
  challengeCast,
  publishedChallenge,
  type ChallengeCast,
} from '../../src/modules/challenges/testing/published-challenge';
import { launchBrowser } from '../support/browser';
import { pageProblems } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const NOW = new Date();
const PHONE = { viewport: { width: 360, height: 740 }, bypassCSP: true };

describe(
  'challenge collections, documents and corrections on a phone',
  { timeout: 240_000 },
  () => {
    let portal: RunningPortal;
    let browser: Browser;
    let cast: ChallengeCast;
    let path: string;

    beforeAll(async () => {
      [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
      const t = portal.t;
      cast = await challengeCast(t, 'a11y.example');
      const { challenge } = await publishedChallenge(t, cast, {
        title: 'Tuyển sinh trực tuyến',
        opensAt: NOW,
      });
      path = `/challenges/${challenge.slug}`;
      const file = await addChallengeFile(t.deps, cast.centreActor, {
        slug: challenge.slug,
        category: 'dataset',
        title: 'Số hồ sơ tuyển sinh theo trường, năm học 2025–2026',
        file: { name: 'ho-so.csv', bytes: new TextEncoder().encode('truong,ho_so\nTH001,420\n') },
      });
      expect(file.ok).toBe(true);
      const edited = await editChallenge(t.deps, cast.centreActor, {
        slug: challenge.slug,
        version: challenge.version,
        title: challenge.title,
        summary: challenge.summary,
        eligibility: challenge.eligibility,
        rewards: challenge.rewards,
        documents: [],
        agreementText: challenge.agreementText,
        opensAt: challenge.opensAt,
        closesAt: new Date(challenge.closesAt.getTime() + 14 * 86_400_000),
        note: 'Gia hạn theo đề nghị của các trường.',
      });
      expect(edited.ok).toBe(true);
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it('public pages, in Vietnamese and English', async () => {
      const problems: string[] = [];
      for (const lang of ['vi', 'en']) {
        const context = await browser.newContext(PHONE);
        await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
        const page = await context.newPage();
        for (const p of [
          '/challenges',
          '/challenges/owners',
          `/challenges/owners/${cast.owner.slug}`,
          '/challenges/sectors',
          '/challenges/sectors/edtech',
          path,
        ]) {
          const res = await page.goto(portal.url + p);
          expect(res?.status(), p).toBe(200);
          problems.push(...(await pageProblems(page)).map((v) => `${lang} ${v}`));
        }
        const log = lang === 'vi' ? 'Nhật ký cập nhật' : 'Log of updates';
        expect(await page.getByRole('heading', { name: log }).count()).toBe(1);
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    it('the page with its upload form, and the correction form, for the centre', async () => {
      const context = await browser.newContext(PHONE);
      await signedInContext(portal, context, {
        email: 'trung-tam-a11y@example.vn',
        name: 'Cán Bộ Trung Tâm',
        roles: ['staff'],
      });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const p of [path, `${path}/edit`]) {
        const res = await page.goto(portal.url + p);
        expect(res?.status(), p).toBe(200);
        problems.push(...(await pageProblems(page)));
      }
      await page.getByLabel('Lý do thay đổi').fill('Sửa lỗi chính tả.');
      await page.getByLabel('Tóm tắt').fill('Tuyển sinh đầu cấp trực tuyến, trên điện thoại.');
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.waitForURL(/done=edited/);
      problems.push(...(await pageProblems(page)));
      await context.close();
      expect(problems).toEqual([]);
    });
  },
);
