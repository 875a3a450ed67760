import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';
import {VitePWA} from 'vite-plugin-pwa';

export default defineConfig({
  root: __dirname,
  publicDir: '../public',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'dot — заявки, клиенты, записи',
        short_name: 'dot',
        description: 'Заявки, клиенты и записи для малого бизнеса — работает и без интернета',
        lang: 'ru',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f6f8',
        theme_color: '#1f5fd1',
        icons: [
          {src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png'},
          {src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png'},
          {src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable'},
        ],
      },
      workbox: {
        // The first visit must already be controlled, or an offline reload fails.
        clientsClaim: true,
        skipWaiting: true,
        // Web push (booking notifications): shown by a small handler of our own.
        importScripts: ['/push-sw.js'],
        navigateFallback: '/index.html',
        // Server-rendered and server-owned paths never get the app shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/c\//, /^\/zero\//, /^\/healthz/, /^\/connect(\/|$|\?)/, /^\/p\//],
        // Every chunk, both parts of every language's words too (core-/more-ru/kk/en): switching language works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The platform console (/console) is online only: company devices never download it.
        globIgnores: ['**/console-*'],
        // A file's bytes never change under its id: once seen, it opens offline.
        runtimeCaching: [
          {
            urlPattern: /\/api\/v1\/files\/[^/]+$/,
            handler: 'CacheFirst',
            options: {cacheName: 'dot-files', expiration: {maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 90}, cacheableResponse: {statuses: [200]}},
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/c/': 'http://localhost:3000',
      '/connect': 'http://localhost:3000',
      '/p/': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/zero': {target: 'ws://localhost:3000', ws: true},
    },
  },
});
