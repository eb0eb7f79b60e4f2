import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { callsOf } from './services/calls/calls.queries';
import {
  getProgrammeDocument,
  programmeDocumentsOf,
} from './services/programme-documents/programme-documents.queries';
import { pastResultsOf } from './services/programmes/programme-results.queries';
import {
  findProgrammes,
  getProgrammeBySlug,
  postingOrganizationOf,
  ZProgrammeQuery,
} from './services/programmes/programmes.queries';
import { ProgrammePage } from './ui/programme-page';
import { privateDownload } from './ui/private-download';
import { ProgrammesPage, PUBLIC_PATH } from './ui/programmes-page';
import { routeParam } from '../../platform/http/form-reader';

export function registerPublicRoutes(router: Router) {
  router.page('GET', PUBLIC_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZProgrammeQuery.parse(c.req.query());
    // Staff see the same public list here; drafts are on their own list.
    const result = await findProgrammes(ctx.deps, ctx, { query, statuses: ['published'] });
    return c.html(<ProgrammesPage ctx={ctx} result={result} />);
  });

  router.page('GET', `${PUBLIC_PATH}/:slug`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const now = ctx.deps.clock();
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    const [calls, postingOrganization, documents] = await Promise.all([
      callsOf(ctx.deps, ctx, { programme }),
      postingOrganizationOf(ctx.deps, ctx, { programme }),
      programmeDocumentsOf(ctx.deps, ctx, { programme }),
    ]);
    return c.html(
      <ProgrammePage
        ctx={ctx}
        programme={programme}
        calls={calls}
        documents={documents}
        pastResults={await pastResultsOf(ctx.deps, ctx, { programme, calls })}
        postingOrganization={postingOrganization}
        now={now}
      />,
    );
  });

  // A published programme's documents are public; a draft's are for staff (others: 404).
  router.page('GET', `${PUBLIC_PATH}/:slug/documents/:document`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { programme, document } = await getProgrammeDocument(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      documentId: routeParam(c, 'document'),
    });
    // A removed document must not outlive its removal in a cache; a draft's is never shared.
    return privateDownload(
      c,
      document,
      programme.status === 'draft' ? 'private, no-store' : 'no-cache',
    );
  });
}
