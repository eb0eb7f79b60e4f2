// The offer's potential adopters on its suggestions page: directory organisations in its sectors,
// each linked to its profile with why it is there.
import type { RequestContext } from '../../../platform/http/context';
import type { PotentialAdopter } from '../services/potential-adopters';
import { sectorLabel } from './labels';
import { organizationPath } from './paths';

export function AdoptersSection(props: { ctx: RequestContext; adopters: PotentialAdopter[] }) {
  const { t } = props.ctx;
  return (
    <section aria-labelledby="adopters">
      <h2 id="adopters">{t('marketplace.adopters.title')}</h2>
      <p class="muted">{t('marketplace.adopters.lead')}</p>
      {props.adopters.length === 0 ? (
        <p class="muted">{t('marketplace.adopters.none')}</p>
      ) : (
        <ol>
          {props.adopters.map((a) => (
            <li>
              <a href={organizationPath(a.slug)}>{a.name}</a> —{' '}
              {t('marketplace.match.reason.sectors', {
                sectors: a.sectors.map((s) => sectorLabel(t, s)).join(', '),
              })}
              {a.isSameProvince && `; ${t('marketplace.match.reason.province')}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
