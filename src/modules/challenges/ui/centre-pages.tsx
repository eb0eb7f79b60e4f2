// The centre's queue of problems to scope, filtered by status.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { ListPager } from '../../../platform/ui/pager';
import { PROBLEM_STATUSES } from '../domain/problem';
import { STAFF_PATH } from '../permissions';
import type { ProblemList } from '../services/problems.queries';
import { ProblemTable } from './problem-pages';

export function CentreQueuePage(props: {
  ctx: RequestContext;
  result: ProblemList;
  status?: string;
}) {
  const { ctx, result, status } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={STAFF_PATH}
      title={t('challenges.centre.title')}
      lead={t('challenges.centre.lead')}
    >
      <FilterForm t={t} action={STAFF_PATH} isFiltered={Boolean(status)}>
        <SelectField
          t={t}
          name="status"
          label={t('challenges.problem.status')}
          value={status}
          empty={t('challenges.centre.anyStatus')}
          options={PROBLEM_STATUSES.filter((s) => s !== 'draft').map((s) => ({
            value: s,
            label: t(`challenges.status.${s}`),
          }))}
        />
      </FilterForm>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={Boolean(status)} empty="challenges.centre.empty" />
      ) : (
        <>
          <ProblemTable ctx={ctx} result={result} owners={result.owners} />
          <ListPager t={t} locale={locale} result={result} path={STAFF_PATH} filters={{ status }} />
        </>
      )}
    </BackofficePage>
  );
}
