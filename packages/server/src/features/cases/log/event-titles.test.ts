import { describe, expect, it } from 'vitest';
import { HOST_EVENT_TYPES } from './case-event-codec';
import { TITLED_EVENT_TYPES, eventTitle } from './event-titles';

const HAN = /[\u4e00-\u9fff]/;

describe('event titles', () => {
  it('every host event type has a Chinese and an English text of its own', () => {
    for (const type of HOST_EVENT_TYPES) {
      const title = eventTitle(type);
      expect(title.zh, type).toMatch(HAN);
      expect(title.en, type).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(title.en, type).not.toBe(type);
    }
  });

  it('every titled type (the engine’s, checked by the compiler, and the host’s) reads in both languages', () => {
    // The engine's 27 types plus the host's.
    expect(TITLED_EVENT_TYPES.length).toBe(27 + HOST_EVENT_TYPES.size);
    for (const type of TITLED_EVENT_TYPES) {
      expect(eventTitle(type).zh, type).toMatch(HAN);
      expect(eventTitle(type).en, type).not.toMatch(HAN);
    }
    expect(eventTitle('notificationRequested')).toEqual({ zh: '发送通知', en: 'Notification requested' });
    expect(eventTitle('stepActivated')).toEqual({ zh: '进入环节', en: 'Step started' });
  });

  it('an unknown type (a plug-in’s) shows as itself, and inherited names are not texts', () => {
    expect(eventTitle('acmeScored')).toEqual({ zh: 'acmeScored', en: 'acmeScored' });
    expect(eventTitle('toString')).toEqual({ zh: 'toString', en: 'toString' });
  });
});
