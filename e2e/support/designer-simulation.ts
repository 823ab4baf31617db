/**
 * Page object of the designer's test-run drawer: the test run (start, actions, time) and the what-if
 * on real cases.
 */
import type { Locator, Page } from 'playwright-core';

export class TestRunDrawer {
  readonly drawer: Locator;

  constructor(private readonly page: Page) {
    this.drawer = page.getByTestId('test-run-drawer');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-test-run').click();
    await this.page.getByTestId('test-run').waitFor();
    // The drawer slides in: wait until its transition is over before reading or shooting it.
    await this.page.waitForFunction(() => document.getAnimations().length === 0);
  }

  async close(): Promise<void> {
    await this.drawer.locator('.el-drawer__close-btn').click();
    await this.drawer.waitFor({ state: 'hidden' });
    await this.page.waitForFunction(() => document.getAnimations().length === 0);
  }

  async start(localStart?: string): Promise<void> {
    if (localStart) await this.page.getByTestId('test-run-start-at').fill(localStart);
    await this.page.getByTestId('test-run-start').click();
    await this.page.getByTestId('test-run-status').waitFor();
  }

  /** Runs the action offered now, e.g. `apply:submitStep` or `review:approve`, with its sample data. */
  async act(id: string): Promise<void> {
    await this.page.getByTestId(`test-run-do-${id}`).click();
  }

  async advance(duration: string): Promise<void> {
    await this.page.getByTestId('test-run-duration').fill(duration);
    await this.page.getByTestId('test-run-advance').click();
  }

  get activeSteps(): Locator {
    return this.page.getByTestId('test-run-active');
  }
  get now(): Locator {
    return this.page.getByTestId('test-run-now');
  }
  get slaState(): Locator {
    return this.page.getByTestId('test-run-sla-state').first();
  }
  get events(): Locator {
    return this.page.getByTestId('test-run-events');
  }
  get refusals(): Locator {
    return this.page.getByTestId('test-run-refusals');
  }

  async openWhatIf(label: string): Promise<void> {
    await this.drawer.getByRole('tab', { name: label }).click();
    await this.page.getByTestId('what-if').waitFor();
  }

  async runWhatIf(): Promise<void> {
    await this.page.getByTestId('what-if-run').click();
    await this.page.getByTestId('what-if-report').waitFor();
  }

  count(kind: 'different' | 'sla' | 'blocked'): Locator {
    return this.page.getByTestId(`what-if-${kind}`);
  }
}
