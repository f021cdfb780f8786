/**
 * `npm run sandbox [-- --port N] [--token-ttl S]`: starts the Sandbox on its own and prints one JSON
 * line with its URLs and demo credentials (fake ones, printed so scripts and cURL can use them).
 */
import { parseSandboxArgs, sandboxUsage } from '../services/sandbox/cli-args';
import { startSandbox } from '../services/sandbox/sandbox';

async function main(): Promise<void> {
  let args;
  try {
    args = parseSandboxArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${sandboxUsage}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${sandboxUsage}\n`);
    return;
  }
  const sandbox = await startSandbox(args.options);
  const { credentials } = sandbox;
  process.stdout.write(
    `${JSON.stringify({
      baseUrl: sandbox.baseUrl,
      tokenUrl: sandbox.tokenUrl,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      limitedClientId: credentials.limitedClientId,
      limitedClientSecret: credentials.limitedClientSecret,
      basicClientId: credentials.basicClientId,
      basicClientSecret: credentials.basicClientSecret,
      bodyClientId: credentials.bodyClientId,
      bodyClientSecret: credentials.bodyClientSecret,
    })}\n`,
  );
  const stop = (): void => {
    sandbox.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
