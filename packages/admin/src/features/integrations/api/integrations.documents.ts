/** API clients and webhooks of other bank systems (/access/api-clients, /access/webhooks). */
import { graphql } from '../../../generated';

export const apiClientFieldsFragment = graphql(`
  fragment ApiClientFields on ApiClient {
    id
    name
    scopes
    rateLimitPerMinute
    keyPrefix
    revokedAt
    createdAt
    createdBy
    lastUsedAt
  }
`);

export const createApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        ...ApiClientFields
      }
    }
  }
`);

export const revokeApiClientMutation = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      ...ApiClientFields
    }
  }
`);

export const webhookSubscriptionFieldsFragment = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id
    name
    url
    eventTypes
    active
    createdAt
    createdBy
    disabledAt
    secretRotatedAt
    previousSecretValidUntil
  }
`);

export const webhooksQuery = graphql(`
  query Webhooks($first: Int) {
    webhookSubscriptionsPage(first: $first) {
      totalCount
      edges {
        node {
          ...WebhookSubscriptionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    webhookEventTypes {
      type
      label {
        zh
        en
      }
    }
  }
`);

export const createWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const disableWebhookMutation = graphql(`
  mutation DisableWebhook($id: ID!) {
    disableWebhookSubscription(id: $id) {
      ...WebhookSubscriptionFields
    }
  }
`);

export const rotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!, $graceHours: Int) {
    rotateWebhookSecret(id: $id, graceHours: $graceHours) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const webhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    test
    status
    attempts
    nextAttemptAt
    lastStatusCode
    lastError
    deliveredAt
    createdAt
  }
`);

export const webhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...WebhookDeliveryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const sendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const replayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const apiClientsPageQuery = graphql(`
  query ApiClientsPage($first: Int, $after: String) {
    apiClientsPage(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ApiClientFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const updateApiClientMutation = graphql(`
  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {
    updateApiClient(id: $id, input: $input) {
      ...ApiClientFields
    }
  }
`);

export const webhookSubscriptionsPageQuery = graphql(`
  query WebhookSubscriptionsPage($first: Int, $after: String) {
    webhookSubscriptionsPage(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...WebhookSubscriptionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const updateWebhookMutation = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(id: $id, input: $input) {
      ...WebhookSubscriptionFields
    }
  }
`);
