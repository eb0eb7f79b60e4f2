// The door's page, made for a phone and for no JavaScript: type a ticket's code, or find a person
// by name and check them in; a second scan says when and by whom the first was.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { ActionButton } from '../../../platform/ui/action-button';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { ReservationListItem } from '../../../platform/reservations';
import { vnWallClock } from '../../../platform/i18n/vn-time';
import type { EventRow } from '../db/events.repository';
import { STAFF_PATH } from '../permissions';

export const checkInPath = (e: Pick<EventRow, 'id'>) => `${STAFF_PATH}/${e.id}/check-in`;
export const hm = (d: Date) => vnWallClock(d).toISOString().slice(11, 16);

export function CheckInPage(props: {
  ctx: RequestContext;
  event: EventRow;
  q: string;
  found: ReservationListItem[];
  notice?: PageNotice;
}) {
  const { ctx, event, found } = props;
  const { t } = ctx;
  const path = checkInPath(event);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.checkIn.title', { title: event.titleVi })}
      notice={props.notice}
    >
      <form method="post" action={path} class="stack">
        <TextField
          t={t}
          name="code"
          label={t('events.checkIn.code')}
          hint={t('events.checkIn.code.hint')}
        />
        <p>
          <button type="submit">{t('events.checkIn.submit')}</button>
        </p>
      </form>
      <form method="get" action={path} role="search" class="stack">
        <TextField t={t} name="q" label={t('events.checkIn.search')} value={props.q} />
        <p>
          <button type="submit" class="secondary">
            {t('events.checkIn.find')}
          </button>
        </p>
      </form>
      {props.q && found.length === 0 && <p class="muted">{t('events.checkIn.none')}</p>}
      {found.length > 0 && (
        <ul class="stack">
          {found.map(({ reservation, checkIns }) => {
            const first = checkIns.find((c) => c.sessionKey === '');
            const name = reservation.guestName ?? '';
            return (
              <li>
                <strong>{name}</strong>{' '}
                {first ? (
                  <span class="muted">
                    {t('events.checkIn.already', {
                      at: hm(first.checkedInAt),
                      by: first.checkedInByLabel,
                    })}
                  </span>
                ) : (
                  <ActionButton
                    action={path}
                    label={t('events.checkIn.submit')}
                    ariaLabel={t('events.checkIn.person', { name })}
                    hidden={{ reservationId: reservation.id, q: props.q }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </BackofficePage>
  );
}
