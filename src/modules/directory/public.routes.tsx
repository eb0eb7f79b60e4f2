import { policies } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { profileBlocks } from '../../platform/modules/registry';
import { liveMergeTarget } from './services/organization-refs.queries';
import {
  findOrganizations,
  getPublicOrganization,
  ZDirectoryQuery,
} from './services/organizations.queries';
import { DirectoryPageView } from './ui/directory-page';
import { OrganizationPageView } from './ui/organization-page';

export function registerPublicRoutes(router: Router) {
  router.page('GET', '/directory', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZDirectoryQuery.parse(c.req.query());
    const result = await findOrganizations(ctx.deps, ctx, query);
    return c.html(
      <DirectoryPageView ctx={ctx} query={query} result={result} today={ctx.deps.clock()} />,
    );
  });

  router.page('GET', '/directory/organizations/:slug', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const found = await getPublicOrganization(ctx.deps, ctx, { slug: c.req.param('slug') ?? '' });
    if (!found) throw new AppError('NOT_FOUND');
    if (found.mergedInto) {
      // A duplicate merged into another record: its address keeps working.
      const target = await liveMergeTarget(ctx.deps, { id: found.mergedInto });
      if (target) return c.redirect(`/directory/organizations/${target.slug}`, 301);
      throw new AppError('NOT_FOUND');
    }
    const { logoFile } = found.organization;
    // A logo whose file is missing (e.g. a database restored without its files) is not shown.
    const [logo, blocks] = await Promise.all([
      logoFile ? ctx.deps.files.describe(logoFile) : undefined,
      Promise.all(profileBlocks().map((b) => b.render(ctx, { id: found.organization.id }))),
    ]);
    return c.html(
      <OrganizationPageView
        ctx={ctx}
        org={found.organization}
        logo={logo}
        today={ctx.deps.clock()}
        blocks={blocks}
      />,
    );
  });
}
