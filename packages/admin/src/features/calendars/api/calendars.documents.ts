/** The calendar screen's documents: calendars, one year day by day, the change preview, save, progress. */
import { graphql } from '../../../generated/gql';

export const calendarsQuery = graphql(`
  query SlaCalendarsList {
    slaCalendars {
      key
      timeZone
      years
      revision
    }
  }
`);

export const calendarYearQuery = graphql(`
  query SlaCalendarYearDays($year: Int!) {
    slaCalendars {
      key
      revision
      days(year: $year) {
        year
        status
        source
        holidays {
          date
          name
        }
        workdays {
          date
          name
        }
      }
    }
  }
`);

export const previewCalendarChangeQuery = graphql(`
  query PreviewSlaCalendarChange($key: String!, $input: SlaCalendarYearInput!) {
    previewSlaCalendarChange(key: $key, input: $input) {
      calendarKey
      year
      openCases
      casesAffected
      slaMoves
      complaintMoves
      samples {
        caseId
        reference
        kind
        from
        to
      }
    }
  }
`);

export const slaRecomputeFragment = graphql(`
  fragment SlaRecomputeProgress on SlaRecompute {
    id
    calendarKey
    revision
    state
    total
    done
    moved
    startedAt
    finishedAt
  }
`);

export const updateCalendarMutation = graphql(`
  mutation UpdateSlaCalendarYear($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {
    updateSlaCalendar(key: $key, input: $input, reason: $reason, background: true) {
      calendar {
        key
        years
        revision
      }
      recompute {
        ...SlaRecomputeProgress
      }
    }
  }
`);

export const slaRecomputeQuery = graphql(`
  query SlaRecomputeStatus($id: ID!) {
    slaRecompute(id: $id) {
      ...SlaRecomputeProgress
    }
  }
`);
