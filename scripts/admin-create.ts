// npm run admin:create -- --email <e-mail> --name "<full name>" [--password <password>]
// Creates a verified administrator in the configured database, or makes an existing account one.
// The password comes from --password, else ADMIN_PASSWORD, else a hidden prompt in a terminal.
import { parseArgs } from 'node:util';
import { openDeps } from '../src/boot';
import { createAdmin } from '../src/modules/identity/services/admin-create';
import type { FieldErrors } from '../src/platform/errors';
import { translator, type MessageKey } from '../src/platform/i18n';

const locale = /^vi/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'vi' : 'en';
const t = translator(locale);

const FIELD_LABEL: Record<string, MessageKey> = {
  email: 'identity.field.email',
  name: 'identity.field.name',
  password: 'identity.field.password',
};

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  // Echo is off before the question appears, so nothing typed early is shown.
  stdin.setRawMode(true);
  process.stdout.write(question);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stdout.write('\n');
          process.exit(130);
        } else if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value.normalize('NFC'));
          return;
        } else if (ch === '\u007f' || ch === '\b') {
          value = [...value].slice(0, -1).join('');
        } else {
          value += ch;
        }
      }
    };
    stdin.on('data', onData);
  });
}

function printFields(fields: FieldErrors) {
  for (const [field, m] of Object.entries(fields)) {
    const label = FIELD_LABEL[field];
    const reason = t(m.key, m.params);
    console.error(
      t('identity.adminCreate.failed', { reason: label ? `${t(label)}: ${reason}` : reason }),
    );
  }
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch {
    args = undefined;
  }
  if (!args || args.help || !args.email || !args.name) {
    console.log(t('identity.adminCreate.usage'));
    process.exit(args?.help ? 0 : 2);
  }
  const input = {
    email: args.email,
    name: args.name,
    password: args.password ?? process.env.ADMIN_PASSWORD,
  };

  const deps = await openDeps();
  try {
    let result = await createAdmin(deps, input);
    if (!result.ok && result.reason === 'PASSWORD_REQUIRED') {
      if (!process.stdin.isTTY) {
        console.error(t('identity.adminCreate.passwordRequired'));
        process.exitCode = 2;
        return;
      }
      const password = await promptHidden(t('identity.adminCreate.passwordPrompt'));
      if ((await promptHidden(t('identity.adminCreate.passwordConfirm'))) !== password) {
        console.error(
          t('identity.adminCreate.failed', { reason: t('identity.adminCreate.passwordMismatch') }),
        );
        process.exitCode = 1;
        return;
      }
      result = await createAdmin(deps, { ...input, password });
    }
    if (!result.ok) {
      if (result.reason === 'INVALID') printFields(result.fields);
      else console.error(t('identity.adminCreate.passwordRequired'));
      process.exitCode = 1;
      return;
    }
    const email = input.email.trim().toLowerCase();
    const done = {
      CREATED: 'identity.adminCreate.created',
      GRANTED: 'identity.adminCreate.granted',
      ALREADY_ADMIN: 'identity.adminCreate.already',
    } as const;
    console.log(t(done[result.outcome], { email }));
    if (!result.verified) console.log(t('identity.adminCreate.unverified'));
  } finally {
    await deps.database.close();
  }
}

main().catch((err: unknown) => {
  console.error(
    t('identity.adminCreate.failed', { reason: err instanceof Error ? err.message : String(err) }),
  );
  process.exit(1);
});
