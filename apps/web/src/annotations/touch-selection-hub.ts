/** How long the selection must rest before it is read: the reader may still drag its handles. */
export const SETTLE_MS = 600;

/** A paragraph's text as the hub sees it (an HTMLElement is one, with N = Node). */
export interface SelectionRegion<N> {
  contains(node: N | null): boolean;
}

/** What the hub reads of the page's selection (window.getSelection() gives it). */
export interface SelectionState<N> {
  readonly isCollapsed: boolean;
  readonly anchorNode: N | null;
}

export interface TouchSelectionHubOptions<N> {
  selection: () => SelectionState<N> | null;
  /** Starts listening to the page's touches and selection changes; returns how to stop. */
  listen: (hub: TouchSelectionHub<N>) => () => void;
  settleMs?: number;
}

/**
 * On a touch screen words are selected by a long press and the selection's handles, which send
 * no mouseup or keyup: after a touch in a paragraph, its selection is read once it settles. One
 * hub serves every paragraph of the page, so a draft of hundreds of paragraphs has one
 * selectionchange listener and one timer instead of one per paragraph; it listens only while a
 * paragraph is registered.
 */
export class TouchSelectionHub<N> {
  private readonly readers = new Map<SelectionRegion<N>, () => void>();
  /** Paragraphs touched since their selection was last read. */
  private readonly touched = new Set<SelectionRegion<N>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stop: (() => void) | null = null;

  constructor(private readonly options: TouchSelectionHubOptions<N>) {}

  /** Reads the region's selection through `read` once settled after a touch; returns the way out. */
  add(region: SelectionRegion<N>, read: () => void): () => void {
    this.readers.set(region, read);
    this.stop ??= this.options.listen(this);
    return () => {
      if (this.readers.get(region) !== read) return;
      this.readers.delete(region);
      this.touched.delete(region);
      if (this.readers.size > 0) return;
      clearTimeout(this.timer);
      this.stop?.();
      this.stop = null;
    };
  }

  /** A finger went down on the page, here. */
  touch(target: N): void {
    const region = this.regionOf(target);
    if (region) this.touched.add(region);
  }

  /** The page's selection moved: read it once it has rested, if a paragraph was touched. */
  selectionChanged(): void {
    if (this.touched.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settled(), this.options.settleMs ?? SETTLE_MS);
  }

  private settled(): void {
    const selection = this.options.selection();
    if (!selection || selection.isCollapsed || selection.anchorNode === null) return;
    // Only a touched paragraph's selection is read; one elsewhere belongs to the next touch.
    const region = this.regionOf(selection.anchorNode);
    if (!region || !this.touched.has(region)) return;
    this.touched.delete(region);
    this.readers.get(region)?.();
  }

  private regionOf(node: N): SelectionRegion<N> | undefined {
    for (const region of this.readers.keys()) if (region.contains(node)) return region;
    return undefined;
  }
}
