import type { RequestContext } from './context';
import { Layout } from '../ui/layout';
import type { AppError } from '../errors';
import { detailOf, titleOf } from './problem';

export function ErrorPage({
  ctx,
  error,
  path,
}: {
  ctx: RequestContext;
  error: AppError;
  path: string;
}) {
  const title = titleOf(error, ctx.t);
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <section class="narrow">
        <h1>{title}</h1>
        <p>{detailOf(error, ctx.t)}</p>
        <p>
          <a href="/">{ctx.t('shell.backHome')}</a>
        </p>
      </section>
    </Layout>
  );
}

export function ServerErrorPage({ ctx, path }: { ctx: RequestContext; path: string }) {
  const title = ctx.t('error.server.title');
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <section class="narrow">
        <h1>{title}</h1>
        <p>{ctx.t('error.server.body', { requestId: ctx.requestId })}</p>
        <p>
          <a href="/">{ctx.t('shell.backHome')}</a>
        </p>
      </section>
    </Layout>
  );
}
