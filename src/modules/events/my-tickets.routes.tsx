// The member's tickets page on their account (signed-in members only; the page is private).
import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { findMyTickets } from './services/my-tickets.queries';
import { MY_TICKETS_PAGE, MyTicketsPage } from './ui/my-tickets-page';

export function registerMyTicketsRoutes(router: Router) {
  router.page('GET', MY_TICKETS_PAGE, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const tickets = await findMyTickets(ctx.deps, ctx);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<MyTicketsPage ctx={ctx} tickets={tickets} />);
  });
}
