/**
 * Surveys in use: the customer's public survey page (`publicSurvey`, `submitSurveyAnswer`: the link's
 * token is the credential, sent with PUBLIC_OPERATION) and the case screen's survey card.
 */
import { graphql } from '../../../generated';

export const publicSurveyQuery = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      status
      title {
        zh
        en
      }
      form
      caseReference
      expiresAt
      answeredAt
    }
  }
`);

export const submitSurveyAnswerMutation = graphql(`
  mutation SubmitSurveyAnswer($token: String!, $answers: JSON!) {
    submitSurveyAnswer(token: $token, answers: $answers) {
      status
      answeredAt
    }
  }
`);

export const caseSurveysQuery = graphql(`
  query CaseSurveys($id: ID!) {
    case(id: $id) {
      id
      surveyInvitations {
        id
        surveyKey
        surveyVersion
        trigger
        stepKey
        expiresAt
        sentAt
        remindedAt
        answeredAt
        answer {
          id
          scores {
            nps
            csat
            ces
          }
          texts {
            name
            title {
              zh
              en
            }
            text
          }
        }
      }
    }
  }
`);

export const publishedSurveysQuery = graphql(`
  query PublishedSurveysForCase($first: Int) {
    surveys(first: $first) {
      edges {
        node {
          key
          title {
            zh
            en
          }
          version
        }
      }
    }
  }
`);

export const sendSurveyMutation = graphql(`
  mutation SendSurvey($caseId: ID!, $surveyKey: String!, $idempotencyKey: String) {
    sendSurvey(caseId: $caseId, surveyKey: $surveyKey, idempotencyKey: $idempotencyKey) {
      id
      surveyKey
      url
      expiresAt
    }
  }
`);
