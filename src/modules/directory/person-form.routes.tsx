import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { formString, formVersion } from '../../platform/input/form-values';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import { emptyPersonFormValues, personFormValuesOf, readPersonForm } from './services/person-form';
import {
  addAffiliationFromForm,
  affiliationsOf,
  createPersonFromForm,
  editPersonFromForm,
  getEditablePerson,
  isPeopleCurator,
  ownProfileOf,
  removeAffiliationFromForm,
  type AffiliationForm,
} from './services/person-form-submit';
import { HasProfilePage, PersonFormPage } from './ui/person-form';

const PEOPLE = '/directory/people';
const editPath = (slug: string) => `${PEOPLE}/${slug}/edit`;

/** A form body with repeated names (checkboxes) kept as lists. */

const DONE: Record<string, MessageKey> = {
  created: 'directory.personForm.created',
  saved: 'directory.form.saved',
  linked: 'directory.personForm.linked',
  unlinked: 'directory.personForm.unlinked',
};

/** The edit page of a person the actor may edit, as stored, with an optional refused link. */
async function renderEditPage(
  c: AppContext,
  slug: string,
  link?: { form: AffiliationForm; fields: FieldErrors },
) {
  const ctx = c.get('ctx');
  const person = await getEditablePerson(ctx.deps, ctx, { slug });
  const done = c.req.query('done');
  const key = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return (
    <PersonFormPage
      ctx={ctx}
      person={person}
      version={person.version}
      values={personFormValuesOf(person, ctx.locale)}
      isCurator={isPeopleCurator(ctx.actor)}
      notice={key && !link ? { kind: 'success', text: ctx.t(key) } : undefined}
      affiliations={await affiliationsOf(ctx.deps, { personId: person.id })}
      affiliationForm={link && { values: link.form, errors: link.fields }}
    />
  );
}

export function registerPersonFormRoutes(router: Router) {
  const canCreate = policies.capability('directory.person:create');

  router.page('GET', `${PEOPLE}/new`, canCreate, async (c) => {
    const ctx = c.get('ctx');
    const curator = isPeopleCurator(ctx.actor);
    const own = await ownProfileOf(ctx.deps, ctx);
    if (own && !curator) return c.html(<HasProfilePage ctx={ctx} person={own} />);
    return c.html(
      <PersonFormPage
        ctx={ctx}
        values={emptyPersonFormValues()}
        isCurator={curator}
        create={{ isOwn: !curator, canChooseOwn: curator && !own, consent: false }}
      />,
    );
  });

  router.page('POST', `${PEOPLE}/new`, canCreate, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = readPersonForm(body);
    const options = {
      consent: formString(body, 'consent') === 'yes',
      own: formString(body, 'own') === 'yes',
    };
    const result = await createPersonFromForm(ctx.deps, ctx, { values, ...options });
    if (result.ok) return c.redirect(`${editPath(result.person.slug)}?done=created`, 303);
    if (result.reason === 'HAS_PROFILE')
      return c.html(<HasProfilePage ctx={ctx} person={result.person} />, 409);
    const curator = isPeopleCurator(ctx.actor);
    const own = curator && (await ownProfileOf(ctx.deps, ctx));
    const create = {
      isOwn: !curator || options.own,
      canChooseOwn: curator && !own,
      consent: options.consent,
    };
    return c.html(
      <PersonFormPage
        ctx={ctx}
        values={values}
        errors={result.fields}
        isCurator={curator}
        create={create}
      />,
      422,
    );
  });

  router.page('GET', `${PEOPLE}/:slug/edit`, policies.session, async (c) =>
    c.html(await renderEditPage(c, routeParam(c, 'slug'))),
  );

  router.page('POST', `${PEOPLE}/:slug/edit`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = readPersonForm(body);
    const version = formVersion(body);
    const result = await editPersonFromForm(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      expectedVersion: version,
      values,
    });
    if (result.ok) return c.redirect(`${editPath(result.person.slug)}?done=saved`, 303);
    const isConflict = result.reason === 'CONFLICT';
    return c.html(
      <PersonFormPage
        ctx={ctx}
        person={result.person}
        // After a refusal the next save still rests on what the user saw; after a stale save,
        // on the version now stored, which the page shows next to what they typed.
        version={isConflict ? result.person.version : version}
        values={values}
        errors={isConflict ? undefined : result.fields}
        differing={isConflict ? result.differing : undefined}
        isCurator={isPeopleCurator(ctx.actor)}
        affiliations={await affiliationsOf(ctx.deps, { personId: result.person.id })}
      />,
      isConflict ? 409 : 422,
    );
  });

  router.page('POST', `${PEOPLE}/:slug/organizations`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const form = {
      organization: formString(body, 'organization'),
      role: formString(body, 'affiliationRole'),
      title: formString(body, 'affiliationTitle'),
    };
    const result = await addAffiliationFromForm(ctx.deps, ctx, { slug, form });
    if (result.ok) return c.redirect(`${editPath(slug)}?done=linked#s-organizations`, 303);
    return c.html(await renderEditPage(c, slug, { form, fields: result.fields }), 422);
  });

  router.page('POST', `${PEOPLE}/:slug/organizations/remove`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const key = {
      organizationId: formString(body, 'organizationId'),
      role: formString(body, 'role'),
    };
    await removeAffiliationFromForm(ctx.deps, ctx, { slug, ...key });
    return c.redirect(`${editPath(slug)}?done=unlinked#s-organizations`, 303);
  });
}
