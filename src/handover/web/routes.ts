import type { Server } from 'restify';
import { LoginThrottle } from '../throttle.js';
import { registerApi } from './api.js';
import type { StaffContext, StaffRouteDeps } from './context.js';
import { registerLoginRoutes } from './login.js';
import { registerPages } from './pages.js';
import { registerInsight } from './insight.js';
import { StaffViews } from './views.js';

export type { StaffRouteDeps } from './context.js';

/**
 * Adds the staff inbox under /staff: login, the list of requests, one request, claim/note/close, the
 * audit log for admins, and the same as JSON under /staff/api. Needs restify's queryParser and
 * bodyParser (mapParams: false) on the server.
 */
export function registerStaffRoutes(server: Server, deps: StaffRouteDeps): void {
  const ctx: StaffContext = {
    ...deps,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    views: new StaffViews(),
    throttle: new LoginThrottle(),
    imageOrigin: new URL(deps.config.BOT_PUBLIC_URL).origin,
  };
  registerLoginRoutes(server, ctx);
  registerPages(server, ctx);
  registerApi(server, ctx);
  registerInsight(server, ctx);
}
