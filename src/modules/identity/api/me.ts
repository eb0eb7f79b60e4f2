import { createRoute, z } from '@hono/zod-openapi';
import { PLATFORM_ROLES, isSignedIn, policies } from '../../../platform/authz';
import { problemResponses, type Api } from '../../../platform/http/api';
import { AppError } from '../../../platform/errors';
import { LOCALES } from '../../../platform/i18n';

export const ZMe = z
  .object({
    id: z.string().openapi({ example: '0b6f8e0c-3c1e-4d57-9d55-0c1f4b7f2a10' }),
    name: z.string().openapi({ example: 'Nguyễn Thị Hoà' }),
    email: z.email().openapi({ example: 'hoa@example.vn' }),
    locale: z.enum(LOCALES),
    roles: z
      .array(z.enum(PLATFORM_ROLES))
      .openapi({ description: 'Platform roles; always contains "member".' }),
  })
  .openapi('Me');

const getMeRoute = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags: ['identity'],
  summary: 'The caller’s account',
  description: 'Needs the scope `identity.profile:read:own` when called with an API key.',
  responses: {
    200: {
      description: 'The account the session or API key acts for.',
      content: { 'application/json': { schema: ZMe } },
    },
    ...problemResponses(401, 403),
  },
});

export function registerMeApi(api: Api) {
  api.operation(policies.capability('identity.profile:read:own'), getMeRoute, (c) => {
    const { actor } = c.get('ctx');
    if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
    const roles = PLATFORM_ROLES.filter((role) => actor.roles.has(role));
    const { id, name, email, locale } = actor.user;
    return c.json({ id, name, email, locale, roles }, 200);
  });
}
