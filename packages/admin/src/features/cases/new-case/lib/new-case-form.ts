/**
 * The "New case" form as plain data: its empty state, the check before sending, the `OpenCaseInput` it
 * becomes, and where the server's field errors go. Times are Asia/Shanghai wall-clock strings
 * (`YYYY-MM-DDTHH:mm`, as a `datetime-local` input gives them; a space works too), whatever the browser's
 * own time zone.
 */
import type { Channel, OpenCaseInput } from '../../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../../shared/lib/graphql-error';

/** Every channel a case can come in through (the schema's `Channel`), in the order they are offered. */
export const CHANNELS: readonly Channel[] = [
  'HOTLINE',
  'BRANCH',
  'LETTER',
  'EMAIL',
  'WEBSITE',
  'APP',
  'CHAT',
  'API',
] as const satisfies readonly Channel[];

/** How far back the server lets a case be dated (OpenCaseInput.receivedAt). */
export const MAX_BACKDATE_DAYS = 30;
/** Earlier than this before now is backdating (and needs a reason), as on the server. */
export const BACKDATE_TOLERANCE_MS = 10 * 60_000;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface NewCaseForm {
  templateKey: string;
  channel: Channel;
  name: string;
  idNumber: string;
  phone: string;
  bankCard: string;
  address: string;
  /** `YYYY-MM-DDTHH:mm` in Shanghai; empty: received now. */
  receivedAt: string;
  receivedAtReason: string;
}

export type NewCaseField = Exclude<keyof NewCaseForm, never>;

export function emptyNewCaseForm(): NewCaseForm {
  return {
    templateKey: '',
    channel: 'HOTLINE',
    name: '',
    idNumber: '',
    phone: '',
    bankCard: '',
    address: '',
    receivedAt: '',
    receivedAtReason: '',
  };
}

/** A Shanghai wall-clock `YYYY-MM-DDTHH:mm` (or with a space) as an instant; null when it is not one. */
export function shanghaiInstant(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi) - SHANGHAI_OFFSET_MS;
  const back = new Date(ms + SHANGHAI_OFFSET_MS);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(ms);
}

/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai wall clock of an instant, `YYYY-MM-DDTHH:mm` (a `datetime-local` value). */
export function shanghaiLocal(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The range a `datetime-local` input offers: from 00:00 thirty days back to now (Shanghai). */
export function receivedAtRange(now: Date): { min: string; max: string } {
  return {
    min: `${shanghaiDate(new Date(now.getTime() - MAX_BACKDATE_DAYS * DAY_MS))}T00:00`,
    max: shanghaiLocal(now),
  };
}

/** Whether the form dates the case back (so a reason is needed). */
export function isBackdated(form: Pick<NewCaseForm, 'receivedAt'>, now: Date): boolean {
  const at = shanghaiInstant(form.receivedAt);
  return at !== null && at.getTime() < now.getTime() - BACKDATE_TOLERANCE_MS;
}

/** Whether a day may be picked as the date of receipt: today or up to 30 days back (Shanghai dates). */
export function isSelectableDay(day: string, now: Date): boolean {
  return (
    day <= shanghaiDate(now) && day >= shanghaiDate(new Date(now.getTime() - MAX_BACKDATE_DAYS * DAY_MS))
  );
}

export type Problem = 'required' | 'invalidDate' | 'future' | 'tooOld';

/** What the browser can tell before sending (the server checks everything again). */
export function checkNewCaseForm(form: NewCaseForm, now: Date): Partial<Record<NewCaseField, Problem>> {
  const out: Partial<Record<NewCaseField, Problem>> = {};
  if (!form.templateKey) out.templateKey = 'required';
  if (!form.name.trim()) out.name = 'required';
  if (form.receivedAt.trim()) {
    const at = shanghaiInstant(form.receivedAt);
    if (!at) out.receivedAt = 'invalidDate';
    else if (at.getTime() > now.getTime() + 60_000) out.receivedAt = 'future';
    else if (at.getTime() < now.getTime() - MAX_BACKDATE_DAYS * DAY_MS) out.receivedAt = 'tooOld';
    else if (isBackdated(form, now) && !form.receivedAtReason.trim()) out.receivedAtReason = 'required';
  }
  return out;
}

const optional = (v: string): string | null => (v.trim() ? v.trim() : null);

export function toOpenCaseInput(form: NewCaseForm, now: Date): OpenCaseInput {
  const backdated = isBackdated(form, now);
  return {
    templateKey: form.templateKey,
    channel: form.channel,
    customer: {
      name: form.name.trim(),
      idNumber: optional(form.idNumber),
      phone: optional(form.phone),
      bankCard: optional(form.bankCard),
      address: optional(form.address),
    },
    ...(backdated
      ? {
          receivedAt: shanghaiInstant(form.receivedAt)!.toISOString(),
          receivedAtReason: form.receivedAtReason.trim(),
        }
      : {}),
  };
}

const SERVER_FIELDS = new Map<string, NewCaseField>([
  ['templateKey', 'templateKey'],
  ['version', 'templateKey'],
  ['channel', 'channel'],
  ['customer.name', 'name'],
  ['customer.idNumber', 'idNumber'],
  ['customer.phone', 'phone'],
  ['customer.bankCard', 'bankCard'],
  ['customer.address', 'address'],
  ['receivedAt', 'receivedAt'],
  ['receivedAtReason', 'receivedAtReason'],
]);

/** The server's problems under `input`, on the form's fields. */
export function newCaseFormErrors(error: AppError): FieldMessages<NewCaseField> {
  return fieldMessages(error, ['input'], SERVER_FIELDS);
}
