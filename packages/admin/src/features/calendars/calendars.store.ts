/**
 * The calendar screen's state: the calendars, the year shown (as saved and as being edited), the
 * preview of a change, the save and the recompute's progress (polled through the injectable clock
 * until the server says it is done).
 */
import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { Clock } from '../../shared/ui/clock';
import type {
  PreviewSlaCalendarChangeQuery,
  SlaCalendarsListQuery,
  SlaCalendarYearDaysQuery,
  SlaRecomputeProgressFragment,
} from '../../generated/graphql';
import {
  calendarYearQuery,
  calendarsQuery,
  previewCalendarChangeQuery,
  slaRecomputeQuery,
  updateCalendarMutation,
} from './api/calendars.documents';
import { changedDates, draftFromYear, setDay, toInput, type DayMark, type YearDraft } from './lib/year-grid';

export type CalendarPreview = PreviewSlaCalendarChangeQuery['previewSlaCalendarChange'];
export type RecomputeProgress = SlaRecomputeProgressFragment;
type YearDays = SlaCalendarYearDaysQuery['slaCalendars'][number]['days'];

/** How often the recompute's progress is asked for while it runs. */
export const RECOMPUTE_POLL_MS = 500;

export const useCalendarsStore = defineStore(STORE_IDS.calendars, () => {
  const { client } = useClientHandle();
  const calendars = shallowRef<SlaCalendarsListQuery['slaCalendars']>([]);
  const key = ref('');
  const year = ref(0);
  const yearInfo = shallowRef<Pick<YearDays, 'status' | 'source'> | null>(null);
  const saved = shallowRef<YearDraft | null>(null);
  const draft = shallowRef<YearDraft | null>(null);
  const loading = ref(false);
  const error = shallowRef<AppError | null>(null);
  const preview = shallowRef<CalendarPreview | null>(null);
  const previewing = ref(false);
  const saving = ref(false);
  const recompute = shallowRef<RecomputeProgress | null>(null);
  const changed = computed(() => (saved.value && draft.value ? changedDates(saved.value, draft.value) : []));
  const dirty = computed(() => changed.value.length > 0);

  async function loadCalendars(): Promise<void> {
    const result = await client.query(calendarsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) {
      error.value = toAppError(result.error);
      return;
    }
    calendars.value = result.data.slaCalendars;
    if (!calendars.value.some((c) => c.key === key.value)) key.value = calendars.value[0]?.key ?? '';
  }

  /** Shows `y` of the selected calendar as saved; `keepDraft` lays an edited draft of that year over it. */
  async function loadYear(y: number, keepDraft: YearDraft | null = null): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(calendarYearQuery, { year: y }, { requestPolicy: 'network-only' })
        .toPromise();
      const found = result.data?.slaCalendars.find((c) => c.key === key.value);
      if (!found) {
        error.value = toAppError(result.error);
        return;
      }
      error.value = null;
      year.value = y;
      yearInfo.value = { status: found.days.status, source: found.days.source };
      // A provisional year is not saved: the draft starts from the statutory holidays, all "changed".
      saved.value =
        found.days.status === 'MAINTAINED' ? draftFromYear(found.days) : { year: y, days: new Map() };
      draft.value = keepDraft ?? draftFromYear(found.days);
      preview.value = null;
    } finally {
      loading.value = false;
    }
  }

  function markDay(date: string, mark: DayMark | null, name = ''): void {
    if (!draft.value) return;
    draft.value = setDay(draft.value, date, mark, name);
    preview.value = null;
  }

  function resetDraft(): void {
    draft.value = saved.value;
    preview.value = null;
  }

  /** A notice pasted and reviewed: its year is shown with the notice's days as the draft. */
  async function applyNotice(notice: YearDraft): Promise<void> {
    await loadYear(notice.year, notice);
  }

  async function runPreview(): Promise<Outcome<CalendarPreview>> {
    if (!draft.value) return { ok: false, error: { kind: 'unknown' } };
    previewing.value = true;
    try {
      const result = await client
        .query(
          previewCalendarChangeQuery,
          { key: key.value, input: toInput(draft.value) },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (!result.data) return { ok: false, error: toAppError(result.error) };
      preview.value = result.data.previewSlaCalendarChange;
      return { ok: true, value: preview.value };
    } finally {
      previewing.value = false;
    }
  }

  async function save(reason: string): Promise<Outcome<RecomputeProgress>> {
    if (!draft.value) return { ok: false, error: { kind: 'unknown' } };
    saving.value = true;
    try {
      const result = await client
        .mutation(updateCalendarMutation, { key: key.value, input: toInput(draft.value), reason })
        .toPromise();
      if (!result.data) return { ok: false, error: toAppError(result.error) };
      const { calendar, recompute: job } = result.data.updateSlaCalendar;
      recompute.value = job;
      calendars.value = calendars.value.map((c) => (c.key === calendar.key ? { ...c, ...calendar } : c));
      saved.value = draft.value;
      // The source is the stored revision's now; the page reloads the year once the recompute is done.
      yearInfo.value = { status: 'MAINTAINED', source: null };
      return { ok: true, value: job };
    } finally {
      saving.value = false;
    }
  }

  /** Asks for the recompute's progress every {@link RECOMPUTE_POLL_MS} until it is done; returns the stop. */
  function followRecompute(clock: Clock, onDone?: () => void): () => void {
    let stop: () => void = () => {};
    let busy = false;
    stop = clock.every(RECOMPUTE_POLL_MS, () => {
      const job = recompute.value;
      if (!job || busy) return;
      if (job.state === 'DONE') {
        stop();
        onDone?.();
        return;
      }
      busy = true;
      void client
        .query(slaRecomputeQuery, { id: job.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (result.data?.slaRecompute) recompute.value = result.data.slaRecompute;
        })
        .finally(() => (busy = false));
    });
    return () => stop();
  }

  return {
    calendars,
    key,
    year,
    yearInfo,
    saved,
    draft,
    loading,
    error,
    preview,
    previewing,
    saving,
    recompute,
    changed,
    dirty,
    loadCalendars,
    loadYear,
    markDay,
    resetDraft,
    applyNotice,
    runPreview,
    save,
    followRecompute,
  };
});
