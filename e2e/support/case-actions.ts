/**
 * The step actions of the case screen (features/cases/step-actions), as an agent works them: fill a
 * step's form field by field the way a person types it (yuan for money, a click per choice), approve or
 * reject, check the contact guard and log a call, record the customer's answer. Each action waits until
 * the panel says it is done, and fails with the panel's own message when the server refused.
 */
import { Buffer } from 'node:buffer';
import type { ElementHandle, Locator, Page } from 'playwright-core';
import type { FieldDefinition, FormDefinition } from '../../packages/engine/src/index';

export class CaseActionsPage {
  /** `prefix`: the form's test id prefix (`step` on the case screen; `customer` on the customer's link page). */
  constructor(
    readonly page: Page,
    private readonly prefix = 'step',
  ) {}

  panel(stepKey: string): Locator {
    return this.page.getByTestId(`step-action-${stepKey}`);
  }

  field(stepKey: string, name: string): Locator {
    return this.page.getByTestId(`${this.prefix}-${stepKey}-field-${name}`);
  }

  /** Types `data` into the step's form, in the form's order (later fields may appear on earlier answers). */
  async fillForm(
    stepKey: string,
    form: FormDefinition,
    data: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    for (const field of form.elements) {
      if (!(field.name in data)) continue;
      await this.fillField(stepKey, field, data[field.name]);
    }
  }

  async fillField(stepKey: string, field: FieldDefinition, value: unknown): Promise<void> {
    const box = this.field(stepKey, field.name);
    if (field.type !== 'file') await box.waitFor();
    const choice = (v: unknown) =>
      this.page.getByTestId(`${this.prefix}-${stepKey}-choice-${field.name}-${String(v)}`);
    switch (field.type) {
      case 'select':
      case 'rating':
        await choice(value).click();
        return;
      case 'multi-select':
        for (const v of value as unknown[]) await choice(v).click();
        return;
      case 'date': {
        const input = box.locator('input');
        await input.fill(String(value));
        await input.press('Enter');
        return;
      }
      case 'money':
        await box.locator('input').fill(((value as number) / 100).toFixed(2));
        return;
      case 'textarea':
        await box.locator('textarea').fill(String(value));
        return;
      case 'file': {
        // A small real PDF per reference: the server checks the content against the type.
        const files = (value as { name: string; mime: string }[]).map((f) => ({
          name: f.name,
          mimeType: f.mime,
          buffer: Buffer.from(
            `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
          ),
        }));
        const list = this.page.getByTestId(`${this.prefix}-${stepKey}-files-${field.name}`).locator('li');
        await this.page.getByTestId(`${this.prefix}-${stepKey}-upload-${field.name}`).setInputFiles(files);
        await list.nth(files.length - 1).waitFor();
        return;
      }
      default:
        await box.locator('input').first().fill(String(value));
    }
  }

  /** Clicks `button` and waits until the step's panel reports success (or the step moved on). */
  private async act(stepKey: string, click: () => Promise<void>): Promise<void> {
    const card = (await this.panel(stepKey).elementHandle()) as ElementHandle<HTMLElement> | null;
    if (!card) throw new Error(`no action panel for step ${stepKey}`);
    await click();
    await this.settled(card, stepKey);
  }

  private async settled(card: ElementHandle<HTMLElement>, stepKey: string): Promise<void> {
    const outcome = await this.page.waitForFunction(
      (el) => {
        if (!el.isConnected) return 'done';
        const alert = el.querySelector('[data-testid^="step-result-"]');
        if (alert?.classList.contains('el-alert--success')) return 'done';
        if (alert && !alert.classList.contains('el-alert--info'))
          return `refused: ${alert.textContent ?? ''}`;
        const invalid = el.querySelector('.form-renderer__error');
        if (invalid) return `invalid: ${invalid.closest('.el-form-item')?.textContent ?? ''}`;
        return false;
      },
      card,
      { timeout: 20_000 },
    );
    const value = (await outcome.jsonValue()) as string;
    if (value !== 'done') throw new Error(`step ${stepKey}: ${value}`);
  }

  async submit(stepKey: string): Promise<void> {
    await this.act(stepKey, () => this.page.getByTestId(`step-submit-${stepKey}`).click());
  }

  async approve(stepKey: string, comment?: string): Promise<void> {
    if (comment) await this.page.getByTestId(`step-comment-${stepKey}`).fill(comment);
    await this.act(stepKey, () => this.page.getByTestId(`step-approve-${stepKey}`).click());
  }

  async reject(stepKey: string, reason: string): Promise<void> {
    await this.page.getByTestId(`step-reject-${stepKey}`).click();
    const input = this.page.getByTestId(`step-reason-${stepKey}`);
    await input.waitFor();
    await input.fill(reason);
    await this.act(stepKey, () => this.page.getByTestId(`step-confirm-reject-${stepKey}`).click());
  }

  /** The contact guard's answer for `contact`, as the panel words it. */
  async checkContact(stepKey: string, contact: string): Promise<string> {
    await this.page.getByTestId(`step-contact-${stepKey}`).fill(contact);
    await this.page.getByTestId(`step-check-${stepKey}`).click();
    const result = this.page.getByTestId(`step-check-result-${stepKey}`);
    await result.waitFor();
    return result.innerText();
  }

  /** Records the customer's consent to calls in quiet hours, from now, and waits for the panel to confirm it. */
  async recordQuietHoursConsent(stepKey: string, evidence: string): Promise<void> {
    await this.page.getByTestId(`step-consent-${stepKey}`).click();
    await this.page.getByTestId('consent-evidence').fill(evidence);
    await this.act(stepKey, () => this.page.getByTestId('consent-record').click());
  }

  async logCommunication(
    stepKey: string,
    call: { channel: string; contact: string; answered: boolean; summary: string },
  ): Promise<void> {
    const select = this.page.getByTestId(`step-channel-${stepKey}`);
    await select.click();
    await this.page.locator(`[data-testid="step-channel-option-${call.channel}"]:visible`).click();
    await this.page.getByTestId(`step-contact-${stepKey}`).fill(call.contact);
    const answered = this.page.getByTestId(`step-answered-${stepKey}`).locator('input');
    if ((await answered.isChecked()) !== call.answered)
      await this.page.getByTestId(`step-answered-${stepKey}`).click();
    await this.page.getByTestId(`step-summary-${stepKey}`).fill(call.summary);
    await this.act(stepKey, () => this.page.getByTestId(`step-log-${stepKey}`).click());
  }

  async recordCustomerResponse(stepKey: string, accepted: boolean, comment?: string): Promise<void> {
    if (comment) await this.page.getByTestId(`step-customer-comment-${stepKey}`).fill(comment);
    await this.act(stepKey, () =>
      this.page.getByTestId(accepted ? `step-accept-${stepKey}` : `step-counter-${stepKey}`).click(),
    );
  }
}
