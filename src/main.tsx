import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './theme.css';
import './app.css';
import './canvas/canvas.css';
import { App } from './App.tsx';
import { example } from './model/index.ts';
import { createAppStore } from './store/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const store = createAppStore(example('virtualized-rack'));
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
