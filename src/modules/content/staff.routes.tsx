// The back-office of content: the list, the editor's form (save, preview), the publishing
// steps and the comparison of versions. After a change the page is loaded again (303) with
// `?done=` naming what happened.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formatDateTime, type MessageKey } from '../../platform/i18n';
import { formString, formVersion, postedFiles } from '../../platform/input/form-values';
import type { FieldErrors } from '../../platform/errors';
import { importItemFromWord, WORD_MAX_BYTES } from './services/import-item';
import { parseDateTime } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import type { PageNotice } from '../../platform/ui/notice';
import { CONTENT_KINDS, CONTENT_STATUSES, WORKFLOW_STEPS } from './domain/content-item';
import { STAFF_PATH } from './permissions';
import { itemFormState, readItemForm } from './services/item-form';
import { findItemsForStaff, getItemForStaff } from './services/items.queries';
import { publishTrouble, takeStep } from './services/item-workflow';
import { getRevisionDiff } from './services/revision-diff';
import { createItem, updateItem } from './services/save-item';
import { mediaLibrary } from './services/media';
import { ItemFormPage } from './ui/staff-item-form';
import { DiffPage, StaffListPage } from './ui/staff-pages';

const EDIT = policies.capability('content.item:edit');

const ZStaffQuery = z.object({
  status: z.enum(CONTENT_STATUSES).optional().catch(undefined),
  kind: z.enum(CONTENT_KINDS).optional().catch(undefined),
  page: ZPage.catch(1),
});

const DONE = ['created', 'saved', 'imported', ...WORKFLOW_STEPS] as const;
type Done = (typeof DONE)[number];

function doneNotice(c: Context<AppEnv>, publishAt: Date | null): PageNotice | undefined {
  const { t, locale } = c.get('ctx');
  const done = c.req.query('done') as Done | undefined;
  if (!done || !DONE.includes(done)) return undefined;
  const key: MessageKey =
    done === 'created'
      ? 'content.staff.created'
      : done === 'saved'
        ? 'content.staff.saved'
        : done === 'imported'
          ? 'content.import.done'
          : `content.step.done.${done}`;
  const dropped = Number(c.req.query('dropped')) || 0;
  return {
    kind: 'success',
    text: t(key, { at: publishAt ? formatDateTime(publishAt, locale) : '', dropped }),
  };
}

async function showItem(
  c: Context<AppEnv>,
  id: string,
  extra: Partial<Parameters<typeof ItemFormPage>[0]> = {},
  status?: 409 | 422,
) {
  const ctx = c.get('ctx');
  const { item, revisions } = await getItemForStaff(ctx.deps, ctx, id);
  return c.html(
    <ItemFormPage
      ctx={ctx}
      item={item}
      revisions={revisions}
      publishTrouble={await publishTrouble(ctx.deps, item)}
      version={item.version}
      state={itemFormState(item)}
      notice={doneNotice(c, item.publishAt)}
      library={await mediaLibrary(ctx.deps)}
      {...extra}
    />,
    status ?? (extra.errors ? 422 : extra.current ? 409 : 200),
  );
}

function registerItemForm(router: Router) {
  router.page('GET', `${STAFF_PATH}/new`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    return c.html(
      <ItemFormPage
        ctx={ctx}
        state={{ values: { kind: 'news' }, topics: [] }}
        library={await mediaLibrary(ctx.deps)}
      />,
    );
  });
  router.page('POST', `${STAFF_PATH}/new`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const { input, state } = await readItemForm(body);
    if (formString(body, 'intent') === 'preview')
      return c.html(
        <ItemFormPage ctx={ctx} state={state} library={await mediaLibrary(ctx.deps)} preview />,
      );
    const result = await createItem(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${STAFF_PATH}/${result.item.id}?done=created`, 303);
    return c.html(
      <ItemFormPage
        ctx={ctx}
        state={{ ...state, pendingCover: result.pendingCover ?? state.pendingCover }}
        library={await mediaLibrary(ctx.deps)}
        errors={result.fields}
      />,
      422,
    );
  });
  router.page('GET', `${STAFF_PATH}/:id`, EDIT, (c) => showItem(c, routeParam(c, 'id')));
  router.page('POST', `${STAFF_PATH}/:id`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, state } = await readItemForm(body);
    const version = formVersion(body);
    if (formString(body, 'intent') === 'preview')
      return showItem(c, id, { state, version, preview: true });
    const result = await updateItem(ctx.deps, ctx, { ...input, id, version });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return showItem(c, id, {
        state,
        version: result.current.version,
        current: result.current,
        notice: { kind: 'error', text: ctx.t('content.staff.conflict') },
      });
    if (result.reason === 'LOCKED')
      return showItem(c, id, { notice: { kind: 'error', text: ctx.t('content.staff.locked') } });
    return showItem(c, id, {
      state: { ...state, pendingCover: result.pendingCover ?? state.pendingCover },
      version,
      errors: result.fields,
    });
  });
}

async function showList(c: Context<AppEnv>, importErrors?: FieldErrors) {
  const ctx = c.get('ctx');
  const query = ZStaffQuery.parse(c.req.query());
  const result = await findItemsForStaff(ctx.deps, ctx, query);
  return c.html(
    <StaffListPage
      ctx={ctx}
      result={result}
      filters={{ status: query.status, kind: query.kind }}
      now={ctx.deps.clock()}
      importErrors={importErrors}
    />,
    importErrors ? 422 : 200,
  );
}

const IMPORT_REFUSALS = {
  NOT_DOCX: { key: 'content.import.notDocx' },
  TOO_LARGE: { key: 'content.import.tooLarge', params: { maxMb: WORD_MAX_BYTES / 1_048_576 } },
} as const;

function registerWordImport(router: Router) {
  router.page('POST', `${STAFF_PATH}/import`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const [file] = await postedFiles(body, 'docx');
    if (!file) return showList(c, { docx: { key: 'content.import.missing' } });
    const kind = z.enum(CONTENT_KINDS).catch('news').parse(formString(body, 'kind'));
    const result = await importItemFromWord(ctx.deps, ctx, {
      fileName: file.name,
      bytes: file.bytes,
      kind,
    });
    if (result.ok)
      return c.redirect(
        `${STAFF_PATH}/${result.item.id}?done=imported&dropped=${result.droppedPictures}`,
        303,
      );
    if (result.reason === 'INVALID')
      return showList(c, {
        docx: Object.values(result.fields)[0] ?? { key: 'validation.invalid' },
      });
    return showList(c, { docx: IMPORT_REFUSALS[result.reason] });
  });
}

export function registerStaffRoutes(router: Router) {
  router.page('GET', STAFF_PATH, EDIT, (c) => showList(c));
  // Before the items' routes: "import" is not an item's id.
  registerWordImport(router);
  registerItemForm(router);
  router.page('POST', `${STAFF_PATH}/:id/step`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = z.enum(WORKFLOW_STEPS).safeParse(formString(body, 'step'));
    const notApplicable = { kind: 'error' as const, text: ctx.t('content.step.notApplicable') };
    if (!step.success) return showItem(c, id, { notice: notApplicable }, 422);
    const publishAt = parseDateTime(formString(body, 'publishAt'));
    const result = await takeStep(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      step: step.data,
      publishAt: publishAt instanceof Date ? publishAt : undefined,
      note: formString(body, 'note'),
    });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=${step.data}`, 303);
    if (result.reason === 'CONFLICT')
      return showItem(
        c,
        id,
        { notice: { kind: 'error', text: ctx.t('content.staff.conflict') } },
        409,
      );
    if (result.reason === 'NOT_APPLICABLE') return showItem(c, id, { notice: notApplicable }, 409);
    return showItem(c, id, { errors: result.fields });
  });
  router.page('GET', `${STAFF_PATH}/:id/diff`, EDIT, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const versions = z
      .object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })
      .safeParse(c.req.query());
    if (!versions.success) return c.redirect(`${STAFF_PATH}/${id}`, 303);
    const diff = await getRevisionDiff(ctx.deps, ctx, { id, ...versions.data });
    return c.html(
      <DiffPage
        ctx={ctx}
        itemId={id}
        title={diff.title}
        from={diff.from}
        to={diff.to}
        fields={diff.fields}
      />,
    );
  });
}
