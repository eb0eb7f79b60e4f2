import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { STAFF_PATH } from '../permissions';
import type { ProgrammePage } from '../services/programmes/programmes.queries';
import { listHref, ProgrammeList } from './programmes-page';
import type { PageNotice } from '../../../platform/ui/notice';

export function StaffProgrammesPage(props: {
  ctx: RequestContext;
  result: ProgrammePage;
  notice?: PageNotice;
}) {
  const { ctx, result, notice } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={listHref(STAFF_PATH, result.kind, result.page)}
      title={t('programs.staff.title')}
      lead={t('programs.staff.lead')}
      notice={notice}
    >
      <p>
        <a class="button" href={`${STAFF_PATH}/new`}>
          {t('programs.staff.create')}
        </a>
      </p>
      <ProgrammeList ctx={ctx} result={result} path={STAFF_PATH} />
    </BackofficePage>
  );
}
