// An offer's public images: added and removed by the people who write for its owner (and the
// centre's staff). After a change the offer's page is loaded again (303); a refused image shows
// the page with the form's messages (422), a stale page the conflict notice (409).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion, postedFiles } from '../../platform/input/form-values';
import { addOfferImage, removeOfferImage } from './services/offer-images';
import type { OfferImageFormState } from './ui/offer-images';
import { OFFERS_PATH, offerPath } from './ui/paths';

export type ShowOfferPage = (
  c: Context<AppEnv>,
  id: string,
  status: 409 | 422,
  state: { image?: OfferImageFormState },
) => Promise<Response>;

export function registerOfferImageRoutes(router: Router, show: ShowOfferPage) {
  router.page('POST', `${OFFERS_PATH}/:id/images`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const [file] = await postedFiles(body, 'image');
    const values = { altVi: formString(body, 'altVi'), altEn: formString(body, 'altEn') };
    const result = await addOfferImage(ctx.deps, ctx, {
      offerId: id,
      version: formVersion(body),
      file,
      ...values,
    });
    if (result.ok) return c.redirect(`${offerPath(id)}?done=imageAdded`, 303);
    if (result.reason === 'CONFLICT') return show(c, id, 409, { image: { values } });
    return show(c, id, 422, { image: { values, errors: result.fields } });
  });
  router.page('POST', `${OFFERS_PATH}/:id/images/:imageId/remove`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const result = await removeOfferImage(ctx.deps, ctx, {
      offerId: id,
      imageId: routeParam(c, 'imageId'),
      version: formVersion(body),
    });
    if (result.ok) return c.redirect(`${offerPath(id)}?done=imageRemoved`, 303);
    return show(c, id, result.reason === 'CONFLICT' ? 409 : 422, {});
  });
}
