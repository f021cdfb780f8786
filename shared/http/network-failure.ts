/**
 * Words for failures below HTTP — no name server answer, a refused connection, an untrusted
 * certificate, a cut connection — from the error codes Node and undici report.
 */
import type { Advice } from './advice';

/** The error code a network failure is reported with. */
export type NetworkFailureCode = 'unreachable' | 'tls' | 'network' | 'timeout';

/** A classified network failure: a code for the renderer and advice in plain words. */
export interface NetworkFailure extends Advice {
  code: NetworkFailureCode;
}

const tlsCodes = /^(?:CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|ERR_TLS_|ERR_SSL_|EPROTO$|ERR_OSSL_|HOSTNAME_MISMATCH)/;

function tls(codes: string[], where: string): NetworkFailure {
  const has = (pattern: RegExp) => codes.some((c) => pattern.test(c));
  if (has(/CERT_HAS_EXPIRED/)) {
    return { code: 'tls', title: 'Certificate expired', advice: `The security certificate of ${where} has expired, so Shoreline did not trust the connection. If the clock of this computer is right, the service must renew its certificate.` };
  }
  if (has(/ALTNAME|HOSTNAME_MISMATCH/)) {
    return { code: 'tls', title: 'Certificate for another name', advice: `The security certificate presented by ${where} belongs to a different name. Check the address; a proxy or firewall may be answering in the service’s place.` };
  }
  if (has(/SELF_SIGNED|UNABLE_TO_|CERT_UNTRUSTED|CERT_/)) {
    return { code: 'tls', title: 'Certificate not trusted', advice: `This computer does not trust the security certificate of ${where}. If your company inspects HTTPS traffic, its root certificate must be installed in the system’s trusted certificates; otherwise someone may be intercepting the connection.` };
  }
  return { code: 'tls', title: 'Secure connection failed', advice: `Shoreline could not set up a secure (TLS) connection with ${where}. A proxy or firewall may be interfering, or the address may not be an HTTPS service.` };
}

/**
 * Classifies a network failure from the error codes found on the error and its causes
 * (`ENOTFOUND`, `ECONNREFUSED`, `CERT_HAS_EXPIRED` …) and the messages, for the host it was sending to.
 */
export function classifyNetworkFailure(codes: string[], host?: string, messages: string[] = []): NetworkFailure {
  const where = host ? `“${host}”` : 'the server';
  const has = (...names: string[]) => codes.some((c) => names.includes(c));
  if (codes.some((c) => tlsCodes.test(c)) || messages.some((m) => /certificate|\bssl\b|\btls\b/i.test(m))) return tls(codes, where);
  if (has('ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA')) {
    return { code: 'unreachable', title: 'Server not found', advice: `No server called ${where} could be found. Check the address in the environment for a typo, that this computer is online, and, at work, whether a proxy must be set (HTTPS_PROXY).` };
  }
  if (has('EAI_AGAIN')) {
    return { code: 'unreachable', title: 'Name lookup failed', advice: `The name server did not answer for ${where}. Check that this computer is online (and connected to the VPN, if one is needed), then try again.` };
  }
  if (has('ECONNREFUSED')) {
    return { code: 'unreachable', title: 'Connection refused', advice: `${where} refused the connection: nothing is listening at that address and port. Check the port in the address, or whether the service (for example the Sandbox) is running.` };
  }
  if (has('EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EADDRNOTAVAIL')) {
    return { code: 'unreachable', title: 'No route to the server', advice: `This computer has no network path to ${where}. Check the network connection, the VPN, or the proxy settings.` };
  }
  if (has('ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ESOCKETTIMEDOUT')) {
    return { code: 'unreachable', title: 'No answer from the server', advice: `${where} did not answer the connection attempt. A firewall may be blocking it, or a proxy may be needed (HTTPS_PROXY).` };
  }
  if (has('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT')) {
    return { code: 'timeout', title: 'The server stopped answering', advice: `${where} accepted the request but did not finish answering. Try again, or ask for less data at once.` };
  }
  if (messages.some((m) => /proxy/i.test(m))) {
    return { code: 'network', title: 'Proxy refused the connection', advice: 'The proxy set in HTTPS_PROXY/HTTP_PROXY did not let the request through. Check the proxy address and whether it needs this host in NO_PROXY.' };
  }
  if (has('ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED')) {
    return { code: 'network', title: 'Connection cut off', advice: `The connection to ${where} was closed before the answer was complete. Try again; if it keeps happening, a proxy or firewall may be cutting it.` };
  }
  return { code: 'network', title: 'Network error', advice: `Shoreline could not complete the request to ${where}. Check that this computer is online and try again.` };
}
