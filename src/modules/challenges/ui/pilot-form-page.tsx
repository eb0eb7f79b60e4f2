// The centre's form recording a pilot agreement between a challenge's owner and one of the solvers
// that accepted its agreement, above the challenge's pilots so far.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { SelectField } from '../../../platform/ui/choice-controls';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import type { DirectoryOrganizationFacts } from '../../directory';
import type { ChallengeRow } from '../db/challenges.repository';
import type { LivingLabRow, PilotRow } from '../db/pilots.repository';
import { STAFF_PATH } from '../permissions';
import { pilotPath } from './paths';

export const pilotFormPath = (c: { slug: string }) => `${STAFF_PATH}/challenges/${c.slug}/pilots`;

export interface PilotFormData {
  challenge: ChallengeRow;
  solvers: DirectoryOrganizationFacts[];
  labs: LivingLabRow[];
  pilots: PilotRow[];
  orgs: Map<string, DirectoryOrganizationFacts>;
}

function PilotList({ ctx, data }: { ctx: RequestContext; data: PilotFormData }) {
  const { t } = ctx;
  if (data.pilots.length === 0) return <p>{t('challenges.pilot.none')}</p>;
  return (
    <ul>
      {data.pilots.map((p) => (
        <li>
          <a href={pilotPath(p)}>
            {data.orgs.get(p.solverOrganizationId)?.name ?? p.solverOrganizationId}
          </a>{' '}
          — {t(`challenges.pilot.status.${p.status as 'running' | 'ended'}`)}
        </li>
      ))}
    </ul>
  );
}

export function PilotFormPage(props: {
  ctx: RequestContext;
  data: PilotFormData;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, data } = props;
  const { t } = ctx;
  const v = props.values ?? { checkInEveryWeeks: '4', ownerSharePercent: '0' };
  const common = { t, errors: props.errors };
  const path = pilotFormPath(data.challenge);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('challenges.pilot.formTitle', { challenge: data.challenge.title })}
      lead={t('challenges.pilot.formLead')}
      errors={props.errors}
    >
      <h2>{t('challenges.pilot.list')}</h2>
      <PilotList ctx={ctx} data={data} />
      {data.solvers.length === 0 ? (
        <p>{t('challenges.pilot.noSolvers')}</p>
      ) : (
        <form method="post" action={path} class="stack" novalidate>
          <h2>{t('challenges.pilot.new')}</h2>
          <SelectField
            {...common}
            name="solverOrganizationId"
            label={t('challenges.pilot.solver')}
            value={v.solverOrganizationId}
            options={data.solvers.map((s) => ({ value: s.id, label: s.name }))}
            required
          />
          <LongTextField
            {...common}
            name="scope"
            label={t('challenges.pilot.scope')}
            value={v.scope}
            rows={4}
            required
          />
          <SelectField
            {...common}
            name="livingLabId"
            label={t('challenges.pilot.lab')}
            value={v.livingLabId}
            empty={t('challenges.pilot.noLab')}
            options={data.labs.map((l) => ({ value: l.id, label: l.name }))}
          />
          <TextField {...common} name="site" label={t('challenges.pilot.site')} value={v.site} />
          <DateField
            {...common}
            name="startsOn"
            label={t('challenges.pilot.startsOn')}
            value={v.startsOn}
            required
          />
          <DateField
            {...common}
            name="lastDay"
            label={t('challenges.pilot.lastDay')}
            value={v.lastDay}
            required
          />
          <TextField
            {...common}
            name="checkInEveryWeeks"
            label={t('challenges.pilot.cadence')}
            hint={t('challenges.pilot.cadenceHint')}
            inputmode="numeric"
            value={v.checkInEveryWeeks}
            required
          />
          <LongTextField
            {...common}
            name="responsibilities"
            label={t('challenges.pilot.responsibilities')}
            value={v.responsibilities}
            rows={3}
          />
          <LongTextField
            {...common}
            name="dataAccess"
            label={t('challenges.pilot.dataAccess')}
            value={v.dataAccess}
            rows={3}
          />
          <MoneyField
            {...common}
            name="budgetVnd"
            label={t('challenges.pilot.budget')}
            value={v.budgetVnd}
          />
          <TextField
            {...common}
            name="ownerSharePercent"
            label={t('challenges.pilot.ownerShare')}
            inputmode="numeric"
            value={v.ownerSharePercent}
          />
          <LongTextField
            {...common}
            name="milestones"
            label={t('challenges.pilot.milestones')}
            hint={t('challenges.pilot.milestonesHint')}
            value={v.milestones}
            rows={4}
          />
          <p>
            <button type="submit">{t('challenges.pilot.sign')}</button>
          </p>
        </form>
      )}
    </BackofficePage>
  );
}
