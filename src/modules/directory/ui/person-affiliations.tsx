// The organisations a person is linked to, on their edit page: one small form to remove each
// link, one to add a link (forms cannot nest, so these stand after the profile's form).
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { PersonRow } from '../db/people.repository';
import { AFFILIATION_ROLES } from '../services/create-person';
import type { AffiliationForm } from '../services/person-form-submit';
import type { PersonAffiliation } from '../services/people.queries';
import { affiliationLabel } from './people-page';
import { SelectField } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';
import { Section } from './form-parts';
import { ActionButton } from '../../../platform/ui/action-button';

export interface AffiliationFormState {
  values: AffiliationForm;
  errors?: FieldErrors;
}

export const affiliationsPath = (person: Pick<PersonRow, 'slug'>) =>
  `/directory/people/${person.slug}/organizations`;

export function PersonAffiliations(props: {
  ctx: RequestContext;
  person: PersonRow;
  affiliations: PersonAffiliation[];
  form?: AffiliationFormState;
  isCurator: boolean;
}) {
  const { ctx, person, affiliations, isCurator } = props;
  const { t } = ctx;
  const values = props.form?.values ?? { organization: '', role: 'founder', title: '' };
  const common = { t, errors: props.form?.errors };
  const base = affiliationsPath(person);
  return (
    <Section id="s-organizations" title={t('directory.personForm.organizations')}>
      {!isCurator && <p class="muted">{t('directory.personForm.organizations.lead')}</p>}
      {affiliations.length === 0 ? (
        <p class="muted">{t('directory.person.noOrganizations')}</p>
      ) : (
        <ul>
          {affiliations.map((a) => {
            const name = a.organization.shortName || a.organization.legalName;
            return (
              <li>
                <a href={`/directory/organizations/${a.organization.slug}`}>{name}</a>
                {` — ${[affiliationLabel(t, a.role), a.title].filter(Boolean).join(', ')} `}
                <ActionButton
                  action={`${base}/remove`}
                  label={t('directory.personForm.unlink')}
                  ariaLabel={t('directory.personForm.unlinkLabel', { name })}
                  kind="secondary"
                  hidden={{ organizationId: a.organization.id, role: a.role }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <form method="post" action={base} novalidate aria-labelledby="s-link">
        <h3 id="s-link">{t('directory.personForm.organizations.addTitle')}</h3>
        <TextField
          {...common}
          name="organization"
          label={t('directory.personForm.organization')}
          hint={t('directory.personForm.organization.hint')}
          value={values.organization}
          required
        />
        <SelectField
          {...common}
          name="affiliationRole"
          label={t('directory.personForm.affiliationRole')}
          value={values.role}
          options={AFFILIATION_ROLES.map((r) => ({ value: r, label: affiliationLabel(t, r) }))}
        />
        <TextField
          {...common}
          name="affiliationTitle"
          label={t('directory.personForm.affiliationTitle')}
          value={values.title}
          maxlength={120}
        />
        <p>
          <button type="submit">{t('directory.personForm.link')}</button>
        </p>
      </form>
    </Section>
  );
}
