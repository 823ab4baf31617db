/**
 * People and access in a real browser against the real server and database. The administrator
 * creates a user with a role and a department, resets the password (shown once), deactivates the
 * account; creates a role and changes it in the matrix; builds a department with a queue and members.
 * A people manager without `audit.read` sees that cell disabled and the server refuses it; a bad
 * username is refused in zh and en; an agent has no Access entry and no access by URL (said in words).
 * Departments, queues and roles are renamed and deleted; a delete is refused in zh and en while
 * something depends on it; removing permissions or members confirms first. Screenshots of
 * each screen at 1280 and 390 px in both languages go to /tmp/shots-people/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { AccessDepartmentsPage, AccessRolesPage, AccessUsersPage, errorToast } from './support/access';

const SHOTS = '/tmp/shots-people';
const PASSWORD = 'people-e2e-password-1';
const UPDATE_ROLE = `mutation($key: String!, $input: UpdateRoleInput!) { updateRole(key: $key, input: $input) { key permissions } }`;

describe('people and access in the admin (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(
    who: { username: string; password: string },
    path: string,
    options: { locale?: 'zh-CN' | 'en'; width?: number } = {},
  ): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: options.width ?? 1280, height: 860 },
    });
    if (options.locale) {
      await context.addInitScript((l) => window.localStorage.setItem('parley.locale', l), options.locale);
    }
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(who);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { page, context };
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('creates a user with a role and a department, resets the password once, and deactivates the account', async () => {
    const { page, context } = await signIn(E2E_ADMIN, '/access');
    // /access opens the first tab the administrator may open.
    await page.waitForURL(/\/access\/users$/);
    const users = new AccessUsersPage(page);
    await users.root.waitFor();
    expect(await page.locator('h2').innerText()).toBe('用户');
    expect(await page.getByTestId('access-tabs').innerText()).toMatch(
      /用户[\s\S]*角色与权限[\s\S]*部门与队列/,
    );

    await users.create({
      username: 'li.na',
      displayName: '李娜',
      password: PASSWORD,
      roles: ['agent'],
      departments: ['CUSTOMER_SERVICE'],
    });
    await users.row('li.na').waitFor();
    expect(await users.row('li.na').innerText()).toMatch(
      /李娜[\s\S]*客服人员 \/ 客户经理[\s\S]*客服部门[\s\S]*在用/,
    );
    await users.addGrants('li.na', { departments: ['PRODUCT'] });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="access-user-table"]')?.textContent?.includes('产品部门'),
    );

    // Search narrows the list on the server.
    await users.search('李');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="access-user-total"]')?.textContent === '共 1 人',
    );
    expect(await users.row('admin').count()).toBe(0);

    const session = await GraphqlApi.signIn(stack.graphqlUrl, 'li.na', PASSWORD);
    const password = await users.resetPassword('li.na');
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await shoot(page, 'users-reset-1280-zh');
    await users.closeReset();
    // Shown once: opening the dialog again shows no password, only the offer to make a new one.
    await page.getByTestId('access-user-reset-li.na').click();
    await page.getByTestId('access-reset-confirm').waitFor();
    expect(await page.getByTestId('access-reset-password').count()).toBe(0);
    await page.getByTestId('access-reset-dialog').getByRole('button', { name: '取消' }).click();
    // The old session ended; the new password signs in.
    expect((await session.request(`{ me { username } }`)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await GraphqlApi.signIn(stack.graphqlUrl, 'li.na', password);

    const message = await users.askDeactivate('li.na');
    expect(message).toContain('停用 li.na？');
    expect(message).toContain('所有已登录的会话会立即结束');
    await users.confirm();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="access-user-status-li.na"]')?.textContent?.trim() === '已停用',
    );
    const refused = await new GraphqlApi(stack.graphqlUrl).request(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: 'li.na', p: password },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();

    // Nobody deactivates themselves: the administrator's own button is disabled.
    await users.search('admin');
    await users.row('admin').waitFor();
    expect(await page.getByTestId('access-user-deactivate-admin').isDisabled()).toBe(true);
    await context.close();
  });

  it('creates a role with a few permissions and changes it in the matrix', async () => {
    const { page, context } = await signIn(E2E_ADMIN, '/access/roles');
    const roles = new AccessRolesPage(page);
    await roles.loaded();
    // Groups and explanations in words.
    const text = await roles.matrix.innerText();
    for (const words of [
      '案件',
      '流程与调查',
      '投诉分类',
      '人员',
      '系统集成',
      '审计',
      '工作日历',
      '查看客户敏感信息明文（留痕）',
    ])
      expect(text).toContain(words);
    // Built-in roles are fixed.
    expect(await roles.cell('agent', 'case.read').getAttribute('data-locked')).toBe('builtIn');

    await roles.createRole({
      key: 'intake-clerks',
      zh: '受理员',
      en: 'Intake clerks',
      permissions: ['case.read', 'case.work'],
    });
    await roles.toggle('intake-clerks', 'category.read');
    await roles.toggle('intake-clerks', 'case.work');
    // Taking case.work away confirms first (nobody holds the new role yet).
    const box = await roles.askSave('intake-clerks');
    expect(await box.text()).toContain('处理案件 (case.work)');
    expect(await box.text()).toContain('目前没有用户持有此角色。');
    await box.confirm();
    await page.getByTestId('access-role-save-intake-clerks').waitFor({ state: 'detached' });
    const saved = await admin.run<{ roles: { key: string; permissions: string[] }[] }>(
      `{ roles { key permissions } }`,
    );
    expect(saved.roles.find((r) => r.key === 'intake-clerks')?.permissions).toEqual([
      'category.read',
      'case.read',
    ]);
    await context.close();
  });

  it('builds a department with a queue and members, and shows what routes there', async () => {
    const { page, context } = await signIn(E2E_ADMIN, '/access/departments');
    const departments = new AccessDepartmentsPage(page);
    await departments.card('PRODUCT').waitFor();
    await departments.createDepartment({ code: 'CARDS', zh: '信用卡中心', en: 'Card centre' });
    await departments.createQueue('CARDS', { code: 'DISPUTES', zh: '争议处理', en: 'Disputes' });
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="access-department-queue-list-CARDS"]')
        ?.textContent?.includes('争议处理'),
    );
    await departments.setMembers('CARDS', ['supervisor', 'agent-cs']);
    await page.waitForFunction(() => {
      const t =
        document.querySelector('[data-testid="access-department-member-list-CARDS"]')?.textContent ?? '';
      return t.includes('(supervisor)') && t.includes('(agent-cs)');
    });
    expect(await departments.card('CARDS').innerText()).toContain('没有投诉分类路由到此部门。');
    await context.close();
  });

  it('disables the cells a people manager cannot grant, and the server refuses them', async () => {
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'people-admin',
        name: { zh: '人事管理', en: 'People admin' },
        permissions: ['user.manage', 'case.read'],
      },
    });
    await admin.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'hr.wang',
        displayName: '王人事',
        password: PASSWORD,
        roles: ['people-admin'],
        departments: ['CUSTOMER_SERVICE'],
      },
    });
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: { key: 'readers', name: { zh: '只读', en: 'Readers' }, permissions: ['case.read'] },
    });
    const { page, context } = await signIn({ username: 'hr.wang', password: PASSWORD }, '/access/roles');
    const roles = new AccessRolesPage(page);
    await roles.loaded();
    const cell = roles.cell('readers', 'audit.read');
    expect(await cell.getAttribute('data-locked')).toBe('notHeld');
    expect(await cell.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await cell.getAttribute('title')).toBe('您自己没有“audit.read”权限，因此不能授予或撤销它。');
    expect(await roles.cell('readers', 'user.manage').getAttribute('data-locked')).toBe('');
    await cell.hover();
    await page.locator('.el-popper', { hasText: '您自己没有“audit.read”权限' }).waitFor();
    await shoot(page, 'roles-locked-cell-1280-zh');
    // The role picker of the user dialog disables roles carrying what hr.wang lacks, too.
    await page.getByTestId('access-tab-users').click();
    await page.getByTestId('access-user-create').click();
    await page.getByTestId('access-input-roles').click();
    expect(await page.getByTestId('access-role-option-auditor').getAttribute('class')).toContain(
      'is-disabled',
    );
    // Asked directly, the server refuses in both languages, naming the permission.
    const hr = await GraphqlApi.signIn(stack.graphqlUrl, 'hr.wang', PASSWORD);
    const res = await hr.request(UPDATE_ROLE, {
      key: 'readers',
      input: { permissions: ['case.read', 'audit.read'] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.extensions?.messages).toEqual({
      zh: '不能授予自己没有的权限：audit.read。',
      en: 'You cannot grant permissions you do not hold yourself: audit.read.',
    });
    await context.close();
  });

  it('shows a bad username under its field in Chinese, then in English', async () => {
    const { page, context } = await signIn(E2E_ADMIN, '/access/users');
    const users = new AccessUsersPage(page);
    await users.root.waitFor();
    await users.openCreate();
    await users.fill({ username: 'Bad Name', displayName: '坏名字', password: PASSWORD });
    await users.submit();
    await users.fieldError('username').waitFor();
    expect(await users.fieldError('username').innerText()).toBe(
      '用户名须为 3–40 个小写字母、数字、"."、"_" 或 "-"。',
    );
    await shoot(page, 'users-error-1280-zh');
    await users.cancel();
    await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
    expect(await page.locator('h2').innerText()).toBe('Users');
    await users.openCreate();
    await users.fill({ username: 'Bad Name', displayName: 'Bad', password: PASSWORD });
    await users.submit();
    await users.fieldError('username').waitFor();
    expect(await users.fieldError('username').innerText()).toBe(
      'The username must be 3–40 characters of a–z, 0–9, ".", "_" or "-".',
    );
    await shoot(page, 'users-error-1280-en');
    await context.close();
  });

  it('gives an agent no Access entry and no access by URL', async () => {
    const { page, context } = await signIn(E2E_DEMO.agentCs, '/access/users');
    await page.waitForURL(/\/inbox/);
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-access').count()).toBe(0);
    expect(await page.getByTestId('access-users-page').count()).toBe(0);
    for (const path of ['/access', '/access/roles', '/access/departments']) {
      await page.goto(`${stack.adminUrl}${path}`);
      await page.waitForURL(/\/inbox/);
      // Said in words, /access included (it used to send the agent home silently).
      await page.locator('.el-message--error', { hasText: '您无权打开该页面，已返回首页。' }).waitFor();
      expect(await page.getByTestId('access-tabs').count()).toBe(0);
    }
    await context.close();
  });

  it('renames and deletes a department and its queue, refused in zh and en while it has a member', async () => {
    await admin.run(
      `mutation { createDepartment(input: { code: "ARCHIVE", name: { zh: "档案", en: "Archive" } }) { code } }`,
    );
    await admin.run(
      `mutation { createQueue(departmentCode: "ARCHIVE", input: { code: "BOXES", name: { zh: "箱", en: "Box" } }) { id } }`,
    );
    await admin.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username: 'clerk.zhao',
        displayName: '赵文书',
        password: PASSWORD,
        roles: ['agent'],
        departments: ['ARCHIVE'],
      },
    });
    const { page, context } = await signIn(E2E_ADMIN, '/access/departments');
    const departments = new AccessDepartmentsPage(page);
    await departments.card('ARCHIVE').waitFor();

    // A bad name is refused under its field; a good one renames.
    await departments.rename('ARCHIVE', { zh: '  ', en: 'Archives' });
    await departments.renameFieldError('nameZh').waitFor();
    expect(await departments.renameFieldError('nameZh').innerText()).toBe('中文名称须为 1–100 个字符。');
    await page.getByTestId('access-rename-input-nameZh').fill('档案室');
    await page.getByTestId('access-rename-submit').click();
    await page.getByTestId('access-rename-form').waitFor({ state: 'hidden' });
    await departments.renameQueue('ARCHIVE', 'BOXES', { zh: '档案箱', en: 'Boxes' });
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="access-department-ARCHIVE"]')?.textContent ?? '';
      return text.includes('档案室') && text.includes('档案箱 · BOXES');
    });

    // Deleting says what it removes; the server refuses while the department has a member.
    let box = await departments.askDelete('ARCHIVE');
    expect(await box.title()).toBe('删除部门“档案室”？');
    const said = await box.text();
    expect(said).toContain('将删除部门“档案室”（ARCHIVE）。');
    expect(said).toContain('它的 1 个队列（BOXES）会一并删除。');
    expect(said).toContain('它目前有 1 名成员');
    await shoot(page, 'departments-delete-confirm-1280-zh');
    await box.confirm();
    await errorToast(page, '部门“ARCHIVE”不能删除：有 1 名成员').waitFor();
    await shoot(page, 'departments-delete-refused-1280-zh');
    expect(await departments.card('ARCHIVE').count()).toBe(1);

    await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
    box = await departments.askDelete('ARCHIVE');
    expect(await box.text()).toContain('Deletes the department "Archives" (ARCHIVE).');
    await box.confirm();
    await errorToast(page, 'The department "ARCHIVE" cannot be deleted: 1 member').waitFor();
    await shoot(page, 'departments-delete-refused-1280-en');

    // Removing the member confirms and names them; then the queue and the department go.
    box = await departments.askChangeMembers('ARCHIVE', ['clerk.zhao']);
    expect(await box.title()).toBe('Remove 1 member(s) from Archives?');
    expect(await box.text()).toContain('Removes: 赵文书 (clerk.zhao).');
    await box.confirm();
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="access-department-member-list-ARCHIVE"]')
          ?.textContent?.includes('clerk.zhao'),
    );
    box = await departments.askDeleteQueue('ARCHIVE', 'BOXES');
    expect(await box.text()).toContain('Deletes the queue "Boxes" (BOXES) of Archives.');
    await box.confirm();
    await departments.queue('ARCHIVE', 'BOXES').waitFor({ state: 'detached' });
    box = await departments.askDelete('ARCHIVE');
    expect(await box.text()).not.toContain('Members now');
    await box.confirm();
    await departments.card('ARCHIVE').waitFor({ state: 'detached' });
    const left = await admin.run<{ departments: { code: string }[] }>(`{ departments { code } }`);
    expect(left.departments.map((d) => d.code)).not.toContain('ARCHIVE');
    await context.close();
  }, 240_000);

  it('confirms a save that removes permissions, and deletes a role only once nobody holds it', async () => {
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'night-shift',
        name: { zh: '夜班', en: 'Night shift' },
        permissions: ['category.read', 'case.read', 'case.work'],
      },
    });
    const holder = await admin.run<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: { username: 'night.owl', displayName: '夜猫', password: PASSWORD, roles: ['night-shift'] },
      },
    );
    const { page, context } = await signIn(E2E_ADMIN, '/access/roles');
    const roles = new AccessRolesPage(page);
    await roles.loaded();

    await roles.toggle('night-shift', 'case.work');
    await roles.toggle('night-shift', 'category.read');
    const save = await roles.askSave('night-shift');
    expect(await save.title()).toBe('撤销“夜班”的 2 项权限？');
    const said = await save.text();
    expect(said).toContain('查看投诉分类 (category.read)');
    expect(said).toContain('处理案件 (case.work)');
    expect(said).toContain('目前有 1 名用户持有此角色，他们将失去这些权限。');
    await shoot(page, 'roles-remove-confirm-1280-zh');
    await save.confirm();
    await page.getByTestId('access-role-save-night-shift').waitFor({ state: 'detached' });
    const after = await admin.run<{ roles: { key: string; permissions: string[] }[] }>(
      `{ roles { key permissions } }`,
    );
    expect(after.roles.find((r) => r.key === 'night-shift')?.permissions).toEqual(['case.read']);

    await roles.rename('night-shift', { zh: '夜班组', en: 'Night crew' });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="access-role-col-night-shift"]')?.textContent?.includes('夜班组'),
    );

    // Held: the confirmation warns, the server refuses, saying how many hold it.
    let box = await roles.askDelete('night-shift');
    expect(await box.text()).toContain('目前仍有 1 名用户持有此角色');
    await box.confirm();
    await errorToast(page, '角色“夜班组”仍有 1 名用户持有，不能删除').waitFor();
    expect(await roles.column('night-shift').count()).toBe(1);

    await admin.run(`mutation($id: ID!) { updateUser(id: $id, input: { roles: ["agent"] }) { id } }`, {
      id: holder.createUser.id,
    });
    await page.reload();
    await roles.loaded();
    box = await roles.askDelete('night-shift');
    expect(await box.text()).toBe('将删除角色“夜班组”（night-shift）及其 1 项权限的组合。此操作不可撤销。');
    await box.confirm();
    await roles.column('night-shift').waitFor({ state: 'detached' });
    const left = await admin.run<{ roles: { key: string }[] }>(`{ roles { key } }`);
    expect(left.roles.map((r) => r.key)).not.toContain('night-shift');
    // Built-in roles offer no delete.
    expect(await page.getByTestId('access-role-delete-agent').count()).toBe(0);
    await context.close();
  }, 240_000);

  it('looks right at 1280 and 390 px in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const width of [1280, 390]) {
        const { page, context } = await signIn(E2E_ADMIN, '/access/users', { locale, width });
        await page.getByTestId('access-users-page').waitFor();
        await page.getByTestId('access-user-row-admin').waitFor();
        await shoot(page, `users-${width}-${locale}`);
        await page.getByTestId('access-tab-roles').click();
        await new AccessRolesPage(page).loaded();
        await shoot(page, `roles-${width}-${locale}`);
        await page.getByTestId('access-tab-departments').click();
        await page.getByTestId('access-department-PRODUCT').waitFor();
        await shoot(page, `departments-${width}-${locale}`);
        const box = await new AccessDepartmentsPage(page).askDelete('PRODUCT');
        await shoot(page, `departments-delete-confirm-${width}-${locale}`);
        await box.box.getByRole('button', { name: /取消|Cancel/ }).click();
        await box.box.waitFor({ state: 'hidden' });
        await context.close();
      }
    }
  }, 240_000);
});
