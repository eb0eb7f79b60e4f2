// The end of a pilot: each side's final evaluation, the outcome the centre records, and the
// owner's follow-up answers. Refusals show the pilot's page again with the form as it was sent.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import {
  formString,
  formVersion,
  parseVnd,
  textValues,
  type FormBody,
} from '../../platform/input/form-values';
import { PILOT_SIDES, type PilotSide } from './domain/pilot';
import { PILOT, showPilot } from './pilots.routes';
import { answerFollowUp, evaluatePilot, recordPilotOutcome } from './services/pilot-outcome';
import type { PilotFormKind } from './ui/pilot-ending';
import { pilotPath } from './ui/paths';

const sideOf = (body: FormBody): PilotSide => {
  const side = formString(body, 'side');
  return (PILOT_SIDES as readonly string[]).includes(side) ? (side as PilotSide) : 'solver';
};

const done = (c: Context<AppEnv>, what: string, anchor: string) =>
  c.redirect(`${pilotPath({ id: routeParam(c, 'id') })}?done=${what}#${anchor}`, 303);

function refuse(
  c: Context<AppEnv>,
  kind: PilotFormKind,
  body: FormBody,
  errors: FieldErrors,
  status: 409 | 422,
  side?: PilotSide,
) {
  return showPilot(c, { kind, side, values: textValues(body), errors }, status);
}

export function registerPilotEndingRoutes(router: Router) {
  router.page('POST', `${PILOT}/evaluation`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const side = sideOf(body);
    const rating = Number(formString(body, 'rating') || 0);
    const words = formString(body, 'words');
    const result = await evaluatePilot(ctx.deps, ctx, {
      pilotId: routeParam(c, 'id'),
      side,
      rating,
      words,
    });
    if (result.ok) return done(c, 'evaluated', 'evaluation-title');
    if (result.reason === 'INVALID') return refuse(c, 'evaluation', body, result.fields, 422, side);
    const errors = { _: { key: 'challenges.error.alreadyEvaluated' as const } };
    return refuse(c, 'evaluation', body, errors, 409, side);
  });

  router.page('POST', `${PILOT}/outcome`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const value = parseVnd(formString(body, 'contractValueVnd'));
    if (value === 'invalid') {
      return refuse(c, 'outcome', body, { contractValueVnd: { key: 'challenges.error.vnd' } }, 422);
    }
    const result = await recordPilotOutcome(ctx.deps, ctx, {
      pilotId: routeParam(c, 'id'),
      version: formVersion(body),
      outcome: formString(body, 'outcome') as never,
      contractValueVnd: value ?? null,
      contractNumber: formString(body, 'contractNumber'),
      outcomeReason: formString(body, 'outcomeReason'),
      ownerStatement: formString(body, 'ownerStatement'),
    });
    if (result.ok) return done(c, 'outcome', 'outcome-title');
    if (result.reason === 'INVALID') return refuse(c, 'outcome', body, result.fields, 422);
    const errors = { _: { key: `challenges.error.outcome.${result.reason}` as const } };
    return refuse(c, 'outcome', body, errors, 409);
  });

  router.page('POST', `${PILOT}/follow-up`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const answer = formString(body, 'isInUse');
    if (answer !== 'yes' && answer !== 'no') {
      return refuse(c, 'follow-up', body, { isInUse: { key: 'validation.choice' } }, 422);
    }
    const result = await answerFollowUp(ctx.deps, ctx, {
      pilotId: routeParam(c, 'id'),
      isInUse: answer === 'yes',
      scale: formString(body, 'scale'),
    });
    if (result.ok) return done(c, 'followedUp', 'follow-up-title');
    if (result.reason === 'INVALID') return refuse(c, 'follow-up', body, result.fields, 422);
    const errors = { _: { key: `challenges.error.followUp.${result.reason}` as const } };
    return refuse(c, 'follow-up', body, errors, 409);
  });
}
