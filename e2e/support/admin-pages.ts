/**
 * Page objects of the admin: what a user does, in their words, so specs read as stories and a changed
 * selector is fixed in one place. Selectors prefer `data-testid`; visible text is asserted by specs.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(credentials: { username: string; password: string }): Promise<void> {
    await this.page.getByTestId('input-username').fill(credentials.username);
    await this.page.getByTestId('input-password').fill(credentials.password);
    await this.page.getByTestId('submit-login').click();
  }
}

export class InboxPage {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('inbox-table');
  }

  row(reference: string): Locator {
    return this.page.getByTestId(`inbox-row-${reference}`);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-inbox').click();
    await this.table.waitFor();
  }

  async openCase(reference: string): Promise<void> {
    await this.row(reference).getByTestId('open-case').click();
    await this.page.getByTestId('case-title').waitFor();
  }
}

export class CasePage {
  constructor(private readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('case-title');
  }

  get timeline(): Locator {
    return this.page.getByTestId('case-timeline');
  }

  /** The timeline's entries, oldest first. */
  get events(): Locator {
    return this.timeline.locator('.el-timeline-item');
  }

  async sendCustomerLink(): Promise<string> {
    await this.page.getByTestId('send-customer-link').click();
    const field = this.page.getByTestId('customer-link-url');
    await field.waitFor();
    return field.inputValue();
  }
}

export class CustomerOfferPage {
  constructor(private readonly page: Page) {}

  get scheduleRows(): Locator {
    return this.page.getByTestId('schedule-row');
  }

  /** The agreement's clauses as the PDF will print them (shown before signing). */
  get agreementClauses(): Locator {
    return this.page.getByTestId('agreement-clause');
  }

  summary(field: 'kind' | 'owed' | 'forgiven' | 'down-payment' | 'term' | 'total-due' | 'rate'): Locator {
    return this.page.getByTestId(`summary-${field}`).locator('dd');
  }

  async accept(): Promise<void> {
    await this.page.getByTestId('accept-offer').click();
    await this.page.getByTestId('sign-panel').waitFor();
  }

  /** Draws a signature with the mouse: a few strokes across the canvas. */
  async drawSignature(): Promise<void> {
    const canvas = this.page.getByTestId('signature-canvas');
    // The mouse draws at viewport coordinates: bring the pad on screen first.
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the signature canvas is not visible');
    const strokes = [
      [0.1, 0.6, 0.3, 0.3, 0.45, 0.7],
      [0.5, 0.4, 0.7, 0.6, 0.9, 0.35],
    ];
    for (const [x0, y0, x1, y1, x2, y2] of strokes as [number, number, number, number, number, number][]) {
      await this.page.mouse.move(box.x + box.width * x0, box.y + box.height * y0);
      await this.page.mouse.down();
      await this.page.mouse.move(box.x + box.width * x1, box.y + box.height * y1, { steps: 8 });
      await this.page.mouse.move(box.x + box.width * x2, box.y + box.height * y2, { steps: 8 });
      await this.page.mouse.up();
    }
  }

  async consent(): Promise<void> {
    await this.page.getByTestId('consent').click();
  }

  async sign(): Promise<string> {
    await this.page.getByTestId('submit-signature').click();
    const hash = this.page.getByTestId('agreement-sha256');
    await hash.waitFor();
    return hash.innerText();
  }
}

export class FlowsPage {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('flow-table');
  }

  /** The table's row of a template (found by its key cell). */
  row(key: string): Locator {
    return this.table.locator('.el-table__body-wrapper tr.el-table__row', {
      has: this.page.getByText(key, { exact: true }),
    });
  }

  draftState(key: string): Locator {
    return this.page.getByTestId(`flow-draft-${key}`);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-flows').click();
    await this.table.waitFor();
  }

  /** Opens the create dialog on the seed gallery, picks `seedKey` and creates it under `key`. */
  async createFromSeed(seedKey: string, key: string): Promise<void> {
    await this.page.getByTestId('open-create-flow').click();
    const form = this.page.getByTestId('create-flow-form');
    await form.waitFor();
    await this.page.getByTestId('mode-seed').click();
    await this.page.getByTestId(`seed-${seedKey}`).click();
    await this.page.getByTestId('input-flow-key').fill(key);
  }

  async submitCreate(): Promise<void> {
    const form = this.page.getByTestId('create-flow-form');
    await this.page.getByTestId('submit-create-flow').click();
    await form.waitFor({ state: 'detached' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('flow-search').fill(text);
  }

  async showArchived(): Promise<void> {
    await this.page.getByTestId('show-archived').click();
  }

  async archive(key: string): Promise<void> {
    await this.page.getByTestId(`archive-${key}`).click();
    const dialog = this.page.getByTestId('archive-flow-dialog');
    await dialog.waitFor();
    await this.page.getByTestId('confirm-archive-flow').click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Clicks Export and returns the downloaded file's name and text. */
  async export(key: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${key}`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Opens Import, pastes `text`, optionally names the key, and submits (the dialog stays on refusal). */
  async importText(text: string, key?: string): Promise<void> {
    await this.page.getByTestId('open-import-flow').click();
    await this.page.getByTestId('import-flow-form').waitFor();
    await this.page.getByTestId('import-text').fill(text);
    if (key) await this.page.getByTestId('import-key').fill(key);
    await this.page.getByTestId('submit-import-flow').click();
  }

  get importError(): Locator {
    return this.page.getByTestId('import-error');
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}

/** 新建案件 / New case (`/cases/new`). */
export class NewCasePage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('new-case-form');
  }

  fieldError(field: 'flow' | 'name' | 'phone' | 'receivedAt' | 'receivedAtReason'): Locator {
    return this.page.getByTestId(`field-${field}`).locator('.el-form-item__error');
  }

  async chooseFlow(key: string): Promise<void> {
    await this.page.getByTestId('select-flow').click();
    await this.page.getByTestId(`flow-option-${key}`).click();
  }

  async chooseChannel(channel: string): Promise<void> {
    await this.page.getByTestId('select-channel').click();
    await this.page.getByTestId(`channel-option-${channel}`).click();
  }

  async fillCustomer(customer: { name: string; phone?: string }): Promise<void> {
    await this.page.getByTestId('input-name').fill(customer.name);
    if (customer.phone !== undefined) await this.page.getByTestId('input-phone').fill(customer.phone);
  }

  /** Enters the date of receipt (`YYYY-MM-DDTHH:mm`, Beijing time) in the native date-time input. */
  async receivedAt(local: string): Promise<void> {
    await this.page.getByTestId('input-receivedAt').fill(local);
  }

  async reason(text: string): Promise<void> {
    await this.page.getByTestId('input-receivedAtReason').fill(text);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('submit-new-case').click();
  }
}
