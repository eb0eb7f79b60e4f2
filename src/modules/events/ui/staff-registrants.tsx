// The staff's list of an event's registrants: status, who registered them, their answers, and
// approve / reject for those awaiting approval, a seat by hand for those waiting. Staff see the e-mail addresses; nobody else does.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber, type Locale } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import type { TAnswers, TCallForm } from '../../programs';
import { answerValue, inLocale, questionsOf } from '../domain/answers';
import { STAFF_PATH } from '../permissions';
import { ListPager } from '../../../platform/ui/pager';
import type { EventRegistrants, Registrant } from '../services/registrants.queries';

export const registrantsPath = (eventId: string) => `${STAFF_PATH}/${eventId}/registrations`;

/** Each answered question as "label: answer", choices by their labels. */
export function answerLines(form: TCallForm | null, answers: TAnswers, locale: Locale) {
  return questionsOf(form).flatMap((q) => {
    const value = answerValue(q, answers, locale);
    if (value === null) return [];
    const text = typeof value === 'number' ? formatNumber(value, locale) : value;
    return [{ label: inLocale(locale, q.label), text }];
  });
}

function Answers({ ctx, form, r }: { ctx: RequestContext; form: TCallForm | null; r: Registrant }) {
  const lines = answerLines(form, r.registration.answers as TAnswers, ctx.locale);
  if (lines.length === 0) return <span class="muted">—</span>;
  return (
    <dl class="facts">
      {lines.map((l) => (
        <>
          <dt>{l.label}</dt>
          <dd class="pre">{l.text}</dd>
        </>
      ))}
    </dl>
  );
}

const WAITING = new Set(['waitlisted', 'offered', 'expired']);

/** Staff may seat someone out of turn; when the ticket type is full, only by adding the seat. */
function Promotion({ ctx, r, path }: { ctx: RequestContext; r: Registrant; path: string }) {
  const { t } = ctx;
  const action = `${path}/${r.registration.id}/promote`;
  const name = r.registration.name;
  return (
    <p class="row">
      <ActionButton
        action={action}
        label={t('events.registrants.promote')}
        ariaLabel={t('events.registrants.promoteOf', { name })}
        kind="secondary"
      />
      <ActionButton
        action={action}
        label={t('events.registrants.promoteAdding')}
        ariaLabel={t('events.registrants.promoteAddingOf', { name })}
        kind="secondary"
        hidden={{ addSeat: 'yes' }}
      />
    </p>
  );
}

function Decision({ ctx, r, path }: { ctx: RequestContext; r: Registrant; path: string }) {
  const { t } = ctx;
  if (WAITING.has(r.reservation.status)) return <Promotion ctx={ctx} r={r} path={path} />;
  if (r.reservation.status !== 'pending') return null;
  const action = `${path}/${r.registration.id}/decide`;
  const name = r.registration.name;
  return (
    <p class="row">
      <ActionButton
        action={action}
        label={t('events.registrants.approve')}
        ariaLabel={t('events.registrants.approveOf', { name })}
        hidden={{ decision: 'approve' }}
      />
      <ActionButton
        action={action}
        label={t('events.registrants.reject')}
        ariaLabel={t('events.registrants.rejectOf', { name })}
        kind="danger"
        hidden={{ decision: 'reject' }}
      />
    </p>
  );
}

export function RegistrantsPage(props: {
  ctx: RequestContext;
  list: EventRegistrants;
  status?: 'pending';
  notice?: PageNotice;
}) {
  const { ctx, list } = props;
  const { t, locale } = ctx;
  const { event, registrants } = list;
  const path = registrantsPath(event.id);
  const form = event.registrationForm;
  return (
    <BackofficePage
      ctx={ctx}
      path={props.status ? `${path}?status=${props.status}` : path}
      title={t('events.registrants.title', { title: event.titleVi })}
      notice={props.notice}
    >
      <p class="row">
        <a href={`${STAFF_PATH}/${event.id}`}>{event.titleVi}</a>
        <a href={`${path}.xlsx`}>{t('events.registrants.export')}</a>
        <a href={`${path}/import`}>{t('events.guests.open')}</a>
        <a href={`${STAFF_PATH}/${event.id}/messages`}>{t('events.messages.open')}</a>
        <a href={`${STAFF_PATH}/${event.id}/figures`}>{t('events.figures.open')}</a>
      </p>
      <nav aria-label={t('events.registrants.filter')}>
        <p class="row">
          <a href={path} aria-current={props.status ? undefined : 'page'}>
            {t('events.registrants.all')}
          </a>
          <a href={`${path}?status=pending`} aria-current={props.status ? 'page' : undefined}>
            {t('events.registrants.pendingOnly')}
          </a>
        </p>
      </nav>
      {registrants.length === 0 ? (
        <p class="muted">{t('events.registrants.empty')}</p>
      ) : (
        <DataTable
          caption={t('events.registrants.title', { title: event.titleVi })}
          rows={registrants}
          columns={[
            {
              key: 'name',
              label: t('events.registrants.name'),
              isRowHeader: true,
              cell: (r) => (
                <>
                  {r.registration.name}
                  <br />
                  <span class="muted">{r.registration.email}</span>
                  {r.registration.organization && (
                    <>
                      <br />
                      <span class="muted">
                        {t('events.registrants.organizationOf', {
                          name: r.registration.organization,
                        })}
                      </span>
                    </>
                  )}
                  {r.registeredByName && (
                    <>
                      <br />
                      <span class="muted">
                        {t('events.registrants.by', { name: r.registeredByName })}
                      </span>
                    </>
                  )}
                </>
              ),
            },
            {
              key: 'ticketType',
              label: t('events.registrants.ticketType'),
              cell: (r) => r.ticketType?.nameVi ?? '—',
            },
            {
              key: 'state',
              label: t('events.registrants.state'),
              cell: (r) => (
                <>
                  {t(`events.registrants.status.${r.reservation.status}`)}
                  <br />
                  <span class="muted">{formatDateTime(r.reservation.createdAt, locale)}</span>
                </>
              ),
            },
            {
              key: 'answers',
              label: t('events.registrants.answers'),
              cell: (r) => <Answers ctx={ctx} form={form} r={r} />,
            },
            {
              key: 'actions',
              label: t('events.registrants.actions'),
              cell: (r) => <Decision ctx={ctx} r={r} path={path} />,
            },
          ]}
        />
      )}
      <ListPager
        t={t}
        locale={locale}
        result={{ rows: registrants, total: list.total, page: list.page }}
        path={path}
        filters={{ status: props.status }}
      />
    </BackofficePage>
  );
}
