import { fileUrl, type StoredImage } from '../../../platform/files';
import type { RequestContext } from '../../../platform/http/context';
import { jsonLd } from '../../../platform/ui/page-meta';
import { Layout } from '../../../platform/ui/layout';
import { isInnovativeStartup } from '../domain/innovative-startup';
import { provinceByCode } from '../domain/provinces';
import type { OrganizationRow } from '../db/organizations.repository';
import { displayText } from '../fields/field-values';
import { fieldSpec, FORM_ORDER } from '../organization-fields';
import { certificationLabel, sectorLabel } from './labels';
import { OrganizationActions } from './curation-actions';
import { OrganizationPeopleSection } from './people-page';

/** JSON for a <script> element: "<" escaped so no text can close the element. */

/** The logo's box on the page, in CSS pixels; larger logos are scaled down to fit it. */
const LOGO_BOX = 160;

/** Width and height attributes that keep the logo's shape and fit the box (no layout shift). */
function logoSize(logo: StoredImage) {
  const scale = Math.min(1, LOGO_BOX / Math.max(logo.width, logo.height));
  return {
    width: Math.max(1, Math.round(logo.width * scale)),
    height: Math.max(1, Math.round(logo.height * scale)),
  };
}

function organizationJsonLd(org: OrganizationRow, url: string, logoUrl: string | undefined) {
  const province = org.provinceCode ? provinceByCode(org.provinceCode) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url,
    url,
    name: org.legalName,
    alternateName: org.shortName ?? undefined,
    description: org.descriptionVi ?? undefined,
    taxID: org.taxCode ?? undefined,
    foundingDate: org.firstRegisteredOn ?? undefined,
    sameAs: org.website ? [org.website] : undefined,
    logo: logoUrl,
    address: province
      ? {
          '@type': 'PostalAddress',
          addressRegion: province.name,
          addressCountry: 'VN',
          streetAddress: org.address ?? undefined,
        }
      : undefined,
  };
}

export function OrganizationPageView({
  ctx,
  org,
  logo,
  today,
  blocks = [],
}: {
  ctx: RequestContext;
  org: OrganizationRow;
  /** The logo the visitor may see (its visibility already applied), when there is one. */
  logo?: StoredImage;
  today: Date;
  /** Sections other modules add to the profile (platform profile blocks), in order. */
  blocks?: unknown[];
}) {
  const { t, locale } = ctx;
  const path = `/directory/organizations/${org.slug}`;
  const url = `${ctx.deps.config.publicUrl}${path}`;
  const title = org.shortName || org.legalName;
  const logoUrl = logo && `${ctx.deps.config.publicUrl}${fileUrl(logo.key)}`;
  const logoAlt = t('directory.org.logoAlt', { name: title });
  const description = (locale === 'en' && org.descriptionEn) || org.descriptionVi || '';
  const facts = FORM_ORDER.filter((f) => fieldSpec(f).isFact)
    .map((f) => ({ f, text: displayText(f, org[f], ctx) }))
    .filter(({ text }) => text);
  const certifications = [
    ...(isInnovativeStartup(org as never, today) ? ['innovative_startup'] : []),
    ...org.certifications,
  ];
  return (
    <Layout
      ctx={ctx}
      title={title}
      path={path}
      head={
        <>
          <link rel="canonical" href={url} />
          <meta name="description" content={description.slice(0, 200)} />
          <meta property="og:type" content="profile" />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description.slice(0, 200)} />
          <meta property="og:url" content={url} />
          <meta property="og:locale" content={locale === 'vi' ? 'vi_VN' : 'en_GB'} />
          {logo && (
            <>
              <meta property="og:image" content={logoUrl} />
              <meta property="og:image:width" content={String(logo.width)} />
              <meta property="og:image:height" content={String(logo.height)} />
              <meta property="og:image:alt" content={logoAlt} />
            </>
          )}
          {jsonLd(organizationJsonLd(org, url, logoUrl))}
        </>
      }
    >
      <p>
        <a href="/directory">{t('directory.title')}</a>
      </p>
      {logo && <img class="org-logo" src={fileUrl(logo.key)} alt={logoAlt} {...logoSize(logo)} />}
      <h1>
        {org.legalName} {org.verifiedAt && <span class="badge ok">{t('directory.verified')}</span>}
      </h1>
      <OrganizationActions ctx={ctx} org={org} />
      {org.status !== 'active' && (
        <p class="alert">{t(`directory.org.status.${org.status as 'inactive' | 'dissolved'}`)}</p>
      )}
      <p class="tags">
        {certifications.map((c) => (
          <span class="badge">{certificationLabel(t, c)}</span>
        ))}
        {org.sectors.map((s) => (
          <span class="badge">{sectorLabel(t, s)}</span>
        ))}
      </p>
      {description && (
        <section aria-labelledby="about">
          <h2 id="about">{t('directory.org.about')}</h2>
          <p class="prose">{description}</p>
        </section>
      )}
      {org.products && (
        <section aria-labelledby="products">
          <h2 id="products">{t('directory.org.products')}</h2>
          <p class="prose">{org.products}</p>
        </section>
      )}
      <section aria-labelledby="facts">
        <h2 id="facts">{t('directory.org.facts')}</h2>
        <dl class="facts">
          {facts.map(({ f, text }) => (
            <>
              <dt>{t(fieldSpec(f).label)}</dt>
              <dd>
                {fieldSpec(f).type === 'url' ? (
                  <a href={text} rel="nofollow noopener" target="_blank">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </dd>
            </>
          ))}
        </dl>
      </section>
      <OrganizationPeopleSection ctx={ctx} organizationId={org.id} />
      {blocks as never}
    </Layout>
  );
}
