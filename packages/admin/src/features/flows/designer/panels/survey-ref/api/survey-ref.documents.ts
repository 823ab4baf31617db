/**
 * The surveys a flow may send (the survey picker of the designer's panels); archived ones too, so a
 * reference to one is named as archived rather than as missing.
 */
import { graphql } from '../../../../../../generated';

export const surveyLibraryQuery = graphql(`
  query SurveyRefLibrary($after: String) {
    surveys(first: 200, after: $after, includeArchived: true) {
      edges {
        node {
          id
          key
          title {
            zh
            en
          }
          version
          archived
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
