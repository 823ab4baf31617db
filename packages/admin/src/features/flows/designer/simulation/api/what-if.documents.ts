/** The what-if of the saved draft on recorded cases (`simulateDraftOnCases`). */
import { graphql } from '../../../../../generated';

export const draftWhatIfQuery = graphql(`
  query DraftWhatIf($key: String!, $last: Int) {
    simulateDraftOnCases(templateKey: $key, last: $last) {
      templateKey
      publishedVersion
      draftRevision
      total
      differentPath
      slaChanged
      blocked
      skipped
      differentPathExamples {
        caseId
        reference
        recordedStep
        draftStep
      }
      blockedExamples {
        caseId
        reference
        command
        stepKey
        refusalCode
        refusalMessage {
          zh
          en
        }
      }
      slaChangedExamples {
        caseId
        reference
        recordedBreached
        draftBreached
      }
      refusals {
        code
        count
        message {
          zh
          en
        }
      }
    }
  }
`);
