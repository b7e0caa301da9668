// The contact-requests module's door.
export { appendContactRequestEvent, insertContactRequest } from './contact-requests.repository.ts';
export { contactRequestRoutes } from './contact-requests.routes.ts';
export { routeContactRequest, sortQueue, waitedMinutes } from './contact-requests.rules.ts';
