// @vitest-environment happy-dom
/** The due badge with an injected clock: colour and countdown follow "now", without waiting. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { createAppI18n, i18nPlugin } from '../../app/i18n';
import DueBadge from './DueBadge.vue';
import { CLOCK, type Clock } from './clock';

function steppedClock(start: string): Clock & { set(iso: string): void } {
  let now = new Date(start).getTime();
  const ticks: (() => void)[] = [];
  return {
    now: () => now,
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
    set(iso: string) {
      now = new Date(iso).getTime();
      ticks.forEach((t) => t());
    },
  };
}

function mountBadge(locale: 'zh-CN' | 'en', clock: Clock, dueAt: string | null) {
  return mount(DueBadge, {
    props: { dueAt, warningAt: null },
    global: { plugins: [i18nPlugin(createAppI18n(locale))], provide: { [CLOCK as symbol]: clock } },
  });
}

describe('DueBadge', () => {
  it('shows the due time in Beijing time, its SLA tone and a countdown that follows the clock', async () => {
    const clock = steppedClock('2026-11-18T06:56:55Z');
    const badge = mountBadge('zh-CN', clock, '2026-11-20T10:00:00Z');
    expect(badge.attributes('data-tone')).toBe('ok');
    expect(badge.text()).toContain('2026-11-20 18:00');
    expect(badge.get('[data-testid="due-countdown"]').text()).toBe('剩余 2天 03:03:05');
    clock.set('2026-11-20T09:59:50Z');
    await nextTick();
    expect(badge.attributes('data-tone')).toBe('warning');
    expect(badge.get('[data-testid="due-countdown"]').text()).toBe('剩余 00:00:10');
    clock.set('2026-11-20T10:01:02Z');
    await nextTick();
    expect(badge.attributes('data-tone')).toBe('breached');
    expect(badge.get('[data-testid="due-countdown"]').text()).toBe('已超时 00:01:02');
  });

  it('speaks English on an English page and says when there is no deadline', () => {
    const clock = steppedClock('2026-11-20T10:01:02Z');
    expect(mountBadge('en', clock, '2026-11-20T10:00:00Z').get('[data-testid="due-countdown"]').text()).toBe(
      'Overdue 00:01:02',
    );
    const none = mountBadge('en', clock, null);
    expect(none.attributes('data-tone')).toBe('none');
    expect(none.text()).toContain('No deadline');
  });
});
