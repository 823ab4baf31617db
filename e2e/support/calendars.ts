/**
 * Page object of the SLA calendar screen (/calendars): the year grid, the day editor, pasting a State
 * Council notice and reviewing what was read, the preview and save dialog, and the recompute's progress.
 */
import type { Locator, Page } from 'playwright-core';

export class CalendarsPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('calendar-page');
  }

  async open(adminUrl: string): Promise<void> {
    await this.page.goto(`${adminUrl}/calendars`);
    await this.root.waitFor();
    await this.page.getByTestId('calendar-year-grid').locator('button').first().waitFor();
  }

  day(date: string): Locator {
    return this.page.getByTestId(`calendar-day-${date}`);
  }

  async kindOf(date: string): Promise<string | null> {
    return this.day(date).getAttribute('data-kind');
  }

  yearStatus(): Locator {
    return this.page.getByTestId('calendar-year-status');
  }

  /** Opens a day and sets it to a holiday / make-up day / ordinary day. */
  async setDay(date: string, kind: 'holiday' | 'makeup' | 'normal', name = ''): Promise<void> {
    await this.day(date).click();
    const dialog = this.page.getByTestId('calendar-day-dialog');
    await dialog.waitFor();
    await this.page.getByTestId(`calendar-day-${kind}`).click();
    if (kind !== 'normal') await this.page.getByTestId('calendar-day-name').fill(name);
    await this.page.getByTestId('calendar-day-apply').click();
    await dialog.waitFor({ state: 'hidden' });
  }

  get noticeDialog(): Locator {
    return this.page.getByTestId('calendar-notice-dialog');
  }

  /** Pastes a notice's text and reads it (the review is then on screen, nothing saved). */
  async pasteNotice(text: string): Promise<void> {
    await this.page.getByTestId('calendar-paste-notice').click();
    await this.noticeDialog.waitFor();
    await this.page.getByTestId('calendar-notice-text').fill(text);
    await this.page.getByTestId('calendar-notice-read').click();
  }

  get readPeriods(): Locator {
    return this.page.getByTestId('calendar-notice-periods').locator('tr.el-table__row');
  }

  get unreadLines(): Locator {
    return this.page.getByTestId('calendar-notice-unread').locator('li');
  }

  async useNotice(): Promise<void> {
    await this.page.getByTestId('calendar-notice-use').click();
    await this.noticeDialog.waitFor({ state: 'hidden' });
  }

  get saveDialog(): Locator {
    return this.page.getByTestId('calendar-save-dialog');
  }

  /** Opens "Preview and save" and waits for the preview's figures. */
  async openPreview(): Promise<{ open: number; affected: number; sla: number; complaint: number }> {
    await this.page.getByTestId('calendar-review').click();
    await this.page.getByTestId('calendar-preview').waitFor();
    const figure = async (id: string) => Number(await this.page.getByTestId(id).innerText());
    return {
      open: await figure('calendar-preview-open'),
      affected: await figure('calendar-preview-affected'),
      sla: await figure('calendar-preview-sla'),
      complaint: await figure('calendar-preview-complaint'),
    };
  }

  reasonError(): Locator {
    return this.saveDialog.locator('.el-form-item__error');
  }

  /** Fills the reason, saves and confirms (the confirmation says what it affects). */
  async save(reason: string): Promise<string> {
    await this.page.getByTestId('calendar-save-reason').fill(reason);
    await this.page.getByTestId('calendar-save-submit').click();
    const box = this.page.locator('.confirm-action');
    await box.waitFor();
    const message = await box.locator('.el-message-box__message').innerText();
    await box.locator('.el-button--danger').click();
    return message;
  }

  get progress(): Locator {
    return this.page.getByTestId('calendar-recompute-progress');
  }

  /** Waits until the progress bar says the recompute is done; returns its text. */
  async waitForRecompute(): Promise<string> {
    await this.page
      .locator('[data-testid="calendar-recompute-progress"][data-state="DONE"]')
      .waitFor({ timeout: 30_000 });
    return this.page.getByTestId('calendar-recompute-text').innerText();
  }

  async closeSave(): Promise<void> {
    await this.page.getByTestId('calendar-save-close').click();
  }
}
