import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is static: it talks to a node over WebSocket from the browser (HC_WS or the dev
// chain's ws://127.0.0.1:9944) and sends nothing anywhere else.
export default defineConfig({
  plugins: [react()],
  define: { __HC_WS__: JSON.stringify(process.env.HC_WS ?? 'ws://127.0.0.1:9944') },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // @polkadot/api with the runtime's types is most of the bundle (1.3 MB, 455 kB gzipped).
  build: { chunkSizeWarningLimit: 1500 },
});
