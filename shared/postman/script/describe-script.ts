/** Says, in words, what a script Shoreline keeps but does not run would have done. */
import type { NotRunScript } from '../../model/collection';
import { tokenize, type Token } from './tokens';

/** Token patterns and what they mean, in the order the reason lists them. */
const patterns: readonly (readonly [readonly string[], string])[] = [
  [['pm', '.', 'test'], 'checks the answer with tests'],
  [['tests', '['], 'checks the answer with tests'],
  [['pm', '.', 'expect'], 'checks the answer with tests'],
  [['pm', '.', 'sendRequest'], 'sends other requests'],
  [['pm', '.', 'execution', '.', 'setNextRequest'], 'changes which request runs next'],
  [['postman', '.', 'setNextRequest'], 'changes which request runs next'],
  [['pm', '.', 'execution', '.', 'skipRequest'], 'may skip the request'],
  [['pm', '.', 'variables', '.', 'set'], 'sets variables for one run only'],
  [['pm', '.', 'collectionVariables', '.', 'set'], 'sets variables from values it works out'],
  [['pm', '.', 'environment', '.', 'set'], 'sets variables from values it works out'],
  [['pm', '.', 'globals', '.', 'set'], 'sets variables from values it works out'],
  [['postman', '.', 'setEnvironmentVariable'], 'sets variables from values it works out'],
  [['postman', '.', 'setGlobalVariable'], 'sets variables from values it works out'],
  [['console', '.'], 'writes to the console'],
  [['require', '('], 'loads script libraries'],
  [['for'], 'loops'],
  [['while'], 'loops'],
  [['.', 'forEach'], 'loops'],
  [['.', 'map'], 'loops'],
  [['if'], 'decides with conditions'],
  [['switch'], 'decides with conditions'],
  [['?'], 'decides with conditions'],
  [['.', 'replace'], 'works on text'],
  [['.', 'split'], 'works on text'],
  [['.', 'substring'], 'works on text'],
  [['.', 'slice'], 'works on text'],
  [['.', 'toString'], 'works on text'],
  [['JSON', '.', 'stringify'], 'works on text'],
  [['function'], 'defines functions'],
  [['=>'], 'defines functions'],
  [['throw'], 'can stop the run with an error'],
];

function matchesAt(tokens: readonly Token[], k: number, parts: readonly string[]): boolean {
  return parts.every((p, i) => {
    const t = tokens[k + i];
    return t !== undefined && t.type !== 'string' && t.type !== 'template' && t.value === p;
  });
}

/** Why `text` is kept but not run, in words ("… this script checks the answer with tests and writes to the console."). */
export function describeScript(text: string, event: NotRunScript['event']): string {
  const { tokens } = tokenize(text);
  const found: string[] = [];
  for (const [parts, words] of patterns) {
    if (found.includes(words)) continue;
    if (tokens.some((_, k) => matchesAt(tokens, k, parts))) found.push(words);
  }
  const when = event === 'prerequest' ? 'before the request' : 'after the answer';
  const what = found.length === 0 ? 'is kept here so you can read it' : found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}`;
  const only = tokens.length === 0 ? 'holds only comments' : what;
  return `Shoreline runs no JavaScript from a file. This script ran ${when} in Postman and ${only}.`;
}

/** A kept script with its reason. */
export function notRunScript(text: string, event: NotRunScript['event']): NotRunScript {
  return { event, text, reason: describeScript(text, event) };
}
