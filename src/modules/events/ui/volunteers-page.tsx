// Staff name an event's check-in volunteers by the e-mail of their account, and revoke them.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n/format';
import { ActionButton } from '../../../platform/ui/action-button';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { EventRow } from '../db/events.repository';
import type { eventVolunteers } from '../services/volunteers';
import { checkInPath, volunteersPath } from './door-text';

type Volunteers = Awaited<ReturnType<typeof eventVolunteers>>['volunteers'];

export function VolunteersPage(props: {
  ctx: RequestContext;
  event: EventRow;
  volunteers: Volunteers;
  email: string;
  notice?: PageNotice;
  errors?: FieldErrors;
}) {
  const { ctx, event } = props;
  const { t, locale } = ctx;
  const path = volunteersPath(event);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={`${t('events.door.volunteers')}: ${event.titleVi}`}
      lead={t('events.door.volunteers.lead')}
      notice={props.notice}
      errors={props.errors}
    >
      <p>
        <a href={checkInPath(event)}>{t('events.checkIn.open')}</a>
      </p>
      <form method="post" action={path} class="stack">
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('events.door.volunteers.email')}
          value={props.email}
          errors={props.errors}
          required
        />
        <p>
          <button type="submit">{t('events.door.volunteers.grant')}</button>
        </p>
      </form>
      {props.volunteers.length === 0 ? (
        <p class="muted">{t('events.door.volunteers.empty')}</p>
      ) : (
        <ul class="stack">
          {props.volunteers.map(({ row, account }) => {
            const name = account?.name ?? row.accountId;
            return (
              <li>
                <strong>{name}</strong> {account?.email}{' '}
                <span class="muted">
                  {t('events.door.volunteers.since', { at: formatDateTime(row.createdAt, locale) })}
                </span>{' '}
                <ActionButton
                  action={`${path}/revoke`}
                  label={t('events.door.volunteers.revoke')}
                  ariaLabel={t('events.door.volunteers.revokeOf', { name })}
                  kind="danger"
                  hidden={{ accountId: row.accountId }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </BackofficePage>
  );
}
