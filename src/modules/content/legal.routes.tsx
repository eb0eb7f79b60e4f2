// The legal library: the public search and documents' pages, and its back-office.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { privateDownload } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import { SECTORS } from '../directory';
import {
  LEGAL_DOC_TYPES,
  LEGAL_RELATIONS,
  LEGAL_STATUSES,
  type LegalRelation,
} from './domain/legal-document';
import { LEGAL_STAFF_PATH } from './permissions';
import { legalFormState, readLegalForm } from './services/legal-form';
import {
  findLegalForStaff,
  getLegalForStaff,
  getLegalPage,
  type RelatedDocument,
} from './services/legal.queries';
import { searchLegal } from './services/legal-search';
import { getLegalFile } from './services/legal-file';
import { saveLegalDocument, setLegalPublished } from './services/save-legal';
import { LegalDocumentPage, LegalListPage } from './ui/legal-pages';
import { LEGAL_PATH } from './ui/paths';
import { LegalFormPage, StaffLegalListPage } from './ui/staff-legal-pages';

const MANAGE = policies.capability('content.legal:manage');

const ZLegalQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  docType: z.enum(LEGAL_DOC_TYPES).optional().catch(undefined),
  status: z.enum(LEGAL_STATUSES).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  page: ZPage.catch(1),
});

const DONE = {
  saved: 'content.legal.staff.saved',
  published: 'content.legal.staff.published',
  unpublished: 'content.legal.staff.unpublished',
} as const;

/** The numbers a document's form lists under each relation: its outgoing links. */
const numbersOf = (related: RelatedDocument[]) =>
  Object.fromEntries(
    LEGAL_RELATIONS.map((k) => [
      k,
      related.filter((r) => r.direction === 'out' && r.kind === k).map((r) => r.document.number),
    ]),
  ) as Record<LegalRelation, string[]>;

async function showDocument(
  c: Context<AppEnv>,
  id: string,
  extra: Partial<Parameters<typeof LegalFormPage>[0]> = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const { document, related } = await getLegalForStaff(ctx.deps, ctx, id);
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const notice =
    done && DONE[done] ? { kind: 'success' as const, text: ctx.t(DONE[done]) } : undefined;
  return c.html(
    <LegalFormPage
      ctx={ctx}
      document={document}
      version={document.version}
      state={legalFormState(document, numbersOf(related))}
      notice={notice}
      {...extra}
    />,
    status,
  );
}

function registerStaffLegal(router: Router) {
  router.page('GET', LEGAL_STAFF_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const page = ZPage.catch(1).parse(c.req.query('page'));
    return c.html(
      <StaffLegalListPage ctx={ctx} result={await findLegalForStaff(ctx.deps, ctx, page)} />,
    );
  });
  router.page('GET', `${LEGAL_STAFF_PATH}/new`, MANAGE, (c) =>
    c.html(<LegalFormPage ctx={c.get('ctx')} state={{ values: {}, sectors: [] }} />),
  );
  router.page('POST', `${LEGAL_STAFF_PATH}/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { input, state } = await readLegalForm(await readBody(c));
    const result = await saveLegalDocument(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${LEGAL_STAFF_PATH}/${result.document.id}?done=saved`, 303);
    return c.html(
      <LegalFormPage
        ctx={ctx}
        state={state}
        errors={result.reason === 'INVALID' ? result.fields : undefined}
      />,
      422,
    );
  });
  router.page('GET', `${LEGAL_STAFF_PATH}/:id`, MANAGE, (c) =>
    showDocument(c, routeParam(c, 'id')),
  );
  router.page('POST', `${LEGAL_STAFF_PATH}/:id`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, state } = await readLegalForm(body);
    const result = await saveLegalDocument(ctx.deps, ctx, {
      ...input,
      id,
      version: formVersion(body),
    });
    if (result.ok) return c.redirect(`${LEGAL_STAFF_PATH}/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return showDocument(
        c,
        id,
        {
          state,
          version: result.current.version,
          current: result.current,
          notice: { kind: 'error', text: ctx.t('content.legal.staff.conflict') },
        },
        409,
      );
    return showDocument(c, id, { state, version: formVersion(body), errors: result.fields }, 422);
  });
  for (const [step, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    router.page('POST', `${LEGAL_STAFF_PATH}/:id/${step}`, MANAGE, async (c) => {
      const ctx = c.get('ctx');
      const id = routeParam(c, 'id');
      const result = await setLegalPublished(ctx.deps, ctx, {
        id,
        version: formVersion(await readBody(c)),
        published,
      });
      if (result.ok)
        return c.redirect(
          `${LEGAL_STAFF_PATH}/${id}?done=${published ? 'published' : 'unpublished'}`,
          303,
        );
      return showDocument(
        c,
        id,
        { notice: { kind: 'error', text: ctx.t('content.legal.staff.conflict') } },
        409,
      );
    });
  }
}

export function registerLegalRoutes(router: Router) {
  registerStaffLegal(router);
  router.page('GET', LEGAL_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZLegalQuery.parse(c.req.query());
    const result = await searchLegal(ctx.deps.database.db, query);
    return c.html(
      <LegalListPage ctx={ctx} query={query} result={result} origin={ctx.deps.config.publicUrl} />,
    );
  });
  // The official text: public once the document is; a removed one must not outlive it in a cache.
  router.page('GET', `${LEGAL_PATH}/:slug/file`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const file = await getLegalFile(ctx.deps, ctx.actor, routeParam(c, 'slug'));
    return privateDownload(c, file, file.isPublished ? 'no-cache' : 'private, no-store');
  });
  router.page('GET', `${LEGAL_PATH}/:slug`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { document, related } = await getLegalPage(ctx.deps, ctx.actor, routeParam(c, 'slug'));
    if (!document.isPublished) c.header('Cache-Control', 'private, no-store');
    return c.html(
      <LegalDocumentPage
        ctx={ctx}
        document={document}
        related={related}
        origin={ctx.deps.config.publicUrl}
      />,
    );
  });
}
