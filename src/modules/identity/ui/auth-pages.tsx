import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Checkbox } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';
import { Layout } from '../../../platform/ui/layout';
import { MIN_PASSWORD_LENGTH } from '../services/password-policy';
import type { PageNotice } from '../../../platform/ui/notice';

interface PageProps {
  ctx: RequestContext;
  path: string;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: PageNotice;
}

/** A narrow page with a title, an optional notice and an error summary above its form. */
export function FormPage(props: PageProps & { title: string; lead?: string; children?: Child }) {
  const { ctx, path, title, lead, errors, notice, children } = props;
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <section class="narrow">
        <h1>{title}</h1>
        {lead && <p class="muted">{lead}</p>}
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
        <ErrorSummary t={ctx.t} errors={errors} />
        {children}
      </section>
    </Layout>
  );
}

export function RegisterPage(props: PageProps) {
  const { t } = props.ctx;
  const v = props.values ?? {};
  return (
    <FormPage {...props} title={t('identity.register.title')} lead={t('identity.register.lead')}>
      <form method="post" action="/register" novalidate>
        <TextField
          t={t}
          name="name"
          label={t('identity.field.name')}
          value={v.name}
          errors={props.errors}
          autocomplete="name"
          required
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('identity.field.email')}
          value={v.email}
          errors={props.errors}
          autocomplete="email"
          required
        />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('identity.field.password')}
          hint={t('identity.password.hint')}
          errors={props.errors}
          autocomplete="new-password"
          required
        />
        <Checkbox
          t={t}
          name="consent"
          label={t('identity.register.consent')}
          checked={v.consent === 'yes'}
          errors={props.errors}
          required
        />
        <button type="submit">{t('identity.register')}</button>
      </form>
      <p>
        <a href="/login">{t('identity.register.haveAccount')}</a>
      </p>
    </FormPage>
  );
}

export function LoginPage(props: PageProps & { next: string }) {
  const { t } = props.ctx;
  const v = props.values ?? {};
  return (
    <FormPage {...props} title={t('identity.login.title')}>
      <form method="post" action={`/login?next=${encodeURIComponent(props.next)}`} novalidate>
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('identity.field.email')}
          value={v.email}
          errors={props.errors}
          autocomplete="username"
          required
        />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('identity.field.password')}
          errors={props.errors}
          autocomplete="current-password"
          required
        />
        <button type="submit">{t('identity.login')}</button>
      </form>
      <p>
        <a href="/forgot-password">{t('identity.login.forgot')}</a>
      </p>
      <p>
        <a href="/register">{t('identity.login.noAccount')}</a>
      </p>
    </FormPage>
  );
}

export function SecondFactorPage(props: PageProps & { next: string }) {
  const { t } = props.ctx;
  return (
    <FormPage {...props} title={t('identity.twoFactor.title')} lead={t('identity.twoFactor.lead')}>
      <form
        method="post"
        action={`/login/two-factor?next=${encodeURIComponent(props.next)}`}
        novalidate
      >
        <TextField
          t={t}
          name="code"
          label={t('identity.field.code')}
          errors={props.errors}
          autocomplete="one-time-code"
          inputmode="numeric"
          required
        />
        <button type="submit">{t('common.submit')}</button>
      </form>
    </FormPage>
  );
}

export function ForgotPasswordPage(props: PageProps) {
  const { t } = props.ctx;
  return (
    <FormPage {...props} title={t('identity.forgot.title')} lead={t('identity.forgot.lead')}>
      <form method="post" action="/forgot-password" novalidate>
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('identity.field.email')}
          value={props.values?.email}
          errors={props.errors}
          autocomplete="email"
          required
        />
        <button type="submit">{t('common.submit')}</button>
      </form>
    </FormPage>
  );
}

export function ResetPasswordPage(props: PageProps & { token: string }) {
  const { t } = props.ctx;
  return (
    <FormPage {...props} title={t('identity.reset.title')}>
      <form method="post" action="/reset-password" novalidate>
        <input type="hidden" name="token" value={props.token} />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('identity.field.newPassword')}
          hint={t('identity.password.hint')}
          errors={props.errors}
          autocomplete="new-password"
          required
        />
        <button type="submit">{t('common.save')}</button>
      </form>
    </FormPage>
  );
}

export function MessagePage(
  props: PageProps & { title: string; body: string; link?: { href: string; label: string } },
) {
  return (
    <FormPage {...props} title={props.title}>
      <p>{props.body}</p>
      {props.link && (
        <p>
          <a class="button" href={props.link.href}>
            {props.link.label}
          </a>
        </p>
      )}
    </FormPage>
  );
}

/** A verification link for another account than the signed-in one: go on only when asked to. */
export function SwitchAccountPage(
  props: PageProps & { token: string; current: string; other: string },
) {
  const { t } = props.ctx;
  const names = { current: props.current, other: props.other };
  return (
    <FormPage {...props} title={t('identity.verify.switch.title')}>
      <p>{t('identity.verify.switch.body', names)}</p>
      <form method="post" action="/verify-email">
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{t('identity.verify.switch.confirm', names)}</button>
      </form>
      <p>
        <a href="/account">{t('identity.verify.switch.stay', names)}</a>
      </p>
    </FormPage>
  );
}

export { MIN_PASSWORD_LENGTH };
