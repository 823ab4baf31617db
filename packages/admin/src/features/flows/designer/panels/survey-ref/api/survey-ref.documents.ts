/** The published surveys a flow may send (the survey picker of the designer's panels). */
import { graphql } from '../../../../../../generated';

export const surveyLibraryQuery = graphql(`
  query SurveyRefLibrary($after: String) {
    surveys(first: 200, after: $after) {
      edges {
        node {
          id
          key
          title {
            zh
            en
          }
          version
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
