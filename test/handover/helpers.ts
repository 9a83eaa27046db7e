import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import restify from 'restify';
import { loadConfig } from '../../src/config.js';
import { bodyKindsFor, MAX_BODY_BYTES, readBody } from '../../src/body.js';
import { createLogger } from '../../src/log.js';
import type { HandoverDetails } from '../../src/handover/details.js';
import { createAccount, type Role, type StaffMember } from '../../src/handover/accounts.js';
import { createRequest } from '../../src/handover/requests.js';
import type { HandoverRequest } from '../../src/handover/requests.js';
import type { Delivery, ResidentMessage } from '../../src/handover/delivery.js';
import { registerStaffRoutes, type StaffRouteDeps } from '../../src/handover/web/routes.js';
import type { Database } from '../../src/store/schema.js';
import { createInsightRecorder, type InsightRecorder } from '../../src/store/insight.js';
import type { Activity } from '../../src/socialmap/model.js';
import { DIMENSIONS } from '../../src/health/dimensions.js';

/** The password every test account gets. */
export const PASSWORD = 'een lang wachtwoord 42';

/** What a resident agreed to share, with room to override one part. */
export function details(overrides: Partial<HandoverDetails> = {}): HandoverDetails {
  return {
    name: 'Ans',
    contact: { kind: 'phone', phone: '+31612345678' },
    preferredTimes: 'dinsdagochtend',
    scores: { body: 6, daily: 7, participation: 3, quality: 5, mind: 4, meaning: 8 },
    chosenDimension: 'participation',
    marks: ['participation', 'mind'],
    words: 'Ik zou graag meer mensen leren kennen.',
    activity: { id: 'buurtmaaltijd', title: 'Buurtmaaltijd in De Linde' },
    locale: 'nl',
    ...overrides,
  };
}

/** Stores a request for `organisation` as the dialog would. */
export async function seedRequest(db: Kysely<Database>, organisation: string, now: number, overrides: Partial<HandoverDetails> = {}, resident = 'resident-1') {
  return createRequest(db, { resident, organisation, channelId: 'webchat', conversationRef: { conversation: { id: 'c1' } }, details: details(overrides) }, now);
}

/** Creates a staff account with the test password. */
export function addStaff(db: Kysely<Database>, email: string, organisation: string, role: Role = 'staff'): Promise<StaffMember> {
  return createAccount(db, { email, password: PASSWORD, role, organisation });
}

/** A running restify server with only the staff routes, and what they told the outside world. */
export interface StaffServer {
  url: string;
  clock: { now: number };
  notified: { reference: string; event: ResidentMessage['kind'] }[];
  /** every message sent to a resident, as it was handed to the channel */
  sent: { reference: string; message: ResidentMessage }[];
  /** what the next deliveries answer; delivered unless a test says otherwise */
  delivery: { next: Delivery };
  slept: number[];
  /** the insight counts the routes read and the staff actions add to */
  insight: InsightRecorder;
  close(): Promise<void>;
}

/** Starts the staff routes on a real restify server on a free loopback port, with the plugins server.ts installs. */
export async function startStaffServer(
  db: Kysely<Database>,
  options: { production?: boolean; start?: number; deliver?: StaffRouteDeps['deliver']; activities?: readonly Activity[]; minGroup?: number } = {},
): Promise<StaffServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(readBody({ maxBytes: MAX_BODY_BYTES, accepts: bodyKindsFor }));
  const clock = { now: options.start ?? Date.UTC(2025, 2, 10, 9, 0) };
  const notified: StaffServer['notified'] = [];
  const sent: StaffServer['sent'] = [];
  const delivery: StaffServer['delivery'] = { next: { delivered: true } };
  const slept: number[] = [];
  const config = { ...loadConfig({ NODE_ENV: 'test' }), production: options.production ?? false };
  const insight = createInsightRecorder(db, createLogger('silent'), () => clock.now);
  registerStaffRoutes(server, {
    db,
    config,
    logger: createLogger('silent'),
    renderWebImage: (scores) => `http://localhost:3978/web/${Object.values(scores).join('-')}.png`,
    deliver: async (request: HandoverRequest, message) => {
      if (message.kind === 'worker') sent.push({ reference: request.reference, message });
      else notified.push({ reference: request.reference, event: message.kind });
      return options.deliver ? options.deliver(request, message) : delivery.next;
    },
    insight: {
      recorder: insight,
      questions: () => DIMENSIONS.map((dimension) => ({ id: dimension, dimension })),
      activities: () => options.activities ?? [],
      minGroup: options.minGroup ?? config.INSIGHT_MIN_GROUP,
      staleDays: config.SOCIALMAP_STALE_DAYS,
      hideAfterDays: config.SOCIALMAP_HIDE_AFTER_DAYS,
    },
    now: () => clock.now,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clock,
    notified,
    sent,
    delivery,
    slept,
    insight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A signed-in browser or API client: the session cookie and the CSRF token. */
export interface Client {
  cookie: string;
  csrf: string;
}

/** Signs in through the JSON login and returns the cookie and CSRF token; throws when refused. */
export async function signIn(base: string, email: string, password = PASSWORD): Promise<Client> {
  const res = await fetch(`${base}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login refused with ${res.status}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, csrf: body.csrfToken };
}

/** Posts a form as a browser would, without following the redirect. */
export function postForm(base: string, path: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie && { cookie }) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** GETs a page as a browser would, without following redirects. */
export function getPage(base: string, path: string, cookie?: string): Promise<Response> {
  return fetch(`${base}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

/** Calls the JSON API. */
export function api(base: string, method: 'GET' | 'POST', path: string, client?: Client, body?: unknown, csrf = client?.csrf): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(client && { cookie: client.cookie }),
      ...(method === 'POST' && csrf !== undefined && { 'x-csrf-token': csrf }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}
