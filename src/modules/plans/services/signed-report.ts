// What the quarterly and the annual report share: the signed part of their form (the form key,
// the issuing agency and its parent body, the place, the signer and the sections the centre
// writes), checked one way, and the issue of a "BÁO CÁO" under the issuer's name in its
// register. Each report adds its period, its own optional texts, its body and its recipients.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import type { Block } from '../../../platform/documents';
import { invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZRequiredText, ZText } from '../../../platform/input/text-fields';
import type { IssuedReport } from '../db/issued-reports.repository';
import type { PlanRow } from '../db/plans.repository';
import { listPlanAgencies } from './agencies';
import { issueOfficialReport, ZFormKey } from './issued-reports';
import { getPlan } from './plans.queries';
import { checkNarrative, type Narrative, type NarrativeField } from './report-narrative';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface SignedReportInput extends Partial<Record<NarrativeField, string>> {
  planId: string;
  /** The form's per-page-load key: a double click issues one report. */
  formKey: string;
  issuer: string;
  parent: string;
  place: string;
  signerPosition: string;
  signerName: string;
}

export interface ReportKind<P> {
  /** The reported period read from the form, or undefined with its error added. */
  period(errors: FieldErrors): P | undefined;
  /** The report's own optional texts with their longest length, checked after the parent body. */
  texts?: Record<string, { value: string; max: number }>;
  action: string;
  recipients: string[];
  /** The period's key in the register, the summary line and the body, from the checked form. */
  content(
    plan: PlanRow,
    period: P,
    written: { narrative: Narrative; texts: Record<string, string> },
  ): Promise<{ periodKey: string; summary: string; body: Block[] }>;
}

function checkSigned(input: SignedReportInput, own: ReportKind<unknown>['texts'] = {}) {
  const extra = Object.fromEntries(
    Object.entries(own).map(([name, text]) => [name, ZText(text.max).safeParse(text.value)]),
  );
  const fields = {
    parent: ZText(200).safeParse(input.parent),
    ...extra,
    place: ZRequiredText(100).safeParse(input.place),
    signerPosition: ZRequiredText(100).safeParse(input.signerPosition),
    signerName: ZRequiredText(100).safeParse(input.signerName),
  };
  const texts = Object.fromEntries(Object.entries(extra).map(([n, p]) => [n, p.data ?? '']));
  return { fields, texts };
}

/** Issues the report of `kind`: the issued report (audited; the same one for the same form key). */
export async function issueSignedReport<P>(
  deps: Deps,
  acting: AuditContext,
  input: SignedReportInput,
  kind: ReportKind<P>,
): Promise<{ ok: true; report: IssuedReport } | Invalid> {
  const plan = await getPlan(deps, acting, input.planId);
  const agencies = await listPlanAgencies(deps.database.db);
  const errors: FieldErrors = {};
  if (!ZFormKey.test(input.formKey)) errors.formKey = { key: 'plans.official.error.formKey' };
  const issuer = agencies.find((a) => a.code === input.issuer);
  if (!issuer) errors.issuer = { key: 'plans.register.error.issuer' };
  const period = kind.period(errors);
  const { fields, texts } = checkSigned(input, kind.texts);
  for (const [name, parsed] of Object.entries(fields))
    if (!parsed.success) errors[name] = { key: 'validation.required' };
  const narrative = checkNarrative(input, errors);
  if (!issuer || period === undefined || Object.keys(errors).length > 0) return invalid(errors);
  const content = await kind.content(plan, period, { narrative, texts });
  const report = await issueOfficialReport(deps, acting, {
    planId: plan.id,
    formKey: input.formKey,
    issuer: input.issuer,
    period: content.periodKey,
    action: kind.action,
    document: {
      issuer: { parent: fields.parent.data || undefined, name: issuer.name },
      place: fields.place.data!,
      kind: 'BÁO CÁO',
      summary: content.summary,
      body: content.body,
      signature: { position: fields.signerPosition.data!, name: fields.signerName.data! },
      recipients: kind.recipients,
    },
  });
  return { ok: true, report };
}
