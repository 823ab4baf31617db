/**
 * Page objects of the admin: what a user does, in their words, so specs read as stories and a changed
 * selector is fixed in one place. Selectors prefer `data-testid`; visible text is asserted by specs.
 */
import type { Locator, Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(credentials: { username: string; password: string }): Promise<void> {
    await this.page.getByTestId('input-username').fill(credentials.username);
    await this.page.getByTestId('input-password').fill(credentials.password);
    await this.page.getByTestId('submit-login').click();
  }
}

export interface NewCategory {
  code: string;
  zh: string;
  en: string;
  /** Text of the parent's option, e.g. `SERVICE · 服务类`. */
  parent?: string;
  /** Visible label of the severity button, e.g. `高`. */
  severity?: string;
}

export class ComplaintCategoriesPage {
  constructor(private readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('category-table');
  }

  row(code: string): Locator {
    return this.table.locator('tr.el-table__row', { has: this.page.getByText(code, { exact: true }) });
  }

  get createForm(): Locator {
    return this.page.getByTestId('create-category-form');
  }

  fieldError(field: 'code' | 'name-zh' | 'name-en'): Locator {
    return this.page.getByTestId(`field-${field}`).locator('.el-form-item__error');
  }

  fieldLabel(field: 'code' | 'name-zh' | 'name-en'): Locator {
    return this.page.getByTestId(`field-${field}`).locator('.el-form-item__label');
  }

  async openCreate(): Promise<void> {
    await this.page.getByTestId('open-create-category').click();
    await this.createForm.waitFor();
  }

  async fillCreate(category: NewCategory): Promise<void> {
    await this.page.getByTestId('input-code').fill(category.code);
    await this.page.getByTestId('input-name-zh').fill(category.zh);
    await this.page.getByTestId('input-name-en').fill(category.en);
    if (category.parent) {
      await this.page.getByTestId('select-parent').click();
      await this.page.locator('.el-select-dropdown__item', { hasText: category.parent }).click();
    }
    if (category.severity) {
      await this.page.getByTestId('field-severity').getByText(category.severity, { exact: true }).click();
    }
  }

  async cancelCreate(): Promise<void> {
    await this.createForm.getByRole('button', { name: /取消|Cancel/ }).click();
    await this.createForm.waitFor({ state: 'detached' });
  }

  async submitCreate(): Promise<void> {
    await this.page.getByTestId('submit-create-category').click();
  }

  async create(category: NewCategory): Promise<void> {
    await this.openCreate();
    await this.fillCreate(category);
    await this.submitCreate();
    await this.createForm.waitFor({ state: 'detached' });
  }

  async rename(code: string, names: { zh: string; en: string }): Promise<void> {
    await this.page.getByTestId(`rename-${code}`).click();
    const form = this.page.getByTestId('rename-category-form');
    await form.waitFor();
    await this.page.getByTestId('input-rename-zh').fill(names.zh);
    await this.page.getByTestId('input-rename-en').fill(names.en);
    await this.page.getByTestId('submit-rename-category').click();
    await form.waitFor({ state: 'hidden' });
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click();
  }
}
