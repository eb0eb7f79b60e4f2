// What staff see of the newsletter: how many subscribe, per sector, and the last digests — counts
// only, never the addresses.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { SECTORS } from '../../directory';
import {
  activeTopicChoices,
  countSubscribersByStatus,
  latestSends,
  type SendRow,
} from '../db/newsletter.repository';
import { canPublishContent } from '../permissions';

export interface NewsletterOverview {
  active: number;
  pending: number;
  unsubscribed: number;
  /** Active subscribers per sector; '' for those who take every sector. */
  byTopic: { topic: string; count: number }[];
  sends: SendRow[];
}

export async function newsletterOverview(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
): Promise<NewsletterOverview> {
  if (!canPublishContent(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const [statuses, choices, sends] = await Promise.all([
    countSubscribersByStatus(db),
    activeTopicChoices(db),
    latestSends(db, 10),
  ]);
  const byTopic = ['', ...SECTORS].map((topic) => ({
    topic,
    count: choices.filter((c) => (topic === '' ? c.length === 0 : c.includes(topic))).length,
  }));
  return {
    active: statuses.get('active') ?? 0,
    pending: statuses.get('pending') ?? 0,
    unsubscribed: statuses.get('unsubscribed') ?? 0,
    byTopic,
    sends,
  };
}
