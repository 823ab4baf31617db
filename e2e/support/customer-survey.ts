/**
 * Page objects of surveys in use: the customer's survey page (`/s/:token`) and the case screen's survey
 * card. Selectors are the `survey-public-` and `case-survey-` test ids.
 */
import type { Locator, Page } from 'playwright-core';

export class CustomerSurveyPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page
      .getByTestId('survey-public-submit')
      .or(this.page.getByTestId('survey-public-answered'))
      .or(this.page.getByTestId('survey-public-invalid'))
      .or(this.page.getByTestId('survey-public-expired'))
      .first()
      .waitFor();
  }

  get title(): Locator {
    return this.page.getByTestId('survey-public-title');
  }

  async rate(name: string, value: number): Promise<void> {
    await this.page.getByTestId(`survey-public-choice-${name}-${value}`).click();
  }

  async write(name: string, text: string): Promise<void> {
    await this.page.getByTestId(`survey-public-field-${name}`).locator('textarea, input').first().fill(text);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('survey-public-submit').click();
  }

  get thanks(): Locator {
    return this.page.getByTestId('survey-public-thanks');
  }
}

export class CaseSurveyCard {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('case-survey-card');
  }

  /** Sends `surveyTitle` from the card; returns the URL shown once. */
  async send(surveyTitle: string): Promise<string> {
    await this.root.getByTestId('case-survey-send').click();
    const dialog = this.page.getByTestId('case-survey-dialog');
    await dialog.getByTestId('case-survey-select').click();
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: surveyTitle }).first().click();
    await this.page.getByTestId('case-survey-confirm').click();
    const url = this.page.getByTestId('case-survey-url');
    const refused = this.page.getByTestId('case-survey-send-error');
    await url
      .or(refused)
      .first()
      .waitFor()
      .catch(async (err: unknown) => {
        await this.page.screenshot({ path: 'test-results/customer-survey-send-failed.png' });
        throw err;
      });
    if (await refused.isVisible()) throw new Error(`sendSurvey refused: ${await refused.innerText()}`);
    const value = await url.inputValue();
    await this.page.getByTestId('case-survey-done').click();
    return value;
  }

  get items(): Locator {
    return this.root.getByTestId('case-survey-item');
  }
}
