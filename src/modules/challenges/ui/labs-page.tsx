// The living-lab register: every site where pilots can run, with its host, sector, capacity,
// facilities and availability; the centre adds labs beneath it.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { formatNumber } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { DirectoryOrganizationFacts } from '../../directory';
import type { LivingLabRow } from '../db/pilots.repository';
import { LABS_PATH } from './paths';
import { sectorChoices } from './problem-form';

export interface LabsPageData {
  labs: LivingLabRow[];
  hosts: Map<string, DirectoryOrganizationFacts>;
  q: string;
  canAdd: boolean;
}

function Lab({
  ctx,
  lab,
  host,
}: {
  ctx: RequestContext;
  lab: LivingLabRow;
  host?: DirectoryOrganizationFacts;
}) {
  const { t, locale } = ctx;
  return (
    <li id={`lab-${lab.id}`} class="card">
      <h2>{lab.name}</h2>
      <dl class="facts">
        {host && (
          <>
            <dt>{t('challenges.lab.host')}</dt>
            <dd>
              <a href={`/directory/organizations/${host.slug}`}>{host.name}</a>
            </dd>
          </>
        )}
        {lab.address && (
          <>
            <dt>{t('challenges.lab.address')}</dt>
            <dd>{lab.address}</dd>
          </>
        )}
        {lab.sector && (
          <>
            <dt>{t('challenges.lab.sector')}</dt>
            <dd>{t(`directory.sector.${lab.sector}` as never)}</dd>
          </>
        )}
        {lab.capacity !== null && (
          <>
            <dt>{t('challenges.lab.capacity')}</dt>
            <dd>{formatNumber(lab.capacity, locale)}</dd>
          </>
        )}
        {lab.facilities && (
          <>
            <dt>{t('challenges.lab.facilities')}</dt>
            <dd class="pre-wrap">{lab.facilities}</dd>
          </>
        )}
        {lab.availability && (
          <>
            <dt>{t('challenges.lab.availability')}</dt>
            <dd class="pre-wrap">{lab.availability}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

function AddLab(props: { ctx: RequestContext; values?: FormValues; errors?: FieldErrors }) {
  const { t } = props.ctx;
  const v = props.values ?? {};
  const common = { t, errors: props.errors };
  return (
    <form method="post" action={LABS_PATH} class="stack" novalidate>
      <h2>{t('challenges.lab.add')}</h2>
      <TextField {...common} name="name" label={t('challenges.lab.name')} value={v.name} required />
      <TextField
        {...common}
        name="hostOrganization"
        label={t('challenges.lab.host')}
        hint={t('challenges.lab.hostHint')}
        value={v.hostOrganization}
      />
      <TextField {...common} name="address" label={t('challenges.lab.address')} value={v.address} />
      <SelectField
        {...common}
        name="sector"
        label={t('challenges.lab.sector')}
        value={v.sector}
        empty={t('challenges.lab.anySector')}
        options={sectorChoices(t)}
      />
      <TextField
        {...common}
        name="capacity"
        label={t('challenges.lab.capacity')}
        inputmode="numeric"
        value={v.capacity}
      />
      <LongTextField
        {...common}
        name="facilities"
        label={t('challenges.lab.facilities')}
        value={v.facilities}
        rows={3}
      />
      <LongTextField
        {...common}
        name="availability"
        label={t('challenges.lab.availability')}
        value={v.availability}
        rows={2}
      />
      <p>
        <button type="submit">{t('challenges.lab.save')}</button>
      </p>
    </form>
  );
}

export function LabsPage(props: {
  ctx: RequestContext;
  data: LabsPageData;
  notice?: PageNotice;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('challenges.lab.title')}
      path={LABS_PATH}
      description={t('challenges.lab.lead')}
    >
      <h1>{t('challenges.lab.title')}</h1>
      <p class="lead">{t('challenges.lab.lead')}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <form method="get" action={LABS_PATH} role="search" class="stack">
        <TextField t={t} name="q" type="search" label={t('challenges.lab.search')} value={data.q} />
        <p>
          <button type="submit">{t('common.search')}</button>
        </p>
      </form>
      {data.labs.length === 0 ? (
        <p>{t(data.q ? 'challenges.lab.noneFound' : 'challenges.lab.none')}</p>
      ) : (
        <ul class="cards">
          {data.labs.map((lab) => (
            <Lab
              ctx={ctx}
              lab={lab}
              host={lab.hostOrganizationId ? data.hosts.get(lab.hostOrganizationId) : undefined}
            />
          ))}
        </ul>
      )}
      {data.canAdd && (
        <>
          <ErrorSummary t={t} errors={props.errors} />
          <AddLab ctx={ctx} values={props.values} errors={props.errors} />
        </>
      )}
    </Layout>
  );
}
