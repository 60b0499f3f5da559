import { useState } from 'react';
import { Canvas } from './canvas/Canvas.tsx';
import { example } from './model/index.ts';

/** The app's frame: a header naming the product and the design, and the canvas under it. */
export function App() {
  // Read-only for now; the store will hold the document (and its history) once editing arrives.
  const [topology] = useState(() => example('virtualized-rack'));
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
          IOV Studio
        </h1>
        <p className="design-name">
          <span className="visually-hidden">Design: </span>
          {topology.name}
        </p>
      </header>
      <main className="app-main">
        <Canvas topology={topology} />
      </main>
    </div>
  );
}
