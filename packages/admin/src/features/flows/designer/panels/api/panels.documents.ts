/**
 * The typed GraphQL documents of the designer's panels: the platform's roles and departments (to map
 * flow roles onto) and the working calendars SLA policies may count on.
 */
import { graphql } from '../../../../../generated';

export const panelPlatformQuery = graphql(`
  query PanelPlatform {
    roles {
      key
      name {
        zh
        en
      }
    }
    departments {
      code
      name {
        zh
        en
      }
    }
  }
`);

export const panelCalendarsQuery = graphql(`
  query PanelCalendars {
    slaCalendars {
      key
    }
  }
`);
