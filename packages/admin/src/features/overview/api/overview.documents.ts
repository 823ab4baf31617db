/** The queue overview's documents: counts per queue (query and live subscription) and department names. */
import { graphql } from '../../../generated/gql';

export const overviewQueueCountFragment = graphql(`
  fragment OverviewQueueCount on QueueCount {
    queue {
      id
      code
      name {
        zh
        en
      }
    }
    open
    unassigned
    overdue
  }
`);

export const overviewQuery = graphql(`
  query QueueOverview {
    queueCounts {
      ...OverviewQueueCount
    }
    departments {
      code
      name {
        zh
        en
      }
      queues {
        id
      }
    }
  }
`);

export const overviewLiveSubscription = graphql(`
  subscription QueueOverviewLive {
    queueCounts {
      ...OverviewQueueCount
    }
  }
`);
