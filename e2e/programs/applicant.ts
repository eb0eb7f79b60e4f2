// What the programmes' browser journeys set up in code because it has no page of its own: a
// founder whose account organisation manages a startup's directory profile (as after an approved
// claim), and a published programme with an open call.
import type { BrowserContext } from 'playwright-core';
import { createCall, createProgramme, publishProgramme } from '../../src/modules/programs';
import { actorOf, managedStartup } from '../../src/modules/programs/testing/applicant-fixture';
import type { RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

/** The founder signed in in `context`, owner of the account organisation of `legalName`. */
export async function signedInFounder(
  portal: RunningPortal,
  context: BrowserContext,
  founder: { email: string; name: string },
  legalName: string,
) {
  const { id } = await signedInContext(portal, context, founder);
  const startup = await managedStartup(portal.t, legalName, [[id, 'owner']], '2024-02-01');
  return { id, startup };
}

type CallForm = Parameters<typeof createCall>[2]['form'];

/** A call's form of one section, "Dự án": a required "Tên dự án", then these questions. */
export const projectForm = (...more: CallForm['sections'][number]['questions']): CallForm => ({
  sections: [
    {
      id: 'project',
      title: { vi: 'Dự án', en: '' },
      questions: [
        {
          id: 'name',
          kind: 'short_text',
          label: { vi: 'Tên dự án', en: '' },
          isRequired: true,
          maxLength: 200,
        },
        ...more,
      ],
    },
  ],
});

/** A published funding programme whose call opened an hour ago and closes in a week. */
export async function openCall(
  portal: RunningPortal,
  titles: { programme: string; call: string },
  call: Pick<Parameters<typeof createCall>[2], 'form' | 'eligibility'>,
) {
  const staff = actorOf({ id: 'e2e-staff', email: 's@e2e.vn' }, ['staff']);
  const p = await createProgramme(
    portal.t.deps,
    { actor: staff },
    { kind: 'funding', titleVi: titles.programme },
  );
  if (!p.ok) throw new Error('programme');
  await publishProgramme(
    portal.t.deps,
    { actor: staff },
    { programmeId: p.programme.id, expectedVersion: p.programme.version },
  );
  const now = Date.now();
  const c = await createCall(
    portal.t.deps,
    { actor: staff },
    {
      programmeId: p.programme.id,
      ...call,
      titleVi: titles.call,
      opensAt: new Date(now - 3_600_000),
      closesAt: new Date(now + 7 * 86_400_000),
      status: 'published',
    },
  );
  if (!c.ok) throw new Error('call');
  const programmePath = `/programs/${p.programme.slug}`;
  return { programmePath, applyPath: `${programmePath}/calls/${c.call.slug}/apply` };
}
