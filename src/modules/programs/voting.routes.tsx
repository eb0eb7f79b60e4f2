// Public votes, councils, and the editing of a review round. Staff pages under STAFF_PATH (each
// with its capability; anyone else gets 404); the public reads a vote's entries, and signed-in
// accounts vote from an entry's page.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/http/errors';
import type { MessageKey } from '../../platform/i18n';
import type { Router } from '../../platform/http/router';
import { parseVnDateTime } from './domain/vn-time';
import { addCouncilMember } from './services/add-council-member';
import { changeCouncilMemberRole } from './services/change-council-member-role';
import { addVoteEntry } from './services/add-vote-entry';
import { getCall } from './services/calls.queries';
import { castVote } from './services/cast-vote';
import { councilMinutes, councilsOfCall, councilView } from './services/council.queries';
import { councilMinutesDocx } from './services/council-minutes-docx';
import { minutesText } from './services/council-minutes-text';
import { createCouncil } from './services/create-council';
import { createPublicVote } from './services/create-public-vote';
import { allValues, textValues, versionOf, type FormValues } from './services/form-values';
import { recordCouncilMeeting } from './services/record-council-meeting';
import { removeCouncilMember } from './services/remove-council-member';
import { removeRoundReviewer } from './services/remove-round-reviewer';
import { removeVoteEntry } from './services/remove-vote-entry';
import { roundOverview } from './services/review.queries';
import { setVoteState, VOTE_OPS, type TVoteOp } from './services/set-vote-state';
import { updateReviewRound } from './services/update-review-round';
import { publicVote, publicVoteEntry, staffVote, staffVoteOfCall } from './services/vote.queries';
import { CouncilPage, CouncilsPage, COUNCILS_PATH, MinutesPage } from './ui/council-pages';
import { RoundEditPage } from './ui/review-round-edit';
import { ROUNDS_PATH, roundPath } from './ui/review-staff-pages';
import {
  NewVotePage,
  PUBLIC_VOTES_PATH,
  PublicEntryPage,
  PublicVotePage,
  STAFF_VOTES_PATH,
  StaffVotePage,
  entryPath,
} from './ui/vote-pages';
import { roundErrors, roundInputOf } from './review.routes';

const param = (c: AppContext, name: string) => c.req.param(name) ?? '';
const say = (c: AppContext, key: MessageKey, kind: 'success' | 'error' = 'success') =>
  ({ kind, text: c.get('ctx').t(key) }) as const;
const DONE: Record<string, MessageKey> = {
  saved: 'programs.vote.done.saved',
  voted: 'programs.vote.done.voted',
};
const doneNotice = (c: AppContext) => {
  const key = DONE[c.req.query('done') ?? ''];
  return key ? say(c, key) : undefined;
};

function registerVotePages(router: Router) {
  const canManage = policies.capability('programs.vote:manage');
  const CALL = '/admin/programs/:slug/calls/:call/vote';
  const VOTE = `${STAFF_VOTES_PATH}/:vote`;

  const newPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const { programme, call } = await getCall(db, ctx.actor, param(c, 'slug'), param(c, 'call'));
    const { vote } = await staffVoteOfCall(db, ctx.actor, call);
    if (vote) return c.redirect(`${STAFF_VOTES_PATH}/${vote.id}`, 303);
    const page = (
      <NewVotePage ctx={ctx} programme={programme} call={call} values={values} errors={errors} />
    );
    return c.html(page, errors ? 422 : 200);
  };
  router.page('GET', CALL, canManage, (c) => newPage(c));
  router.page('POST', CALL, canManage, async (c) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const values = textValues(await c.req.parseBody({ all: true }));
    const { call } = await getCall(db, ctx.actor, param(c, 'slug'), param(c, 'call'));
    const result = await createPublicVote(db, ctx, call.id, {
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
    });
    if (!result.ok && result.reason === 'INVALID') return newPage(c, values, result.fields);
    return newPage(c);
  });

  const votePage = async (
    c: AppContext,
    given?: { notice?: ReturnType<typeof say>; errors?: FieldErrors },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = c.get('ctx');
    const data = await staffVote(ctx.deps.database.db, ctx.actor, param(c, 'vote'));
    return c.html(
      <StaffVotePage
        ctx={ctx}
        data={data}
        notice={given?.notice ?? doneNotice(c)}
        errors={given?.errors}
      />,
      status,
    );
  };
  const back = (c: AppContext) =>
    c.redirect(`${STAFF_VOTES_PATH}/${param(c, 'vote')}?done=saved`, 303);
  router.page('GET', VOTE, canManage, (c) => votePage(c));

  router.page('POST', `${VOTE}/entries`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = textValues(await c.req.parseBody({ all: true }));
    const result = await addVoteEntry(ctx.deps.database.db, ctx, param(c, 'vote'), {
      applicationId: values.applicationId ?? '',
      solutionName: values.solutionName ?? '',
      organizationName: values.organizationName ?? '',
      summary: values.summary ?? '',
    });
    if (result.ok) return back(c);
    if (result.reason === 'INVALID') return votePage(c, { errors: result.fields }, 422);
    return votePage(c, { notice: say(c, `programs.vote.error.${result.reason}`, 'error') }, 409);
  });

  router.page('POST', `${VOTE}/entries/:entry/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    await staffVote(ctx.deps.database.db, ctx.actor, param(c, 'vote'));
    const result = await removeVoteEntry(ctx.deps.database.db, ctx, param(c, 'entry'));
    if (result.ok) return back(c);
    return votePage(c, { notice: say(c, 'programs.vote.error.HAS_VOTES', 'error') }, 409);
  });

  router.page('POST', `${VOTE}/state`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = textValues(await c.req.parseBody({ all: true }));
    const op = (VOTE_OPS as readonly string[]).includes(values.op ?? '')
      ? (values.op as TVoteOp)
      : 'open';
    const result = await setVoteState(
      ctx.deps.database.db,
      ctx,
      param(c, 'vote'),
      versionOf(values),
      op,
      ctx.deps.clock(),
    );
    if (result.ok) return back(c);
    return votePage(c, { notice: say(c, `programs.vote.error.${result.reason}`, 'error') }, 409);
  });

  router.page('GET', `${PUBLIC_VOTES_PATH}/:vote`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const data = await publicVote(ctx.deps.database.db, param(c, 'vote'));
    return c.html(<PublicVotePage ctx={ctx} data={data} />);
  });

  const entryPage = async (
    c: AppContext,
    notice?: ReturnType<typeof say>,
    status: 200 | 403 | 409 = 200,
  ) => {
    const ctx = c.get('ctx');
    const data = await publicVoteEntry(
      ctx.deps.database.db,
      ctx.actor,
      param(c, 'vote'),
      param(c, 'entry'),
    );
    return c.html(
      <PublicEntryPage ctx={ctx} data={data} notice={notice ?? doneNotice(c)} />,
      status,
    );
  };
  router.page('GET', `${PUBLIC_VOTES_PATH}/:vote/:entry`, policies.public, (c) => entryPage(c));
  router.page('POST', `${PUBLIC_VOTES_PATH}/:vote/:entry`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    await publicVoteEntry(db, ctx.actor, param(c, 'vote'), param(c, 'entry'));
    const result = await castVote(db, ctx, param(c, 'entry'), ctx.deps.clock());
    if (result.ok || result.reason === 'ALREADY_VOTED')
      return c.redirect(`${entryPath(param(c, 'vote'), param(c, 'entry'))}?done=voted`, 303);
    const key: MessageKey =
      result.reason === 'UNVERIFIED'
        ? 'programs.vote.error.UNVERIFIED'
        : 'programs.vote.error.VOTING_CLOSED';
    return entryPage(c, say(c, key, 'error'), result.reason === 'UNVERIFIED' ? 403 : 409);
  });
}

function registerCouncilPages(router: Router) {
  const canManage = policies.capability('programs.council:manage');
  const CALL = '/admin/programs/:slug/calls/:call/councils';
  const COUNCIL = `${COUNCILS_PATH}/:council`;

  const listPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const { programme, call } = await getCall(db, ctx.actor, param(c, 'slug'), param(c, 'call'));
    const { councils, rounds } = await councilsOfCall(db, ctx.actor, call);
    const page = (
      <CouncilsPage
        ctx={ctx}
        programme={programme}
        call={call}
        councils={councils}
        rounds={rounds}
        values={values}
        errors={errors}
      />
    );
    return c.html(page, errors ? 422 : 200);
  };
  router.page('GET', CALL, canManage, (c) => listPage(c));
  router.page('POST', CALL, canManage, async (c) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const values = textValues(await c.req.parseBody({ all: true }));
    const { call } = await getCall(db, ctx.actor, param(c, 'slug'), param(c, 'call'));
    const result = await createCouncil(db, ctx, call.id, {
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
      decisionNumber: values.decisionNumber ?? '',
      roundId: values.roundId ?? '',
    });
    if (result.ok) return c.redirect(`${COUNCILS_PATH}/${result.council.id}`, 303);
    return listPage(c, values, result.fields);
  });

  const councilPage = async (
    c: AppContext,
    given?: { notice?: ReturnType<typeof say>; errors?: FieldErrors; values?: FormValues },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = c.get('ctx');
    const view = await councilView(ctx.deps.database.db, ctx.actor, param(c, 'council'));
    const notice =
      given?.notice ?? (c.req.query('done') ? say(c, 'programs.council.done') : undefined);
    return c.html(
      <CouncilPage
        ctx={ctx}
        view={view}
        notice={notice}
        errors={given?.errors}
        values={given?.values}
      />,
      status,
    );
  };
  const back = (c: AppContext, anchor: string) =>
    c.redirect(`${COUNCILS_PATH}/${param(c, 'council')}?done=saved#${anchor}`, 303);
  router.page('GET', COUNCIL, canManage, (c) => councilPage(c));

  router.page('POST', `${COUNCIL}/members`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = textValues(await c.req.parseBody({ all: true }));
    const role = values.role === 'chair' || values.role === 'secretary' ? values.role : 'member';
    const result = await addCouncilMember(ctx.deps.database.db, ctx, param(c, 'council'), {
      reviewerId: values.reviewerId ?? '',
      profile: values.profile ?? '',
      role,
      affiliation: values.affiliation ?? '',
    });
    if (result.ok) return back(c, 'h-members');
    if (result.reason === 'INVALID') return councilPage(c, { errors: result.fields, values }, 422);
    const key: MessageKey =
      result.reason === 'MEETING_RECORDED'
        ? 'programs.council.error.recorded'
        : 'programs.council.error.taken';
    return councilPage(c, { notice: say(c, key, 'error'), values }, 409);
  });

  // A member's role and removal, each its own form; refused once the meeting is recorded.
  const MEMBER = `${COUNCIL}/members/:member`;
  const COMPOSITION_REFUSALS = {
    INVALID: 'programs.council.error.role',
    ROLE_TAKEN: 'programs.council.error.roleTaken',
    MEETING_RECORDED: 'programs.council.error.recorded',
  } as const satisfies Record<string, MessageKey>;
  const refused = (c: AppContext, reason: keyof typeof COMPOSITION_REFUSALS) =>
    councilPage(
      c,
      { notice: say(c, COMPOSITION_REFUSALS[reason], 'error') },
      reason === 'INVALID' ? 422 : 409,
    );
  router.page('POST', `${MEMBER}/role`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = textValues(await c.req.parseBody({ all: true }));
    const result = await changeCouncilMemberRole(
      ctx.deps.database.db,
      ctx,
      param(c, 'council'),
      param(c, 'member'),
      values.role ?? '',
    );
    return result.ok ? back(c, 'h-members') : refused(c, result.reason);
  });
  router.page('POST', `${MEMBER}/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const result = await removeCouncilMember(db, ctx, param(c, 'council'), param(c, 'member'));
    return result.ok ? back(c, 'h-members') : refused(c, result.reason);
  });

  router.page('POST', `${COUNCIL}/meeting`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const body = await c.req.parseBody({ all: true });
    const values = textValues(body);
    const meetingAt = parseVnDateTime(values.meetingAt ?? '');
    const result = await recordCouncilMeeting(
      ctx.deps.database.db,
      ctx,
      param(c, 'council'),
      versionOf(values),
      {
        meetingPlace: values.meetingPlace ?? '',
        meetingAt: meetingAt as Date,
        conclusions: values.conclusions ?? '',
        presentIds: allValues(body, 'present'),
      },
    );
    if (result.ok) return back(c, 'h-meeting');
    if (result.reason === 'INVALID') return councilPage(c, { errors: result.fields, values }, 422);
    return councilPage(c, { notice: say(c, 'programs.council.error.stale', 'error'), values }, 409);
  });

  router.page('GET', `${COUNCIL}/minutes`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const minutes = await councilMinutes(ctx.deps.database.db, ctx.actor, param(c, 'council'));
    return c.html(
      <MinutesPage
        text={minutesText(minutes)}
        backPath={`${COUNCILS_PATH}/${minutes.council.id}`}
      />,
    );
  });

  router.page('GET', `${COUNCIL}/minutes.docx`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const { bytes, filename } = await councilMinutesDocx(
      ctx.deps.database.db,
      ctx.actor,
      param(c, 'council'),
    );
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
  });
}

function registerRoundEditPages(router: Router) {
  const canManage = policies.capability('programs.review:manage');
  const ROUND = `${ROUNDS_PATH}/:round`;
  const editPage = async (
    c: AppContext,
    given?: { values?: FormValues; errors?: FieldErrors; notice?: ReturnType<typeof say> },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = c.get('ctx');
    const overview = await roundOverview(ctx.deps.database.db, ctx.actor, param(c, 'round'));
    return c.html(<RoundEditPage ctx={ctx} overview={overview} {...given} />, status);
  };
  router.page('GET', `${ROUND}/edit`, canManage, (c) => editPage(c));
  router.page('POST', `${ROUND}/edit`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = textValues(await c.req.parseBody({ all: true }));
    const result = await updateReviewRound(
      ctx.deps.database.db,
      ctx,
      param(c, 'round'),
      versionOf(values),
      {
        ...roundInputOf(values),
        status: values.status === 'closed' ? 'closed' : 'open',
      },
    );
    if (result.ok) return c.redirect(`${roundPath(param(c, 'round'))}?done=saved`, 303);
    if (result.reason === 'INVALID')
      return editPage(c, { values, errors: roundErrors(result.fields) }, 422);
    const key: MessageKey =
      result.reason === 'RUBRIC_LOCKED'
        ? 'programs.roundEdit.rubricLocked'
        : 'programs.roundEdit.stale';
    return editPage(c, { values, notice: say(c, key, 'error') }, 409);
  });
  router.page('POST', `${ROUND}/reviewers/:user/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const result = await removeRoundReviewer(
      ctx.deps.database.db,
      ctx,
      param(c, 'round'),
      param(c, 'user'),
    );
    if (result.ok) return c.redirect(`${roundPath(param(c, 'round'))}/edit#h-pool`, 303);
    return editPage(c, { notice: say(c, 'programs.roundEdit.hasSheets', 'error') }, 409);
  });
}

export function registerVotingRoutes(router: Router) {
  registerVotePages(router);
  registerCouncilPages(router);
  registerRoundEditPages(router);
}
