/**
 * "The question bank changed": emitted by every route that writes questions, right after its
 * transaction commits, and by the NOTIFY listener when another instance wrote. Caches subscribe.
 */
export class ChangeSignal {
  private listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const listener of this.listeners) listener();
  }
}
