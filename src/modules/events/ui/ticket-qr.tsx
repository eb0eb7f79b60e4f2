// The ticket's QR code on the holder's page, drawn on the server (no script, no image request):
// white around it so a scanner finds it on a dark theme too.
import { ticketQrPath } from '../../../platform/reservations';

export function TicketQr(props: { code: string; label: string }) {
  const { d, side } = ticketQrPath(props.code);
  return (
    <svg
      class="ticket-qr"
      viewBox={`0 0 ${side} ${side}`}
      width="220"
      height="220"
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
