/** Closing a case, with a complaint's finding (溯源整改), and the root causes to choose from. */
import { graphql } from '../../../../generated';

export const complaintRootCausesQuery = graphql(`
  query ComplaintRootCauses {
    complaintRootCauses {
      code
      label {
        zh
        en
      }
      description {
        zh
        en
      }
    }
  }
`);

export const closeCaseMutation = graphql(`
  mutation CloseCaseWithFinding(
    $caseId: ID!
    $note: String
    $finding: ComplaintFindingInput
    $idempotencyKey: String
  ) {
    closeCase(caseId: $caseId, note: $note, finding: $finding, idempotencyKey: $idempotencyKey) {
      case {
        id
        status
      }
      replayed
    }
  }
`);
