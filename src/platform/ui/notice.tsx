import type { Child } from 'hono/jsx';

export type NoticeKind = 'info' | 'success' | 'error';

/** What a page says once (saved, refused…); an error is an alert, anything else a status. */
export interface PageNotice {
  kind: NoticeKind;
  text: string;
}

export function Notice({ kind = 'info', children }: { kind?: NoticeKind; children?: Child }) {
  return (
    <div class={`alert ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
