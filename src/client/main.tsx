import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppRoutes } from "./app/AppRoutes";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { ErrorScreen } from "./app/ErrorScreen";
import { LegendProvider } from "./app/legend";
import { SessionProvider } from "./app/session";
import { currentLang, LangProvider, messagesReady } from "./i18n/lang";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
await messagesReady(currentLang());
createRoot(root).render(
  <StrictMode>
    <LangProvider>
      <ErrorBoundary
        fallback={
          <main id="main">
            <ErrorScreen />
          </main>
        }
      >
        <SessionProvider>
          <LegendProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </LegendProvider>
        </SessionProvider>
      </ErrorBoundary>
    </LangProvider>
  </StrictMode>,
);
