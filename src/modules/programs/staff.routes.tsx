// Staff pages of programmes and calls. Each save answers 303 to the saved page, 422 with the
// messages next to what was typed, or 409 after a stale save (what was typed is kept).
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import { STAFF_PATH } from './permissions';
import { archiveProgramme } from './services/programmes/archive-programme';
import {
  asInputValue,
  callFormState,
  emptyCallForm,
  readCallForm,
} from './services/calls/call-form';
import {
  createCallFromForm,
  editCallFromForm,
  grantExtensionFromForm,
} from './services/calls/call-form-submit';
import { callsOf, extensionsOf } from './services/calls/calls.queries';
import { applyBuilderOp } from './services/calls/form-builder';
import {
  textValues,
  formVersion,
  type FormValues,
  postedFiles,
} from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { renameFields } from '../../platform/input/validation';
import { addProgrammeDocument } from './services/programme-documents/add-programme-document';
import {
  moveProgrammeDocument,
  MOVES,
  type TMove,
} from './services/programme-documents/move-programme-document';
import {
  PROGRAMME_DOCUMENT_RULES,
  programmeDocumentsOf,
} from './services/programme-documents/programme-documents.queries';
import { programmeFormValues } from './services/programmes/programme-form';
import {
  createProgrammeFromForm,
  editProgrammeFromForm,
} from './services/programmes/programme-form-submit';
import {
  findProgrammes,
  getProgrammeBySlug,
  postingOrganizationOf,
  ZProgrammeQuery,
} from './services/programmes/programmes.queries';
import { publishProgramme } from './services/programmes/publish-programme';
import { removeProgrammeDocument } from './services/programme-documents/remove-programme-document';
import type { ProgrammeRow } from './db/programmes.repository';
import type { FieldErrors } from '../../platform/errors';
import { CallFormPage } from './ui/call-form-page';
import { DOCUMENT_FIELDS, staffDocumentsPath } from './ui/programme-documents';
import { ProgrammeFormPage } from './ui/programme-form-page';
import { StaffProgrammesPage } from './ui/staff-programmes-page';
import type { PageNotice } from '../../platform/ui/notice';
import { doneNotice, notice, postedValues, routeCall } from './route-kit';

const programmeEdit = (slug: string) => `${STAFF_PATH}/${slug}/edit`;
const callEdit = (slug: string, call: string) => `${STAFF_PATH}/${slug}/calls/${call}/edit`;

const PROGRAMME_DONE: Record<string, MessageKey> = {
  created: 'programs.done.created',
  saved: 'programs.done.saved',
  published: 'programs.done.published',
  archived: 'programs.done.archived',
  extended: 'programs.done.extended',
  documentAdded: 'programs.documents.added',
  documentRemoved: 'programs.documents.removed',
};
const conflict = (c: AppContext) => notice(c, 'programs.error.conflict', 'error');

async function programmePage(
  c: AppContext,
  programme: ProgrammeRow,
  form?: { values: FormValues; errors?: FieldErrors; version: number; conflict?: boolean },
  documentForm?: { values: FormValues; errors: FieldErrors },
) {
  const ctx = c.get('ctx');
  const [posting, calls, documents] = await Promise.all([
    postingOrganizationOf(ctx.deps, ctx, { programme }),
    callsOf(ctx.deps, ctx, { programme }),
    programmeDocumentsOf(ctx.deps, ctx, { programme }),
  ]);
  return (
    <ProgrammeFormPage
      ctx={ctx}
      programme={programme}
      version={form?.version ?? programme.version}
      values={form?.values ?? programmeFormValues(programme, posting?.slug)}
      errors={form?.errors}
      notice={
        form?.conflict ? conflict(c) : documentForm ? undefined : doneNotice(c, PROGRAMME_DONE)
      }
      calls={calls}
      documents={documents}
      documentForm={documentForm}
    />
  );
}

function registerProgrammePages(router: Router) {
  const canManage = policies.capability('programs.programme:manage');

  router.page('GET', STAFF_PATH, canManage, async (c) => {
    const ctx = c.get('ctx');
    const result = await findProgrammes(ctx.deps, ctx, {
      query: ZProgrammeQuery.parse(c.req.query()),
    });
    return c.html(<StaffProgrammesPage ctx={ctx} result={result} />);
  });

  router.page('GET', `${STAFF_PATH}/new`, canManage, (c) =>
    c.html(<ProgrammeFormPage ctx={c.get('ctx')} values={{ kind: 'incubation' }} />),
  );

  router.page('POST', `${STAFF_PATH}/new`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await createProgrammeFromForm(ctx.deps, ctx, values);
    if (result.ok) return c.redirect(`${programmeEdit(result.programme.slug)}?done=created`, 303);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(<ProgrammeFormPage ctx={ctx} values={values} errors={errors} />, 422);
  });

  router.page('GET', `${STAFF_PATH}/:slug/edit`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    return c.html(await programmePage(c, programme));
  });

  router.page('POST', `${STAFF_PATH}/:slug/edit`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const values = await postedValues(c);
    const version = formVersion(values);
    const result = await editProgrammeFromForm(ctx.deps, ctx, {
      slug,
      expectedVersion: version,
      values,
    });
    if (result.ok) return c.redirect(`${programmeEdit(slug)}?done=saved`, 303);
    if (result.reason === 'CONFLICT') {
      // What was typed stays in the form; saving again rests on the version now stored.
      const form = { values, version: result.current.version, conflict: true };
      return c.html(await programmePage(c, result.current, form), 409);
    }
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug });
    return c.html(
      await programmePage(c, programme, { values, errors: result.fields, version }),
      422,
    );
  });

  const statusChange = (action: 'publish' | 'archive', run: typeof publishProgramme) =>
    router.page('POST', `${STAFF_PATH}/:slug/${action}`, canManage, async (c) => {
      const ctx = c.get('ctx');
      const slug = routeParam(c, 'slug');
      const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug });
      const version = formVersion(await postedValues(c));
      const result = await run(ctx.deps, ctx, {
        programmeId: programme.id,
        expectedVersion: version,
      });
      if (result.ok) return c.redirect(`${programmeEdit(slug)}?done=${action}ed`, 303);
      return c.html(
        await programmePage(c, result.current, {
          values: programmeFormValues(result.current),
          version: result.current.version,
          conflict: true,
        }),
        409,
      );
    });
  statusChange('publish', publishProgramme);
  statusChange('archive', archiveProgramme);
}

/** The upload route, whose body carries a document (see uploadLimits in index.ts). */
export const PROGRAMME_DOCUMENTS_ROUTE = staffDocumentsPath(':slug');
/** One document at its largest, and the form around it. */
export const PROGRAMME_DOCUMENTS_UPLOAD_LIMIT = PROGRAMME_DOCUMENT_RULES.maxBytes + 1_000_000;

function registerDocumentPages(router: Router) {
  const canManage = policies.capability('programs.programme:manage');
  const DOCUMENT = `${PROGRAMME_DOCUMENTS_ROUTE}/:document`;
  const back = (c: AppContext, done?: string) =>
    c.redirect(
      `${programmeEdit(routeParam(c, 'slug'))}${done ? `?done=${done}` : ''}#h-documents`,
      303,
    );
  const programmeOf = (c: AppContext) => {
    const ctx = c.get('ctx');
    return getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
  };

  router.page('POST', PROGRAMME_DOCUMENTS_ROUTE, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await programmeOf(c);
    const posted = await readBody(c);
    const values = textValues(posted);
    const [file] = await postedFiles(posted, DOCUMENT_FIELDS.file);
    const result = await addProgrammeDocument(ctx.deps, ctx, {
      programmeId: programme.id,
      titleVi: values[DOCUMENT_FIELDS.titleVi] ?? '',
      titleEn: values[DOCUMENT_FIELDS.titleEn] ?? '',
      file,
    });
    if (result.ok) return back(c, 'documentAdded');
    const errors = renameFields(
      result.fields,
      (f) => DOCUMENT_FIELDS[f as keyof typeof DOCUMENT_FIELDS] ?? f,
    );
    return c.html(await programmePage(c, programme, undefined, { values, errors }), 422);
  });

  router.page('POST', `${DOCUMENT}/move`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await programmeOf(c);
    const typed = (await postedValues(c)).move ?? '';
    const move: TMove = (MOVES as readonly string[]).includes(typed) ? (typed as TMove) : 'up';
    await moveProgrammeDocument(ctx.deps, ctx, {
      programmeId: programme.id,
      documentId: routeParam(c, 'document'),
      move,
    });
    return back(c);
  });

  router.page('POST', `${DOCUMENT}/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await programmeOf(c);
    await removeProgrammeDocument(ctx.deps, ctx, {
      programmeId: programme.id,
      documentId: routeParam(c, 'document'),
    });
    return back(c, 'documentRemoved');
  });
}

function registerCallPages(router: Router) {
  const canManage = policies.capability('programs.call:manage');
  const canExtend = policies.capability('programs.extension:grant');
  const CALLS = `${STAFF_PATH}/:slug/calls`;

  router.page('GET', `${CALLS}/new`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    return c.html(<CallFormPage ctx={ctx} programme={programme} state={emptyCallForm()} />);
  });

  router.page('POST', `${CALLS}/new`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug });
    const posted = await readBody(c);
    const state = readCallForm(posted);
    const op = textValues(posted).op ?? 'save';
    if (op !== 'save') {
      const next = { ...state, draft: applyBuilderOp(state.draft, op) };
      return c.html(<CallFormPage ctx={ctx} programme={programme} state={next} />);
    }
    const result = await createCallFromForm(ctx.deps, ctx, { programmeSlug: slug, state });
    if (result.ok) return c.redirect(`${callEdit(slug, result.call.slug)}?done=created`, 303);
    return c.html(
      <CallFormPage ctx={ctx} programme={programme} state={state} errors={result.fields} />,
      422,
    );
  });

  const callPage = async (
    c: AppContext,
    given?: {
      state?: ReturnType<typeof readCallForm>;
      version?: number;
      errors?: FieldErrors;
      notice?: PageNotice;
      extensionForm?: { values: FormValues; errors?: FieldErrors };
    },
  ) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    return (
      <CallFormPage
        ctx={ctx}
        programme={programme}
        call={call}
        version={given?.version ?? call.version}
        state={given?.state ?? callFormState(call)}
        errors={given?.errors}
        notice={given?.notice ?? (given ? undefined : doneNotice(c, PROGRAMME_DONE))}
        extensions={await extensionsOf(ctx.deps, ctx, { callId: call.id })}
        extensionForm={given?.extensionForm}
      />
    );
  };

  router.page('GET', `${CALLS}/:call/edit`, canManage, async (c) => c.html(await callPage(c)));

  router.page('POST', `${CALLS}/:call/edit`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const [slug, callSlug] = [routeParam(c, 'slug'), routeParam(c, 'call')];
    const posted = await readBody(c);
    const state = readCallForm(posted);
    const version = formVersion(state.values);
    const op = textValues(posted).op ?? 'save';
    if (op !== 'save') {
      const next = { ...state, draft: applyBuilderOp(state.draft, op) };
      return c.html(await callPage(c, { state: next, version }));
    }
    const result = await editCallFromForm(ctx.deps, ctx, {
      programmeSlug: slug,
      callSlug,
      expectedVersion: version,
      state,
    });
    if (result.ok) return c.redirect(`${callEdit(slug, callSlug)}?done=saved`, 303);
    switch (result.reason) {
      case 'INVALID':
        return c.html(await callPage(c, { state, version, errors: result.fields }), 422);
      case 'CONFLICT':
        return c.html(
          await callPage(c, { state, version: result.current.version, notice: conflict(c) }),
          409,
        );
      case 'OPENS_AT_LOCKED':
        return c.html(
          await callPage(c, {
            state,
            version,
            errors: { opensAt: { key: 'programs.error.opensAtLocked' } },
          }),
          422,
        );
      case 'FORM_LOCKED': {
        const reasons = result.refusals.map((r) =>
          r.reason === 'REMOVED'
            ? ctx.t('programs.error.questionRemoved', { id: r.questionId })
            : ctx.t('programs.error.questionKindChanged', {
                id: r.questionId,
                from: ctx.t(`programs.question.${r.from}`),
                to: ctx.t(`programs.question.${r.to ?? r.from}`),
              }),
        );
        const text = [ctx.t('programs.error.formLocked'), ...reasons].join(' ');
        return c.html(await callPage(c, { state, version, notice: { kind: 'error', text } }), 422);
      }
    }
  });

  router.page('POST', `${CALLS}/:call/extensions`, canExtend, async (c) => {
    const ctx = c.get('ctx');
    const [slug, callSlug] = [routeParam(c, 'slug'), routeParam(c, 'call')];
    const values = await postedValues(c);
    const result = await grantExtensionFromForm(ctx.deps, ctx, {
      programmeSlug: slug,
      callSlug,
      values,
    });
    values.extensionClosesAt = asInputValue(values.extensionClosesAt ?? '');
    if (result.ok) return c.redirect(`${callEdit(slug, callSlug)}?done=extended#h-extensions`, 303);
    return c.html(await callPage(c, { extensionForm: { values, errors: result.fields } }), 422);
  });
}

export function registerStaffRoutes(router: Router) {
  registerProgrammePages(router);
  registerDocumentPages(router);
  registerCallPages(router);
}
