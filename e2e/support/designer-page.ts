/**
 * The flow designer's shell as a page object: header, publish, problems. The canvas, panels, versions
 * and test run have page objects of their own (designer-*.ts).
 */
import type { Locator, Page } from 'playwright-core';

export class DesignerPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('flow-designer');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get draftState(): Locator {
    return this.page.getByTestId('draft-state');
  }

  get problems(): Locator {
    return this.page.getByTestId('designer-problems');
  }

  get publishButton(): Locator {
    return this.page.getByTestId('open-publish');
  }

  get publishBlockers(): Locator {
    return this.page.getByTestId('publish-blockers');
  }

  /** Publishes the draft with release notes through the dialog. */
  async publish(notes: string): Promise<void> {
    await this.publishButton.click();
    await this.page.getByRole('textbox', { name: /发布说明|Release notes/ }).fill(notes);
    await this.page.getByTestId('confirm-publish').click();
  }
}
