// An asset's fees, licences and revenue, each added by its form on the asset's page; a refused
// form is shown again on that page with what was typed (422). Each is corrected on its own page.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { readIpRecordForm } from './services/ip-forms';
import {
  addIpFee,
  addIpLicence,
  addIpRevenue,
  markIpFeePaid,
  type AddResult,
} from './services/ip-records';
import type { RecordForm } from './ui/ip-asset-pages';
import { IP_ASSETS_PATH, ipAssetPath } from './ui/ip-paths';
import { showIpAsset } from './ip-portfolio.routes';
import { registerIpRecordEditRoutes } from './ip-record-edits.routes';

type Add = (
  c: Context<AppEnv>,
  id: string,
  form: ReturnType<typeof readIpRecordForm>,
) => Promise<AddResult>;

const ADDS: Record<RecordForm, { path: string; add: Add }> = {
  fee: {
    path: 'fees',
    add: (c, assetId, f) =>
      addIpFee(c.get('ctx').deps, c.get('ctx'), {
        assetId,
        fields: f.fee,
        submissionKey: f.submissionKey,
      }),
  },
  licence: {
    path: 'licences',
    add: (c, assetId, f) =>
      addIpLicence(c.get('ctx').deps, c.get('ctx'), {
        assetId,
        fields: f.licence,
        submissionKey: f.submissionKey,
      }),
  },
  revenue: {
    path: 'revenues',
    add: (c, assetId, f) =>
      addIpRevenue(c.get('ctx').deps, c.get('ctx'), {
        assetId,
        fields: f.revenue,
        submissionKey: f.submissionKey,
      }),
  },
};

export function registerIpRecordRoutes(router: Router) {
  for (const [form, { path, add }] of Object.entries(ADDS) as [
    RecordForm,
    (typeof ADDS)[RecordForm],
  ][])
    router.page('POST', `${IP_ASSETS_PATH}/:id/${path}`, policies.signedIn, async (c) => {
      const id = routeParam(c, 'id');
      const posted = readIpRecordForm(await readBody(c));
      const result = await add(c, id, posted);
      if (result.ok) return c.redirect(`${ipAssetPath(id)}?done=${form}`, 303);
      return showIpAsset(c, id, 422, { form, values: posted.values, errors: result.fields });
    });
  router.page('POST', `${IP_ASSETS_PATH}/:id/fees/:feeId/paid`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const result = await markIpFeePaid(ctx.deps, ctx, {
      assetId: id,
      feeId: routeParam(c, 'feeId'),
    });
    return c.redirect(`${ipAssetPath(id)}?done=${result.ok ? 'paid' : 'alreadyPaid'}`, 303);
  });
  registerIpRecordEditRoutes(router);
}
