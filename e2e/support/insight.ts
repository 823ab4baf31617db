/**
 * Page object of the insight dashboard (/insight): tabs, filters, a card's table and its exports, and the
 * roll-ups' catching up through the API (poll `insightStatus`, never sleep on a guess).
 */
import { readFile } from 'node:fs/promises';
import { vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { GraphqlApi } from './graphql-api';

export class InsightPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('insight-page');
  }

  get error(): Locator {
    return this.page.getByTestId('insight-error');
  }

  table(dataset: string): Locator {
    return this.page.getByTestId(`insight-${dataset}-table`);
  }

  chart(dataset: string): Locator {
    return this.page.getByTestId(`insight-${dataset}-chart`);
  }

  /** The table's body as text, row by row. */
  async rows(dataset: string): Promise<string[][]> {
    await this.table(dataset).waitFor();
    return this.table(dataset)
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
  }

  /** Waits until the table holds a row whose first cell is `first`, and returns that row. */
  async waitForRow(dataset: string, first: string, cells?: readonly string[]): Promise<void> {
    await this.page.waitForFunction(
      ({ id, first, cells }) =>
        [...document.querySelectorAll(`[data-testid="${id}"] tbody tr`)].some((tr) => {
          const texts = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim());
          return texts[0] === first && (!cells || cells.every((c, i) => texts[i + 1] === c));
        }),
      { id: `insight-${dataset}-table`, first, cells: cells ? [...cells] : null },
    );
  }

  async openTab(tab: string): Promise<void> {
    await this.page.locator(`#tab-${tab}`).click();
    await this.page.getByTestId(`insight-tab-${tab}`).waitFor();
  }

  async chooseChannel(code: string): Promise<void> {
    await this.page.getByTestId('insight-filter-channel').click();
    await this.page.getByTestId(`insight-channel-option-${code}`).click();
  }

  async quickPeriod(days: 7 | 30 | 90): Promise<void> {
    await this.page.getByTestId(`insight-quick-${days}`).click();
  }

  /** Clicks a card's export and returns the downloaded file's name and bytes. */
  async export(dataset: string, kind: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`insight-${dataset}-${kind}`).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  async switchLanguage(label: 'English' | '中文'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}

/** Polls until the roll-ups have folded the whole log and `ready` holds (no fixed sleeps). */
export async function waitForInsight(
  api: GraphqlApi,
  ready: () => Promise<boolean>,
  timeout = 45_000,
): Promise<void> {
  await vi.waitFor(
    async () => {
      const { insightStatus } = await api.run<{ insightStatus: { caughtUp: boolean; lagMs: number | null } }>(
        `{ insightStatus { caughtUp lagMs } }`,
      );
      if (!insightStatus.caughtUp || insightStatus.lagMs !== 0 || !(await ready()))
        throw new Error(`insight roll-ups not caught up yet: ${JSON.stringify(insightStatus)}`);
    },
    { timeout, interval: 250 },
  );
}
