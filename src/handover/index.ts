/**
 * Requests to talk with a welfare worker: what the dialogs and the composition root use.
 * The staff inbox itself is added with registerStaffRoutes.
 */
export { createRequest, findByReference, getRequestById, oldestOpenRequestAt, statusForResident, InvalidRequestError, OUTCOMES } from './requests.js';
export type { HandoverRequest, NewRequest, Outcome, RequestStatus, RequestStatusView } from './requests.js';
export { handoverDetailsSchema } from './details.js';
export type { HandoverContact, HandoverDetails } from './details.js';
export { validateEmail, validatePhone } from './contact.js';
export { normalizeReference } from './reference.js';
export { addResidentAnswer, answerableRequest, countMessages, MAX_MESSAGE_LENGTH } from './messages.js';
export type { Delivery, DeliveryFailure, DeliverToResident, ResidentMessage } from './delivery.js';
export { notifyWebhook } from './webhook.js';
export type { WebhookOptions, WebhookPayload } from './webhook.js';
export { registerStaffRoutes } from './web/routes.js';
export type { StaffRouteDeps } from './web/routes.js';
