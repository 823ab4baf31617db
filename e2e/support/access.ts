/**
 * Page objects of People and access (/access): the users list and its dialogs, the role matrix, the
 * departments page. What a user does, in their words; selectors are `access-*` test ids.
 */
import type { Locator, Page } from 'playwright-core';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  /** Role keys to pick. */
  roles?: string[];
  /** Department codes to pick. */
  departments?: string[];
}

async function pickOptions(page: Page, select: Locator, optionTestIds: string[]): Promise<void> {
  if (optionTestIds.length === 0) return;
  await select.click();
  for (const id of optionTestIds) await page.getByTestId(id).click();
  // Close the dropdown before going on (a multiple select stays open after a pick); Escape would
  // close the dialog as well, so click the dialog's title instead.
  await page.locator('.el-dialog__title').last().click();
}

/** The open confirmation box (`confirmAction`): its text, confirming, cancelling. */
class ConfirmBox {
  constructor(private readonly page: Page) {}

  get box(): Locator {
    return this.page.locator('.confirm-action');
  }

  async text(): Promise<string> {
    await this.box.waitFor();
    return this.box.locator('.el-message-box__message').innerText();
  }

  async title(): Promise<string> {
    await this.box.waitFor();
    return this.box.locator('.el-message-box__title').innerText();
  }

  async confirm(): Promise<void> {
    await this.box.locator('.el-button--danger').click();
    await this.box.waitFor({ state: 'hidden' });
  }
}

/** The rename dialog shared by departments, queues and roles. */
async function renameIn(page: Page, open: Locator, names: { zh: string; en: string }): Promise<void> {
  await open.click();
  const form = page.getByTestId('access-rename-form');
  await form.waitFor();
  await page.getByTestId('access-rename-input-nameZh').fill(names.zh);
  await page.getByTestId('access-rename-input-nameEn').fill(names.en);
  await page.getByTestId('access-rename-submit').click();
}

/** An error toast with the given words (the server's refusal, in the page's language). */
export function errorToast(page: Page, text: string): Locator {
  return page.locator('.el-message--error', { hasText: text });
}

export class AccessUsersPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('access-users-page');
  }

  get form(): Locator {
    return this.page.getByTestId('access-user-form');
  }

  row(username: string): Locator {
    return this.page.getByTestId('access-user-table').locator('tr.el-table__row', {
      has: this.page.getByTestId(`access-user-row-${username}`),
    });
  }

  status(username: string): Locator {
    return this.page.getByTestId(`access-user-status-${username}`);
  }

  fieldError(field: 'username' | 'displayName' | 'password' | 'roles' | 'departments'): Locator {
    return this.page.getByTestId(`access-field-${field}`).locator('.el-form-item__error');
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('access-user-search').fill(text);
  }

  async openCreate(): Promise<void> {
    await this.page.getByTestId('access-user-create').click();
    await this.form.waitFor();
  }

  async fill(user: NewUser): Promise<void> {
    await this.page.getByTestId('access-input-username').fill(user.username);
    await this.page.getByTestId('access-input-displayName').fill(user.displayName);
    await this.page.getByTestId('access-input-password').fill(user.password);
    await pickOptions(
      this.page,
      this.page.getByTestId('access-input-roles'),
      (user.roles ?? []).map((r) => `access-role-option-${r}`),
    );
    await pickOptions(
      this.page,
      this.page.getByTestId('access-input-departments'),
      (user.departments ?? []).map((d) => `access-department-option-${d}`),
    );
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('access-user-submit').click();
  }

  async cancel(): Promise<void> {
    await this.form.getByRole('button', { name: /取消|Cancel/ }).click();
    await this.form.waitFor({ state: 'hidden' });
  }

  async create(user: NewUser): Promise<void> {
    await this.openCreate();
    await this.fill(user);
    await this.submit();
    await this.form.waitFor({ state: 'hidden' });
  }

  /** Adds roles and departments to an existing user. */
  async addGrants(username: string, grants: { roles?: string[]; departments?: string[] }): Promise<void> {
    await this.page.getByTestId(`access-user-edit-${username}`).click();
    await this.form.waitFor();
    await pickOptions(
      this.page,
      this.page.getByTestId('access-input-roles'),
      (grants.roles ?? []).map((r) => `access-role-option-${r}`),
    );
    await pickOptions(
      this.page,
      this.page.getByTestId('access-input-departments'),
      (grants.departments ?? []).map((d) => `access-department-option-${d}`),
    );
    await this.submit();
    await this.form.waitFor({ state: 'hidden' });
  }

  /** Resets the password and returns the one shown (once). */
  async resetPassword(username: string): Promise<string> {
    await this.page.getByTestId(`access-user-reset-${username}`).click();
    await this.page.getByTestId('access-reset-confirm').click();
    const shown = this.page.getByTestId('access-reset-password');
    await shown.waitFor();
    return shown.innerText();
  }

  async closeReset(): Promise<void> {
    await this.page.getByTestId('access-reset-done').click();
    await this.page.getByTestId('access-reset-password').waitFor({ state: 'detached' });
  }

  /** Clicks deactivate and returns the confirmation's text (still open). */
  async askDeactivate(username: string): Promise<string> {
    await this.page.getByTestId(`access-user-deactivate-${username}`).click();
    const box = this.page.locator('.confirm-action');
    await box.waitFor();
    return box.innerText();
  }

  async confirm(): Promise<void> {
    const box = this.page.locator('.confirm-action');
    await box.locator('.el-button--danger').click();
    await box.waitFor({ state: 'hidden' });
  }
}

export class AccessRolesPage {
  constructor(private readonly page: Page) {}

  get matrix(): Locator {
    return this.page.getByTestId('access-role-matrix');
  }

  /** Waits until the matrix shows the roles and the catalogue (its first cell). */
  async loaded(): Promise<void> {
    await this.matrix.locator('[data-testid^="access-cell-"]').first().waitFor();
  }

  cell(role: string, permission: string): Locator {
    return this.page.getByTestId(`access-cell-${role}-${permission}`);
  }

  async createRole(role: { key: string; zh: string; en: string; permissions: string[] }): Promise<void> {
    await this.page.getByTestId('access-role-create').click();
    const form = this.page.getByTestId('access-role-form');
    await form.waitFor();
    await this.page.getByTestId('access-input-key').fill(role.key);
    await this.page.getByTestId('access-input-nameZh').fill(role.zh);
    await this.page.getByTestId('access-input-nameEn').fill(role.en);
    for (const p of role.permissions) await this.page.getByTestId(`access-role-perm-${p}`).click();
    await this.page.getByTestId('access-role-submit').click();
    await form.waitFor({ state: 'hidden' });
    await this.page.getByTestId(`access-role-col-${role.key}`).waitFor();
  }

  /** Ticks (or clears) a cell of the matrix. */
  async toggle(role: string, permission: string): Promise<void> {
    await this.cell(role, permission).locator('.el-checkbox').click();
  }

  async save(role: string): Promise<void> {
    const button = this.page.getByTestId(`access-role-save-${role}`);
    await button.click();
    await button.waitFor({ state: 'detached' });
  }

  /** Clicks save on a draft that removes permissions: the confirmation opens (left open). */
  async askSave(role: string): Promise<ConfirmBox> {
    await this.page.getByTestId(`access-role-save-${role}`).click();
    const box = new ConfirmBox(this.page);
    await box.box.waitFor();
    return box;
  }

  async rename(role: string, names: { zh: string; en: string }): Promise<void> {
    await renameIn(this.page, this.page.getByTestId(`access-role-rename-${role}`), names);
    await this.page.getByTestId('access-rename-form').waitFor({ state: 'hidden' });
  }

  /** Clicks delete on a custom role's column: the confirmation opens (left open). */
  async askDelete(role: string): Promise<ConfirmBox> {
    await this.page.getByTestId(`access-role-delete-${role}`).click();
    const box = new ConfirmBox(this.page);
    await box.box.waitFor();
    return box;
  }

  column(role: string): Locator {
    return this.page.getByTestId(`access-role-col-${role}`);
  }
}

export class AccessDepartmentsPage {
  constructor(private readonly page: Page) {}

  card(code: string): Locator {
    return this.page.getByTestId(`access-department-${code}`);
  }

  async create(
    prefix: 'access-department' | 'access-queue',
    d: { code: string; zh: string; en: string },
  ): Promise<void> {
    const form = this.page.getByTestId(`${prefix}-form`);
    await form.waitFor();
    await this.page.getByTestId(`${prefix}-input-code`).fill(d.code);
    await this.page.getByTestId(`${prefix}-input-nameZh`).fill(d.zh);
    await this.page.getByTestId(`${prefix}-input-nameEn`).fill(d.en);
    await this.page.getByTestId(`${prefix}-submit`).click();
    await form.waitFor({ state: 'hidden' });
  }

  async createDepartment(d: { code: string; zh: string; en: string }): Promise<void> {
    await this.page.getByTestId('access-department-create').click();
    await this.create('access-department', d);
    await this.card(d.code).waitFor();
  }

  async createQueue(department: string, q: { code: string; zh: string; en: string }): Promise<void> {
    await this.page.getByTestId(`access-department-queue-${department}`).click();
    await this.create('access-queue', q);
  }

  /** Renames a department; the dialog stays open when the server refuses (its error under the field). */
  async rename(code: string, names: { zh: string; en: string }): Promise<void> {
    await renameIn(this.page, this.page.getByTestId(`access-department-rename-${code}`), names);
  }

  renameFieldError(field: 'nameZh' | 'nameEn'): Locator {
    return this.page.getByTestId(`access-rename-field-${field}`).locator('.el-form-item__error');
  }

  async renameQueue(department: string, queue: string, names: { zh: string; en: string }): Promise<void> {
    await renameIn(this.page, this.page.getByTestId(`access-queue-rename-${department}-${queue}`), names);
    await this.page.getByTestId('access-rename-form').waitFor({ state: 'hidden' });
  }

  /** Clicks delete on a department: the confirmation opens (left open). */
  async askDelete(code: string): Promise<ConfirmBox> {
    await this.page.getByTestId(`access-department-delete-${code}`).click();
    const box = new ConfirmBox(this.page);
    await box.box.waitFor();
    return box;
  }

  async askDeleteQueue(department: string, queue: string): Promise<ConfirmBox> {
    await this.page.getByTestId(`access-queue-delete-${department}-${queue}`).click();
    const box = new ConfirmBox(this.page);
    await box.box.waitFor();
    return box;
  }

  queue(department: string, queue: string): Locator {
    return this.page.getByTestId(`access-queue-${department}-${queue}`);
  }

  /** Toggles the given members in the members dialog and saves; a removal's confirmation opens (left open). */
  async askChangeMembers(department: string, usernames: string[]): Promise<ConfirmBox> {
    await this.page.getByTestId(`access-department-members-${department}`).click();
    await this.page.getByTestId('access-members-select').click();
    for (const u of usernames) await this.page.getByTestId(`access-member-option-${u}`).click();
    // Close the dropdown by clicking the members dialog's own title (other dialogs may be in the DOM).
    await this.page
      .locator('.el-dialog', { has: this.page.getByTestId('access-members-select') })
      .locator('.el-dialog__title')
      .click();
    await this.page.getByTestId('access-members-save').click();
    const box = new ConfirmBox(this.page);
    await box.box.waitFor();
    return box;
  }

  async setMembers(department: string, usernames: string[]): Promise<void> {
    await this.page.getByTestId(`access-department-members-${department}`).click();
    await this.page.getByTestId('access-members-select').click();
    for (const u of usernames) await this.page.getByTestId(`access-member-option-${u}`).click();
    await this.page.locator('.el-dialog__title').last().click();
    await this.page.getByTestId('access-members-save').click();
  }
}
