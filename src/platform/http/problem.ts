import type { Translate } from '../i18n';
import type { AppError, ErrorCode, FieldErrors } from '../errors';

/** The one place an error's code becomes an HTTP status. */
export const STATUS_OF: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  CSRF: 403,
  UNAVAILABLE: 503,
};

export const statusOf = (error: AppError): number => STATUS_OF[error.code];

const TITLE_KEY = {
  BAD_REQUEST: 'error.invalid.title',
  INVALID: 'error.invalid.title',
  UNAUTHENTICATED: 'error.unauthenticated.title',
  FORBIDDEN: 'error.forbidden.title',
  NOT_FOUND: 'error.notFound.title',
  CONFLICT: 'error.conflict.title',
  ALREADY_EXISTS: 'error.conflict.title',
  PAYLOAD_TOO_LARGE: 'error.tooLarge.title',
  RATE_LIMITED: 'error.rateLimited.title',
  CSRF: 'error.csrf.title',
  UNAVAILABLE: 'error.unavailable.title',
} as const;

const DETAIL_KEY = {
  BAD_REQUEST: 'error.invalid.body',
  INVALID: 'error.invalid.body',
  UNAUTHENTICATED: 'error.unauthenticated.body',
  FORBIDDEN: 'error.forbidden.body',
  NOT_FOUND: 'error.notFound.body',
  CONFLICT: 'error.conflict.body',
  ALREADY_EXISTS: 'error.conflict.body',
  PAYLOAD_TOO_LARGE: 'error.tooLarge.body',
  RATE_LIMITED: 'error.rateLimited.body',
  CSRF: 'error.csrf.body',
  UNAVAILABLE: 'error.unavailable.body',
} as const;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { field: string; message: string }[];
}

export function titleOf(error: AppError, t: Translate): string {
  return t(TITLE_KEY[error.code]);
}

export function detailOf(error: AppError, t: Translate, limitLabel = ''): string {
  if (error.options.detail) return t(error.options.detail.key, error.options.detail.params);
  return t(DETAIL_KEY[error.code], {
    seconds: error.options.retryAfterSeconds ?? 60,
    limit: limitLabel,
  });
}

export function translateFields(fields: FieldErrors | undefined, t: Translate) {
  if (!fields) return undefined;
  return Object.entries(fields).map(([field, m]) => ({ field, message: t(m.key, m.params) }));
}

/** RFC 9457 problem details, translated into the request's language. */
export function toProblem(error: AppError, t: Translate, instance?: string): Problem {
  return {
    type: `/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: titleOf(error, t),
    status: statusOf(error),
    detail: detailOf(error, t),
    instance,
    code: error.code,
    errors: translateFields(error.options.fields, t),
  };
}
