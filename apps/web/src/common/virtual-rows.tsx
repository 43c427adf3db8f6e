import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

/**
 * Up to this many rows are simply rendered: the browser's own find and printing keep working and
 * there is nothing to measure. Beyond it (a 200-page draft has 2,000 paragraphs) only the rows near
 * the viewport are in the page.
 */
export const VIRTUALIZE_ABOVE = 200;

export interface RowsHandle {
  /**
   * Brings a row into view, rendering it first if it is virtualised away. `instant` jumps: a
   * smooth scroll is cut short by whatever scrolls or takes the focus next (a closing menu does).
   */
  scrollToIndex: (index: number, options?: { instant?: boolean }) => void;
}

interface VirtualRowsProps {
  count: number;
  /** Stable identity of a row, so measured heights follow rows that move. */
  rowKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  /** A first guess of a row's height in pixels; rows are measured once rendered. */
  estimateSize: (index: number) => number;
  handle?: Ref<RowsHandle>;
  /** Forces either mode; by default the row count decides. */
  virtualize?: boolean;
  testId?: string;
}

/** A column of rows that stays fast at any length, scrolled with the page itself. */
export const VirtualRows = ({ virtualize, ...props }: VirtualRowsProps) =>
  (virtualize ?? props.count > VIRTUALIZE_ABOVE) ? <WindowRows {...props} /> : <PlainRows {...props} />;

const PlainRows = ({ count, rowKey, renderRow, handle, testId }: Omit<VirtualRowsProps, 'virtualize'>) => {
  const container = useRef<HTMLDivElement>(null);
  useImperativeHandle(
    handle,
    () => ({
      scrollToIndex: (index, options) =>
        container.current
          ?.querySelector(`[data-index="${index}"]`)
          ?.scrollIntoView({ block: 'center', behavior: options?.instant ? 'instant' : 'smooth' }),
    }),
    [],
  );
  return (
    <div ref={container} data-testid={testId} data-virtual="false">
      {Array.from({ length: count }, (_, index) => (
        <div key={rowKey(index)} data-index={index} className="row-box">
          {renderRow(index)}
        </div>
      ))}
    </div>
  );
};

const WindowRows = ({
  count,
  rowKey,
  renderRow,
  estimateSize,
  handle,
  testId,
}: Omit<VirtualRowsProps, 'virtualize'>) => {
  const list = useRef<HTMLDivElement>(null);
  // The list's distance from the top of the page. Whatever sits above it (header, alerts, forms)
  // shifts it, and any such change also resizes the body, so the body is watched.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setOffset((previous) => (Math.abs(top - previous) > 1 ? top : previous));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: rowKey,
  });
  useImperativeHandle(
    handle,
    () => ({
      scrollToIndex: (index, options) =>
        virtualizer.scrollToIndex(index, { align: 'center', behavior: options?.instant ? 'auto' : undefined }),
    }),
    [virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const shift = (items[0]?.start ?? 0) - virtualizer.options.scrollMargin;
  return (
    <div
      ref={list}
      data-testid={testId}
      data-virtual="true"
      style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
    >
      <div style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${shift}px)` }}>
        {items.map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="row-box">
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
};
