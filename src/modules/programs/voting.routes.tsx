// Public votes: staff choose the entries, open and close them under STAFF_PATH (anyone else gets
// 404); the public reads a vote's entries, and signed-in accounts vote from an entry's page.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n';
import type { Router } from '../../platform/http/router';
import { addVoteEntry } from './services/votes/add-vote-entry';
import { castVote } from './services/votes/cast-vote';
import { createPublicVote } from './services/votes/create-public-vote';
import { formVersion, type FormValues } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import type { PageNotice } from '../../platform/ui/notice';
import { doneNotice, notice, postedValues, routeCall } from './route-kit';
import { removeVoteEntry } from './services/votes/remove-vote-entry';
import { setVoteState, VOTE_OPS, type TVoteOp } from './services/votes/set-vote-state';
import {
  publicVote,
  publicVoteEntry,
  staffVote,
  staffVoteOfCall,
} from './services/votes/vote.queries';
import {
  NewVotePage,
  PUBLIC_VOTES_PATH,
  PublicEntryPage,
  PublicVotePage,
  STAFF_VOTES_PATH,
  StaffVotePage,
  entryPath,
} from './ui/vote-pages';

const VOTE_DONE: Record<string, MessageKey> = {
  saved: 'programs.vote.done.saved',
  voted: 'programs.vote.done.voted',
};

function registerVotePages(router: Router) {
  const canManage = policies.capability('programs.vote:manage');
  const CALL = '/admin/programs/:slug/calls/:call/vote';
  const VOTE = `${STAFF_VOTES_PATH}/:vote`;

  const newPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    const { vote } = await staffVoteOfCall(ctx.deps, ctx, { call });
    if (vote) return c.redirect(`${STAFF_VOTES_PATH}/${vote.id}`, 303);
    const page = (
      <NewVotePage ctx={ctx} programme={programme} call={call} values={values} errors={errors} />
    );
    return c.html(page, errors ? 422 : 200);
  };
  router.page('GET', CALL, canManage, (c) => newPage(c));
  router.page('POST', CALL, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const { call } = await routeCall(c);
    const result = await createPublicVote(ctx.deps, ctx, {
      callId: call.id,
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
    });
    if (!result.ok && result.reason === 'INVALID') return newPage(c, values, result.fields);
    return newPage(c);
  });

  const votePage = async (
    c: AppContext,
    given?: { notice?: PageNotice; errors?: FieldErrors },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = c.get('ctx');
    const data = await staffVote(ctx.deps, ctx, { voteId: routeParam(c, 'vote') });
    return c.html(
      <StaffVotePage
        ctx={ctx}
        data={data}
        notice={given?.notice ?? doneNotice(c, VOTE_DONE)}
        errors={given?.errors}
      />,
      status,
    );
  };
  const back = (c: AppContext) =>
    c.redirect(`${STAFF_VOTES_PATH}/${routeParam(c, 'vote')}?done=saved`, 303);
  router.page('GET', VOTE, canManage, (c) => votePage(c));

  router.page('POST', `${VOTE}/entries`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await addVoteEntry(ctx.deps, ctx, {
      voteId: routeParam(c, 'vote'),
      applicationId: values.applicationId ?? '',
      solutionName: values.solutionName ?? '',
      organizationName: values.organizationName ?? '',
      summary: values.summary ?? '',
    });
    if (result.ok) return back(c);
    if (result.reason === 'INVALID') return votePage(c, { errors: result.fields }, 422);
    return votePage(c, { notice: notice(c, `programs.vote.error.${result.reason}`, 'error') }, 409);
  });

  router.page('POST', `${VOTE}/entries/:entry/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    await staffVote(ctx.deps, ctx, { voteId: routeParam(c, 'vote') });
    const result = await removeVoteEntry(ctx.deps, ctx, { entryId: routeParam(c, 'entry') });
    if (result.ok) return back(c);
    return votePage(c, { notice: notice(c, 'programs.vote.error.HAS_VOTES', 'error') }, 409);
  });

  router.page('POST', `${VOTE}/state`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const op = (VOTE_OPS as readonly string[]).includes(values.op ?? '')
      ? (values.op as TVoteOp)
      : 'open';
    const result = await setVoteState(ctx.deps, ctx, {
      voteId: routeParam(c, 'vote'),
      expectedVersion: formVersion(values),
      op,
    });
    if (result.ok) return back(c);
    return votePage(c, { notice: notice(c, `programs.vote.error.${result.reason}`, 'error') }, 409);
  });

  router.page('GET', `${PUBLIC_VOTES_PATH}/:vote`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const data = await publicVote(ctx.deps, ctx, { voteId: routeParam(c, 'vote') });
    return c.html(<PublicVotePage ctx={ctx} data={data} />);
  });

  const entryPage = async (c: AppContext, notice?: PageNotice, status: 200 | 403 | 409 = 200) => {
    const ctx = c.get('ctx');
    const data = await publicVoteEntry(ctx.deps, ctx, {
      voteId: routeParam(c, 'vote'),
      entryId: routeParam(c, 'entry'),
    });
    return c.html(
      <PublicEntryPage ctx={ctx} data={data} notice={notice ?? doneNotice(c, VOTE_DONE)} />,
      status,
    );
  };
  router.page('GET', `${PUBLIC_VOTES_PATH}/:vote/:entry`, policies.public, (c) => entryPage(c));
  router.page('POST', `${PUBLIC_VOTES_PATH}/:vote/:entry`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    await publicVoteEntry(ctx.deps, ctx, {
      voteId: routeParam(c, 'vote'),
      entryId: routeParam(c, 'entry'),
    });
    const result = await castVote(ctx.deps, ctx, { entryId: routeParam(c, 'entry') });
    if (result.ok || result.reason === 'ALREADY_VOTED')
      return c.redirect(
        `${entryPath(routeParam(c, 'vote'), routeParam(c, 'entry'))}?done=voted`,
        303,
      );
    const key: MessageKey =
      result.reason === 'UNVERIFIED'
        ? 'programs.vote.error.UNVERIFIED'
        : 'programs.vote.error.VOTING_CLOSED';
    return entryPage(c, notice(c, key, 'error'), result.reason === 'UNVERIFIED' ? 403 : 409);
  });
}

export function registerVotingRoutes(router: Router) {
  registerVotePages(router);
}
