import type { MaterialDto } from "../../../shared/schemas/material";
import type { BlockAction, RunBlockDto } from "../../../shared/schemas/run-of-day";
import { useT } from "../../i18n/lang";
import { Button } from "../../ui/Button";
import { BlockMaterials } from "./BlockMaterials";

interface TimelineProps {
  assemblyId: string;
  blocks: RunBlockDto[];
  materials: MaterialDto[];
  canRun: boolean;
  busy: boolean;
  onTap: (blockId: string, action: BlockAction) => void;
  onMaterialsChange: () => void;
}

/** The actions a block offers in its state: one tap each. */
function actionsFor(block: RunBlockDto): BlockAction[] {
  switch (block.status) {
    case "pending":
      return ["start", "skip"];
    case "running":
      return ["end", "reset"];
    case "done":
      return ["start", "reset"];
    case "skipped":
      return ["start", "reset"];
  }
}

function Shift({ minutes }: { minutes: number }) {
  const t = useT();
  if (minutes === 0) return null;
  return (
    <span className={minutes > 0 ? "run-timeline__shift run-timeline__shift--late" : "run-timeline__shift"}>
      {" "}
      ({minutes > 0 ? t("runofday.late", { minutes }) : t("runofday.early", { minutes: -minutes })})
    </span>
  );
}

/** The agenda as it runs: planned times beside actual or projected ones, a status, and one-tap actions. */
export function Timeline({
  assemblyId,
  blocks,
  materials,
  canRun,
  busy,
  onTap,
  onMaterialsChange,
}: TimelineProps) {
  const t = useT();
  return (
    <ol className="run-timeline">
      {blocks.map((block) => {
        const titleId = `block-${block.id}`;
        const moved =
          block.projectedStart !== null &&
          (block.projectedStart !== block.start || block.projectedEnd !== block.end);
        return (
          <li
            key={block.id}
            className={`run-timeline__block run-timeline__block--${block.status}`}
            aria-current={block.status === "running" ? "step" : undefined}
          >
            <div className="run-timeline__times">
              <p>
                <span className="run-timeline__label">{t("runofday.planned")}</span> {block.start}–{block.end}
              </p>
              {moved ? (
                <p className="run-timeline__projected">
                  <span className="run-timeline__label">
                    {block.status === "done" ? t("runofday.actual") : t("runofday.projected")}
                  </span>{" "}
                  {block.projectedStart}–{block.projectedEnd}
                  <Shift minutes={block.delayMinutes} />
                </p>
              ) : null}
            </div>
            <div className="run-timeline__body">
              <h3 id={titleId} className="run-timeline__title">
                {block.title}
              </h3>
              <p className={`run-status run-status--${block.status}`}>
                {t(`runofday.status.${block.status}`)}
              </p>
              {canRun ? (
                <div className="run-timeline__actions">
                  {actionsFor(block).map((action) => (
                    <Button
                      key={action}
                      variant={action === "start" || action === "end" ? "primary" : "secondary"}
                      busy={busy}
                      aria-describedby={titleId}
                      onClick={() => onTap(block.id, action)}
                    >
                      {t(`runofday.action.${action}`)}
                    </Button>
                  ))}
                </div>
              ) : null}
              <BlockMaterials
                assemblyId={assemblyId}
                blockId={block.id}
                blockTitle={block.title}
                materials={materials.filter((m) => m.blockId === block.id)}
                canEdit={canRun}
                onChange={onMaterialsChange}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
