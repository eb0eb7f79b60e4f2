// Assessment frameworks and self-assessments (staff): the list and a new framework, a framework's
// levels and criteria, a year's self-assessment started from it, saved, submitted, and its
// evidence files.
import type { Context } from 'hono';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import {
  formString,
  formStrings,
  formVersion,
  postedFiles,
  textValues,
  type FormBody,
} from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { ASSESSMENTS_PATH, FRAMEWORKS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import {
  assessmentEvidenceFile,
  getAssessmentPage,
  saveAssessment,
  startAssessment,
  type AssessmentInput,
  type AssessmentPage,
} from './services/assessments';
import { draftsOf, readLevelDrafts } from './services/framework-form';
import {
  createFramework,
  frameworkPage,
  frameworksList,
  saveFramework,
} from './services/frameworks';
import { AssessmentDetailPage } from './ui/assessment-page';
import { FrameworkPage, FrameworksPage } from './ui/framework-pages';

const DONE = {
  saved: 'plans.assessment.saved',
  submitted: 'plans.assessment.submitted',
} as const;

async function readAssessmentForm(body: FormBody): Promise<AssessmentInput> {
  const input: AssessmentInput = {
    claimedLevel: formString(body, 'claimedLevel'),
    note: formString(body, 'note'),
    answers: {},
    evidence: { added: {}, removed: {} },
  };
  for (const name of Object.keys(body)) {
    const id = /^criterion_(.+)$/.exec(name)?.[1];
    if (!id) continue;
    input.answers[id] = {
      isMet: formString(body, `met_${id}`) === 'yes',
      note: formString(body, `note_${id}`),
    };
    input.evidence.added[id] = await postedFiles(body, `evidence_${id}`);
    input.evidence.removed[id] = formStrings(body, `remove_${id}`);
  }
  return input;
}

/** The page as posted, so a refused form keeps what was typed (files excepted). */
function asPosted(page: AssessmentPage, input: AssessmentInput): AssessmentPage {
  const answers = { ...page.assessment.answers };
  for (const [id, typed] of Object.entries(input.answers))
    answers[id] = { evidence: [], ...answers[id], ...typed };
  const claimed = Number(input.claimedLevel);
  return {
    ...page,
    assessment: {
      ...page.assessment,
      note: input.note,
      claimedLevel: input.claimedLevel && Number.isInteger(claimed) ? claimed : null,
      answers,
    },
  };
}

async function showAssessment(
  c: Context<AppEnv>,
  page: AssessmentPage,
  extra: { errors?: FieldErrors; notice?: PageNotice } = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const notice =
    done && DONE[done] ? { kind: 'success' as const, text: ctx.t(DONE[done]) } : undefined;
  return c.html(<AssessmentDetailPage ctx={ctx} page={page} notice={notice} {...extra} />, status);
}

function registerFrameworkRoutes(router: Router) {
  router.page('GET', FRAMEWORKS_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<FrameworksPage ctx={ctx} frameworks={await frameworksList(ctx.deps, ctx)} />);
  });
  router.page('POST', FRAMEWORKS_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = textValues(body);
    const result = await createFramework(ctx.deps, ctx, {
      name: values.name ?? '',
      description: values.description ?? '',
    });
    if (result.ok) return c.redirect(`${FRAMEWORKS_PATH}/${result.framework.id}`, 303);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    const frameworks = await frameworksList(ctx.deps, ctx);
    return c.html(
      <FrameworksPage ctx={ctx} frameworks={frameworks} values={values} errors={errors} />,
      422,
    );
  });
  router.page('GET', `${FRAMEWORKS_PATH}/:frameworkId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { framework, assessments } = await frameworkPage(
      ctx.deps,
      ctx,
      routeParam(c, 'frameworkId'),
    );
    const notice = c.req.query('done')
      ? { kind: 'success' as const, text: ctx.t('plans.framework.saved') }
      : undefined;
    return c.html(
      <FrameworkPage
        ctx={ctx}
        framework={framework}
        assessments={assessments}
        values={{ name: framework.name, description: framework.description }}
        levels={draftsOf(framework.levels)}
        version={framework.version}
        notice={notice}
      />,
    );
  });
  router.page('POST', `${FRAMEWORKS_PATH}/:frameworkId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'frameworkId');
    const body = await readBody(c);
    const values = textValues(body);
    const levels = readLevelDrafts(body);
    const result = await saveFramework(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      name: values.name ?? '',
      description: values.description ?? '',
      levels,
    });
    if (result.ok) return c.redirect(`${FRAMEWORKS_PATH}/${id}?done=saved`, 303);
    const { framework, assessments } = await frameworkPage(ctx.deps, ctx, id);
    if (result.reason === 'CONFLICT')
      return c.html(
        <FrameworkPage
          ctx={ctx}
          framework={framework}
          assessments={assessments}
          values={{ name: framework.name, description: framework.description }}
          levels={draftsOf(framework.levels)}
          version={framework.version}
          notice={{ kind: 'error', text: ctx.t('plans.framework.conflict') }}
        />,
        409,
      );
    return c.html(
      <FrameworkPage
        ctx={ctx}
        framework={framework}
        assessments={assessments}
        values={values}
        levels={levels}
        version={formVersion(body)}
        errors={result.fields}
      />,
      422,
    );
  });
  router.page('POST', `${FRAMEWORKS_PATH}/:frameworkId/assessments`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'frameworkId');
    const body = await readBody(c);
    const result = await startAssessment(ctx.deps, ctx, {
      frameworkId: id,
      year: formString(body, 'year'),
    });
    if (result.ok) return c.redirect(`${ASSESSMENTS_PATH}/${result.assessment.id}`, 303);
    const { framework, assessments } = await frameworkPage(ctx.deps, ctx, id);
    return c.html(
      <FrameworkPage
        ctx={ctx}
        framework={framework}
        assessments={assessments}
        values={{ name: framework.name, description: framework.description }}
        levels={draftsOf(framework.levels)}
        version={framework.version}
        errors={result.fields}
      />,
      422,
    );
  });
}

function registerAssessmentRoutes(router: Router) {
  router.page('GET', `${ASSESSMENTS_PATH}/:assessmentId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    return showAssessment(c, await getAssessmentPage(ctx.deps, ctx, routeParam(c, 'assessmentId')));
  });
  router.page('POST', `${ASSESSMENTS_PATH}/:assessmentId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'assessmentId');
    const body = await readBody(c);
    const submit = formString(body, 'intent') === 'submit';
    const input = await readAssessmentForm(body);
    const result = await saveAssessment(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      assessment: input,
      submit,
    });
    if (result.ok)
      return c.redirect(`${ASSESSMENTS_PATH}/${id}?done=${submit ? 'submitted' : 'saved'}`, 303);
    const page = await getAssessmentPage(ctx.deps, ctx, id);
    if (result.reason === 'INVALID')
      return showAssessment(c, asPosted(page, input), { errors: result.fields }, 422);
    const text = ctx.t(
      result.reason === 'FROZEN' ? 'plans.assessment.frozen' : 'plans.assessment.conflict',
    );
    return showAssessment(c, page, { notice: { kind: 'error', text } }, 409);
  });
  router.page('GET', `${ASSESSMENTS_PATH}/:assessmentId/evidence/:hash`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { bytes, evidence } = await assessmentEvidenceFile(ctx.deps, ctx, {
      id: routeParam(c, 'assessmentId'),
      hash: routeParam(c, 'hash'),
    });
    return c.body(bytes, 200, {
      'content-type': evidence.mime,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(evidence.name)}`,
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    });
  });
}

export function registerAssessmentsRoutes(router: Router) {
  registerFrameworkRoutes(router);
  registerAssessmentRoutes(router);
}
