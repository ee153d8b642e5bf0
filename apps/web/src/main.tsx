import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first; each feature imports its own stylesheet after them.
import './styles.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
