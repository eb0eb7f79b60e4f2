import type { MessageKey, Params } from '../i18n';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ALREADY_EXISTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'CSRF'
  | 'UNAVAILABLE';

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

/** A field's message: a catalog key and its parameters, translated when rendered. */
export interface FieldMessage {
  key: MessageKey;
  params?: Params;
}
export type FieldErrors = Record<string, FieldMessage>;

/** An expected refusal that maps to an HTTP status in one place (see error-handler.ts). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      fields?: FieldErrors;
      detail?: FieldMessage;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
  get status(): number {
    return STATUS_OF[this.code];
  }
}
