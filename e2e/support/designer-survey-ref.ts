/**
 * Page object of the designer's survey picker (panels/survey-ref): choose where a survey step's, the
 * flow's or an outcome's survey comes from, which published survey, and its pin policy.
 */
import type { Locator, Page } from 'playwright-core';

export class SurveyRefPicker {
  constructor(
    private readonly page: Page,
    /** The picker's test id: `survey-ref-step`, `survey-ref-flow`, `survey-ref-outcome-resolved`. */
    readonly testId: string,
  ) {}

  get root(): Locator {
    return this.page.getByTestId(this.testId);
  }

  async useLibrary(): Promise<void> {
    await this.page.getByTestId(`${this.testId}-source-library`).click();
    await this.page.getByTestId(`${this.testId}-survey`).waitFor();
  }

  async useForm(): Promise<void> {
    await this.page.getByTestId(`${this.testId}-source-form`).click();
  }

  /** Picks a published survey by its key (its option shows title, key and version). */
  async chooseSurvey(key: string): Promise<Locator> {
    await this.page.getByTestId(`${this.testId}-survey`).click();
    const option = this.page.locator(`.el-select-dropdown:visible [data-testid="survey-ref-option-${key}"]`);
    await option.waitFor();
    return option;
  }

  async pin(policy: 'publish' | 'latest'): Promise<void> {
    await this.page.getByTestId(`${this.testId}-pin-${policy}`).click();
  }
}
