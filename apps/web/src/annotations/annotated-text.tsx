import type { Annotation } from '@concordia/contracts';
import { useMemo, useRef } from 'react';
import { locate, segmentText, selectionSpanIn, type Span } from './selectors';

interface AnnotatedTextProps {
  text: string;
  /** The open, anchored threads of this paragraph that point at a span of it. */
  annotations: readonly Annotation[];
  /** The reader selected words of this paragraph (null: the selection left it). */
  onSelect: (span: Span | null) => void;
  /** A highlight was clicked or activated with the keyboard. */
  onOpen: (annotationId: string) => void;
}

export const descriptionId = (annotationId: string): string => `annotation-desc-${annotationId}`;

/**
 * A paragraph's text with its annotated spans as <mark>s. The marks hold nothing but the text,
 * so the container's text is exactly the paragraph's and selection offsets measured in it are
 * offsets in the paragraph; what each mark is about is read from descriptions kept outside it.
 */
export const AnnotatedText = ({ text, annotations, onSelect, onOpen }: AnnotatedTextProps) => {
  const container = useRef<HTMLSpanElement>(null);
  const segments = useMemo(() => {
    const spans = annotations.flatMap((a) => {
      const span = a.anchor.selectors ? locate(text, a.anchor.selectors) : null;
      return span ? [{ ...span, id: a.id }] : [];
    });
    return segmentText(text, spans);
  }, [text, annotations]);

  const readSelection = () => {
    if (!container.current) return;
    onSelect(selectionSpanIn(container.current, window.getSelection()));
  };

  return (
    <span ref={container} onMouseUp={readSelection} onKeyUp={readSelection} data-testid="paragraph-text">
      {segments.map((segment, index) => {
        if (segment.ids.length === 0) return <span key={index}>{segment.text}</span>;
        const first = segment.ids[0] ?? '';
        return (
          <mark
            key={index}
            className={`annotation-mark${segment.ids.length > 1 ? ' is-overlap' : ''}`}
            data-testid="annotation-mark"
            data-annotation-ids={segment.ids.join(' ')}
            aria-describedby={segment.ids.map(descriptionId).join(' ')}
            tabIndex={0}
            onClick={() => {
              // A click that ends a selection is the selection's, not the highlight's.
              if (window.getSelection()?.isCollapsed ?? true) onOpen(first);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onOpen(first);
              }
            }}
          >
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
};
