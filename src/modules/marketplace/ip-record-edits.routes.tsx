// An asset's fee, licence or revenue entry on its own page: corrected (422 with what was typed,
// 409 with what was saved meanwhile, or 409 with what was typed ready to be added anew when the
// entry was removed meanwhile) or removed; each change returns to the asset's page (303).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import type { IpRecordKind, IpRecordRow } from './db/ip-records.repository';
import { ipRecordFormValues, readIpRecordForm } from './services/ip-forms';
import {
  editIpFee,
  editIpLicence,
  editIpRevenue,
  getIpRecordPage,
  getRemovedIpRecordPage,
  removeIpRecord,
  type EditResult,
} from './services/ip-record-edits';
import { IpRecordPage, RemovedIpRecordPage, type IpRecordPageProps } from './ui/ip-record-pages';
import { IP_ASSETS_PATH, IP_RECORD_SEGMENTS, ipAssetPath } from './ui/ip-paths';

type Form = ReturnType<typeof readIpRecordForm>;
type Ref = { assetId: string; recordId: string; version: number };
type PageState = Partial<Pick<IpRecordPageProps, 'values' | 'errors' | 'current' | 'notice'>> & {
  version?: number;
};

const EDITS: Record<
  IpRecordKind,
  (c: Context<AppEnv>, ref: Ref, form: Form) => Promise<EditResult<IpRecordRow>>
> = {
  fee: (c, ref, f) => editIpFee(c.get('ctx').deps, c.get('ctx'), { ...ref, fields: f.fee }),
  licence: (c, ref, f) =>
    editIpLicence(c.get('ctx').deps, c.get('ctx'), { ...ref, fields: f.licence }),
  revenue: (c, ref, f) =>
    editIpRevenue(c.get('ctx').deps, c.get('ctx'), { ...ref, fields: f.revenue }),
};

async function showRecord(
  c: Context<AppEnv>,
  kind: IpRecordKind,
  status: 200 | 409 | 422 = 200,
  state?: PageState,
) {
  const ctx = c.get('ctx');
  const ref = { kind, assetId: routeParam(c, 'id'), recordId: routeParam(c, 'recordId') };
  const { asset, record, licences } = await getIpRecordPage(ctx.deps, ctx.actor, ref);
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <IpRecordPage
      ctx={ctx}
      kind={kind}
      asset={asset}
      recordId={record.id}
      licences={licences}
      values={ipRecordFormValues(record)}
      {...state}
      version={state?.version ?? record.version}
    />,
    status,
  );
}

/** An edit of an entry removed meanwhile: 409, with what was typed ready to be added anew. */
async function showRemoved(c: Context<AppEnv>, kind: IpRecordKind, form: Form) {
  const ctx = c.get('ctx');
  const ref = { kind, assetId: routeParam(c, 'id') };
  const { asset, licences } = await getRemovedIpRecordPage(ctx.deps, ctx.actor, ref);
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <RemovedIpRecordPage
      ctx={ctx}
      kind={kind}
      asset={asset}
      licences={licences}
      values={form.values}
    />,
    409,
  );
}

const conflictNotice = (
  c: Context<AppEnv>,
  key: 'marketplace.conflict' | 'marketplace.ip.error.licenceHasRevenue',
) => ({
  kind: 'error' as const,
  text: c.get('ctx').t(key),
});

function registerRecordRoutes(router: Router, kind: IpRecordKind) {
  const path = `${IP_ASSETS_PATH}/:id/${IP_RECORD_SEGMENTS[kind]}/:recordId`;
  const refOf = async (c: Context<AppEnv>) => {
    const body = await readBody(c);
    const ref = { assetId: routeParam(c, 'id'), recordId: routeParam(c, 'recordId') };
    return { body, ref: { ...ref, version: formVersion(body) } };
  };
  router.page('GET', path, policies.signedIn, (c) => showRecord(c, kind));
  router.page('POST', path, policies.signedIn, async (c) => {
    const { body, ref } = await refOf(c);
    const form = readIpRecordForm(body);
    const result = await EDITS[kind](c, ref, form);
    if (result.ok) return c.redirect(`${ipAssetPath(ref.assetId)}?done=recordSaved`, 303);
    if (result.reason === 'CONFLICT')
      return showRecord(c, kind, 409, {
        values: form.values,
        current: ipRecordFormValues(result.current),
        version: result.current.version,
        notice: conflictNotice(c, 'marketplace.conflict'),
      });
    if (result.reason === 'GONE') return showRemoved(c, kind, form);
    return showRecord(c, kind, 422, {
      values: form.values,
      errors: result.fields,
      version: ref.version,
    });
  });
  router.page('POST', `${path}/remove`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const { ref } = await refOf(c);
    const result = await removeIpRecord(ctx.deps, ctx, { ...ref, kind });
    if (result.ok) return c.redirect(`${ipAssetPath(ref.assetId)}?done=recordRemoved`, 303);
    return showRecord(c, kind, 409, {
      notice: conflictNotice(
        c,
        result.reason === 'CONFLICT'
          ? 'marketplace.conflict'
          : 'marketplace.ip.error.licenceHasRevenue',
      ),
    });
  });
}

export function registerIpRecordEditRoutes(router: Router) {
  for (const kind of Object.keys(IP_RECORD_SEGMENTS) as IpRecordKind[])
    registerRecordRoutes(router, kind);
}
