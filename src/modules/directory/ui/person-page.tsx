import { hasRole, isSignedIn } from '../../../platform/authz';
import type { RequestContext } from '../../../platform/http/context';
import { Layout } from '../../../platform/ui/layout';
import { provinceByCode } from '../domain/provinces';
import type { PersonRow } from '../db/people.repository';
import type { PersonAffiliation } from '../services/people.queries';
import { languageLabel } from '../services/person-search-fields';
import { jsonLd } from '../../../platform/ui/page-meta';
import { provinceLabel } from './labels';
import { affiliationLabel, roleLabel } from './people-page';

/** Contact details this viewer gets: what visibility allows, and nothing direct when refused. */
function contactOf(ctx: RequestContext, person: PersonRow) {
  const isStaff = hasRole(ctx.actor, 'admin', 'staff');
  const direct = person.contactPreference !== 'none' || isStaff;
  return {
    email: direct ? person.email : null,
    phone: direct ? person.phone : null,
    website: person.website,
  };
}

function personJsonLd(
  person: PersonRow,
  contact: ReturnType<typeof contactOf>,
  affiliations: PersonAffiliation[],
  url: string,
  origin: string,
) {
  const province = person.provinceCode ? provinceByCode(person.provinceCode) : undefined;
  const sameAs = [contact.website, ...Object.values(person.links)].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name: person.fullName,
    jobTitle: person.headline ?? undefined,
    description: person.bioVi ?? person.bioEn ?? undefined,
    knowsAbout: person.expertise.length ? person.expertise : undefined,
    knowsLanguage: person.languages.length ? person.languages : undefined,
    email: contact.email ?? undefined,
    telephone: contact.phone ?? undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    homeLocation: province
      ? {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressRegion: province.name, addressCountry: 'VN' },
        }
      : undefined,
    affiliation: affiliations.length
      ? affiliations.map((a) => ({
          '@type': 'Organization',
          name: a.organization.legalName,
          url: `${origin}/directory/organizations/${a.organization.slug}`,
        }))
      : undefined,
  };
}

/** "(visible to staff only)" beside a restricted field its viewer may see. */
function RestrictedNote({
  ctx,
  person,
  field,
}: {
  ctx: RequestContext;
  person: PersonRow;
  field: string;
}) {
  const level = person.visibility[field];
  if (!level || level === 'public') return null;
  return <span class="muted">{` (${ctx.t(`directory.person.visibleTo.${level}`)})`}</span>;
}

function ContactSection({ ctx, person }: { ctx: RequestContext; person: PersonRow }) {
  const { t } = ctx;
  const contact = contactOf(ctx, person);
  const login = `/login?next=${encodeURIComponent(`/directory/people/${person.slug}`)}`;
  const LogIn = () => (
    <>
      {' '}
      <a href={login}>{t('identity.login')}</a>
    </>
  );
  const emailLevel = person.visibility.email ?? 'public';
  let sentence;
  if (person.contactPreference === 'none') sentence = <p>{t('directory.person.noContact')}</p>;
  else if (person.contactPreference === 'platform')
    sentence = isSignedIn(ctx.actor) ? (
      <p>{t('directory.person.contactViaPlatformSignedIn')}</p>
    ) : (
      <p>
        {t('directory.person.contactViaPlatform')}
        <LogIn />
      </p>
    );
  else if (contact.email) sentence = <p>{t('directory.person.contactByEmail')}</p>;
  else if (!isSignedIn(ctx.actor) && emailLevel === 'members')
    sentence = (
      <p>
        {t('directory.person.contactLogIn')}
        <LogIn />
      </p>
    );
  else sentence = <p>{t('directory.person.contactHidden')}</p>;
  const rows: [string, string, string | null, boolean][] = [
    ['email', t('directory.person.email'), contact.email, false],
    ['phone', t('directory.person.phone'), contact.phone, false],
    ['website', t('directory.person.website'), contact.website, true],
    // Other pages of the person: public, as the form says.
    ...Object.entries(person.links).map(([label, url]): [string, string, string, boolean] => [
      'link',
      label,
      url,
      true,
    ]),
  ];
  const shown = rows.filter(([, , value]) => value);
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{t('directory.person.contact')}</h2>
      {sentence}
      {shown.length > 0 && (
        <dl class="facts">
          {shown.map(([field, label, value, isLink]) => (
            <>
              <dt>{label}</dt>
              <dd>
                {isLink ? (
                  <a href={value!} rel="nofollow noopener" target="_blank">
                    {value}
                  </a>
                ) : field === 'email' ? (
                  <a href={`mailto:${value}`}>{value}</a>
                ) : (
                  value
                )}
                <RestrictedNote ctx={ctx} person={person} field={field} />
              </dd>
            </>
          ))}
        </dl>
      )}
    </section>
  );
}

/** What this viewer may do from the page. */
export interface PersonActions {
  canEdit: boolean;
  /** The profile belongs to the viewer's account. */
  isYours: boolean;
  /** Staff add anyone; a member without a profile creates their own. */
  add?: 'person' | 'own';
}

function ActionsRow({
  ctx,
  person,
  actions,
}: {
  ctx: RequestContext;
  person: PersonRow;
  actions?: PersonActions;
}) {
  if (!actions || (!actions.canEdit && !actions.add && !actions.isYours)) return null;
  const { t } = ctx;
  return (
    <div class="row" role="group" aria-label={t('directory.actions.label')}>
      {actions.isYours && <span>{t('directory.person.actions.yours')}</span>}
      {actions.canEdit && (
        <a class="button small secondary" href={`/directory/people/${person.slug}/edit`}>
          {t('directory.actions.edit')}
        </a>
      )}
      {actions.add && (
        <a href="/directory/people/new">
          {t(actions.add === 'own' ? 'directory.people.createOwn' : 'directory.people.add')}
        </a>
      )}
    </div>
  );
}

export function PersonPageView({
  ctx,
  person,
  affiliations,
  actions,
}: {
  ctx: RequestContext;
  person: PersonRow;
  affiliations: PersonAffiliation[];
  actions?: PersonActions;
}) {
  const { t, locale } = ctx;
  const origin = ctx.deps.config.publicUrl;
  const path = `/directory/people/${person.slug}`;
  const url = `${origin}${path}`;
  const bio = (locale === 'en' && person.bioEn) || person.bioVi || person.bioEn || '';
  const description = (person.headline || bio).slice(0, 200);
  const facts: [string, string, string][] = [
    ['roles', t('directory.person.roles'), person.roles.map((r) => roleLabel(t, r)).join(', ')],
    ['provinceCode', t('directory.filter.province'), provinceLabel(person.provinceCode)],
    [
      'languages',
      t('directory.person.languages'),
      person.languages.map((l) => languageLabel(l, locale)).join(', '),
    ],
  ];
  return (
    <Layout
      ctx={ctx}
      title={person.fullName}
      path={path}
      head={
        <>
          <link rel="canonical" href={url} />
          <meta name="description" content={description} />
          <meta property="og:type" content="profile" />
          <meta property="og:title" content={person.fullName} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={url} />
          <meta property="og:locale" content={locale === 'vi' ? 'vi_VN' : 'en_GB'} />
          {jsonLd(personJsonLd(person, contactOf(ctx, person), affiliations, url, origin))}
        </>
      }
    >
      <p>
        <a href="/directory/people">{t('directory.people.title')}</a>
      </p>
      <h1>
        {person.fullName}{' '}
        {person.verifiedAt && <span class="badge ok">{t('directory.verified')}</span>}
      </h1>
      <ActionsRow ctx={ctx} person={person} actions={actions} />
      {person.headline && <p class="lead">{person.headline}</p>}
      {person.expertise.length > 0 && (
        <section aria-labelledby="expertise">
          <h2 id="expertise">{t('directory.person.expertise')}</h2>
          <p class="tags">
            {person.expertise.map((tag) => (
              <a class="badge" href={`/directory/people?expertise=${encodeURIComponent(tag)}`}>
                {tag}
              </a>
            ))}
          </p>
        </section>
      )}
      {bio && (
        <section aria-labelledby="bio">
          <h2 id="bio">{t('directory.person.bio')}</h2>
          <p class="prose">{bio}</p>
          <RestrictedNote ctx={ctx} person={person} field="bioVi" />
        </section>
      )}
      <dl class="facts">
        {facts
          .filter(([, , value]) => value)
          .map(([field, label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>
                {value}
                <RestrictedNote ctx={ctx} person={person} field={field} />
              </dd>
            </>
          ))}
      </dl>
      <section aria-labelledby="organizations">
        <h2 id="organizations">{t('directory.person.organizations')}</h2>
        {affiliations.length === 0 ? (
          <p class="muted">{t('directory.person.noOrganizations')}</p>
        ) : (
          <ul>
            {affiliations.map((a) => (
              <li>
                <a href={`/directory/organizations/${a.organization.slug}`}>
                  {a.organization.shortName || a.organization.legalName}
                </a>
                {` — ${[affiliationLabel(t, a.role), a.title].filter(Boolean).join(', ')}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ContactSection ctx={ctx} person={person} />
    </Layout>
  );
}
