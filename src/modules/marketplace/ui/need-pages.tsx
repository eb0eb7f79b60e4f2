// Needs: the public list of teasers, a need's page (details for those who may read them, else a
// request to read them), and the short intake form.
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatNumber, formatVnd } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import { LongTextField, MoneyField, TextField } from '../../../platform/ui/text-controls';
import type { NeedRow } from '../db/needs.repository';
import { NEED_TIMELINES } from '../domain/need';
import { NEED_RESTRICTABLE } from '../domain/confidentiality';
import type { NeedFormState } from '../services/need-form';
import { NEED_PAGE_SIZE, type NeedView } from '../services/needs.queries';
import type { Owner } from '../services/owners';
import { needTiers } from '../services/confidential-access';
import { DocumentsSection, Held, NdaSection, TierChoices } from './confidential';
import { sectorChoices, sectorLabel, transferChoices, transferLabel } from './labels';
import { MarketplaceTabs } from './tabs';
import { INTRODUCTIONS_PATH, NEEDS_PATH, needPath } from './paths';
import { SaveSearchForm } from './saved-search-pages';

const timelineLabel = (ctx: RequestContext, v: string) =>
  ctx.t(`marketplace.timeline.${v}` as never);

export function NeedListPage(props: {
  ctx: RequestContext;
  sector?: string;
  result: { rows: NeedRow[]; total: number; page: number };
  ownerNames: Map<string, string>;
}) {
  const { ctx, result } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('marketplace.needs.title')} path={NEEDS_PATH}>
      <h1>{t('marketplace.needs.title')}</h1>
      <p class="lead">{t('marketplace.needs.lead')}</p>
      <MarketplaceTabs ctx={ctx} current="needs" />
      <p>
        <a class="button" href={`${NEEDS_PATH}/new`}>
          {t('marketplace.need.new')}
        </a>
      </p>
      <FilterForm
        t={t}
        action={NEEDS_PATH}
        isFiltered={Boolean(props.sector)}
        submitLabel={t('marketplace.filter')}
      >
        <SelectField
          t={t}
          name="sector"
          label={t('marketplace.field.sectors')}
          value={props.sector}
          empty={t('marketplace.any')}
          options={sectorChoices(t)}
        />
      </FilterForm>
      <p role="status">
        {t('marketplace.needs.count', { count: formatNumber(result.total, locale) })}
      </p>
      {result.rows.length === 0 ? (
        <p class="muted">{t('marketplace.needs.empty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((need) => (
            <li class="card">
              <p class="muted">
                {need.sectors.map((s) => sectorLabel(t, s)).join(', ')} ·{' '}
                {formatDate(need.createdAt, locale)}
              </p>
              <h2>
                <a href={needPath(need.id)}>{need.title}</a>
              </h2>
              <p>{props.ownerNames.get(need.ownerOrgId)}</p>
              <p>{need.teaser}</p>
            </li>
          ))}
        </ul>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={NEEDS_PATH}
        filters={{ sector: props.sector }}
        size={NEED_PAGE_SIZE}
      />
      {props.sector && <SaveSearchForm ctx={ctx} kind="need" filters={{ sector: props.sector }} />}
    </Layout>
  );
}

function budgetText(ctx: RequestContext, need: NeedRow) {
  const { t, locale } = ctx;
  const [min, max] = [need.budgetMinVnd, need.budgetMaxVnd];
  if (min === null && max === null) return t('marketplace.budget.unknown');
  if (min !== null && max !== null) return `${formatVnd(min, locale)} – ${formatVnd(max, locale)}`;
  return min !== null ? `≥ ${formatVnd(min, locale)}` : `≤ ${formatVnd(max!, locale)}`;
}

function NeedDetails({ ctx, view }: { ctx: RequestContext; view: NeedView }) {
  const { t } = ctx;
  const { need } = view;
  const tiers = needTiers(need);
  const held = (field: string, children: Child) => (
    <Held ctx={ctx} disclosure={view.disclosure} tiers={tiers} field={field}>
      {children}
    </Held>
  );
  return (
    <section aria-labelledby="need-details">
      <h2 id="need-details">{t('marketplace.need.details')}</h2>
      <dl class="facts">
        <dt>{t('marketplace.field.problem')}</dt>
        <dd class="prose">{held('problem', need.problem)}</dd>
        {need.currentSolution && (
          <>
            <dt>{t('marketplace.field.currentSolution')}</dt>
            <dd>{held('currentSolution', need.currentSolution)}</dd>
          </>
        )}
        {need.constraints && (
          <>
            <dt>{t('marketplace.field.constraints')}</dt>
            <dd>{held('constraints', need.constraints)}</dd>
          </>
        )}
        <dt>{t('marketplace.field.budget')}</dt>
        <dd>{held('budget', budgetText(ctx, need))}</dd>
        {need.transferForms.length > 0 && (
          <>
            <dt>{t('marketplace.field.transferForms')}</dt>
            <dd>{need.transferForms.map((f) => transferLabel(t, f)).join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function AccessRequests({ ctx, view }: { ctx: RequestContext; view: NeedView }) {
  const { t } = ctx;
  if (!view.requests) return null;
  return (
    <section aria-labelledby="need-requests">
      <h2 id="need-requests">{t('marketplace.need.requests')}</h2>
      {view.requests.length === 0 ? (
        <p class="muted">{t('marketplace.mine.none')}</p>
      ) : (
        <ul>
          {view.requests.map((r) => (
            <li>
              <strong>{r.name}</strong> ({r.email}) — {t(`marketplace.access.${r.status}` as never)}
              {r.message && <p>{r.message}</p>}
              {r.status === 'requested' && (
                <p class="actions">
                  <ActionButton
                    action={`${needPath(view.need.id)}/access/${r.id}`}
                    label={t('marketplace.access.approve')}
                    ariaLabel={`${t('marketplace.access.approve')}: ${r.name}`}
                    hidden={{ decision: 'approved' }}
                  />
                  <ActionButton
                    action={`${needPath(view.need.id)}/access/${r.id}`}
                    label={t('marketplace.access.refuse')}
                    ariaLabel={`${t('marketplace.access.refuse')}: ${r.name}`}
                    kind="secondary"
                    hidden={{ decision: 'refused' }}
                  />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AskForDetails({ ctx, view }: { ctx: RequestContext; view: NeedView }) {
  const { t } = ctx;
  if (ctx.actor.kind !== 'user')
    return (
      <p>
        <a href={`/login?next=${encodeURIComponent(needPath(view.need.id))}`}>
          {t('marketplace.need.signInToAsk')}
        </a>
      </p>
    );
  if (view.ownRequest)
    return <Notice kind="info">{t(`marketplace.access.own.${view.ownRequest}` as never)}</Notice>;
  return (
    <form method="post" action={`${needPath(view.need.id)}/access`}>
      <LongTextField
        t={t}
        name="message"
        label={t('marketplace.access.message')}
        hint={t('marketplace.access.message.hint')}
        rows={3}
      />
      <button type="submit">{t('marketplace.access.ask')}</button>
    </form>
  );
}

export function NeedPage(props: {
  ctx: RequestContext;
  view: NeedView;
  notice?: PageNotice;
  nda?: { errors?: FieldErrors; isStale?: boolean };
  documentErrors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const { need } = view;
  const base = needPath(need.id);
  return (
    <Layout
      ctx={ctx}
      title={need.title}
      path={needPath(need.id)}
      head={<meta name="robots" content={need.isConfidential ? 'noindex' : 'index'} />}
    >
      <p class="muted">
        <a href={NEEDS_PATH}>{t('marketplace.needs.title')}</a>
      </p>
      <h1>{need.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <p class="lead">{need.teaser}</p>
      <dl class="facts">
        <dt>{t('marketplace.field.needOwner')}</dt>
        <dd>{view.owner.name}</dd>
        <dt>{t('marketplace.field.sectors')}</dt>
        <dd>{need.sectors.map((s) => sectorLabel(t, s)).join(', ')}</dd>
        <dt>{t('marketplace.field.timeline')}</dt>
        <dd>{timelineLabel(ctx, need.timeline)}</dd>
      </dl>
      <NeedDetails ctx={ctx} view={view} />
      {need.status === 'open' && view.disclosure.offersNda && (
        <NdaSection ctx={ctx} action={`${base}/nda`} returnPath={base} {...props.nda} />
      )}
      {view.disclosure.needsParty && (
        <section aria-labelledby="need-confidential">
          <h2 id="need-confidential">{t('marketplace.need.askDetails')}</h2>
          <p>{t('marketplace.need.confidential')}</p>
          <AskForDetails ctx={ctx} view={view} />
        </section>
      )}
      {(view.disclosure.reach.isOwnerSide || view.disclosure.reach.isStaff) && (
        <p>
          {need.status === 'open' && (
            <a class="button" href={`${base}/matches`}>
              {t('marketplace.match.link')}
            </a>
          )}{' '}
          <a href={`${base}/edit`}>{t('marketplace.need.edit')}</a>
        </p>
      )}
      <DocumentsSection
        ctx={ctx}
        base={base}
        documents={view.documents}
        mayRead={view.disclosure.reach.tier === 'parties'}
        mayAdd={view.disclosure.reach.isOwnerSide || view.disclosure.reach.isStaff}
        showViews={view.disclosure.reach.isOwnerSide}
        errors={props.documentErrors}
      />
      {!view.isOwnerSide && need.status === 'open' && (
        <p>
          <a class="button" href={`${INTRODUCTIONS_PATH}/new?need=${need.id}`}>
            {t('marketplace.introduction.ask')}
          </a>
        </p>
      )}
      <AccessRequests ctx={ctx} view={view} />
    </Layout>
  );
}

export function NeedFormPage(props: {
  ctx: RequestContext;
  state: NeedFormState;
  owners: Owner[];
  isStaff: boolean;
  errors?: FieldErrors;
  /** A new need's one-time key; a posted need's correction gives its version instead. */
  submissionKey?: string;
  edit?: { id: string; version: number; isConflict?: boolean };
}) {
  const { ctx, state, errors, edit } = props;
  const { t } = ctx;
  const v = (name: string) => state.values[name] ?? '';
  const text = (
    name: string,
    extra: { rows?: number; required?: boolean; hint?: boolean; type?: string } = {},
  ) => {
    const common = {
      t,
      name,
      // A need's title names the need, not a technology as an offer's does.
      label: t(
        name === 'title' ? 'marketplace.field.needTitle' : (`marketplace.field.${name}` as never),
      ),
      hint: extra.hint ? t(`marketplace.field.${name}.hint` as never) : undefined,
      value: v(name),
      errors,
      required: extra.required,
    };
    return extra.rows ? (
      <LongTextField {...common} rows={extra.rows} />
    ) : (
      <TextField {...common} type={extra.type} />
    );
  };
  const noOwner = !edit && !props.isStaff && props.owners.length === 0;
  const action = edit ? `${needPath(edit.id)}/edit` : `${NEEDS_PATH}/new`;
  const title = t(edit ? 'marketplace.need.edit' : 'marketplace.need.new');
  return (
    <Layout ctx={ctx} title={title} path={action}>
      <h1>{title}</h1>
      {edit?.isConflict && <Notice kind="error">{t('marketplace.conflict')}</Notice>}
      {!edit && (
        <p class="lead">
          {t(props.isStaff ? 'marketplace.need.staffLead' : 'marketplace.need.lead')}
        </p>
      )}
      {noOwner ? (
        <Notice kind="info">
          {t('marketplace.offer.noOwner')}{' '}
          <a href="/directory">{t('marketplace.offer.findProfile')}</a>
        </Notice>
      ) : (
        <form method="post" action={action} novalidate>
          <ErrorSummary t={t} errors={errors} />
          {edit ? (
            <input type="hidden" name="version" value={String(edit.version)} />
          ) : (
            <input type="hidden" name="submissionKey" value={props.submissionKey} />
          )}
          {edit ? null : props.isStaff ? (
            <TextField
              t={t}
              name="owner"
              label={t('marketplace.field.needOwner')}
              hint={t('marketplace.field.owner.staffHint')}
              value={v('owner')}
              errors={errors}
              required
            />
          ) : (
            <SelectField
              t={t}
              name="owner"
              label={t('marketplace.field.needOwner')}
              value={v('owner')}
              errors={errors}
              options={props.owners.map((o) => ({ value: o.slug, label: o.name }))}
              required
            />
          )}
          {text('title', { required: true })}
          {text('teaser', { rows: 2, required: true, hint: true })}
          {text('problem', { rows: 4, required: true, hint: true })}
          {text('currentSolution', { rows: 2 })}
          {text('constraints', { rows: 2 })}
          <MoneyField
            t={t}
            name="budgetMinVnd"
            label={t('marketplace.field.budgetMinVnd')}
            value={v('budgetMinVnd')}
            errors={errors}
          />
          <MoneyField
            t={t}
            name="budgetMaxVnd"
            label={t('marketplace.field.budgetMaxVnd')}
            value={v('budgetMaxVnd')}
            errors={errors}
          />
          <SelectField
            t={t}
            name="timeline"
            label={t('marketplace.field.timeline')}
            value={v('timeline')}
            errors={errors}
            options={NEED_TIMELINES.map((x) => ({ value: x, label: timelineLabel(ctx, x) }))}
            required
          />
          <CheckboxGroup
            t={t}
            name="sectors"
            legend={t('marketplace.field.sectors')}
            options={sectorChoices(t)}
            values={state.sectors}
            errors={errors}
          />
          <Checkbox
            t={t}
            name="isPublic"
            label={t('marketplace.field.isPublic')}
            hint={t('marketplace.field.isPublic.hint')}
            checked={v('isPublic') === 'yes'}
            errors={errors}
          />
          <Checkbox
            t={t}
            name="allowsDirectIntroduction"
            label={t('marketplace.field.allowsDirectIntroduction')}
            hint={t('marketplace.field.allowsDirectIntroduction.hint')}
            checked={v('allowsDirectIntroduction') === 'yes'}
            errors={errors}
          />
          <TierChoices
            ctx={ctx}
            fields={NEED_RESTRICTABLE}
            values={state.values}
            fallback="parties"
            hint={t('marketplace.tiers.needHint')}
            errors={errors}
          />
          <CheckboxGroup
            t={t}
            name="transferForms"
            legend={t('marketplace.field.needTransferForms')}
            hint={t('marketplace.field.needTransferForms.hint')}
            options={transferChoices(t)}
            values={state.transferForms ?? []}
            errors={errors}
          />
          {props.isStaff && text('contactName')}
          {props.isStaff && text('contactPhone', { type: 'tel' })}
          <button type="submit">
            {t(edit ? 'marketplace.need.save' : 'marketplace.need.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}
