import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * The CloudAdapter with one public entry for a parsed activity. `CloudAdapter.process` would also do this, but
 * its error path writes the whole error (which names conversation ids) to stderr and echoes it to the caller.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates and runs one turn; with deliveryMode "expectReplies" the replies come back in the result. */
  processTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * A request whose token could not be checked: forged, expired, not yet valid, wrong algorithm or audience.
 * Always a 401, whatever the SDK threw (some of its checks throw plain errors, which would become a 500).
 */
export class NotAuthenticatedError extends Error {
  override readonly name = 'NotAuthenticatedError';
  readonly statusCode = 401;
}

/** Different service URLs and audiences kept at once; real channels use a handful, so this is never reached. */
const MAX_CLIENTS = 64;

/** The bot's own app id as the SDK reads it from a turn's claims (audience for channels, appid for the emulator). */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** A small map of promises that drops the oldest entry beyond `max`, and drops a promise that failed. */
class Reused<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const made = create();
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Bot Framework authentication that builds each HTTP client once. The SDK builds a new ConnectorClient and
 * UserTokenClient (each a full HTTP pipeline) for every turn, which costs more CPU than the rest of a short
 * turn; they hold no per-turn state, so one per app id, service URL and audience serves every turn.
 * Authentication itself (the JWT check of every request) is left to the wrapped instance, unchanged.
 */
export class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors: Reused<ConnectorClient>;
  private readonly tokenClients: Reused<UserTokenClient>;

  constructor(private readonly inner: BotFrameworkAuthentication, maxClients = MAX_CLIENTS) {
    super();
    this.connectors = new Reused(maxClients);
    this.tokenClients = new Reused(maxClients);
  }

  /** Number of connector clients kept (for tests). */
  get connectorCount(): number {
    return this.connectors.size;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await notAuthenticatedOnFailure(() => this.inner.authenticateRequest(activity, authHeader)));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await notAuthenticatedOnFailure(() => this.inner.authenticateStreamingRequest(authHeader, channelIdHeader)));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withReusedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    return new ReusingConnectorFactory(appIdOf(claimsIdentity), factory, this.connectors);
  }
}

async function notAuthenticatedOnFailure<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    throw new NotAuthenticatedError(err instanceof Error ? err.name : 'token check failed');
  }
}

/** The SDK's connector factory of one turn, answering from the kept clients when it can. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
    private readonly clients: Reused<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}
