/**
 * Page object of the designer's property panel: selecting a step on whichever canvas is mounted
 * (the Vue Flow canvas's `node-<key>`, or the placeholder's step buttons), editing step fields, and the
 * flow settings (role mapping, authority matrix).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class DesignerPanels {
  constructor(private readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('property-panel');
  }

  /** Opens the designer of template `key` from the flows list. */
  async openDesigner(key: string): Promise<void> {
    await this.page.getByTestId(`design-${key}`).click();
    await this.panel.waitFor();
  }

  /** Selects a step: its canvas node when the real canvas is there, else the placeholder's button. */
  async selectStep(key: string, name: string): Promise<void> {
    const node = this.page.getByTestId(`node-${key}`);
    if ((await node.count()) > 0) await node.first().click();
    else await this.page.getByTestId('designer-canvas').getByRole('button', { name, exact: true }).click();
    await this.panel.getByTestId('step-panel').waitFor();
  }

  async setStepName(lang: 'zh' | 'en', value: string): Promise<void> {
    await this.panel.getByTestId(`step-name-${lang}`).fill(value);
  }

  /**
   * Picks an option (by its visible text) of an Element Plus select under `testid`. A click that lands
   * while its section is still expanding (or before the options have loaded) leaves the list shut:
   * the select is opened again until the option shows, within the test's time budget.
   */
  async choose(testid: string, option: string): Promise<void> {
    const item = this.page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option })
      .first();
    await expect
      .poll(
        async () => {
          if (!(await item.isVisible())) await this.panel.getByTestId(testid).click();
          return item.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(true);
    await item.click();
  }

  /** A control of the panel by its accessible name (its label). */
  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  /**
   * Opens the select named `label` and picks the option with the visible text `option`. The named
   * element is Element Plus's combobox input, hidden while a value shows: click its select.
   */
  async chooseByLabel(label: string, option: string): Promise<void> {
    await this.panel.locator('.el-select', { has: this.page.getByLabel(label, { exact: true }) }).click();
    await this.page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option })
      .first()
      .click();
  }

  async openFlowSettings(): Promise<void> {
    await this.panel.getByTestId('open-flow-settings').click();
    await this.panel.getByTestId('flow-settings').waitFor();
  }

  /** Opens a section of the flow settings (general, roles, sla, offer, agreement, calendars). */
  async openSection(name: string): Promise<void> {
    const section = this.panel.getByTestId(`section-${name}`);
    const header = section.locator('.el-collapse-item__header');
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  }

  authorityCell(role: string, column: string): Locator {
    return this.panel.getByTestId(`authority-${role}-${column}`).locator('input');
  }

  /** Waits until the draft has saved itself (the header's status says so). */
  async waitSaved(): Promise<void> {
    await this.page
      .getByTestId('save-status')
      .filter({ hasText: /已保存|Saved/ })
      .waitFor();
  }
}
