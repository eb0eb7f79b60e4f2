// "My tickets" on a member's account: each coming event they hold a seat at, when and where, the
// ticket's code and its QR code for the door — the same ticket the seat's mail carries.
import type { RequestContext } from '../../../platform/http/context';
import { Layout } from '../../../platform/ui/layout';
import type { MyTicket } from '../services/my-tickets.queries';
import { eventPath, eventText, eventWhen, eventWhere } from './event-text';
import { TicketQr } from './ticket-qr';

export const MY_TICKETS_PAGE = '/events/my-tickets';

function Ticket({ ctx, ticket }: { ctx: RequestContext; ticket: MyTicket }) {
  const { t, locale } = ctx;
  const { event, ticketCode } = ticket;
  const headingId = `ticket-${event.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={eventPath(event)}>{eventText(event, locale).title}</a>
      </h2>
      <p>
        <time datetime={event.startsAt.toISOString()}>{eventWhen(event, locale)}</time>
        {eventWhere(event, t) && <> · {eventWhere(event, t)}</>}
      </p>
      {event.status === 'cancelled' && <p class="muted">{t('events.myTickets.cancelled')}</p>}
      <p>
        {t('events.myTickets.holder', { name: ticket.name })}
        <br />
        {t('events.seat.code')}: <strong class="ticket-code">{ticketCode}</strong>
      </p>
      <TicketQr code={ticketCode} label={t('events.door.qr', { code: ticketCode })} />
    </section>
  );
}

export function MyTicketsPage(props: { ctx: RequestContext; tickets: MyTicket[] }) {
  const { ctx, tickets } = props;
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('events.myTickets.title')}
      path={MY_TICKETS_PAGE}
      head={<meta name="robots" content="noindex" />}
    >
      <h1>{t('events.myTickets.title')}</h1>
      {tickets.length === 0 ? (
        <p>
          {t('events.myTickets.none')} <a href="/events">{t('events.myTickets.browse')}</a>
        </p>
      ) : (
        <>
          <p>{t('events.myTickets.intro')}</p>
          {tickets.map((ticket) => (
            <Ticket ctx={ctx} ticket={ticket} />
          ))}
        </>
      )}
    </Layout>
  );
}
