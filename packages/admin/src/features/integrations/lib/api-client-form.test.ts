import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import {
  apiClientFormErrors,
  apiClientFormOf,
  apiClientState,
  emptyApiClientForm,
  scopeGroupOf,
  scopeOptions,
  sortApiClients,
  toCreateApiClientInput,
  toUpdateApiClientInput,
} from './api-client-form';

const serverError = (fieldPath: (string | number)[], zh: string, en: string): AppError => ({
  kind: 'server',
  code: 'FORBIDDEN',
  messages: { zh, en },
  fieldPath,
  problems: [{ fieldPath, messages: { zh, en } }],
});

describe('API-client form', () => {
  it('when editing, also offers the client’s current scopes (keeping one is not a grant)', () => {
    expect(scopeOptions(['flow.read'], ['case.read', 'flow.read'])).toEqual([
      { group: 'case', scopes: ['case.read'] },
      { group: 'flow', scopes: ['flow.read'] },
    ]);
  });

  it('fills the edit form from a client and sends the whole form, scopes sorted once each', () => {
    const form = apiClientFormOf({ name: 'crm', scopes: ['flow.read'], rateLimitPerMinute: 30 });
    expect(form).toEqual({ name: 'crm', scopes: ['flow.read'], rateLimitPerMinute: 30 });
    form.scopes.push('case.read', 'flow.read');
    expect(toUpdateApiClientInput({ ...form, name: ' crm-2 ' })).toEqual({
      name: 'crm-2',
      scopes: ['case.read', 'flow.read'],
      rateLimitPerMinute: 30,
    });
  });

  it('offers exactly the caller’s own permissions, grouped by area, each group sorted', () => {
    const options = scopeOptions([
      'flow.write',
      'case.read',
      'flow.read',
      'webhook.manage',
      'x.custom',
      'case.read',
    ]);
    expect(options).toEqual([
      { group: 'case', scopes: ['case.read'] },
      { group: 'flow', scopes: ['flow.read', 'flow.write'] },
      { group: 'webhook', scopes: ['webhook.manage'] },
      { group: 'other', scopes: ['x.custom'] },
    ]);
    expect(scopeOptions([])).toEqual([]);
    expect(scopeGroupOf('apiclient.manage')).toBe('apiclient');
  });

  it('sends the trimmed name, de-duplicated sorted scopes and the rate limit', () => {
    const form = {
      ...emptyApiClientForm(),
      name: ' core-banking ',
      scopes: ['flow.read', 'case.read', 'flow.read'],
    };
    expect(toCreateApiClientInput(form)).toEqual({
      name: 'core-banking',
      scopes: ['case.read', 'flow.read'],
      rateLimitPerMinute: 600,
    });
    expect(toCreateApiClientInput({ ...form, rateLimitPerMinute: 30 }).rateLimitPerMinute).toBe(30);
  });

  it('shows the server’s problems under the right field, a refused scope under the scopes', () => {
    expect(
      apiClientFormErrors(serverError(['input', 'scopes'], '不能授予：case.read', 'Cannot grant: case.read')),
    ).toEqual({
      scopes: { zh: '不能授予：case.read', en: 'Cannot grant: case.read' },
    });
    expect(apiClientFormErrors(serverError(['input', 'scopes', 2], '未知', 'Unknown')).scopes?.en).toBe(
      'Unknown',
    );
    expect(Object.keys(apiClientFormErrors(serverError(['input', 'name'], '名称', 'Name')))).toEqual([
      'name',
    ]);
    expect(
      Object.keys(apiClientFormErrors(serverError(['input', 'rateLimitPerMinute'], '上限', 'Limit'))),
    ).toEqual(['rateLimitPerMinute']);
    expect(apiClientFormErrors({ kind: 'network' })).toEqual({});
  });

  it('lists active clients first, then revoked, each by name', () => {
    const sorted = sortApiClients([
      { name: 'b', revokedAt: null },
      { name: 'a', revokedAt: '2026-01-01T00:00:00Z' },
      { name: 'c', revokedAt: null },
    ]);
    expect(sorted.map((c) => c.name)).toEqual(['b', 'c', 'a']);
    expect(apiClientState(sorted[2]!)).toBe('revoked');
    expect(apiClientState(sorted[0]!)).toBe('active');
  });
});

describe('scope labels', () => {
  it('says a permission in the page’s language, an unknown one as itself', async () => {
    const { scopeLabel } = await import('./scope-labels');
    expect(scopeLabel('flow.read', 'zh-CN')).toBe('查看流程模板');
    expect(scopeLabel('flow.read', 'en')).toBe('Read flow templates');
    expect(scopeLabel('x.custom', 'en')).toBe('x.custom');
  });
});
