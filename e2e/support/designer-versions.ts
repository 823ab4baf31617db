/**
 * The designer's versions drawer as a page object: open it, read the history, compare two versions,
 * open a version's cases and move them to another version.
 */
import type { Locator, Page } from 'playwright-core';

export class DesignerVersionsPage {
  constructor(private readonly page: Page) {}

  get drawer(): Locator {
    return this.page.locator('.versions-drawer');
  }

  version(n: number): Locator {
    return this.page.getByTestId(`version-${n}`);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-versions').click();
    await this.drawer.waitFor();
    // The drawer keeps the tab it was closed on: start from the history.
    await this.tab('history');
    await this.page.getByTestId('version-history').waitFor();
  }

  async tab(name: 'history' | 'compare' | 'cases'): Promise<void> {
    await this.drawer.locator(`#tab-${name}`).click();
  }

  /** Compares version `n` with the version before it, from the history. */
  async compareWithPrevious(n: number): Promise<Locator> {
    await this.page.getByTestId(`compare-previous-${n}`).click();
    const rows = this.page.getByTestId('diff-rows');
    await rows.waitFor();
    return rows;
  }

  diffRow(id: string): Locator {
    return this.page.getByTestId(`diff-${id}`);
  }

  async showCases(n: number): Promise<Locator> {
    await this.page.getByTestId(`show-cases-${n}`).click();
    const table = this.page.getByTestId('open-cases');
    await table.waitFor();
    return table;
  }

  /** Chooses the target step of a removed step in the migration's step mapping. */
  async mapStep(from: string, optionText: string): Promise<void> {
    await this.page.getByTestId(`mapping-${from}`).locator('.el-select').click();
    await this.page.locator('.el-select-dropdown__item:visible').filter({ hasText: optionText }).click();
  }

  async dryRun(): Promise<Locator> {
    await this.page.getByTestId('migrate-dry-run').click();
    const plan = this.page.getByTestId('migration-plan');
    await plan.waitFor();
    return plan;
  }

  async migrate(): Promise<Locator> {
    await this.page.getByTestId('migrate-run').click();
    await this.page.getByTestId('confirm-migrate').click();
    const result = this.page.getByTestId('migration-result');
    await result.waitFor();
    return result;
  }
}
