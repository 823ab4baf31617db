// @vitest-environment happy-dom
/** The calendar store against a fake network: a year loaded and edited, previewed, saved, then followed to done. */
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../test/fake-urql';
import type { Clock } from '../../shared/ui/clock';
import { useCalendarsStore } from './calendars.store';

const job = (state: 'RUNNING' | 'DONE', done: number) => ({
  __typename: 'SlaRecompute',
  id: 'job-1',
  calendarKey: 'cn-mainland',
  revision: 3,
  state,
  total: 4,
  done,
  moved: state === 'DONE' ? 2 : 1,
  startedAt: '2026-12-06T08:00:00.000Z',
  finishedAt: state === 'DONE' ? '2026-12-06T08:00:05.000Z' : null,
});

function setUp(reasonRefused = false) {
  const sent: Operation[] = [];
  let polls = 0;
  const exchange = fakeExchange((op) => {
    sent.push(op);
    switch (operationName(op)) {
      case 'SlaCalendarsList':
        return answer(op, {
          slaCalendars: [
            {
              __typename: 'SlaCalendar',
              key: 'cn-mainland',
              timeZone: 'Asia/Shanghai',
              years: [2025, 2026],
              revision: 2,
            },
          ],
        });
      case 'SlaCalendarYearDays':
        return answer(op, {
          slaCalendars: [
            {
              __typename: 'SlaCalendar',
              key: 'cn-mainland',
              revision: 2,
              days: {
                __typename: 'SlaCalendarYear',
                year: 2026,
                status: 'MAINTAINED',
                source: '国务院办公厅',
                holidays: [{ __typename: 'SlaCalendarDay', date: '2026-01-01', name: '元旦' }],
                workdays: [{ __typename: 'SlaCalendarDay', date: '2026-01-04', name: '元旦' }],
              },
            },
          ],
        });
      case 'PreviewSlaCalendarChange':
        return answer(op, {
          previewSlaCalendarChange: {
            __typename: 'SlaCalendarChangePreview',
            calendarKey: 'cn-mainland',
            year: 2026,
            openCases: 4,
            casesAffected: 2,
            slaMoves: 2,
            complaintMoves: 1,
            samples: [],
          },
        });
      case 'UpdateSlaCalendarYear':
        if (reasonRefused)
          return refusal(op, 'BAD_USER_INPUT', { zh: '原因须为 1–500 个字符。', en: 'reason' });
        return answer(op, {
          updateSlaCalendar: {
            __typename: 'SlaCalendarChange',
            calendar: { __typename: 'SlaCalendar', key: 'cn-mainland', years: [2025, 2026], revision: 3 },
            recompute: job('RUNNING', 0),
          },
        });
      case 'SlaRecomputeStatus':
        polls++;
        return answer(op, { slaRecompute: polls < 2 ? job('RUNNING', 2) : job('DONE', 4) });
      default:
        return refusal(op, 'UNEXPECTED');
    }
  });
  const app = createApp({ render: () => null });
  app.use(createPinia());
  app.use(urql, createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [exchange] }));
  const store = app.runWithContext(() => useCalendarsStore());
  return { store, sent };
}

/** A clock whose ticks the test drives. */
function steppedClock() {
  let tick: (() => void) | null = null;
  const clock: Clock = {
    now: () => Date.parse('2026-12-06T08:00:00Z'),
    every: (_ms, fn) => {
      tick = fn;
      return () => (tick = null);
    },
  };
  return { clock, step: () => tick?.(), running: () => tick !== null };
}

describe('calendars store', () => {
  it('loads a year, tracks edits, previews and saves the edited days', async () => {
    const { store, sent } = setUp();
    await store.loadCalendars();
    expect(store.key).toBe('cn-mainland');
    await store.loadYear(2026);
    expect(store.dirty).toBe(false);
    store.markDay('2026-01-05', 'holiday', '调整');
    expect(store.changed).toEqual(['2026-01-05']);
    const preview = await store.runPreview();
    expect(preview.ok && preview.value.casesAffected).toBe(2);
    const previewVars = sent.find((op) => operationName(op) === 'PreviewSlaCalendarChange')!.variables;
    expect(previewVars).toEqual({
      key: 'cn-mainland',
      input: {
        year: 2026,
        holidays: ['2026-01-01', '2026-01-05'],
        workdays: ['2026-01-04'],
        names: [
          { date: '2026-01-01', name: '元旦' },
          { date: '2026-01-04', name: '元旦' },
          { date: '2026-01-05', name: '调整' },
        ],
      },
    });
    // An edit after the preview makes the preview stale.
    store.markDay('2026-01-06', 'holiday');
    expect(store.preview).toBeNull();
    store.resetDraft();
    expect(store.dirty).toBe(false);
  });

  it('saves, then polls the recompute through the clock until it is done, and stops', async () => {
    const { store, sent } = setUp();
    await store.loadCalendars();
    await store.loadYear(2026);
    store.markDay('2026-01-05', 'holiday');
    const saved = await store.save('通知');
    expect(saved.ok).toBe(true);
    expect(store.dirty).toBe(false);
    expect(store.calendars[0]!.revision).toBe(3);
    const { clock, step, running } = steppedClock();
    let finished = false;
    store.followRecompute(clock, () => (finished = true));
    for (let i = 0; i < 10 && !finished; i++) {
      step();
      await flushPromises();
    }
    expect(store.recompute).toMatchObject({ state: 'DONE', done: 4, moved: 2 });
    expect(finished).toBe(true);
    expect(running()).toBe(false);
    expect(sent.filter((op) => operationName(op) === 'SlaRecomputeStatus')).toHaveLength(2);
  });

  it('returns a refused save as an error and keeps the edits', async () => {
    const { store } = setUp(true);
    await store.loadCalendars();
    await store.loadYear(2026);
    store.markDay('2026-01-05', 'holiday');
    const saved = await store.save('');
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error.kind === 'server' && saved.error.code).toBe('BAD_USER_INPUT');
    expect(store.dirty).toBe(true);
    expect(store.recompute).toBeNull();
  });
});
