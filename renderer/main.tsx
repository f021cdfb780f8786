/**
 * The renderer's entry, kept tiny: it chooses the host and asks the first screen's questions at once,
 * then loads React and the app. The answers travel while the scripts load and evaluate, so the first
 * render draws the tree straight away instead of an empty window first.
 *
 * The scripts (all fetched in parallel: index.html preloads them) are evaluated in four steps, each in
 * a task of its own: React, MUI's styling engine and theme, its components, then the app. Evaluated as
 * one module graph they made one task of well over 100 ms that kept the window from answering input.
 */
import { chooseHost } from './host/choose-host';
import { askEarly } from './host/early-answers';

/** Longest the first render waits for the early answers; past it, it draws without them (they fill in when they come). */
const firstAnswersWaitMs = 400;

/** Resolves in a new task, so that the evaluation before it ends the task it ran in. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(root: HTMLElement): Promise<void> {
  const host = askEarly(chooseHost());
  const firstAnswers = Promise.race([host.ready, new Promise((resolve) => setTimeout(resolve, firstAnswersWaitMs))]);
  await import('react-dom/client');
  await nextTask();
  await import('@mui/material/styles');
  await nextTask();
  // Any component evaluates the chunk of MUI's components (one chunk: see vite.config.ts).
  await import('@mui/material/Box');
  await nextTask();
  const [{ startApp }] = await Promise.all([import('./app/start-app'), firstAnswers]);
  startApp(root, host);
}

const root = document.getElementById('root');
if (root) void start(root);
