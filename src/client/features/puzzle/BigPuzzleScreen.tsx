import { useRef, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { useDocumentTitle } from "../../ui/Page";
import { BigPuzzle } from "./BigPuzzle";

/**
 * The big puzzle on its own page: `/rompecabezas/:assemblyId` (every table, or one at a time) and
 * `/rompecabezas/:assemblyId/mesa/:tableId` (one table). A projector opens it with its screen `key`.
 */
export default function BigPuzzleScreen() {
  const t = useT();
  const { assemblyId = "", tableId } = useParams();
  const [params] = useSearchParams();
  const [focus, setFocus] = useState(params.get("modo") === "mesa");
  const frame = useRef<HTMLDivElement>(null);
  useDocumentTitle(t("puzzle.board.title"));
  return (
    <div ref={frame} className="big-puzzle-page">
      <h1 className="visually-hidden">{t("puzzle.board.title")}</h1>
      <div className="big-puzzle-page__controls">
        {tableId ? null : (
          <Button variant="secondary" aria-pressed={focus} onClick={() => setFocus((f) => !f)}>
            {t("puzzle.board.focus")}
          </Button>
        )}
        <Button variant="secondary" onClick={() => void frame.current?.requestFullscreen()}>
          {t("projector.fullscreen")}
        </Button>
      </div>
      <BigPuzzle
        assemblyId={assemblyId}
        screenKey={params.get("key") ?? undefined}
        tableId={tableId ?? null}
        focus={focus}
      />
    </div>
  );
}
