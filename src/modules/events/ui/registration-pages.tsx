// The pages a registrant reaches by a mailed link: confirming a guest's e-mail, their own
// registration (ticket, waitlist place, cancel) and a held seat's claim. Nothing on them names
// another registrant.
import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import type { EventRow } from '../db/events.repository';
import type { SeatView } from '../services/registration.queries';
import { eventPath, eventText, eventWhen } from './event-text';
import { SeatStatus } from './registration-panel';

export function RegistrantPage(props: {
  ctx: RequestContext;
  event?: EventRow;
  title: string;
  path: string;
  children?: Child;
}) {
  const { ctx, event } = props;
  return (
    <Layout
      ctx={ctx}
      title={props.title}
      path={props.path}
      head={<meta name="robots" content="noindex" />}
    >
      <h1>{props.title}</h1>
      {event && (
        <p>
          <a href={eventPath(event)}>{eventText(event, ctx.locale).title}</a> ·{' '}
          {eventWhen(event, ctx.locale)}
        </p>
      )}
      {props.children}
    </Layout>
  );
}

/** A one-button page: links in mail are followed by scanners, so only a POST acts. */
export function ConfirmStep(props: {
  ctx: RequestContext;
  event: EventRow;
  path: string;
  title: string;
  button: string;
}) {
  return (
    <RegistrantPage ctx={props.ctx} event={props.event} title={props.title} path={props.path}>
      <form method="post" action={props.path}>
        <button type="submit">{props.button}</button>
      </form>
    </RegistrantPage>
  );
}

export function SeatPage(props: {
  ctx: RequestContext;
  event: EventRow;
  seat?: SeatView;
  path: string;
  cancelAction?: string;
  notice?: { kind: 'success' | 'error'; text: string };
}) {
  const { ctx, event, seat } = props;
  return (
    <RegistrantPage ctx={ctx} event={event} title={ctx.t('events.seat.title')} path={props.path}>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {seat ? (
        <SeatStatus ctx={ctx} seat={seat} event={event} cancelAction={props.cancelAction} />
      ) : (
        <p>{ctx.t('events.seat.unconfirmed')}</p>
      )}
    </RegistrantPage>
  );
}

/** The claim link's page: the seat is taken only by its button (a POST). */
export function ClaimStep(props: { ctx: RequestContext; path: string }) {
  const { t } = props.ctx;
  return (
    <RegistrantPage ctx={props.ctx} title={t('events.claim.title')} path={props.path}>
      <p>{t('events.claim.lead')}</p>
      <form method="post" action={props.path}>
        <button type="submit">{t('events.claim.button')}</button>
      </form>
    </RegistrantPage>
  );
}
