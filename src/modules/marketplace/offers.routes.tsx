// Offers: the public list and pages, the author's form, the publication steps. After a change the
// offer's page is loaded again (303) with `?done=` naming what happened.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { isSignedIn, policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import { SECTORS } from '../directory';
import { OFFER_STEPS, TRANSFER_FORMS } from './domain/offer';
import { canManageListings } from './permissions';
import { readOfferForm, offerFormState } from './services/offer-form';
import { searchOffers } from './services/offer-search';
import { takeOfferStep } from './services/offer-workflow';
import {
  firstImagesOfOffers,
  getOfferPage,
  myOffers,
  offersToApprove,
  ownersOfOffers,
} from './services/offers.queries';
import { MinePage } from './ui/mine-page';
import { myIntroductions, myNeeds } from './services/mine.queries';
import { ownersOf } from './services/owners';
import { createOffer, getWritableOffer, updateOffer } from './services/save-offer';
import { OfferFormPage, type OfferFormProps } from './ui/offer-form';
import { OfferListPage, OfferPage } from './ui/offer-pages';
import { MARKETPLACE_PATH, MINE_PATH, OFFERS_PATH, offerPath } from './ui/paths';
import { OWNER_KIND_FILTERS } from './ui/labels';
import { registerConfidentialRoutes, type ConfidentialPageState } from './confidential.routes';
import { recordView } from './services/listing-confidential';
import { registerOfferImageRoutes } from './offer-images.routes';
import type { OfferImageFormState } from './ui/offer-images';

const ZTrl = z.coerce.number().int().min(1).max(9).optional().catch(undefined);
const ZOfferQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  transfer: z.enum(TRANSFER_FORMS).optional().catch(undefined),
  ownerKind: z.enum(OWNER_KIND_FILTERS).optional().catch(undefined),
  trlMin: ZTrl,
  trlMax: ZTrl,
  page: ZPage.catch(1),
});

const DONE = [
  'created',
  'saved',
  'nda',
  'document',
  'imageAdded',
  'imageRemoved',
  ...OFFER_STEPS,
] as const;

type OfferPageState = ConfidentialPageState & { image?: OfferImageFormState };

async function showOffer(
  c: Context<AppEnv>,
  id: string,
  status: 200 | 409 | 422 = 200,
  state: OfferPageState = {},
) {
  const ctx = c.get('ctx');
  const view = await getOfferPage(ctx.deps, ctx.actor, id);
  if (status === 200 && view.isListed) {
    const { reach } = view.disclosure;
    const what = reach.tier === 'public' ? 'teaser' : 'details';
    await recordView(ctx.deps, ctx.actor, {
      listing: { kind: 'offer', id: view.offer.id },
      reach,
      what,
    });
  }
  const done = z.enum(DONE).safeParse(c.req.query('done'));
  // A refused NDA, document or image says why beside its own form.
  const isFormRefusal = Boolean(state.nda || state.documentErrors || state.image?.errors);
  const notice =
    status === 409 && !isFormRefusal
      ? { kind: 'error' as const, text: ctx.t('marketplace.conflict') }
      : status === 422 && !isFormRefusal
        ? { kind: 'error' as const, text: ctx.t('marketplace.step.notApplicable') }
        : done.success && status === 200
          ? { kind: 'success' as const, text: ctx.t(`marketplace.done.${done.data}`) }
          : undefined;
  // What the page shows depends on who asks once a field is held back.
  if (!view.isListed || view.disclosure.hidden.size > 0 || isSignedIn(ctx.actor))
    c.header('Cache-Control', 'private, no-store');
  return c.html(
    <OfferPage
      ctx={ctx}
      view={view}
      origin={ctx.deps.config.publicUrl}
      notice={notice}
      nda={state.nda}
      documentErrors={state.documentErrors}
      image={state.image}
    />,
    status,
  );
}

async function formProps(
  c: Context<AppEnv>,
): Promise<Pick<OfferFormProps, 'ctx' | 'owners' | 'isStaff'>> {
  const ctx = c.get('ctx');
  return {
    ctx,
    owners: await ownersOf(ctx.deps.database.db, ctx.actor),
    isStaff: canManageListings(ctx.actor),
  };
}

function registerOfferForm(router: Router) {
  router.page('GET', `${OFFERS_PATH}/new`, policies.signedIn, async (c) => {
    const props = await formProps(c);
    const state = {
      values: { owner: props.owners[0]?.slug ?? '', isNegotiable: 'yes' },
      sectors: [],
      transferForms: [],
    };
    return c.html(<OfferFormPage {...props} state={state} submissionKey={randomUUID()} />);
  });
  router.page('POST', `${OFFERS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { input, state } = readOfferForm(await readBody(c));
    const result = await createOffer(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${offerPath(result.offer.id)}?done=created`, 303);
    const props = await formProps(c);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(
      <OfferFormPage
        {...props}
        state={state}
        errors={errors}
        submissionKey={input.submissionKey || randomUUID()}
      />,
      422,
    );
  });
  router.page('GET', `${OFFERS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { offer, owner } = await getWritableOffer(ctx.deps, ctx, routeParam(c, 'id'));
    return c.html(
      <OfferFormPage
        {...await formProps(c)}
        offer={offer}
        version={offer.version}
        state={offerFormState(offer, owner.slug)}
      />,
    );
  });
  router.page('POST', `${OFFERS_PATH}/:id/edit`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const { offer } = await getWritableOffer(ctx.deps, ctx, id);
    const body = await readBody(c);
    const { input, state } = readOfferForm(body);
    const version = formVersion(body);
    const result = await updateOffer(ctx.deps, ctx, { id, version, fields: input.fields });
    if (result.ok) return c.redirect(`${offerPath(id)}?done=saved`, 303);
    const props = await formProps(c);
    if (result.reason === 'CONFLICT')
      return c.html(
        <OfferFormPage
          {...props}
          offer={offer}
          state={state}
          version={result.current.version}
          current={result.current}
        />,
        409,
      );
    return c.html(
      <OfferFormPage
        {...props}
        offer={offer}
        state={state}
        version={version}
        errors={result.fields}
      />,
      422,
    );
  });
}

export function registerOfferRoutes(router: Router) {
  router.page('GET', MARKETPLACE_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZOfferQuery.parse(c.req.query());
    const result = await searchOffers(ctx.deps.database.db, ctx.deps.clock(), query);
    const [owners, images] = await Promise.all([
      ownersOfOffers(ctx.deps, result.rows),
      firstImagesOfOffers(ctx.deps, result.rows),
    ]);
    const ownerNames = new Map([...owners].map(([id, o]) => [id, o.name]));
    return c.html(
      <OfferListPage
        ctx={ctx}
        query={query}
        result={result}
        ownerNames={ownerNames}
        images={images}
        origin={ctx.deps.config.publicUrl}
      />,
    );
  });
  registerOfferForm(router);
  router.page('GET', MINE_PATH, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const [offers, toApprove, needs, introductions] = await Promise.all([
      myOffers(ctx.deps, ctx),
      offersToApprove(ctx.deps, ctx),
      myNeeds(ctx.deps, ctx),
      myIntroductions(ctx.deps, ctx),
    ]);
    return c.html(
      <MinePage
        ctx={ctx}
        offers={offers}
        toApprove={toApprove}
        needs={needs}
        introductions={introductions}
      />,
    );
  });
  router.page('GET', `${OFFERS_PATH}/:id`, policies.public, (c) =>
    showOffer(c, routeParam(c, 'id')),
  );
  registerConfidentialRoutes(router, { kind: 'offer', base: OFFERS_PATH, show: showOffer });
  registerOfferImageRoutes(router, showOffer);
  router.page('POST', `${OFFERS_PATH}/:id/step`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = formString(body, 'step');
    const result = await takeOfferStep(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      step,
      note: formString(body, 'note'),
    });
    if (result.ok) return c.redirect(`${offerPath(id)}?done=${step}`, 303);
    return showOffer(c, id, result.reason === 'CONFLICT' ? 409 : 422);
  });
}
