import type { Annotation } from '@concordia/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { useTouchSelection } from './touch-selection';
import { locate, segmentText, selectionSpanIn, type Span } from './selectors';

interface AnnotatedTextProps {
  text: string;
  /** The open, anchored threads of this paragraph that point at a span of it. */
  annotations: readonly Annotation[];
  /** The reader selected words of this paragraph (null: the selection left it). */
  onSelect: (span: Span | null) => void;
  /** A highlight was clicked or activated with the keyboard. */
  onOpen: (annotationId: string) => void;
  /** Words typed in the composer and found here, shown until the comment is posted or dropped. */
  preview?: Span | null;
}

/** Not an annotation id (those are ObjectIds): marks the stretch of the words being typed. */
const PREVIEW = 'words-preview';

export const descriptionId = (annotationId: string): string => `annotation-desc-${annotationId}`;

/**
 * A paragraph's text with its annotated spans as <mark>s. The marks hold nothing but the text,
 * so the container's text is exactly the paragraph's and selection offsets measured in it are
 * offsets in the paragraph; what each mark is about is read from descriptions kept outside it.
 */
export const AnnotatedText = ({ text, annotations, onSelect, onOpen, preview = null }: AnnotatedTextProps) => {
  const container = useRef<HTMLSpanElement>(null);
  const segments = useMemo(() => {
    const spans = annotations.flatMap((a) => {
      const span = a.anchor.selectors ? locate(text, a.anchor.selectors) : null;
      return span ? [{ ...span, id: a.id }] : [];
    });
    if (preview) spans.push({ ...preview, id: PREVIEW });
    return segmentText(text, spans);
  }, [text, annotations, preview]);

  // The words typed in the composer may sit outside the screen: bring them into view as found.
  useEffect(() => {
    if (!preview) return;
    container.current?.querySelector('[data-words-preview]')?.scrollIntoView({ block: 'nearest' });
  }, [preview]);

  const readSelection = () => {
    if (!container.current) return;
    onSelect(selectionSpanIn(container.current, window.getSelection()));
  };
  useTouchSelection(container, readSelection);

  return (
    <span ref={container} onMouseUp={readSelection} onKeyUp={readSelection} data-testid="paragraph-text">
      {segments.map((segment, index) => {
        const previewed = segment.ids.includes(PREVIEW) || undefined;
        const ids = segment.ids.filter((id) => id !== PREVIEW);
        if (ids.length === 0) {
          return previewed ? (
            <mark key={index} className="words-preview" data-words-preview>
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          );
        }
        const first = ids[0] ?? '';
        return (
          <mark
            key={index}
            className={`annotation-mark${ids.length > 1 ? ' is-overlap' : ''}${previewed ? ' is-preview' : ''}`}
            data-testid="annotation-mark"
            data-annotation-ids={ids.join(' ')}
            data-words-preview={previewed}
            aria-describedby={ids.map(descriptionId).join(' ')}
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
