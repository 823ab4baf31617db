/**
 * Page object of the case screen's close dialog (features/cases/case-finding): close a case, and for a
 * complaint record its finding (溯源整改). Selectors are `data-testid`s; specs assert the visible text.
 */
import type { Locator, Page } from 'playwright-core';

export class CloseCaseDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('case-finding-dialog');
  }

  /** Presses "close case" on the case screen and waits for the dialog. */
  async openFromCase(): Promise<void> {
    await this.page.getByTestId('case-finding-close').click();
    await this.root.waitFor();
  }

  async title(): Promise<string> {
    return (await this.root.locator('.el-dialog__title').innerText()).trim();
  }

  get submit(): Locator {
    return this.page.getByTestId('case-finding-submit');
  }

  get remedy(): Locator {
    return this.page.getByTestId('case-finding-remedy');
  }

  get note(): Locator {
    return this.page.getByTestId('case-finding-note');
  }

  /** The messages under the dialog's fields, top to bottom. */
  async fieldErrors(): Promise<string[]> {
    return (await this.root.locator('.el-form-item__error').allInnerTexts()).map((t) => t.trim());
  }

  /** Picks a root cause by its code from the list; returns the description shown for it. */
  async chooseRootCause(code: string): Promise<string> {
    await this.page.getByTestId('case-finding-root-cause').click();
    const option = this.page.getByTestId(`case-finding-option-${code}`);
    await option.waitFor();
    await option.click();
    const description = this.page.getByTestId('case-finding-description');
    await description.waitFor();
    return (await description.innerText()).trim();
  }
}
