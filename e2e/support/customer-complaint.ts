/**
 * Page objects of the customer's public complaint pages (`/complain`, `/track/:token`) and the phone-size
 * checks shared by the customer pages' e2e: screenshots per language and width, and "no sideways
 * scrolling" (the page's scrollWidth fits its clientWidth).
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const SCREENSHOT_DIR = new URL('../../test-results/', import.meta.url);

/** A phone-sized browser context in `locale` (the page's language follows the browser's). */
export function phoneContext(
  browser: Browser,
  locale: 'zh-CN' | 'en',
  width: number,
): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
}

/** A full-page screenshot into test-results/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOT_DIR).pathname, fullPage: true });
}

/** The document's scrollWidth and clientWidth (no sideways scrolling when the first ≤ the second). */
export function widths(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

export class ComplaintFormPage {
  constructor(readonly page: Page) {}

  async open(adminUrl: string): Promise<void> {
    await this.page.goto(`${adminUrl}/complain`);
    await this.page.getByTestId('complaint-submit').waitFor();
  }

  private async choose(testId: string, label: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
  }

  async fill(input: {
    category: string;
    subCategory?: string;
    text: string;
    name: string;
    phone: string;
    files?: { name: string; mimeType: string; buffer: Buffer }[];
  }): Promise<void> {
    await this.choose('complaint-category', input.category);
    if (input.subCategory) await this.choose('complaint-subcategory', input.subCategory);
    await this.page.getByTestId('complaint-text').fill(input.text);
    await this.page.getByTestId('complaint-name').fill(input.name);
    await this.page.getByTestId('complaint-phone').fill(input.phone);
    if (input.files) await this.page.getByTestId('complaint-file-input').setInputFiles(input.files);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('complaint-submit').click();
  }

  /** The receipt's reference and tracking link (an absolute URL). */
  async receipt(): Promise<{ reference: string; trackingUrl: string; deadline: string }> {
    const reference = this.page.getByTestId('complaint-reference');
    await reference.waitFor();
    const href = await this.page.getByTestId('complaint-track-link').getAttribute('href');
    return {
      reference: await reference.innerText(),
      trackingUrl: new URL(href ?? '', this.page.url()).toString(),
      deadline: await this.page.getByTestId('complaint-deadline').innerText(),
    };
  }
}

export class TrackingPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('tracking-status').waitFor();
  }

  status(): Promise<string> {
    return this.page.getByTestId('tracking-status').innerText();
  }

  entries(): Promise<string[]> {
    return this.page.getByTestId('tracking-entry').allInnerTexts();
  }

  text(name: 'reference' | 'category' | 'department' | 'deadline'): Promise<string> {
    return this.page.getByTestId(`tracking-${name}`).innerText();
  }
}

/** Switches the public page to English with its language switch (kept for the context). */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
}
