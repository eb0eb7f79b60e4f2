// The media library's staff page: registered before the items' routes, whose /admin/content/:id
// would take "media" for an item's id.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { ZPage } from '../../platform/input/paging';
import { findMediaForStaff } from './services/media';
import { StaffMediaPage } from './ui/staff-media-page';
import { MEDIA_STAFF_PATH } from './ui/paths';

const ZMediaQuery = z.object({
  q: z.string().optional().catch(undefined),
  page: ZPage.catch(1),
});

export function registerMediaRoutes(router: Router) {
  router.page('GET', MEDIA_STAFF_PATH, policies.capability('content.item:edit'), async (c) => {
    const ctx = c.get('ctx');
    const query = ZMediaQuery.parse(c.req.query());
    const result = await findMediaForStaff(ctx.deps, ctx, query);
    return c.html(<StaffMediaPage ctx={ctx} result={result} q={query.q} />);
  });
}
