// Councils of a call or round: the call's councils, a council's members and roles, its meeting
// and its minutes (page and DOCX), each resource registered apart.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n';
import type { Router } from '../../platform/http/router';
import { parseVnDateTime } from '../../platform/i18n';
import type { PageNotice } from '../../platform/ui/notice';
import { addCouncilMember } from './services/councils/add-council-member';
import { changeCouncilMemberRole } from './services/councils/change-council-member-role';
import { councilMinutes, councilsOfCall, councilView } from './services/councils/council.queries';
import { councilMinutesDocx } from './services/councils/council-minutes-docx';
import { minutesText } from './services/councils/council-minutes-text';
import { createCouncil } from './services/councils/create-council';
import {
  formStrings,
  textValues,
  formVersion,
  type FormValues,
} from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { recordCouncilMeeting } from './services/councils/record-council-meeting';
import { removeCouncilMember } from './services/councils/remove-council-member';
import { CouncilPage, CouncilsPage, COUNCILS_PATH, MinutesPage } from './ui/council-pages';
import { notice, postedValues, routeCall } from './route-kit';

const canManage = policies.capability('programs.council:manage');
const COUNCIL = `${COUNCILS_PATH}/:council`;

/** The call's councils and the form of a new one. */
function registerCallCouncilRoutes(router: Router) {
  const CALL = '/admin/programs/:slug/calls/:call/councils';
  const listPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    const { councils, rounds } = await councilsOfCall(ctx.deps, ctx, { call });
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
    const values = await postedValues(c);
    const { call } = await routeCall(c);
    const result = await createCouncil(ctx.deps, ctx, {
      callId: call.id,
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
      decisionNumber: values.decisionNumber ?? '',
      roundId: values.roundId ?? '',
    });
    if (result.ok) return c.redirect(`${COUNCILS_PATH}/${result.council.id}`, 303);
    return listPage(c, values, result.fields);
  });
}

/** The council's page, with a notice, field messages or what was typed when a save comes back. */
async function councilPage(
  c: AppContext,
  given?: { notice?: PageNotice; errors?: FieldErrors; values?: FormValues },
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const view = await councilView(ctx.deps, ctx, { councilId: routeParam(c, 'council') });
  const shown =
    given?.notice ?? (c.req.query('done') ? notice(c, 'programs.council.done') : undefined);
  return c.html(
    <CouncilPage
      ctx={ctx}
      view={view}
      notice={shown}
      errors={given?.errors}
      values={given?.values}
    />,
    status,
  );
}
const back = (c: AppContext, anchor: string) =>
  c.redirect(`${COUNCILS_PATH}/${routeParam(c, 'council')}?done=saved#${anchor}`, 303);

/** The council's members: adding one, a member's role and removal, each its own form. */
function registerMemberRoutes(router: Router) {
  router.page('GET', COUNCIL, canManage, (c) => councilPage(c));

  router.page('POST', `${COUNCIL}/members`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const role = values.role === 'chair' || values.role === 'secretary' ? values.role : 'member';
    const result = await addCouncilMember(ctx.deps, ctx, {
      councilId: routeParam(c, 'council'),
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
    return councilPage(c, { notice: notice(c, key, 'error'), values }, 409);
  });

  // Refused once the meeting is recorded: the minutes are a legal record.
  const MEMBER = `${COUNCIL}/members/:member`;
  const COMPOSITION_REFUSALS = {
    INVALID: 'programs.council.error.role',
    ROLE_TAKEN: 'programs.council.error.roleTaken',
    MEETING_RECORDED: 'programs.council.error.recorded',
  } as const satisfies Record<string, MessageKey>;
  const refused = (c: AppContext, reason: keyof typeof COMPOSITION_REFUSALS) =>
    councilPage(
      c,
      { notice: notice(c, COMPOSITION_REFUSALS[reason], 'error') },
      reason === 'INVALID' ? 422 : 409,
    );
  router.page('POST', `${MEMBER}/role`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await changeCouncilMemberRole(ctx.deps, ctx, {
      councilId: routeParam(c, 'council'),
      memberId: routeParam(c, 'member'),
      role: values.role ?? '',
    });
    return result.ok ? back(c, 'h-members') : refused(c, result.reason);
  });
  router.page('POST', `${MEMBER}/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const result = await removeCouncilMember(ctx.deps, ctx, {
      councilId: routeParam(c, 'council'),
      memberId: routeParam(c, 'member'),
    });
    return result.ok ? back(c, 'h-members') : refused(c, result.reason);
  });
}

/** The council's meeting and the minutes it signs, as a page and as a DOCX. */
function registerMeetingRoutes(router: Router) {
  router.page('POST', `${COUNCIL}/meeting`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = textValues(body);
    const meetingAt = parseVnDateTime(values.meetingAt ?? '');
    const result = await recordCouncilMeeting(ctx.deps, ctx, {
      councilId: routeParam(c, 'council'),
      expectedVersion: formVersion(values),
      meetingPlace: values.meetingPlace ?? '',
      meetingAt: meetingAt as Date,
      conclusions: values.conclusions ?? '',
      presentIds: formStrings(body, 'present'),
    });
    if (result.ok) return back(c, 'h-meeting');
    if (result.reason === 'INVALID') return councilPage(c, { errors: result.fields, values }, 422);
    const stale = notice(c, 'programs.council.error.stale', 'error');
    return councilPage(c, { notice: stale, values }, 409);
  });

  router.page('GET', `${COUNCIL}/minutes`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const minutes = await councilMinutes(ctx.deps, ctx, { councilId: routeParam(c, 'council') });
    return c.html(
      <MinutesPage
        text={minutesText(minutes)}
        backPath={`${COUNCILS_PATH}/${minutes.council.id}`}
      />,
    );
  });

  router.page('GET', `${COUNCIL}/minutes.docx`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const { bytes, filename } = await councilMinutesDocx(ctx.deps, ctx, {
      councilId: routeParam(c, 'council'),
    });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
  });
}

export function registerCouncilRoutes(router: Router) {
  registerCallCouncilRoutes(router);
  registerMemberRoutes(router);
  registerMeetingRoutes(router);
}
