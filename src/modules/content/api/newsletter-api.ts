// One-click unsubscribe (RFC 8058): the digest's List-Unsubscribe header names this address and
// List-Unsubscribe-Post says a POST of "List-Unsubscribe=One-Click" to it unsubscribes, which a
// mail client does without opening a page (so without our form's origin: it lives under /api/).
import { createRoute, z } from '@hono/zod-openapi';
import { policies } from '../../../platform/authz';
import { AppError } from '../../../platform/errors';
import { problemResponses, type Api } from '../../../platform/http/api';
import { ONE_CLICK_PATH } from '../services/newsletter-digest';
import { unsubscribe } from '../services/newsletter';

const oneClickRoute = createRoute({
  method: 'post',
  path: ONE_CLICK_PATH,
  operationId: 'unsubscribeNewsletter',
  tags: ['content'],
  summary: 'One-click unsubscribe from the newsletter (RFC 8058)',
  description:
    "The address of a digest's List-Unsubscribe header, with its reader's secret. A mail client posts `List-Unsubscribe=One-Click`; the subscription ends, and a second post changes nothing.",
  request: { query: z.object({ token: z.string().max(100) }) },
  responses: {
    200: {
      description: 'Unsubscribed.',
      content: {
        'application/json': {
          schema: z.object({ unsubscribed: z.literal(true) }).openapi('NewsletterUnsubscribed'),
        },
      },
    },
    ...problemResponses(404, 422),
  },
});

export function registerNewsletterApi(api: Api) {
  api.operation(policies.public, oneClickRoute, async (c) => {
    const { deps } = c.get('ctx');
    const result = await unsubscribe(deps, { token: c.req.valid('query').token, by: 'one-click' });
    if (!result.ok) throw new AppError('NOT_FOUND');
    return c.json({ unsubscribed: true as const }, 200);
  });
}
