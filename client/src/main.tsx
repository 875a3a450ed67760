import './no-eval.ts';
import {createRoot} from 'react-dom/client';
import {App} from './app/app.tsx';
import {afterFirstScreen} from './app/first-screen.ts';
import {prepareI18n} from './i18n/i18n.tsx';
import {loadSession} from './session/session.ts';
import './styles.css';

// The service worker makes the app open with no network after one visit. It is
// registered once the first screen is up: its precache of every chunk would
// otherwise share a slow phone's first download with the request list.
afterFirstScreen(() => void import('virtual:pwa-register').then(({registerSW}) => registerSW({immediate: true})));

// A signed-in device needs the workspace (the sync engine, the request list) next: fetched alongside the words
// rather than after them, one round trip less on a 3G phone (~0.6 s). The lazy import in app.tsx reuses it.
if (loadSession()) void import('./app/workspace.tsx').catch(() => undefined);

// The words of the language in use first (one small chunk, precached), then the app.
const render = () => createRoot(document.getElementById('root')!).render(<App />);
prepareI18n().then(render, (e: unknown) => {
  console.error('could not load the words', e);
  render();
});
