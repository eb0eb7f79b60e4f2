// What the owner and the centre do to a published challenge: publish and remove its documents and
// datasets (downloaded by whoever may see the challenge), and correct it — the change is logged
// on its page and material changes are written to its solvers. After a change the challenge's
// page is loaded again (303); a refused form comes back with what was typed (422), a stale one
// with the latest version (409).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { privateDownload } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import {
  formString,
  formVersion,
  postedFiles,
  type FormBody,
} from '../../platform/input/form-values';
import { renameFields } from '../../platform/input/validation';
import { isCorrectable } from './domain/challenge-edit';
import { CHALLENGES_PATH } from './permissions';
import { showChallenge } from './public.routes';
import {
  challengeFormErrors,
  challengeFormStateOf,
  readChallengeForm,
  type ChallengeFormState,
} from './services/challenge-form';
import { CHALLENGE_FILE_BODY_LIMIT } from './services/challenge-file-check';
import {
  addChallengeFile,
  getChallengeFile,
  removeChallengeFile,
} from './services/challenge-files';
import { challengeToCorrect, editChallenge } from './services/edit-challenge';
import { EditChallengePage, editChallengePath } from './ui/edit-challenge-page';

const ONE = `${CHALLENGES_PATH}/:slug`;
export const CHALLENGE_FILES_ROUTE = `${ONE}/files`;
/** The upload form carries one file. */
export const CHALLENGE_FILES_UPLOAD_LIMITS = { [CHALLENGE_FILES_ROUTE]: CHALLENGE_FILE_BODY_LIMIT };

const back = (c: Context<AppEnv>, done: string, anchor: string) =>
  c.redirect(`${CHALLENGES_PATH}/${routeParam(c, 'slug')}?done=${done}#${anchor}`, 303);

/** The service's field names as the page's upload form names them. */
const uploadControl = (name: string) =>
  name === 'title' ? 'fileTitle' : name === 'category' ? 'fileCategory' : name;

function registerFiles(router: Router) {
  router.page('POST', CHALLENGE_FILES_ROUTE, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const [file] = await postedFiles(body, 'file');
    const values = {
      fileTitle: formString(body, 'fileTitle'),
      fileCategory: formString(body, 'fileCategory'),
    };
    const result = await addChallengeFile(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      title: values.fileTitle,
      category: values.fileCategory,
      file,
    });
    if (result.ok) return back(c, 'fileAdded', 'documents-title');
    return showChallenge(c, { errors: renameFields(result.fields, uploadControl), values }, 422);
  });
  router.page('POST', `${ONE}/files/:file/remove`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    await removeChallengeFile(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      fileId: routeParam(c, 'file'),
    });
    return back(c, 'fileRemoved', 'documents-title');
  });
  // A confidential challenge's file is never kept by a shared cache; a public one is checked again.
  router.page('GET', `${ONE}/files/:file`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const { file, isConfidential } = await getChallengeFile(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      fileId: routeParam(c, 'file'),
    });
    return privateDownload(c, file, isConfidential ? 'private, no-store' : 'no-cache');
  });
}

type EditForm = { state: ChallengeFormState; version: number; note: string };

async function showEdit(
  c: Context<AppEnv>,
  form?: EditForm,
  refusal?: { errors?: FieldErrors; notice?: 'staleEdit' | 'notCorrectable' },
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const challenge = await challengeToCorrect(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
  const fresh = { state: challengeFormStateOf(challenge), version: challenge.version, note: '' };
  const shown = form ?? fresh;
  // A solved or cancelled challenge's page says why there is no form.
  const key = refusal?.notice ?? (isCorrectable(challenge.status) ? undefined : 'notCorrectable');
  const notice = key && ({ kind: 'error', text: ctx.t(`challenges.error.${key}`) } as const);
  return c.html(
    <EditChallengePage
      ctx={ctx}
      challenge={challenge}
      state={shown.state}
      version={shown.version}
      note={shown.note}
      errors={refusal?.errors}
      notice={notice || undefined}
    />,
    status,
  );
}

async function postEdit(c: Context<AppEnv>, body: FormBody) {
  const ctx = c.get('ctx');
  const { input, state, typedErrors } = readChallengeForm(body);
  const form = { state, version: formVersion(body), note: formString(body, 'note') };
  const refuse = (errors: FieldErrors) => showEdit(c, form, { errors }, 422);
  if (Object.keys(typedErrors).length > 0) return refuse(challengeFormErrors(typedErrors));
  const { track: _track, ...text } = input;
  const result = await editChallenge(ctx.deps, ctx, {
    ...text,
    slug: routeParam(c, 'slug'),
    version: form.version,
    note: form.note,
  });
  if (result.ok) return back(c, 'edited', 'changes-title');
  switch (result.reason) {
    case 'UNCHANGED':
      return back(c, 'unchanged', 'changes-title');
    case 'CONFLICT':
      return showEdit(c, undefined, { notice: 'staleEdit' }, 409);
    case 'NOT_CORRECTABLE':
      return showEdit(c, undefined, { notice: 'notCorrectable' }, 409);
    case 'CALL_DATES':
      return refuse({ closesAt: { key: 'challenges.error.callDates' } });
    case 'OPENS_AT_LOCKED':
      return refuse({ opensAt: { key: 'challenges.error.opensAtLocked' } });
    default:
      return refuse(challengeFormErrors({}, result.fields));
  }
}

function registerEdit(router: Router) {
  const path = editChallengePath({ slug: ':slug' });
  router.page('GET', path, policies.session, (c) => showEdit(c));
  router.page('POST', path, policies.session, async (c) => postEdit(c, await readBody(c)));
}

export function registerRecordRoutes(router: Router) {
  registerFiles(router);
  registerEdit(router);
}
