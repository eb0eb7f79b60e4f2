// The ticket's QR code as a PNG attached to the seat's mail: mail clients show a PNG attachment
// (many refuse SVG, and the outbox stores the message as text, so no inline part referring to it).
import type { MailAttachment } from '../../../platform/mail/mailer';
import { ticketQrPng } from '../../../platform/reservations';

export async function ticketQrAttachment(code: string): Promise<MailAttachment> {
  return {
    filename: `ve-${code}.png`,
    contentType: 'image/png',
    content: (await ticketQrPng(code)).toString('base64'),
    encoding: 'base64',
  };
}
