// Introductions: the request form, one introduction's record (with the broker's steps and the
// deal form), and the brokers' back-office page with the funnel.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber, formatVnd } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { LongTextField } from '../../../platform/ui/text-controls';
import { canRecordDealAt, type IntroductionStage } from '../domain/introduction';
import type { IntroductionRow } from '../db/introductions.repository';
import type { Listing } from '../services/introduction-parties';
import type { FunnelFigures, IntroductionView } from '../services/introductions.queries';
import type { Owner } from '../services/owners';
import { STAFF_PATH } from '../permissions';
import { StepForms } from './introduction-steps';
import { Thread } from './introduction-thread';
import { DealFacts, DealForm } from './deal-section';
import { FUNNEL_PATH, INTRODUCTIONS_PATH, introductionPath, needPath, offerPath } from './paths';

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

export function IntroductionPage(props: {
  ctx: RequestContext;
  view: IntroductionView;
  notice?: PageNotice;
  errors?: FieldErrors;
  dealValues?: Record<string, string>;
  formKey: string;
  threadBody?: string;
  threadErrors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
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
      {deal && <DealFacts ctx={ctx} view={view} deal={deal} />}
      <StepForms ctx={ctx} view={view} errors={props.errors} />
      {canRecordDealAt(intro.stage as IntroductionStage) && (
        <DealForm ctx={ctx} view={view} values={props.dealValues ?? {}} errors={props.errors} />
      )}
      <Thread
        ctx={ctx}
        view={view}
        formKey={props.formKey}
        body={props.threadBody}
        errors={props.threadErrors}
      />
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
        <p>
          <a href={FUNNEL_PATH}>{t('marketplace.funnel.open')}</a>
        </p>
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
