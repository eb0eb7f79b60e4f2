// The door's answer to a typed or scanned code: who was checked in, or when and by whom they were
// already, and which ticket they hold, or why the code was refused — and the code field again for the next person. It leaves
// out what the whole door page adds (the walk-in form, the counts of every part, which read the
// event's tickets and check-ins): a station's answer costs its scan and little more. The whole
// page is a link away.
import type { RequestContext } from '../../../platform/http/context';
import type { PageNotice } from '../../../platform/ui/notice';
import type { Door } from '../services/door-access';
import type { DoorPart } from '../services/door-sessions';
import { Camera, CodeForm, DoorFrame, partLabel, SearchForm } from './check-in-page';
import { checkInPath } from './door-text';

export function ScanAnswerPage(props: {
  ctx: RequestContext;
  door: Door;
  /** The session checked in to; undefined for the entrance. */
  part?: DoorPart;
  notice: PageNotice;
  /** The ticket type of the person scanned, when the code was theirs. */
  ticketType?: { nameVi: string; nameEn: string };
}) {
  const { ctx, door, part, ticketType } = props;
  const { t, locale } = ctx;
  const path = checkInPath(door.event);
  const key = part?.key ?? '';
  return (
    <DoorFrame ctx={ctx} door={door} path={path} notice={props.notice}>
      {ticketType && (
        <p>
          {t('events.door.ticketType')}:{' '}
          <strong>{(locale === 'en' && ticketType.nameEn) || ticketType.nameVi}</strong>
        </p>
      )}
      {part && (
        <p>
          {t('events.door.session')}: <strong>{partLabel(t, part)}</strong>
        </p>
      )}
      <CodeForm ctx={ctx} path={path} part={key} />
      <Camera ctx={ctx} />
      <SearchForm ctx={ctx} path={path} part={key} q="" />
      <p>
        <a href={key ? `${path}?session=${encodeURIComponent(key)}` : path}>
          {t('events.door.whole')}
        </a>
      </p>
    </DoorFrame>
  );
}
