/** The "New case" page: the published flows to pick from, and opening the case. */
import { graphql } from '../../../../generated';

export const newCaseFlowsQuery = graphql(`
  query NewCaseFlows {
    flowTemplates(first: 200) {
      edges {
        node {
          key
          kind
          archived
          name {
            zh
            en
          }
          latestVersion {
            version
          }
        }
      }
    }
  }
`);

export const openCaseMutation = graphql(`
  mutation NewCaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {
    openCase(input: $input, idempotencyKey: $idempotencyKey) {
      case {
        id
        reference
      }
    }
  }
`);
