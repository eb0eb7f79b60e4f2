import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';

interface AccountPageProps {
  ctx: RequestContext;
  path: string;
  title: string;
  lead?: string;
  /** Where "back" leads, above the title. */
  back?: { href: string; label: string };
  notice?: PageNotice;
  errors?: FieldErrors;
  children?: Child;
}

/** The frame of every account page: a way back, the title, one notice and the error summary. */
export function AccountPage({
  ctx,
  path,
  title,
  lead,
  back,
  notice,
  errors,
  children,
}: AccountPageProps) {
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <div class="stack account">
        {back && (
          <p>
            <a href={back.href}>← {back.label}</a>
          </p>
        )}
        <h1>{title}</h1>
        {lead && <p class="muted">{lead}</p>}
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <ErrorSummary t={ctx.t} errors={errors} />
        {children}
      </div>
    </Layout>
  );
}
