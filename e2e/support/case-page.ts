/**
 * Page object of the agent's case screen (features/cases/case-screen): what an agent does on one case,
 * in their words. Selectors are `data-testid`s; specs assert the visible text.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { LoginPage } from './admin-pages';

export type CustomerFieldName = 'NAME' | 'PHONE' | 'ID_NUMBER' | 'BANK_CARD' | 'ADDRESS';

export class WorkspaceCasePage {
  constructor(readonly page: Page) {}

  /** Opens the case from its URL, signing in on the way (a reload loses the admin session). */
  async open(adminUrl: string, caseId: string, user: { username: string; password: string }): Promise<void> {
    await this.page.goto(`${adminUrl}/cases/${encodeURIComponent(caseId)}`);
    await this.page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(this.page).signIn(user);
    await this.root.waitFor();
    // The case, or the page's error (which then fails the test with its words).
    await this.title.or(this.root.locator('.el-alert')).first().waitFor();
    if (!(await this.title.isVisible()))
      throw new Error(`case page shows: ${await this.root.locator('.el-alert').first().innerText()}`);
  }

  get root(): Locator {
    return this.page.getByTestId('case-page');
  }

  get title(): Locator {
    return this.page.getByTestId('case-title');
  }

  customerField(field: CustomerFieldName): Locator {
    return this.page.getByTestId(field === 'NAME' ? 'case-customer' : `customer-field-${field}`);
  }

  revealButton(field: CustomerFieldName): Locator {
    return this.page.getByTestId(`reveal-${field}`);
  }

  /** Reveals a field and waits until its plain value replaces the mask. */
  async reveal(field: CustomerFieldName): Promise<string> {
    const before = await this.customerField(field).innerText();
    await this.revealButton(field).click();
    await this.revealButton(field).waitFor({ state: 'detached' });
    await this.page.waitForFunction(
      ([id, old]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() !== old,
      [field === 'NAME' ? 'case-customer' : `customer-field-${field}`, before] as const,
    );
    return this.customerField(field).innerText();
  }

  get timeline(): Locator {
    return this.page.getByTestId('case-timeline');
  }

  /** The timeline's entries, oldest first. */
  get events(): Locator {
    return this.timeline.locator('.el-timeline-item');
  }

  async eventTitles(): Promise<string[]> {
    return this.timeline.locator('.timeline__title strong').allInnerTexts();
  }

  /** The entries of one event type (`data-event-type`). */
  eventsOfType(type: string): Locator {
    return this.events.filter({ has: this.page.locator(`[data-event-type="${type}"]`) });
  }

  async actorOf(entry: Locator): Promise<string> {
    return entry.getByTestId('event-actor').innerText();
  }

  /** Opens an entry's details and returns their text. */
  async expandDetails(entry: Locator): Promise<string> {
    await entry.locator('[data-testid^="event-details-toggle-"]').click();
    const details = entry.locator(
      '[data-testid^="event-details-"]:not([data-testid^="event-details-toggle-"])',
    );
    await details.waitFor();
    return details.innerText();
  }

  flowMapStep(key: string): Locator {
    return this.page.getByTestId(`flow-map-step-${key}`);
  }

  get sendCustomerLink(): Locator {
    return this.page.getByTestId('send-customer-link');
  }

  get attachments(): Locator {
    return this.page.getByTestId('case-attachments');
  }

  attachmentNamed(fileName: string): Locator {
    return this.attachments.locator('li').filter({ hasText: fileName });
  }

  async uploadAttachment(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('attachment-input').setInputFiles(file);
    await this.attachmentNamed(file.name).waitFor();
  }

  /** Downloads an attachment; returns the browser's download and its bytes. */
  async downloadAttachment(fileName: string): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.attachmentNamed(fileName).getByTestId('download-attachment').click(),
    ]);
    return { download, bytes: await readFile((await download.path())!) };
  }

  get agreementHash(): Locator {
    return this.page.getByTestId('agreement-sha256');
  }

  async verifyAgreement(): Promise<string> {
    await this.page.getByTestId('verify-agreement').click();
    const result = this.page.getByTestId('agreement-verification');
    await result.waitFor();
    return result.innerText();
  }

  async downloadAgreement(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('download-agreement-pdf').click(),
    ]);
    return { download, bytes: await readFile((await download.path())!) };
  }

  get followUps(): Locator {
    return this.page.getByTestId('case-follow-ups');
  }

  get contacts(): Locator {
    return this.page.getByTestId('case-contacts');
  }

  async switchLanguage(to: 'English' | '中文'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(to, { exact: true }).click();
  }
}
