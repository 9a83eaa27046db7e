import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** Replies of one turn kept for a redelivery: at most this many activities ... */
export const MAX_KEPT_REPLIES = 12;
/** ... and at most this many characters of JSON; a larger turn keeps none (its redelivery stays silent). */
export const MAX_KEPT_REPLY_CHARS = 32_000;

const action = z.object({
  type: z.string(),
  title: z.string(),
  // The record first: most buttons carry an object value, and each option tried before the one that fits builds an issue.
  value: z.union([z.record(z.string(), z.unknown()), z.string(), z.number(), z.boolean()]).nullable().default(null),
  displayText: z.string().optional(),
  text: z.string().optional(),
});

/** What a reply needs to be shown again; ids, addresses and times are filled in by the channel's next send. */
const replySchema = z.object({
  type: z.string(),
  text: z.string().optional(),
  inputHint: z.string().optional(),
  attachmentLayout: z.string().optional(),
  textFormat: z.string().optional(),
  name: z.string().optional(),
  suggestedActions: z.object({ to: z.array(z.string()).default([]), actions: z.array(action) }).optional(),
  attachments: z
    .array(z.object({ contentType: z.string(), contentUrl: z.string().optional(), content: z.unknown().optional(), name: z.string().optional() }))
    .optional(),
  channelData: z.unknown().optional(),
});

const keptReplyList = z.array(replySchema).max(MAX_KEPT_REPLIES);

/** The replies of the last handled activity, under the same digest as its handled mark. */
const keptRepliesSchema = z.object({ mark: z.string(), replies: keptReplyList });
export type KeptReplies = z.output<typeof keptRepliesSchema>;

/** The replies of a turn in the form they are kept, or undefined when they are too many or too large to keep. */
export function keepReplies(mark: string, sent: readonly Partial<Activity>[]): KeptReplies | undefined {
  // One parse of the list, not one per reply: each parse has a fixed cost of its own, and any reply that does not fit keeps none.
  const parsed = keptReplyList.safeParse(sent);
  if (!parsed.success) return undefined;
  const kept = { mark, replies: parsed.data };
  return JSON.stringify(kept).length <= MAX_KEPT_REPLY_CHARS ? kept : undefined;
}

/** The kept replies of the activity with this mark, as activities to send again; [] when none were kept. */
export function repliesFor(stored: unknown, mark: string): Partial<Activity>[] {
  const parsed = keptRepliesSchema.safeParse(stored);
  return parsed.success && parsed.data.mark === mark ? parsed.data.replies : [];
}
