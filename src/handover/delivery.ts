import type { HandoverRequest } from './requests.js';

/** Why a message did not reach the resident: the channel cannot carry a later message, Messenger's window closed, or sending failed. */
export type DeliveryFailure = 'channel' | 'window' | 'error';

/** Whether a message to the resident reached their conversation, and if not, why. */
export type Delivery = { delivered: true } | { delivered: false; reason: DeliveryFailure };

/** What the bot sends into a resident's conversation on behalf of the staff. */
export type ResidentMessage =
  | { kind: 'claimed' }
  | { kind: 'closed' }
  /** a welfare worker's own words; the resident can answer */
  | { kind: 'worker'; text: string };

/** Sends a message into the conversation a request came from; never throws, a failure is a Delivery. */
export type DeliverToResident = (request: HandoverRequest, message: ResidentMessage) => Promise<Delivery>;
