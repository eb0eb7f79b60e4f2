// The public list of challenges (open and closed) and its archive of solved ones, filtered by
// owner, sector and words.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { PageMeta } from '../../../platform/ui/page-meta';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import type { ChallengeRow } from '../db/challenges.repository';
import { CHALLENGES_PATH, PROBLEMS_PATH } from '../permissions';
import type { ChallengeList, ChallengeQuery } from '../services/challenges.queries';
import type { DirectoryOrganizationFacts } from '../../directory';
import {
  OWNERS_PATH,
  ownerCollectionPath,
  SECTORS_PATH,
  sectorCollectionPath,
} from './collection-paths';
import { challengePath, LABS_PATH } from './paths';

export const ARCHIVE_PATH = `${CHALLENGES_PATH}?archive=1`;

/** One challenge in a list: its owner and sector link to their collections. */
export function ChallengeCard(props: {
  ctx: RequestContext;
  challenge: ChallengeRow;
  owner?: DirectoryOrganizationFacts;
}) {
  const { t, locale } = props.ctx;
  const c = props.challenge;
  return (
    <li class="card">
      <p class="muted">
        {props.owner && <a href={ownerCollectionPath(props.owner)}>{props.owner.name}</a>}
        {c.sector && (
          <>
            {' · '}
            <a href={sectorCollectionPath(c.sector)}>
              {t(`directory.sector.${c.sector}` as never)}
            </a>
          </>
        )}
        {' · '}
        {t(`challenges.challengeStatus.${c.status}` as never)}
        {c.isConfidential && <> · {t('challenges.problem.confidential')}</>}
      </p>
      <h2>
        <a href={challengePath(c)}>{c.track ? `${c.title} — ${c.track}` : c.title}</a>
      </h2>
      <p>{c.summary}</p>
      <p class="muted">
        {t('challenges.challenge.closesOn', { date: formatDate(c.closesAt, locale) })}
      </p>
    </li>
  );
}

export function ChallengeListPage(props: {
  ctx: RequestContext;
  result: ChallengeList;
  query: ChallengeQuery;
  origin: string;
}) {
  const { ctx, result, query } = props;
  const { t, locale } = ctx;
  const title = t(query.isArchive ? 'challenges.list.archiveTitle' : 'challenges.list.title');
  const isFiltered = Boolean(query.q || query.owner || query.sector);
  const filters = {
    q: query.q,
    owner: query.owner,
    sector: query.sector,
    archive: query.isArchive ? '1' : undefined,
  };
  return (
    <Layout
      ctx={ctx}
      title={title}
      path={CHALLENGES_PATH}
      head={
        <PageMeta
          url={`${props.origin}${CHALLENGES_PATH}`}
          title={title}
          description={t('challenges.list.lead')}
          locale={locale}
          type="website"
        />
      }
    >
      <h1>{title}</h1>
      <p class="lead">{t('challenges.list.lead')}</p>
      <p class="row">
        {query.isArchive ? (
          <a href={CHALLENGES_PATH}>{t('challenges.list.current')}</a>
        ) : (
          <a href={ARCHIVE_PATH}>{t('challenges.list.archive')}</a>
        )}
        <a href={OWNERS_PATH}>{t('challenges.collections.owners')}</a>
        <a href={SECTORS_PATH}>{t('challenges.collections.sectors')}</a>
        <a href={PROBLEMS_PATH}>{t('challenges.list.postProblem')}</a>
        <a href={LABS_PATH}>{t('challenges.lab.title')}</a>
      </p>
      <FilterForm
        t={t}
        action={CHALLENGES_PATH}
        isFiltered={isFiltered}
        clearHref={query.isArchive ? ARCHIVE_PATH : CHALLENGES_PATH}
        class="filter-grid"
      >
        {query.isArchive && <input type="hidden" name="archive" value="1" />}
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('challenges.list.words')}
          value={query.q}
        />
        <SelectField
          t={t}
          name="owner"
          label={t('challenges.problem.owner')}
          value={query.owner}
          empty={t('challenges.list.any')}
          options={result.ownerChoices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          t={t}
          name="sector"
          label={t('challenges.problem.sector')}
          value={query.sector}
          empty={t('challenges.list.any')}
          options={result.sectorChoices.map((s) => ({
            value: s,
            label: t(`directory.sector.${s}` as never),
          }))}
        />
      </FilterForm>
      <p role="status">{t('challenges.list.count', { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p class="muted">{t(isFiltered ? 'challenges.list.noMatch' : 'challenges.list.empty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((c) => (
            <ChallengeCard
              ctx={ctx}
              challenge={c}
              owner={result.owners.get(c.ownerOrganizationId)}
            />
          ))}
        </ul>
      )}
      <ListPager t={t} locale={locale} result={result} path={CHALLENGES_PATH} filters={filters} />
    </Layout>
  );
}
