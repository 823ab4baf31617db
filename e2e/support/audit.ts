/**
 * Page object of the configuration audit page (/audit): filter the log, open an entry's changes, run
 * the case audit chain check. Selectors are `data-testid`s; specs assert the visible text.
 */
import type { Locator, Page } from 'playwright-core';

export class AuditPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('audit-page');
  }

  get entries(): Locator {
    return this.page.getByTestId('audit-entry');
  }

  get count(): Locator {
    return this.page.getByTestId('audit-count');
  }

  /** The entry with this action about this entity key (the newest, if several). */
  entry(action: string, entityKey: string): Locator {
    return this.page
      .locator(`[data-testid="audit-entry"][data-action="${action}"][data-entity-key="${entityKey}"]`)
      .first();
  }

  /** `action entityKey` of every entry shown, top to bottom. */
  async shown(): Promise<string[]> {
    return this.entries.evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-action')} ${r.getAttribute('data-entity-key')}`),
    );
  }

  /** Waits until the list shows exactly these `action entityKey` lines, in this order. */
  async waitForShown(expected: readonly string[]): Promise<void> {
    await this.page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-testid="audit-entry"]')]
          .map((r) => `${r.getAttribute('data-action')} ${r.getAttribute('data-entity-key')}`)
          .join('|') === want,
      expected.join('|'),
    );
  }

  async chooseEntityType(type: string): Promise<void> {
    await this.page.getByTestId('audit-filter-types').click();
    await this.page.getByTestId(`audit-type-option-${type}`).click();
    await this.page.keyboard.press('Escape');
  }

  async chooseActor(actorKey: string): Promise<void> {
    await this.page.getByTestId('audit-filter-actor').click();
    await this.page.getByTestId(`audit-actor-option-${actorKey}`).click();
  }

  async searchEntity(text: string): Promise<void> {
    await this.page.getByTestId('audit-filter-key').fill(text);
  }

  /** Types a day (`YYYY-MM-DD`) into the from / to date field. */
  async setDate(which: 'from' | 'to', day: string): Promise<void> {
    const input = this.page.getByTestId(`audit-field-${which}`).locator('input');
    await input.click();
    await input.fill(day);
    await input.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  async apply(): Promise<void> {
    await this.page.getByTestId('audit-filter-apply').click();
  }

  async reset(): Promise<void> {
    await this.page.getByTestId('audit-filter-reset').click();
  }

  /** The error shown under a filter field. */
  fieldError(which: 'from' | 'to'): Locator {
    return this.page.getByTestId(`audit-field-${which}`).locator('.el-form-item__error');
  }

  /** Opens an entry's before/after (unless it is open already) and returns it. */
  async openChanges(entry: Locator): Promise<Locator> {
    const diff = entry.getByTestId('audit-diff');
    if ((await diff.count()) === 0) await entry.getByTestId('audit-entry-toggle').click();
    await diff.waitFor();
    return diff;
  }

  async runChainCheck(reference = ''): Promise<string> {
    await this.page.getByTestId('audit-chain-reference').fill(reference);
    await this.page.getByTestId('audit-chain-run').click();
    const result = this.page.getByTestId('audit-chain-result');
    await result.waitFor();
    return result.innerText();
  }

  async switchLanguage(label: 'English' | '中文'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}
