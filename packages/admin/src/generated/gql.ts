/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n": typeof types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ComplaintCategoriesDocument,
    "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": typeof types.CreateComplaintCategoryDocument,
    "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n": typeof types.RenameComplaintCategoryDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n": types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ComplaintCategoriesDocument,
    "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": types.CreateComplaintCategoryDocument,
    "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n": types.RenameComplaintCategoryDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n"): (typeof documents)["\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;