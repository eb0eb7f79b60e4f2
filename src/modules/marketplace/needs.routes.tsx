// Needs: the public list, the intake form (an enterprise's own, or staff taking one down), a
// need's page and the requests to read its confidential details.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import { organizationFactsByIds, SECTORS } from '../directory';
import { canManageListings } from './permissions';
import { decideNeedAccess, requestNeedAccess } from './services/need-access';
import { needFormState, readNeedForm } from './services/need-form';
import { getWritableNeed, updateNeed } from './services/edit-need';
import { findOpenNeeds, getNeedPage } from './services/needs.queries';
import { ownersOf } from './services/owners';
import { createNeed } from './services/save-need';
import { NeedFormPage, NeedListPage, NeedPage } from './ui/need-pages';
import { NEEDS_PATH, needPath } from './ui/paths';
import { registerConfidentialRoutes, type ConfidentialPageState } from './confidential.routes';
import { recordView } from './services/listing-confidential';

const ZNeedQuery = z.object({
  sector: z.enum(SECTORS).optional().catch(undefined),
  page: ZPage.catch(1),
});

const DONE = ['created', 'saved', 'asked', 'approved', 'refused', 'nda', 'document'] as const;

async function showNeed(
  c: Context<AppEnv>,
  id: string,
  status: 200 | 409 | 422 = 200,
  state: ConfidentialPageState = {},
) {
  const ctx = c.get('ctx');
  const view = await getNeedPage(ctx.deps, ctx.actor, id);
  if (status === 200 && view.need.status === 'open') {
    const { reach } = view.disclosure;
    const what = reach.tier === 'public' ? 'teaser' : 'details';
    await recordView(ctx.deps, ctx.actor, {
      listing: { kind: 'need', id: view.need.id },
      reach,
      what,
    });
  }
  const done = z.enum(DONE).safeParse(c.req.query('done'));
  // A refused NDA or document says why beside its own form.
  const isFormRefusal = Boolean(state.nda || state.documentErrors);
  const notice =
    status === 409 && !isFormRefusal
      ? { kind: 'error' as const, text: ctx.t('marketplace.conflict') }
      : done.success && status === 200
        ? { kind: 'success' as const, text: ctx.t(`marketplace.need.done.${done.data}`) }
        : undefined;
  // The details depend on who asks: never kept by a shared cache.
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <NeedPage
      ctx={ctx}
      view={view}
      notice={notice}
      nda={state.nda}
      documentErrors={state.documentErrors}
    />,
    status,
  );
}

export function registerNeedRoutes(router: Router) {
  router.page('GET', NEEDS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZNeedQuery.parse(c.req.query());
    const result = await findOpenNeeds(ctx.deps, query);
    const owners = await organizationFactsByIds(
      ctx.deps.database.db,
      result.rows.map((r) => r.ownerOrgId),
    );
    const ownerNames = new Map([...owners].map(([id, o]) => [id, o.name]));
    return c.html(
      <NeedListPage ctx={ctx} sector={query.sector} result={result} ownerNames={ownerNames} />,
    );
  });
  router.page('GET', `${NEEDS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const owners = await ownersOf(ctx.deps.database.db, ctx.actor);
    const state = { values: { owner: owners[0]?.slug ?? '' }, sectors: [] };
    return c.html(
      <NeedFormPage
        ctx={ctx}
        state={state}
        owners={owners}
        isStaff={canManageListings(ctx.actor)}
        submissionKey={randomUUID()}
      />,
    );
  });
  router.page('POST', `${NEEDS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { input, state } = readNeedForm(await readBody(c));
    const result = await createNeed(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${needPath(result.need.id)}?done=created`, 303);
    const owners = await ownersOf(ctx.deps.database.db, ctx.actor);
    return c.html(
      <NeedFormPage
        ctx={ctx}
        state={state}
        owners={owners}
        isStaff={canManageListings(ctx.actor)}
        errors={result.fields}
        submissionKey={input.submissionKey || randomUUID()}
      />,
      422,
    );
  });
  registerNeedEditRoutes(router);
  router.page('GET', `${NEEDS_PATH}/:id`, policies.public, (c) => showNeed(c, routeParam(c, 'id')));
  registerConfidentialRoutes(router, { kind: 'need', base: NEEDS_PATH, show: showNeed });
  router.page('POST', `${NEEDS_PATH}/:id/access`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    await requestNeedAccess(ctx.deps, ctx, { needId: id, message: formString(body, 'message') });
    return c.redirect(`${needPath(id)}?done=asked`, 303);
  });
  router.page('POST', `${NEEDS_PATH}/:id/access/:requestId`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const decision = formString(body, 'decision');
    const result = await decideNeedAccess(ctx.deps, ctx, {
      needId: id,
      requestId: routeParam(c, 'requestId'),
      decision,
    });
    if (!result.ok) return showNeed(c, id, result.reason === 'CONFLICT' ? 409 : 422);
    return c.redirect(`${needPath(id)}?done=${decision}`, 303);
  });
}

/** A posted need corrected by its owner's people or the centre's staff, at the version shown. */
function registerNeedEditRoutes(router: Router) {
  router.page('GET', `${NEEDS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { need } = await getWritableNeed(ctx.deps, ctx, routeParam(c, 'id'));
    const edit = { id: need.id, version: need.version };
    return c.html(
      <NeedFormPage
        ctx={ctx}
        state={needFormState(need)}
        owners={[]}
        isStaff={canManageListings(ctx.actor)}
        edit={edit}
      />,
    );
  });
  router.page('POST', `${NEEDS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, state } = readNeedForm(body);
    const version = formVersion(body);
    const result = await updateNeed(ctx.deps, ctx, { id, version, fields: input.fields });
    if (result.ok) return c.redirect(`${needPath(id)}?done=saved`, 303);
    // A conflict keeps what was typed and offers it again at the version now saved.
    const isConflict = result.reason === 'CONFLICT';
    const edit = { id, version: isConflict ? result.current.version : version, isConflict };
    return c.html(
      <NeedFormPage
        ctx={ctx}
        state={state}
        owners={[]}
        isStaff={canManageListings(ctx.actor)}
        edit={edit}
        errors={isConflict ? undefined : result.fields}
      />,
      isConflict ? 409 : 422,
    );
  });
}
