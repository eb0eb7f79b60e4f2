// Optimistic concurrency over HTTP: ETag = W/"<version>"; an update must send If-Match (428
// without), and one based on another version gets 409 with the current ETag, changing nothing.
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_JSON, apiProblemResponse } from '../../../platform/http/api';
import type { AppContext, AppEnv } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import { VARY_BY_CALLER } from './common';

/** The weak entity tag of a version: the representation varies with the caller's rights. */
export const etagOf = (version: number) => `W/"${version}"`;

/** The versions an If-Match header names, or "any" for `*`; malformed tags match nothing. */
export function parseIfMatch(header: string): 'any' | number[] {
  if (header.trim() === '*') return 'any';
  return header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
}

/** The version an update may apply to: the current one if If-Match names it, else none (-1). */
export function expectedVersion(ifMatch: string, current: number): number {
  const wanted = parseIfMatch(ifMatch);
  return wanted === 'any' || wanted.includes(current) ? current : -1;
}

/** True (and the 304 headers set) when If-None-Match already names this version. */
export function isNotModified(c: AppContext, version: number): boolean {
  const header = c.req.header('if-none-match');
  const tag = etagOf(version);
  if (!header || !header.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
    return false;
  }
  c.header('ETag', tag);
  c.header('Vary', VARY_BY_CALLER);
  return true;
}

/** 428 before the body is even read: an update must say which version it is based on. */
export const requireIfMatch: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header('if-match')) return next();
  const { t } = c.get('ctx');
  return c.json(
    {
      type: '/problems/precondition-required',
      title: t('directory.api.ifMatch.required.title'),
      status: 428,
      detail: t('directory.api.ifMatch.required.body'),
      instance: c.req.path,
      code: 'PRECONDITION_REQUIRED',
    },
    428,
    { 'Content-Type': PROBLEM_JSON },
  );
};

/** 409: someone saved another version first; the caller learns its ETag. */
export function staleEditResponse(c: AppContext, currentVersion: number): Response {
  const res = apiProblemResponse(
    c,
    new AppError('CONFLICT', {
      detail: { key: 'directory.api.conflict', params: { version: etagOf(currentVersion) } },
    }),
  );
  res.headers.set('ETag', etagOf(currentVersion));
  return res;
}
