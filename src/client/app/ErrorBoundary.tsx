import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What to show instead of the children once they have thrown. */
  fallback: ReactNode;
  /** When it changes (the path), a failed boundary tries its children again. */
  resetKey?: string;
  children: ReactNode;
}

/** Catches render errors (and screens whose code failed to download) so the rest of the app keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
