import type { Locator, Page } from 'playwright-core';
import { wcagViolations } from './axe';

/** Waits until the first element the locator finds is shown. */
export const visible = (locator: Locator) =>
  locator.first().waitFor({ state: 'visible', timeout: 10_000 });

/** WCAG 2.1 AA violations of the page, and sideways scrolling, each as one line. */
export async function pageProblems(page: Page): Promise<string[]> {
  const path = new URL(page.url()).pathname;
  const problems = (await wcagViolations(page)).map((v) => `${path} ${v}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow}px`);
  return problems;
}
