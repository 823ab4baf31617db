/**
 * Where a complaint stands against its regulatory clock, as of "now" (the case clock, injectable) or
 * of when it closed: on time, extended or late, with the calendar and working days left to the
 * deadline's date (Asia/Shanghai, or the calendar's zone).
 */
import {
  addDaysToIsoDate,
  calendarTimeZone,
  daysBetweenIsoDates,
  isWorkingDay,
  isoWeekdayOf,
  localDateOfInstant,
  type BusinessCalendar,
  type IsoDate,
} from '@parley/engine';

export type ComplaintClockStatusValue = 'ON_TIME' | 'EXTENDED' | 'LATE';

export interface ClockStanding {
  status: ComplaintClockStatusValue;
  daysLeft: number;
  workingDaysLeft: number;
}

/** Whether a day is a working day; a year the calendar cannot answer for counts Monday–Friday. */
function working(calendar: BusinessCalendar, date: IsoDate): boolean {
  try {
    return isWorkingDay(calendar, date);
  } catch {
    return isoWeekdayOf(date) <= 5;
  }
}

export function clockStanding(input: {
  dueAt: Date;
  dueDate: IsoDate;
  extended: boolean;
  closedAt: Date | null;
  now: Date;
  calendar: BusinessCalendar;
}): ClockStanding {
  const at = input.closedAt ?? input.now;
  const today = localDateOfInstant(at.toISOString(), calendarTimeZone(input.calendar));
  const daysLeft = daysBetweenIsoDates(today, input.dueDate);
  let workingDaysLeft = 0;
  for (let d = 1; d <= daysLeft; d++)
    if (working(input.calendar, addDaysToIsoDate(today, d))) workingDaysLeft++;
  const late = at.getTime() > input.dueAt.getTime();
  return {
    status: late ? 'LATE' : input.extended ? 'EXTENDED' : 'ON_TIME',
    daysLeft,
    workingDaysLeft,
  };
}
