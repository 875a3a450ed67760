import {createRoot} from 'react-dom/client';
import {registerSW} from 'virtual:pwa-register';
import {App} from './app/app.tsx';
import './styles.css';

// The service worker makes the app open with no network after one visit.
registerSW({immediate: true});

createRoot(document.getElementById('root')!).render(<App />);
