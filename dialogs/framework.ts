/**
 * The few values of botbuilder-dialogs the conversation uses, from their own files. The package's index also loads
 * every prompt and the Recognizers-Text number, date and choice recognisers (about 5 MB of code) that spinnenweb
 * does not use, as it reads replies itself (src/language/choices.ts, src/health/answers.ts); leaving them out makes
 * a start parse less than half as much code. Types still come from 'botbuilder-dialogs'.
 */
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
