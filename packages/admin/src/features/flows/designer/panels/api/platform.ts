/**
 * The platform's roles, departments and working calendars, loaded once by the property panel and
 * provided to its parts (role mapping, assignment, SLA calendars). A viewer who may not list calendars
 * (`case.read`) still gets the engine's default calendar.
 */
import { inject, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import { useClientHandle } from '@urql/vue';
import { DEFAULT_CALENDAR_IDS, type LocalizedText } from '@parley/engine';
import { panelCalendarsQuery, panelPlatformQuery } from './panels.documents';

export interface Platform {
  readonly roles: readonly { key: string; name: LocalizedText }[];
  readonly departments: readonly { code: string; name: LocalizedText }[];
  readonly calendars: readonly string[];
}

const EMPTY: Platform = { roles: [], departments: [], calendars: [...DEFAULT_CALENDAR_IDS] };
const KEY: InjectionKey<ShallowRef<Platform>> = Symbol('parley.panels.platform');

export function providePlatform(): ShallowRef<Platform> {
  const { client } = useClientHandle();
  const platform = shallowRef<Platform>(EMPTY);
  provide(KEY, platform);
  void (async () => {
    const [lists, calendars] = await Promise.all([
      client.query(panelPlatformQuery, {}).toPromise(),
      client.query(panelCalendarsQuery, {}).toPromise(),
    ]);
    const known = calendars.data?.slaCalendars.map((c) => c.key) ?? [];
    platform.value = {
      roles: lists.data?.roles ?? [],
      departments: lists.data?.departments ?? [],
      calendars: [...new Set([...DEFAULT_CALENDAR_IDS, ...known])],
    };
  })();
  return platform;
}

export function usePlatform(): ShallowRef<Platform> {
  return inject(KEY, shallowRef(EMPTY));
}
