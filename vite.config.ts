import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const THEME = "#0f5132";

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: "autoUpdate",
      // A separate registerSW.js: no inline script (the server's CSP forbids it) and nothing in the app bundle.
      injectRegister: "script",
      includeAssets: ["icon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "Minga",
        short_name: "Minga",
        description: "Asambleas regionales de economía solidaria, popular y comunitaria",
        lang: "es-CO",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: THEME,
        background_color: "#ffffff",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "index.html",
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [
          {
            // Places and public assembly data change rarely; the venue's Wi-Fi often drops.
            urlPattern: ({ url, request }) =>
              request.method === "GET" &&
              (url.pathname.startsWith("/api/places/") || url.pathname.startsWith("/api/public/")),
            handler: "NetworkFirst",
            options: {
              cacheName: "minga-api-public",
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 300, maxAgeSeconds: 7 * 24 * 3600 },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: "dist/client",
    // .vite/manifest.json: the chunks each screen loads (bench/puzzle.ts weighs the capture page's).
    manifest: true,
    emptyOutDir: true,
    target: "es2022",
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:3000", ws: true, changeOrigin: false },
    },
  },
});
