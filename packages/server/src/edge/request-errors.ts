/**
 * Errors of the HTTP request itself — malformed JSON, a body over the limit, an unsupported
 * Content-Encoding or charset — answered the way GraphQL errors are: JSON with `extensions.code` and
 * bilingual messages, never Express's HTML page (which carries a stack trace outside production).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Fault, Messages } from '../errors/app-error';

export interface RequestErrorBody {
  errors: {
    message: string;
    extensions: { code: string; fault: Extract<Fault, 'USER' | 'UNEXPECTED'>; messages: Messages };
  }[];
}

/** A request error's body; the fault is the caller's unless it is the server's own (`INTERNAL_SERVER_ERROR`). */
export function requestErrorBody(code: string, messages: Messages): RequestErrorBody {
  const fault = code === 'INTERNAL_SERVER_ERROR' ? 'UNEXPECTED' : 'USER';
  return { errors: [{ message: messages.en, extensions: { code, fault, messages } }] };
}

/** The status and body for an error raised before GraphQL saw the request (body-parser's, mostly). */
export function describeRequestError(err: unknown): { status: number; body: RequestErrorBody } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; type?: unknown };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500;
  if (status === 413)
    return {
      status,
      body: requestErrorBody('PAYLOAD_TOO_LARGE', {
        zh: '请求体超过大小上限。',
        en: 'The request body is larger than the limit.',
      }),
    };
  if (status === 415)
    return {
      status,
      body: requestErrorBody('BAD_REQUEST', {
        zh: '不支持请求的内容编码或字符集（请使用 UTF-8，可选 gzip、deflate 或 br 压缩）。',
        en: 'Unsupported content encoding or charset (send UTF-8, optionally gzip, deflate or br).',
      }),
    };
  if (status < 500)
    return {
      status: e.type === 'entity.verify.failed' ? 403 : 400,
      body: requestErrorBody('BAD_REQUEST', {
        zh: '无法读取请求体：不是有效的 JSON，或压缩数据已损坏。',
        en: 'The request body could not be read: it is not valid JSON, or its compressed data is broken.',
      }),
    };
  return {
    status: 500,
    body: requestErrorBody('INTERNAL_SERVER_ERROR', {
      zh: '服务器内部错误，请稍后重试。',
      en: 'Internal server error. Please try again later.',
    }),
  };
}

/**
 * The last error handler of the app: JSON for every error, logged when it is the server's fault.
 * Express calls it for errors of the body parser and of any middleware before Apollo.
 */
export function jsonErrorHandler(logUnexpected: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = describeRequestError(err);
    if (status >= 500) logUnexpected(err);
    res.status(status).type('application/json').send(JSON.stringify(body));
  };
}

/**
 * Express 5 leaves `req.body` unset when no parser ran (no JSON content type), and Apollo's Express
 * integration then answers 500 in plain text; an explicit empty body lets Apollo answer its own coded
 * 400 instead.
 */
export const ensureBody: RequestHandler = (req, _res, next) => {
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  next();
};
