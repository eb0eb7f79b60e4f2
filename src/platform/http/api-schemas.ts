import { z } from '@hono/zod-openapi';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

export const ZProblem = z
  .object({
    type: z.string().openapi({ example: '/problems/invalid' }),
    title: z.string().openapi({ example: 'Dữ liệu không hợp lệ' }),
    status: z.int().openapi({ example: 422 }),
    detail: z.string(),
    instance: z.string().optional().openapi({ example: '/api/v1/api-keys' }),
    code: z.string().openapi({ example: 'INVALID' }),
    errors: z
      .array(
        z.object({
          field: z.string().openapi({ example: 'name' }),
          message: z.string().openapi({ example: 'Vui lòng nhập trường này.' }),
        }),
      )
      .optional()
      .openapi({ description: 'One message per invalid field (422 only).' }),
  })
  .openapi('Problem', {
    description:
      'RFC 9457 problem details, translated into the caller’s language (Vietnamese by default).',
  });

export const ZOpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
  .openapi('OpenApiDocument');

const PROBLEM_DESCRIPTIONS = {
  400: 'The body could not be read (malformed JSON).',
  401: 'No valid credentials: sign in, or send a valid, unexpired API key.',
  403: 'Signed in, but this account or API key may not do this.',
  404: 'No such resource, or not one the caller may see.',
  409: 'The resource changed or already exists.',
  413: 'The body is larger than this operation accepts.',
  415: 'The body is not application/json.',
  422: 'Invalid input; `errors` lists a message per field.',
  429: 'Too many requests; see Retry-After.',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

/** The problem+json answers an operation documents, e.g. `...problemResponses(401, 403)`. */
export function problemResponses<const S extends readonly ProblemStatus[]>(...statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: ZProblem } },
      },
    ]),
  ) as {
    [K in S[number]]: {
      description: string;
      content: { 'application/problem+json': { schema: typeof ZProblem } };
    };
  };
}
