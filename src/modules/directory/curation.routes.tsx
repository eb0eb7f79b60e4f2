import { z } from 'zod';
import { parseQuery } from '../../platform/input/validation';
import { pageHref } from '../../platform/http/page-links';
import { ZPage } from '../../platform/input/paging';
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { PageNotice } from '../../platform/ui/notice';
import {
  formString,
  formVersion,
  lastSegment,
  type FormBody,
} from '../../platform/input/form-values';
import { readBody, routeParam } from '../../platform/http/form-reader';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import { setArchived } from './services/archive-organization';
import { findArchived } from './services/archive-queries';
import { decideClaim } from './services/claim-decide';
import { claimOrganization, getClaimableOrganization } from './services/claim-organization';
import {
  countPendingClaims,
  findOwnOpenClaim,
  findPendingClaimsForStaff,
  getClaimForStaff,
} from './services/claim-queries';
import { dismissDuplicate } from './services/dismiss-duplicate';
import { findDuplicates } from './services/duplicates.queries';
import {
  getManageableOrganization,
  isCurator,
  managingChoices,
  NEW_ACCOUNT_ORGANIZATION,
} from './services/managers';
import {
  defaultSurvivor,
  isListField,
  MERGE_FIELDS,
  mergeOrganizations,
  ZMergeForm,
  type MergeField,
  type Pick,
} from './services/merge-organizations';
import { getMergePair } from './services/merge-preview';
import { emptyFormValues, formValuesOf, readOrganizationForm } from './services/organization-form';
import {
  createManagedOrganization,
  editOrganization,
  NO_MANAGER,
} from './services/organization-form-submit';
import { setVerified } from './services/verify-organization';
import { ClaimDetailPage, ClaimsListPage } from './ui/claim-admin-pages';
import { ClaimPage } from './ui/claim-page';
import { CURATION_PATH, CurationOverviewPage } from './ui/curation-page';
import {
  DISMISS_PATH,
  DUPLICATES_PATH,
  DuplicatesListPage,
  MERGE_PATH,
} from './ui/duplicates-page';
import { MergePage } from './ui/merge-page';
import { OrganizationFormPage } from './ui/organization-form';

const ORG = '/directory/organizations';
const pathWithQuery = (c: AppContext) => c.req.path + new URL(c.req.url).search;
const orgPath = (slug: string) => `${ORG}/${slug}`;

/** `?done=` outcomes a page knows, turned into a message (never the query's own text). */
function doneNotice(c: AppContext, known: Record<string, MessageKey>): PageNotice | undefined {
  const done = c.req.query('done');
  const key = done && Object.hasOwn(known, done) ? known[done] : undefined;
  return key ? { kind: 'success', text: c.get('ctx').t(key) } : undefined;
}

function registerSelfService(router: Router) {
  const canCreate = policies.capability('directory.organization:create');

  router.page('GET', `${ORG}/new`, canCreate, async (c) => {
    const ctx = c.get('ctx');
    const curator = isCurator(ctx.actor);
    const choices = await managingChoices(ctx.deps, ctx);
    const value = curator ? NO_MANAGER : (choices[0]?.id ?? NEW_ACCOUNT_ORGANIZATION);
    return c.html(
      <OrganizationFormPage
        ctx={ctx}
        values={emptyFormValues()}
        isCurator={curator}
        managers={{ choices, value, allowNone: curator }}
      />,
    );
  });

  router.page('POST', `${ORG}/new`, canCreate, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = readOrganizationForm(body);
    const manager = formString(body, 'manager');
    const result = await createManagedOrganization(ctx.deps, ctx, {
      values,
      manager,
    });
    if (result.ok) return c.redirect(orgPath(result.organization.slug), 303);
    const curator = isCurator(ctx.actor);
    const choices = await managingChoices(ctx.deps, ctx);
    return c.html(
      <OrganizationFormPage
        ctx={ctx}
        values={values}
        errors={result.fields}
        isCurator={curator}
        managers={{ choices, value: manager, allowNone: curator }}
      />,
      422,
    );
  });

  router.page('GET', `${ORG}/:slug/edit`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const org = await getManageableOrganization(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    return c.html(
      <OrganizationFormPage
        ctx={ctx}
        org={org}
        version={org.version}
        values={formValuesOf(org, ctx.locale)}
        isCurator={isCurator(ctx.actor)}
        notice={doneNotice(c, { saved: 'directory.form.saved' })}
      />,
    );
  });

  router.page('POST', `${ORG}/:slug/edit`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = readOrganizationForm(body);
    const version = formVersion(body);
    const result = await editOrganization(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      expectedVersion: version,
      values,
    });
    if (result.ok) return c.redirect(`${orgPath(result.organization.slug)}/edit?done=saved`, 303);
    const isConflict = result.reason === 'CONFLICT';
    return c.html(
      <OrganizationFormPage
        ctx={ctx}
        org={result.organization}
        // After a refusal the next save still rests on what the user saw; after a stale save,
        // on the version now stored, which the page shows next to what they typed.
        version={isConflict ? result.organization.version : version}
        values={values}
        errors={isConflict ? undefined : result.fields}
        differing={isConflict ? result.differing : undefined}
        isCurator={isCurator(ctx.actor)}
      />,
      isConflict ? 409 : 422,
    );
  });
}

function registerClaims(router: Router) {
  const canClaim = policies.capability('directory.organization:create');

  router.page('GET', `${ORG}/:slug/claim`, canClaim, async (c) => {
    const ctx = c.get('ctx');
    const org = await getClaimableOrganization(ctx.deps, { slug: routeParam(c, 'slug') });
    const choices = await managingChoices(ctx.deps, ctx);
    const open = org.managedBy
      ? undefined
      : await findOwnOpenClaim(ctx.deps, ctx, { organizationId: org.id });
    const state = org.managedBy
      ? ({ kind: 'managed' } as const)
      : open
        ? ({ kind: c.req.query('done') === 'sent' ? 'sent' : 'pending', claim: open } as const)
        : ({
            kind: 'form',
            values: { message: '', manager: choices[0]?.id ?? NEW_ACCOUNT_ORGANIZATION },
          } as const);
    return c.html(<ClaimPage ctx={ctx} org={org} state={state} choices={choices} />);
  });

  router.page('POST', `${ORG}/:slug/claim`, canClaim, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const form = { message: formString(body, 'message'), manager: formString(body, 'manager') };
    const result = await claimOrganization(ctx.deps, ctx, {
      slug,
      form,
    });
    if (result.ok) return c.redirect(`${orgPath(slug)}/claim?done=sent`, 303);
    const org = await getClaimableOrganization(ctx.deps, { slug });
    const choices = await managingChoices(ctx.deps, ctx);
    if (result.reason === 'INVALID') {
      const state = { kind: 'form', values: form, errors: result.fields } as const;
      return c.html(<ClaimPage ctx={ctx} org={org} state={state} choices={choices} />, 422);
    }
    const open = await findOwnOpenClaim(ctx.deps, ctx, { organizationId: org.id });
    const state =
      result.reason === 'ALREADY_CLAIMED' && open
        ? ({ kind: 'pending', claim: open } as const)
        : ({ kind: 'managed' } as const);
    return c.html(<ClaimPage ctx={ctx} org={org} state={state} choices={choices} />, 409);
  });
}

const ZPageQuery = z.object({ page: ZPage });
const ZDecision = z.object({
  decision: z.enum(['approve', 'reject']),
  note: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(1000))
    .optional(),
});

const CLAIM_REFUSALS: Record<string, MessageKey> = {
  ALREADY_DECIDED: 'directory.claims.error.decided',
  ALREADY_MANAGED: 'directory.claims.error.managed',
  ORGANIZATION_GONE: 'directory.claims.error.gone',
};

function registerClaimDecisions(router: Router) {
  const canDecide = policies.backOffice('directory.claim:decide');

  router.page('GET', `${CURATION_PATH}/claims`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const parsed = parseQuery(ZPageQuery, c.req.query());
    const page = parsed.ok ? parsed.data.page : 1;
    const result = await findPendingClaimsForStaff(ctx.deps, { page });
    const notice = doneNotice(c, {
      approved: 'directory.claims.approved',
      rejected: 'directory.claims.rejected',
    });
    return c.html(
      <ClaimsListPage ctx={ctx} path={pathWithQuery(c)} result={result} notice={notice} />,
    );
  });

  router.page('GET', `${CURATION_PATH}/claims/:id`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const claim = await getClaimForStaff(ctx.deps, { id: routeParam(c, 'id') });
    if (!claim) throw new AppError('NOT_FOUND');
    return c.html(<ClaimDetailPage ctx={ctx} claim={claim} />);
  });

  router.page('POST', `${CURATION_PATH}/claims/:id/decide`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const parsed = ZDecision.safeParse({
      decision: formString(body, 'decision'),
      note: formString(body, 'note'),
    });
    if (!parsed.success) throw new AppError('BAD_REQUEST');
    const { decision, note } = parsed.data;
    const result = await decideClaim(ctx.deps, ctx, { claimId: id, decision, note });
    if (result.ok) {
      const done = decision === 'approve' ? 'approved' : 'rejected';
      return c.redirect(`${CURATION_PATH}/claims?done=${done}`, 303);
    }
    const claim = await getClaimForStaff(ctx.deps, { id });
    if (!claim) throw new AppError('NOT_FOUND');
    const notice = { kind: 'error', text: ctx.t(CLAIM_REFUSALS[result.reason]!) } as const;
    return c.html(<ClaimDetailPage ctx={ctx} claim={claim} notice={notice} note={note} />, 409);
  });
}

function registerStaffChanges(router: Router) {
  const canCurate = policies.backOffice('directory.organization:curate');

  router.page('GET', CURATION_PATH, canCurate, async (c) => {
    const ctx = c.get('ctx');
    const parsed = parseQuery(ZPageQuery, c.req.query());
    const [pendingClaims, archived] = await Promise.all([
      countPendingClaims(ctx.deps),
      findArchived(ctx.deps, { page: parsed.ok ? parsed.data.page : 1 }),
    ]);
    const notice = doneNotice(c, {
      archived: 'directory.curation.archivedDone',
      restored: 'directory.curation.restoredDone',
    });
    return c.html(
      <CurationOverviewPage
        ctx={ctx}
        path={pathWithQuery(c)}
        pendingClaims={pendingClaims}
        archived={archived}
        notice={notice}
      />,
    );
  });

  const change = (
    action: string,
    run: (c: AppContext, id: string) => Promise<{ organization: { slug: string } }>,
    next: (slug: string) => string,
  ) =>
    router.page('POST', `${CURATION_PATH}/organizations/:id/${action}`, canCurate, async (c) => {
      const { organization } = await run(c, routeParam(c, 'id'));
      return c.redirect(next(organization.slug), 303);
    });
  const staff = (c: AppContext) => ({ deps: c.get('ctx').deps, acting: c.get('ctx') });
  const verify = (c: AppContext, id: string, verified: boolean) => {
    const { deps, acting } = staff(c);
    return setVerified(deps, acting, { id, verified });
  };
  const archive = (c: AppContext, id: string, archived: boolean) => {
    const { deps, acting } = staff(c);
    return setArchived(deps, acting, { id, archived });
  };
  change('verify', (c, id) => verify(c, id, true), orgPath);
  change('unverify', (c, id) => verify(c, id, false), orgPath);
  change(
    'archive',
    (c, id) => archive(c, id, true),
    () => `${CURATION_PATH}?done=archived`,
  );
  change(
    'restore',
    (c, id) => archive(c, id, false),
    () => `${CURATION_PATH}?done=restored`,
  );
}

function picksOf(body: FormBody): Partial<Record<MergeField, Pick>> {
  const picks: Partial<Record<MergeField, Pick>> = {};
  for (const f of MERGE_FIELDS) {
    const v = formString(body, `pick.${f}`);
    if (v === 'a' || v === 'b' || (v === 'both' && isListField(f))) picks[f] = v;
  }
  return picks;
}

function registerDuplicates(router: Router) {
  const canCurate = policies.backOffice('directory.organization:curate');

  router.page('GET', DUPLICATES_PATH, canCurate, async (c) => {
    const ctx = c.get('ctx');
    const parsed = parseQuery(ZPageQuery, c.req.query());
    const result = await findDuplicates(ctx.deps, { page: parsed.ok ? parsed.data.page : 1 });
    const notice = doneNotice(c, {
      merged: 'directory.merge.done',
      dismissed: 'directory.duplicates.dismissed',
    });
    return c.html(
      <DuplicatesListPage
        ctx={ctx}
        path={pathWithQuery(c)}
        result={result}
        lookup={{ a: '', b: '' }}
        notice={notice}
      />,
    );
  });

  router.page('POST', DISMISS_PATH, canCurate, async (c) => {
    const body = await readBody(c);
    const ctx = c.get('ctx');
    await dismissDuplicate(ctx.deps, ctx, {
      firstId: formString(body, 'a'),
      secondId: formString(body, 'b'),
    });
    const page = /^\d{1,6}$/.test(formString(body, 'page')) ? Number(formString(body, 'page')) : 1;
    return c.redirect(pageHref(DUPLICATES_PATH, { done: 'dismissed' }, page), 303);
  });

  router.page('GET', MERGE_PATH, canCurate, async (c) => {
    const ctx = c.get('ctx');
    const lookup = { a: c.req.query('a') ?? '', b: c.req.query('b') ?? '' };
    try {
      const { a, b } = await getMergePair(ctx.deps, {
        slugA: lastSegment(lookup.a ?? ''),
        slugB: lastSegment(lookup.b ?? ''),
      });
      return c.html(<MergePage ctx={ctx} a={a} b={b} survivor={defaultSurvivor(a, b)} />);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err;
      const result = await findDuplicates(ctx.deps, { page: 1 });
      const errors = { a: { key: 'directory.duplicates.error.pair' as const } };
      return c.html(
        <DuplicatesListPage
          ctx={ctx}
          path={DUPLICATES_PATH}
          result={result}
          lookup={lookup}
          errors={errors}
        />,
        422,
      );
    }
  });

  router.page('POST', MERGE_PATH, canCurate, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const fields = Object.fromEntries(
      ['a', 'b', 'aVersion', 'bVersion', 'survivor'].map((k) => [k, formString(body, k)]),
    );
    const parsed = ZMergeForm.safeParse(fields);
    if (!parsed.success) throw new AppError('BAD_REQUEST');
    const picks = picksOf(body);
    const result = await mergeOrganizations(ctx.deps, ctx, { ...parsed.data, picks });
    if (result.ok) return c.redirect(`${DUPLICATES_PATH}?done=merged`, 303);
    const isConflict = result.reason === 'CONFLICT';
    return c.html(
      <MergePage
        ctx={ctx}
        a={result.a}
        b={result.b}
        survivor={parsed.data.survivor}
        picks={picks}
        errors={isConflict ? undefined : result.fields}
        notice={isConflict ? { kind: 'error', text: ctx.t('directory.merge.conflict') } : undefined}
      />,
      isConflict ? 409 : 422,
    );
  });
}

export function registerCurationRoutes(router: Router) {
  registerSelfService(router);
  registerClaims(router);
  registerClaimDecisions(router);
  registerStaffChanges(router);
  registerDuplicates(router);
}
