/**
 * The designer's canvas in a real browser against the real server: an admin builds a small flow on a
 * blank template with the palette (click and drag-and-drop), connects steps handle to handle, moves,
 * undoes and redoes exactly, copies and pastes, deletes and auto-lays out; screenshots at 1280 and
 * 390 px in both languages.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { DesignerCanvas, createBlankTemplate } from './support/designer-canvas';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);

describe('designer canvas (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const api = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await createBlankTemplate(api, 'canvas-e2e');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function open(
    width: number,
    locale: 'zh-CN' | 'en',
  ): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 800 } });
    await context.addInitScript((l) => localStorage.setItem('parley.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows/canvas-e2e/edit`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(/\/flows\/canvas-e2e\/edit$/);
    await page.getByTestId('designer-canvas').waitFor();
    return { page, close: () => context.close() };
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname, fullPage: true });
  }

  it('builds, moves, undoes, copies, deletes and lays out steps on the canvas', async () => {
    const { page, close } = await open(1280, 'zh-CN');
    const c = new DesignerCanvas(page);

    // The palette names every kind, with an accessible name per button.
    await page.getByRole('button', { name: '添加步骤：审核' }).click();
    await c.node('review').waitFor();
    expect(await c.isSelected('review')).toBe(true);
    // A blank template starts with a decision `start` and an END step `end`.
    await page.getByRole('button', { name: '添加步骤：结束' }).click();
    await c.node('end-2').waitFor();
    expect(await c.node('end-2').innerText()).toContain('已解决');
    // The start step is marked.
    expect(await c.node('start').locator('.step__start').count()).toBe(1);
    expect(await c.node('review').locator('.step__start').count()).toBe(0);
    const r = await c.position('review');
    const e = await c.position('end-2');
    expect(Math.abs(r.x - e.x) >= 200 || Math.abs(r.y - e.y) >= 76).toBe(true);

    // Connect two steps by dragging handle to handle.
    await c.connect('review', 'end-2');
    await c.edge('review-end-2').waitFor();

    // Drag-and-drop from the palette lands where it is dropped.
    const box = await c.canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    await c.paletteItem('decision').dragTo(c.canvas, {
      targetPosition: { x: box.width - 130, y: 100 },
    });
    await c.node('decision').waitFor();

    // Dropped centred on the drop point.
    const dropped = await c.node('decision').boundingBox();
    if (!dropped) throw new Error('dropped step not visible');
    expect(Math.abs(dropped.x + dropped.width / 2 - (box.x + box.width - 130))).toBeLessThan(25);
    await shoot(page, 'designer-canvas-editing-1280-zh.png');

    // Move, then undo and redo restore the positions exactly.
    const before = await c.position('review');
    await c.moveBy('review', 140, 100);
    await expect.poll(() => c.position('review')).not.toEqual(before);
    const after = await c.position('review');
    await page.getByTestId('undo').click();
    await expect.poll(() => c.position('review')).toEqual(before);
    await page.getByTestId('redo').click();
    await expect.poll(() => c.position('review')).toEqual(after);

    // Arrow keys nudge the selected step by a grid step; two presses are one undo step.
    await page.getByTestId('canvas-fit-view').click();
    await c.node('review').click();
    await c.press('ArrowRight');
    await c.press('ArrowRight');
    await expect.poll(() => c.position('review')).toEqual({ x: after.x + 40, y: after.y });
    await page.getByTestId('undo').click();
    await expect.poll(() => c.position('review')).toEqual(after);

    // Copy and paste: the pasted step is new and selected; Delete removes it.
    await c.node('review').click();
    await c.press('Control+c');
    await c.press('Control+v');
    await c.node('review-2').waitFor();
    await expect.poll(() => c.selectedKeys()).toEqual(['review-2']);
    await c.press('Delete');
    await c.node('review-2').waitFor({ state: 'detached' });

    // Shift-click selects several; the delete button removes them; undo brings them back.
    await c.node('end-2').click();
    await c.node('decision').click({ modifiers: ['Shift'] });
    await expect.poll(() => c.selectedKeys()).toEqual(['decision', 'end-2']);
    await page.getByTestId('canvas-delete').click();
    await expect.poll(() => c.nodeKeys()).toEqual(['end', 'review', 'start']);
    await page.getByTestId('undo').click();
    await expect.poll(() => c.nodeKeys()).toEqual(['decision', 'end', 'end-2', 'review', 'start']);
    await c.edge('review-end-2').waitFor();

    // Auto-layout: one undoable change, top to bottom along the transition.
    const placed = { review: await c.position('review'), end: await c.position('end-2') };
    await c.autoLayout();
    await expect.poll(async () => (await c.position('end-2')).y > (await c.position('review')).y).toBe(true);
    await page.getByTestId('undo').click();
    await expect.poll(() => c.position('review')).toEqual(placed.review);
    expect(await c.position('end-2')).toEqual(placed.end);
    await page.getByTestId('redo').click();

    // A problem in the list selects its step on the canvas.
    await page.getByTestId('designer-problems').getByRole('button', { name: /审核/ }).first().click();
    await expect.poll(() => c.selectedKeys()).toEqual(['review']);

    // Ctrl+A selects everything.
    await c.canvas.focus();
    await c.press('Control+a');
    await expect.poll(() => c.selectedKeys()).toEqual(['decision', 'end', 'end-2', 'review', 'start']);

    // The draft saves itself.
    await expect
      .poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 })
      .toMatch(/已保存/);
    await close();
  });

  it('shows the canvas in English and on a phone', async () => {
    const zh = await open(1280, 'zh-CN');
    await zh.page.getByRole('button', { name: '添加步骤：审核' }).waitFor();
    await new DesignerCanvas(zh.page).node('review').waitFor();
    await shoot(zh.page, 'designer-canvas-1280-zh.png');
    await zh.close();
    const en = await open(1280, 'en');
    await en.page.getByRole('button', { name: 'Add step: Review' }).waitFor();
    await new DesignerCanvas(en.page).node('review').waitFor();
    await shoot(en.page, 'designer-canvas-1280-en.png');
    await en.close();
    for (const locale of ['zh-CN', 'en'] as const) {
      const phone = await open(390, locale);
      await new DesignerCanvas(phone.page).node('review').waitFor();
      await shoot(phone.page, `designer-canvas-390-${locale === 'en' ? 'en' : 'zh'}.png`);
      await phone.close();
    }
  });
});
