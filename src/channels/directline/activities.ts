import { LOCALES } from '../../content/locales.js';
import { z } from 'zod';

/**
 * What the local Direct Line accepts from a browser: the fields Web Chat sends for a message, a
 * messageBack or an event. Everything else (from, conversation, ids) is set by the server, as the
 * real Direct Line service does, so one browser cannot pose as another user or conversation.
 */
export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing'], { message: 'expected type message, event or typing' }),
  text: z.string().max(5000, { message: 'expected a text of at most 5000 characters' }).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(60).optional(),
});

/** What the bot posts back through the Bot Connector reply routes: any activity with a type. */
export const botActivitySchema = z.looseObject({
  type: z.string({ message: 'expected an activity with a type' }).min(1).max(50),
});

/** The first problem zod found, as one sentence for a 400 response. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The activity is not valid.';
  const path = issue.path.join('.');
  return `The activity is not valid${path ? ` at ${path}` : ''}: ${issue.message}.`;
}

/** The optional body of "start a conversation" from our own chat page: the language and campaign to greet with. */
export const conversationStartSchema = z.object({
  locale: z.enum(LOCALES).optional(),
  campaign: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
  /** the resident id the browser kept from an earlier visit; used only when this server signed it */
  userId: z.string().max(100).optional(),
});
