// The door's page, made for a phone and for no JavaScript: choose the part of the event (the
// entrance or a session of the agenda), type a ticket's code — or scan it with the camera, which
// web/check-in-scanner.ts adds where the browser allows — or find a person by name and check them
// in; register a walk-in; see how many came to each part. A second scan says when and by whom.
import type { Child } from 'hono/jsx';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { ReservationListItem } from '../../../platform/reservations';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { Door } from '../services/door-access';
import type { DoorPart, PartCount } from '../services/door-sessions';
import type { TicketAvailability } from '../services/registration.queries';
import { checkInPath, hm, volunteersPath } from './door-text';
import { WalkInForm, type WalkInState } from './walk-in-form';

export interface DoorView {
  door: Door;
  q: string;
  found: ReservationListItem[];
  parts: DoorPart[];
  /** The part being checked in ('' the entrance). */
  part: string;
  counts: PartCount[];
  tickets: TicketAvailability[];
  walkIn: WalkInState;
}

export const partLabel = (t: RequestContext['t'], p: DoorPart) =>
  p.key
    ? t('events.door.session.of', { time: p.time, title: p.title })
    : t('events.door.session.whole');

/** Staff see the back-office around the door; a volunteer sees the door alone. */
export function DoorFrame(props: {
  ctx: RequestContext;
  door: Door;
  path: string;
  notice?: PageNotice;
  errors?: FieldErrors;
  children: Child;
}) {
  const { ctx, door } = props;
  const title = ctx.t('events.checkIn.title', { title: door.event.titleVi });
  if (door.isStaff)
    return (
      <BackofficePage ctx={ctx} path={props.path} title={title} notice={props.notice}>
        <ErrorSummary t={ctx.t} errors={props.errors} />
        {props.children}
      </BackofficePage>
    );
  return (
    <Layout ctx={ctx} title={title} path={props.path}>
      <h1>{title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={ctx.t} errors={props.errors} />
      {props.children}
    </Layout>
  );
}

/** Off until the script finds a camera: without it the page is the typed code and the search. */
export function Camera({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <div
      id="door-camera"
      class="stack"
      hidden
      data-start={t('events.door.camera.start')}
      data-stop={t('events.door.camera.stop')}
      data-denied={t('events.door.camera.denied')}
      data-sending={t('events.door.camera.sending', { code: '{code}' })}
    >
      <p>
        <button type="button" class="secondary" id="door-camera-toggle">
          {t('events.door.camera.start')}
        </button>
      </p>
      <video
        id="door-camera-video"
        muted
        playsinline
        hidden
        aria-label={t('events.door.camera.video')}
      />
      <p id="door-camera-status" role="status" class="muted" />
      <script src="/assets/build/check-in-scanner.js" defer />
    </div>
  );
}

function Found({ ctx, view, path }: { ctx: RequestContext; view: DoorView; path: string }) {
  const { t } = ctx;
  return (
    <ul class="stack">
      {view.found.map(({ reservation, checkIns }) => {
        const first = checkIns.find((c) => c.sessionKey === view.part);
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
                hidden={{ reservationId: reservation.id, q: view.q, session: view.part }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Counts({ ctx, counts }: { ctx: RequestContext; counts: PartCount[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="door-counts" class="stack">
      <h2 id="door-counts">{t('events.door.counts')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('events.door.counts.part')}</th>
              <th scope="col">{t('events.door.counts.checkedIn')}</th>
              <th scope="col">{t('events.door.counts.walkIns')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr>
                <th scope="row">{partLabel(t, c.part)}</th>
                <td>{c.checkedIn.toLocaleString('vi-VN')}</td>
                <td>{c.walkIns.toLocaleString('vi-VN')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The typed (or scanned) code for `part`, or for the part `choice` lets the station pick. */
export function CodeForm(props: {
  ctx: RequestContext;
  path: string;
  part: string;
  choice?: Child;
}) {
  const { t } = props.ctx;
  return (
    <form method="post" action={props.path} class="stack" id="door-code-form">
      {props.choice ?? <input type="hidden" name="session" value={props.part} />}
      <TextField
        t={t}
        name="code"
        label={t('events.checkIn.code')}
        hint={t('events.checkIn.code.hint')}
        autocomplete="off"
      />
      <p>
        <button type="submit">{t('events.checkIn.submit')}</button>
      </p>
    </form>
  );
}

export function SearchForm(props: { ctx: RequestContext; path: string; part: string; q: string }) {
  const { t } = props.ctx;
  return (
    <form method="get" action={props.path} role="search" class="stack">
      <input type="hidden" name="session" value={props.part} />
      <TextField t={t} name="q" label={t('events.checkIn.search')} value={props.q} />
      <p>
        <button type="submit" class="secondary">
          {t('events.checkIn.find')}
        </button>
      </p>
    </form>
  );
}

export function CheckInPage(props: {
  ctx: RequestContext;
  view: DoorView;
  notice?: PageNotice;
  errors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const { event } = view.door;
  const path = checkInPath(event);
  const options = view.parts.map((p) => ({ value: p.key, label: partLabel(t, p) }));
  return (
    <DoorFrame ctx={ctx} door={view.door} path={path} notice={props.notice} errors={props.errors}>
      <CodeForm
        ctx={ctx}
        path={path}
        part={view.part}
        choice={
          view.parts.length > 1 ? (
            <SelectField
              t={t}
              name="session"
              label={t('events.door.session')}
              value={view.part}
              options={options}
            />
          ) : undefined
        }
      />
      <Camera ctx={ctx} />
      <SearchForm ctx={ctx} path={path} part={view.part} q={view.q} />
      {view.q && view.found.length === 0 && <p class="muted">{t('events.checkIn.none')}</p>}
      {view.found.length > 0 && <Found ctx={ctx} view={view} path={path} />}
      <WalkInForm ctx={ctx} view={view} errors={props.errors} />
      <Counts ctx={ctx} counts={view.counts} />
      {view.door.isStaff && (
        <p>
          <a href={volunteersPath(event)}>{t('events.door.volunteers.open')}</a>
        </p>
      )}
    </DoorFrame>
  );
}
