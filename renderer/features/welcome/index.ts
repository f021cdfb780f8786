/** The welcome feature's public face: the first-run guide. */
export { WelcomePanel } from './welcome-panel';
