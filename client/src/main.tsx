import './no-eval.ts';
import {createRoot} from 'react-dom/client';
import {registerSW} from 'virtual:pwa-register';
import {App} from './app/app.tsx';
import {prepareI18n} from './i18n/i18n.tsx';
import './styles.css';

// The service worker makes the app open with no network after one visit.
registerSW({immediate: true});

// The words of the language in use first (one small chunk, precached), then the app.
const render = () => createRoot(document.getElementById('root')!).render(<App />);
prepareI18n().then(render, (e: unknown) => {
  console.error('could not load the words', e);
  render();
});
