/**
 * Page objects of the supervisors' approvals inbox (and, re-exported, the offer builder's).
 */
import type { Locator, Page } from 'playwright-core';

export { OfferBuilderPanel, type FrozenPlan } from './offer-builder';

export class ApprovalsInboxPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('approvals-page');
  }

  section(kind: 'offers' | 'reviews' | 'extensions'): Locator {
    return this.page.getByTestId(`approvals-${kind}`);
  }

  row(kind: 'offers' | 'reviews' | 'extensions', reference: string): Locator {
    return this.section(kind).getByTestId(`approval-${reference}`);
  }

  async decide(
    kind: 'offers' | 'reviews' | 'extensions',
    reference: string,
    approve: boolean,
    reason = '',
  ): Promise<void> {
    await this.row(kind, reference)
      .getByTestId(approve ? 'approval-approve' : 'approval-reject')
      .click();
    const field = this.page.getByTestId('decide-reason');
    await field.waitFor();
    if (reason) await field.fill(reason);
    await this.page.getByTestId('decide-confirm').click();
  }
}

/**
 * Opens a staff page by URL; a full load does not keep the admin session, so it signs in from the
 * target URL when the login form shows (and returns there).
 */
export async function openSignedIn(
  page: Page,
  url: string,
  credentials: { username: string; password: string },
  ready: Locator,
): Promise<void> {
  await page.goto(url);
  const login = page.getByTestId('submit-login');
  await Promise.race([ready.waitFor(), login.waitFor()]);
  if (await login.isVisible()) {
    await page.getByTestId('input-username').fill(credentials.username);
    await page.getByTestId('input-password').fill(credentials.password);
    await login.click();
    await ready.waitFor();
  }
}
