// The collections of challenges, public: by problem owner and by sector, with their indexes.
// Registered before the challenges' own addresses: /challenges/owners is no challenge.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { ZPage } from '../../platform/input/paging';
import {
  ownerCollection,
  ownerCollections,
  sectorCollection,
  sectorCollections,
} from './services/collections.queries';
import { CHALLENGES_PATH } from './permissions';
import {
  OWNERS_PATH,
  ownerCollectionPath,
  SECTORS_PATH,
  sectorCollectionPath,
} from './ui/collection-paths';
import {
  CollectionPage,
  ownerCollectionTitle,
  OwnersPage,
  sectorCollectionTitle,
  SectorsPage,
} from './ui/collection-pages';

const ZCollectionQuery = z.object({ page: ZPage.catch(1) });

export function registerCollectionRoutes(router: Router) {
  router.page('GET', OWNERS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<OwnersPage ctx={ctx} entries={await ownerCollections(ctx.deps, ctx)} />);
  });
  router.page('GET', SECTORS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<SectorsPage ctx={ctx} entries={await sectorCollections(ctx.deps, ctx)} />);
  });
  router.page('GET', `${OWNERS_PATH}/:owner`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { page } = ZCollectionQuery.parse(c.req.query());
    const collection = await ownerCollection(ctx.deps, ctx, { slug: routeParam(c, 'owner'), page });
    const { owner } = collection;
    return c.html(
      <CollectionPage
        ctx={ctx}
        collection={collection}
        path={ownerCollectionPath(owner)}
        title={ownerCollectionTitle(ctx, owner)}
        links={[
          {
            href: `/directory/organizations/${owner.slug}`,
            label: ctx.t('challenges.owner.profile', { owner: owner.name }),
          },
          {
            href: `${CHALLENGES_PATH}?archive=1&owner=${owner.id}`,
            label: ctx.t('challenges.collection.solved'),
          },
        ]}
      />,
    );
  });
  router.page('GET', `${SECTORS_PATH}/:sector`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { page } = ZCollectionQuery.parse(c.req.query());
    const sector = routeParam(c, 'sector');
    const collection = await sectorCollection(ctx.deps, ctx, { sector, page });
    return c.html(
      <CollectionPage
        ctx={ctx}
        collection={collection}
        path={sectorCollectionPath(sector)}
        title={sectorCollectionTitle(ctx, sector)}
        links={[
          {
            href: `${CHALLENGES_PATH}?archive=1&sector=${sector}`,
            label: ctx.t('challenges.collection.solved'),
          },
        ]}
      />,
    );
  });
}
