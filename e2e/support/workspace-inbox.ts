/**
 * Page objects of the agent workspace's inbox and the supervisor's queue overview: what a user does,
 * in their words. Selectors are `data-testid`s; specs assert the visible text.
 */
import type { Locator, Page } from 'playwright-core';

export type InboxViewName = 'MY_CASES' | 'MY_QUEUES' | 'UNASSIGNED' | 'MY_TEAM';

export class WorkspaceInbox {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('inbox-page');
  }

  get table(): Locator {
    return this.page.getByTestId('inbox-table');
  }

  row(reference: string): Locator {
    return this.page.getByTestId(`inbox-row-${reference}`);
  }

  /** The case numbers shown, top to bottom. */
  async references(): Promise<string[]> {
    const ids = await this.table
      .locator('tbody tr[data-testid^="inbox-row-"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('inbox-row-', ''));
  }

  /** Waits until the table shows exactly these case numbers (in any order). */
  async waitForReferences(expected: readonly string[]): Promise<void> {
    const want = [...expected].sort().join(',');
    await this.page.waitForFunction(
      (w) =>
        [...document.querySelectorAll('[data-testid="inbox-table"] tbody tr[data-testid^="inbox-row-"]')]
          .map((r) => (r.getAttribute('data-testid') ?? '').replace('inbox-row-', ''))
          .sort()
          .join(',') === w,
      want,
    );
  }

  async chooseView(view: InboxViewName): Promise<void> {
    await this.page.getByTestId(`inbox-view-${view}`).click();
    await this.page.waitForSelector(`[data-testid="inbox-view-${view}"][aria-selected="true"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('inbox-search').fill(text);
    await this.page.getByTestId('inbox-search-submit').click();
  }

  async clearSearch(): Promise<void> {
    await this.page.getByTestId('inbox-search').fill('');
    await this.page.getByTestId('inbox-search-submit').click();
  }

  async openFilters(): Promise<void> {
    const panel = this.page.getByTestId('inbox-filters');
    if (!(await panel.isVisible())) await this.page.getByTestId('inbox-filters-toggle').click();
    await panel.waitFor();
  }

  /** Picks channels by their visible names in the channel filter, then applies. */
  async filterByChannel(label: string): Promise<void> {
    await this.openFilters();
    await this.page.getByTestId('filter-channel').click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: label }).click();
    await this.page.keyboard.press('Escape');
    await this.page.getByTestId('filter-apply').click();
  }

  async resetFilters(): Promise<void> {
    await this.openFilters();
    await this.page.getByTestId('filter-reset').click();
  }

  async select(reference: string): Promise<void> {
    await this.page.getByTestId(`select-${reference}`).click();
  }

  async bulkClaim(): Promise<void> {
    await this.page.getByTestId('bulk-claim').click();
    await this.page.getByTestId('bulk-results').waitFor();
  }

  bulkResult(reference: string): Locator {
    return this.page.getByTestId(`bulk-result-${reference}`);
  }

  /** Claims one case from its row's button; returns that case's result line once it shows. */
  async claim(reference: string): Promise<string> {
    await this.row(reference).getByTestId(`claim-${reference}`).click();
    const result = this.bulkResult(reference);
    await result.waitFor();
    return result.innerText();
  }

  async openCase(reference: string): Promise<void> {
    await this.row(reference).getByTestId('cell-flow').click();
  }

  /** How many rows the table shows. */
  async rowCount(): Promise<number> {
    return this.table.locator('tbody tr[data-testid^="inbox-row-"]').count();
  }

  /** Waits until the table shows exactly `n` rows. */
  async waitForRowCount(n: number): Promise<void> {
    await this.page.waitForFunction(
      (want) =>
        document.querySelectorAll('[data-testid="inbox-table"] tbody tr[data-testid^="inbox-row-"]')
          .length === want,
      n,
    );
  }

  /** 加载更多 / Load more: the next keyset page. */
  async loadMore(): Promise<void> {
    await this.page.getByTestId('inbox-load-more').click();
  }

  /** Saves the current view and filter under a name, and waits for it in the saved views. */
  async saveView(name: string): Promise<void> {
    await this.page.getByTestId('save-view').click();
    await this.page.getByTestId('save-view-name').fill(name);
    await this.page.getByTestId('save-view-submit').click();
    await this.page.getByTestId(`saved-view-${name}`).waitFor();
  }

  async applyView(name: string): Promise<void> {
    await this.page.getByTestId(`apply-view-${name}`).click();
  }

  /** Reassigns the selected cases to a person, picked by their visible name; waits for the results. */
  async bulkReassign(assignee: string): Promise<void> {
    await this.page.getByTestId('bulk-reassign').click();
    await this.page.getByTestId('bulk-assignee').click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: assignee }).click();
    await this.page.getByTestId('bulk-confirm').click();
    await this.page.getByTestId('bulk-results').waitFor();
  }

  /** Closes the selected cases with a note; waits for the results. */
  async bulkClose(note: string): Promise<void> {
    await this.page.getByTestId('bulk-close').click();
    await this.page.getByTestId('bulk-note').fill(note);
    await this.page.getByTestId('bulk-confirm').click();
    await this.page.getByTestId('bulk-results').waitFor();
  }
}

export class QueueOverview {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('overview-page');
  }

  queue(department: string, code: string): Locator {
    return this.page.getByTestId(`overview-queue-${department}-${code}`);
  }

  async count(department: string, code: string, which: 'open' | 'unassigned' | 'breached'): Promise<string> {
    return this.queue(department, code).getByTestId(`count-${which}`).innerText();
  }
}
