/**
 * The one error normaliser. It never throws: known errors keep their code, bilingual messages and
 * field path; GraphQL's own errors (parse, validation, limits) keep theirs; anything else is logged and
 * masked as INTERNAL_SERVER_ERROR.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, type Fault } from './app-error';

const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorLogger = (err: unknown, formatted: GraphQLFormattedError) => void;

export function createFormatError(logUnexpected: ErrorLogger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.messages.en,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          fault: original.fault,
          messages: original.messages,
          ...(original.fieldPath ? { fieldPath: original.fieldPath } : {}),
          ...(original.details ?? {}),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && formatted.extensions?.['messages']) {
      // Already one of ours (raised outside a resolver, e.g. while authenticating the request).
      const { http: _http, ...extensions } = formatted.extensions;
      return { ...formatted, extensions: { fault: 'USER' satisfies Fault, ...extensions } };
    }
    if (isArmorLimit(formatted.message)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: {
          code: 'QUERY_TOO_COMPLEX',
          fault: 'USER' satisfies Fault,
          messages: { zh: '查询过于复杂，已被拒绝。', en: formatted.message },
        },
      };
    }
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return {
        ...formatted,
        extensions: {
          ...formatted.extensions,
          code,
          fault: 'USER' satisfies Fault,
          messages: { zh: graphQLMessageZh(code), en: formatted.message },
        },
      };
    }
    logUnexpected(original, formatted);
    if (isUnreachableDatabase(original))
      return {
        message: 'Service unavailable',
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          fault: 'OPERATOR' satisfies Fault,
          messages: {
            zh: '服务暂时不可用（数据库无法连接），请稍后重试。',
            en: 'The service is temporarily unavailable (its database cannot be reached). Please try again later.',
          },
        },
      };
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        fault: 'UNEXPECTED' satisfies Fault,
        messages: {
          zh: '服务器内部错误，请稍后重试。',
          en: 'Internal server error. Please try again later.',
        },
      },
    };
  };
}

function graphQLMessageZh(code: string): string {
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return 'GraphQL 文档无法解析。';
    case 'GRAPHQL_VALIDATION_FAILED':
      return 'GraphQL 文档不符合接口定义。';
    case 'BAD_USER_INPUT':
      return '输入不正确。';
    default:
      return '请求无效。';
  }
}

/**
 * The driver's errors for a database it cannot reach (server selection, network, a closed client):
 * the operator's to fix, not a bug. Recognised by name, so no driver import is needed here.
 */
const UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
]);

export function isUnreachableDatabase(err: unknown): boolean {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    if (UNREACHABLE.has((e as { name?: unknown }).name as string)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

// graphql-armor reports its refusals as plain validation errors; recognise them by their wording.
function isArmorLimit(message: string): boolean {
  return /Token limit|Document contains more th(?:an|en|at) \d+ tokens|Query Cost limit|Query depth limit|Aliases limit|Directives limit/i.test(
    message,
  );
}
