/** The insight dashboard's documents: one query per tab, the roll-up lag, and the names that label ids. */
import { graphql } from '../../../generated/gql';

// Two queries, each under the server's cost limit (a page size multiplies a selection's cost).
export const insightFlowNamesQuery = graphql(`
  query InsightFlowNames {
    flowTemplates(first: 100) {
      edges {
        node {
          key
          name {
            zh
            en
          }
          versions {
            version
            steps {
              key
              name {
                zh
                en
              }
            }
          }
        }
      }
    }
  }
`);

export const insightNamesQuery = graphql(`
  query InsightNames {
    departments {
      code
      name {
        zh
        en
      }
    }
    assignableUsers {
      id
      displayName
    }
    complaintCategories(first: 200) {
      edges {
        node {
          id
          name {
            zh
            en
          }
        }
      }
    }
  }
`);

export const insightRootCausesQuery = graphql(`
  query InsightRootCauses {
    complaintRootCauses {
      code
      label {
        zh
        en
      }
    }
  }
`);

export const insightStatusQuery = graphql(`
  query InsightStatus {
    insightStatus {
      lagMs
      caughtUp
      foldedUpTo
    }
  }
`);

export const insightVolumeQuery = graphql(`
  query InsightVolumeTab($filter: InsightFilter!) {
    insightVolume(filter: $filter) {
      days {
        day
        opened
        closed
        cancelled
      }
      opened
      closed
      cancelled
      openNow
      byChannel {
        key
        opened
        closed
        cancelled
      }
      byFlow {
        key
        opened
        closed
        cancelled
      }
      byCategory {
        key
        opened
        closed
        cancelled
      }
      backlog {
        step
        count
      }
    }
  }
`);

export const insightTimeQuery = graphql(`
  query InsightTimeTab($filter: InsightFilter!) {
    insightTimeInStep(filter: $filter) {
      steps {
        step
        entered
        left
        count
        averageMs
      }
    }
    insightSla(filter: $filter) {
      compliance
      days {
        day
        breaches
        met
        missed
        regulatoryOnTime
        regulatoryExtended
        regulatoryLate
        extensions
      }
      totals {
        breaches
        met
        missed
        regulatoryOnTime
        regulatoryExtended
        regulatoryLate
        extensions
      }
    }
  }
`);

export const insightNegotiationQuery = graphql(`
  query InsightNegotiationTab($filter: InsightFilter!) {
    insightNegotiation(filter: $filter) {
      days {
        day
        offersProposed
        offersAccepted
        changesRequested
        agreementsSigned
        restructured
        waived
      }
      totals {
        offersProposed
        offersAccepted
        changesRequested
        agreementsSigned
        restructured
        waived
      }
    }
    insightVolume(filter: $filter) {
      opened
    }
  }
`);

export const insightScoresFragment = graphql(`
  fragment InsightScores on SatisfactionScores {
    sent
    answered
    responseRate
    npsCount
    nps
    csatCount
    csat
    cesCount
    ces
  }
`);

export const insightSatisfactionQuery = graphql(`
  query InsightSatisfactionTab($filter: InsightFilter!) {
    insightSatisfaction(filter: $filter) {
      totals {
        ...InsightScores
      }
      days {
        day
        scores {
          ...InsightScores
        }
      }
      byAgent {
        key
        scores {
          ...InsightScores
        }
      }
      byFlow {
        key
        scores {
          ...InsightScores
        }
      }
      byCategory {
        key
        scores {
          ...InsightScores
        }
      }
      byOutcome {
        key
        scores {
          ...InsightScores
        }
      }
      complaintRate
      complaintsOpened
      customersServed
      complaintRateDays {
        day
        complaints
        served
        rate
      }
    }
  }
`);

export const insightFindingsQuery = graphql(`
  query InsightFindingsTab($filter: InsightFilter!) {
    insightFindings(filter: $filter) {
      total
      byCause {
        rootCause
        count
      }
      byCategory {
        category
        rootCause
        count
      }
      days {
        day
        rootCause
        count
      }
    }
  }
`);

export const complaintReportQuery = graphql(`
  query InsightComplaintReport($filter: InsightFilter!) {
    complaintReport(filter: $filter) {
      from
      to
      rows {
        ...InsightReportRow
      }
      totals {
        ...InsightReportRow
      }
    }
  }
`);

export const insightReportRowFragment = graphql(`
  fragment InsightReportRow on ComplaintReportRow {
    channel
    businessType
    cause
    received
    closed
    closedOnTime
    extended
    late
    open
    onTimeShare
    outcomes {
      outcome
      count
    }
  }
`);
