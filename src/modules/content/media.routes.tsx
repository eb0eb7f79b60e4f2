// The media library's staff pages — the list with its upload form, and a file's page where its
// descriptions are edited — registered before the items' routes, whose /admin/content/:id would
// take "media" for an item's id; and the public download of a library document.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { privateDownload } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import type { PageNotice } from '../../platform/ui/notice';
import { findMediaForStaff } from './services/media';
import { describeMedia, getMediaForStaff } from './services/media-edit';
import { getMediaDocument } from './services/media-file';
import { readMediaUpload } from './services/media-form';
import { uploadToMediaLibrary } from './services/media-upload';
import { StaffMediaFilePage } from './ui/staff-media-file-page';
import { StaffMediaPage, type UploadFormState } from './ui/staff-media-page';
import { MEDIA_FILES_PATH, MEDIA_STAFF_PATH } from './ui/paths';

const EDIT = policies.capability('content.item:edit');

const ZMediaQuery = z.object({
  q: z.string().optional().catch(undefined),
  page: ZPage.catch(1),
});

const DONE = {
  added: 'content.media.added',
  known: 'content.media.known',
  saved: 'content.media.saved',
} as const;

function doneNotice(c: Context<AppEnv>): PageNotice | undefined {
  const done = c.req.query('done');
  if (!done || !(done in DONE)) return undefined;
  return { kind: 'success', text: c.get('ctx').t(DONE[done as keyof typeof DONE]) };
}

async function showLibrary(c: Context<AppEnv>, upload?: UploadFormState) {
  const ctx = c.get('ctx');
  const query = ZMediaQuery.parse(c.req.query());
  const result = await findMediaForStaff(ctx.deps, ctx, query);
  return c.html(
    <StaffMediaPage ctx={ctx} result={result} q={query.q} upload={upload} />,
    upload ? 422 : 200,
  );
}

function registerLibrary(router: Router) {
  router.page('GET', MEDIA_STAFF_PATH, EDIT, (c) => showLibrary(c));
  router.page('POST', MEDIA_STAFF_PATH, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const input = await readMediaUpload(await readBody(c));
    const result = await uploadToMediaLibrary(ctx.deps, ctx, input);
    if (result.ok)
      return c.redirect(`${MEDIA_STAFF_PATH}/${result.key}?done=${result.outcome}`, 303);
    return showLibrary(c, {
      values: { altVi: input.altVi, altEn: input.altEn },
      errors: result.fields,
      pending: result.pending,
    });
  });
}

function registerFilePage(router: Router) {
  router.page('GET', `${MEDIA_STAFF_PATH}/:key`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const media = await getMediaForStaff(ctx.deps, ctx, routeParam(c, 'key'));
    return c.html(<StaffMediaFilePage ctx={ctx} media={media} notice={doneNotice(c)} />);
  });
  router.page('POST', `${MEDIA_STAFF_PATH}/:key`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const key = routeParam(c, 'key');
    const body = await readBody(c);
    const typed = { altVi: formString(body, 'altVi'), altEn: formString(body, 'altEn') };
    const result = await describeMedia(ctx.deps, ctx, {
      key,
      version: formVersion(body),
      ...typed,
    });
    if (result.ok) return c.redirect(`${MEDIA_STAFF_PATH}/${key}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return c.html(
        <StaffMediaFilePage
          ctx={ctx}
          media={result.current}
          typed={typed}
          current={result.current}
          notice={{ kind: 'error', text: ctx.t('content.media.conflict') }}
        />,
        409,
      );
    const media = await getMediaForStaff(ctx.deps, ctx, key);
    return c.html(
      <StaffMediaFilePage
        ctx={ctx}
        media={media}
        typed={typed}
        version={formVersion(body)}
        errors={result.fields}
      />,
      422,
    );
  });
}

export function registerMediaRoutes(router: Router) {
  registerLibrary(router);
  registerFilePage(router);
  // Named by its content's hash, a document's answer never changes.
  router.page('GET', `${MEDIA_FILES_PATH}/:key`, policies.public, async (c) => {
    const file = await getMediaDocument(c.get('ctx').deps, routeParam(c, 'key'));
    return privateDownload(c, file, 'public, max-age=31536000, immutable');
  });
}
