/**
 * Page objects of the integrations screens: API clients (/access/api-clients) and webhooks
 * (/access/webhooks). What a user does, in their words; selectors are `apiclient-` / `webhook-` test ids.
 */
import type { Locator, Page } from 'playwright-core';

/** Confirms the open `confirmAction` box (its danger button). */
async function confirm(page: Page): Promise<void> {
  const box = page.locator('.confirm-action');
  await box.waitFor();
  await box.locator('.el-button--danger').click();
  await box.waitFor({ state: 'hidden' });
}

/** Reads a shown-once secret from its dialog and closes it. */
async function takeSecret(page: Page, testId: string): Promise<string> {
  const value = page.getByTestId(`${testId}-value`);
  await value.waitFor();
  const secret = await value.inputValue();
  await page.getByTestId(`${testId}-done`).click();
  await page.getByTestId(`${testId}-value`).waitFor({ state: 'hidden' });
  return secret;
}

export class ApiClientsPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('apiclient-page');
  }

  row(name: string): Locator {
    return this.page
      .getByTestId('apiclient-table')
      .locator('tr', { has: this.page.getByTestId(`apiclient-row-${name}`) });
  }

  lastUsed(name: string): Locator {
    return this.page.getByTestId(`apiclient-last-used-${name}`);
  }

  state(name: string): Locator {
    return this.page.getByTestId(`apiclient-state-${name}`);
  }

  /** Scopes offered by the picker (the caller's own permissions). */
  async offeredScopes(): Promise<string[]> {
    const ids = await this.page
      .getByTestId('apiclient-scopes')
      .locator('[data-testid^="apiclient-scope-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('apiclient-scope-', ''));
  }

  async openCreate(): Promise<void> {
    await this.page.getByTestId('apiclient-open-create').click();
    await this.page.getByTestId('apiclient-form').waitFor();
  }

  /**
   * Fills the form and submits; returns the key and the dialog's text (read before it closes: the
   * key is shown this once).
   */
  async create(input: {
    name: string;
    scopes: string[];
    rateLimit?: number;
  }): Promise<{ key: string; dialogText: string }> {
    await this.openCreate();
    await this.page.getByTestId('apiclient-name').fill(input.name);
    for (const scope of input.scopes) await this.page.getByTestId(`apiclient-scope-${scope}`).click();
    if (input.rateLimit !== undefined)
      await this.page.getByTestId('apiclient-rate-limit').locator('input').fill(String(input.rateLimit));
    await this.page.getByTestId('apiclient-submit').click();
    const formError = this.page.getByTestId('apiclient-form').locator('.el-form-item__error');
    await this.page.getByTestId('apiclient-key-dialog-value').or(formError).first().waitFor();
    if (await formError.count()) throw new Error(`the form was refused: ${await formError.allInnerTexts()}`);
    const dialogText = await this.page
      .locator('.el-dialog', { has: this.page.getByTestId('apiclient-key-dialog-value') })
      .innerText();
    return { key: await takeSecret(this.page, 'apiclient-key-dialog'), dialogText };
  }

  keyDialog(): Locator {
    return this.page.getByTestId('apiclient-key-dialog');
  }

  async refresh(): Promise<void> {
    await this.page.getByTestId('apiclient-refresh').click();
  }

  /** Revokes after confirming; returns the confirmation's text. */
  async revoke(name: string): Promise<string> {
    await this.page.getByTestId(`apiclient-revoke-${name}`).click();
    const text = await this.page.locator('.confirm-action .el-message-box__message').innerText();
    await confirm(this.page);
    return text;
  }
}

export class WebhooksPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('webhook-page');
  }

  row(name: string): Locator {
    return this.page
      .getByTestId('webhook-table')
      .locator('tr', { has: this.page.getByTestId(`webhook-row-${name}`) });
  }

  fieldError(field: 'name' | 'url' | 'events'): Locator {
    return this.page.getByTestId(`webhook-field-${field}`).locator('.el-form-item__error');
  }

  async openCreate(): Promise<void> {
    await this.page.getByTestId('webhook-open-create').click();
    await this.page.getByTestId('webhook-form').waitFor();
  }

  async fillCreate(input: { name: string; url: string; eventTypes: string[] }): Promise<void> {
    await this.page.getByTestId('webhook-name').fill(input.name);
    await this.page.getByTestId('webhook-url').fill(input.url);
    if (input.eventTypes.length === 0) return;
    await this.page.getByTestId('webhook-event-types').click();
    for (const type of input.eventTypes) await this.page.getByTestId(`webhook-event-${type}`).click();
    await this.page.keyboard.press('Escape');
  }

  async submitCreate(): Promise<void> {
    await this.page.getByTestId('webhook-submit').click();
  }

  async cancelCreate(): Promise<void> {
    await this.page
      .getByTestId('webhook-form')
      .getByRole('button', { name: /取消|Cancel/ })
      .click();
    await this.page.getByTestId('webhook-form').waitFor({ state: 'hidden' });
  }

  /** Creates a subscription; returns its signing secret from the shown-once dialog. */
  async create(input: { name: string; url: string; eventTypes: string[] }): Promise<string> {
    await this.openCreate();
    await this.fillCreate(input);
    await this.submitCreate();
    return takeSecret(this.page, 'webhook-secret-dialog');
  }

  async sendTest(name: string): Promise<void> {
    await this.page.getByTestId(`webhook-test-${name}`).click();
  }

  async openDeliveries(name: string): Promise<Locator> {
    await this.page.getByTestId(`webhook-deliveries-${name}`).click();
    const table = this.page.getByTestId('webhook-deliveries-table');
    await table.waitFor();
    return table;
  }

  async closeDeliveries(): Promise<void> {
    await this.page.getByTestId('webhook-deliveries').locator('.el-drawer__close-btn').click();
    await this.page.getByTestId('webhook-deliveries-table').waitFor({ state: 'hidden' });
  }

  /** Rotates the secret with a grace period; returns the new secret. */
  async rotate(name: string, graceHours: number): Promise<string> {
    await this.page.getByTestId(`webhook-rotate-${name}`).click();
    await this.page.getByTestId('webhook-grace-hours').locator('input').fill(String(graceHours));
    await this.page.getByTestId('webhook-rotate-submit').click();
    return takeSecret(this.page, 'webhook-secret-dialog');
  }
}

/** Editing through the same forms as creating: API clients. */
export class ApiClientEditor {
  constructor(private readonly page: Page) {}

  async open(name: string): Promise<void> {
    await this.page.getByTestId(`apiclient-edit-${name}`).click();
    await this.page.getByTestId('apiclient-edit-hint').waitFor();
  }

  /** Ticks or unticks a scope in the picker. */
  async toggleScope(scope: string): Promise<void> {
    await this.page.getByTestId(`apiclient-scope-${scope}`).click();
  }

  async setRateLimit(n: number): Promise<void> {
    await this.page.getByTestId('apiclient-rate-limit').locator('input').fill(String(n));
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('apiclient-submit').click();
  }

  /** Submits and waits for the form to close (it stays open, with the problem shown, when refused). */
  async save(): Promise<void> {
    await this.submit();
    await this.page.getByTestId('apiclient-form').waitFor({ state: 'hidden' });
  }

  fieldError(field: 'name' | 'scopes' | 'rate-limit'): Locator {
    return this.page.getByTestId(`apiclient-field-${field}`).locator('.el-form-item__error');
  }

  async cancel(): Promise<void> {
    await this.page
      .getByTestId('apiclient-form')
      .getByRole('button', { name: /取消|Cancel/ })
      .click();
    await this.page.getByTestId('apiclient-form').waitFor({ state: 'hidden' });
  }
}

/** Editing a webhook subscription, and the dead letters of its delivery log. */
export class WebhookEditor {
  constructor(private readonly page: Page) {}

  async open(name: string): Promise<void> {
    await this.page.getByTestId(`webhook-edit-${name}`).click();
    await this.page.getByTestId('webhook-field-enabled').waitFor();
  }

  /** Ticks or unticks event types in the picker. */
  async toggleEventTypes(types: string[]): Promise<void> {
    await this.page.getByTestId('webhook-event-types').click();
    for (const type of types) await this.page.getByTestId(`webhook-event-${type}`).click();
    await this.page.keyboard.press('Escape');
  }

  async save(): Promise<void> {
    await this.page.getByTestId('webhook-submit').click();
    await this.page.getByTestId('webhook-form').waitFor({ state: 'hidden' });
  }

  deliveryStatus(deliveryId: string): Locator {
    return this.page.getByTestId(`webhook-delivery-status-${deliveryId}`);
  }

  async refreshDeliveries(): Promise<void> {
    await this.page.getByTestId('webhook-deliveries-refresh').click();
  }

  /** Replays a dead letter after confirming; returns the confirmation's text. */
  async replay(deliveryId: string): Promise<string> {
    await this.page.getByTestId(`webhook-replay-${deliveryId}`).click();
    const text = await this.page.locator('.confirm-action .el-message-box__message').innerText();
    await confirm(this.page);
    return text;
  }
}
