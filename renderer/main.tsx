/**
 * The renderer's entry, kept tiny: it chooses the host and asks the first screen's questions at once,
 * then loads React and the app. The answers travel while the scripts load and evaluate, so the first
 * render draws the tree straight away instead of an empty window first.
 */
import { chooseHost } from './host/choose-host';
import { askEarly } from './host/early-answers';

/** Longest the first render waits for the early answers; past it, it draws without them (they fill in when they come). */
const firstAnswersWaitMs = 400;

const root = document.getElementById('root');
if (root) {
  const host = askEarly(chooseHost());
  const firstAnswers = Promise.race([host.ready, new Promise((resolve) => setTimeout(resolve, firstAnswersWaitMs))]);
  void Promise.all([import('./app/start-app'), firstAnswers]).then(([{ startApp }]) => startApp(root, host));
}
