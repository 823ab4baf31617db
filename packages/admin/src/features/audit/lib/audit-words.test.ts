import { describe, expect, it } from 'vitest';
import zhCN from '../locales/zh-CN';
import { actionTemplate, describeActor, describeEntry, entityTypeName, fill } from './audit-words';

const publish = {
  action: 'flow.publish',
  entityType: 'FlowTemplate',
  entityKey: 'complaint-handling',
  actor: 'sup.wang',
  actorName: '王主管',
  details: { version: 3, fromRevision: 7, contentHash: 'abc' },
};

describe('audit entries in words', () => {
  it('says what was done, in both languages, with the version', () => {
    expect(describeEntry(publish, 'zh-CN')).toBe('发布了流程 complaint-handling v3');
    expect(describeEntry(publish, 'en')).toBe('published flow complaint-handling v3');
  });

  it('finds hyphenated actions (save-draft, password-reset, intake-link.issue)', () => {
    expect(actionTemplate('flow.save-draft', 'zh-CN')).toBe(zhCN.actions.flow.saveDraft);
    expect(
      describeEntry(
        { ...publish, action: 'flow.save-draft', details: { baseRevision: 6, revision: 7 } },
        'en',
      ),
    ).toBe('saved a draft of flow complaint-handling (revision 7)');
    expect(
      describeEntry(
        { ...publish, action: 'user.password-reset', entityType: 'User', entityKey: 'li' },
        'zh-CN',
      ),
    ).toBe('重置了用户 li 的密码');
    expect(describeEntry({ ...publish, action: 'intake-link.issue' }, 'en')).toBe(
      'issued an intake link for flow complaint-handling',
    );
  });

  it('falls back to the action and type for an action it has no words for', () => {
    expect(actionTemplate('thing.explode', 'en')).toBeNull();
    expect(describeEntry({ ...publish, action: 'thing.explode' }, 'en')).toBe(
      'thing.explode: Flow complaint-handling',
    );
    expect(describeEntry({ ...publish, action: 'flow' }, 'en')).toBe('flow: Flow complaint-handling');
  });

  it('names entity types in words, unknown ones as recorded', () => {
    expect(entityTypeName('ComplaintCategory', 'zh-CN')).toBe('投诉分类');
    expect(entityTypeName('ApiClient', 'en')).toBe('API client');
    expect(entityTypeName('Gadget', 'en')).toBe('Gadget');
  });

  it('says who: a user by display name, an API client or the system as such', () => {
    expect(describeActor(publish, 'zh-CN')).toBe('王主管');
    expect(describeActor({ actor: 'api:crm', actorName: 'crm' }, 'en')).toBe('API client crm');
    expect(describeActor({ actor: 'system:repair', actorName: 'repair' }, 'zh-CN')).toBe('系统 (repair)');
  });

  it('fills only the placeholders it has values for', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
