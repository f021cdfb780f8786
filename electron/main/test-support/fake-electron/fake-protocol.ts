/**
 * The fake `protocol`: privileged schemes registered before `ready` only, handlers (which must answer
 * a Response) after it only, and a request path the windows and `net.fetch` go through.
 */
import type { CustomScheme, Protocol } from 'electron';

/** The fake `protocol` module. */
export class FakeProtocol implements Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'> {
  readonly privileged: CustomScheme[] = [];
  private readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  constructor(private readonly isReady: () => boolean) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (this.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!this.isReady()) throw new Error('protocol module can only be used after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** True when a handler answers `url`'s scheme. */
  _handles(url: string): boolean {
    return this.handlers.has(new URL(url).protocol.replace(/:$/, ''));
  }

  /** Sends a request through the scheme's handler, as Chromium would for a page, worker or fetch. */
  async _request(input: string | Request, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : new Request(input, init);
    const handler = this.handlers.get(new URL(request.url).protocol.replace(/:$/, ''));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${request.url})`);
    const response = await handler(request);
    if (!(response instanceof Response)) throw new Error('The protocol handler must return a Response.');
    return response;
  }
}
