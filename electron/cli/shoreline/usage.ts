/** The `--help` text of `shoreline` and of each command. */

const naming = `Naming a collection, folder or request:
  Write the collection's name, then folders (and for watch the request) after "/":
    "Storage tour/Storage/List systems"   (quote names with spaces)
  A "/" inside a name is written "\\/". Case does not matter when only one name matches.
  Where two items share a name, use the id "shoreline list collections" shows (c-…, f-…, p-…)
  in place of that name: every segment accepts an id.`;

const globals = `Options of every command:
  --user-data DIR   the folder Shoreline keeps its files in (or SHORELINE_USER_DATA);
                    the same folder as the app's by default
  -h, --help        this help`;

/** Help by command name; `''` is the overview. */
export const usage: Record<string, string> = {
  '': `Usage: shoreline <command> [options]

Commands:
  import <file|url>          import an OpenAPI spec or a Postman collection
  list <what>                list collections, specs, connections or environments
  run <collection>[/<folder>…]
                             send a collection's (or folder's) requests in order
  export <collection>        write a collection as a Postman v2.1 file
  watch <collection>/<request>
                             show the new items of a list request as they arrive

Run "shoreline <command> --help" for a command's options.

Secrets come from the keychain, or from CLIENTID and CLIENTSECRET when a connection's client id is
CLIENTID. Nothing Shoreline prints holds a secret or a token.

Exit codes: 0 done; 1 a request did not get a 2xx/3xx answer (run) or had to stop (watch);
2 bad usage or input (the message says why).

${globals}`,

  import: `Usage: shoreline import <file|url> [--json]

Imports an OpenAPI (Swagger) spec as a spec, or a Postman Collection v2.0/v2.1 as a collection.
A Postman file's secrets are never saved in the collection. When it holds a client-credentials token
request (the GreenLake pattern) a connection is offered; with CLIENTSECRET set (and CLIENTID, when
the file has no client id) Shoreline creates that connection, its secret in the keychain.

Options:
  --json   print one JSON object: kind, id, name, requests (operations for a spec), folders,
           variables, captures, scriptsNotRun, secretsWithheld, connectionOffer, findings

${globals}`,

  list: `Usage: shoreline list collections|specs|connections|environments [--json]

Options:
  --json   print a JSON array instead of a table

${globals}`,

  run: `Usage: shoreline run <collection>[/<folder>…] [options]

Sends the requests in order, as the app would: each one's folders, collection, environment and
connection apply, and what a request captures from a 2xx answer feeds the requests after it.

Options:
  --environment NAME        use this environment for every request
  --connection NAME         use this connection for every request (overrides each one's auth)
  --var KEY=VALUE           set a variable for every request (repeatable); values a request
                            captures during the run win over it
  --bail                    stop at the first request without a 2xx/3xx answer
  --delay-ms N              wait N milliseconds between requests
  --reporter table|json|junit
                            what to print (table by default)
  --out FILE                write the report to FILE (a table is still printed)

POST, PUT, PATCH and DELETE requests outside the Sandbox are sent: running the command is the
confirmation the app asks for. A read-only environment still refuses them.

Exit codes: 0 every request sent got a 2xx/3xx answer; 1 one did not (or could not be sent);
2 bad usage or input.

${naming}

${globals}`,

  export: `Usage: shoreline export <collection> --format postman [--out FILE]

Writes the collection as a Postman Collection v2.1 file: folders, requests, variables, captures as
test scripts, and auth as a {{token}} bearer placeholder with a note. Never a secret or a token.
Without --out the file is printed.

${naming}

${globals}`,

  watch: `Usage: shoreline watch <collection>/<request> [options]

Repeats a saved GET request and prints only the items not seen before, oldest first, as they
arrive. Where the API filters by time (audit logs), it asks for what is new exactly: nothing twice,
nothing missed. It keeps going through token renewals, 429 and 5xx answers and dropped connections.

Options:
  --every S                 seconds between checks (60 by default, at least 5)
  --for DURATION            stop after this long (90s, 10m, 2h, 1h30m); until Ctrl+C otherwise
  --json                    one JSON object per line: each item as the API gave it
  --environment NAME, --connection NAME, --var KEY=VALUE   as for run

Exit codes: 0 after --for or Ctrl+C; 1 when the watch had to stop (the reason is printed);
2 bad usage or input.

${naming}

${globals}`,
};
