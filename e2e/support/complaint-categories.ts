/**
 * The complaint-category editor (/complaint-categories) as a user works it: the tree (search, drag,
 * node actions), the side-panel form, the confirmations, and the XLSX import dialog.
 */
import type { Locator, Page } from 'playwright-core';

export interface CategoryFields {
  code?: string;
  zh?: string;
  en?: string;
  /** Option text of the department, e.g. `产品部门 (PRODUCT)`. */
  department?: string;
  /** Option text of the queue. */
  queue?: string;
  /** `LOW` | `MEDIUM` | `HIGH` | `CRITICAL`. */
  severity?: string;
  /** The policy key, e.g. `complaint-15-days`. */
  slaPolicy?: string;
  /** Field names, e.g. `complainantMobile`. */
  requiredFields?: string[];
  /** JR/T keys, e.g. `LOANS`, `DEBT_COLLECTION`. */
  jrtBusinessType?: string;
  jrtCause?: string;
  cfpbProduct?: string;
  cfpbIssue?: string;
}

export class CategoryEditorPage {
  constructor(readonly page: Page) {}

  get tree(): Locator {
    return this.page.getByTestId('category-tree');
  }

  get editor(): Locator {
    return this.page.getByTestId('category-editor');
  }

  node(code: string): Locator {
    return this.page.getByTestId(`category-node-${code}`);
  }

  /** The tree's node element (with its children) of `code`. */
  treeItem(code: string): Locator {
    return this.tree.locator('.el-tree-node', { has: this.node(code) }).last();
  }

  async open(adminUrl: string): Promise<void> {
    await this.page.goto(`${adminUrl}/complaint-categories`);
    await this.tree.waitFor();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('category-search').fill(text);
  }

  fieldError(field: string): Locator {
    return this.page.getByTestId(`category-field-${field}`).locator('.el-form-item__error');
  }

  fieldLabel(field: string): Locator {
    return this.page.getByTestId(`category-field-${field}`).locator('.el-form-item__label');
  }

  async openCreate(): Promise<void> {
    await this.page.getByTestId('category-create').click();
    await this.editor.waitFor();
  }

  async openEdit(code: string): Promise<void> {
    await this.page.getByTestId(`category-edit-${code}`).click();
    await this.editor.waitFor();
  }

  private async pick(selectTestId: string, optionTestIdOrText: { testId?: string; text?: string }) {
    await this.page.getByTestId(selectTestId).click();
    const option = optionTestIdOrText.testId
      ? this.page.getByTestId(optionTestIdOrText.testId)
      : this.page.locator('.el-select-dropdown__item:visible', { hasText: optionTestIdOrText.text! });
    await option.click();
  }

  async fill(fields: CategoryFields): Promise<void> {
    // Element's el-input passes data-testid to the native input.
    const input = (id: string) => this.page.getByTestId(id);
    if (fields.code !== undefined) await input('category-input-code').fill(fields.code);
    if (fields.zh !== undefined) await input('category-input-name-zh').fill(fields.zh);
    if (fields.en !== undefined) await input('category-input-name-en').fill(fields.en);
    if (fields.department) await this.pick('category-select-department', { text: fields.department });
    if (fields.queue) await this.pick('category-select-queue', { text: fields.queue });
    if (fields.severity) await this.page.getByTestId(`category-severity-${fields.severity}`).click();
    if (fields.slaPolicy)
      await this.pick('category-select-sla', { testId: `category-sla-option-${fields.slaPolicy}` });
    if (fields.requiredFields) {
      await this.page.getByTestId('category-select-required').click();
      for (const name of fields.requiredFields)
        await this.page.getByTestId(`category-required-option-${name}`).click();
      await this.page.keyboard.press('Escape');
    }
    if (fields.jrtBusinessType)
      await this.pick('category-select-jrt-business', {
        testId: `category-jrt-business-${fields.jrtBusinessType}`,
      });
    if (fields.jrtCause)
      await this.pick('category-select-jrt-cause', { testId: `category-jrt-cause-${fields.jrtCause}` });
    if (fields.cfpbProduct !== undefined) await input('category-input-cfpb-product').fill(fields.cfpbProduct);
    if (fields.cfpbIssue !== undefined) await input('category-input-cfpb-issue').fill(fields.cfpbIssue);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('category-editor-save').click();
  }

  async closeEditor(): Promise<void> {
    await this.page.getByTestId('category-editor-close').click();
    await this.editor.waitFor({ state: 'detached' });
  }

  /** Opens a node's "more" menu and clicks the action (`deactivate`, `activate`, `delete`, `up`, …). */
  async nodeAction(code: string, action: string): Promise<void> {
    await this.page.getByTestId(`category-more-${code}`).click();
    await this.page.getByTestId(`category-${action}-${code}`).click();
  }

  get confirmBox(): Locator {
    return this.page.locator('.confirm-action');
  }

  async confirm(): Promise<string> {
    await this.confirmBox.waitFor();
    const text = await this.confirmBox.locator('.el-message-box__message').innerText();
    await this.confirmBox.locator('.el-button--danger').click();
    await this.confirmBox.waitFor({ state: 'hidden' });
    return text;
  }

  /** Drags `code` onto the middle of `target` (makes it a child). */
  async dragInto(code: string, target: string): Promise<void> {
    const from = this.node(code);
    const to = this.node(target);
    await from.dragTo(to, { targetPosition: { x: 20, y: (await to.boundingBox())!.height / 2 } });
  }

  async openImport(): Promise<Locator> {
    await this.page.getByTestId('category-import').click();
    const dialog = this.page.getByTestId('category-import-dialog');
    await dialog.waitFor();
    return dialog;
  }

  async uploadForImport(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId('category-import-file').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  }

  /** Clicks Export and returns the downloaded file's bytes. */
  async export(): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('category-export').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}
