import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
} from "react";

interface LegendContextValue {
  legend: string | null;
  show: (owner: string, legend: string) => void;
  hide: (owner: string) => void;
}

const LegendContext = createContext<LegendContextValue>({ legend: null, show: () => {}, hide: () => {} });

export function LegendProvider({ children }: { children: ReactNode }) {
  // A stack, so a screen inside the assembly layout can also call useLegend without clearing the layout's.
  const [stack, setStack] = useState<{ owner: string; legend: string }[]>([]);
  const show = useCallback(
    (owner: string, legend: string) =>
      setStack((s) => [...s.filter((e) => e.owner !== owner), { owner, legend }]),
    [],
  );
  const hide = useCallback((owner: string) => setStack((s) => s.filter((e) => e.owner !== owner)), []);
  const legend = stack.at(-1)?.legend ?? null;
  const value = useMemo(() => ({ legend, show, hide }), [legend, show, hide]);
  return <LegendContext.Provider value={value}>{children}</LegendContext.Provider>;
}

/**
 * Shows a convenio's legend in the footer while the calling screen is on view. Every screen of an assembly
 * has it (the assembly layout calls this for all its tabs): the legend must be on everything Minga shows.
 */
export function useLegend(legend: string | null | undefined): void {
  const owner = useId();
  const { show, hide } = useContext(LegendContext);
  useEffect(() => {
    if (legend) show(owner, legend);
    else hide(owner);
    return () => hide(owner);
  }, [owner, legend, show, hide]);
}

export function useCurrentLegend(): string | null {
  return useContext(LegendContext).legend;
}
