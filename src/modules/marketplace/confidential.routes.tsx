// The confidential side of a listing, the same for offers and needs: accepting the NDA, adding
// and reading documents, the owner's log of views. A refused action shows the listing's page
// again with the reason (422, or 409 when the agreement changed since it was read).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { privateDownload } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, postedFiles } from '../../platform/input/form-values';
import type { ListingKind } from './domain/confidentiality';
import { acceptNda, getListingDocument } from './services/listing-confidential';
import { addListingDocument } from './services/listing-documents';
import { listingViewLog } from './services/listing-views.queries';
import { ViewLogPage } from './ui/confidential';

export interface ConfidentialPageState {
  nda?: { errors?: FieldErrors; isStale?: boolean };
  documentErrors?: FieldErrors;
}

type ShowListing = (
  c: Context<AppEnv>,
  id: string,
  status: 409 | 422,
  state: ConfidentialPageState,
) => Promise<Response>;

export function registerConfidentialRoutes(
  router: Router,
  listing: { kind: ListingKind; base: string; show: ShowListing },
) {
  const { kind, base, show } = listing;
  router.page('POST', `${base}/:id/nda`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const result = await acceptNda(ctx.deps, ctx, {
      kind,
      id,
      version: formString(body, 'version'),
      agreed: formString(body, 'agreed') === 'yes',
    });
    if (result.ok) return c.redirect(`${base}/${id}?done=nda`, 303);
    if (result.reason === 'STALE') return show(c, id, 409, { nda: { isStale: true } });
    return show(c, id, 422, { nda: { errors: result.fields } });
  });
  router.page('POST', `${base}/:id/documents`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const [file] = await postedFiles(await readBody(c), 'document');
    const result = await addListingDocument(ctx.deps, ctx, { kind, id, file });
    if (result.ok) return c.redirect(`${base}/${id}?done=document`, 303);
    return show(c, id, 422, { documentErrors: result.fields });
  });
  router.page('GET', `${base}/:id/documents/:documentId`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const doc = await getListingDocument(ctx.deps, ctx.actor, {
      kind,
      id: routeParam(c, 'id'),
      documentId: routeParam(c, 'documentId'),
    });
    return privateDownload(c, {
      contentHash: doc.fileHash,
      contentType: doc.contentType,
      originalName: doc.fileName,
    });
  });
  router.page('GET', `${base}/:id/views`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const log = await listingViewLog(ctx.deps, ctx.actor, { kind, id });
    c.header('Cache-Control', 'private, no-store');
    return c.html(<ViewLogPage ctx={ctx} base={`${base}/${id}`} {...log} />);
  });
}
