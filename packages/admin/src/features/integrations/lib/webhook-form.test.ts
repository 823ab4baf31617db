import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import {
  appendPage,
  deliveryTone,
  emptyWebhookForm,
  eventTypeText,
  parseGraceHours,
  toCreateWebhookInput,
  toUpdateWebhookInput,
  webhookFormErrors,
  webhookFormOf,
} from './webhook-form';

const known = [{ type: 'caseStarted', label: { zh: '流程开始', en: 'Flow started' } }];

describe('webhook form', () => {
  it('sends `*` for every event, else the chosen types once each', () => {
    const form = {
      ...emptyWebhookForm(),
      name: ' crm ',
      url: ' https://crm.example/hook ',
      eventTypes: ['a', 'b', 'a'],
    };
    expect(toCreateWebhookInput(form)).toEqual({
      name: 'crm',
      url: 'https://crm.example/hook',
      eventTypes: ['a', 'b'],
    });
    expect(toCreateWebhookInput({ ...form, allEvents: true }).eventTypes).toEqual(['*']);
  });

  it('fills the edit form from a subscription and sends URL, event types and enabled, not the name', () => {
    const sub = { name: 'crm', url: 'https://crm.example/a', eventTypes: ['caseStarted'], active: false };
    const form = webhookFormOf(sub);
    expect(form).toEqual({
      name: 'crm',
      url: 'https://crm.example/a',
      allEvents: false,
      eventTypes: ['caseStarted'],
      enabled: false,
    });
    expect(toUpdateWebhookInput({ ...form, enabled: true, url: ' https://crm.example/b ' })).toEqual({
      url: 'https://crm.example/b',
      eventTypes: ['caseStarted'],
      enabled: true,
    });
    const all = webhookFormOf({ ...sub, eventTypes: ['*'] });
    expect(all).toMatchObject({ allEvents: true, eventTypes: [] });
    expect(toUpdateWebhookInput(all).eventTypes).toEqual(['*']);
  });

  it('shows a bad URL under the URL field and a bad event type under the event types', () => {
    const error = (fieldPath: (string | number)[]): AppError => ({
      kind: 'server',
      code: 'BAD_USER_INPUT',
      messages: { zh: '地址无效', en: 'Bad URL' },
      fieldPath,
      problems: [{ fieldPath, messages: { zh: '地址无效', en: 'Bad URL' } }],
    });
    expect(webhookFormErrors(error(['input', 'url']))).toEqual({ url: { zh: '地址无效', en: 'Bad URL' } });
    expect(Object.keys(webhookFormErrors(error(['input', 'eventTypes', 3])))).toEqual(['eventTypes']);
    expect(webhookFormErrors(error(['id']))).toEqual({});
  });

  it('says event types in words, `*` as all events, unknown ones as themselves', () => {
    expect(eventTypeText('caseStarted', known, 'zh-CN', '全部')).toBe('流程开始');
    expect(eventTypeText('caseStarted', known, 'en', 'All')).toBe('Flow started');
    expect(eventTypeText('*', known, 'en', 'All events')).toBe('All events');
    expect(eventTypeText('pluginThing', known, 'en', 'All')).toBe('pluginThing');
  });

  it('colours deliveries by status and merges keyset pages without repeats', () => {
    expect(deliveryTone('DELIVERED')).toBe('success');
    expect(deliveryTone('PENDING')).toBe('warning');
    expect(deliveryTone('DEAD')).toBe('danger');
    expect(appendPage([{ id: '1' }, { id: '2' }], [{ id: '2' }, { id: '3' }]).map((d) => d.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('accepts a grace period of 0–168 whole hours only', () => {
    expect(parseGraceHours(0)).toBe(0);
    expect(parseGraceHours('24')).toBe(24);
    expect(parseGraceHours(168)).toBe(168);
    expect(parseGraceHours(169)).toBeNull();
    expect(parseGraceHours(1.5)).toBeNull();
    expect(parseGraceHours(-1)).toBeNull();
  });
});
