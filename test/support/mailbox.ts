import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedAttachment {
  filename: string;
  /** The part's Content-Type with its parameters (e.g. `text/calendar; ... method=REQUEST`). */
  contentType: string;
  content: Buffer;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  attachments: ReceivedAttachment[];
  raw: string;
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

interface MimePart {
  header: (name: string) => string;
  body: string;
}

function mimePart(raw: string): MimePart {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1] ?? '';
  return { header, body };
}

function partBytes(part: MimePart): Buffer {
  const encoding = part.header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return Buffer.from(decodeQuotedPrintable(part.body), 'utf8');
  return Buffer.from(part.body, 'utf8');
}

/** The leaves of a message: itself when single-part, else its parts' leaves (nested multiparts). */
function leavesOf(part: MimePart): MimePart[] {
  const type = part.header('Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  const [, ...sections] = part.body.split(`--${boundary}`);
  return sections
    .filter((section) => !section.startsWith('--'))
    .flatMap((section) => leavesOf(mimePart(section.replace(/^\r?\n/, ''))));
}

/**
 * Parses what our mailer sends: a single-part text message, or a multipart one whose first plain
 * text part is the body and whose parts with a file name are its attachments.
 */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const message = mimePart(raw);
  const leaves = leavesOf(message);
  const filenameOf = (part: MimePart) =>
    decodeHeader(
      /(?:file)?name="?([^";]+)"?/i.exec(
        `${part.header('Content-Disposition')}; ${part.header('Content-Type')}`,
      )?.[1] ?? '',
    );
  const body = leaves.find((p) => !filenameOf(p) && !/^text\/html/i.test(p.header('Content-Type')));
  return {
    to,
    subject: decodeHeader(message.header('Subject')),
    text: body ? partBytes(body).toString('utf8') : '',
    attachments: leaves
      .filter((p) => filenameOf(p))
      .map((p) => ({
        filename: filenameOf(p),
        contentType: p.header('Content-Type'),
        content: partBytes(p),
      })),
    raw,
  };
}

/** A real SMTP server on loopback that keeps what it receives. */
export async function startMailbox() {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const refused = Object.assign(new Error('mailbox busy, try again later'), {
            responseCode: 451,
          });
          return callback(refused);
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        waiters.splice(0).forEach((w) => w());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** The next `count` messages are refused with a temporary error (451), as a busy server does. */
    refuseNext(count: number) {
      refusals = count;
    },
    /** The latest message to an address, waiting (bounded) for it to arrive. */
    async latestTo(address: string, timeoutMs = 5000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = [...messages].reverse().find((m) => m.to.includes(address));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${address}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(
    mail.text,
  );
  if (!match) throw new Error(`no ${pathPrefix} link in: ${mail.text}`);
  return match[0];
}
