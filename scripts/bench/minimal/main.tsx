// The yardstick for start-up: the least a Vite + React page can be (React, a heading and a
// button), built by the bench in the same run as the app and timed the same way.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Minimal() {
  const [pressed, setPressed] = useState(0);
  return (
    <main>
      <h1>Minimal page</h1>
      <button type="button" onClick={() => setPressed(pressed + 1)}>
        Pressed {pressed} times
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Minimal />
  </StrictMode>,
);
