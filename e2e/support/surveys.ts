/**
 * Page objects of the survey list (/surveys) and the survey editor (/surveys/:key): what a supervisor
 * does, in their words. Selectors are `data-testid`s; specs assert the visible text.
 */
import type { Locator, Page } from 'playwright-core';

export type QuestionKind = 'nps' | 'csat' | 'ces' | 'single' | 'multiple' | 'text' | 'textarea' | 'matrix';

/** The option of the Element Plus select that is open now. */
const openOption = (page: Page, text: string) =>
  page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: text }).first();

export class SurveysListPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('survey-list-page');
  }

  get table(): Locator {
    return this.page.getByTestId('survey-table');
  }

  row(key: string): Locator {
    return this.page.getByTestId(`survey-row-${key}`);
  }

  /** Waits until the row is shown and the table's loading mask is gone. */
  async waitForRow(key: string): Promise<void> {
    await this.row(key).waitFor();
    await this.table.locator('.el-loading-mask').waitFor({ state: 'hidden' });
  }

  async openFromMenu(): Promise<void> {
    await this.page.getByTestId('nav-surveys').click();
    await this.table.waitFor();
  }

  /** Creates a survey through the dialog; the editor opens. */
  async create(key: string, title: { zh: string; en: string }): Promise<void> {
    await this.page.getByTestId('survey-open-create').click();
    await this.page.getByTestId('survey-create-key').fill(key);
    await this.page.getByTestId('survey-create-title-zh').fill(title.zh);
    await this.page.getByTestId('survey-create-title-en').fill(title.en);
    await this.page.getByTestId('survey-create-submit').click();
  }

  get archiveDialog(): Locator {
    return this.page.getByTestId('survey-archive-dialog');
  }

  /** Opens the row's Archive dialog and waits until it says what the archive affects. */
  async askToArchive(key: string): Promise<Locator> {
    await this.page.getByTestId(`survey-archive-${key}`).click();
    await this.archiveDialog.getByTestId('survey-archive-affects').waitFor();
    return this.archiveDialog;
  }

  async confirmArchive(reason: string): Promise<void> {
    await this.archiveDialog.getByTestId('survey-archive-reason').fill(reason);
    await this.archiveDialog.getByTestId('survey-archive-confirm').click();
  }

  async showArchived(): Promise<void> {
    await this.page.getByTestId('survey-show-archived').click();
  }

  archivedTag(key: string): Locator {
    return this.page.getByTestId(`survey-archived-${key}`);
  }

  /** Clicks the row's Restore; the confirmation opens. */
  async askToRestore(key: string): Promise<Locator> {
    await this.page.getByTestId(`survey-restore-${key}`).click();
    const box = this.page.locator('.confirm-action:visible');
    await box.waitFor();
    return box;
  }
}

export class SurveyEditorPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('survey-editor-page');
  }

  get subtitle(): Locator {
    return this.root.locator('.staff-page__subtitle');
  }

  get editor(): Locator {
    return this.page.getByTestId('survey-question-editor');
  }

  get preview(): Locator {
    return this.page.getByTestId('survey-preview');
  }

  get previewFrame(): Locator {
    return this.page.getByTestId('survey-preview-frame');
  }

  get unsaved(): Locator {
    return this.page.getByTestId('survey-unsaved');
  }

  /** The question's entry in the list. */
  question(name: string): Locator {
    return this.page.getByTestId(`form-builder-field-${name}`);
  }

  /** The messages shown under a question in the list. */
  questionNotes(name: string): Locator {
    return this.question(name).getByTestId('field-list-note');
  }

  async add(kind: QuestionKind): Promise<void> {
    await this.page.getByTestId(`survey-add-${kind}`).click();
  }

  async select(name: string): Promise<void> {
    await this.question(name).getByTestId('field-select').click();
    await this.editor.locator(`[data-testid="field-editor"][data-name="${name}"]`).waitFor();
  }

  async setTitle(lang: 'zh' | 'en', text: string): Promise<void> {
    await this.editor.getByTestId(`field-title-${lang}`).fill(text);
  }

  async setRequired(): Promise<void> {
    await this.editor.getByTestId('field-required-yes').click();
  }

  /** Shows the selected question only when `fieldLabel` `operatorLabel` `value` (a number) holds. */
  async showOnlyWhen(fieldLabel: string, operatorLabel: string, value: number): Promise<void> {
    await this.editor.getByTestId('field-visible-rule').click();
    const rule = this.editor.getByTestId('field-visible-when');
    await rule.getByTestId('rule-add-condition').click();
    await rule.getByTestId('rule-field').click();
    await openOption(this.page, fieldLabel).click();
    await rule.getByTestId('rule-operator').click();
    await openOption(this.page, operatorLabel).click();
    await rule.getByTestId('rule-value').locator('input').fill(String(value));
    await rule.getByTestId('rule-value').locator('input').blur();
  }

  get ruleSentence(): Locator {
    return this.editor.getByTestId('field-visible-when').getByTestId('rule-sentence');
  }

  /** Clicks the question's remove button; the confirmation opens. */
  async askToRemove(name: string): Promise<Locator> {
    await this.question(name).getByTestId('field-remove').click();
    const box = this.page.locator('.confirm-action:visible');
    await box.waitFor();
    return box;
  }

  async answerConfirmation(box: Locator, confirm: boolean): Promise<void> {
    await box.locator(confirm ? '.el-button--danger' : '.el-button:not(.el-button--danger)').click();
    await box.waitFor({ state: 'hidden' });
  }

  async save(): Promise<void> {
    await this.page.getByTestId('survey-save').click();
  }

  /** Publish opens the release-notes dialog; the notes are required. */
  async publish(notes = '首个版本 / first version'): Promise<void> {
    await this.page.getByTestId('survey-publish').click();
    const dialog = this.page.getByTestId('survey-version-publish-dialog');
    await dialog.getByTestId('survey-version-notes').fill(notes);
    await dialog.getByTestId('survey-version-publish-confirm').click();
  }

  /** The toast shown last (success or refusal). */
  toast(text: string): Locator {
    return this.page.locator('.el-message', { hasText: text });
  }

  async previewLanguage(lang: 'zh' | 'en'): Promise<void> {
    await this.page.getByTestId(`survey-preview-lang-${lang}`).click();
  }

  previewQuestion(name: string): Locator {
    return this.previewFrame.getByTestId(`survey-preview-field-${name}`);
  }

  /** Answers a rating (or single choice) in the preview. */
  async previewChoose(name: string, value: string | number): Promise<void> {
    await this.previewFrame.getByTestId(`survey-preview-choice-${name}-${value}`).click();
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}
