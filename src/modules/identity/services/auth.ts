import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization, twoFactor } from 'better-auth/plugins';
import type { AppDeps } from '../../../platform/deps';
import { log } from '../../../platform/log/logger';
import type { OutgoingMail } from '../../../platform/mail/mailer';
import * as tables from '../db/tables';
import { letter } from './mail-templates';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';
import { SESSION_EXPIRES_IN_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './session-policy';

function createAuth(deps: AppDeps) {
  const { config, database } = deps;
  const base = config.publicUrl;
  // better-auth's writes are not in a transaction of ours: each message is queued in one of its
  // own (its outbox row and delivery job together), then delivered at once.
  const send = async (mail: OutgoingMail) => {
    await database.db.transaction((tx) => deps.mail.queue(tx, mail));
    deps.jobs.wake();
  };
  return betterAuth({
    appName: 'InnoHub',
    baseURL: base,
    basePath: '/api/auth',
    secret: config.AUTH_SECRET,
    trustedOrigins: [base],
    telemetry: { enabled: false },
    logger: {
      log: (level, message) => log[level]('auth', { message }),
    },
    // Our own pages call the API in-process; its HTTP handler is never mounted.
    rateLimit: { enabled: false },
    database: drizzleAdapter(database.db as never, {
      provider: 'pg',
      schema: {
        user: tables.identityUsers,
        session: tables.identitySessions,
        account: tables.identityAccounts,
        verification: tables.identityVerifications,
        twoFactor: tables.identityTwoFactors,
        organization: tables.identityOrganizations,
        member: tables.identityMembers,
        invitation: tables.identityInvitations,
      },
    }),
    advanced: {
      database: { generateId: () => randomUUID() },
      cookiePrefix: 'innohub',
      useSecureCookies: base.startsWith('https:'),
    },
    user: {
      additionalFields: {
        locale: { type: 'string', defaultValue: 'vi', input: true },
        isDemo: { type: 'boolean', defaultValue: false, input: false },
      },
    },
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await send(
          letter({
            to: user.email,
            locale: (user as { locale?: string }).locale,
            name: user.name,
            subject: 'identity.mail.reset.subject',
            body: 'identity.mail.reset.body',
            url: `${base}/reset-password?token=${encodeURIComponent(token)}`,
            template: 'identity.reset',
          }),
        );
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, token }) => {
        await send(
          letter({
            to: user.email,
            locale: (user as { locale?: string }).locale,
            name: user.name,
            subject: 'identity.mail.verify.subject',
            body: 'identity.mail.verify.body',
            url: `${base}/verify-email?token=${encodeURIComponent(token)}`,
            template: 'identity.verify',
          }),
        );
      },
    },
    plugins: [
      twoFactor({ issuer: 'InnoHub' }),
      organization({
        allowUserToCreateOrganization: true,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        sendInvitationEmail: async ({ id, email, organization: org, inviter, role }) => {
          await send(
            letter({
              to: email,
              locale: (inviter.user as { locale?: string }).locale,
              name: email,
              subject: 'identity.mail.invite.subject',
              body: 'identity.mail.invite.body',
              params: { organization: org.name, inviter: inviter.user.name, role },
              url: `${base}/invitations/${id}`,
              template: 'identity.invitation',
            }),
          );
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<AppDeps, Auth>();

/** One better-auth instance per app (tests build several apps in one process). */
export function authFor(deps: AppDeps): Auth {
  let auth = instances.get(deps);
  if (!auth) {
    auth = createAuth(deps);
    instances.set(deps, auth);
  }
  return auth;
}
