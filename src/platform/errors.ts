// Errors of the platform and its modules, independent of HTTP: services throw them, the HTTP
// layer (platform/http) turns them into statuses, problem documents and error pages.
import type { MessageKey, Params } from './i18n';

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

/** A field's message: a catalog key and its parameters, translated when rendered. */
export interface FieldMessage {
  key: MessageKey;
  params?: Params;
}
export type FieldErrors = Record<string, FieldMessage>;

/**
 * An expected refusal or denied access, thrown by services and routes alike; the HTTP layer maps
 * its code to a status in one place (platform/http/problem.ts).
 */
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
}

/** A command's refusal of its input: the field messages, to show beside the fields. */
export type Invalid = { ok: false; reason: 'INVALID'; fields: FieldErrors };
export const invalid = (fields: FieldErrors): Invalid => ({ ok: false, reason: 'INVALID', fields });
