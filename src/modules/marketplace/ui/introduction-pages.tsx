// Introductions: the request form, one introduction's record (with the broker's steps and the
// deal form), and the brokers' back-office page with the funnel.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber, formatVnd } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import { NO_DEAL_REASONS } from '../domain/introduction';
import type { IntroductionRow } from '../db/introductions.repository';
import type { Listing } from '../services/introduction-parties';
import type { FunnelFigures, IntroductionView } from '../services/introductions.queries';
import type { Owner } from '../services/owners';
import { STAFF_PATH } from '../permissions';
import { transferChoices, transferLabel } from './labels';
import { INTRODUCTIONS_PATH, introductionPath, needPath, offerPath } from './paths';

const listingHref = (l: Listing) => (l.kind === 'offer' ? offerPath(l.id) : needPath(l.id));
const stageLabel = (ctx: RequestContext, stage: string) =>
  ctx.t(`marketplace.stage.${stage}` as never);

export function RequestIntroductionPage(props: {
  ctx: RequestContext;
  listing: Listing;
  owners: Owner[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { ctx, listing } = props;
  const { t } = ctx;
  const target = listing.kind === 'offer' ? 'offer' : 'need';
  return (
    <Layout ctx={ctx} title={t('marketplace.introduction.ask')} path={`${INTRODUCTIONS_PATH}/new`}>
      <h1>{t('marketplace.introduction.ask')}</h1>
      <p>
        <a href={listingHref(listing)}>{listing.title}</a> — {listing.owner.name}
      </p>
      <p class="lead">{t('marketplace.introduction.askLead')}</p>
      <form method="post" action={`${INTRODUCTIONS_PATH}/new`} novalidate>
        <ErrorSummary t={t} errors={props.errors} />
        <input type="hidden" name={target} value={listing.id} />
        {props.owners.length > 0 && (
          <SelectField
            t={t}
            name="requesterOrg"
            label={t('marketplace.field.requesterOrg')}
            value={props.values.requesterOrg}
            empty={t('marketplace.introduction.asMyself')}
            options={props.owners.map((o) => ({ value: o.slug, label: o.name }))}
            errors={props.errors}
          />
        )}
        <LongTextField
          t={t}
          name="message"
          label={t('marketplace.field.message')}
          hint={t('marketplace.field.message.hint')}
          value={props.values.message}
          rows={4}
          errors={props.errors}
          required
        />
        <button type="submit">{t('marketplace.introduction.send')}</button>
      </form>
    </Layout>
  );
}

function DealForm(props: {
  ctx: RequestContext;
  view: IntroductionView;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { ctx, view, values, errors } = props;
  const { t } = ctx;
  return (
    <form method="post" action={`${introductionPath(view.introduction.id)}/deal`} novalidate>
      <h3>{t('marketplace.deal.record')}</h3>
      <ErrorSummary t={t} errors={errors} />
      <input type="hidden" name="version" value={String(view.introduction.version)} />
      {!view.requesterOrgName && (
        <TextField
          t={t}
          name="counterpart"
          label={t('marketplace.field.counterpart')}
          hint={t('marketplace.field.owner.staffHint')}
          value={values.counterpart}
          errors={errors}
          required
        />
      )}
      <SelectField
        t={t}
        name="transferForm"
        label={t('marketplace.field.transferForm')}
        value={values.transferForm}
        options={transferChoices(t)}
        errors={errors}
      />
      <MoneyField
        t={t}
        name="valueVnd"
        label={t('marketplace.field.valueVnd')}
        value={values.valueVnd}
        errors={errors}
        required
      />
      <DateField
        t={t}
        name="signedOn"
        label={t('marketplace.field.signedOn')}
        value={values.signedOn}
        errors={errors}
        required
      />
      <TextField
        t={t}
        name="contractNumber"
        label={t('marketplace.field.contractNumber')}
        value={values.contractNumber}
        errors={errors}
      />
      <LongTextField
        t={t}
        name="evidence"
        label={t('marketplace.field.evidence')}
        hint={t('marketplace.field.evidence.hint')}
        value={values.evidence}
        rows={2}
        errors={errors}
        required
      />
      <button type="submit">{t('marketplace.deal.record')}</button>
    </form>
  );
}

function BrokerSteps(props: {
  ctx: RequestContext;
  view: IntroductionView;
  dealValues: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const intro = view.introduction;
  const action = `${introductionPath(intro.id)}/step`;
  const version = String(intro.version);
  return (
    <section aria-labelledby="broker-steps">
      <h2 id="broker-steps">{t('marketplace.broker.title')}</h2>
      {intro.stage === 'requested' && (
        <form method="post" action={action}>
          <input type="hidden" name="step" value="introduce" />
          <input type="hidden" name="version" value={version} />
          <LongTextField
            t={t}
            name="note"
            label={t('marketplace.broker.note')}
            hint={t('marketplace.broker.note.hint')}
            rows={3}
            errors={props.errors}
          />
          <button type="submit">{t('marketplace.step.introduce')}</button>
        </form>
      )}
      {intro.stage === 'introduced' && (
        <ActionButton
          action={action}
          label={t('marketplace.step.negotiate')}
          kind="secondary"
          hidden={{ step: 'negotiate', version }}
        />
      )}
      {(intro.stage === 'introduced' || intro.stage === 'negotiating') && (
        <DealForm ctx={ctx} view={view} values={props.dealValues} errors={props.errors} />
      )}
      {['requested', 'introduced', 'negotiating'].includes(intro.stage) && (
        <form method="post" action={action}>
          <input type="hidden" name="step" value="close" />
          <input type="hidden" name="version" value={version} />
          <SelectField
            t={t}
            name="reason"
            label={t('marketplace.field.noDealReason')}
            options={NO_DEAL_REASONS.map((r) => ({
              value: r,
              label: t(`marketplace.noDeal.${r}` as never),
            }))}
            errors={props.errors}
          />
          <button type="submit" class="danger">
            {t('marketplace.step.close')}
          </button>
        </form>
      )}
    </section>
  );
}

export function IntroductionPage(props: {
  ctx: RequestContext;
  view: IntroductionView;
  notice?: PageNotice;
  errors?: FieldErrors;
  dealValues?: Record<string, string>;
}) {
  const { ctx, view } = props;
  const { t, locale } = ctx;
  const intro = view.introduction;
  const deal = view.deal;
  return (
    <Layout ctx={ctx} title={t('marketplace.introduction.title')} path={introductionPath(intro.id)}>
      <h1>{t('marketplace.introduction.title')}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <dl class="facts">
        <dt>{t('marketplace.introduction.listing')}</dt>
        <dd>
          <a href={listingHref(view.listing)}>{view.listing.title}</a> — {view.listing.owner.name}
        </dd>
        <dt>{t('marketplace.introduction.requester')}</dt>
        <dd>
          {view.requesterName}
          {view.requesterOrgName && ` (${view.requesterOrgName})`}
        </dd>
        <dt>{t('marketplace.introduction.stage')}</dt>
        <dd>
          <strong>{stageLabel(ctx, intro.stage)}</strong>
          {intro.noDealReason && ` — ${t(`marketplace.noDeal.${intro.noDealReason}` as never)}`}
        </dd>
        <dt>{t('marketplace.field.message')}</dt>
        <dd>{intro.message}</dd>
        {intro.brokerNote && (
          <>
            <dt>{t('marketplace.broker.note')}</dt>
            <dd>{intro.brokerNote}</dd>
          </>
        )}
      </dl>
      {deal && (
        <section aria-labelledby="deal">
          <h2 id="deal">{t('marketplace.deal.title')}</h2>
          <dl class="facts">
            <dt>{t('marketplace.field.transferForm')}</dt>
            <dd>{transferLabel(t, deal.transferForm)}</dd>
            <dt>{t('marketplace.field.valueVnd')}</dt>
            <dd>{formatVnd(deal.valueVnd, locale)}</dd>
            <dt>{t('marketplace.field.signedOn')}</dt>
            <dd>{formatDate(new Date(`${deal.signedOn}T00:00:00+07:00`), locale)}</dd>
            {deal.contractNumber && (
              <>
                <dt>{t('marketplace.field.contractNumber')}</dt>
                <dd>{deal.contractNumber}</dd>
              </>
            )}
            <dt>{t('marketplace.field.evidence')}</dt>
            <dd>{deal.evidence}</dd>
          </dl>
        </section>
      )}
      {view.mayBroker && (
        <BrokerSteps
          ctx={ctx}
          view={view}
          dealValues={props.dealValues ?? {}}
          errors={props.errors}
        />
      )}
    </Layout>
  );
}

export function BrokerPage(props: {
  ctx: RequestContext;
  queue: { introduction: IntroductionRow; listing: Listing }[];
  funnel: FunnelFigures;
  year: number;
}) {
  const { ctx, funnel } = props;
  const { t, locale } = ctx;
  const figure = (key: string, value: string) => (
    <>
      <dt>{t(`marketplace.funnel.${key}` as never)}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <BackofficePage ctx={ctx} title={t('marketplace.nav.staff')} path={STAFF_PATH}>
      <section aria-labelledby="funnel">
        <h2 id="funnel">{t('marketplace.funnel.title', { year: props.year })}</h2>
        <dl class="facts">
          {figure('listed', formatNumber(funnel.listed, locale))}
          {figure('requested', formatNumber(funnel.requested, locale))}
          {figure('introduced', formatNumber(funnel.introduced, locale))}
          {figure('deals', formatNumber(funnel.deals, locale))}
          {figure('dealsValue', formatVnd(funnel.dealsValue, locale))}
        </dl>
      </section>
      <section aria-labelledby="queue">
        <h2 id="queue">{t('marketplace.broker.queue')}</h2>
        {props.queue.length === 0 ? (
          <p class="muted">{t('marketplace.mine.none')}</p>
        ) : (
          <DataTable
            rows={props.queue}
            columns={[
              {
                key: 'listing',
                label: t('marketplace.introduction.listing'),
                isRowHeader: true,
                cell: (r) => <a href={introductionPath(r.introduction.id)}>{r.listing.title}</a>,
              },
              {
                key: 'stage',
                label: t('marketplace.introduction.stage'),
                cell: (r) => stageLabel(ctx, r.introduction.stage),
              },
              {
                key: 'requested',
                label: t('marketplace.introduction.requestedAt'),
                cell: (r) => formatDate(r.introduction.requestedAt, locale),
              },
            ]}
          />
        )}
      </section>
    </BackofficePage>
  );
}
